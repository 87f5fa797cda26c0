/**
 * The instrument as Markdown: the title, a DRAFT notice while the draft has errors, the
 * preamble, "## Article 3 — Heading" (treaty) or "## Paragraph 3 — Heading" (MoU) with numbered
 * paragraphs, lettered items and tables (or the drafter's own headings as written, "## Article 1 –
 * Object and scope", when the drafter numbers the text, with the provisions outside its numbering
 * under their own italic heading), the final formula, a signature block per signatory, and the
 * drafter's clauses that follow the signatures.
 * Placeholders are bold, so an unfilled value stands out in any Markdown viewer.
 */
import type { Paragraph, RenderedArticle, RenderedInstrument } from './instrument-model';
import { segments } from './inline';

/** Markdown that would be read as markup (`*`, `_`, `#`, brackets…) is escaped. */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function inline(text: string): string {
  return segments(text)
    .map((s) => (s.placeholder ? `**${escape(s.text)}**` : escape(s.text)))
    .join('');
}

function paragraph(p: Paragraph, number: string): string {
  if (typeof p === 'string') return `${number}${inline(p)}`;
  const lines = [`${number}${inline(p.text)}`];
  const indent = number ? '   ' : '';
  p.items?.forEach((item, i) => lines.push(`${indent}- (${String.fromCharCode(97 + i)}) ${inline(item)}`));
  if (p.table) {
    lines.push('', `| ${p.table.head.map(inline).join(' | ')} |`, `|${p.table.head.map(() => '---').join('|')}|`);
    for (const row of p.table.rows) lines.push(`| ${row.map(inline).join(' | ')} |`);
  }
  return lines.join('\n');
}

/** "## Article 3 — Heading"; a heading the drafter numbered, or one outside the numbering, as written. */
function article(a: RenderedArticle, level: string): string[] {
  const numbered = a.paragraphs.length > 1;
  return [`${level} ${a.num ? `${a.num} — ` : ''}${inline(a.heading)}`, ...a.paragraphs.map((p, i) => paragraph(p, numbered ? `${i + 1}. ` : ''))];
}

export function toMarkdown(doc: RenderedInstrument): string {
  const parts: string[] = [];
  if (doc.draft) parts.push(`> **${escape(doc.draft.label)}**`);
  parts.push(`# ${inline(doc.title)}`);
  if (doc.parentTitle) parts.push(`*Annex to ${inline(doc.parentTitle)}*`);
  if (doc.preamble) parts.push(...[doc.preamble.parties, ...doc.preamble.recitals, doc.preamble.formula].filter((p) => p !== undefined).map(inline));
  for (const a of doc.articles) parts.push(...article(a, '##'));
  if (doc.outside) {
    parts.push(`## *${escape(doc.outside.heading)}*`);
    for (const a of doc.outside.articles) parts.push(...article(a, '###'));
  }
  parts.push(...doc.testimonium.map(inline));
  for (const block of doc.signatures) {
    parts.push([`**${inline(block.for)}**  `, '\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_' + (block.signatory ? '  ' : ''), ...(block.signatory ? [inline(block.signatory)] : [])].join('\n'));
  }
  for (const a of doc.annexed) parts.push(...article(a, '##'));
  return parts.join('\n\n') + '\n';
}
