/**
 * Which Vienna Convention a finding may cite for a rule of treaty law, given who the parties are
 * (forty-fifth run, item 4). The 1969 Convention "applies to treaties between States" (Art. 1);
 * that it does not apply to agreements "between States and other subjects of international law"
 * leaves untouched "the application of the Convention to the relations of States as between
 * themselves" under them (Art. 3(c)) (read: Dutch treaty series BWBV0003441). Treaties between
 * States and international organisations are the subject of the 1986 Vienna Convention (Art. 1(a),
 * read: BWBV0002302), which is not in force: it enters into force after "the thirty-fifth
 * instrument of ratification or accession by States" (Art. 85(1)), and the Dutch treaty series
 * gives its entry into force as "op een nader te bepalen tijdstip" (at a time still to be set; no
 * date is claimed). It is cited as the text that states the rule, never as a convention that
 * binds a party. Where several States and an organisation are parties, the 1969 Convention governs
 * the States' relations among themselves only as between States parties to it (1969 Art. 3(c); as
 * the 1986 text states in its Art. 73): many States are not (France, India, the United States), and
 * between them the rule applies only so far as it states customary law (1986 Arts. 3(b), 4 say the
 * same of the 1986 rules).
 */
import type { SemanticModel } from '../../model/semantic-model';
import { concludedOn } from '../../model/conclusion';
import { realmTerritory } from '../../data/realms';
import { unMemberStates } from '../../data/un-members';
import { isTerritoryNotState } from '../../data/territories-not-states';

/**
 * Whose law of treaties: States only, a State (or none) with organisations, several States with an
 * organisation, or States with a party that is no State and no organisation (`with-entity`).
 */
export type TreatyLawParties = 'states' | 'with-organisation' | 'states-and-organisation' | 'with-entity';


/**
 * A signatory that is no State and acts for none: a party of a territory that is neither a State
 * (a UN Member or one of the States outside it) nor a country of a Member State's realm, for which
 * that State concludes (data/realms.ts) — the Government of the Hong Kong Special Administrative
 * Region, which concluded the NL–HK Agreement of 2002 "having been duly authorised by the Central
 * People's Government of the People's Republic of China" (preamble, read: BWBV0006154; lr8,
 * defect 7). The 1969 Convention "applies to treaties between States" (Art. 1); that it does not
 * apply to agreements "between States and other subjects of international law" does not affect
 * "the application to them of any of the rules set forth in the present Convention to which they
 * would be subject under international law independently of the Convention" (Art. 3(b); read:
 * BWBV0003441). So a rule of the Convention holds there as customary law, and as the agreement's own
 * terms provide, if the territory is the party; where its sovereign State is (entrustment), the
 * Convention may apply between States (lr9, defect 8).
 */
export function entitySignatories(model: SemanticModel): readonly { readonly id: string; readonly name: string | undefined }[] {
  return model.signatories
    .filter((p) => {
      const j = p.jurisdiction;
      if (!j || p.classOf !== undefined || p.effective.kind?.value === 'international-organisation' || p.effective.kind?.value === 'company') return false;
      return isTerritoryNotState(j) && !unMemberStates.has(j) && realmTerritory(j) === undefined;
    })
    .map((p) => ({ id: p.id, name: p.effective.name?.value }));
}

