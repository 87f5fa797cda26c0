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
import { documentValues, formatDate, formatQuantity, joinNames, wordingValues } from '../library/document-values';
import { renderClause } from '../library/render-clause';
import type { SemanticModel } from '../model/semantic-model';

export type RenderFormat = 'markdown' | 'html';

export type Block =
  | { readonly type: 'title'; readonly text: string }
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'numbered'; readonly items: readonly string[] };

interface Article {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

export function renderDocument(model: SemanticModel, format: RenderFormat): string {
  const blocks = documentBlocks(model);
  return format === 'html' ? toHtml(blocks, model.ast.instrument?.title?.value ?? 'Entente instrument') : toMarkdown(blocks);
}

export function documentBlocks(model: SemanticModel): Block[] {
  const words = wordingValues(model.wording);
  const treaty = model.wording === 'treaty';
  const will = treaty ? 'shall' : 'will';
  const instrument = model.ast.instrument;
  const blocks: Block[] = [{ type: 'title', text: instrument?.title?.value ?? 'Untitled instrument' }];

  const parties = model.signatories.map((p) => {
    const name = p.effective.name?.value ?? p.id;
    const by = p.effective.representative?.value;
    return `${name} (“${p.id}”)${by ? `, represented by ${by}` : ''}`;
  });
  if (parties.length > 0) {
    blocks.push({ type: 'paragraph', text: `The ${words.Participants}:` }, { type: 'numbered', items: parties });
    blocks.push({ type: 'paragraph', text: `have ${treaty ? 'agreed as follows' : 'reached the following understanding'}:` });
  }

  const articles = provisions(model, will).concat(statusProvision(model), finalProvisions(model, will, words.Participants));
  articles.forEach((article, index) => {
    blocks.push({ type: 'heading', text: `${treaty ? 'Article' : 'Paragraph'} ${index + 1} — ${article.heading}` });
    if (article.paragraphs.length === 1) blocks.push({ type: 'paragraph', text: article.paragraphs[0] });
    else if (article.paragraphs.length > 1) blocks.push({ type: 'numbered', items: article.paragraphs });
  });
  return blocks;
}

function provisions(model: SemanticModel, will: string): Article[] {
  const ast = model.ast;
  const articles: Article[] = [];
  const partyName = (n: Name) => model.party(n.text)?.effective.name?.value ?? n.text;
  const names = (list: readonly Name[]) => joinNames(list.map(partyName));
  const bodyName = (n: Name | undefined) => (n ? (ast.bodies.find((b) => b.id?.text === n.text)?.name?.value ?? n.text) : '[body]');

  const definitions = ast.definitions.filter((d) => d.term).map((d) => `“${d.term!.value}” means ${d.meaning?.value ?? '[meaning to be defined]'}.`);
  if (definitions.length > 0) articles.push({ heading: 'Definitions', paragraphs: definitions });

  for (const c of ast.channels) {
    const paragraphs = [`${names(c.members)} ${will} exchange ${list(c.carries.map((k) => categoryWords[k.text] ?? k.text.replace(/-/g, ' ')))} through the ${c.id?.text ?? ''} channel.`];
    if (c.purpose) paragraphs.push(`Information exchanged ${will} be used only for ${sentence(c.purpose)}`);
    if (c.marking) paragraphs.push(`Information ${will} be marked ${c.marking.text} and handled under the FIRST Traffic Light Protocol.`);
    if (c.classification) paragraphs.push(`Classified information up to ${c.classification.text}${c.securityAgreement ? ` ${will} be protected under ${c.securityAgreement.text}` : ''}.`);
    if (c.onwardSharing) paragraphs.push(onward(c.onwardSharing.text, will, c.onwardTo.length > 0 ? names(c.onwardTo) : undefined));
    if (c.safeguardsText) paragraphs.push(`Safeguards: ${sentence(c.safeguardsText)}`);
    if (c.contacts.length > 0) paragraphs.push(`Points of contact: ${joinNames(c.contacts.map((r) => contactName(model, r.party, r.contact)))}.`);
    if (c.breachProcedure) paragraphs.push(`In case of a breach: ${sentence(c.breachProcedure)}`);
    articles.push({ heading: `Information sharing (${c.id?.text ?? 'channel'})`, paragraphs });
  }

  for (const p of ast.protocols) {
    const when = p.triggers.map((t) => `${t.attribute.text} is ${t.value ? ('value' in t.value ? t.value.value : t.value.text) : '[value]'}`);
    const paragraphs = [`This procedure applies when ${when.length > 0 ? list(when) : 'an incident occurs'}.`];
    for (const n of p.notifications) paragraphs.push(`${names(n.recipients)} ${will} be notified${deadline(n.deadline)}.`);
    for (const r of p.reports) paragraphs.push(`A${/^[aeiou]/i.test(r.stage?.text ?? '') ? 'n' : ''} ${r.stage?.text ?? ''} report ${will} be provided${deadline(r.deadline)}.`);
    for (const e of p.escalations) paragraphs.push(`The matter ${will} be escalated to the ${bodyName(e.to)}${deadline(e.deadline)}.`);
    if (p.content) paragraphs.push(`Notifications ${will} include ${sentence(p.content)}`);
    articles.push({ heading: `Incident response (${p.id?.text ?? 'protocol'})`, paragraphs });
  }

  for (const x of ast.exercises) {
    const led = x.lead ? `, led by ${partyName(x.lead)}` : '';
    const paragraphs = [`A joint exercise ${will} be held ${cadence(x.cadence)}${led}${x.participants.length > 0 ? ` with ${names(x.participants)}` : ''}.`];
    if (x.scope) paragraphs.push(`Scope: ${sentence(x.scope)}`);
    if (x.first?.valid) paragraphs.push(`The first exercise ${will} take place on ${formatDate(x.first)}.`);
    articles.push({ heading: `Exercises (${x.id?.text ?? 'exercise'})`, paragraphs });
  }

  for (const c of ast.cooperations) {
    const paragraphs = [`${names(c.providers)} ${will} provide ${c.kind.text.replace(/-/g, ' ')}${c.beneficiaries.length > 0 ? ` to ${names(c.beneficiaries)}` : ''}${c.activities.length > 0 ? `, including ${list(c.activities.map((a) => a.text.replace(/-/g, ' ')))}` : ''}.`];
    if (c.description) paragraphs.push(sentence(c.description));
    if (c.intellectualProperty) paragraphs.push(`Intellectual property: ${'value' in c.intellectualProperty ? sentence(c.intellectualProperty) : c.intellectualProperty.text}`);
    articles.push({ heading: `Cooperation (${c.id?.text ?? c.kind.text})`, paragraphs });
  }

  for (const b of ast.bodies) {
    const paragraphs = [`A ${b.name?.value ?? b.id?.text ?? 'body'} is established, composed of ${names(b.members)}.`];
    if (b.meets) paragraphs.push(`It ${will} meet ${cadence(b.meets)}.`);
    if (b.chair) paragraphs.push(`It ${will} be chaired by ${partyName(b.chair)}.`);
    if (b.mandate) paragraphs.push(`Mandate: ${sentence(b.mandate)}`);
    articles.push({ heading: b.name?.value ?? b.id?.text ?? 'Governance', paragraphs });
  }

  for (const a of ast.assistance) {
    const paragraphs: string[] = [];
    if (a.basis.length > 0) paragraphs.push(`Assistance ${will} be provided on the basis of ${list(a.basis.map((n) => n.text))}.`);
    if (a.preservation) paragraphs.push(`Stored computer data ${will} be preserved for ${formatQuantity(a.preservation)}.`);
    for (const authority of a.centralAuthorities) paragraphs.push(`The central authority of ${partyName(authority.party)} is ${authority.name?.value ?? '[authority]'}.`);
    if (a.mlaTreaty) paragraphs.push(`Requests are made under ${sentence(a.mlaTreaty)}`);
    articles.push({ heading: 'Mutual assistance', paragraphs });
  }

  for (const clause of ast.clauses) {
    const library = model.libraryClause(clause);
    const text = clause.body?.value ?? (library ? renderClause(library, model, { snippet: false }) : undefined);
    const heading = clause.heading?.value ?? library?.title ?? clause.id?.text ?? 'Clause';
    // Paragraphs are separated by blank lines or start with their own number, which the
    // rendering replaces by its own numbering.
    const paragraphs = (text ?? `[text of clause ${clause.libraryRef?.value ?? clause.id?.text ?? ''} not available]`)
      .split(/\n\s*\n|\n(?=\s*\(?\d+[.)]\s)/)
      .map((p) => p.replace(/^\s*\(?\d+[.)]\s+/, '').replace(/\s*\n\s*/g, ' ').trim())
      .filter((p) => p.length > 0);
    articles.push({ heading, paragraphs });
  }
  return articles;
}

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

function finalProvisions(model: SemanticModel, will: string, parties: string): Article[] {
  const header = model.ast.instrument;
  if (!header) return [];
  const paragraphs: string[] = [];
  const self = model.wording === 'treaty' ? 'This Agreement' : 'This Memorandum';
  const effect = header.effect;
  if (effect?.date?.valid) paragraphs.push(`${self} ${will} take effect on ${formatDate(effect.date)}.`);
  else if (effect?.event) paragraphs.push(`${self} ${will} take effect ${effect.delay ? `${formatQuantity(effect.delay)} after` : 'upon'} ${effect.afterLast ? 'the last ' : ''}${effect.event.text}${effect.count ? ` by ${effect.count} ${parties}` : ''}.`);
  if (header.duration?.term) paragraphs.push(`${self} ${will} remain in effect for ${formatQuantity(header.duration.term)}${header.duration.renewable ? `, renewable${header.duration.renewalTerm ? ` for ${formatQuantity(header.duration.renewalTerm)}` : ''}` : ''}.`);
  else if (header.duration?.indefinite) paragraphs.push(`${self} ${will} remain in effect indefinitely.`);
  if (header.termination) paragraphs.push(`Each of the ${parties} may ${header.termination.keyword.text === 'discontinue' ? 'discontinue its participation in' : `give notice of ${header.termination.keyword.text} from`} ${self.replace('This', 'this')}${header.termination.notice ? ` with ${formatQuantity(header.termination.notice)} written notice` : ''}.`);
  if (header.amendment?.procedure) paragraphs.push(`${self} may be amended by ${header.amendment.procedure}.`);
  if (header.disputes) paragraphs.push(`Differences ${will} be settled by ${list(header.disputes.means.map((m) => m.text))}${header.disputes.forum ? ` before ${header.disputes.forum.value}` : ''}.`);
  if (header.governingLaw?.law) paragraphs.push(`Governing law: ${'value' in header.governingLaw.law ? header.governingLaw.law.value : header.governingLaw.law.text}.`);
  for (const v of [header.depositary, header.registration, header.reservations]) {
    if (v?.value) paragraphs.push(`${v.type}: ${'value' in v.value ? v.value.value : v.value.text}.`);
  }
  const sig = header.signature;
  const languages = header.languages;
  if (sig || languages) {
    const place = sig?.place ? ` at ${sig.place.value}` : '';
    const date = sig?.date?.valid ? ` on ${formatDate(sig.date)}` : '';
    const langs = languages && languages.languages.length > 0 ? ` in the ${list(languages.languages.map((l) => l.text))} languages` : '';
    const validity = languages?.validity ? `, all texts being ${languages.validity.text === 'authentic' ? 'equally authentic' : 'equally valid'}` : '';
    const prevailing = languages?.prevailing ? `; in case of divergence of interpretation, the ${languages.prevailing.text} text ${will} prevail` : '';
    paragraphs.push(`${sig?.keyword.text === 'done' ? 'Done' : 'Signed'}${place}${date}${langs}${validity}${prevailing}.`);
  }
  return paragraphs.length > 0 ? [{ heading: 'Final provisions', paragraphs }] : [];
}

const categoryWords: Readonly<Record<string, string>> = { classified: 'classified information', 'personal-data': 'personal data' };

function onward(value: string, will: string, to: string | undefined): string {
  switch (value) {
    case 'none':
      return `Information ${will} not be shared beyond the recipients.`;
    case 'within-organisation':
      return `Information ${will} be shared only within the receiving organisation.`;
    case 'with-clients':
      return `The recipient may share information with its clients on a need-to-know basis.`;
    case 'community':
      return `The recipient may share information within its community, but not through publicly accessible channels.`;
    case 'public':
      return `Information may be disclosed publicly.`;
    case 'with-consent':
      return `Information ${will} be shared onward only with the prior written consent of the originator${to ? `, and only to ${to}` : ''}.`;
    default:
      return `Onward sharing: ${value}.`;
  }
}

function contactName(model: SemanticModel, party: Name, contact: Name | undefined): string {
  const found = contact ? model.party(party.text)?.contacts.find((c) => c.id?.text === contact.text) : undefined;
  return found?.name?.value ?? `${party.text}${contact ? `.${contact.text}` : ''}`;
}

function deadline(d: Deadline | undefined): string {
  if (!d) return '';
  return `${d.within ? ` within ${formatQuantity(d.within)}` : ''}${d.via ? ` through the ${d.via.text} channel` : ''}`;
}

function cadence(c: Cadence | undefined): string {
  if (!c) return 'periodically';
  if (c.word !== 'every') return c.word;
  return c.interval ? `every ${formatQuantity(c.interval)}` : 'periodically';
}

function list(items: readonly string[]): string {
  return joinNames(items);
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
