/**
 * When the instrument was concluded, as the document dates it — the one place the rules read it
 * from (GDPR Art. 96 and Art. 61 of the Law Enforcement Directive keep in force agreements
 * "concluded" by Member States before their dates).
 *
 * A treaty constituted by an exchange of notes or letters is made by the reply: "The consent of
 * States to be bound by a treaty constituted by instruments exchanged between them is expressed by
 * that exchange" (VCLT Art. 13), and the notes have no signature statement of their own (eighteenth
 * real-instrument run: the Netherlands–United States notes of 11 July 1991 were taken for undated,
 * and a transfer finding that Art. 96 answers was raised at error). Any other instrument is dated
 * by its (last) signature.
 *
 * Whether the parties consented to be bound on that date is said too: an exchange and a definitive
 * signature bind (Arts. 12, 13); a signature "subject to ratification, acceptance or approval" does
 * not (Art. 14), and consent then comes later, on a date the document cannot know (seventeenth
 * run: the Macolin Convention, signed in 2014, was not in force for the Netherlands in 2017).
 */
import type { Clause, DateValue, EntenteDocument } from '../ast/nodes';
import { referenceDay } from '../data/reference-date';
import { finalFormulaDay, namesSignatories } from './signed-words';
import { lastSignature, replyDate, type Day } from './timing';
import { oncePer } from '../util/once-per';
import { instrumentForm } from './instrument-form';
import { providesRetroactiveEntryIntoForce, statesStartOn } from './retroactive-entry-into-force';
import { instrumentSelfName } from '../library/document-values';

export interface Conclusion {
  readonly day: Day;
  /** The date as written in the header (the reply note's date, or the signature's), for ranges; none where the final formula dates the text. */
  readonly date?: DateValue;
  /** The date as ISO 8601 text, for messages. */
  readonly iso: string;
  /** What the date is, in words: "the date of the reply", "the signature date"… */
  readonly what: string;
  /** The act that concluded it: "the reply", "the last signature", "the signature". */
  readonly event: string;
  /** "signed", or "adopted" where the header opens the text for signature after the date (model/timing.ts). */
  readonly verb: 'signed' | 'adopted';
  /**
   * `given`: the parties consented to be bound on that date (the exchange, a definitive
   * signature); `later`: the text is signed subject to ratification, acceptance, approval or a
   * notification that comes after; `unknown`: the document does not say how consent is expressed.
   */
  readonly consent: 'given' | 'later' | 'unknown';
}

/** Means of consent that follow signature (VCLT Arts. 14–16), and a notification that internal procedures are complete. */
const laterConsent = /^(?:ratif|accept|approv|accession|notif)/i;

/**
 * The date of conclusion, if the document dates it: the reply of an exchange, else the last signature;
 * failing both, the date of its own final formula ("DONE at The Hague, this third day of April 1964"),
 * read as the header's `done … on` would be. One date for every finding: read from the formula for
 * "concluded" but not for the EC/EU era or UN membership, the text was called concluded in 1964 and
 * its party "an EU Member State bound by Union law" (hundred-and-ninth run, defect 1; r110 D2).
 */
export function conclusionOf(document: EntenteDocument): Conclusion | undefined {
  const header = headerConclusion(document);
  if (header) return header;
  const day = concludedText(document)?.formulaDay;
  return day && { day, iso: isoOf(day), what: 'the date of its final formula', event: 'the signature', verb: 'signed', consent: consentOn(document, false) };
}

function headerConclusion(document: EntenteDocument): Conclusion | undefined {
  const header = document.instrument;
  const exchange = header?.form?.form?.value !== undefined || (header?.signature === undefined && document.notes.some((n) => n.answers));
  const reply = exchange ? replyDate(document) : undefined;
  const dated = reply ?? lastSignature(document);
  if (!dated) return undefined;
  // A text adopted before it is opened for signature binds no one on the day of adoption:
  // signature, and any ratification, come after it.
  return { ...dated, iso: isoOf(dated.day), consent: dated.verb === 'adopted' ? 'later' : consentOn(document, reply !== undefined) };
}

/**
 * Why a text is no longer a draft, in words for messages: "the signature date is 2006-03-15".
 * `conclusion` is there when the header dates the signature or the exchange (the rules on
 * conclusion read only that); the other signals say the text is signed without dating it so.
 */
export interface Concluded {
  readonly evidence: string;
  readonly conclusion: Conclusion | undefined;
  /**
   * The day its final formula dates it, where that is the evidence (no header date): a date as good
   * as the signature's for what turns on when the text was concluded, such as whether the Vienna
   * Convention can govern it (VCLT Art. 4; hundred-and-second run, defect 2).
   */
  readonly formulaDay?: Day;
}

