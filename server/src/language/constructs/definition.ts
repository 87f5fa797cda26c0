/** `define "Incident" means "…"`: a defined term, used in prose by its capitalised words. */
import type { Definition } from '../ast/nodes';
import { name, outlineLeaf, type ConstructRow, type SlotTable } from './construct';
import { definingWords } from '../util/definition-connectors';

const slots = {
  'definition.term': name('term'),
} as const satisfies SlotTable;

export const definition = {
  rule: 'definition',
  display: 'a definition',
  starts: ['define'],
  docs: {
    define: 'Defines a term: `define "Incident" means "…"`. The capitalised term used in any prose then refers to this definition.',
    means: 'Introduces the meaning of a defined term.',
  },
  statements: undefined,
  slots,
  declares(d) {
    if (!d.term) return [];
    // The term's range excludes the quotes, so rename edits only the words.
    const r = d.term.range;
    const nameRange = { start: { line: r.start.line, character: r.start.character + 1 }, end: { line: r.end.line, character: Math.max(r.start.character + 1, r.end.character - 1) } };
    return [{ kind: 'term', name: d.term.value, nameRange, range: d.range, node: d }];
  },
  references: () => [],
  prose: (d) => [d.meaning],
  outline: (d, o) => (d.term ? { ...outlineLeaf(d.term.value, 'Constant', d.range, d.term.range), detail: d.meaning ? o.oneLine(d.meaning.value) : undefined } : undefined),
  // Every definition goes into one article, first: "For the purposes of this Agreement: (a) …".
  render: {
    order: 10,
    articles: (definitions, r) => {
      const items = definitions.filter((d) => d.term).map((d) => `“${r.phrase(d.term!)}” ${d.meaning ? definingWords(r.phrase(d.meaning)) : `means ${r.placeholder('meaning to be defined')}`};`);
      if (items.length === 0) return [];
      items[items.length - 1] = items[items.length - 1].replace(/;$/, '.');
      return [{ heading: 'Definitions', paragraphs: [{ text: `For the purposes of this ${r.self}:`, items: items.map((text) => ({ label: '', text })) }] }];
    },
  },
  snippets: [{ label: 'define', detail: 'defined term', body: 'define "${1:Incident}" means "${2:meaning}"\n$0' }],
} satisfies ConstructRow<Definition>;
