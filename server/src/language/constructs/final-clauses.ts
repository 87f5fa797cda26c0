/**
 * How each statement of the instrument header reaches the signed text: as its conventional
 * final clause, in the instrument's own wording (treaty: "shall", "Parties", "enter into force";
 * MoU: "will", "Participants", "come into effect"). The table is typed by `HeaderItem['type']`,
 * so a header statement added to the language without saying how it is rendered fails the
 * type-check instead of being dropped from the text.
 *
 * A clause says what the header states and nothing more. The clause library's model clauses
 * carry more than a header fact (arbitral tribunals, the effect of termination on activities
 * under way, who registers, the depositary's functions, "at least", "through diplomatic
 * channels"); putting them in the drafter's text would make the instrument say what the drafter
 * never wrote, so they are not used here — a drafter who wants one adds it as a `clause`, and
 * the header fact it covers is then not said a second time. Sentence forms follow the treaty
 * texts in /work/research/sources/nl-treaty-practice-examples.md and the MoU forms of
 * national-mou-guidance.md.
 */
import type { ConsentClause, EffectClause, HeaderItem, Instrument, Quantity, ValueClause } from '../ast/nodes';
import type { ClauseTopic } from '../ast/topics';
import type { Paragraph, RenderContext } from './construct';

/** A header statement rendered as an article of its own, or said elsewhere (and where). */
export type FinalClause =
  | { readonly order: number; readonly topic: ClauseTopic | undefined; heading(header: Instrument, r: RenderContext): string; paragraphs(header: Instrument, r: RenderContext): Paragraph[] }
  | { readonly elsewhere: string };

export const finalClauses: { readonly [K in HeaderItem['type']]: FinalClause } = {
  Status: { order: 0, topic: 'non-binding-status', heading: () => 'Status', paragraphs: status },
  Consent: { order: 1, topic: 'consent', heading: () => 'Consent to be bound', paragraphs: (h, r) => (h.consent ? consent(h.consent, r) : []) },
  Effect: { order: 2, topic: 'entry-into-force', heading: (_, r) => (r.treaty ? 'Entry into force' : 'Coming into effect'), paragraphs: (h, r) => (h.effect ? effect(h.effect, h, r) : []) },
  Duration: { order: 3, topic: 'duration', heading: () => 'Duration', paragraphs: duration },
  Termination: { order: 4, topic: 'termination', heading: (h, r) => exitWords(h, r).heading, paragraphs: termination },
  Amendment: { order: 5, topic: 'amendment', heading: () => 'Amendment', paragraphs: amendment },
  Disputes: { order: 6, topic: 'disputes', heading: (_, r) => (r.treaty ? 'Settlement of disputes' : 'Settlement of differences'), paragraphs: disputes },
  GoverningLaw: { order: 7, topic: undefined, heading: () => 'Applicable law', paragraphs: governingLaw },
  Reservations: { order: 8, topic: 'reservations', heading: () => 'Reservations', paragraphs: (h, r) => valueClause(h.reservations, r, reservations) },
  Depositary: { order: 9, topic: 'depositary', heading: () => 'Depositary', paragraphs: (h, r) => valueClause(h.depositary, r, depositary) },
  Registration: { order: 10, topic: 'registration', heading: () => 'Registration', paragraphs: (h, r) => valueClause(h.registration, r, registration) },
  Languages: { elsewhere: 'the final formula: "Done at … in the English and Estonian languages", "equally authentic" only when the header says `authentic`' },
  Signature: { elsewhere: 'the final formula and the signature blocks' },
};

function status(h: Instrument, r: RenderContext): Paragraph[] {
  switch (h.status?.value) {
    case 'non-binding':
      return [`This ${r.self} records the intentions of the ${r.participants}. It is not intended to be legally binding and does not create any legally binding commitment under international or domestic law.`];
    case 'undetermined':
      return [r.placeholder(`statement of whether this ${r.self} is legally binding`)];
    // A treaty says nothing of its own status: its wording and final clauses make it binding.
    default:
      return [];
  }
}