/**
 * Whether the text is no longer a draft: its wording has been authenticated (VCLT Art. 10) and, where
 * consent was given with it, binds (Arts. 12, 13), so that a clause can be added to it only by
 * amendment (Art. 39), not as a drafter completes a draft. The signals, in order, each with a date
 * on or before Entente's reference day (data/reference-date.ts), because a signature, an exchange or
 * an opening for signature dated then has taken place — no drafter dates a planned one in the past:
 *  - the header's signature, or the reply of an exchange (`conclusionOf`);
 *  - the header's `opened for signature … on <date>`: a convention is adopted, and its text
 *    authenticated, before it is opened for signature (Arts. 9, 10) — the 1980, 1999 and 2000
 *    conventions and the GWP memorandum of 2002 state no other date (export review 3, item 1);
 *  - the text's own final formula with a whole date ("DONE at St. Peter Port … this 25th day of
 *    April 2008"), for a transcription whose header cannot date it;
 *  - a signature block that prints the names of the persons who signed (the Guernsey memorandum
 *    of 2008 has no date or formula, only "For the Kingdom of the Netherlands J.C. DE JAGER");
 *  - the header's `signed on unstated`: the transcriber states that the text was signed on a date
 *    it does not give (the Brawijaya letter of intent of 1979 has no date, formula or signature
 *    block; only the Governments' letters say it was "signed by the two universities").
 * A draft has none of these: its dates are planned (after the reference day), its formula has
 * blanks, its signature lines have no names (model/signed-words.ts), and its header gives a date
 * or none, never `unstated`.
 */
export function concludedText(document: EntenteDocument): Concluded | undefined {
  // Every finding (analysis/concluded-text-fixes.ts) and several rules ask, and the answer reads
  // every clause body: read once per parse.
  return concludedOnce(document);
}

const concludedOnce = oncePer(readConcluded);

/**
 * What a clause's words say of the text's signing: the date of its final formula, and (read when
 * asked) whether it names the persons who signed. A function of the clause's body alone, kept with
 * its node: a draft's keystroke reads the edited clause's words only, not every clause's against
 * the final-formula patterns (a fortieth of a steady keystroke at 10k lines; issue #11).
 */
const signingByClause = new WeakMap<Clause, Signing>();

function signingOf(clause: Clause): Signing {
  let signing = signingByClause.get(clause);
  if (!signing) signingByClause.set(clause, (signing = { day: finalFormulaDay(clause.body?.value ?? '') }));
  return signing;
}

type Signing = { readonly day: Day | undefined; names?: boolean };

/**
 * The last few lists of clauses read, with each clause's reading: a new tree's list, whose nodes
 * are mostly the very same (an incremental parse keeps every untouched node), takes the readings
 * of the nodes at the same places by an identity check, not a lookup per node.
 */
const lastSignings: { readonly clauses: WeakRef<readonly Clause[]>; readonly signings: readonly Signing[] }[] = [];
const keptLists = 8;

function signingsOf(clauses: readonly Clause[]): readonly Signing[] {
  let like: readonly Clause[] | undefined;
  let likeSignings: readonly Signing[] | undefined;
  for (const last of lastSignings) {
    // Held weakly: a closed document's tree is not kept alive by this list.
    const before = last.clauses.deref();
    if (before === clauses) return last.signings;
    if (like === undefined && before !== undefined && before.length === clauses.length) [like, likeSignings] = [before, last.signings];
  }
  const signings: Signing[] = new Array(clauses.length);
  for (let i = 0; i < clauses.length; i++) signings[i] = like !== undefined && like[i] === clauses[i] ? likeSignings![i] : signingOf(clauses[i]);
  lastSignings.unshift({ clauses: new WeakRef(clauses), signings });
  if (lastSignings.length > keptLists) lastSignings.pop();
  return signings;
}

function readConcluded(document: EntenteDocument): Concluded | undefined {
  const conclusion = headerConclusion(document);
  if (conclusion) return passed(conclusion.day) ? { evidence: conclusion.verb === 'adopted' ? `it was adopted on ${conclusion.iso}` : `${conclusion.what} is ${conclusion.iso}`, conclusion } : undefined;
  const opened = document.instrument?.openedForSignature?.date;
  if (opened?.valid && passed(opened)) return { evidence: `it was opened for signature on ${isoOf(opened)}`, conclusion: undefined };
  const clauses = document.clauses;
  const signings = signingsOf(clauses);
  let formulaDay: Day | undefined;
  for (let i = 0; i < signings.length; i++) if ((formulaDay = signings[i].day) !== undefined) break;
  if (formulaDay) return passed(formulaDay) ? { evidence: `its final formula dates it ${isoOf(formulaDay)}`, conclusion: undefined, formulaDay } : undefined;
  for (let i = 0; i < signings.length; i++) {
    const signing = signings[i];
    signing.names ??= namesSignatories(clauses[i].body?.value ?? '');
    if (signing.names) return { evidence: 'its signature block names the persons who signed it', conclusion: undefined };
  }
  if (document.instrument?.signature?.unstatedDate) return { evidence: 'it was signed, on a date the text does not state', conclusion: undefined };
  return undefined;
}

