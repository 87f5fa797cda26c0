/**
 * A treaty performed by dated acts: one with no final clause of its own at all, whose own words
 * fix on the calendar when its rules apply and what is to be done by when, all within its first
 * year after signature. The memorandum on the cessation of hostilities "constituting an
 * Agreement between the Republic of Indonesia and the Kingdom of the Netherlands", signed on
 * 15 August 1962, is the case (twenty-ninth real-instrument run): "Cessation of hostilities … is
 * to take place at 00.01 GMT on Saturday 18 August 1962. As from that moment the following rules
 * will be observed" (para. 1), a United Nations force to be placed at the disposal of the
 * Temporary Executive Authority "not later than 1 October 1962" (para. 7), and nothing on entry
 * into force, consent, duration, termination or amendment.
 *
 * The Vienna Convention answers each silence of such a text as its parties meant it:
 * - it was in force on signature: failing a provision, "a treaty enters into force as soon as
 *   consent to be bound by the treaty has been established for all the negotiating States"
 *   (Art. 24(2)), and a text whose rules apply three days after signature shows that "the
 *   negotiating States were agreed that signature should have that effect" (Art. 12(1)(b));
 * - it is not open to denunciation: a treaty "which contains no provision regarding its
 *   termination and which does not provide for denunciation or withdrawal is not subject to
 *   denunciation or withdrawal" unless that was intended or follows from its nature (Art. 56(1)),
 *   and a cease-fire is the instrument that should not be denounceable; it lasts until it is
 *   performed or superseded;
 * - it "may be amended by agreement between the parties" (Art. 39).
 *
 * What follows for the checks: a concluded text of this kind (signed before the reference month,
 * model/conclusion.ts) is not asked for a duration, an exit or an amendment procedure, which
 * would be bad advice to the parties; a draft of it is still asked (the drafters may want to
 * say so), but no fix gives it an exit on notice or an indefinite term, and the fixes for
 * consent and entry into force are signature, the reading of Arts. 12(1)(b) and 24(2), never a
 * ratification or notification procedure its dated operation rules out.
 *
 * The test is narrow on purpose. In a signed text any final clause (in the header or in the
 * clauses' own words), an implemented treaty, or a date in the text before signature or more than
 * a year after it (a treaty of 1955 cited, a deadline years ahead) takes the instrument out: an
 * ordinary treaty that simply omits its final clauses is still asked for them. A draft rests on
 * its dates alone: the clauses the checker offers on it (`effect on signature`, `consent by
 * signature`, `amendment by written agreement`) do not take it out, or the drafter who takes the
 * fixes in turn would be offered the notification, term and exit the dates rule out at the second
 * step (fourth quick-fix review, item 1); a duration or termination clause of its own does.
 *
 * A second reading: a treaty whose object is one performance. The Agreement of 11 March 1994
 * between the Netherlands (in respect of Aruba) and the United States on forfeited assets
 * (BWBV0003774; thirty-first run) "pertains only to the transfer of the dollars 92,702.40
 * referenced in paragraph 1 above" (para. 5): a single transfer, its use and one report within
 * six months (paras. 1–3), in force on signature. Its obligations end by performance; silent on
 * termination, it ends when its object is performed or by consent of the parties (VCLT Art. 54),
 * is not open to denunciation (Art. 56(1)) and "may be amended by agreement between the parties"
 * (Art. 39). Signed, it is not asked for an exit or an amendment procedure. Narrow again: the
 * text must say in its own words that it pertains (relates, applies) only to the transfer,
 * payment or delivery of something, must set up no body and no cooperation, and every channel
 * must be a report from one sender under a deadline; a duration or termination clause of its
 * own takes it out (nothing to read then); an amendment clause, which says nothing of the
 * object, does not (fourth quick-fix review, item 2). A draft is still asked.
 */
import type { ClauseTopic } from '../../ast/topics';
import { concludedText, conclusionOf } from '../../model/conclusion';
import type { SemanticModel } from '../../model/semantic-model';
import { monthNames } from '../../util/month-names';
import { coversTopic } from './applicability';
import { implementedTreaty } from './implementing-arrangement';
import { oncePer } from '../../util/once-per';
import { singleSpaced } from '../../util/single-spaced';
import { matchesOf } from '../../util/all-matches';