/** The means of consent a treaty names, in the order VCLT Art. 11 lists them. */
const consentOrder = ['signature', 'ratification', 'acceptance', 'approval', 'accession', 'notification'];

function consent(c: ConsentClause, r: RenderContext): Paragraph[] {
  // Consent to be bound is a treaty's; a non-binding instrument expresses none (the checks say so).
  if (!r.treaty) return [];
  const means = c.means.map((m) => m.value ?? m.text);
  if (means.length === 0) return [r.placeholder('means of consent to be bound')];
  const known = consentOrder.filter((m) => means.includes(m));
  const other = means.filter((m) => !consentOrder.includes(m));
  const result: Paragraph[] = [];
  const bySignatories = known.filter((m) => m !== 'accession');
  const who = r.signatories > 2 ? 'each signatory State' : `each ${r.participant}`;
  if (bySignatories.length > 0) result.push(`The consent of ${who} to be bound by this ${r.self} shall be expressed by ${alternatives(bySignatories)}.`);
  if (known.includes('accession')) result.push(`The consent of a State that has not signed this ${r.self} to be bound by it shall be expressed by accession.`);
  if (other.length > 0) result.push(`The consent of ${who} to be bound by this ${r.self} shall be expressed by ${r.placeholder(`means of consent (“${other.join(', ')}” is not one the text can name)`)}.`);
  return result;
}

