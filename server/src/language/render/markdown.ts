/**
 * The instrument as Markdown: the title, a DRAFT notice while the draft has errors, the
 * preamble, "## Article 3 — Heading" (treaty) or "## Paragraph 3 — Heading" (MoU) with numbered
 * paragraphs, lettered items and tables (or the drafter's own headings as written, "## Article 1 –
 * Object and scope", when the drafter numbers the text, with the provisions outside its numbering
 * under their own italic heading and an italic line saying they are proposed), the final formula, a
 * signature block per signatory, and the drafter's clauses that follow the signatures. A concluded
 * text's note on what is not printed comes last, after a rule and as a quotation block: outside the text.
 * Placeholders are bold, so an unfilled value stands out in any Markdown viewer.
 */
import { asWritten, paragraphLabel, type ListItem, type Paragraph, type RenderedArticle, type RenderedInstrument } from './instrument-model';
import { placeholderMark, segments } from './inline';
import { joinParts, type TextParts } from './text-parts';
import { between } from './render-budget';
import { listParts } from './list-parts';

/** Markdown that would be read as markup (`*`, `_`, `#`, brackets…) is escaped. */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function inline(text: string): string {
  // Most sentences hold no placeholder: escaped as they are, without cutting them into segments.
  if (!text.includes(placeholderMark)) return escape(text);
  return segments(text)
    .map((s) => (s.placeholder ? `**${escape(s.text)}**` : escape(s.text)))
    .join('');
}

/**
 * A drafter's label as written; a number's full stop or bracket escaped ("1\.", "19\)"), so
 * that no Markdown viewer reads it as a list and numbers it again ("1. … […] 3." shown as 1, 2).
 */
function label(text: string): string {
  // A dash as written ("-", lg37 item 3) escaped too: at the start of a line it would open a Markdown list.
  return escape(text).replace(/^(\d+(?:\.\d+)*)([.)])$/, '$1\\$2').replace(/^([-+])$/, '\\$1');
}

/**
 * An item and the items under it, each label as written, indented by depth. A dashed item's dash is
 * the Markdown list's own mark: printed after it as well, the item had two ("- – Article 30,
 * paragraph 2;", CETS 210 Art. 78(2); "- \- best available techniques", OSPAR 1992 Art. 2(3)(b)(i);
 * seventy-first run, defect 5, seventy-third run, defect 5). HTML, Word and Akoma Ntoso print the
 * dash as written, as the label of an item without a bullet.
 */
function itemLines(item: ListItem, depth: number): string[] {
  const indent = '   ' + '  '.repeat(depth);
  const mark = dashLabel.test(item.label) ? '' : label(item.label);
  return [`${indent}- ${[mark, inline(item.text)].filter((t) => t).join(' ')}`, ...listLines(item.items ?? [], depth + 1)];
}

/**
 * A list at `depth`: its items, and a paragraph after them of the element it is under
 * (render/list-parts.ts) with no bullet, after a blank line, where that element's words stand: at a
 * list item's content indent, so that it is the item's own paragraph, or, under a paragraph of the
 * text, at the items' indent, which ends the list. Its own list follows at its indent: one indent
 * further would continue its line (a list item may be indented by three spaces at most).
 */
function listLines(items: readonly ListItem[], depth: number, skip = 0): string[] {
  // `skip`: items already printed (one on its paragraph's line), still read as the list's, whose labels count.
  return listParts(items).flatMap((part, n) => {
    if (part.kind === 'items') return part.items.slice(n === 0 ? skip : 0).flatMap((i) => itemLines(i, depth));
    return ['', `${'   ' + '  '.repeat(depth)}${inline(part.paragraph.text)}`, ...listLines(part.paragraph.items ?? [], depth)];
  });
}

/** The label of a dashed item, as paragraph-split.ts reads one. */
const dashLabel = /^[-–—•]$/u;

