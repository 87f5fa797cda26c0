/** `clause Costs "Costs" about costs """…"""` · `clause Confidentiality from library "confidentiality/mou"` */
import type { Clause } from '../ast/nodes';
import { clauseTopics } from '../ast/topics';
import { name, named, outlineNamed, suggested, text, type ConstructRow, type SlotTable } from './construct';

const slots = {
  'clause.id': name('clause'),
  'clause.heading': text('prose'),
  'clause.topics': suggested(clauseTopics, 'clause topic'),
  'clause.libraryRef': text('library-clause'),
} as const satisfies SlotTable;

export const clause = {
  rule: 'clause',
  display: 'a clause',
  starts: ['clause'],
  docs: {
    clause: 'A clause of the instrument: an id, an optional heading, the topics it is `about`, and its text in prose or `from library` (the approved text, possibly edited).',
    about: 'The topics a clause covers (costs, liability, confidentiality…), so the checks know the instrument says something on them.',
    library: '`from library "id"`: the clause takes its approved text from the clause library.',
  },
  statements: undefined,
  slots,
  declares: (c) => named('clause', c),
  references: (c) => [[slots['clause.libraryRef'], [c.libraryRef]]],
  prose: (c) => [c.body],
  outline: (c, o) => outlineNamed(o, 'clause', c, c.heading?.value),
  render: {
    order: 80,
    articles: (clauses, r) =>
      clauses.map((c) => {
        const { text: written, title } = r.clauseText(c);
        const heading = c.heading?.value ?? title ?? c.id?.text ?? 'Clause';
        // Paragraphs are separated by blank lines or start with their own number, which the
        // rendering replaces by its own numbering.
        const paragraphs = (written ?? `[text of clause ${c.libraryRef?.value ?? c.id?.text ?? ''} not available]`)
          .split(/\n\s*\n|\n(?=\s*\(?\d+[.)]\s)/)
          .map((p) => p.replace(/^\s*\(?\d+[.)]\s+/, '').replace(/\s*\n\s*/g, ' ').trim())
          .filter((p) => p.length > 0);
        return { heading, paragraphs };
      }),
  },
  snippets: [{ label: 'clause', detail: 'clause in prose', body: 'clause ${1:Id} "${2:Heading}" about ${3:topic} """\n  ${4:Text of the clause.}\n"""\n$0' }],
} satisfies ConstructRow<Clause>;
