/**
 * The at-a-glance panel of the preview, as plain data the webview draws: the parties and the
 * channels between them (for a diagram laid out by a layout library; coloured by TLP label,
 * classification shown), the timeline of the term (signature, coming into effect, exercises,
 * meetings, the last day for notice of leaving that takes effect by the end of the term, the end or renewal of the term — the same
 * calendar arithmetic as the inlay hints), the incident clock (notification and report deadlines
 * counted from awareness), and the final-clause checklist: each conventional final clause present
 * or missing, a missing one linked to the finding that reports it.
 */
import type { Channel, Exercise, IncidentProtocol } from '../ast/nodes';
import type { Range } from '../ast/positions';
import type { SemanticModel } from '../model/semantic-model';
import type { ClauseTopic } from '../ast/topics';
import type { EntenteDiagnostic } from '../rules/diagnostic';
import { htmlArticle, htmlPart, instrumentCss } from '../render/html';
import { segments } from '../render/inline';
import { withArticle } from '../render/words';
import { addQuantity, compareDates, formatDate, fromDateValue, type CalendarDate } from './calendar';
import { effectiveDate } from './computed-dates';
import { keptText, renderedInstrument } from './render-document';

export interface GlanceNode {
  readonly id: string;
  readonly label: string;
  readonly kind: 'party' | 'channel';
  /** For a channel: its TLP label (`TLP:AMBER`) or classification level (`SECRET`), as the diagram colours it. */
  readonly marking?: string;
  readonly classified?: boolean;
  /** What a channel carries, in words. */
  readonly detail?: string;
}

export interface TimelineEvent {
  /** ISO date. */
  readonly date: string;
  readonly label: string;
  readonly kind: 'signature' | 'effect' | 'exercise' | 'meeting' | 'notice' | 'renewal' | 'end';
}

export interface ChecklistItem {
  readonly clause: string;
  readonly state: 'present' | 'missing' | 'not required';
  readonly finding?: { readonly code: string; readonly message: string; readonly range: Range };
}

export interface PreviewData {
  readonly title: string;
  readonly draft: string | undefined;
  /** The rendered instrument (HTML content, without page furniture) and its style sheet. */
  readonly html: string;
  readonly css: string;
  readonly diagram: { readonly nodes: readonly GlanceNode[]; readonly edges: readonly { readonly id: string; readonly from: string; readonly to: string }[] };
  readonly timeline: readonly TimelineEvent[];
  /** Today's date (ISO), marked on the timeline. */
  readonly today: string;
  /** The incident clock: how long after becoming aware each step is due, in hours. */
  readonly deadlines: readonly { readonly label: string; readonly hours: number }[];
  readonly checklist: readonly ChecklistItem[];
  /**
   * When the preview asked for a part: which blocks `html` holds (from, count) of how many the
   * whole has (render/html.ts `htmlPart`); absent when `html` is the whole text.
   */
  readonly part?: PreviewPart & { readonly total: number };
}

/**
 * The list made before from the same items (the same objects or alike, in the same order), or `finish`'s
 * of this one: the panel's parts are kept per AST node, so after an edit that touched none of
 * them each list of the new panel is the very list of the last one (not sorted again, and
 * compared with the panel last sent by one reference: preview-panels.ts). The last few lists,
 * for a few documents and the panel's four lists; read-only, shared by every model.
 */
const lastLists: { readonly items: readonly unknown[]; readonly list: readonly unknown[] }[] = [];

function asBefore<T>(items: T[], finish: (items: T[]) => T[] = (list) => list): T[] {
  for (const before of lastLists) {
    if (before.items.length === items.length && before.items.every((item, i) => alike(item, items[i]))) return before.list as T[];
  }
  const list = finish([...items]);
  lastLists.unshift({ items, list });
  if (lastLists.length > 16) lastLists.pop();
  return list;
}

