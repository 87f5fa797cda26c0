/**
 * When a missing final clause may be fixed, and with what (quick-fix review, items 10, 18, 19).
 * A fix must keep what the text states: it must not give an instrument an exit, a duration or a
 * consent of its own that the text withholds, nor insert a library formula that presupposes
 * machinery the text does not have (a depositary, ratification, a single place of signature).
 */
import type { Instrument } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { coversTopic } from './applicability';

/**
 * An instrument that enters into force with another (`effect on entry-into-force`: a protocol
 * that "shall form an integral part of the Agreement … and shall enter into force on the same
 * date as the Agreement", Aruba–BVI 2009): its consent, duration and exit are that instrument's,
 * and a consent, term or notice of its own would cut it loose from it (VCLT Art. 2(1)(a), "embodied
 * in … two or more related instruments").
 */
export function takesEffectWithAnother(instrument: Instrument): boolean {
  return instrument.effect?.event?.value === 'entry-into-force';
}

/**
 * How long the instrument lasts is said in its own words, in a clause ("shall remain in force until
 * otherwise agreed by the Parties", deep sea-bed memorandum 1991, Art. 6(1)): those words may
 * withhold a unilateral exit on purpose (termination by consent only, VCLT Art. 54(b)), which the
 * language has no statement for. A notice period added beside them would create the exit.
 */
export function durationInWords(model: SemanticModel): boolean {
  return coversTopic(model, 'duration');
}

/** The exit of an instrument is settled in words the exit fixes would contradict. */
export function exitSettledInWords(model: SemanticModel, instrument: Instrument): boolean {
  return takesEffectWithAnother(instrument) || durationInWords(model);
}

/** The means of consent that are deposited with a depositary (VCLT Art. 16(b)). */
const deposited = /^(?:ratif|accept|approv|accession)/i;

/**
 * The library's depositary clause lists the depositary's functions, among them informing the
 * States of "the deposit of any instrument of ratification, acceptance, approval or accession". It
 * fits a treaty that is silent on consent or consents by such an instrument, not one whose Parties
 * consent by signature and notification to each other (deep sea-bed memorandum 1991, Art. 6(2)).
 */
export function depositaryClauseFits(instrument: Instrument): boolean {
  const means = instrument.consent?.means ?? [];
  return means.length === 0 || means.some((m) => deposited.test(m.text));
}

/**
 * The library's registration clauses name who registers: "the Party in whose territory it was
 * signed" (bilateral) or "the Depositary" (multilateral). The first names someone only where the
 * treaty was signed in one place by two States: not for an exchange of notes or letters, signed
 * in two capitals, nor where a party is an international organisation, which has no territory
 * (and an agreement of the United Nations is registered by the Secretariat ex officio). The
 * second is never right for this finding, which a depositary already answers (VCLT Art. 80(2)).
 */
export function registrationClauseFits(model: SemanticModel, instrument: Instrument): boolean {
  if (!model.isBilateral || model.isExchange) return false;
  const signature = instrument.signature;
  const places = new Set([signature?.place?.value, ...(signature?.more ?? []).map((s) => s.place?.value)].filter((p): p is string => p !== undefined));
  if (places.size !== 1) return false;
  return model.signatories.every((p) => p.effective.kind?.value !== 'international-organisation');
}
