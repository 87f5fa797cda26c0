/**
 * The instrument as Markdown: the title, a DRAFT notice while the draft has errors, the
 * preamble, "## Article 3 — Heading" (treaty) or "## Paragraph 3 — Heading" (MoU) with numbered
 * paragraphs, lettered items and tables, the final formula and a signature block per signatory.
 * Placeholders are bold, so an unfilled value stands out in any Markdown viewer.
 */
import type { Paragraph, RenderedInstrument } from './instrument-model';
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

export function toMarkdown(doc: RenderedInstrument): string {
  const parts: string[] = [];
  if (doc.draft) parts.push(`> **${escape(doc.draft.label)}**`);
  parts.push(`# ${inline(doc.title)}`);
  if (doc.parentTitle) parts.push(`*Annex to ${inline(doc.parentTitle)}*`);
  if (doc.preamble) parts.push(inline(doc.preamble.parties), ...doc.preamble.recitals.map(inline), inline(doc.preamble.formula));
  for (const article of doc.articles) {
    parts.push(`## ${article.num} — ${inline(article.heading)}`);
    const numbered = article.paragraphs.length > 1;
    article.paragraphs.forEach((p, i) => parts.push(paragraph(p, numbered ? `${i + 1}. ` : '')));
  }
  parts.push(...doc.testimonium.map(inline));
  for (const block of doc.signatures) {
    parts.push([`**${inline(block.for)}**  `, '\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_' + (block.signatory ? '  ' : ''), ...(block.signatory ? [inline(block.signatory)] : [])].join('\n'));
  }
  return parts.join('\n\n') + '\n';
}
