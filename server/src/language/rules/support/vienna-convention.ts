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

/** Whose law of treaties: States only, a State (or none) with organisations, or several States with an organisation. */
export type TreatyLawParties = 'states' | 'with-organisation' | 'states-and-organisation';

export function treatyLawParties(model: SemanticModel): TreatyLawParties {
  const kinds = model.signatories.map((p) => ({ kind: p.effective.kind?.value, many: p.classOf !== undefined }));
  if (!kinds.some((k) => k.kind === 'international-organisation')) return 'states';
  // A class of States (`class open`) is many States; a ministry or agency acts for its State, and a
  // party of undeclared kind is not taken for an organisation.
  const states = kinds.filter((k) => k.kind !== 'international-organisation').reduce((n, k) => n + (k.many ? 2 : 1), 0);
  return states >= 2 ? 'states-and-organisation' : 'with-organisation';
}

/**
 * The citation of `articles` (as "Art. 25(2)") for this instrument's parties, to be written in
 * parentheses or after "under": "VCLT Art. 25(2)" between States; the 1986 text, said not to be in
 * force, where an organisation is a party; both, each for its relations, for several States with an
 * organisation, the 1969 Convention only between the States parties to it. The article numbers are the same in both Conventions for the articles cited through
 * this function (Arts. 12, 24, 25, 30, 33, 34, 39, 40, 54 and 56, read in both).
 */
export function viennaCitation(model: SemanticModel, articles: string): string {
  const parties = treatyLawParties(model);
  const io1986 = `the 1986 Vienna Convention on treaties with international organisations, ${articles}, not in force (Art. 85(1)) and cited as the text that states the rule`;
  if (parties === 'states') return `VCLT ${articles}`;
  if (parties === 'with-organisation') return `as stated in ${io1986}: the 1969 VCLT governs treaties between States only`;
  return `VCLT ${articles} as between States parties to the 1969 Convention (VCLT Art. 3(c), as the 1986 Vienna Convention also states in Art. 73), otherwise only so far as it states customary law; with an organisation, as stated in ${io1986}`;
}

/** Who negotiated: "the negotiating States", or with organisations as the 1986 text says (Arts. 12(1)(b), 24(2)). */
export function negotiators(model: SemanticModel): string {
  return `the negotiating ${contracting(model)}`;
}

/** "States", or "States and organisations" where an organisation is a party (1986 Convention, Art. 40(2)). */
export function contracting(model: SemanticModel): string {
  return treatyLawParties(model) === 'states' ? 'States' : 'States and organisations';
}

/**
 * Whose law governs a party's consent to an amendment: a State's constitutional law; for an
 * organisation, "the rules of that organization" (1986 Convention, Art. 39(2)).
 */
export function consentLaw(model: SemanticModel): string {
  if (treatyLawParties(model) === 'states') return "each Party's constitutional law";
  return "each State Party's constitutional law (and, for an organisation, its own rules, as the 1986 Vienna Convention states in Art. 39(2))";
}

/**
 * The pacta tertiis rule for a third party of the kind named: "A treaty does not create either
 * obligations or rights for a third State without its consent" (VCLT Art. 34) speaks of third
 * States, and of treaties between States; the 1986 text adds "a third organization" (its Art. 34).
 * Where the third party may be an organisation (an undeclared kind: a `non-party` has none), both
 * are named, the 1986 text as not in force; a third State is cited as the parties' law of treaties
 * would cite it (viennaCitation).
 */
export function thirdPartyCitation(model: SemanticModel, third: 'state' | 'organisation' | 'unknown'): string {
  if (third === 'state') return viennaCitation(model, 'Art. 34');
  return 'VCLT Art. 34 for a third State; for a third organisation, the same rule as stated in the 1986 Vienna Convention, Art. 34, not in force';
}

/** What a rule whose message goes through this module adds to its `source`. */
export const VIENNA_1986_SOURCE =
  'for a treaty to which an international organisation is a party, the 1986 Vienna Convention on the Law of Treaties between States and International Organizations, same articles, not in force (Art. 85(1): thirty-five instruments of ratification or accession by States; the Dutch treaty series gives its entry into force as "op een nader te bepalen tijdstip"), and its Art. 73 with VCLT Art. 3(c) for the relations between States parties to the 1969 Convention (read: Dutch treaty series BWBV0002302, Arts. 1, 3, 4, 73, 85; BWBV0003441, Art. 3)';
