/**
 * What would settle GDPR Art. 96's condition where the header leaves it open: a concluded bilateral
 * treaty signed before the day, whose consent to be bound the header does not date (a signature
 * subject to ratification, or notifications of completed internal procedures). The checks never
 * guess that consent came before the day from the signature alone — a signed treaty may stay
 * unratified for years (the Aruba–Czech Republic TIEA, signed on 29 June 2015 and not in force in
 * May 2017) — but the date of entry into force the treaty series prints does settle it: a bilateral
 * treaty enters into force only once both Parties have consented to be bound (VCLT Arts. 11–16, 24;
 * read: BWBV0003441), so a date before the day makes the finding Art. 96's note
 * (support/kept-in-force-note.ts). The finding says so, so that the transcriber knows which fact to
 * look up (ninety-first run, defect 1: the NL–Antigua and Barbuda TIEA of 2009, whose series file
 * prints no date of entry into force); and, since that date is then all that stands between the
 * finding and Art. 96's note, it is itself a note that says which way the date decides (r115 D2:
 * three reviewers, of the NL–Montserrat, NL–BVI and NL(Antilles)–Sweden TIEAs of 2009, judged the
 * warning an overstatement).
 *
 * Said only where recording such a date would change the finding: a treaty, concluded, bilateral,
 * signed before the day, consent not given on that date, no date of entry into force recorded or
 * fixed by the text before the day, and every sender a Member State acting for its State on the day
 * of signature (otherwise the note is not given whatever the date: kept-in-force-note.ts).
 */
import { actsForState, type TransferRegime } from '../../model/applicability';
import { concludedText, conclusionOf, consentRelativeTo, dayOf, recordedEntryIntoForce } from '../../model/conclusion';
import { instrumentForm } from '../../model/instrument-form';
import type { PartyFacts, SemanticModel } from '../../model/semantic-model';
import { membershipOn } from '../../data/union-membership';
import { grandfatheredBefore } from '../../data/union-rules';

/** Whether a recorded date of entry into force would settle Art. 96's condition: then it is all that is open. */
export function entryIntoForceWouldSettle(model: SemanticModel, senders: readonly PartyFacts[], regime: TransferRegime): boolean {
  const cutoff = grandfatheredBefore[regime];
  const conclusion = conclusionOf(model.ast);
  if (model.legalNature !== 'treaty' || !cutoff || !conclusion || conclusion.consent === 'given' || !concludedText(model.ast)) return false;
  // Already recorded (before the day it settles the condition; on or after it, it cannot), or not bilateral (VCLT Art. 24(3)).
  if (recordedEntryIntoForce(model.ast) || !bilateral(model)) return false;
  // A record that does not count (before the signature, a day not yet passed): the date is there, to be checked, not asked for.
  if (model.ast.instrument?.enteredIntoForce) return false;
  // A day of entry into force the text fixes (`effect on 2016-06-01`) is the date a record would give:
  // on or after the day, no record settles when the Parties consented (r115 D2).
  if (model.ast.instrument?.effect?.date?.valid) return false;
  if (consentRelativeTo(model.ast, dayOf(cutoff.time)) !== 'unknown') return false;
  if (!senders.every((s) => actsForState(s) && membershipOn(s.jurisdiction, conclusion.day) === 'member')) return false;
  return true;
}

/**
 * The same record asked for where the finding is a note because only it is open (hundred-and-fifteenth
 * run, defect 2: a warning on the NL(Antilles)–Sweden TIEA signed on 10 September 2009): the words say
 * which way the date decides, so that the note is not read as Art. 96 settled. `short` where the
 * message has no room for the reason.
 */
export function openConsentNote(short: boolean): string {
  const cutoff = grandfatheredBefore.GDPR!;
  const record = '`entered into force on <date> "<source>"`';
  if (short) return ` A note while its consent is undated: record its entry into force (${record}).`;
  return ` A note, not a warning, while the only open question is when it was concluded: record its entry into force from the treaty series (${record}); in force before ${cutoff.date}, it was concluded before that day and this stays a note; in force on or after it, Art. 96 may not keep it, and this is a warning.`;
}

/** Bilateral as model/conclusion.ts reads it for a recorded date: the document's parties, as model/instrument-form.ts counts them. */
function bilateral(model: SemanticModel): boolean {
  return instrumentForm(model.ast, model.ast.parties.map((p) => ({ id: p.id?.text ?? '', classOf: p.classOf }))).form === 'bilateral';
}