export interface DatedOperation {
  /** The dates as the text writes them ("18 August 1962", "1 October 1962"), first ones first. */
  readonly dates: readonly string[];
  /** The signature date, ISO 8601, for messages; undefined for a draft that does not date its signature yet. */
  readonly signed: string | undefined;
}

/** The final-clause topics whose presence makes a signed instrument an ordinary treaty. */
const finalClauseTopics: readonly ClauseTopic[] = ['entry-into-force', 'consent', 'duration', 'termination', 'amendment'];
/** A draft's own answer on how long it lasts and how it ends: then there is no silence to read. */
const endTopics: readonly ClauseTopic[] = ['duration', 'termination'];

const month = monthNames.join('|');
/** "18 August 1962", "Saturday 18 August 1962", "the 1st of October 1962", "August 18, 1962". */
const datesInWords = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${month})\s+(\d{4})\b|\b(${month})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'gu');

/** A year after signature: the window in which a text's dated acts show it is performed, not a standing regime. */
const windowDays = 366;
const dayMs = 86_400_000;

/**
 * A date the text cites rather than sets: the day another act was signed, adopted or done ("the
 * Agreement of 15 August 1955", "signed at New York on 26 June 1945"). In a signed text such a
 * date falls before signature and takes the instrument out; a draft without a signature date
 * cannot tell that way, so it reads the words before the date. A place abbreviated with points
 * ("signed in Washington, D.C. on November 20, 1992", NL(Aruba)–US 1994) is still one phrase.
 */
const citedBefore = /(?:\bof\s+(?:the\s+)?|\b(?:dated|signed|done|adopted|concluded|opened\s+for\s+signature)\b(?:[^.;]|\b[A-Z]\.){0,40}?\bon\s+(?:the\s+)?)$/iu;

const operationOf = oncePer(findDatedOperation);

/**
 * The dated operation of a binding instrument with no final clause at all whose every date falls
 * within its first year after signature; undefined otherwise.
 */
export function datedOperation(model: SemanticModel): DatedOperation | undefined {
  return operationOf(model);
}

/** The dated operation of a text that is no longer a draft (signed before the reference month). */
export function performedInstrument(model: SemanticModel): DatedOperation | undefined {
  return concludedText(model.ast) ? datedOperation(model) : undefined;
}

function findDatedOperation(model: SemanticModel): DatedOperation | undefined {
  const instrument = model.ast.instrument;
  if (!instrument || model.legalNature !== 'treaty' || model.isExchange) return undefined;
  if (instrument.implements ?? instrument.provisionalApplication ?? (instrument.incorporations.length > 0 || undefined)) return undefined;
  if (implementedTreaty(model)) return undefined;
  const draft = conclusionOf(model.ast) === undefined && !concludedText(model.ast);
  // A signed text is read as its parties left it: any final clause of theirs takes it out. A
  // draft is read on its dates: the entry into force, consent or amendment clause the checker
  // itself offers on it (`effect on signature`, `amendment by written agreement`) says nothing
  // against them (fix-review-4, item 1); only its own answer on how long it lasts or how it ends does.
  const header = draft
    ? (instrument.duration ?? instrument.termination)
    : (instrument.effect ?? instrument.consent ?? instrument.duration ?? instrument.termination ?? instrument.amendment);
  if (header !== undefined) return undefined;
  if ((draft ? endTopics : finalClauseTopics).some((topic) => coversTopic(model, topic))) return undefined;
  const found: { words: string; time: number; cited: boolean }[] = [];
  for (const clause of model.ast.clauses) {
    const text = singleSpaced(model.clauseText(clause) ?? '');
    for (const match of matchesOf(text, datesInWords)) {
      const [day, name, year] = match[1] !== undefined ? [match[1], match[2], match[3]] : [match[5], match[4], match[6]];
      const cited = citedBefore.test(text.slice(Math.max(0, match.index - 80), match.index));
      found.push({ words: match[0].replace(/^the\s+/u, ''), time: Date.UTC(Number(year), monthNames.indexOf(name), Number(day)), cited });
    }
  }
  const conclusion = conclusionOf(model.ast);
  if (!conclusion) return concludedText(model.ast) ? undefined : draftOperation(found);
  const signed = Date.UTC(conclusion.day.year, conclusion.day.month - 1, conclusion.day.day);
  // The final formula dates the signature itself ("DONE on this fifteenth day of August 1962"):
  // only dates after it are the text's operation.
  const operative = found.filter((d) => d.time > signed);
  if (operative.length === 0) return undefined;
  if (found.some((d) => d.time < signed || d.time - signed > windowDays * dayMs)) return undefined;
  return { dates: inOrder(operative), signed: conclusion.iso };
}

