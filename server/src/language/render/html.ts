/**
 * The instrument as a standalone HTML page that opens in a browser and prints as a document:
 * landmarks (banner, navigation, main, contentinfo), one `h1` then `h2` per article in order
 * (`h3` for the provisions outside a drafter's numbering, under their own `h2`; a concluded
 * text's note on what is not printed last, in an `aside` set apart from the text), the
 * language on `<html lang>`, placeholders as `<mark>`, defined terms as `<dfn>`, tables with
 * header cells, and a print style sheet (A4 margins, no navigation, signature blocks kept whole,
 * the DRAFT mark kept). Colours keep a contrast above 7:1 (black on white; the
 * placeholder's dark text on pale yellow).
 */
import { asWritten, numbersParagraphs, type ListItem, type Paragraph, type RenderedArticle, type RenderedInstrument } from './instrument-model';
import { segments } from './inline';
import { slug } from './words';
import { listParts } from './list-parts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function inline(text: string): string {
  return segments(text)
    .map((s) => (s.placeholder ? `<mark class="placeholder">${escapeHtml(s.text)}</mark>` : escapeHtml(s.text)))
    .join('');
}

/** A definition's item: the quoted term as `<dfn>`. */
function definitionItem(text: string): string {
  const match = /^“([^”]+)”(.*)$/s.exec(text);
  return match ? `“<dfn id="term-${slug(match[1])}">${inline(match[1])}</dfn>”${inline(match[2])}` : inline(text);
}

/** A drafter's label as written, or nothing where the drafter wrote none. */
const num = (label: string) => (label ? `<span class="label">${escapeHtml(label)}</span> ` : '');

/**
 * A drafter's list, each label as written, the items under an item nested in it; a paragraph after
 * the items of the element the list is under (render/list-parts.ts) ends the list, a `p` in that
 * element — the paragraph of the text, or the `li` of the item — with its own list after it.
 */
function writtenItems(items: readonly ListItem[], definitions: boolean): string {
  const words = (text: string) => (definitions ? definitionItem(text) : inline(text));
  const li = (i: ListItem): string => `<li>${num(i.label)}${words(i.text)}${i.items ? writtenItems(i.items, definitions) : ''}</li>`;
  return listParts(items)
    .map((part) => (part.kind === 'items' ? `<ul class="items as-written">${part.items.map(li).join('')}</ul>` : `<p class="list-paragraph">${words(part.paragraph.text)}</p>${part.paragraph.items ? writtenItems(part.paragraph.items, definitions) : ''}`))
    .join('');
}

function paragraph(p: Paragraph, definitions: boolean): string {
  if (typeof p === 'string') return `<p>${inline(p)}</p>`;
  // An editorial mark inside an article, as the marks between articles: outside the text's words.
  // What it introduces (a concluded text's definitions as transcribed) stands in the same aside, each term a `dfn`.
  if (p.mark) return `<aside class="editorial-note" role="note"><p><em>${escapeHtml(p.text)}</em></p>${(p.items ?? []).map((i) => `<p>${definitionItem(i.text)}</p>`).join('')}</aside>`;
  // A paragraph of the letter a reply reproduces is a quotation.
  if (p.quoted) return `<blockquote class="quoted">${written(p, definitions)}</blockquote>`;
  return written(p, definitions);
}

function written(p: Exclude<Paragraph, string>, definitions: boolean): string {
  const parts = [asWritten(p) ? `<p>${num(p.label)}${definitions ? definitionItem(p.text) : inline(p.text)}</p>` : `<p>${inline(p.text)}</p>`];
  if (p.items) parts.push(asWritten(p) ? writtenItems(p.items, definitions) : `<ol class="items" type="a">${p.items.map((i) => `<li>${definitions ? definitionItem(i.text) : inline(i.text)}</li>`).join('')}</ol>`);
  // A chapeau's closing words after its list: the list's end, in the paragraph it belongs to.
  if (p.wrapUp) parts.push(`<p class="list-wrap-up">${inline(p.wrapUp)}</p>`);
  if (p.table) {
    parts.push(
      `<table><thead><tr>${p.table.head.map((h) => `<th scope="col">${inline(h)}</th>`).join('')}</tr></thead><tbody>${p.table.rows
        .map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${inline(cell)}</th>` : `<td>${inline(cell)}</td>`)).join('')}</tr>`)
        .join('')}</tbody></table>`,
    );
  }
  return parts.join('\n');
}

/** The instrument's content (without page furniture): what the preview embeds. */
export function htmlArticle(doc: RenderedInstrument): string {
  return htmlBlocks(doc).map((block) => block()).join('\n');
}

