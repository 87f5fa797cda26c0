/**
 * When a missing final clause may be fixed, and with what (quick-fix review, items 10, 18, 19).
 * A fix must keep what the text states: it must not give an instrument an exit, a duration or a
 * consent of its own that the text withholds, nor insert a library formula that presupposes
 * machinery the text does not have (a depositary, ratification, a single place of signature).
 */
import type { Instrument } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { unionTerritory } from '../../data/european-union';
import { sameRealm } from '../../data/realms';
import { countryOfPlace } from '../../data/signature-places';
import { coversTopic } from './applicability';
import type { ClauseNeed } from './library-fit';

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
 *
 * Nor where that one place is in neither Party's territory: "DONE at Brussels" between the
 * Netherlands and Liechtenstein (NL–LI TIEA 2009, testimonium; twenty-fifth run) makes "the Party
 * in whose territory it was signed" nobody, and so does a place the checker cannot locate
 * (data/signature-places.ts). There the clause that fits has the treaty registered by the Party
 * that made the last of the notifications its entry into force follows (`effect … after last
 * notification`): a Party the text itself singles out. Without such notifications no clause is
 * offered, only `registration article-102`.
 */
export function registrationClauseFits(model: SemanticModel, instrument: Instrument): boolean | ClauseNeed {
  if (!model.isBilateral || model.isExchange) return false;
  const signature = instrument.signature;
  const places = new Set([signature?.place?.value, ...(signature?.more ?? []).map((s) => s.place?.value)].filter((p): p is string => p !== undefined));
  if (places.size !== 1) return false;
  if (!model.signatories.every((p) => p.effective.kind?.value !== 'international-organisation')) return false;
  const where = countryOfPlace([...places][0]);
  if (where !== undefined && model.signatories.some((p) => inTerritoryOf(p.jurisdiction, where))) return { id: 'registration/treaty' };
  const effect = instrument.effect;
  return effect?.afterLast === true && effect.event?.value === 'notification' ? { id: 'registration/treaty-last-notification' } : false;
}

/** Whether a place in `country` is in the territory of a party with this jurisdiction: its own, a part of its realm (The Hague for the Kingdom in respect of Aruba), or a part of it inside the Union (Cayenne for France). */
function inTerritoryOf(jurisdiction: string | undefined, country: string): boolean {
  if (jurisdiction === undefined) return false;
  return jurisdiction === country || sameRealm(jurisdiction, country) || unionTerritory(country)?.memberState === jurisdiction;
}
