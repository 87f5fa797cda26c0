/**
 * A kept article's questions about names (a contact's, a party's) are checked once per rendering
 * by the names' texts (render/kept-articles.ts, `byNames`): the answer for one name must never
 * stand for another's. Two articles ask for two contacts; between the renderings the first
 * contact takes the second's old name and the second a new one: the second article must say the
 * new name, though the answer checked just before it (the first contact's) equals its old one.
 */
import assert from 'node:assert/strict';
import type { ContactRef } from '../../server/src/language/ast/nodes';
import type { Article, RenderContext } from '../../server/src/language/constructs/construct';
import { KeptArticles } from '../../server/src/language/render/kept-articles';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const ref = (party: string, contact: string): ContactRef => ({ range, party: { text: party, range }, contact: { text: contact, range } });

function context(names: Record<string, string>): RenderContext {
  return { will: 'will', contactName: (r: ContactRef) => names[`${r.party.text}.${r.contact?.text}`] } as unknown as RenderContext;
}

const nodes = [{ contact: ref('EE', 'Duty') }, { contact: ref('FI', 'Desk') }];
const each = (node: { contact: ContactRef }, r: RenderContext): Article => ({ heading: 'Contacts', paragraphs: [`Through ${r.contactName(node.contact)}.`] });

describe('kept articles: questions about names', () => {
  it('check each name\'s own answer', () => {
    const before = new KeptArticles(context({ 'EE.Duty': 'the duty officer', 'FI.Desk': 'the situation centre' })).articles(nodes, each);
    assert.deepEqual(before.map((a) => a.paragraphs[0]), ['Through the duty officer.', 'Through the situation centre.']);
    const after = new KeptArticles(context({ 'EE.Duty': 'the situation centre', 'FI.Desk': 'the watch floor' })).articles(nodes, each);
    assert.deepEqual(after.map((a) => a.paragraphs[0]), ['Through the situation centre.', 'Through the watch floor.']);
  });

  it('reuse an article whose names answer the same', () => {
    const names = { 'EE.Duty': 'the duty officer', 'FI.Desk': 'the situation centre' };
    const first = new KeptArticles(context(names)).articles(nodes, each);
    const again = new KeptArticles(context({ ...names })).articles(nodes, each);
    assert.ok(first.every((article, i) => article === again[i]), 'the same article objects');
  });
});