/** On or before the reference day: the one fixed "now" the rules compare with (no clock in the core). */
function passed({ year, month, day }: Day): boolean {
  const reference = referenceDay;
  return year !== reference.year ? year < reference.year : month !== reference.month ? month < reference.month : day <= reference.day;
}

/**
 * Whether the header puts the consent to be bound after the signature or the exchange: consent by
 * ratification, acceptance, approval or accession, or entry into force after one of them or after
 * a notification — for an exchange too ("shall enter into force on the date on which both
 * Governments have notified each other that their constitutional requirements have been complied
 * with").
 */
export function consentFollowsConclusion(document: EntenteDocument): boolean {
  const header = document.instrument;
  const means = header?.consent?.means.map((m) => m.text) ?? [];
  return laterConsent.test(header?.effect?.event?.value ?? '') || means.some((m) => laterConsent.test(m));
}

/**
 * Whether the parties consented to be bound before `day`, as the header dates it: `before`, `after`,
 * or `unknown`. Consent given on the date of conclusion is dated by it. Consent that follows
 * signature (or adoption) cannot precede it, so a text signed on or after `day` was consented to
 * after it; one signed before is dated only by an entry into force before `day`, the one the header
 * fixes or the one the transcriber recorded from a source (no State is bound by a treaty in force
 * before it consented). Otherwise the document cannot
 * know: a signature subject to ratification does not express consent to be bound (VCLT Art. 14(1);
 * it obliges the signatory only to refrain from acts that would defeat the object and purpose of the
 * treaty, Art. 18(a)), and the test
 * of what the Union's rules require of a Member State is the day it bound itself (treaty lawyer
 * lr10, defect 10).
 */
export function consentRelativeTo(document: EntenteDocument, day: Day): 'before' | 'after' | 'unknown' {
  const conclusion = conclusionOf(document);
  if (!conclusion) return 'unknown';
  if (conclusion.consent === 'given') return compareDays(conclusion.day, day) < 0 ? 'before' : 'after';
  if (compareDays(conclusion.day, day) >= 0) return 'after';
  return inForceBefore(document, day) ? 'before' : 'unknown';
}

/**
 * An entry into force on a known day: every Party had consented to be bound by then, since a
 * treaty binds a State only once it has consented and enters into force only as the consents it
 * requires are given (VCLT Arts. 11–16, 24). `words` says it for a message.
 */
export interface DatedEntryIntoForce {
  readonly day: Day;
  readonly iso: string;
  readonly words: string;
}

/**
 * The first dated entry into force before `day`, if any, for a bilateral treaty: the date the
 * transcriber recorded from a source (`entered into force on 2013-07-01 "Trb. 2013, 123"`), or the
 * date the text itself fixes (`effect on 2011-09-01`). A date on or after the day says nothing of
 * consent before it: the consents may have come at any time between signature and entry into
 * force. Neither date dates a Party's consent in a treaty with more Parties: one in force on a fixed
 * day binds from then those that have consented, and a State that consents later from its own date
 * (VCLT Art. 24(3); treaty lawyer lr20, defect 3) — unless no Party consents after signing
 * (`closedWithoutLaterConsent`), when the fixed date binds them all.
 */
export function inForceBefore(document: EntenteDocument, day: Day): DatedEntryIntoForce | undefined {
  const recorded = recordedEntryIntoForce(document);
  if (recorded && bilateral(document) && compareDays(recorded.day, day) < 0) return { day: recorded.day, iso: recorded.iso, words: `it entered into force on ${recorded.iso}, as recorded in "${recorded.source}"` };
  const effect = document.instrument?.effect?.date;
  if (effect?.valid && (bilateral(document) || closedWithoutLaterConsent(document)) && compareDays(effect, day) < 0) return { day: effect, iso: effect.text, words: `it entered into force on ${effect.text}` };
  return undefined;
}

