/**
 * lg52: `accession by invitation` — accession open only to States invited to accede: "The present
 * Convention shall be open for accession by all States not members of the Organization invited to do
 * so by the Executive Board" (UNESCO Convention concerning the international exchange of publications
 * 1958, Art. 15(1); read: BWBV0005158). It parses beside `after` (Budapest Convention Art. 37(1):
 * "After the entry into force of this Convention, the Committee of Ministers … may invite …"; read:
 * BWBV0001839), only on accession, with recovery.
 */
import assert from 'node:assert/strict';
import { parse } from '../../server/src/language/syntax/parse';
import { parseClean, textAt } from './parse-helpers';

const consent = (line: string) =>
  `treaty "T" {\n  status binding\n${line}\n  effect 12 months after last consent-to-be-bound by 3 States\n}\nparty Members "States members of UNESCO" { kind state class open }\nparty Invited "States not members of the Organization invited to do so by the Executive Board" { kind state class open }\n`;

describe('lg52: `accession by invitation`', () => {
  it('UNESCO 1958 Arts. 14(1), 15(1): the means are read as before, and accession is only on invitation', () => {
    const text = consent('  consent by ratification, acceptance for Members, accession by invitation for Invited');
    const c = parseClean(text).ast.instrument!.consent!;
    assert.deepEqual(c.means.map((m) => m.value), ['ratification', 'acceptance', 'accession']);
    assert.deepEqual(c.byParty.map((list) => [list.means.map((m) => m.value), list.party?.text]), [[['ratification', 'acceptance'], 'Members'], [['accession'], 'Invited']]);
    assert.equal(c.invitations.length, 1);
    assert.equal(c.invitations[0].means, c.byParty[1].means[0]);
    assert.equal(c.invitations[0].by.value, 'invitation');
    assert.deepEqual(c.openings, []);
    // The alternative is one: an edit removing the means removes its invitation.
    assert.equal(textAt(text, c.byParty[1].means[0].range), 'accession by invitation');
  });

  it('after `after`; without `by`, no invitation (near miss); a misspelt word keeps its text', () => {
    const both = parseClean(consent('  consent by ratification, accession after entry-into-force by invitation')).ast.instrument!.consent!;
    assert.equal(both.openings[0].after.value, 'entry-into-force');
    assert.equal(both.invitations[0].by.value, 'invitation');
    assert.deepEqual(parseClean(consent('  consent by ratification, accession after entry-into-force')).ast.instrument!.consent!.invitations, []);
    const misspelt = parseClean(consent('  consent by ratification, accession by invitaton')).ast.instrument!.consent!;
    assert.equal(misspelt.invitations[0].by.text, 'invitaton');
    assert.equal(misspelt.invitations[0].by.value, undefined);
  });

  it('only accession is on invitation: `ratification by invitation` is a syntax problem on its words, and not read', () => {
    const text = consent('  consent by ratification by invitation, accession');
    const { ast, problems } = parse(text);
    assert.equal(problems.length, 1);
    assert.equal(textAt(text, problems[0].range), 'ratification by invitation');
    assert.match(problems[0].message, /takes no `by`/u);
    assert.deepEqual(ast.instrument!.consent!.invitations, []);
    assert.deepEqual(ast.instrument!.consent!.means.map((m) => m.value), ['ratification', 'accession']);
  });

  it('recovery: a typo in the form is an error on its line, and the statements after it parse', () => {
    for (const typo of ['  consent by ratification, accession by "invitation" for Invited', '  consent by ratification, accession bye invitation']) {
      const { ast, problems } = parse(consent(typo));
      assert.ok(problems.length >= 1, typo);
      assert.ok(problems.every((p) => p.range.start.line === 2), problems.map((p) => p.message).join('\n'));
      assert.equal(ast.instrument?.effect?.delay?.amount, 12, typo);
      assert.equal(ast.parties.length, 2, typo);
    }
  });
});
