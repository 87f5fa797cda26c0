/**
 * rf94, item 1 (ninety-fifth run, defects 1–2; ninety-sixth run, defect 1): missing-relation-to-other-obligations
 * read only the `about other-obligations` tag and a few savings formulas. It now reads, untagged, a
 * conflict rule for every other agreement binding on the Parties ("Where any matter is governed by
 * both the present Agreement and other international Agreement binding on both Contracting Parties",
 * NL–Sudan 1970, Art. XVI) and names a clause by which a later agreement's provisions supersede the
 * text's own (NL–Syria air services 2001, Art. 23(2); VCLT Art. 30(2)). On a concluded text it is a
 * note under every profile, and it says how to credit a clause the transcription has not tagged.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { EntenteDiagnostic } from '../../server/src/language';
import { diagnose } from '../helpers/fixture';

const relation = (all: readonly EntenteDiagnostic[]) => all.filter((d) => d.code === 'missing-relation-to-other-obligations');
const real = (name: string) => readFileSync(new URL(`../real-instruments/${name}.entente`, import.meta.url), 'utf8');
const profiles = ['default', 'strict', 'treaty-review', 'mou-review'] as const;
const draft = (words: string, header = '') =>
  `treaty "Agreement" {\n  status binding\n${header}}\nparty NL "Netherlands" { kind state jurisdiction NL }\nparty SY "Syria" { kind state jurisdiction SY }\nclause Art23 "Article 23" """\n  ${words}\n"""\n`;

describe('rf94: missing-relation-to-other-obligations reads the words that settle the relation', () => {
  it('NL–Syria 2001: Art. 23(2) is named (VCLT Art. 30(2)), what is left is Union law, and it is a note under every profile', () => {
    for (const profile of profiles) {
      const [d, ...rest] = relation(diagnose(real('nl-sy-air-services-2001'), { settings: { profile } }));
      assert.deepEqual(rest, []);
      assert.equal(d?.severity, 'info', profile);
      assert.match(d.message, /and to the agreements it is subject to: clause Art23 \("Article 23[^)]*\) specifies that their provisions prevail over its own \("If a multilateral agreement or convention[^"]*"; VCLT Art\. 30\(2\)/u);
      assert.match(d.message, /it does not say how it relates to the parties’ other obligations \(NL is an EU Member State bound by Union law\)/u);
      assert.match(d.message, /The text is concluded \(the signature date is 2001-10-13\): nothing is to be added to it; if a clause says so, untagged, tag it `about other-obligations`\.$/u);
    }
  });

  it('NL–Sudan 1970, Art. XVI untagged: "other international Agreement binding on both Contracting Parties" settles it', () => {
    const untagged = real('nl-sudan-economic-cooperation-1970').replace('clause ArtXVI "Article XVI" about other-obligations """', 'clause ArtXVI "Article XVI" """');
    assert.notEqual(untagged, real('nl-sudan-economic-cooperation-1970'));
    assert.deepEqual(relation(diagnose(untagged, { settings: { profile: 'strict' } })), []);
  });

  it('a general conflict rule in words silences it; near misses about national law do not', () => {
    for (const words of [
      'Where any matter is governed by both the present Agreement and other international Agreement binding on both Contracting Parties, nothing in this Agreement shall prevent a national of the one Contracting Party from benefiting by the provisions most favourable to him.',
      'In the event of a conflict between this Agreement and any other international agreement binding on the Parties, the provisions more favourable to the persons concerned shall apply.',
      'This Agreement shall prevail over any other agreement between the Parties on the same matter.',
      'This Agreement shall not affect the rights and obligations of the Parties under other international agreements.',
    ]) assert.deepEqual(relation(diagnose(draft(words))), [], words);
    for (const words of [
      'Where any matter is governed by both the present Agreement and the national legislation of either Contracting Party, nothing in this Agreement shall prevent a national of the one Contracting Party from benefiting by the provisions most favourable to him.',
      'This Agreement shall prevail over the national law of either Party.',
      'Any amendment to the Convention shall be binding on both Contracting Parties.',
    ]) assert.equal(relation(diagnose(draft(words))).length, 1, words);
  });

  it('lr22 D6: a conflict clause that only provides for consultation settles nothing (VCLT Art. 30(2)–(4) still decide)', () => {
    const probe = `treaty "Agreement between the Kingdom of the Netherlands and the Republic of Korea on Cyber Security Cooperation" {\n  status binding\n  consent by notification\n  effect after last notification\n  registration article-102\n}\nparty NL "Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty KR "Republic of Korea" { kind state jurisdiction KR }\nclause Rel "Article 10 – Other agreements" """\n  In the event of a conflict between this Agreement and any other international agreement, the Parties shall consult each other.\n"""\n`;
    const [d, ...rest] = relation(diagnose(probe, { settings: { profile: 'strict' } }));
    assert.deepEqual(rest, []);
    assert.equal(d?.severity, 'warning');
    assert.match(d.message, /^Say how this treaty relates to the parties’ other obligations/u);
    assert.equal(relation(diagnose(draft('In the event of a conflict between this Agreement and any other international agreement, the Parties shall consult each other with a view to deciding which shall prevail.'))).length, 1);
    // Near misses: the same opening with words of priority or non-affectation still settles it.
    for (const words of [
      'In the event of a conflict between this Agreement and any other international agreement, the provisions of this Agreement shall prevail.',
      'In the event of a conflict between this Agreement and any other international agreement, the latter shall prevail.',
      'In case of any inconsistency between this Agreement and another treaty, this Agreement shall not affect the obligations of the Parties under that treaty.',
    ]) assert.deepEqual(relation(diagnose(draft(words))), [], words);
  });

  it('a later agreement superseding this one is named on a draft; an annex or an amendment superseding is not (near misses)', () => {
    const [d] = relation(diagnose(draft('If a multilateral convention accepted by both Contracting Parties enters into force, the relevant provisions of that convention shall supersede the relevant provisions of this Agreement.')));
    assert.match(d?.message ?? '', /as to the agreements it is subject to, clause Art23 \("Article 23"\) specifies that their provisions prevail over its own/u);
    assert.doesNotMatch(d.message, /tag it/u);
    for (const words of [
      'The new Annex agreed in writing between the Aeronautical authorities shall supersede the Annex to this Agreement.',
      'An amendment agreed under Article 19 shall supersede the relevant provisions of this Agreement.',
    ]) {
      const [m] = relation(diagnose(draft(words)));
      assert.doesNotMatch(m?.message ?? '', /prevail over its own|30\(2\)/u, words);
    }
  });

  it('a draft keeps the profile’s severity; a concluded text is a note (NL–Indonesia cultural 1968, strict)', () => {
    const [onDraft] = relation(diagnose(draft('The Parties shall cooperate in the field of aviation security.'), { settings: { profile: 'strict' } }));
    assert.equal(onDraft?.severity, 'warning');
    const [concluded] = relation(diagnose(real('nl-id-cultural-cooperation-1968'), { settings: { profile: 'strict' } }));
    assert.equal(concluded?.severity, 'info');
  });

  it('missing-union-law-clause on a concluded text gives the same hedge, with its own tag', () => {
    const text = 'treaty "Agreement" {\n  status binding\n  done at "Tallinn" on 2021-03-01 in duplicate\n}\nparty EE "Estonia" { kind state jurisdiction EE }\nparty UA "Ukraine" { kind state jurisdiction UA }\nchannel Intel between EE, UA { carries indicators, personal-data }\n';
    const [d] = diagnose(text).filter((x) => x.code === 'missing-union-law-clause');
    assert.match(d?.message ?? '', /If a clause says so, untagged, tag it `about union-law`\./u);
  });
});