function paragraph(p: Paragraph, number: string): string {
  if (typeof p === 'string') return `${number}${inline(p)}`;
  // An editorial mark inside an article, as the marks between articles: outside the text's words.
  // What it introduces (a concluded text's definitions as transcribed) stands in the same quotation block.
  if (p.mark) return [`> *${escape(p.text)}*`, ...(p.items ?? []).map((i) => `>\n> ${inline(i.text)}`)].join('\n');
  // A paragraph of the letter a reply reproduces is a quotation: a block quote, every line of it.
  if (p.quoted) return written(p, number).split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n');
  return written(p, number);
}

function written(p: Exclude<Paragraph, string>, number: string): string {
  const written = asWritten(p);
  const lead = written ? [label(p.label), inline(p.text)].filter((t) => t).join(' ') : `${number}${inline(p.text)}`;
  const lines = [lead];
  const items = p.items ?? [];
  if (written) {
    // "4. (a) This Convention …": an item that begins its paragraph stays on the paragraph's line; not
    // where the number stood alone on its line ("1." then "a) exempt …" to "k) …", NL–Jamaica 1993
    // Art. II(1)): printed "1\. a) …" then "- b) …", a) read as the paragraph's words, not the first of
    // its eleven items (hundred-and-twelfth run, defect 1). The number is then the lead-in, a)–k) one list.
    const first = p.text === '' && items.length > 0 && !p.alone ? items[0] : undefined;
    if (first) {
      lines[0] = [lead, label(first.label), inline(first.text)].filter((t) => t).join(' ');
      lines.push(...listLines(first.items ?? [], 1));
    }
    lines.push(...listLines(items, 0, first ? 1 : 0));
  } else {
    const indent = number ? '   ' : '';
    items.forEach((item, i) => lines.push(`${indent}- (${String.fromCharCode(97 + i)}) ${inline(item.text)}`));
  }
  // A chapeau's closing words after its list: Markdown has no list end, so they follow it flush, as the text prints them.
  if (p.wrapUp) lines.push('', inline(p.wrapUp));
  if (p.table) {
    lines.push('', `| ${p.table.head.map(inline).join(' | ')} |`, `|${p.table.head.map(() => '---').join('|')}|`);
    for (const row of p.table.rows) lines.push(`| ${row.map(inline).join(' | ')} |`);
  }
  return lines.join('\n');
}

/**
 * "## Article 3 — Heading" and its paragraphs, as one part of the text; a heading the drafter
 * numbered, or one outside the numbering, as written.
 */
function article(a: RenderedArticle, level: string): string {
  const kept = paragraphsOf(a);
  if (kept.head === undefined || kept.heading !== a.heading) {
    kept.heading = a.heading;
    kept.head = inline(a.heading);
    kept.whole = undefined;
  }
  // The whole part, kept while its level and number are the same: the very same string after an
  // edit elsewhere, so the stdio writer sends the bytes it encoded before (lsp/kept-answers.ts).
  if (kept.whole === undefined || kept.level !== level || kept.num !== a.num) {
    // A concluded text's provision without a heading of its own and without our number: no heading line.
    const head = a.num === undefined && a.heading === '' ? undefined : `${level} ${a.num ? `${a.num}${a.heading ? ' — ' : ''}` : ''}${kept.head}`;
    kept.level = level;
    kept.num = a.num;
    kept.whole = head === undefined ? kept.text : kept.count === 0 ? head : `${head}\n\n${kept.text}`;
  }
  return kept.whole;
}

/**
 * An article's paragraphs as Markdown, joined, kept with its paragraphs: they are the very same
 * array after an edit of another declaration (kept-articles.ts, resolved-articles.ts), and their
 * Markdown depends on them alone (a paragraph's number is its place among them), so an export
 * after a keystroke writes out only the articles the edit changed — writing all of them again
 * was more than half of the export's time after a keystroke at 100,000 lines. They are kept
 * joined, one string an article (with its heading escaped, while the heading is the same): the
 * export then joins one part per article, not one per paragraph and heading, and escapes no
 * heading again (at 100,000 lines that took the Markdown of an export after a keystroke from
 * about 59 to 43 ms of CPU; what remains is mostly writing out the 8 MB of text). The property
 * tests of test/render/render-reuse.test.ts and test/render/export-after-edits.test.ts hold every
 * export of an edited text to a fresh one.
 */
