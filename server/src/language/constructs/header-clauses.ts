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
 * the header fact it covers is then not said a second time. Sentence forms follow the final
 * clauses of the Dutch treaty series' English texts (the real instruments in
 * test/real-instruments/ name the ones read) and the MoU forms of national MoU guidance
 * (collected in team notes that are not kept in the repository).
 */
import type { ConsentClause, DepositaryClause, EffectClause, HeaderItem, Instrument, Quantity, Timing, ValueClause } from '../ast/nodes';
import { includingKindWords } from './final-clauses';
import type { Paragraph, RenderContext } from './construct';
import { drafterWrote } from './drafter-replaced';
import { amendsClause, implementedBy, implementsClause, incorporation, lastWordOfTitle, withThe } from './instrument-relations';
import { laterOfSentence } from './later-of-sentence';
import { consentByPartySentences } from './consent-by-party-sentence';
import { accessionInvitation, accessionOpening } from '../ast/consent-lists';
import { undatedActsBlank, accessionSentence, ownAct } from './consenting-states';
import { exitWords, termination } from './exit-clause';
import { duration } from './duration-clause';

/** A header statement rendered as an article of its own, or said elsewhere (and where). */
export type FinalClause =
  | { readonly order: number; heading(header: Instrument, r: RenderContext): string; paragraphs(header: Instrument, r: RenderContext): Paragraph[] }
  | { readonly elsewhere: string };

export const finalClauses: { readonly [K in HeaderItem['type']]: FinalClause } = {
  OpenedForSignature: { order: -1, heading: () => 'Signature', paragraphs: opened },
  Form: { order: -0.5, heading: () => 'Form', paragraphs: form },
  Status: { order: 0, heading: () => 'Status', paragraphs: status },
  Consent: { order: 1, heading: () => 'Consent to be bound', paragraphs: (h, r) => (h.consent ? consent(h.consent, h, r) : []) },
  Effect: { order: 2, heading: (_, r) => (r.treaty ? 'Entry into force' : 'Coming into effect'), paragraphs: (h, r) => [...(h.effect ? effect(h.effect, h, r) : []), ...subsequently(h, r)] },
  SubsequentEffect: { elsewhere: 'the entry-into-force article, after the first entry into force' },
  ProvisionalApplication: { order: 2.5, heading: () => 'Provisional application', paragraphs: provisional },
  Duration: { order: 3, heading: () => 'Duration', paragraphs: duration },
  Termination: { order: 4, heading: (h, r) => exitWords(h, r).heading, paragraphs: termination },
  Amendment: { order: 5, heading: () => 'Amendment', paragraphs: amendment },
  Disputes: { order: 6, heading: (_, r) => (r.treaty ? 'Settlement of disputes' : 'Settlement of differences'), paragraphs: disputes },
  GoverningLaw: { order: 7, heading: () => 'Applicable law', paragraphs: governingLaw },
  Reservations: { order: 8, heading: () => 'Reservations', paragraphs: (h, r) => valueClause(h.reservations, r, reservations) },
  Depositary: { order: 9, heading: (h) => ((h.depositary?.values.length ?? 0) > 1 ? 'Depositaries' : 'Depositary'), paragraphs: (h, r) => depositaries(h.depositary, r) },
  Incorporation: { order: 9.5, heading: () => 'Application of provisions of another instrument', paragraphs: incorporation },
  Implements: { order: -0.4, heading: () => 'Basis', paragraphs: implementsClause },
  ImplementedBy: { order: -0.3, heading: () => 'Implementing arrangements', paragraphs: implementedBy },
  Amends: { order: -0.45, heading: () => 'Treaty amended', paragraphs: amendsClause },
  Registration: { order: 10, heading: () => 'Registration', paragraphs: (h, r) => valueClause(h.registration, r, registration) },
  Languages: { elsewhere: 'the final formula: "Done at … in the English and Estonian languages", "equally authentic" only when the header says `authentic`' },
  // A fact of the treaty's life recorded by the transcriber, not words the Parties signed.
  EnteredIntoForce: { elsewhere: 'nowhere in the text: the recorded date of entry into force is the transcriber’s fact, read by the checks only' },
  Omitted: { elsewhere: 'an editorial mark where each omitted part sits, outside the text’s words (render/omission-marks.ts)' },
  Signature: { elsewhere: 'the final formula ("Done at … on …", "Issued at …", the originals and where they are deposited when stated) and the signature blocks' },
};

