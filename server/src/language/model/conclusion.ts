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
import type { DateValue, EntenteDocument } from '../ast/nodes';
import { referenceDay } from '../data/reference-date';
import { lastSignature, replyDate, type Day } from './timing';

export interface Conclusion {
  readonly day: Day;
  /** The date as written (the reply note's date, or the signature's), for ranges. */
  readonly date: DateValue;
  /** The date as ISO 8601 text, for messages. */
  readonly iso: string;
  /** What the date is, in words: "the date of the reply", "the signature date"… */
  readonly what: string;
  /** The act that concluded it: "the reply", "the last signature", "the signature". */
  readonly event: string;
  /**
   * `given`: the parties consented to be bound on that date (the exchange, a definitive
   * signature); `later`: the text is signed subject to ratification, acceptance, approval or a
   * notification that comes after; `unknown`: the document does not say how consent is expressed.
   */
  readonly consent: 'given' | 'later' | 'unknown';
}

/** Means of consent that follow signature (VCLT Arts. 14–16), and a notification that internal procedures are complete. */
const laterConsent = /^(?:ratif|accept|approv|accession|notif)/i;

/** The date of conclusion, if the document dates it: the reply of an exchange, else the last signature. */
export function conclusionOf(document: EntenteDocument): Conclusion | undefined {
  const header = document.instrument;
  const exchange = header?.form?.form?.value !== undefined || (header?.signature === undefined && document.notes.some((n) => n.answers));
  const reply = exchange ? replyDate(document) : undefined;
  const dated = reply ?? lastSignature(document);
  if (!dated) return undefined;
  return { ...dated, iso: isoOf(dated.day), consent: consentOn(document, reply !== undefined) };
}

/**
 * The conclusion of a text that is no longer a draft: one the document dates (the reply of an
 * exchange, else the last signature) before the month of Entente's reference data
 * (data/reference-date.ts). Its text has been authenticated by that signature or exchange (VCLT
 * Art. 10) and, where consent was given with it, binds (Arts. 12, 13): a clause can be added to it
 * only by amendment (Art. 39), not as a drafter completes a draft. Undefined for an undated text
 * or one dated later (a signature still planned).
 */
export function concludedText(document: EntenteDocument): Conclusion | undefined {
  const conclusion = conclusionOf(document);
  if (!conclusion) return undefined;
  const { year, month, day } = conclusion.day;
  const before = year !== referenceDay.year ? year < referenceDay.year : month !== referenceDay.month ? month < referenceDay.month : day < referenceDay.day;
  return before ? conclusion : undefined;
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

/** Whether the date of conclusion is also the date of consent. */
function consentOn(document: EntenteDocument, byReply: boolean): Conclusion['consent'] {
  if (consentFollowsConclusion(document)) return 'later';
  if (byReply) return 'given';
  // Consent by signature alone (a definitive signature), or entry into force on signature.
  const means = document.instrument?.consent?.means.map((m) => m.text) ?? [];
  if ((means.length > 0 && means.every((m) => /^signature$/i.test(m))) || document.instrument?.effect?.event?.value === 'signature') return 'given';
  return 'unknown';
}

function isoOf(day: Day): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`;
}
