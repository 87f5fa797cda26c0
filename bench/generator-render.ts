// The benchmark's content written out: the model as Entente (in document order), as JSON and as
// block-style YAML, and JSON of an exact size for the core figures' baseline.
import { q } from './generator-data';
import { documentOrder, type Collection, type Header, type Item, type Model, type Quantity } from './generator-model';

// ── Entente ───────────────────────────────────────────────────────────────────────────────────

const qty = (v: Quantity) => `${v.amount} ${v.unit}`;
/** A prose block: a string when it fits on one line, else an indented """ block. */
function prose(text: string, indent: number): string {
  if (!text.includes('\n')) return q(text);
  const pad = ' '.repeat(indent + 2);
  return `"""\n${text.split('\n').map((l) => pad + l).join('\n')}\n${' '.repeat(indent)}"""`;
}

const renderers: { [C in Collection]: (item: Item<C>) => string[] } = {
  parties: (p) => [
    `party ${p.id} ${q(p.name)} {`,
    `  kind ${p.kind}`,
    `  jurisdiction ${p.jurisdiction}`,
    `  represented by ${q(p.representedBy)}`,
    ...p.contacts.map((c) => `  contact ${c.id} ${q(c.name)} available ${c.availability} email ${q(c.email)}${c.phone ? ` phone ${q(c.phone)}` : ''}`),
    ...(p.regimes ? [`  regimes ${p.regimes.join(', ')}`] : []),
    '}',
  ],
  securityAgreements: (a) => [
    `security-agreement ${a.id} ${q(a.title)} between ${a.between.join(', ')} up to ${a.upTo} {`,
    ...a.levels.map((l) => `  level ${l.level} equals ${l.equals.map((e) => `${e.party} ${q(e.marking)}`).join(', ')}`),
    `  breach procedure ${prose(a.breachProcedure, 2)}`,
    '}',
  ],
  assistance: (a) => [
    'assistance {',
    `  basis ${a.basis.join(', ')}`,
    `  preservation for ${a.preservationDays} days`,
    ...a.centralAuthorities.map((c) => `  central authority ${c.party} ${q(c.authority)}`),
    `  under ${q(a.under)}`,
    '}',
  ],
  bodies: (b) => [`body ${b.id} ${q(b.name)} members ${b.members.join(', ')} meets every ${qty(b.meets.every)} chair ${b.chair} mandate ${q(b.mandate)}`],
  definitions: (d) => [`define ${q(d.term)} means ${q(d.meaning)}`],
  channels: (c) => [
    `channel ${c.id} between ${c.between.join(', ')} {`,
    `  carries ${c.carries.join(', ')}`,
    ...(c.marking ? [`  marking ${c.marking}`] : []),
    ...(c.classification ? [`  classification ${c.classification.level} under ${c.classification.under}`] : []),
    `  onward sharing ${c.onwardSharing.rule}${c.onwardSharing.to ? ` to ${c.onwardSharing.to.join(', ')}` : ''}`,
    `  purpose ${prose(c.purpose, 2)}`,
    `  contacts ${c.contacts.join(', ')}`,
    `  breach procedure ${prose(c.breachProcedure, 2)}`,
    '}',
  ],
  protocols: (p) => [
    `protocol ${p.id} {`,
    `  when ${p.when.map((w) => `${w.key} ${/^[A-Za-z][\w-]*$/.test(w.value) ? w.value : q(w.value)}`).join(', ')}`,
    `  notify ${p.notify.parties.join(', ')} within ${qty(p.notify.within)} of ${p.notify.start} via ${p.notify.via}`,
    ...p.reports.map((rep) => `  report ${rep.kind} within ${qty(rep.within)} of ${rep.start}${rep.via ? ` via ${rep.via}` : ''}`),
    `  escalate to ${p.escalate.to} within ${qty(p.escalate.within)} of ${p.escalate.start}`,
    ...(p.threshold ? [`  threshold ${prose(p.threshold, 2)}`] : []),
    `  content ${prose(p.content, 2)}`,
    `  contacts ${p.contacts.join(', ')}`,
    '}',
  ],
  exercises: (e) => {
    const cadence = typeof e.cadence === 'string' ? e.cadence : `every ${qty(e.cadence.every)}`;
    return [`exercise ${e.id} ${cadence} led by ${e.ledBy} with ${e.with.join(', ')} {`, `  scope ${prose(e.scope, 2)}`, `  first ${e.first}`, `  contacts ${e.contacts.join(', ')}`, '}'];
  },
  cooperation: (c) => {
    const [by, to] = c.type === 'technology-transfer' ? ['from', 'to'] : ['by', 'for'];
    return [
      `${c.type} ${c.id} ${by} ${c.by.join(', ')} ${to} ${c.for.join(', ')} {`,
      `  activities ${c.activities.join(', ')}`,
      `  description ${prose(c.description, 2)}`,
      `  intellectual property ${prose(c.intellectualProperty, 2)}`,
      '}',
    ];
  },
  clauses: (c) => [`clause ${c.id} ${q(c.heading)} about ${c.about.join(', ')} ${prose(c.text, 0)}`],
};

export function render<C extends Collection>(collection: C, item: Item<C>): string[] {
  return (renderers[collection] as (item: Item<C>) => string[])(item);
}