/**
 * Blocks `from` to `from + count` of the instrument's content, and how many blocks it has: the
 * preview asks for the part the drafter scrolls to rather than the whole text (at 100,000 lines
 * the whole is 11 MB to send and decode). The blocks, joined by a line break, are exactly
 * `htmlArticle`; each is whole HTML (the head and preamble, an article, the provisions outside the
 * numbering, the final formula with the signatures), so a part stands on its own.
 */
export function htmlPart(doc: RenderedInstrument, from: number, count: number): { readonly html: string; readonly total: number } {
  const blocks = htmlBlocks(doc);
  return { html: blocks.slice(from, from + count).map((block) => block()).join('\n'), total: blocks.length };
}

/** The content's blocks in reading order, each made only when asked for. */
function htmlBlocks(doc: RenderedInstrument): (() => string)[] {
  const blocks: (() => string)[] = [() => head(doc)];
  for (const a of doc.articles) {
    // The mark of articles the transcription leaves out, in the note's style: outside the text's words.
    const gap = a.gapBefore;
    if (gap) blocks.push(() => `<aside class="editorial-note" role="note"><p><em>${escapeHtml(gap)}</em></p></aside>`);
    const inserted = a.insertedBefore;
    if (inserted) blocks.push(() => paragraph(inserted, false));
    const then = a.gapAfterInsertion;
    if (then) blocks.push(() => `<aside class="editorial-note" role="note"><p><em>${escapeHtml(then)}</em></p></aside>`);
    blocks.push(() => section(a, doc, 'h2'));
  }
  const outside = doc.outside;
  if (outside) {
    blocks.push(() =>
      [`<section class="outside-numbering" aria-labelledby="outside-numbering-h">`, `<h2 id="outside-numbering-h"><span class="heading"><em>${escapeHtml(outside.heading)}</em></span></h2>`, `<p class="outside-lead"><em>${escapeHtml(outside.lead)}</em></p>`, ...outside.articles.map((a) => section(a, doc, 'h3')), '</section>'].join('\n'),
    );
  }
  // Articles the transcription says it leaves out after the last printed one: before the final formula, as in the text.
  for (const omitted of doc.omittedEnd) blocks.push(() => `<aside class="editorial-note" role="note"><p><em>${escapeHtml(omitted)}</em></p></aside>`);
  if (doc.testimonium.length > 0 || doc.signatures.length > 0) blocks.push(() => finalFormula(doc));
  for (const a of doc.annexed) {
    const gap = a.gapBefore;
    if (gap) blocks.push(() => `<aside class="editorial-note" role="note"><p><em>${escapeHtml(gap)}</em></p></aside>`);
    blocks.push(() => section(a, doc, 'h2'));
  }
  // What the transcription says it leaves out after the printed text (`omitted "…"`), as the marks between articles.
  for (const omitted of doc.omittedAfter) blocks.push(() => `<aside class="editorial-note" role="note"><p><em>${escapeHtml(omitted)}</em></p></aside>`);
  // A concluded text's note on what is not printed: after the text, outside it.
  const unprinted = doc.unprinted;
  if (unprinted) blocks.push(() => `<aside class="editorial-note" role="note" aria-label="${escapeHtml(unprinted.title)}"><p><strong>${escapeHtml(unprinted.title)}.</strong> ${inline(unprinted.text)}</p></aside>`);
  return blocks;
}

function head(doc: RenderedInstrument): string {
  const out: string[] = [];
  out.push(`<header class="instrument-head">`);
  if (doc.draft) out.push(`<p class="draft" role="note"><strong>${escapeHtml(doc.draft.label)}</strong></p>`);
  out.push(`<h1>${inline(doc.title)}</h1>`);
  if (doc.parentTitle) out.push(`<p class="annex-of">Annex to ${inline(doc.parentTitle)}</p>`);
  out.push('</header>');
  if (doc.preamble) {
    const { parties, recitals, formula } = doc.preamble;
    out.push(`<section class="preamble" aria-label="Preamble">`, ...(parties !== undefined ? [`<p>${inline(parties)}</p>`] : []), ...recitals.map((r) => paragraph(r, false)), ...(formula !== undefined ? [`<p class="formula">${inline(formula)}</p>`] : []), '</section>');
  }
  return out.join('\n');
}

function finalFormula(doc: RenderedInstrument): string {
  const out = [`<section class="final-formula" aria-label="Final formula and signatures">`, ...doc.testimonium.map((t) => `<p>${inline(t)}</p>`)];
  if (doc.signatures.length > 0) {
    out.push(`<div class="signatures">`);
    for (const s of doc.signatures) out.push(`<div class="signature"><p class="for">${inline(s.for)}</p><div class="line" role="presentation"></div>${s.signatory ? `<p class="signatory">${inline(s.signatory)}</p>` : ''}</div>`);
    out.push('</div>');
  }
  out.push('</section>');
  return out.join('\n');
}