/** The same object, or plain objects with the same fields (the few items made afresh each time: the parties, the term's dates). */
function alike(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const fields = Object.keys(a);
  return fields.length === Object.keys(b).length && fields.every((k) => Object.hasOwn(b, k) && (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

/** A part of the rendered instrument, as the preview asks for it while the drafter scrolls. */
export interface PreviewPartData {
  readonly html: string;
  readonly part: PreviewPart & { readonly total: number };
}

/** A part of the rendered instrument, in blocks: the head, then one per article (render/html.ts). */
export interface PreviewPart {
  readonly from: number;
  readonly count: number;
}

const plain = (text: string) => segments(text).map((s) => s.text).join('');

export function previewData(model: SemanticModel, diagnostics: readonly EntenteDiagnostic[], today: CalendarDate, part?: PreviewPart): PreviewData {
  const doc = renderedInstrument(model, diagnostics);
  const asked = part ? previewPart(model, diagnostics, part) : undefined;
  const panel = glance(model);
  return {
    title: plain(doc.title),
    draft: doc.draft?.label,
    html: asked ? asked.html : keptText(model, diagnostics, 'preview', htmlArticle),
    ...(asked ? { part: asked.part } : {}),
    css: instrumentCss,
    diagram: panel.diagram,
    timeline: panel.timeline,
    today: formatDate(today),
    deadlines: panel.deadlines,
    checklist: checklist(model, diagnostics),
  };
}

/**
 * The parts of the panel read from the model alone, made once per model: a model is never changed
 * once made, and the preview asks again for an unchanged document (its refresh, a second panel);
 * at 100,000 lines they are about 20 ms of CPU. Shared by every caller, so read-only.
 */
const glances = new WeakMap<SemanticModel, Pick<PreviewData, 'diagram' | 'timeline' | 'deadlines'>>();

function glance(model: SemanticModel): Pick<PreviewData, 'diagram' | 'timeline' | 'deadlines'> {
  let kept = glances.get(model);
  if (!kept) glances.set(model, (kept = { diagram: diagram(model), timeline: timeline(model), deadlines: deadlines(model) }));
  return kept;
}

/** Blocks `from` to `from + count` of the rendered instrument, without the panel. */
export function previewPart(model: SemanticModel, diagnostics: readonly EntenteDiagnostic[], part: PreviewPart): PreviewPartData {
  const { html, total } = htmlPart(renderedInstrument(model, diagnostics), part.from, part.count);
  return { html, part: { from: part.from, count: Math.max(0, Math.min(part.count, total - part.from)), total } };
}

const categoryWords: Readonly<Record<string, string>> = { 'incident-reports': 'incident reports', 'personal-data': 'personal data', 'malware-samples': 'malware', 'threat-assessments': 'assessments', 'best-practice': 'best practice' };

function diagram(model: SemanticModel): PreviewData['diagram'] {
  const nodes: GlanceNode[] = [];
  const edges: GlanceEdge[] = [];
  const parties = new Map<string, string>();
  const partyNode = (id: string): string => {
    let key = parties.get(id);
    if (!key) {
      key = `p${parties.size + 1}`;
      parties.set(id, key);
      const name = model.party(id)?.effective.name?.value;
      nodes.push({ id: key, label: name ? name : `(party without a name)`, kind: 'party' });
    }
    return key;
  };
  for (const p of model.signatories) partyNode(p.id);
  model.ast.channels.forEach((c, index) => {
    const from = c.members.map((m) => partyNode(m.text));
    const drawn = channelDrawing(c, index, from);
    nodes.push(drawn.node);
    edges.push(...drawn.edges);
  });
  return { nodes: asBefore(nodes), edges: asBefore(edges) };
}

type GlanceEdge = PreviewData['diagram']['edges'][number];

/**
 * A channel's node and edges, kept with the channel's AST node while its place among the channels
 * and its members' keys are the same: an edit keeps the nodes it did not touch, so the panel of
 * the new model is made of the same objects, and comparing it with the panel last sent
 * (preview-panels.ts) is a comparison of references. Read-only, shared by every model.
 */
const channelDrawings = new WeakMap<Channel, { readonly index: number; readonly from: readonly string[]; readonly node: GlanceNode; readonly edges: readonly GlanceEdge[] }>();

function channelDrawing(c: Channel, index: number, from: readonly string[]): { readonly node: GlanceNode; readonly edges: readonly GlanceEdge[] } {
  const before = channelDrawings.get(c);
  if (before && before.index === index && before.from.length === from.length && before.from.every((party, i) => party === from[i])) return before;
  const key = `c${index + 1}`;
  const marking = c.classification?.value?.replace(/-/g, ' ') ?? c.marking?.value ?? c.marking?.text;
  const carries = c.carries.map((k) => categoryWords[k.value ?? ''] ?? (k.value ?? k.text).replace(/-/g, ' '));
  const node: GlanceNode = { id: key, label: marking ?? 'unmarked', kind: 'channel', marking, classified: !!c.classification, detail: carries.join(', ') };
  const drawn = { index, from, node, edges: from.map((party, i) => ({ id: `${key}-${i}`, from: party, to: key })) };
  channelDrawings.set(c, drawn);
  return drawn;
}

function timeline(model: SemanticModel): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const header = model.ast.instrument;
  const treaty = model.wording === 'treaty';
  const signed = fromDateValue(header?.signature?.date);
  if (signed) events.push({ date: formatDate(signed), label: 'Signature', kind: 'signature' });
  const effect = effectiveDate(model);
  if (effect) events.push({ date: formatDate(effect.date), label: treaty ? 'Entry into force' : 'Coming into effect', kind: 'effect' });
  const term = header?.duration?.term;
  const end = effect && term ? addQuantity(effect.date, term) : undefined;
  // Recurring events are shown over the term, or over five years when the term is open.
  const horizon = end ?? (effect ? { ...effect.date, year: effect.date.year + 5 } : undefined);
  for (const x of model.ast.exercises) {
    const lead = x.lead ? model.party(x.lead.text)?.effective.name?.value : undefined;
    events.push(...exerciseEvents(x, effect?.date, horizon, lead));
  }
  for (const b of model.ast.bodies) {
    if (!effect || !b.meets?.interval) continue;
    for (let k = 1; k <= 10; k++) {
      const date = addQuantity(effect.date, b.meets.interval, k);
      if (!date || (horizon && compareDates(date, horizon) > 0)) break;
      events.push({ date: formatDate(date), label: `Meeting: ${b.name?.value ?? 'governance body'}`, kind: 'meeting' });
    }
  }
  const notice = header?.termination?.notice;
  // Not where the right runs only after the initial period (`termination after initial period`):
  // no notice under it can be given before the term ends.
  if (end && notice && header?.duration?.renewable && !header.termination?.afterInitial) {
    const last = subtract(end, notice);
    // The header states a notice period for leaving, not one for non-renewal: the date shown is
    // the last day on which notice under that clause ends the instrument by the end of the term.
    if (last) events.push({ date: formatDate(last), label: `Last day for notice of ${treaty ? 'termination' : 'discontinuation'} taking effect at the end of the term`, kind: 'notice' });
  }
  if (end) events.push({ date: formatDate(end), label: header?.duration?.renewable ? 'Renewal (end of the first term)' : 'End of the term', kind: header?.duration?.renewable ? 'renewal' : 'end' });
  // ISO dates of one shape: their order is the order of their UTF-16 code units (as localeCompare's was).
  return asBefore(events, (list) => list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));
}

/**
 * An exercise's dates on the timeline, kept with its AST node while what they are counted from is
 * the same (the date of effect, the horizon, the lead's name): see `channelDrawing`.
 */
const exerciseDates = new WeakMap<Exercise, { readonly key: string; readonly events: readonly TimelineEvent[] }>();

function exerciseEvents(x: Exercise, effect: CalendarDate | undefined, horizon: CalendarDate | undefined, lead: string | undefined): readonly TimelineEvent[] {
  const key = `${effect ? formatDate(effect) : ''}|${horizon ? formatDate(horizon) : ''}|${lead ?? '\u0000'}`;
  const before = exerciseDates.get(x);
  if (before?.key === key) return before.events;
  const events: TimelineEvent[] = [];
  const first = fromDateValue(x.first) ?? (effect && x.cadence?.interval ? addQuantity(effect, x.cadence.interval) : undefined);
  if (first) {
    const label = `Exercise${lead ? ` led by ${withArticle(lead)}` : ''}`;
    for (let k = 0, date: CalendarDate | undefined = first; date && k < 12 && (!horizon || compareDates(date, horizon) <= 0); k++) {
      events.push({ date: formatDate(date), label, kind: 'exercise' });
      date = x.cadence?.interval ? addQuantity(first, x.cadence.interval, k + 1) : undefined;
    }
  }
  exerciseDates.set(x, { key, events });
  return events;
}

/** The date a notice period before `date` (calendar months, as addQuantity counts them). */
function subtract(date: CalendarDate, period: { amount: number; unit: { value?: string } }): CalendarDate | undefined {
  const months = period.unit.value === 'month' ? period.amount : period.unit.value === 'year' ? period.amount * 12 : undefined;
  if (months !== undefined) {
    const index = date.year * 12 + (date.month - 1) - months;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    return { year, month, day: Math.min(date.day, new Date(Date.UTC(year, month, 0)).getUTCDate()) };
  }
  const days = period.unit.value === 'day' ? period.amount : period.unit.value === 'week' ? period.amount * 7 : undefined;
  if (days === undefined) return undefined;
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day - days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

type Deadline = PreviewData['deadlines'][number];

function deadlines(model: SemanticModel): Deadline[] {
  const result: Deadline[] = [];
  for (const p of model.ast.protocols) result.push(...protocolDeadlines(p));
  return asBefore(result, (list) => list.sort((a, b) => a.hours - b.hours));
}

/** A protocol's deadlines on the incident clock, kept with its AST node (they depend on it alone): see `channelDrawing`. */
const protocolClocks = new WeakMap<IncidentProtocol, readonly Deadline[]>();

function protocolDeadlines(p: IncidentProtocol): readonly Deadline[] {
  let kept = protocolClocks.get(p);
  if (kept) return kept;
  const result: Deadline[] = [];
  for (const n of p.notifications) if (n.deadline?.within?.hours !== undefined) result.push({ label: 'Notification', hours: n.deadline.within.hours });
  for (const r of p.reports) if (r.deadline?.within?.hours !== undefined) result.push({ label: `${(r.stage?.text ?? 'report').replace(/^./, (c) => c.toUpperCase())} report`, hours: r.deadline.within.hours });
  for (const e of p.escalations) if (e.deadline?.within?.hours !== undefined) result.push({ label: 'Referral to the governance body', hours: e.deadline.within.hours });
  protocolClocks.set(p, (kept = result));
  return kept;
}

/** The conventional final clauses, which rules report them missing, and what makes them present. */
const finalClauseItems: readonly { clause: string; codes: readonly string[]; topic: ClauseTopic; present: (m: SemanticModel) => boolean }[] = [
  { clause: 'Statement that it is not legally binding', codes: ['missing-non-binding-statement'], topic: 'non-binding-status', present: (m) => m.ast.instrument?.status?.value === 'non-binding' },
  { clause: 'Consent to be bound', codes: ['missing-consent-to-be-bound'], topic: 'consent', present: (m) => !!m.ast.instrument?.consent },
  { clause: 'Entry into force / coming into effect', codes: ['missing-entry-into-force', 'missing-exchange-entry-into-force'], topic: 'entry-into-force', present: (m) => !!m.ast.instrument?.effect },
  { clause: 'Duration and renewal', codes: ['missing-duration'], topic: 'duration', present: (m) => !!m.ast.instrument?.duration },
  { clause: 'Termination / denunciation / discontinuation', codes: ['missing-termination', 'missing-discontinuation'], topic: 'termination', present: (m) => !!m.ast.instrument?.termination },
  { clause: 'Amendment', codes: ['missing-amendment'], topic: 'amendment', present: (m) => !!m.ast.instrument?.amendment },
  { clause: 'Settlement of disputes', codes: ['missing-dispute-settlement'], topic: 'disputes', present: (m) => !!m.ast.instrument?.disputes },
  { clause: 'Languages and authentic texts', codes: ['missing-language-clause'], topic: 'languages', present: (m) => (m.ast.instrument?.languages?.languages.length ?? 0) > 0 },
  { clause: 'Depositary', codes: ['missing-depositary'], topic: 'depositary', present: (m) => !!m.ast.instrument?.depositary },
  { clause: 'Reservations', codes: ['missing-reservations-clause'], topic: 'reservations', present: (m) => !!m.ast.instrument?.reservations },
  { clause: 'Registration (UN Charter Art. 102)', codes: ['missing-registration'], topic: 'registration', present: (m) => !!m.ast.instrument?.registration },
  { clause: 'Place and date of signature', codes: ['invalid-date'], topic: 'languages', present: (m) => !!m.ast.instrument?.signature?.place && !!m.ast.instrument.signature.date?.valid },
];

function checklist(model: SemanticModel, diagnostics: readonly EntenteDiagnostic[]): ChecklistItem[] {
  const signatureRange = model.ast.instrument?.signature?.range;
  return finalClauseItems.map((item) => {
    const finding = diagnostics.find((d) => item.codes.includes(d.code) && (d.code !== 'invalid-date' || (signatureRange && d.range.start.line === signatureRange.start.line)));
    if (finding) return { clause: item.clause, state: 'missing', finding: { code: finding.code, message: finding.message, range: finding.range } };
    if (item.present(model) || (item.codes[0] !== 'invalid-date' && model.hasClauseAbout(item.topic))) return { clause: item.clause, state: 'present' };
    // Absent and reported by no rule under the current settings: not required of this instrument
    // (a depositary for a bilateral treaty, a status statement in a treaty).
    return { clause: item.clause, state: 'not required' };
  });
}
