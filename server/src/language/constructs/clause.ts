/** `clause Costs "Costs" about costs """…"""` · `clause Confidentiality from library "confidentiality/mou"` */
import type { Clause } from '../ast/nodes';
import { clauseTopics, topicFromName } from '../ast/topics';
import { oneArticleEach, name, named, outlineNamed, reference, suggested, text, type ConstructRow, type Paragraph, type SlotTable } from './construct';
import { splitParagraphs } from './paragraph-split';

export { splitParagraphs };

const slots = {
  'clause.id': name('clause'),
  'clause.heading': text('prose'),
  'clauseAbout.topics': suggested(clauseTopics, 'clause topic'),
  'clauseAbout.for': reference('channel'),
  'clause.libraryRef': text('library-clause'),
} as const satisfies SlotTable;

export const clause = {
  rule: 'clause',
  display: 'a clause',
  starts: ['clause'],
  docs: {
    clause: 'A clause of the instrument: an id, an optional heading, the topics it is `about`, and its text in prose or `from library` (the approved text, possibly edited).',
    about:
      'The topics a clause covers (costs, liability, confidentiality…), so the checks know the instrument says something on them. `about points-of-contact for Exchange, Requests`: the clause speaks on those topics only for those channels ("data referred to in Articles 20, 21 and 24"), and satisfies the checks on them for those channels only; `about` may be repeated for topics that reach every channel. The scope is not printed in the export: the clause\'s text says it.',
    library: '`from library "id"`: the clause takes its approved text from the clause library.',
  },
  statements: undefined,
  slots,
  declares: (c) => named('clause', c),
  references: (c) => [
    [slots['clause.libraryRef'], [c.libraryRef]],
    [slots['clauseAbout.for'], c.about.flatMap((a) => a.for)],
  ],
  prose: (c) => [c.body],
  outline: (c, o) => outlineNamed(o, 'clause', c, c.heading?.value),
  // A clause is its own article: its heading (or the library clause's heading, or its topic), and
  // its text as written or from the library, split into paragraphs with the drafter's own labels.
  render: oneArticleEach(80, (c, r) => {
    const { text: written, heading: libraryHeading } = r.clauseText(c);
    const topic = c.topics[0]?.text ?? (c.id ? topicFromName(c.id.text) : undefined);
    const heading = c.heading ? r.heading(c.heading) : (libraryHeading ?? (topic ? topicHeading(topic) : r.placeholder('heading')));
    const paragraphs: Paragraph[] = written ? withoutHeadingLines(splitParagraphs(r.cite(written)), heading) : [r.placeholder(`text of the clause ${c.libraryRef ? 'from the library, which holds no such clause' : ''}`.trim())];
    // `§Costs` in another provision cites this one by its number.
    return { heading, paragraphs, establishes: c.id ? [`clause:${c.id.text}`] : [], ...(c.heading || libraryHeading ? {} : { headingSupplied: true }) };
  }),
  snippets: [{ label: 'clause', detail: 'clause in prose', body: 'clause ${1:Id} "${2:Heading}" about ${3:topic} """\n  ${4:Text of the clause.}\n"""\n$0' }],
} satisfies ConstructRow<Clause>;

/** `data-protection` → "Data protection". */
function topicHeading(topic: string): string {
  const words = topic.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The text's own heading lines at the top of a clause whose heading already says them: a
 * transcription that copies an article as printed ("Article II", then "Juridical personality", then
 * "Section 2.") under the heading "Annex — Article II — Juridical personality" would print each twice
 * (treaty lawyer lr11, defect 9: the WCO Convention 1950, "## Article II" then "Article II"; read:
 * BWBV0003093, where "###Article II" is the article's heading). Leading paragraphs that repeat the
 * heading's parts (split at " — "), in order and ignoring case and a closing point, are left out, so
 * that the heading prints once; a paragraph with any other words, and the last paragraph, stay.
 */
export function withoutHeadingLines(paragraphs: Paragraph[], heading: string): Paragraph[] {
  const norm = (t: string) => t.replace(/\s+/gu, ' ').replace(/[.:]\s*$/u, '').trim().toLowerCase();
  const parts = heading.split(/\s+[—–]\s+/u).map(norm);
  let at = 0;
  let skip = 0;
  while (skip < paragraphs.length - 1) {
    const p = paragraphs[skip];
    const words = typeof p === 'string' ? p : !p.label && !p.items?.length && !p.table && !p.quoted ? p.text : undefined;
    const found = words === undefined ? -1 : parts.indexOf(norm(words), at);
    if (found < 0) break;
    at = found + 1;
    skip++;
  }
  return skip === 0 ? paragraphs : paragraphs.slice(skip);
}
