/**
 * Export review 3, item 8: the "Relation to other agreements" fix (library clause
 * other-obligations/treaty) also writes the Union-law sentence, its paragraph 2, "A Party that is a
 * Member State of the European Union shall apply this Treaty in accordance with its obligations
 * under Union law" — which conditions a Member State's performance towards a third State on Union
 * law — without its title saying so; and with the separate "Application of Union law" fix the
 * sentence was written twice (the draft NL–AU MH17 treaty, dates moved after the reference day).
 */
import { strict as assert } from 'node:assert';
import { diagnose } from '../helpers/fixture';
import { draftOf, inserted, repoText } from '../helpers/fix-review';

const sentence = /Member State of the European Union shall apply this (?:Treaty|Agreement) in accordance with its obligations under Union law/g;
const relation = 'missing-relation-to-other-obligations';
const unionLaw = 'missing-union-law-clause';

/** The findings of the two rules, and how often the fixes of all findings of the text write the Union-law sentence. */
function read(text: string) {
  const findings = diagnose(text);
  const of = (code: string) => findings.filter((d) => d.code === code);
  const writes = findings.flatMap((d) => d.fixes).map(inserted).join('\n').match(sentence)?.length ?? 0;
  return { relation: of(relation), unionLaw: of(unionLaw), writes };
}

describe('the relation-to-other-agreements fix states its whole effect and writes the Union-law sentence once (export review 3, item 8)', () => {
  const mh17 = draftOf(repoText('test/real-instruments/nl-au-mh17-personnel-2014.entente'));

  it('draft NL–AU MH17: the title names the Union-law paragraph, and the two findings write the sentence once', () => {
    const { relation: [finding], unionLaw: [union], writes } = read(mh17);
    assert.equal(finding.fixes.length, 1);
    assert.match(finding.fixes[0].title, /yields to the Parties' other agreements.*; and a Party that is a Member State is to apply it in accordance with its obligations under Union law, towards every Party, third States included$/);
    assert.equal(inserted(finding.fixes[0]).match(sentence)?.length, 1);
    assert.ok(union, 'the Union-law finding stays');
    assert.deepEqual(union.fixes, []);
    assert.match(union.message, /writes the library’s Union-law sentence as its paragraph 2; no second copy is offered here\.$/);
    assert.equal(writes, 1);
  });

  const treaty = (clauses: string) =>
    `treaty "Agreement" {\n  status binding\n  signed at "Tallinn" on 2027-03-01\n}\nparty EE "Estonia" { kind state jurisdiction EE }\nparty UA "Ukraine" { kind state jurisdiction UA }\nchannel Intel between EE, UA { carries indicators, personal-data }\n${clauses}`;

  it('near miss: a treaty that already keeps its other agreements is offered the Union-law clause alone, once', () => {
    const { relation, unionLaw: [union], writes } = read(treaty('clause Other about other-obligations """\n  This Agreement shall be without prejudice to the rights and obligations of the Parties under other international agreements.\n"""\n'));
    assert.deepEqual(relation, []);
    assert.deepEqual(union.fixes.map((f) => f.title), ['Insert library clause "Application of Union law" (union-law/treaty)']);
    assert.doesNotMatch(union.message, /no second copy/);
    assert.equal(writes, 1);
  });

  it('near miss: a treaty whose text already has the Union-law sentence is offered no copy of it', () => {
    const { relation, unionLaw, writes } = read(treaty('clause UnionLaw about union-law """\n  A Party that is a Member State of the European Union shall apply this Agreement in accordance with its obligations under Union law.\n"""\n'));
    assert.deepEqual(unionLaw, []);
    assert.deepEqual(relation, [], 'the sentence keeps obligations under Union law: the relation is said');
    assert.equal(writes, 0);
  });

  it('near miss: on the signed MH17 text neither finding offers a fix, and the Union-law finding points to none', () => {
    const { relation: [finding], unionLaw: [union], writes } = read(repoText('test/real-instruments/nl-au-mh17-personnel-2014.entente'));
    assert.deepEqual(finding.fixes, []);
    assert.deepEqual(union.fixes, []);
    assert.doesNotMatch(union.message, /no second copy/);
    assert.equal(writes, 0);
  });
});
