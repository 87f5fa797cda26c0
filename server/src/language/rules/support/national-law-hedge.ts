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
 * comma, "Each Party shall, under its domestic law, …", or right after the duty's own passive, "These
 * inquiries shall be conducted under the laws and regulations of the State which has been
 * requested", where no noun stands for it to describe: lg37, item 1).
 *
 * Treaty lawyer lr12, defect 7: three readings were too wide and one form was missed.
 * - Another legal order is no Party's law: "in accordance with international laws and regulations",
 *   "in accordance with Union legislation" (or Community, EU, European, foreign, customary) do not
 *   state the hedge, nor do "laws and regulations" or "legislation" of something other than a Party
 *   or State ("the laws and regulations of the Organization").
 * - A qualifier right after a participle that describes a noun qualifies the participle, not the
 *   duty: "information on persons convicted in accordance with their domestic law", "through
 *   authorities designated pursuant to their national law" say how the persons were convicted and
 *   the authorities designated, as "offences under their domestic law" describes the offences. The
 *   participle of the duty's own passive verb still carries it ("shall be provided in accordance with
 *   its legal and administrative provisions", NL–AE customs 2015, Art. 2(2); "shall be executed in
 *   accordance with the relevant procedure under the law of the requested State", Rome Statute 1998,
 *   Art. 99(1), read: BWBV0001489), and so does a qualifier set off by a comma.
 * - A ground for refusal states it: "save where its national law prohibits it", "unless its domestic
 *   law forbids it", the law's own verb after "unless", "save where", "except where" (the form of
 *   "unless prohibited by such law", Rome Statute Art. 99(1), with the law named as the Party's:
 *   "such law" alone, which refers back, is not read).
 *
 * Treaty lawyer lr13, defects 1 and 8: the lr12 narrowing went too far twice.
 * - A generic law with a holder after it lost every holder, the Party's too: "in accordance with the
 *   laws and regulations in force in their territory" (NL–FI customs 1984, Art. 14; read:
 *   BWBV0002208) and "the legislation in force in the territory of the requested Party" are the
 *   commonest customs and mutual-assistance forms of the hedge. A holder now counts where it is a
 *   Party by its place or name: its or their territory, the territory of a Party or State, a State
 *   named by its form ("the Republic of Finland"), or "both Parties". Any other holder ("of the
 *   Organization", "in force in the Community", "in the territory of the Union") still does not.
 * - "provide the information requested in accordance with their domestic law": a bare participle
 *   that closes the duty's own object may take the qualifier or leave it to the duty, and treaty
 *   lawyers mostly read it as the duty's. Where the words cannot tell, nothing is reported (as for a
 *   duty's addressee, constructs/duty-addressee.ts). The participle is read as the noun's only where
 *   its noun stands after a preposition, inside the object rather than as it: "information on persons
 *   convicted", "through authorities designated".
 */
import { matchesOf } from '../../util/all-matches';

/** Up to six words between the qualifier and the law ("in conformity with the conditions established in its internal law"), within one clause of the sentence. */
const gap = String.raw`(?:[\w'’-]+\s+){0,6}?`;

/**
 * Another legal order, before a generic "law", "laws and regulations", "legislation": "international
 * laws and regulations", "Union legislation", "applicable Community law" (lr12, defect 7).
 */
const notParty = String.raw`(?<!\b(?:international|Union|Community|EU|European|foreign|customary|supranational)\s+)`;
/** A generic law not followed by a holder ("legislation of the Organization"); a Party's holder is read by the forms of `lawOfParty` that name one. */
const noHolder = String.raw`(?!\s+(?:in\s+force\s+)?(?:of|in)\s+(?!force\b))`;

/** A Party or State by its role: "the requested State", "each of the Contracting Parties", "both Parties", "their respective countries". */
const partyHolder = String.raw`(?:each\s+of\s+)?(?:its|their|that|this|the|each|every|either|any|both)\s+(?:two\s+)?(?:(?:Contracting|requested|requesting|Member|sending|receiving|host|own|respective)\s+)?(?:State|States|Party|Parties|country|countries|jurisdiction|Government|Governments)\b`;
/** A State by the form of its name: "the Republic of Finland", "the Kingdom of the Netherlands" (constructs/duty-addressee.ts `shortName` reads the same forms). */
const namedState = String.raw`(?:the\s+)?(?:(?:Federal|Democratic|Socialist|Islamic|Hellenic|Italian|French|Czech|Slovak|Portuguese|Federative)\s+)?(?:Republic|Kingdom|Principality|Grand\s+Duchy)\s+of\b`;
/** A Party's territory: "their territory", "its respective territory", "the territory of the requested Party", "the territories of the Contracting States". */
const partyTerritory = String.raw`(?:(?:its|their)\s+(?:(?:respective|own)\s+)?territor(?:y|ies)\b|the\s+territor(?:y|ies)\s+of\s+(?:${partyHolder}|${namedState}))`;
/** "laws", "laws and regulations", "legislation": the generic law before its holder. */
const genericLaw = String.raw`(?:laws?|legislation)(?:\s+(?:and|or)\s+(?:regulations|procedures|practice))?`;

/** The law of a Party or State, in its usual forms. */
const lawOfParty = [
  // "domestic law", "national legislation", "their respective domestic legal and administrative systems"
  String.raw`(?:(?:respective|own)\s+)?(?:domestic|national|internal|municipal)\s+(?:law|laws|legislation|legal|constitutional|rules|regulations|procedures|requirements)\b`,
  // "its law", "their respective laws", "its legal and administrative provisions", "its constitution"
  String.raw`(?:its|their|his|her)\s+(?:(?:respective|own)\s+)?(?:laws?(?!\s+enforcement)|legislation|legal|constitution|constitutional)\b`,
  // "the law of their State", "the laws and regulations in force in each of the Contracting Parties", "the law of the requested Party"
  String.raw`${genericLaw}(?:\s+in\s+force)?\s+(?:of|in)\s+${partyHolder}`,
  // "the laws and regulations in force in their territory" (NL–FI customs 1984, Art. 14), "in force in the territory of the requested Party" (lr13, defect 1)
  String.raw`${notParty}${genericLaw}(?:\s+(?:in\s+force|applicable))?\s+(?:in|within|on)\s+${partyTerritory}`,
  // "the laws and regulations in force in the Republic of Finland", "the legislation of the Kingdom of the Netherlands" (lr13, defect 1)
  String.raw`${notParty}${genericLaw}(?:\s+in\s+force)?\s+(?:of|in)\s+${namedState}`,
  // "laws and regulations", "applicable law", "relevant legislation", "legislation in force"; not another order's (lr12, defect 7)
  String.raw`${notParty}laws?\s+(?:and|or)\s+(?:regulations|procedures)\b${noHolder}`,
  String.raw`${notParty}(?:applicable|relevant)\s+(?:national\s+)?(?:law|laws|legislation)\b${noHolder}`,
  String.raw`${notParty}legislation\b${noHolder}`,
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

/** A past participle: "conducted", "carried", "made", "held" (not "proceed", "need"). */
const participle = String.raw`(?:(?!(?:proceed|exceed|succeed|need|indeed|heed|feed|seed|speed|breed|shed|embed|bed|red|deed)\b)[a-z]+ed|held|made|done|taken|given|kept|sent|found|laid|known|sought|chosen|drawn|written|set)`;

/** "Each Party shall, under its domestic law, …": "under" set off by a comma, not "offences under their domestic law". */
const setOffUnder = String.raw`(?:^|[,;(]\s*)under`;

/**
 * "These inquiries shall be conducted under the laws and regulations of the State which has been
 * requested to make them" (NL–FI customs 1984, Art. 7(2); read: BWBV0002208), "shall be executed
 * under the laws of the Contracting Party", "shall be carried out promptly under the law of the
 * requested Party": "under" right after the duty's own passive — a modal ("shall", "will", "must",
 * "may", "is to") with "be" and the participle, an adverb or "out" at most between — where no noun
 * stands between the verb and "under" for it to describe, so it can only qualify how the duty is
 * performed, as "in accordance with" does in the same place (Rome Statute 1998, Art. 99(1)). "Offences
 * under their domestic law", "obligations under national law", "information obtained under its law"
 * keep "under" for the noun or a participle that is not the duty's (lg37, item 1).
 */
const dutyPassiveUnder = String.raw`(?<=\b(?:shall|will|must|may|should|(?:is|are)\s+to)\s+(?:[a-z]+ly\s+)?be\s+(?:[a-z]+ly\s+)?${participle}(?:(?:,\s*|\s+(?:and|or)\s+)${participle})*(?:\s+out)?(?:\s+[a-z]+ly)?\s+)under`;

/** Qualifier, then the law of a Party within a few words; or the bare word "law" right after it ("permitted by law"). */
const qualifiedLaw = new RegExp(String.raw`(?:\b(?:${qualifier})|${setOffUnder}|(?<duty>${dutyPassiveUnder}))\s+(?:(?:the\s+)?${gap}(?:${lawOfParty})|law\b(?!\s+(?:of|applicable|enforcement)))`, 'gi');

/** A determiner, which opens a noun phrase: within the preposition's phrase only at its start ("on request the information requested" is two phrases). */
const determiner = String.raw`(?:the|a|an|any|all|such|those|these|each|every|its|their|his|her|other|some|no)`;
/**
 * A preposition that puts a noun inside the duty's object: not "to", "for", "with", "upon", which may
 * be an infinitive's or the duty's own verb's ("undertake to provide information requested", "provide
 * the Party with information obtained").
 */
const preposition = String.raw`(?:on|of|about|concerning|regarding|respecting|through|by|from|against|via|among|between|in|into|at|under|within)`;
/**
 * The words before a qualifier end in a participle that describes a noun inside the duty's object,
 * not the duty's own verb: "information on persons convicted", "through authorities designated" (no
 * comma between, no "be" before it, and the noun after a preposition). A participle in a passive of
 * the duty ("shall be provided", "is to be promptly executed", "shall be collected, stored and
 * exchanged") carries the qualifier to the duty (lr12, defect 7); so may a bare participle that
 * closes the duty's object ("provide the information requested in accordance with their domestic
 * law"), and where the words cannot tell, the hedge is read (lr13, defect 8).
 */
const participleBefore = new RegExp(String.raw`\b${preposition}\s+(?:${determiner}\s+)?(?:(?!${determiner}\b|${preposition}\b)[\w'’-]+\s+){1,4}?${participle}\s+$`, 'i');
const passiveBefore = new RegExp(String.raw`\b(?:be|been|being|is|are|was|were)(?:\s+[a-z]+ly)?(?:(?:,\s*|\s+(?:and|or)\s+|\s+)${participle})+\s+$`, 'i');

function qualifiesDuty(words: string): boolean {
  for (const m of matchesOf(words, qualifiedLaw)) {
    if (m.groups?.['duty'] !== undefined) return true;
    const before = words.slice(0, m.index);
    if (participleBefore.test(before) && !passiveBefore.test(before)) continue;
    return true;
  }
  return false;
}

/** "so far as its law permits", "where its domestic law so permits", "if the law of the receiving State so permits", "insofar as the law of the requested Party allows". */
const lawPermits = new RegExp(
  String.raw`\b(?:in\s+so\s+far\s+as|insofar\s+as|so\s+far\s+as|as\s+far\s+as|to\s+the\s+extent(?:\s+that)?|where|when|if|unless|provided\s+that)\s+(?:[\w'’-]+\s+){0,3}?(?:${lawOfParty})\s+(?:[\w'’-]+\s+){0,2}?(?:so\s+)?(?:permits?|allows?|authori[sz]es?|provides?|requires?|does\s+not\s+(?:prohibit|preclude|forbid))\b`,
  'i',
);

/**
 * A ground for refusal: "save where its national law prohibits it", "unless the law of the requested
 * State forbids it", "except where their domestic law precludes it" (lr12, defect 7).
 */
const lawForbids = new RegExp(
  String.raw`\b(?:unless|(?:save|except)\s+(?:where|when|if|in\s+so\s+far\s+as|insofar\s+as|so\s+far\s+as|to\s+the\s+extent(?:\s+that)?))\s+(?:[\w'’-]+\s+){0,3}?(?:${lawOfParty})\s+(?:[\w'’-]+\s+){0,2}?(?:prohibits?|forbids?|precludes?|prevents?|does\s+not\s+(?:permit|allow|authori[sz]e))\b`,
  'i',
);

/** Whether the words make the duty conditional on the law of a Party or State. */
export function conditionedOnNationalLaw(words: string): boolean {
  return qualifiesDuty(words) || lawPermits.test(words) || lawForbids.test(words);
}
