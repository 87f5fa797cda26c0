/**
 * treaty-amendment-by-decision on the tacit track, as treaty lawyer lr9 read it (defects 1–3):
 * (1) the message states the header's forms of consent, never "The treaty is subject to
 * ratification" where signature alone, acceptance or accession binds (FAL 1965 Art. X: "signature
 * without reservation as to acceptance", acceptance, accession; BWBV0003243);
 * (2) it names the amendments the tacit track covers where the header names a part — FAL's annex
 * (Art. VII(2)(b) "Any amendment to the annex"), the London Protocol's other Annexes (Art. 22(4),
 * BWBV0003139), CETS 198's appendix and Art. 13 (Art. 54(6)–(9), BWBV0003045) — and says the rest
 * is amended otherwise;
 * (3) it never prints the header's paraphrase in quotation marks as if it were the treaty's words.
 */
import assert from 'node:assert/strict';
import { findingsOf, repoText } from '../helpers/fix-review';

const note = (path: string) => {
  const found = findingsOf(repoText(`test/real-instruments/${path}.entente`), 'treaty-amendment-by-decision');
  assert.equal(found.length, 1);
  return found[0].message ?? '';
};
const treaty = (consent: string, procedure: string) => `treaty "Convention" {\n  status binding\n  consent by ${consent}\n  amendment by ${procedure}\n}\n`;

describe('treaty-amendment-by-decision: consent forms, scope and no quoted paraphrase (lr9, defects 1–3)', () => {
  // The rest of the instrument: amended otherwise, except in FAL, whose Convention track (Art. IX)
  // is tacit too; where the track is qualified, the same parts are amended otherwise as well (lr10).
  const otherProvisions = "the header's summary also names another procedure, and which procedure amends each of the instrument's other provisions is for";
  for (const [path, forms, scope, rest] of [
    ['imo-fal-convention-1965', 'signature, acceptance or accession', 'an amendment to the annex is deemed accepted', undefined],
    ['imo-london-dumping-protocol-1996', 'signature, ratification, acceptance, approval or accession', 'an amendment to an Annex other than Annex 3 takes effect', otherProvisions],
    ['coe-cets198-warsaw-laundering-2005', 'signature, ratification, acceptance, approval or accession', 'an amendment to the categories of offences in the appendix and Article 13 is deemed accepted', otherProvisions],
    ['ctbt-comprehensive-nuclear-test-ban-1996', 'ratification or accession', 'a change related only to matters of an administrative or technical nature to Parts I and III of the Protocol and Annexes 1 and 2 to the Protocol binds every Party if no Party objects to it', "other amendments, of those parts or of other provisions, are not on this track: the header's summary names another procedure"],
  ] as const) {
    it(`${path}: the header's consent forms, the part amended tacitly, no quotation marks`, () => {
      const message = note(path);
      assert.doesNotMatch(message, /subject to ratification/);
      assert.match(message, new RegExp(`^A Party's consent to be bound by the treaty is given by ${forms}\\. `));
      assert.ok(message.includes(scope), message);
      if (rest) assert.ok(message.includes(rest), message);
      else assert.doesNotMatch(message, /other procedure/);
      // No header words in quotation marks: the only quoted words would be the treaty's.
      assert.doesNotMatch(message, /under '/);
      assert.doesNotMatch(message.split(': lawful')[0], /["“”]|(?<![A-Za-z])'|'(?![a-z])/);
    });
  }

  it('FAL: no "subject to ratification" for a Convention bound by signature, acceptance or accession', () => {
    assert.doesNotMatch(note('imo-fal-convention-1965'), /ratification, but|The treaty is subject/);
  });

  it('near miss: a tacit track for no named part claims no scope', () => {
    const [finding] = findingsOf(treaty('ratification', 'proposal of a Party, tacitly unless one third of the Parties object'), 'treaty-amendment-by-decision');
    assert.ok(finding);
    assert.match(finding.message ?? '', /^A Party's consent to be bound by the treaty is given by ratification\. .* an amendment is deemed accepted unless one third/);
    assert.doesNotMatch(finding.message ?? '', /other provisions/);
  });
});

describe('treaty-amendment-by-decision: a citation is not the part amended (lr9, defect 2, near misses)', () => {
  for (const procedure of [
    'proposal of any Party, adoption by the majority provided for in Article 20.d of the Statute and acceptance by all Parties, in force one year after forwarding to the Parties for those that have not objected',
    'proposal of any Party and acceptance pursuant to Article 12, in force one year after forwarding to the Parties for those that have not objected',
  ]) {
    it(`claims no scope: ${procedure.slice(0, 60)}…`, () => {
      const [finding] = findingsOf(treaty('ratification', procedure), 'treaty-amendment-by-decision');
      assert.ok(finding);
      assert.match(finding.message ?? '', /\), an amendment takes effect for each Party that has not objected/);
      assert.doesNotMatch(finding.message ?? '', /an amendment to|other provisions/);
    });
  }
});
