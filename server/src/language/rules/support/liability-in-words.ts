/**
 * A clause that says in its own words who answers for damage, untagged (ninety-third run, defect
 * 4): "in case of any damage to a third party caused by the expert in the course of his duties in
 * Zambia under this Agreement the Government of Zambia shall be liable in his place and any claim
 * against the expert shall to that extent be excluded" (NL–Zambia technical cooperation 1979, Art.
 * II(i)); "Each Contracting Party waives all its claims against any other Contracting Party for
 * damage to any property owned by it" (NATO SOFA 1951, Art. VIII(1)); a Party that "shall be liable
 * for any damage caused by them during their operations" (Second Additional Protocol to the European
 * Convention on Mutual Assistance in Criminal Matters 2001, Art. 22(1)). `missing-liability` counts
 * such a clause as it counts one tagged `about liability`.
 *
 * Read exactly, in the sense of liability for damage: a signatory (a Party, a Government, a State,
 * a Participant, the sending or receiving State) that "shall be liable" in a sentence on damage,
 * loss, injury or claims, but not "liable to" prosecution, a fine or a duty, nor "liable for the
 * customs duties" (a fiscal liability; treaty lawyer lr21, defect 6); claims against someone that
 * are to be borne, excluded, waived or dealt with; a signatory that waives its claims, unless a
 * negation before it denies the waiver ("Nothing … shall mean that a Party waives its claims"). A person "liable to imprisonment" and goods
 * "liable to duty" are not liability for damage; "claims" of a right ("claims to the territory")
 * are not claims for damage.
 */
import type { SemanticModel } from '../../model/semantic-model';
import { saysInProse } from './instrument-prose';

const signatory = String.raw`(?<!\bthird\s)(?:(?:Contracting\s+|sending\s+|receiving\s+|host\s+)?(?:Part(?:y|ies)|Governments?|States?|Participants?)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})?|Government\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?(?:the\s+)?\p{Lu}[\p{L}-]*){0,4})`;
/** Words of damage in the same sentence (up to a full stop or semicolon, not the point of "Art. 22"): liability for damage, not for a tax. */
const damageInSentence = String.raw`(?:damages?|loss(?:es)?|injur(?:y|ies)|harm|claims?|compensat(?:e|ion))\b`;
const sameSentence = String.raw`(?:[^.;]|\.(?=\s*\d))*?`;
/** A fiscal liability: "liable for the customs duties", "liable for (the payment of) taxes" (lr21, defect 6); it does not count unless damage, loss or injury follow in the sentence ("liable for customs duties and for any loss …"). */
const fiscal = String.raw`\s+for\s+(?:the\s+)?(?:payment\s+of\s+)?(?:(?:any|all)\s+)?(?:customs\s+|import\s+|export\s+|excise\s+)?(?:duties|duty|tax(?:es|ation)?|charges|levies|fees|dues|VAT)\b`;
/**
 * "the Government of Zambia shall be liable in his place"; not "liable to" a penalty or a duty,
 * not "liable for" a tax, and only where the sentence speaks of damage, loss, injury or claims,
 * before or after (NL–Zambia Art. II(i): "in case of any damage to a third party … the Government
 * of Zambia shall be liable in his place").
 */
const liable = String.raw`\b${signatory}\s+(?:shall|will)\s+(?:(?:also|jointly|alone|solely)\s+)?be\s+(?:jointly\s+and\s+severally\s+)?liable\b(?!\s+to\b|${fiscal}(?!${sameSentence}\b(?:damages?|loss(?:es)?|injur(?:y|ies)|harm)\b))(?:(?<=\b${damageInSentence}${sameSentence})|(?=${sameSentence}\b${damageInSentence}))`;
/** "any claim against the expert shall to that extent be excluded", "claims against the Participants will be settled by consultation". */
const claimsAgainst = String.raw`\bclaims?\s+(?:for\s+(?:damages?|compensation)\s+)?against\s+(?:the\s+|an?\s+|any\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,3}?(?:shall|will)\s+(?:(?:to\s+that\s+extent|in\s+that\s+case|also)\s+)?be\s+(?:borne|excluded|waived|dealt\s+with|settled\s+by\s+consultation|met)\b`;
/** No negation earlier in the sentence (read back from the end of the words): "Nothing in this Agreement shall mean that a Party waives its claims" preserves them (lr21, defect 6). */
const negated = String.raw`(?<!\b(?:[Nn]othing|[Nn]ot|[Nn]o|[Nn]ever|[Nn]either|[Nn]or)\b${sameSentence})`;
/** "Each Contracting Party waives all its claims against …"; not where a negation before it in the sentence denies the waiver. */
const waives = String.raw`\b(?:waives?|(?:shall|will)\s+waive)\s+(?:all\s+)?(?:its\s+|their\s+)?claims?\b${negated}`;
const liabilityWords = new RegExp(`${liable}|${claimsAgainst}|${waives}`, 'iu');
/** A piece of every text `liabilityWords` matches, under the same flags: asked first. */
const mayBeLiability = /liable|claim/iu;

/** Whether the instrument's prose says in words who answers for damage (see above). */
export function liabilityInWords(model: SemanticModel): boolean {
  return saysInProse(model, liabilityWords, mayBeLiability);
}