/**
 * A draft that does not date its signature yet (fix-review-3, item 1: the cease-fire with its
 * conclusion taken out). A drafter writes the days of operation before the day of signature
 * exists, and a treaty "enters into force in such manner and upon such date as it may provide"
 * (VCLT Art. 24(1)): a text that sets its cease-fire "at 00.01 GMT on Saturday 18 August 1962"
 * provides for operation then, which an entry into force on ratification or on notifications of
 * internal procedures would contradict. Read without a signature: every date the text sets (none
 * cited: "the Agreement of 15 August 1955") falls within a year of the first, as a signed text's
 * fall within its first year after signature.
 */
function draftOperation(found: readonly { words: string; time: number; cited: boolean }[]): DatedOperation | undefined {
  if (found.length === 0 || found.some((d) => d.cited)) return undefined;
  const first = Math.min(...found.map((d) => d.time));
  if (found.some((d) => d.time - first > windowDays * dayMs)) return undefined;
  return { dates: inOrder(found), signed: undefined };
}

function inOrder(dates: readonly { words: string; time: number }[]): string[] {
  return [...new Set([...dates].sort((a, b) => a.time - b.time).map((d) => d.words))];
}

/** "This Agreement pertains only to the transfer of …": the instrument's object is one performance. */
const onePerformanceWords =
  /\b(?:this|the present)\s+(?:agreement|treaty|arrangement|exchange of notes|exchange of letters)\s+(?:pertains|relates|applies|is limited)\s+(?:only|solely|exclusively)?\s*to\s+(?:only\s+|solely\s+)?the\s+(?:single\s+|one-time\s+)?(?:transfer|payment|delivery|sale|donation|handover|hand-over)\s+of\b(?:[^.;]|\.(?=\d))*/iu;

/** The clause words by which a signed treaty says its object is one performance; undefined otherwise. */
export function onePerformance(model: SemanticModel): string | undefined {
  const ast = model.ast;
  const instrument = ast.instrument;
  if (!instrument || model.legalNature !== 'treaty') return undefined;
  // An amendment clause says nothing about the object (fix-review-4, item 2): only a duration or an
  // exit of the text's own takes it out.
  if (instrument.duration ?? instrument.termination) return undefined;
  if (endTopics.some((topic) => coversTopic(model, topic))) return undefined;
  if (ast.bodies.length > 0 || ast.cooperations.length > 0) return undefined;
  // A standing exchange needs its final clauses; a report due once from one sender does not.
  if (ast.channels.some((c) => c.senders.length !== 1 || c.deadlines.length === 0)) return undefined;
  for (const clause of ast.clauses) {
    const match = singleSpaced(model.clauseText(clause) ?? '').match(onePerformanceWords);
    if (match) return match[0].trim();
  }
  return undefined;
}

/** A concluded treaty whose object is one performance, or one performed by dated acts: not asked for an exit or an amendment procedure. */
export function performedOrOnePerformance(model: SemanticModel): boolean {
  return concludedText(model.ast) !== undefined && (datedOperation(model) !== undefined || onePerformance(model) !== undefined);
}

/** "“18 August 1962” and “1 October 1962”", for messages. */
export function operationDates(operation: DatedOperation): string {
  const quoted = operation.dates.slice(0, 3).map((d) => `“${d}”`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
