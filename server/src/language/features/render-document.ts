/**
 * Renders an instrument as a readable document (Markdown or HTML) for the "Export instrument"
 * and "Preview instrument" commands: title, the signatories, then one numbered article per
 * provision (definitions, channels, protocols, exercises, cooperation, bodies, assistance,
 * clauses), then the final provisions from the header.
 *
 * Numbering follows the wording: a treaty has "Article 1", an MoU "Paragraph 1" (an MoU avoids
 * treaty vocabulary, drafting-rules.md). Both formats come from one list of blocks, so the
 * preview and the export never disagree.
 */
import type { Cadence, Deadline, Name, Text } from '../ast/nodes';
import type { Article, RenderContext, Renderer } from '../constructs/construct';
import { declarationRows, instrumentRow, type DeclarationKind, type DeclarationOf } from '../constructs/table';
import { documentValues, formatDate, formatQuantity, joinNames, wordingValues } from '../library/document-values';
import { renderClause } from '../library/render-clause';
import type { SemanticModel } from '../model/semantic-model';
import { assertNever } from '../util/assert-never';

export type RenderFormat = 'markdown' | 'html';

export type Block =
  | { readonly type: 'title'; readonly text: string }
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'numbered'; readonly items: readonly string[] };

export function renderDocument(model: SemanticModel, format: RenderFormat): string {
  const blocks = documentBlocks(model);
  return format === 'html' ? toHtml(blocks, model.ast.instrument?.title?.value ?? 'Entente instrument') : toMarkdown(blocks);
}

export function documentBlocks(model: SemanticModel): Block[] {
  const words = wordingValues(model.wording);
  const treaty = model.wording === 'treaty';
  const instrument = model.ast.instrument;
  const blocks: Block[] = [{ type: 'title', text: instrument?.title?.value ?? 'Untitled instrument' }];

  const parties = model.signatories.map((p) => {
    const name = p.effective.name?.value ?? p.id;
    const by = p.effective.representative?.value;
    // A class ("The member States of the Council of Europe") is described, not given a short name.
    return p.classOf ? name : `${name} (“${p.id}”)${by ? `, represented by ${by}` : ''}`;
  });
  if (parties.length > 0) {
    blocks.push({ type: 'paragraph', text: `The ${words.Participants}:` }, { type: 'numbered', items: parties });
    blocks.push({ type: 'paragraph', text: `have ${treaty ? 'agreed as follows' : 'reached the following understanding'}:` });
  }

  articles(model, renderContext(model, words.Participants)).forEach((article, index) => {
    blocks.push({ type: 'heading', text: `${treaty ? 'Article' : 'Paragraph'} ${index + 1} — ${article.heading}` });
    if (article.paragraphs.length === 1) blocks.push({ type: 'paragraph', text: article.paragraphs[0] });
    else if (article.paragraphs.length > 1) blocks.push({ type: 'numbered', items: article.paragraphs });
  });
  return blocks;
}

/**
 * Every construct's articles, as its row renders them: constructs in their rows' order
 * (definitions, channels, protocols … clauses, then the header's final provisions), the
 * declarations of one construct in source order; the status statement comes just before the
 * final provisions.
 */
function articles(model: SemanticModel, r: RenderContext): Article[] {
  const parts: { order: number; articles: Article[] }[] = [{ order: statusOrder, articles: statusProvision(model) }];
  if (instrumentRow.render) parts.push({ order: instrumentRow.render.order, articles: instrumentRow.render.articles(model.ast.instrument ? [model.ast.instrument] : [], r) });
  for (const kind of Object.keys(declarationRows) as DeclarationKind[]) parts.push(renderKind(model, kind, r));
  return parts.sort((a, b) => a.order - b.order).flatMap((p) => p.articles);
}

function renderKind<K extends DeclarationKind>(model: SemanticModel, kind: K, r: RenderContext): { order: number; articles: Article[] } {
  const render = declarationRows[kind].render as Renderer<DeclarationOf<K>> | undefined;
  if (!render) return { order: 0, articles: [] };
  const nodes = model.ast.declarations.filter((d): d is DeclarationOf<K> => d.type === kind);
  return { order: render.order, articles: render.articles(nodes, r) };
}

/** After every declaration's articles (clauses are 80), before the final provisions (100). */
const statusOrder = 90;

/**
 * `status non-binding` as the text a signatory reads: the first paragraph of the approved library
 * clause `non-binding-status/mou` (MC11 counts the header flag as a statement only because it
 * reaches the text here). Left out when a clause of the document already covers the status.
 */
function statusProvision(model: SemanticModel): Article[] {
  if (model.ast.instrument?.status?.value !== 'non-binding' || model.hasClauseAbout('non-binding-status')) return [];
  const approved = model.library.get(nonBindingClauseId);
  const text = approved ? renderClause(approved, model, { snippet: false }) : '';
  const first = text.split(/\n/)[0]?.replace(/^\s*\(?\d+[.)]\s+/, '').trim();
  return [{ heading: 'Status', paragraphs: [first || nonBindingFallback(model)] }];
}

