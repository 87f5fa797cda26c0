/**
 * Where a regime can bind at all: the territorial and personal reach of the GDPR, the Law
 * Enforcement Directive and NIS2, asked of a party the drafter declares bound by one of them.
 * `regimeMisfit` (applicability.ts) asks this first; a declaration that fails it is reported by
 * `regime-not-binding-on-party` and, like every misfit, left out of `bindingRegimes`, so that the
 * transfer and reporting rules treat the party as the model would without the declaration — a
 * third-country body or an international organisation exports under none of the Union's transfer
 * rules (who-is-bound review, items 3, 13, 17: the FBI declared LED, INTERPOL and a Swiss office
 * declared GDPR, drove error-level transfer findings; a Norwegian company declared NIS2 was told
 * NIS2 Art. 23 obliged it).
 *
 * The reach is today's, as the adequacy table and the EU/EEA test are: the transfers and reports
 * a `regimes` declaration feeds happen while the instrument operates, not on the day it was
 * signed (the UK authority in a 2019 MoU transfers under UK law now). The date of conclusion
 * matters to the rules that speak of concluding (data/union-membership.ts).
 *
 * Law. GDPR Art. 3(1)–(2) and Chapter V (Arts. 44–50): read (Formex consolidated text of 2016).
 * TFEU Art. 288(3) ("Een richtlijn is verbindend ten aanzien van het te bereiken resultaat voor
 * elke lidstaat waarvoor zij bestemd is"): read (Dutch text BWBV0001506). NIS2 Arts. 2, 26, 46 and
 * its absence from the EEA Agreement (Norway incorporated NIS1 only): NIS2 from memory, the EEA
 * point from the secondary sources the who-is-bound review lists. Directive 2016/680 Art. 3(7) and
 * the Schengen association of Iceland, Liechtenstein, Norway and Switzerland: from memory. That
 * the GDPR does not bind an international organisation as a controller is the reading of Arts. 3
 * and 44 (an international organisation is a destination of transfers), not a provision saying so.
 */
import type { Regime } from '../ast/vocabulary';
import { eeaEftaStates, isEuMemberState, isInEea, isUnionBody } from '../data/european-union';
import { realmTerritoryOfParty, type RealmTerritory } from '../data/realms';
import { isTerritoryNotState } from '../data/territories-not-states';
import { unMemberStates } from '../data/un-members';
import { withdrawalWords } from '../data/union-membership';
import type { PartyFacts } from './semantic-model';

/** The Schengen-associated States apply the Law Enforcement Directive too (Schengen acquis; from memory). */
export const lawEnforcementArea = (jurisdiction: string) => isInEea(jurisdiction) || jurisdiction === 'CH';

const publicKinds: ReadonlySet<string> = new Set(['state', 'government', 'government-agency', 'national-cert']);

const publicWords: Readonly<Record<string, string>> = {
  state: 'a State',
  government: 'the Government of a State',
  'government-agency': 'a public authority',
  'national-cert': 'a national CSIRT',
};

/**
 * "the Government of a State of BM" is wrong of Bermuda (hundred-and-nineteenth run, defect 1): a
 * public party of a territory that is no State (data/territories-not-states.ts) is the territory's,
 * whatever kind the drafter declared — its treaty capacity is for its State's authorisation to give.
 */
function publicWordsOf(kind: string, where: string): string {
  if (!isTerritoryNotState(where) || unMemberStates.has(where)) return `${publicWords[kind]} of ${where}`;
  const body = kind === 'state' || kind === 'government' ? 'the Government' : publicWords[kind];
  return `${body} of ${where}, a territory that is no State`;
}

/** A public party for a territory of a Member State's realm outside the Union: "the Kingdom of the Netherlands in respect of Aruba", "a public authority in Aruba". */
function realmPublicWords(kind: string, territory: RealmTerritory): string {
  if (kind === 'state') return `${territory.stateName} in respect of ${territory.name}`;
  if (kind === 'government') return `a Government acting for ${territory.name} (of the realm of ${territory.stateName})`;
  return `${publicWords[kind] ?? 'a body'} in ${territory.name}`;
}

/** ", and the United Kingdom left the Union on … (Union law applied to it until …)" for a State that has left. */
function leftWords(jurisdiction: string): string {
  const left = withdrawalWords(jurisdiction);
  return left ? ` (${jurisdiction} ceased to be a Member State on ${left.left}, and Union law ceased to apply to it at the end of the transition period on ${left.lawUntil})` : '';
}