/**
 * Whether the treaty is between two single Parties, read from this document's declarations as
 * model/instrument-form.ts reads it. Only then does its entry into force date both consents: a
 * multilateral treaty enters into force "in such manner and upon such date as it may provide"
 * (VCLT Art. 24(1)), often once some of its signatories have consented, and for a State that
 * consents later only on that State's date (Art. 24(3)).
 */
function bilateral(document: EntenteDocument): boolean {
  return instrumentForm(document, document.parties.map((p) => ({ id: p.id?.text ?? '', classOf: p.classOf }))).form === 'bilateral';
}

/**
 * A treaty between named Parties only, none of whom consents after signing: more than two declared,
 * none a class, no accession, no opening for signature, no entry into force for later consents,
 * and no ratification, acceptance, approval or notification to follow the signature. A date its
 * text fixes for entry into force then binds every Party from that date, since there is no later
 * consent for Art. 24(3) to date (the Benelux–Korea visa Agreement of 1970, "This Agreement shall
 * enter into force on 1 June, 1970", signed by four Governments on 28 April 1970).
 */
function closedWithoutLaterConsent(document: EntenteDocument): boolean {
  const header = document.instrument;
  const open = header?.openedForSignature || header?.subsequentEffect || header?.consent?.means.some((m) => /^accession$/i.test(m.text));
  return !open && document.parties.length > 2 && document.parties.every((p) => p.classOf === undefined) && !consentFollowsConclusion(document);
}

/** The recorded entry into force, where it is evidence: a concluded text, a valid date with its source, on or after its conclusion, not after the reference day. */
export interface RecordedEntryIntoForce {
  readonly day: Day;
  readonly iso: string;
  readonly source: string;
}

/**
 * `entered into force on <date> "<source>"`, read only where it can be evidence of consent: on a
 * concluded text, on a passed day, and not before the signature or opening it is compared with
 * (`entryIntoForceRecordProblem`). A date before them is ignored even where the text allows it (a
 * retroactive entry into force): such a date is fixed by agreement, and says nothing of when any
 * Party consented (treaty lawyer lr20, defect 2).
 */
export function recordedEntryIntoForce(document: EntenteDocument): RecordedEntryIntoForce | undefined {
  const record = document.instrument?.enteredIntoForce;
  const date = record?.date;
  if (!record?.source || !date?.valid || !passed(date) || !concludedText(document) || precededEvent(document, date)) return undefined;
  return { day: date, iso: date.text, source: record.source.value };
}

/** Why a recorded entry into force cannot stand as written: `certain` where the document contradicts it (an error), else a check of the source (a warning). */
export interface EntryIntoForceRecordProblem {
  readonly message: string;
  readonly certain: boolean;
}

/**
 * Why a recorded entry into force cannot be true of this document, or may not be, in words for a
 * message. Certain: a draft has not entered into force, and a day after the reference day has not
 * yet passed (data/reference-date.ts); a date before the signature (or the opening for signature)
 * where the header counts entry into force from an event, which cannot precede the text. Only
 * doubtful otherwise: a treaty "enters into force in such manner and upon such date as it may
 * provide or as the negotiating States may agree" (VCLT Art. 24(1); read: BWBV0003441), which may
 * be an earlier day ("shall be deemed to have entered into force on 1 January 1991"; lr20, defect
 * 2), so the date is to be checked against the source, not corrected; and none at all where the
 * text's words give the earlier day to the entry into force itself (model/retroactive-entry-into-force.ts),
 * or state as its start the day of an `effect on` before the signature. Words that deny
 * retroactivity, or that date only the treaty’s application, do not count (lr21, defects 1, 9): they
 * leave the finding as it is, so that an event-based entry into force stays an error beside them.
 */