/** An article: "Article 3" above its heading; a heading the drafter numbered, or one outside the numbering, alone. */
function section(a: RenderedArticle, doc: RenderedInstrument, level: 'h2' | 'h3'): string {
  const id = `${doc.unit.toLowerCase()}-${a.number}`;
  const num = a.num !== undefined ? `<span class="num">${escapeHtml(a.num)}</span> ` : '';
  // A concluded text's provision without a heading of its own (and without our number): no heading.
  const out =
    a.num === undefined && a.heading === ''
      ? [`<section class="article" id="${id}">`]
      : [`<section class="article" id="${id}" aria-labelledby="${id}-h">`, `<${level} id="${id}-h">${num}<span class="heading">${inline(a.heading)}</span></${level}>`];
  // The renderer numbers only generated paragraphs; the drafter's are printed with their own labels.
  if (numbersParagraphs(a)) out.push(`<ol class="paragraphs">${a.paragraphs.map((p) => `<li>${paragraph(p, a.role === 'definitions')}</li>`).join('\n')}</ol>`);
  else out.push(...a.paragraphs.map((p) => paragraph(p, a.role === 'definitions')));
  out.push('</section>');
  return out.join('\n');
}

export const instrumentCss = `
:root { color: #111; background: #fff; }
body { font-family: Georgia, 'Times New Roman', serif; line-height: 1.55; margin: 0; }
.page { max-width: 46em; margin: 0 auto; padding: 2em 1.5em; }
h1 { text-align: center; font-size: 1.45em; margin: 0.5em 0 1em; }
h2 { font-size: 1.05em; margin: 1.8em 0 0.6em; }
h2 .num { display: block; text-align: center; font-weight: normal; }
h2 .heading { display: block; text-align: center; }
.preamble p { margin: 0.6em 0; }
.formula { font-style: italic; }
ol.paragraphs { padding-left: 1.8em; }
ol.items { list-style-type: lower-alpha; padding-left: 1.8em; }
ul.items.as-written { list-style: none; padding-left: 1.8em; margin: 0.3em 0; }
table { border-collapse: collapse; margin: 0.8em 0; }
th, td { border: 1px solid #555; padding: 0.3em 0.6em; text-align: left; }
mark.placeholder { background: #fff3b0; color: #111; border-bottom: 2px dotted #7a5c00; }
.draft { border: 2px solid #a00000; color: #7a0000; padding: 0.4em 0.8em; text-align: center; letter-spacing: 0.05em; }
.outside-lead { text-align: center; }
.editorial-note { margin-top: 3em; border-top: 1px solid #555; padding: 0.6em 1em; background: #f2f2f2; font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; font-size: 0.85em; }
.signatures { display: grid; grid-template-columns: repeat(auto-fit, minmax(16em, 1fr)); gap: 2em; margin-top: 2em; }
.signature { break-inside: avoid; }
.signature .line { border-bottom: 1px solid #111; height: 3em; margin: 0.5em 0; }
.signature .for { font-weight: bold; }
nav.contents { font-size: 0.9em; border-bottom: 1px solid #ccc; margin-bottom: 1.5em; }
nav.contents ol { columns: 2; }
a { color: #0645ad; }
@media print {
  @page { size: A4; margin: 2.5cm 2cm; }
  nav.contents { display: none; }
  .page { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  .final-formula { break-inside: avoid; }
  mark.placeholder { background: none; border-bottom: 1px dotted #000; }
}
`;

export function toHtml(doc: RenderedInstrument): string {
  const every = [...doc.articles, ...(doc.outside?.articles ?? []), ...doc.annexed];
  const contents = every.filter((a) => a.num !== undefined || a.heading !== '').map((a) => `<li><a href="#${doc.unit.toLowerCase()}-${a.number}">${a.num !== undefined ? `${escapeHtml(a.num)} — ` : ''}${inline(a.heading)}</a></li>`).join('');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${doc.draft ? 'DRAFT — ' : ''}${escapeHtml(segments(doc.title).map((s) => s.text).join(''))}</title>`,
    `<style>${instrumentCss}</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    every.length > 0 ? `<nav class="contents" aria-label="Contents"><ol>${contents}</ol></nav>` : '',
    '<main>',
    `<article class="instrument">`,
    htmlArticle(doc),
    '</article>',
    '</main>',
    `<footer><p class="made-with">${escapeHtml(doc.self)} rendered from its Entente source.</p></footer>`,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