/**
 * Why the regime cannot reach this party where it is, or undefined when it may (or the checker
 * cannot tell: no kind, no jurisdiction). Personal misfits that do not depend on the place (a
 * Union body, a company under the Directive) stay in `regimeMisfit`.
 */
export function regimeOutOfReach(party: PartyFacts, regime: Regime): string | undefined {
  const kind = party.effective.kind?.value;
  const where = party.jurisdiction;
  if (isUnionBody(where)) return undefined;
  // Aruba, Greenland, New Caledonia…: a Member State's territory outside the Union, not "a third country"
  // (twenty-fifth run); by its code, or by a name that acts for it under the State's code ("The
  // Government of the Faroes" written DK: hundred-and-fifteenth run, defect 3), the place either way.
  const territory = realmTerritoryOfParty(where, party.effective.name?.value);
  switch (regime) {
    case 'GDPR':
      if (kind === 'international-organisation')
        return 'the GDPR treats an international organisation as a destination of transfers, which personal data reach only on a basis in Chapter V (Arts. 44–50), not as a controller it binds (Art. 3): the organisation\'s own rules govern its processing';
      if (!where || (isInEea(where) && !territory) || !kind || !publicKinds.has(kind)) return undefined;
      if (territory)
        return `${party.id} is ${realmPublicWords(kind, territory)}, outside the EU/EEA (${territory.statusWords}): the GDPR applies to processing in the context of an establishment in the Union (Art. 3(1)) and, beyond it, only to offering goods or services to data subjects in the Union or monitoring their behaviour there (Art. 3(2)), which an authority outside the Union does not do in its public tasks`;
      return `${party.id} is ${publicWordsOf(kind, where)}, outside the EU/EEA${leftWords(where)}: the GDPR applies to processing in the context of an establishment in the Union (Art. 3(1)) and, beyond it, only to offering goods or services to data subjects in the Union or monitoring their behaviour there (Art. 3(2)), which a third country's authority does not do in its public tasks`;
    case 'LED':
      if (!where || (lawEnforcementArea(where) && !territory) || kind === 'international-organisation') return undefined;
      // "UA is a third country", not "UA is in UA, a third country", where the id is the code (lc30, 2d).
      return `the Law Enforcement Directive binds the competent authorities of the Member States (and, through the Schengen acquis, those of Iceland, Liechtenstein, Norway and Switzerland); ${territory ? `${party.id} is in ${territory.name}, outside the Union (${territory.statusWords})` : `${party.id === where ? `${party.id} is` : `${party.id} is in ${where},`} a third country${leftWords(where)}`}`;
    case 'NIS2': {
      if (!where || (isEuMemberState(where) && !territory) || kind === 'international-organisation' || !kind) return undefined;
      const eea = eeaEftaStates.has(where) ? ', and NIS2 is not part of the EEA Agreement' : '';
      if (kind === 'company')
        // Outside the EEA a company declaring NIS2 is most likely a provider that Art. 26 brings
        // under a Member State's jurisdiction (a cloud or DNS provider offering services in the
        // Union): trusted. In Norway, Iceland or Liechtenstein the likelier reason is the belief
        // that the EEA carries NIS2 as it carries the GDPR: said, with the exception kept.
        return eea ? `NIS2 binds entities within the Member States' jurisdiction (Arts. 2, 26); ${where} is not a Member State${eea}: ${party.id} is bound only if it is a provider established outside the Union that Art. 26 brings within a Member State's jurisdiction (such as a DNS, cloud-computing or data-centre service provider offering services in the Union)` : undefined;
      if (territory)
        return `NIS2 is addressed to the Member States (Art. 46) and binds entities within their jurisdiction (Arts. 2, 26), where the Treaties apply (TFEU Art. 355); ${party.id} is ${realmPublicWords(kind, territory)} (${territory.statusWords}), so NIS2 does not bind it there`;
      if (kind === 'state' || kind === 'government')
        return `NIS2 is addressed to the Member States (Art. 46) and binds each of them as to the result to be achieved (TFEU Art. 288(3)); ${where} is not a Member State${eea}${leftWords(where)}, so NIS2 does not bind it`;
      return `NIS2 binds entities within the Member States' jurisdiction (Arts. 2, 26), among them the Member States' own public administration entities; ${party.id} is ${publicWords[kind] ?? 'a body'} of ${where}, which is not a Member State${eea}${leftWords(where)}`;
    }
    default:
      return undefined;
  }
}
