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
 * prints no date of entry into force).
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

/** The sentence that names the record that would settle Art. 96's condition, or '' where none would. */
export function entryIntoForceWouldSettle(model: SemanticModel, senders: readonly PartyFacts[], regime: TransferRegime): string {
  const cutoff = grandfatheredBefore[regime];
  const conclusion = conclusionOf(model.ast);
  if (model.legalNature !== 'treaty' || !cutoff || !conclusion || conclusion.consent === 'given' || !concludedText(model.ast)) return '';
  // Already recorded (before the day it settles the condition; on or after it, it cannot), or not bilateral (VCLT Art. 24(3)).
  if (recordedEntryIntoForce(model.ast) || !bilateral(model)) return '';
  if (consentRelativeTo(model.ast, dayOf(cutoff.time)) !== 'unknown') return '';
  if (!senders.every((s) => actsForState(s) && membershipOn(s.jurisdiction, conclusion.day) === 'member')) return '';
  // Short: the message may already carry the Law Enforcement Directive's sentence (NL–UAE 2015); the reason is the rationale's.
  return ` Record its entry into force from the treaty series (\`entered into force on <date> "<source>"\`): a bilateral treaty in force before ${cutoff.date} was concluded before it, and this is then a note.`;
}

/** Bilateral as model/conclusion.ts reads it for a recorded date: the document's parties, as model/instrument-form.ts counts them. */
function bilateral(model: SemanticModel): boolean {
  return instrumentForm(model.ast, model.ast.parties.map((p) => ({ id: p.id?.text ?? '', classOf: p.classOf }))).form === 'bilateral';
}