export function entryIntoForceRecordProblem(document: EntenteDocument): EntryIntoForceRecordProblem | undefined {
  const date = document.instrument?.enteredIntoForce?.date;
  if (!date?.valid) return undefined;
  const reference = `${isoOf(referenceDay)}`;
  if (!passed(date)) return { certain: true, message: `${date.text} is after Entente's reference day (${reference}): a date that has not passed is not a recorded fact. Correct it from its source, or remove the statement until the treaty has entered into force.` };
  if (!concludedText(document)) return { certain: true, message: `The text is a draft (it dates no signature or exchange on or before ${reference}, and states no other sign of being signed): a draft has not entered into force. Remove the statement, or date the text's signature (\`signed … on …\`) if it is signed.` };
  const preceded = precededEvent(document, date);
  if (!preceded) return undefined;
  const effect = document.instrument?.effect;
  const fixed = effect?.date?.valid ? effect.date : undefined;
  const words = document.clauses.map((clause) => clause.body?.value ?? '');
  // The text's own earlier day: words that make the entry into force retroactive, or that state the
  // earlier `effect on` day as the start or the entry into force (lr21, defects 1, 9; lr22, D2) —
  // not as the day from which the treaty applies (lr22, D11).
  const kind = document.instrument?.kind.value;
  const selfName = kind && instrumentSelfName(kind, document.instrument?.title?.value);
  if (providesRetroactiveEntryIntoForce(words) || (fixed && compareDays(fixed, preceded.day) < 0 && statesStartOn(words, fixed, true, selfName))) return undefined;
  const before = `${date.text} is before ${preceded.what} (${preceded.iso})${preceded.note}`;
  if (effect?.event) return { certain: true, message: `${before}, and the header has the treaty enter into force from an event (\`effect … ${effect.event.value}\`) that cannot come before it: the text's own terms cannot give this date. Correct one of the dates from the source (VCLT Art. 24(1)).` };
  return { certain: false, message: `${before}. A treaty enters into force "upon such date as it may provide or as the negotiating States may agree" (VCLT Art. 24(1)), so an earlier day is possible where the parties made the entry into force retroactive ("shall be deemed to have entered into force on …"), and nothing in the transcribed text says so. Check the date against the source: correct it if it is a slip; keep it if the source gives that date, and transcribe the clause that provides it. Until then the checks do not read it as a day by which any Party had consented.` };
}

/**
 * The dated act a recorded entry into force falls before, if any: the conclusion (the reply of an
 * exchange, or the last signature) of a bilateral treaty, whose entry into force needs both
 * signatures; otherwise the first signature (or the adoption), since a treaty with more Parties
 * enters into force once the consents it requires are given and binds a State that consents later
 * from that State's own date (VCLT Art. 24(1), (3); lr20, defect 1: Iceland signed the Budapest
 * Convention after its entry into force); and the opening for signature.
 */
function precededEvent(document: EntenteDocument, date: Day): { day: Day; iso: string; what: string; note: string } | undefined {
  const conclusion = conclusionOf(document);
  const signatures = document.instrument?.signature;
  const signed = [signatures?.date, ...(signatures?.more.map((m) => m.date) ?? [])].filter((d): d is DateValue => d?.valid === true);
  const several = conclusion?.event === 'the last signature' && !bilateral(document);
  const first = several ? signed.reduce((a, b) => (compareDays(b, a) < 0 ? b : a)) : undefined;
  const bound = first ? { day: first, iso: isoOf(first), what: 'the date of the first signature', note: ' (a later signature does not bound it: a State that consents after the entry into force is bound from its own date, VCLT Art. 24(3))' } : conclusion && { day: conclusion.day, iso: conclusion.iso, what: conclusion.what, note: '' };
  if (bound && compareDays(date, bound.day) < 0) return bound;
  const opened = document.instrument?.openedForSignature?.date;
  if (opened?.valid && compareDays(date, opened) < 0) return { day: opened, iso: opened.text, what: 'the day the text was opened for signature', note: '' };
  return undefined;
}

/** The calendar day (UTC) of a time, as the cut-off days of data/union-rules.ts are given. */
export function dayOf(time: number): Day {
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Negative, zero or positive as `a` is before, on or after `b`. */
export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Whether the date of conclusion is also the date of consent. */
function consentOn(document: EntenteDocument, byReply: boolean): Conclusion['consent'] {
  if (consentFollowsConclusion(document)) return 'later';
  if (byReply) return 'given';
  // Consent by signature alone (a definitive signature), or entry into force on signature.
  const means = document.instrument?.consent?.means.map((m) => m.text) ?? [];
  if ((means.length > 0 && means.every((m) => /^signature$/i.test(m))) || document.instrument?.effect?.event?.value === 'signature') return 'given';
  return 'unknown';
}

/** The day the text was concluded as ISO 8601, as far as the document dates it (`conclusionOf`). */
export function concludedOn(document: EntenteDocument): string | undefined {
  return conclusionOf(document)?.iso;
}

function isoOf(day: Day): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`;
}

/**
 * Why a finding on a concluded text has no fix that changes the text: added where a fix is withheld
 * (analysis/concluded-text-fixes.ts), and by a rule to its findings that offer none for another
 * reason, so that all the findings of one rule on one text say it alike (thirty-third run).
 */
export function concludedNote(concluded: Concluded): string {
  return `The text is concluded (${concluded.evidence}): ${amendingInstrumentNote}`;
}

/** The general note's advice, for a rule that gives it on its fixless findings too (rules/rule.ts, `onConcludedText`). */
export const amendingInstrumentNote = 'no fix that changes it is offered; the point is for an amending instrument or the next draft.';
