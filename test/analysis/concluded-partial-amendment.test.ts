/**
 * missing-amendment on a concluded text whose only amendment procedure is for a part of it (treaty
 * lawyer lr7, defect 1). The Convention on the Marking of Plastic Explosives 1991 amends only its
 * Technical Annex, through the Commission and the Council (Arts. VI(3)–(4), VII; BWBV0003003);
 * nothing provides for amending its articles. On the signed text the finding said "If that is
 * intended, nothing needs to change; otherwise state the procedure for the articles", drafting
 * advice for a text that can no longer be changed. It now says what the silence means in law —
 * amendment by agreement (VCLT Art. 39) under the default rule of Art. 40(2), (4) (read:
 * BWBV0003441), the part's own procedure for that part only — and that nothing is to be changed,
 * as a note under every profile: the drafters turned to amendment and left the rest to the general
 * law, as the reviewers of HCCH 2007 ("at most info") and of the Financing Convention ("whether it
 * is a defect is doubtful") judged of the same structure.
 *
 * Near misses: the same text as a draft keeps the warning and the drafting advice; a bilateral
 * concluded text cites Art. 39 only. A concluded multilateral text with no amendment procedure at
 * all is a note too since the sixty-fourth run, item 1 (test/analysis/concluded-silent-amendment.test.ts).
 */
import assert from 'node:assert/strict';
import { repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { replaced } from '../helpers/replaced-once';

const icao = repoText('test/real-instruments/icao-marking-plastic-explosives-1991.entente');
const amendment = (text: string, profile?: string) => diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === 'missing-amendment');

const signed = '  signed at "Washington" on 2001-05-02\n';
const annexOnly = 'clause Art9 "Article 9" """\n  The annex may be amended by exchange of letters between the competent authorities.\n"""\n';
const bilateral = (header: string, clauses: string) =>
  `treaty "Agreement" {\n  status binding\n${header}  consent by ratification\n  effect 30 days after last notification\n  termination with notice of 6 months\n  disputes by negotiation\n}\nparty NL "Kingdom of the Netherlands" { kind state }\nparty US "United States of America" { kind state }\n${clauses}`;

describe('missing-amendment on a concluded text that amends only a part of itself (lr7 defect 1)', () => {
  it('ICAO 1991: a note that states the law (VCLT Arts. 39, 40(2), (4); Art. 40(2) only where the Convention binds, lr14 D3) and advises no change', () => {
    const [finding, ...rest] = amendment(icao);
    assert.deepEqual(rest, []);
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /^Only the technical annex has an amendment procedure \(clause ArtVI\); nothing in the text says how the rest of the treaty is amended\. The text is concluded \(the signature date is 1991-03-01\): the rest is left to the general law: it is amended by agreement between the parties, and an amendment binds only the parties that accept it \(the general rule; VCLT Arts\. 39, 40\(4\), as between Parties .*\); as between Parties that are bound by the Convention for this treaty, any proposal to amend it as between all the parties is also notified to all the contracting States, each of which may take part in the decision on the proposal and in negotiating and concluding the amending agreement \(VCLT Art\. 40\(2\)\)/);
    assert.match(finding.message, /the technical annex's own procedure \(clause ArtVI\) reaches the technical annex only\. Nothing in the text is to be changed\.$/);
    assert.doesNotMatch(finding.message, /otherwise state|If that is intended|State how/);
    for (const profile of ['strict', 'treaty-review']) assert.deepEqual(amendment(icao, profile).map((d) => d.severity), ['info'], profile);
  });

  it('a bilateral concluded text: amended by agreement (Art. 39), no Art. 40', () => {
    const [finding] = amendment(bilateral(signed, annexOnly));
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /The text is concluded \(.*\): the rest is left to the general law: it is amended by agreement between the parties \(VCLT Art\. 39, /);
    assert.doesNotMatch(finding.message, /Art\. 40|otherwise state/);
  });

  it('near miss: the same Convention as a draft keeps the warning and the drafting advice', () => {
    const draft = replaced(replaced(icao, '  done at "Montreal" on 1991-03-01 in one original\n', ''), '  opened for signature at "Montreal" on 1991-03-01\n', '');
    const [finding] = amendment(draft.replace(/this first day of March, one thousand nine hundred and ninety-one, /, ''));
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /If that is intended, nothing needs to change; otherwise state the procedure for the articles, keeping the technical annex's own\.$/);
  });

  it('a concluded multilateral text with no amendment procedure at all is not read as a part-only procedure', () => {
    const [finding] = amendment(bilateral(signed, '').replace('party US', 'party FR "French Republic" { kind state }\nparty US'));
    assert.equal(finding.severity, 'info');
    assert.doesNotMatch(finding.message, /^Only the/);
  });
});

describe('missing-amendment on a concluded bilateral treaty silent on amendment (sixtieth run, item 2)', () => {
  // NL–Bangladesh double taxation Convention (Dhaka 1993; BWBV0001126): no amendment article, as in
  // the OECD model. "A treaty may be amended by agreement between the parties" (VCLT Art. 39, read:
  // BWBV0003441): between two parties that is what an amendment clause would say.
  it('a note under every profile that states Art. 39 and asks nothing of the text', () => {
    const text = bilateral(signed, '');
    for (const profile of [undefined, 'strict', 'treaty-review']) {
      const [finding, ...rest] = amendment(text, profile);
      assert.deepEqual(rest, []);
      assert.equal(finding.severity, 'info', profile);
      assert.match(finding.message, /^The treaty states no amendment procedure; if it does, in words the transcription has not declared, declare them in the header \(`amendment by …`\)\. The text is concluded \(.*\): silent on amendment, it is amended by agreement between the two parties \(VCLT Art\. 39, .*\)\. Nothing in the text is to be changed\.$/);
      assert.doesNotMatch(finding.message, /Art\. 40|add `amendment/);
    }
  });

  it('near misses: the same treaty as a draft keeps the warning and its fix; a memorandum is not a treaty', () => {
    const [draft] = amendment(bilateral('', ''));
    assert.equal(draft.severity, 'warning');
    assert.match(draft.message, /add `amendment by written decision` \(MoU\) or `amendment by written agreement` \(treaty\)/);
    const memorandum = `memorandum "MoU" {\n  status non-binding\n${signed}  discontinue with notice of 6 months\n}\nparticipant NL "Kingdom of the Netherlands" { kind state }\nparticipant US "United States of America" { kind state }\n`;
    assert.equal(amendment(memorandum)[0]?.severity, 'warning');
  });
});
