/**
 * Whether words make a duty conditional on the law of a Party or State: the hedge
 * `subject-to-national-law` in the text's own words (`channel-hedge-not-in-words`).
 *
 * A national-law hedge is a qualifier that ties the duty to the law of the Party that performs it:
 * "reply, in so far as is permitted by the law of their State, to justified requests" (Hague
 * Intercountry Adoption Convention 1993, Art. 9(e); read: BWBV0001342); "in accordance with their
 * domestic law" (UN Trafficking Protocol 2000, Art. 10(1)); "consistent with their respective
 * domestic legal and administrative systems" (UNCAC 2003, Art. 48(1)); "if the law of the receiving
 * State so permits" (Hague 1993, Art. 27(1)(a)). Two parts, each needed: the law of a Party ("its
 * domestic law", "the law of their State", "the laws and regulations in force in each of the
 * Contracting Parties", "national legislation", "permitted by law"), and a word that conditions the
 * duty on it ("subject to", "in accordance with", "permitted by", "within the limits of", "without
 * prejudice to", "pursuant to", or the law's own verb after "in so far as", "where", "if": "so far
 * as its law permits"). The fifty-fifth run found the check knew a list of phrases and not "in so
 * far as is permitted by the law of their State" (item 1).
 *
 * Words that only mention a State's law do not state the hedge: "provide information as to the laws
 * of their States concerning adoption" (Art. 7(2)(a)) makes the law a subject of the exchange; "any
 * reference to the law of that State shall be construed as referring to the law in force in the
 * relevant territorial unit" (Art. 36(b)) construes the words; "the law applicable to the adoption"
 * is a conflict rule, "in accordance with international law" is no Party's law, and "offences under
 * their domestic law" describes the offences ("under" counts only as a qualifier set off by a
 * comma: "Each Party shall, under its domestic law, …").
 */

/** Up to six words between the qualifier and the law ("in conformity with the conditions established in its internal law"), within one clause of the sentence. */
const gap = String.raw`(?:[\w'’-]+\s+){0,6}?`;

/** The law of a Party or State, in its usual forms. */
const lawOfParty = [
  // "domestic law", "national legislation", "their respective domestic legal and administrative systems"
  String.raw`(?:(?:respective|own)\s+)?(?:domestic|national|internal|municipal)\s+(?:law|laws|legislation|legal|constitutional|rules|regulations|procedures|requirements)\b`,
  // "its law", "their respective laws", "its legal and administrative provisions", "its constitution"
  String.raw`(?:its|their|his|her)\s+(?:(?:respective|own)\s+)?(?:laws?(?!\s+enforcement)|legislation|legal|constitution|constitutional)\b`,
  // "the law of their State", "the laws and regulations in force in each of the Contracting Parties", "the law of the requested Party"
  String.raw`(?:laws?|legislation)(?:\s+(?:and|or)\s+(?:regulations|procedures|practice))?(?:\s+in\s+force)?\s+(?:of|in)\s+(?:each\s+of\s+)?(?:its|their|that|this|the|each|every|either|any)\s+(?:(?:Contracting|requested|requesting|Member|sending|receiving|host|own|respective)\s+)?(?:State|States|Party|Parties|country|countries|jurisdiction|Government|Governments)\b`,
  // "laws and regulations", "applicable law", "relevant legislation", "legislation in force"
  String.raw`laws?\s+(?:and|or)\s+(?:regulations|procedures)\b`,
  String.raw`(?:applicable|relevant)\s+(?:national\s+)?(?:law|laws|legislation)\b`,
  String.raw`legislation\b`,
].join('|');

/** A word that makes what follows conditional on, or bounded by, what it governs. */
const qualifier = [
  String.raw`subject\s+to`,
  String.raw`in\s+(?:accordance|conformity|compliance|keeping|line|harmony)\s+with`,
  String.raw`(?:consistent(?:ly)?|compatible|conformably|complying)\s+with`,
  String.raw`conformably\s+to`,
  String.raw`according\s+to`,
  String.raw`pursuant\s+to`,
  String.raw`as\s+(?:permitted|allowed|authori[sz]ed|provided(?:\s+for)?|required|prescribed|laid\s+down)\s+(?:by|in|under)`,
  String.raw`(?:permitted|allowed|authori[sz]ed|prescribed|prohibited|precluded)\s+(?:by|under)`,
  String.raw`within\s+the\s+(?:limits|framework|scope|bounds|confines)\s+of`,
  String.raw`without\s+prejudice\s+to`,
  String.raw`(?:contrary|inconsistent|incompatible)\s+(?:to|with)`,
].join('|');

/** "Each Party shall, under its domestic law, …": "under" set off by a comma, not "offences under their domestic law". */
const setOffUnder = String.raw`(?:^|[,;(]\s*)under`;

/** Qualifier, then the law of a Party within a few words; or the bare word "law" right after it ("permitted by law"). */
const qualifiedLaw = new RegExp(String.raw`(?:\b(?:${qualifier})|${setOffUnder})\s+(?:(?:the\s+)?${gap}(?:${lawOfParty})|law\b(?!\s+(?:of|applicable|enforcement)))`, 'i');

/** "so far as its law permits", "where its domestic law so permits", "if the law of the receiving State so permits", "insofar as the law of the requested Party allows". */
const lawPermits = new RegExp(
  String.raw`\b(?:in\s+so\s+far\s+as|insofar\s+as|so\s+far\s+as|as\s+far\s+as|to\s+the\s+extent(?:\s+that)?|where|when|if|unless|provided\s+that)\s+(?:[\w'’-]+\s+){0,3}?(?:${lawOfParty})\s+(?:[\w'’-]+\s+){0,2}?(?:so\s+)?(?:permits?|allows?|authori[sz]es?|provides?|requires?|does\s+not\s+(?:prohibit|preclude|forbid))\b`,
  'i',
);

/** Whether the words make the duty conditional on the law of a Party or State. */
export function conditionedOnNationalLaw(words: string): boolean {
  return qualifiedLaw.test(words) || lawPermits.test(words);
}