/** The means are alternatives: "signature, ratification, acceptance or approval". */
const alternatives = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`);

/** "on the ninetieth day following", "three months after", "on". */
function after(delay: Quantity | undefined, r: RenderContext): string {
  if (!delay) return 'on';
  if (delay.unit.value === 'day' && Number.isInteger(delay.amount) && delay.amount > 0) return `on the ${r.ordinal(delay.amount)} day following`;
  return `${r.quantity(delay)} after`;
}

/** The act an event word names, as the date the text counts from. */
function eventDate(event: string, e: EffectClause, h: Instrument, r: RenderContext): string {
  const instrumentOf = ['ratification', 'acceptance', 'approval', 'accession'].includes(event);
  if (e.count !== undefined) {
    const nth = r.ordinal(e.count);
    if (instrumentOf) return h.depositary ? `the date of deposit of the ${nth} instrument of ${event}` : `the date of the ${nth} ${event}`;
    return `the date of the ${nth} ${event === 'signature' ? 'signature' : event}`;
  }
  if (event === 'signature') return `the date of its signature${e.afterLast ? ` by the last of the ${r.participants} to sign it` : ''}`;
  if (event === 'notification') {
    const procedures = r.treaty ? 'their internal procedures required for its entry into force have been completed' : 'their internal procedures have been completed';
    return `the date of receipt of ${e.afterLast ? 'the last of the notifications' : 'the notification'} by which the ${r.participants} inform each other that ${procedures}`;
  }
  return e.afterLast ? `the date of the last ${event}` : `the date of ${event}`;
}

function effect(e: EffectClause, h: Instrument, r: RenderContext): Paragraph[] {
  const This = `This ${r.self}`;
  const event = e.event?.value ?? e.event?.text;
  if (e.date) return [`${This} ${r.will} ${r.enterIntoForce} on ${r.date(e.date, `date of ${r.treaty ? 'entry into force' : 'coming into effect'}`)}.`];
  if (event === 'entry-into-force') {
    const parent = r.parent ?? r.placeholder('title of the instrument this annex belongs to');
    return [`${This} forms an integral part of ${parent} and ${r.will} ${r.enterIntoForce} on the same date as ${r.parent ? `that ${lastWordOfTitle(r.parent)}` : parent}.`];
  }
  if (!event) return [`${This} ${r.will} ${r.enterIntoForce} ${r.placeholder('date or event of entry into force')}.`];
  if (!e.delay && e.count === undefined) return [`${This} ${r.will} ${r.enterIntoForce} on ${eventDate(event, e, h, r)}.`];
  return [`${This} ${r.will} ${r.enterIntoForce} ${after(e.delay, r)} ${eventDate(event, e, h, r)}.`];
}

function duration(h: Instrument, r: RenderContext): Paragraph[] {
  const d = h.duration;
  if (!d) return [];
  const This = `This ${r.self}`;
  const inForce = r.treaty ? 'in force' : 'in effect';
  if (d.indefinite) return [r.treaty ? `${This} is concluded for an indefinite period.` : `${This} will remain in effect for an indefinite period.`];
  const term = d.term ? r.quantity(d.term) : r.placeholder('term');
  const result = [`${This} ${r.will} remain ${inForce} for a period of ${term}.`];
  // `renewable` says that the term can be renewed, not how or by whom: the text says no more.
  if (d.renewable) result.push(`It may be renewed for further periods of ${d.renewalTerm ? r.quantity(d.renewalTerm) : term}.`);
  return [result.join(' ')];
}

/** How the instrument is left: an MoU is discontinued; a treaty terminated, denounced or withdrawn from, as the header says. */
function exitWords(h: Instrument, r: RenderContext): { heading: string; verb: string; noun: string; object: string } {
  const This = `this ${r.self}`;
  if (!r.treaty) return r.signatories > 2 ? { heading: 'Discontinuation', verb: 'discontinue its participation in', noun: 'Discontinuation', object: This } : { heading: 'Discontinuation', verb: 'discontinue', noun: 'Discontinuation', object: This };
  const keyword = h.termination?.keyword.value;
  if (keyword === 'withdrawal') return { heading: 'Withdrawal', verb: 'withdraw from', noun: 'Withdrawal', object: This };
  if (keyword === 'denunciation' || (keyword !== 'termination' && r.signatories > 2)) return { heading: 'Denunciation', verb: 'denounce', noun: 'Denunciation', object: This };
  return { heading: 'Termination', verb: 'terminate', noun: 'Termination', object: This };
}

function termination(h: Instrument, r: RenderContext): Paragraph[] {
  const t = h.termination;
  if (!t) return [];
  const words = exitWords(h, r);
  const who = r.signatories === 2 ? `Either ${r.participant}` : `Any ${r.participant}`;
  // To whom notice goes: the other signatory, or the Depositary when the header names one; otherwise the text does not say.
  const to = r.treaty && r.signatories > 2 ? (h.depositary ? ' addressed to the Depositary' : '') : r.signatories === 2 ? ` to the other ${r.participant}` : ` to the other ${r.participants}`;
  const first = `${who} may ${words.verb} ${words.object} by ${r.treaty ? 'notification' : 'notice'}${to}.`;
  const notice = t.notice ? r.quantity(t.notice) : r.placeholder('period of notice');
  const receipt = r.treaty ? 'the date of receipt of the notification' : 'the date of receipt of the notice';
  return [`${first} ${words.noun} ${r.treaty ? 'shall take' : 'will take'} effect ${notice} after ${receipt}.`];
}

const ratificationWords = ['ratification', 'acceptance', 'approval'];

function amendment(h: Instrument, r: RenderContext): Paragraph[] {
  const a = h.amendment;
  if (!a) return [];
  const procedure = a.procedure.trim();
  if (!procedure) return [`This ${r.self} may be amended ${r.placeholder('amendment procedure')}.`];
  // `amendment by ratification`: an amendment goes through the procedure it names, nothing is said of who proposes it.
  if (ratificationWords.includes(procedure)) return [`Amendments to this ${r.self} ${r.treaty ? 'shall be' : 'will be'} subject to ${procedure}.`];
  const byThem = /\b(decision|consent|agreement|arrangement)$/.test(procedure) ? ` of the ${r.participants}` : '';
  return [`This ${r.self} may be amended by ${procedure}${byThem}.`];
}

const amicable = (m: string) => m === 'consultation' || m === 'negotiation';
const meansWords: Readonly<Record<string, string>> = { icj: 'the International Court of Justice', court: 'a court', arbitration: 'arbitration', mediation: 'mediation', conciliation: 'conciliation' };

function disputes(h: Instrument, r: RenderContext): Paragraph[] {
  const d = h.disputes;
  if (!d) return [];
  const means = d.means.map((m) => m.text);
  if (means.length === 0) return [];
  const forum = d.forum ? withThe(r.phrase(d.forum)) : undefined;
  const first = means.filter(amicable);
  const third = means.filter((m) => !amicable(m)).map((m) => meansWords[m] ?? m);
  const subject = r.treaty ? `Any dispute between the ${r.participants} concerning the interpretation or application of this ${r.self}` : `Any difference arising from the interpretation or implementation of this ${r.self}`;
  const between = r.treaty ? '' : ` between the ${r.participants}`;
  if (third.length === 0) return [`${subject} ${r.will} be settled by ${r.list(first)}${between}.`];
  const before = forum ? ` before ${forum}` : '';
  if (first.length === 0) return [`${subject} ${r.will} be submitted to ${alternatives(third)}${before}.`];
  return [`${subject} ${r.will} be settled by ${r.list(first)}${between}. A ${r.treaty ? 'dispute' : 'difference'} that cannot be so settled ${r.will} be submitted to ${alternatives(third)}${before}.`];
}

/** "the Agreement between … on Cooperation in Cyber Defence" → "Agreement": how the text refers back to it. */
function lastWordOfTitle(title: string): string {
  return /^(?:the\s+)?(\p{L}+)/u.exec(title)?.[1] ?? 'instrument';
}

const withThe = (name: string) => (/^the\s/i.test(name) ? name : `the ${name}`);

function governingLaw(h: Instrument, r: RenderContext): Paragraph[] {
  const law = h.governingLaw?.law;
  if (!law) return [];
  const written = 'value' in law ? r.phrase(law) : law.text;
  return [`This ${r.self} ${r.will} be governed by ${written === 'international' ? 'international law' : written}.`];
}

function valueClause(v: ValueClause | undefined, r: RenderContext, render: (value: string, quoted: boolean, r: RenderContext) => Paragraph[]): Paragraph[] {
  if (!v?.value) return [];
  return 'value' in v.value ? render(r.phrase(v.value), true, r) : render(v.value.text, false, r);
}

function reservations(value: string, quoted: boolean, r: RenderContext): Paragraph[] {
  // A quoted value is the drafter's own wording: "only those provided for in Article 14 …".
  if (quoted) return [/^only\s/i.test(value) ? `The only reservations that may be made to this ${r.self} are ${value.replace(/^only\s+/i, '')}.` : `Reservations to this ${r.self}: ${value}.`];
  if (value === 'none') return [`No reservations may be made to this ${r.self}.`];
  if (value === 'permitted') return [`Reservations may be made to this ${r.self}.`];
  return [r.placeholder(`reservations (“${value}” is not a value the text can state)`)];
}

function depositary(value: string, quoted: boolean, r: RenderContext): Paragraph[] {
  const name = quoted ? value.replace(/^the\s+/i, '') : r.partyName({ text: value, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }).replace(/^the\s+/i, '');
  return [`The ${name} ${r.will} be the Depositary of this ${r.self}.`];
}

function registration(value: string, quoted: boolean, r: RenderContext): Paragraph[] {
  if (quoted) return [`${value[0]?.toUpperCase() ?? ''}${value.slice(1)}${/[.!?]$/.test(value) ? '' : '.'}`];
  if (value === 'none') return [];
  if (value !== 'article-102') return [r.placeholder(`registration (“${value}” is not a value the text can state)`)];
  // Who registers, and when, is not stated by `registration article-102`: the text does not say.
  return [`This ${r.self} ${r.will} be registered with the Secretariat of the United Nations in accordance with Article 102 of the Charter of the United Nations.`];
}

/** The final provisions: one article per header statement that reaches the text, in the conventional order. */
export function finalArticles(header: Instrument, r: RenderContext): { heading: string; paragraphs: Paragraph[] }[] {
  const rows = Object.values(finalClauses)
    .filter((row): row is Extract<FinalClause, { order: number }> => 'order' in row)
    .sort((a, b) => a.order - b.order);
  const result: { heading: string; paragraphs: Paragraph[] }[] = [];
  for (const row of rows) {
    if (row.topic && r.covered(row.topic)) continue;
    const paragraphs = row.paragraphs(header, r);
    if (paragraphs.length > 0) result.push({ heading: row.heading(header, r), paragraphs });
  }
  return result;
}
