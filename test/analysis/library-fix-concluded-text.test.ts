/**
 * Library clauses are offered to drafts, and never restate what the text already says
 * (twenty-third real-instrument run, quick fix 5; who-is-bound review, "Left"): the NL–Somalia
 * letters of 2008 were offered `other-obligations/treaty`, whose second paragraph puts the
 * Netherlands' performance towards Somalia under Union law — an addition to a treaty concluded by
 * the reply of 1 April 2008. A text whose signature or exchange is dated before the month of
 * Entente's reference data (data/reference-date.ts) is concluded: the finding stays, no clause is
 * inserted. A clause whose Union-law paragraph the text already has in its own words is not
 * offered either. Near misses: the same letters dated as a planned exchange, an undated draft, a
 * draft without Union-law wording.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { diagnose } from '../helpers/fixture';
import { libraryFixTitlePrefix } from '../../server/src/language/rules/support/fixes';

const somalia = readFileSync('test/real-instruments/nl-so-wfp-protection-letters-2008.entente', 'utf8');
const relation = (text: string) => diagnose(text).filter((d) => d.code === 'missing-relation-to-other-obligations');
const libraryTitles = (text: string) => relation(text).flatMap((d) => (d.fixes ?? []).map((f) => f.title).filter((t) => t.startsWith(libraryFixTitlePrefix)));

const treaty = (header: string, body = '') =>
  `treaty "Agreement" {\n  status binding\n${header}}\nparty EE "Estonia" { kind state jurisdiction EE }\nparty UA "Ukraine" { kind state jurisdiction UA }\n${body}`;

describe('library fixes: drafts only, and nothing the text already says', () => {
  it('keeps the note on the NL–Somalia letters but offers no clause: the exchange of 2008 concluded the treaty', () => {
    assert.equal(relation(somalia).length, 1);
    assert.deepEqual(libraryTitles(somalia), []);
  });

  it('still offers the clause on the same letters dated as an exchange yet to come', () => {
    const planned = somalia.replace(/2008-03-28/gu, '2027-03-28').replace(/2008-04-01/gu, '2027-04-01');
    assert.notEqual(planned, somalia);
    const titles = libraryTitles(planned);
    assert.equal(titles.length, 1);
    assert.match(titles[0], /^Insert library clause "Relation to other agreements" \(other-obligations\/treaty\)/);
  });

  it('offers the clause to an undated draft and to one whose signature is planned, not to one signed in the past', () => {
    assert.equal(libraryTitles(treaty('')).length, 1);
    assert.equal(libraryTitles(treaty('  signed at "Tallinn" on 2027-03-01\n  effect on signature\n')).length, 1);
    assert.deepEqual(libraryTitles(treaty('  signed at "Tallinn" on 2015-03-01\n  effect on signature\n')), []);
    assert.equal(relation(treaty('  signed at "Tallinn" on 2015-03-01\n  effect on signature\n')).length, 1);
  });

  it('offers no clause whose Union-law paragraph the text already has in its own words', () => {
    const own = 'clause UnionLaw "Union law" """\n  Estonia shall apply this Agreement in conformity with European Union law.\n"""\n';
    assert.equal(relation(treaty('', own)).length, 1);
    assert.deepEqual(libraryTitles(treaty('', own)), []);
    const unrelated = 'clause Cooperation "Cooperation" """\n  The Parties shall cooperate in the prevention of cyber incidents.\n"""\n';
    assert.equal(libraryTitles(treaty('', unrelated)).length, 1);
  });
});