const nonBindingClauseId = 'non-binding-status/mou';

/** The same sentence, for a library that lacks the approved clause (a team library replacing it). */
function nonBindingFallback(model: SemanticModel): string {
  const words = documentValues(model, 'mou');
  return `This ${words.instrument} records the intentions of the ${words.Participants}. It is not intended to be legally binding and does not create any legally binding commitment under international or domestic law.`;
}

/** The document as rendering sees it, in its own wording. */
function renderContext(model: SemanticModel, participants: string): RenderContext {
  const treaty = model.wording === 'treaty';
  const partyName = (n: Name) => model.party(n.text)?.effective.name?.value ?? n.text;
  return {
    will: treaty ? 'shall' : 'will',
    treaty,
    participants,
    self: treaty ? 'This Agreement' : 'This Memorandum',
    partyName,
    names: (list) => joinNames(list.map(partyName)),
    list: joinNames,
    sentence,
    quantity: formatQuantity,
    date: formatDate,
    cadence,
    deadline,
    contactName: (ref) => contactName(model, ref.party, ref.contact),
    bodyName: (n) => (n ? (model.ast.bodies.find((b) => b.id?.text === n.text)?.name?.value ?? n.text) : '[body]'),
    clauseText: (clause) => {
      const library = model.libraryClause(clause);
      return { text: clause.body?.value ?? (library ? renderClause(library, model, { snippet: false }) : undefined), title: library?.title };
    },
  };
}

function contactName(model: SemanticModel, party: Name, contact: Name | undefined): string {
  const found = contact ? model.party(party.text)?.contacts.find((c) => c.id?.text === contact.text) : undefined;
  return found?.name?.value ?? `${party.text}${contact ? `.${contact.text}` : ''}`;
}

function deadline(d: Deadline | undefined): string {
  if (!d) return '';
  const start = d.start ? ` ${clockStartWords[d.start.value ?? ''] ?? `of ${d.start.text}`}` : '';
  return `${d.within ? ` within ${formatQuantity(d.within)}${start}` : ''}${d.via ? ` through the ${d.via.text} channel` : ''}`;
}

/** `of awareness` as the text says it: "within 24 hours of becoming aware". */
const clockStartWords: Readonly<Record<string, string>> = {
  awareness: 'of becoming aware',
  detection: 'of detection',
  classification: 'of its classification',
  occurrence: 'of its occurrence',
  request: 'of the request',
  receipt: 'of receipt',
  notification: 'of the notification',
  decision: 'of the decision',
};

function cadence(c: Cadence | undefined): string {
  if (!c) return 'periodically';
  if (c.word !== 'every') return c.word;
  return c.interval ? `every ${formatQuantity(c.interval)}` : 'periodically';
}

/** Prose written by the drafter, ended with a full stop if it has none. */
function sentence(text: Text): string {
  const value = text.value.replace(/\s*\n\s*/g, ' ').trim();
  return /[.!?]$/.test(value) ? value : `${value}.`;
}

// ── Output formats ────────────────────────────────────────────────────────────────────────────

/** Markdown that would be read as markup (`*`, `_`, `#` at a line start…) is escaped. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

export function toMarkdown(blocks: readonly Block[]): string {
  const parts = blocks.map((b) => {
    switch (b.type) {
      case 'title':
        return `# ${escapeMarkdown(b.text)}`;
      case 'heading':
        return `## ${escapeMarkdown(b.text)}`;
      case 'paragraph':
        return escapeMarkdown(b.text);
      case 'numbered':
        return b.items.map((item, i) => `${i + 1}. ${escapeMarkdown(item)}`).join('\n');
      default:
        return assertNever(b, 'block');
    }
  });
  return parts.join('\n\n') + '\n';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function toHtml(blocks: readonly Block[], title: string): string {
  const body = blocks.map((b) => {
    switch (b.type) {
      case 'title':
        return `<h1>${escapeHtml(b.text)}</h1>`;
      case 'heading':
        return `<h2>${escapeHtml(b.text)}</h2>`;
      case 'paragraph':
        return `<p>${escapeHtml(b.text)}</p>`;
      case 'numbered':
        return `<ol>\n${b.items.map((item) => `  <li>${escapeHtml(item)}</li>`).join('\n')}\n</ol>`;
      default:
        return assertNever(b, 'block');
    }
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><title>${escapeHtml(title)}</title>`,
    '<style>body{font-family:Georgia,serif;max-width:48em;margin:2em auto;line-height:1.5}h1{text-align:center}h2{font-size:1.1em;margin-top:1.5em}</style>',
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