/** "having been duly authorised by the Central People's Government of …", "as authorised by the Government of …": the text's words for the authorisation, if it has them. */
const authorisation = /\b(?:having\s+been\s+|as\s+|being\s+)?(?:duly\s+)?authori[sz]ed\s+by\s+the\s+(?:(?:[A-Z][\w'’-]*\s+)*Government|competent\s+[\w\s]{1,60}?)\s+of\s+(?:the\s+)?[A-Z][^,;.()]+/u;

function authorisationWords(model: SemanticModel): string | undefined {
  const texts = [model.ast.instrument?.title?.value ?? '', ...model.signatories.map((p) => p.effective.name?.value ?? ''), ...model.prose().map(({ text }) => text.value)];
  for (const text of texts) {
    const found = authorisation.exec(text);
    if (found) return found[0].replace(/\s+/gu, ' ').trim();
  }
  return undefined;
}

export function treatyLawParties(model: SemanticModel): TreatyLawParties {
  const kinds = model.signatories.map((p) => ({ kind: p.effective.kind?.value, many: p.classOf !== undefined }));
  if (!kinds.some((k) => k.kind === 'international-organisation')) return entitySignatories(model).length > 0 ? 'with-entity' : 'states';
  // A class of States (`class open`) is many States; a ministry or agency acts for its State, and a
  // party of undeclared kind is not taken for an organisation.
  const states = kinds.filter((k) => k.kind !== 'international-organisation').reduce((n, k) => n + (k.many ? 2 : 1), 0);
  return states >= 2 ? 'states-and-organisation' : 'with-organisation';
}

/**
 * How far the 1969 Convention binds, where nothing says which States are parties to it (the
 * language records no party's VCLT status, and the Dutch treaty series' text, BWBV0003441, lists
 * none): it binds as a treaty only States parties to it, and "applies only to treaties which are
 * concluded by States after the entry into force of the present Convention with regard to such
 * States" (Art. 4), "without prejudice to the application of any rules set forth in the present
 * Convention to which treaties would be subject under international law independently of the
 * Convention" (Art. 4; Art. 38 for third States): elsewhere its rule holds only as customary law.
 * Many States are not parties (France, India, the United States), and for others it entered into
 * force later than the treaty was concluded. Said in a few words: it follows every citation in a
 * message a drafter reads, as a condition on the citation, not as a second source beside it — "or
 * customary law where the Vienna Convention does not bind the Parties" read as if the rule were
 * custom too, and as if the Convention might not govern a text it plainly governs (sixty-eighth
 * run, item 2; lr14, D3, on Art. 40(2), whose standing as custom is doubtful). "as between Parties
 * that are bound by", not "as between Parties the Vienna Convention binds": the shorter relative
 * clause read at first as an assertion that the Convention binds every Party, false for a Party
 * that is not a party to it (seventy-seventh run, defect 1). No Party's status under the
 * Convention is claimed: the project records none, and a list of States parties would be written
 * from memory (no source the project reads states it: the Dutch treaty series' text, BWBV0003441,
 * lists the States at the Conference, not the parties) and go stale with every accession
 * (seventy-ninth run, item 6: India).
 */
const asTreatyLaw = (articles: string) =>
  `as between Parties that are bound by the Vienna Convention for this treaty (Art. 4), otherwise only so far as ${/^Arts\b/u.test(articles) ? 'they state' : 'it states'} customary law`;

/**
 * The Convention's own entry into force: 27 January 1980, "the thirtieth day following the date of
 * deposit of the thirty-fifth instrument of ratification or accession" (Art. 84(1), read in
 * BWBV0003441); the date as registered ex officio, UNTS vol. 1155, No. 18232. A treaty concluded
 * before it is governed by the Convention for no State (Art. 4): only as customary law.
 */
const VCLT_IN_FORCE = '1980-01-27';
/**
 * Said after the article cited for such a treaty. Art. 4 keeps "the application of any rules set
 * forth in the present Convention to which treaties would be subject under international law
 * independently of the Convention": the article holds only so far as it states customary law, which
 * is not claimed for any article (fifty-sixth run, item 2: "as customary law only" was read as
 * saying that Art. 40 is custom, which is disputed for its paras. 2–5).
 */
const beforeTheConvention = (articles: string) =>
  `only so far as ${/^Arts\b/u.test(articles) ? 'they state' : 'it states'} customary law: the treaty was concluded before the Vienna Convention entered into force on 27 January 1980 (Art. 4)`;

/**
 * The citation of `articles` (as "Art. 25(2)") for this instrument's parties, to be written in
 * parentheses or after "under": between States, the 1969 Convention as between Parties it binds for
 * the treaty, otherwise only so far as the rule is custom (asTreatyLaw), never as a convention every party is bound by; the 1986
 * text, said not to be in force, where an organisation is a party; both, each for its relations,
 * for several States with an organisation, the 1969 Convention only between the States parties to
 * it. `articles1986` where the 1986 text numbers the rule otherwise (1969 Art. 77 is 1986 Art. 78);
 * the same number in both for Arts. 11, 12, 16, 24, 25, 26, 30, 33, 34, 39, 40, 41, 54, 56 and 70 (read
 * in both).
 * Every citation of the 1969 Convention in a finding's message on a treaty goes through here.
 */
export function viennaCitation(model: SemanticModel, articles: string, articles1986 = articles): string {
  const parties = treatyLawParties(model);
  const io1986 = `the 1986 Vienna Convention on treaties with international organisations, ${articles1986}, not in force (Art. 85(1)) and cited as the text that states the rule`;
  if (parties === 'states') return `VCLT ${articles}, ${concludedBeforeTheConvention(model) ? beforeTheConvention(articles) : asTreatyLaw(articles)}`;
  if (parties === 'with-entity') return entityCitation(model, articles);
  if (parties === 'with-organisation') return `as stated in ${io1986}: the 1969 VCLT governs treaties between States only`;
  // Concluded before 27 January 1980, the 1969 Convention binds no State for this treaty (Art. 4), also between the States of a treaty with an organisation (eighty-third run: ESRO 1973).
  if (concludedBeforeTheConvention(model)) return `VCLT ${articles} between the States ${beforeTheConvention(articles)}; with an organisation, as stated in ${io1986}`;
  return `VCLT ${articles} as between States parties to the 1969 Convention (VCLT Arts. 3(c), 4, as the 1986 Vienna Convention also states in Art. 73), otherwise only so far as it states customary law; with an organisation, as stated in ${io1986}`;
}

/**
 * The rule of `articles` where a party is no State: customary law and the agreement's own terms,
 * with the text's words for the authorisation under which the party concluded.
 */
function entityCitation(model: SemanticModel, articles: string): string {
  const entities = entitySignatories(model);
  // "the Government of the Hong Kong Special Administrative Region …", "the British Virgin Islands": the name as written, with its article.
  const who = entities.map((e) => (e.name ? e.name.replace(/^The\s/u, 'the ').replace(/^(?=Government\b|States\s+of\b)/u, 'the ') : e.id)).join(' and ');
  const words = authorisationWords(model);
  // Not repeated where the party's name already says it ("The Government of Macau, duly authorized by …").
  const acting = words && !entities.some((e) => e.name?.includes(words.replace(/^(?:having\s+been|as|being)\s+/u, ''))) ? `, which concluded it "${words}",` : '';
  // Under an entrustment (UK overseas territories, Crown Dependencies; HK and Macau authorised by the
  // Central People's Government) the sovereign State may be the party: the Convention is not flatly
  // excluded, and "as the agreement's own terms provide" is no part of Art. 3(b) (lr9, defect 8).
  const many = entities.length > 1;
  // Before 27 January 1980 the Convention binds no State for the treaty (Art. 4), whoever the party is.
  const ifTheState = concludedBeforeTheConvention(model) ? 'the rule holds between the States only so far as it states customary law, the treaty having been concluded before the Vienna Convention entered into force on 27 January 1980 (Art. 4)' : 'the Convention applies between the States it binds';
  return `the rule VCLT ${articles} states for treaties between States (Art. 1): ${who}${acting || (who.includes(',') ? ',' : '')} ${many ? 'are' : 'is'} not a State, and whether ${many ? 'they' : 'it'} or the State that entrusted ${many ? 'them' : 'it'} is the party is for the entrustment to say — if that State is, ${ifTheState}; if ${many ? 'they are themselves' : 'it is itself'} the party, the rule holds only so far as it binds under international law independently of the Convention (Art. 3(b)), and as the agreement's own terms provide`;
}

/**
 * Whether the text dates its conclusion (signature or reply, or, without a header date, its final
 * formula: "DONE at The Hague, on the 15th day of November, 1965"; hundred-and-second run, defect 2)
 * before the 1969 Convention entered into force.
 */
export function concludedBeforeTheConvention(model: SemanticModel): boolean {
  const iso = concludedOn(model.ast);
  return iso !== undefined && iso < VCLT_IN_FORCE;
}

/** Who negotiated: "the negotiating States", or with organisations as the 1986 text says (Arts. 12(1)(b), 24(2)). */
export function negotiators(model: SemanticModel): string {
  return `the negotiating ${contracting(model)}`;
}

/** "States", or "States and organisations" where an organisation is a party (1986 Convention, Art. 40(2)). */
export function contracting(model: SemanticModel): string {
  const parties = treatyLawParties(model);
  if (parties === 'with-entity') return 'Parties';
  return parties === 'states' ? 'States' : 'States and organisations';
}

/**
 * Whose law governs a party's consent to an amendment: a State's constitutional law; for an
 * organisation, "the rules of that organization" (1986 Convention, Art. 39(2)).
 */
export function consentLaw(model: SemanticModel): string {
  const parties = treatyLawParties(model);
  if (parties === 'states') return "each Party's constitutional law";
  if (parties === 'with-entity') return "each Party's own law";
  return "each State Party's constitutional law (and, for an organisation, its own rules, as the 1986 Vienna Convention states in Art. 39(2))";
}

/**
 * The pacta tertiis rule for a third party of the kind named. "A treaty does not create either
 * obligations or rights for a third State without its consent" (VCLT Art. 34) speaks of third
 * States and of treaties between States, and is cited as the parties' law of treaties would cite
 * it (viennaCitation); the 1986 text adds "a third organization" (its Art. 34), not in force, for
 * treaties to which organisations are parties: for a third organisation the rule is cited as the
 * customary rule that text states, since a treaty between States is within neither Convention there. Where the third party may be
 * either (a `non-party` declares no kind), both. A private actor is no third State: a treaty "is
 * binding upon the parties to it" (Art. 26, the same in both) and reaches it only through a party's
 * law. A memorandum is no treaty: it commits only those who sign it, and no Vienna Convention is
 * cited; while the status is open, the treaty citation is conditional.
 */
export function thirdPartyCitation(model: SemanticModel, third: 'state' | 'organisation' | 'unknown' | 'private'): string {
  const nature = model.legalNature;
  if (nature === 'mou') return 'a memorandum that is no treaty commits only those who sign it';
  // A treaty between States only is outside both Conventions on this point (1969 Art. 1; its Art. 34
  // covers third States): the rule is customary, which the 1986 text states for its own treaties (lr6 item 5).
  const organisation = 'for a third organisation, the customary rule that a treaty creates neither obligations nor rights for a third organisation without its consent, which the 1986 Vienna Convention (Art. 34, not in force, Art. 85(1)) states for treaties to which organisations are parties';
  const treaty =
    third === 'state'
      ? viennaCitation(model, 'Art. 34')
      : third === 'organisation'
      ? organisation
      : third === 'private'
      ? viennaCitation(model, 'Art. 26')
      : `for a third State, ${viennaCitation(model, 'Art. 34')}; ${organisation}`;
  return nature === 'treaty' ? treaty : `if the text is a treaty, ${treaty}; a memorandum that is no treaty commits only those who sign it`;
}

/** What a rule whose message goes through this module adds to its `source`. */
export const VIENNA_1986_SOURCE =
  'for a treaty to which an international organisation is a party, the 1986 Vienna Convention on the Law of Treaties between States and International Organizations, same articles, not in force (Art. 85(1): thirty-five instruments of ratification or accession by States; the Dutch treaty series gives its entry into force as "op een nader te bepalen tijdstip"), and its Art. 73 with VCLT Art. 3(c) for the relations between States parties to the 1969 Convention (read: Dutch treaty series BWBV0002302, Arts. 1, 3, 4, 73, 85; BWBV0003441, Art. 3)';