interface KeptParagraphs {
  readonly count: number;
  readonly text: string;
  heading?: string;
  head?: string;
  level?: string;
  num?: string;
  whole?: string;
}

const keptParagraphs = new WeakMap<readonly Paragraph[], KeptParagraphs>();

function paragraphsOf(a: RenderedArticle): KeptParagraphs {
  let kept = keptParagraphs.get(a.paragraphs);
  if (kept === undefined) {
    between();
    const lines = a.paragraphs.map((p, i) => paragraph(p, asWritten(p) ? '' : withSpace(paragraphLabel(a, i))));
    keptParagraphs.set(a.paragraphs, (kept = { count: lines.length, text: lines.join('\n\n') }));
  }
  return kept;
}

const withSpace = (number: string) => (number ? `${number} ` : '');

/**
 * The Markdown in parts, the text being `joinParts` of them: the head, one part per article (the
 * very same string as before for an article an edit left alone), the final formula, a part per
 * signature block. The stdio writer encodes the parts without joining them (lsp/kept-answers.ts):
 * at 100,000 lines joining them into one 16 MB string, and that string into its JSON, cost more
 * than rendering the article an edit changed.
 */
export function markdownParts(doc: RenderedInstrument): TextParts {
  const parts: string[] = [];
  if (doc.draft) parts.push(`> **${escape(doc.draft.label)}**`);
  parts.push(`# ${inline(doc.title)}`);
  if (doc.parentTitle) parts.push(`*Annex to ${inline(doc.parentTitle)}*`);
  // A dashed list of recitals as the list it is (render/preamble-recitals.ts), as an article's paragraph prints one.
  if (doc.preamble) parts.push(...[doc.preamble.parties, ...doc.preamble.recitals, doc.preamble.formula].filter((p) => p !== undefined).map((p) => (typeof p === 'string' ? inline(p) : paragraph(p, ''))));
  for (const a of doc.articles) {
    // The mark of articles the transcription leaves out, in the note's style: outside the text's words.
    if (a.gapBefore) parts.push(`> *${escape(a.gapBefore)}*`);
    if (a.insertedBefore) parts.push(paragraph(a.insertedBefore, ''));
    if (a.gapAfterInsertion) parts.push(`> *${escape(a.gapAfterInsertion)}*`);
    parts.push(article(a, '##'));
  }
  if (doc.outside) {
    parts.push(`## *${escape(doc.outside.heading)}*`, `*${escape(doc.outside.lead)}*`);
    for (const a of doc.outside.articles) parts.push(article(a, '###'));
  }
  for (const omitted of doc.omittedEnd) parts.push(`> *${escape(omitted)}*`);
  parts.push(...doc.testimonium.map(inline));
  for (const block of doc.signatures) {
    parts.push([`**${inline(block.for)}**  `, '\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_' + (block.signatory ? '  ' : ''), ...(block.signatory ? [inline(block.signatory)] : [])].join('\n'));
  }
  for (const a of doc.annexed) {
    if (a.gapBefore) parts.push(`> *${escape(a.gapBefore)}*`);
    parts.push(article(a, '##'));
  }
  for (const omitted of doc.omittedAfter) parts.push(`> *${escape(omitted)}*`);
  if (doc.unprinted) parts.push('---', `> *${escape(doc.unprinted.title)}.* ${inline(doc.unprinted.text)}`);
  return { parts, separator: '\n\n', end: '\n' };
}

export function toMarkdown(doc: RenderedInstrument): string {
  return joinParts(markdownParts(doc));
}
