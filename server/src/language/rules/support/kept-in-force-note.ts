/**
 * When a possible transfer without a Chapter V basis is a note, not a warning: the treaty is
 * concluded, and it is established that every sender, a Member State on the day, consented to be
 * bound before the day of the grandfathering clause. "International agreements involving the
 * transfer of personal data to third countries or international organisations which were concluded
 * by Member States prior to 24 May 2016, and which comply with Union law as applicable prior to that
 * date, shall remain in force until amended, replaced or revoked" (GDPR Art. 96; Art. 61 of the Law
 * Enforcement Directive says the same of agreements concluded before 6 May 2016). Such a treaty
 * stands as signed, and what is left is a review: whether it complied with the law then applicable,
 * and the basis to state in any instrument that amends or replaces it (sixtieth run, item 5).
 *
 * Established means: consent on the date of conclusion (a definitive signature, the reply of an
 * exchange) before the day, or an entry into force dated before it (consent precedes it): the date
 * the text fixes, or, for a bilateral treaty, the date recorded from its source (`entered into force
 * on 2013-07-01 "Trb. 2013, 123"`; the NL–BVI, NL–India, NL–South Africa and NL–Montserrat reviews). A text
 * signed before the day subject to ratification, with no date of consent or of entry into force,
 * stays a warning: a Member State "concludes" it when it consents to be bound, which may come after
 * the day (the Aruba–Czech Republic TIEA, signed on 29 June 2015 and not in force in May 2017, and
 * the Netherlands–Cuba Convention of 2013, whose reviewers judged such findings right at warning,
 * test/real-instruments). An EEA EFTA State, a
 * State that acceded later, and a convention dated only by its opening for signature stay warnings too.
 */
import { actsForState, type TransferRegime } from '../../model/applicability';
import { concludedText, conclusionOf, consentRelativeTo, dayOf, inForceBefore } from '../../model/conclusion';
import type { PartyFacts, SemanticModel } from '../../model/semantic-model';
import { membershipOn } from '../../data/union-membership';
import { grandfatheredBefore } from '../../data/union-rules';

/** The sentence that says why the finding is a note, or undefined where it stays a warning. */
export function keptInForceNote(model: SemanticModel, senders: readonly PartyFacts[], regime: TransferRegime): string | undefined {
  const cutoff = grandfatheredBefore[regime];
  const conclusion = conclusionOf(model.ast);
  if (model.legalNature !== 'treaty' || !cutoff || !conclusion || !concludedText(model.ast)) return undefined;
  const day = dayOf(cutoff.time);
  const before = consentRelativeTo(model.ast, day) === 'before';
  if (!before || !senders.every((s) => actsForState(s) && membershipOn(s.jurisdiction, conclusion.day) === 'member')) return undefined;
  const when = conclusion.consent === 'given' ? `consent was given on ${conclusion.iso} (${conclusion.what})` : (inForceBefore(model.ast, day)?.words ?? 'it entered into force before then');
  return `A note, not a warning: the text is concluded and ${when}, before ${cutoff.date}, so what is left is to review whether it complied with Union law as applicable then (${cutoff.article}) and to state the basis in any instrument that amends or replaces it.`;
}
