/**
 * rf85, item 2: find references (the linker) read only the term as written, while unused-term
 * counts its other forms (model/term-forms.ts: "member of his family", "members of their
 * families" for "member of the family"; a plural): a reviewer asking "where is this term used?"
 * got fewer places than the rule that says it is used. Now the linker searches the same forms,
 * from the same home (model/prose-term-uses.ts), and rename, which cannot rewrite such a form
 * exactly, refuses and says where they are. Near misses: another noun ("member of the household")
 * and another order ("family member") are no uses, for references as for the rule; a plural is
 * still renamed in place ("Incidents" → "Events").
 */
import assert from 'node:assert/strict';
import { fixture, mainUri, slice } from './feature-fixture';
import { isRefusal } from '../../server/src/language/features/types';

const text = `define "mem$0ber of the family" means "a person who lives with the worker"
define "Incident" means "an event"
clause Family """
  Each member of his family, the members of their families and a member of the family may stay. A member of the household and a family member may not. Incidents are reported.
"""
`;

describe('rf85, item 2: find references read a term’s forms as unused-term does', () => {
  it('lists every form the rule counts, and no other words', () => {
    const { service, position, text: source } = fixture(text);
    const found = service.references(mainUri, position, false).map((r) => slice(source, r.range));
    assert.deepEqual(found, ['member of his family', 'members of their families', 'member of the family']);
    const codes = service.diagnostics(mainUri).map((d) => d.code);
    assert.ok(!codes.includes('unused-term'), codes.join());
  });

  it('highlights them too', () => {
    const { service, position } = fixture(text);
    assert.equal(service.documentHighlights(mainUri, position).length, 4);
  });

  it('rename refuses where a form cannot be rewritten exactly, and says where it is', () => {
    const { service, position } = fixture(text);
    const answer = service.rename(mainUri, position, 'Member of the household');
    assert.ok(isRefusal(answer));
    assert.match(answer.error, /‘member of the family’ is also used in other forms than its name: ‘member of his family’ \(line 4\), ‘members of their families’ \(line 4\)\. A rename cannot rewrite them exactly, so nothing was renamed/);
  });

  it('near miss: a plural is renamed in place', () => {
    const { service, text: source } = fixture(text.replace('mem$0ber', 'member').replace('"Inci', '"Inc$0i'));
    const position = { line: 1, character: 11 };
    const answer = service.rename(mainUri, position, 'Event');
    assert.ok(!isRefusal(answer), JSON.stringify(answer));
    const edits = answer.changes[mainUri];
    assert.deepEqual(edits.map((e) => slice(source, e.range)), ['Incident', 'Incident']);
  });
});