function header(i: Header): string[] {
  const lang = i.languages;
  const s = i.signature;
  const e = i.effect;
  return [
    `${i.kind} ${q(i.title)} {`,
    `  status ${i.status}`,
    `  languages ${lang.languages.join(', ')}${lang.authenticity ? ` ${lang.authenticity}` : ''}${lang.prevailing ? ` prevailing ${lang.prevailing}` : ''}`,
    `  ${s.wording} at ${q(s.place)} on ${s.date}`,
    `  consent by ${i.consent.join(', ')}`,
    `  effect ${e.after ? `${qty(e.after)} ` : ''}after ${e.last ? 'last ' : ''}${e.event}${e.byParties ? ` by ${e.byParties} parties` : ''}`,
    `  duration ${i.duration}`,
    `  ${i.termination.wording} with notice of ${qty(i.termination.notice)}`,
    `  amendment by ${i.amendment.join(' ')}`,
    `  disputes by ${i.disputes.means.join(', ')}${i.disputes.forum ? ` ${q(i.disputes.forum)}` : ''}`,
    `  governing law ${i.governingLaw}`,
    `  depositary ${q(i.depositary)}`,
    `  registration ${i.registration}`,
    `  reservations ${q(i.reservations)}`,
    '}',
  ];
}

/** The instrument as Entente source, in document order (header, registers, then chapters). */
export function toEntente(model: Model): string {
  const out = [
    '// Generated by bench/generator.mjs: a multilateral convention for the benchmark. Same content as',
    '// the .yaml and .json files generated beside it.',
    ...header(model.instrument),
    '',
  ];
  let previousOneLiner: Collection | undefined;
  let first = true;
  for (const [collection, index] of documentOrder.get(model) ?? []) {
    const item = collection === 'assistance' ? model.assistance : model[collection][index];
    const text = render(collection, item as Item<typeof collection>).join('\n');
    // One-line declarations of a kind stay together; blocks get a blank line around them.
    const oneLiner = text.includes('\n') ? undefined : collection;
    if (!first && !(oneLiner && previousOneLiner === oneLiner)) out.push('');
    out.push(text);
    first = false;
    previousOneLiner = oneLiner;
  }
  return out.join('\n') + '\n';
}

// ── JSON and YAML ─────────────────────────────────────────────────────────────────────────────

export function toJson(model: Model): string {
  return JSON.stringify(model, null, 2) + '\n';
}

const plain = /^[A-Za-z][A-Za-z0-9 ,.()'/-]*$/;
const yamlReserved = /^(true|false|yes|no|on|off|null|y|n|~)$/i;
function yamlScalar(value: string | number | boolean, indent: number): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value.includes('\n')) return `|-\n${value.split('\n').map((l) => (l ? ' '.repeat(indent) + l : '')).join('\n')}`;
  if (plain.test(value) && !yamlReserved.test(value) && !value.endsWith(' ') && !/(: | #|,$)/.test(value)) return value;
  return JSON.stringify(value);
}

/** Block-style YAML, as a person writes it: mappings, `- ` sequences, `|-` blocks for prose. */
export function toYaml(model: Model): string {
  const out = ['# Generated by bench/generator.mjs: the benchmark convention as YAML (schema: instrument.schema.json).'];
  const emit = (value: unknown, indent: number, prefix: string): void => {
    const pad = ' '.repeat(indent);
    if (Array.isArray(value)) {
      if (value.length === 0 || value.every((v) => typeof v !== 'object')) {
        out.push(`${prefix}[${value.map((v) => yamlScalar(String(v), 0)).join(', ')}]`);
        return;
      }
      if (prefix.trim()) out.push(prefix.trimEnd());
      for (const item of value) emitObject(item as object, indent + 2, `${pad}- `);
      return;
    }
    if (typeof value === 'object' && value !== null) {
      if (prefix.trim()) out.push(prefix.trimEnd());
      emitObject(value, indent + 2, ' '.repeat(indent + 2));
      return;
    }
    out.push(`${prefix}${yamlScalar(value as string | number | boolean, indent + 2)}`);
  };
  const emitObject = (object: object, indent: number, firstPrefix: string): void => {
    let first = true;
    for (const [key, value] of Object.entries(object)) {
      if (value === undefined) continue;
      const prefix = `${first ? firstPrefix : ' '.repeat(indent)}${key}: `;
      first = false;
      emit(value, indent, prefix);
    }
  };
  const { $schema: _schema, ...content } = model;
  emitObject(content, 0, '');
  return out.join('\n') + '\n';
}

/**
 * JSON of exactly `length` characters built from the model's own content: the compact JSON of
 * as many declarations as fit, with whitespace between top-level items (as a pretty printer
 * would put) making up the difference. The baseline of the core figures.
 */
export function sizeMatchedJson(model: Model, length: number): string {
  const items: string[] = [];
  const { $schema: _schema, ...content } = model;
  for (const [key, value] of Object.entries(content)) {
    if (Array.isArray(value)) for (const item of value) items.push(JSON.stringify({ [key]: item }));
    else if (value !== undefined) items.push(JSON.stringify({ [key]: value }));
  }
  // Repeat the content if the model's JSON is shorter than the source.
  const pool: string[] = [];
  let total = 2;
  for (let added = true; added; ) {
    added = false;
    for (const item of items) {
      if (total + item.length + 1 > length) continue;
      pool.push(item);
      total += item.length + 1;
      added = true;
    }
  }
  let json = `[${pool.join(',')}]`;
  let missing = length - json.length;
  if (missing < 0) throw new Error('sizeMatchedJson: could not fit');
  // Spread the padding as newlines and indentation between items.
  const gaps = pool.length;
  const per = Math.floor(missing / gaps);
  let extra = missing - per * gaps;
  const parts = pool.map((item) => {
    let pad = per;
    if (extra > 0) {
      pad++;
      extra--;
    }
    return (pad > 0 ? '\n' + ' '.repeat(pad - 1) : '') + item;
  });
  json = `[${parts.join(',')}]`;
  if (json.length !== length) throw new Error(`sizeMatchedJson: ${json.length} ≠ ${length}`);
  return json;
}
