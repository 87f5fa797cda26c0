/** `clause Costs "Costs" about costs """…"""` · `clause Confidentiality from library "confidentiality/mou"` */
import type { Clause } from '../ast/nodes';
import { clauseTopics, topicFromName } from '../ast/topics';
import { name, named, outlineNamed, suggested, text, type ConstructRow, type Paragraph, type SlotTable } from './construct';

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
  // A clause is its own article: its heading (or the library clause's heading, or its topic), and
  // its text as written or from the library, split into numbered paragraphs.
  render: {
    order: 80,
    articles: (clauses, r) =>
      clauses.map((c) => {
        const { text: written, heading: libraryHeading } = r.clauseText(c);
        const topic = c.topics[0]?.text ?? (c.id ? topicFromName(c.id.text) : undefined);
        const heading = c.heading ? r.phrase(c.heading) : (libraryHeading ?? (topic ? topicHeading(topic) : r.placeholder('heading')));
        const paragraphs: Paragraph[] = written ? splitParagraphs(written) : [r.placeholder(`text of the clause ${c.libraryRef ? 'from the library, which holds no such clause' : ''}`.trim())];
        return { heading, paragraphs };
      }),
  },
  snippets: [{ label: 'clause', detail: 'clause in prose', body: 'clause ${1:Id} "${2:Heading}" about ${3:topic} """\n  ${4:Text of the clause.}\n"""\n$0' }],
} satisfies ConstructRow<Clause>;

/** `data-protection` → "Data protection". */
function topicHeading(topic: string): string {
  const words = topic.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A clause's text as paragraphs: a blank line or a line starting "1." starts one (the rendering
 * numbers them itself); a line starting "(a)" is an item of the paragraph before it; lines
 * starting "|" are the rows of a table under the paragraph before them, cells between bars, the
 * first row its head ("| Level | Kingdom of the Netherlands | Kingdom of Sweden |"), so that a
 * table of equivalent markings is printed as a table, row by row, and never run together.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const result: { text: string; items: string[]; rows: string[][] }[] = [];
  for (const raw of text.split(/\n\s*\n|\n(?=\s*\(?\d+[.)]\s)|\n(?=\s*\([a-z]\)\s)|\n(?=\s*\|)/)) {
    const line = raw.replace(/\s*\n\s*/g, ' ').trim();
    if (!line) continue;
    const item = /^\(([a-z])\)\s+(.*)$/.exec(line);
    const row = line.startsWith('|') ? tableRow(line) : undefined;
    if (item && result.length > 0) result[result.length - 1].items.push(item[2]);
    else if (row && result.length > 0) result[result.length - 1].rows.push(row);
    else result.push({ text: line.replace(/^\(?\d+[.)]\s+/, ''), items: [], rows: [] });
  }
  return result.map((p) => {
    if (p.items.length === 0 && p.rows.length === 0) return p.text;
    const [head, ...rows] = p.rows;
    return { text: p.text, ...(p.items.length > 0 ? { items: p.items } : {}), ...(head ? { table: { head, rows } } : {}) };
  });
}

/** `| TOP SECRET | ZEER GEHEIM | HEMLIG AV SYNNERLIG BETYDELSE |` → its cells. */
function tableRow(line: string): string[] {
  return line.replace(/^\|/, '').replace(/\|\s*$/, '').split('|').map((cell) => cell.trim());
}