function status(h: Instrument, r: RenderContext): Paragraph[] {
  // `status non-binding unstated`: the text is silent on its status and the value is the reader's
  // judgement; a sentence on it would put that reading into the signatories' mouths (export review 2, item 12).
  if (h.items.some((i) => i.type === 'Status' && i.stated?.value === 'unstated')) return [];
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

function consent(c: ConsentClause, h: Instrument, r: RenderContext): Paragraph[] {
  // Consent to be bound is a treaty's; a non-binding instrument expresses none (the checks say so).
  if (!r.treaty) return [];
  // Each Party's own means (`… for NL, … for US`), or a blank where one list may not be every Party's.
  const byParty = consentByPartySentences(c, h, r, (listed) => alternatives([...consentOrder.filter((m) => listed.includes(m)), ...listed.filter((m) => !consentOrder.includes(m)).map((m) => r.placeholder(`means of consent (“${m}” is not one the text can name)`))]));
  if (byParty) return byParty;
  const means = c.means.map((m) => m.value ?? m.text);
  if (means.length === 0) return [r.placeholder('means of consent to be bound')];
  const known = consentOrder.filter((m) => means.includes(m));
  const other = means.filter((m) => !consentOrder.includes(m));
  const result: Paragraph[] = [];
  const bySignatories = known.filter((m) => m !== 'accession');
  const who = r.signatories > 2 ? 'each signatory State' : `each ${r.participant}`;
  if (bySignatories.length > 0) result.push(`The consent of ${who} to be bound by this ${r.self} shall be expressed by ${alternatives(bySignatories)}.`);
  if (known.includes('accession')) result.push(accessionSentence(accessionOpening(c, c.means), accessionInvitation(c, c.means), r));
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

const countNumbers = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** A number as treaty texts write small ones: "three States". */
const countWords = (n: number) => (Number.isInteger(n) && n >= 0 && n < countNumbers.length ? countNumbers[n] : String(n));

/** What those counted have done, in a sentence: "have ratified it". */
const doneWords: Readonly<Record<string, string>> = {
  signature: 'have signed it',
  ratification: 'have ratified it',
  acceptance: 'have accepted it',
  approval: 'have approved it',
  accession: 'have acceded to it',
  'consent-to-be-bound': 'have expressed their consent to be bound by it',
};

/** `by 3 States including 2 Convention-Parties`: "three States, including two States Parties to the Convention signatory hereto,". */
function counted(t: Timing, r: RenderContext): string {
  const noun = t.countNoun?.text ?? r.participants;
  const including = t.including
    ? `, including ${countWords(t.including.count)} ${includingKindWords.has(t.including.of.text) ? t.including.of.text : r.partyName(t.including.of).replace(/^the\s+/i, '')},`
    : '';
  return `${countWords(t.count ?? 0)} ${noun}${including}`;
}

/** The act an event word names, as the date the text counts from; `its` when one State's own act is meant (`subsequently`). */
function eventDate(event: string, e: Timing, h: Instrument, r: RenderContext, own = false): string {
  const instrumentOf = ['ratification', 'acceptance', 'approval', 'accession'].includes(event);
  if (e.count !== undefined && (e.including || event === 'consent-to-be-bound')) {
    return `the date on which ${counted(e, r)} ${doneWords[event] ?? `have given notice of ${event}`}`;
  }
  if (e.count !== undefined) {
    const nth = r.ordinal(e.count);
    if (instrumentOf) return h.depositary ? `the date of deposit of the ${nth} instrument of ${event}` : `the date of the ${nth} ${event}`;
    return `the date of the ${nth} ${event === 'signature' ? 'signature' : event}`;
  }
  // `after ratification by NL`: one named Party's act, that Party named (the notification has its words below; lr26, D2).
  if (e.notifier && event !== 'notification' && !own) return namedPartyActDate(event, e.notifier, h, r);
  if (event === 'consent-to-be-bound') {
    if (own) return 'the date of the expression of its consent to be bound';
    return e.afterLast ? `the date on which the last of the ${r.participants} has expressed its consent to be bound` : `the date on which the ${r.participants} have expressed their consent to be bound`;
  }
  if (event === 'reply') return 'the date of the reply';
  if (own && instrumentOf) return h.depositary ? `the date of deposit of its instrument of ${event}` : `the date of its ${event}`;
  if (event === 'signature') return `the date of its signature${e.afterLast ? ` by the last of the ${r.participants} to sign it` : ''}`;
  if (event === 'notification') {
    const procedures = r.treaty ? 'internal procedures required for its entry into force have been completed' : 'internal procedures have been completed';
    // `notification to "the Government of …"`: the receiver the text names (r100, defect 4: Arolsen 1993
    // Art. 3, "all signatories have informed the Government of the Federal Republic of Germany"), not each other.
    const to = addresseeWords(e, r);
    // `notification by NL`: one party's notification brings it into force.
    if (e.notifier) return `the date of receipt of the notification by which ${inSentence(r.partyName(e.notifier))} informs ${to ?? `the other ${r.signatories > 2 ? r.participants : r.participant}`} that its ${procedures}`;
    if (to) return `the date on which ${e.afterLast ? 'all the' : 'the'} ${r.participants} have informed ${to} that their ${procedures}`;
    return `the date of receipt of ${e.afterLast ? 'the last of the notifications' : 'the notification'} by which the ${r.participants} inform each other that their ${procedures}`;
  }
  return e.afterLast ? `the date of the last ${event}` : `the date of ${event}`;
}

/**
 * The date of one named Party's act: "the date on which the Kingdom of the Netherlands has expressed its
 * consent to be bound", never "the Parties have expressed their consent", which makes one Party's act
 * everybody's; "the date of ratification by …", never a bare "the date of ratification", which reads as
 * any Party's (lr26, D2). No deposit is said without a depositary: the text's procedure is its own.
 */
function namedPartyActDate(event: string, notifier: NonNullable<Timing['notifier']>, h: Instrument, r: RenderContext): string {
  const party = inSentence(r.partyName(notifier));
  if (event === 'consent-to-be-bound') return `the date on which ${party} has expressed its consent to be bound`;
  if (h.depositary && ['ratification', 'acceptance', 'approval', 'accession'].includes(event)) return `the date of deposit of the instrument of ${event} of ${party}`;
  return `the date of ${event} by ${party}`;
}

/** `to "the Government of …"` or `to DE`: the receiver, in the text's words or the party's name. */
const addresseeWords = (e: Timing, r: RenderContext) => (e.addressee ? ('multiline' in e.addressee ? r.phrase(e.addressee) : inSentence(r.partyName(e.addressee))) : undefined);

/** `last ratification to DE`: only a notification's receiver is worded; for another act a blank, not a dropped receiver. */
function strayAddressee(event: string, e: Timing, r: RenderContext): string {
  const to = event === 'notification' ? undefined : addresseeWords(e, r);
  return to ? ` ${r.placeholder(`how the ${event} reaches ${to}`)}` : '';
}

/** When a timing falls: "on the first day of the month following the expiration of a period of three months after …". */
function when(t: Timing, h: Instrument, r: RenderContext, what: string, own = false): string {
  if (t.date) return `on ${r.date(t.date, `date of ${what}`)}`;
  const event = t.event?.value ?? t.event?.text;
  if (!event) return r.placeholder(`date or event of ${what}`);
  const anchor = `${eventDate(event, t, h, r, own)}${strayAddressee(event, t, r)}`;
  if (t.firstDay) {
    const months = t.firstDay.months ?? 1;
    const month = months === 1 ? 'the month following' : `the ${r.ordinal(months)} month following`;
    return `on the first day of ${month} ${t.delay ? `the expiration of a period of ${r.quantity(t.delay)} after ` : ''}${anchor}`;
  }
  if (!t.delay) return `on ${anchor}`;
  return `${after(t.delay, r)} ${anchor}`;
}

function effect(e: EffectClause, h: Instrument, r: RenderContext): Paragraph[] {
  const This = `This ${r.self}`;
  const event = e.event?.value ?? e.event?.text;
  if (!e.date && event === 'entry-into-force') {
    const parent = r.parent ?? r.placeholder('title of the instrument this annex belongs to');
    return [`${This} forms an integral part of ${parent} and ${r.will} ${r.enterIntoForce} on the same date as ${r.parent ? `that ${lastWordOfTitle(r.parent)}` : parent}.`];
  }
  return [`${This} ${r.will} ${r.enterIntoForce} ${when(e, h, r, r.treaty ? 'entry into force' : 'coming into effect')}.`];
}

/**
 * `subsequently …`: for each State that consents once the instrument is in force (VCLT Art. 24(3)),
 * one sentence per statement read (ast/later-consents.ts), its subject the States that perform the
 * act it counts from (consenting-states.ts); `… whichever is later`: see later-of-sentence.ts.
 */
function subsequently(h: Instrument, r: RenderContext): Paragraph[] {
  const result = h.subsequentEffects.map((t): Paragraph => {
    const own = when(t, h, r, 'entry into force for that State', true);
    const act = ownAct(t.event?.value, r);
    if (t.laterOf) return laterOfSentence(t.laterOf, own, act, (e, event) => eventDate(event, e, h, r), h, r);
    return act ? `For each State that ${act} after its entry into force, this ${r.self} ${r.will} ${r.enterIntoForce} ${own}.` : `For any State that expresses its consent to be bound by this ${r.self} after its entry into force, this ${r.self} ${r.will} ${r.enterIntoForce} ${own}.`;
  });
  const unstated = undatedActsBlank(h, r);
  return unstated ? [...result, unstated] : result;
}
/** `provisional application [permitted] on signature [until …] [with notice [of …]]` (VCLT Art. 25): what the header states, no more. */
function provisional(h: Instrument, r: RenderContext): Paragraph[] {
  const p = h.provisionalApplication;
  if (!p) return [];
  const from = when(p, h, r, 'provisional application').replace(/^on /, 'from ');
  const until = p.untilDate ? ` until ${r.date(p.untilDate, 'end of provisional application')}` : p.untilEvent?.value === 'entry-into-force' ? ` until its entry into force` : '';
  // `permitted`: the text only says it "may" be applied provisionally (ninety-seventh run, defect 3).
  const result = [`This ${r.self} ${p.modality?.value === 'permitted' ? 'may' : r.will} be applied provisionally ${from}${until}.`];
  if (p.endsOnNotice) {
    const who = r.signatories === 2 ? `Either ${r.participant}` : `Any ${r.participant}`;
    const period = p.notice ? (p.noticeMinimum ? `, given at least ${r.quantity(p.notice)} in advance` : `; the provisional application ${r.will} end ${r.quantity(p.notice)} after the date of receipt of the notice`) : '';
    // Among three or more, a Party ends provisional application for itself (VCLT Art. 25(2): "with respect to a State"), not for all (r94, defect 1).
    result.push(`${who} may end the provisional application of this ${r.self}${r.signatories === 2 ? '' : ' with respect to itself'} by notice${r.signatories === 2 ? ` to the other ${r.participant}` : ''}${period}.`);
  }
  return result;
}

/** `opened for signature at "Stockholm" on 2002-03-21 until 2002-03-31`. */
function opened(h: Instrument, r: RenderContext): Paragraph[] {
  const o = h.openedForSignature;
  if (!o) return [];
  const where = o.place?.value.trim() ? ` at ${r.phrase(o.place)}` : '';
  const dates = o.date && o.until ? ` from ${r.date(o.date, 'date of opening for signature')} until ${r.date(o.until, 'closing date for signature')}` : o.date ? ` on ${r.date(o.date, 'date of opening for signature')}` : o.until ? ` until ${r.date(o.until, 'closing date for signature')}` : '';
  return [`This ${r.self} ${r.will} be open for signature${where}${dates}.`];
}

/** `form exchange-of-notes`: the instrument is the note and the reply (VCLT Art. 13). */
function form(h: Instrument, r: RenderContext): Paragraph[] {
  // Rendered as its letters, the export is the exchange: no letter says "constituted by an exchange of letters" of itself.
  if (r.letters) return [];
  const value = h.form?.form?.value;
  if (!value) return h.form ? [r.placeholder('form of the instrument')] : [];
  return [`This ${r.self} is constituted by an exchange of ${value === 'exchange-of-letters' ? 'letters' : 'notes'}.`];
}

/** A party's name inside a sentence: "The Government of …" becomes "the Government of …". */
const inSentence = (name: string) => name.replace(/^The\s/, 'the ');

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

/**
 * "The Secretary General of the Council of Europe and the Secretary General of OECD shall be the
 * Depositaries of this Convention" where the header names several (Tax Convention, Art. 2(3):
 * "(hereinafter referred to as the "Depositaries")").
 */
function depositaries(clause: DepositaryClause | undefined, r: RenderContext): Paragraph[] {
  if (!clause || clause.values.length === 0) return [];
  const names = clause.values.map((v) => ('value' in v ? r.phrase(v) : r.partyName(v)).replace(/^the\s+/i, ''));
  const several = names.length > 1;
  return [`The ${r.list(names.map((n, i) => (i === 0 ? n : `the ${n}`)))} ${r.will} be the ${several ? 'Depositaries' : 'Depositary'} of this ${r.self}.`];
}

function registration(value: string, quoted: boolean, r: RenderContext): Paragraph[] {
  if (quoted) return [`${value[0]?.toUpperCase() ?? ''}${value.slice(1)}${/[.!?]$/.test(value) ? '' : '.'}`];
  if (value === 'none') return [];
  if (value !== 'article-102') return [r.placeholder(`registration (“${value}” is not a value the text can state)`)];
  // Who registers, and when, is not stated by `registration article-102`: the text does not say.
  return [`This ${r.self} ${r.will} be registered with the Secretariat of the United Nations in accordance with Article 102 of the Charter of the United Nations.`];
}

/** The final provisions: one article per header statement that reaches the text, in the conventional order. */
export function finalArticles(header: Instrument, r: RenderContext): { heading: string; paragraphs: Paragraph[]; establishes: string[] }[] {
  // A political declaration has no final clauses: it is issued, and its final formula says where and when.
  if (header.kind.value === 'declaration') return [];
  const rows = (Object.entries(finalClauses) as [HeaderItem['type'], FinalClause][])
    .filter((row): row is [HeaderItem['type'], Extract<FinalClause, { order: number }>] => 'order' in row[1])
    .sort(([, a], [, b]) => a.order - b.order);
  const result: { heading: string; paragraphs: Paragraph[]; establishes: string[] }[] = [];
  for (const [type, row] of rows) {
    if (drafterWrote(type, r)) continue;
    const paragraphs = row.paragraphs(header, r);
    // `§amendment` in the drafter's prose cites the provision generated from the statement.
    if (paragraphs.length > 0) result.push({ heading: row.heading(header, r), paragraphs, establishes: [headerKey(type)] });
  }
  return result;
}

/** The key a generated final clause establishes, for the header statement it renders: what `§amendment` cites (model/provision-names.ts). */
export function headerKey(type: HeaderItem['type']): string {
  return `header:${type}`;
}
