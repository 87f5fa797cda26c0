/**
 * The words that say a treaty a Member State concluded before the GDPR or the Law Enforcement
 * Directive applied may stay in force (GDPR Art. 96, LED Art. 61), true of the State on the day it
 * concluded the treaty: shared by the Chapter V transfer rules (conflict-data-protection.ts,
 * missing-transfer-safeguards.ts) and missing-legal-framework.ts.
 */
import type { SemanticModel, PartyFacts } from '../../model/semantic-model';
import { actsForState, type TransferRegime } from '../../model/applicability';
import { conclusionOf, dayOf, inForceBefore } from '../../model/conclusion';
import type { Day } from '../../model/timing';
import { eeaEftaStates } from '../../data/european-union';
import { accessionWords, membershipOn } from '../../data/union-membership';
import { exchangeAwaitsFormalities, withThirdStatesOnly } from './accession-agreements';
import { grandfatheredBefore } from '../../data/union-rules';

/**
 * The conclusion sentence of `keptInForce` said of several Member States, which the same words
 * describe only when true of each (the senders grouped have the same sentence): each consents on
 * its own (VCLT Art. 14).
 */
export function forEachSender(basis: string | undefined): string | undefined {
  return basis?.replace('if the Member State concluded it', 'if each Member State concluded it').replace('concluded by a Member State on', 'concluded by each Member State on');
}

/**
 * That a treaty a Member State concluded before the GDPR or the Directive applied stays in force
 * if it complied with Union law as it then stood (GDPR Art. 96, LED Art. 61), in words for a
 * message; undefined for an MoU, a later treaty, or a sender that does not act for a State. The
 * date of conclusion is the model's (`conclusionOf`: the reply of an exchange of notes, else the
 * last signature). Where that date is not the date of consent — a signature subject to
 * ratification, or a header silent on consent — the sentence is conditional: a Member State
 * concludes a treaty when it consents to be bound by it, which may come years after signature
 * (seventeenth real-instrument run: the Macolin Convention, signed in 2014), unless an entry into force before the date dates it (`inForceBefore`).
 */
export function keptInForce(model: SemanticModel, exporter: PartyFacts, regime: TransferRegime): string | undefined {
  const instrument = model.ast.instrument;
  const conclusion = conclusionOf(model.ast);
  const cutoff = grandfatheredBefore[regime];
  if (model.legalNature !== 'treaty' || !instrument || !cutoff || !actsForState(exporter)) return undefined;
  const kept = `this ${instrument.kind.text} remains in force until amended, replaced or revoked if it complied with Union law as applicable before that date (${cutoff.article})`;
  if (!conclusion) return openedBefore(model, exporter, regime, kept);
  if (Date.UTC(conclusion.day.year, conclusion.day.month - 1, conclusion.day.day) >= cutoff.time) return undefined;
  const who = concludingState(exporter, conclusion.day, regime, withThirdStatesOnly(model, exporter, conclusion.day));
  const consent = conclusion.consent === 'given' && exchangeAwaitsFormalities(model) ? 'later' : conclusion.consent; // formalities to come: no consent by the reply (lr29, D5)
  if (consent === 'given') return `${who.prefix}concluded by ${who.name} on ${conclusion.iso} (${conclusion.what})${who.status}, before ${cutoff.date}, ${kept}`;
  // Consent dated by an entry into force before the day, unless membership changed between signature and it.
  const inForce = inForceBefore(model.ast, dayOf(cutoff.time));
  if (inForce && membershipOn(exporter.jurisdiction, inForce.day) === membershipOn(exporter.jurisdiction, conclusion.day)) return `${who.prefix}concluded by ${who.name}${who.status} before ${cutoff.date} (${inForce.words}, so its consent to be bound came no later), ${kept}`;
  const why = consent === 'later' ? 'consent follows it' : 'the header does not say whether signature bound the Parties';
  return `${who.prefix}if ${who.name === 'a Member State' ? 'the Member State' : who.name} concluded it (consented to be bound) before ${cutoff.date} (${conclusion.what} is ${conclusion.iso}; ${why}), ${kept}`;
}

/**
 * A convention the header dates only by its opening for signature (UNTOC 2000: "open to all States
 * for signature from 12 to 15 December 2000 in Palermo, Italy, and thereafter at United Nations
 * Headquarters in New York until 12 December 2002", Art. 36(1); no "done", no date of adoption): no
 * State concluded it before that day, and each may have consented to be bound at any time after it,
 * by signature and ratification or by accession (Art. 36(3)–(4)). Opened before the date, it may
 * be kept in force, and the sentence says so on that condition (twenty-eighth real-instrument run,
 * point 6); opened after it, it cannot be.
 */
function openedBefore(model: SemanticModel, exporter: PartyFacts, regime: TransferRegime, kept: string): string | undefined {
  const opened = model.ast.instrument?.openedForSignature?.date;
  const cutoff = grandfatheredBefore[regime];
  if (!opened?.valid || opened.time === undefined || !cutoff || opened.time >= cutoff.time) return undefined;
  // A State that acceded after the opening may have consented before or after its accession,
  // which would change who concluded it: no sentence rather than a wrong one (lg25).
  if (membershipOn(exporter.jurisdiction, { year: opened.year, month: opened.month, day: opened.day }) !== 'member') return undefined;
  const who = concludingState(exporter, { year: opened.year, month: opened.month, day: opened.day }, regime, true);
  return `${who.prefix}if ${who.name === 'a Member State' ? 'the Member State' : who.name} concluded it (consented to be bound) before ${cutoff.date} (the header gives no date of conclusion; the ${kindWord(model)} was opened for signature on ${opened.text}), ${kept}`;
}
const kindWord = (model: SemanticModel) => model.ast.instrument?.kind.text ?? 'instrument';

/**
 * Who concluded the treaty, true of the State on that day (who-is-bound review, item 10): "a Member State" only if it was
 * one then; an acceding State is named with its accession (TFEU Art. 351, read, for agreements with third States only:
 * support/accession-agreements.ts); an EEA EFTA State (or a Schengen associate) is not a Member State (conditional).
 */
function concludingState(exporter: PartyFacts, day: Day, regime: TransferRegime, thirdStates: boolean): { prefix: string; name: string; status: string } {
  const where = exporter.jurisdiction;
  const membership = membershipOn(where, day);
  if (membership === 'member') return { prefix: '', name: 'a Member State', status: '' };
  if (membership === 'before-accession' && where)
    return { prefix: '', name: where, status: `, before its accession to the Union on ${accessionWords(where)}${thirdStates ? ' (an agreement TFEU Art. 351 governs)' : ''}` };
  if (where && (eeaEftaStates.has(where) || (regime === 'LED' && where === 'CH'))) {
    const route = eeaEftaStates.has(where) && regime === 'GDPR' ? 'the EEA Agreement, as it incorporated the GDPR' : 'its association with the Schengen acquis';
    return { prefix: `if ${cutoffArticle(regime)} reaches the agreements of ${where} (not a Member State) through ${route} — not checked here — `, name: where, status: '' };
  }
  return { prefix: '', name: where ?? exporter.id, status: '' };
}
const cutoffArticle = (regime: TransferRegime) => grandfatheredBefore[regime]?.article ?? 'the grandfathering clause';
