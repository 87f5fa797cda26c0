/**
 * Whether the other vocabulary's words, put in place of the words found, still make a sentence,
 * and how the words around them must change so that they do (twenty-sixth real-instruments run:
 * "This Arrangement is entered into force for an indefinite period", Czech Republic–Netherlands tax
 * information arrangement 2015, Art. 8(2), became "is came into effect").
 *
 * The rows of model/wording.ts replace a form with a form ("entered into force" → "came into
 * effect"); an English past participle and a past tense are often one form, and a replacement that
 * is only the past tense breaks the sentence after an auxiliary:
 * - after "has", "have", "had", "having" (a perfect): the participle — "has come into effect";
 *   "has come into effect" back into treaty wording is "has entered into force";
 * - after "is", "are", "be", "been", "being" (the non-native passive "is entered into force", whose
 *   meaning is "has entered into force"): the auxiliary changes with the words — "has come into
 *   effect", "have come into effect", "will come into effect", "has come into effect" for "has been
 *   entered into force"; after "was" or "were" the sentence may mean the event or the state that
 *   followed it, and no rewrite is offered;
 * - after "once", "when", "if", "until", "unless" the form is a participle with no auxiliary, and
 *   "once came into effect" is no English: no rewrite is offered;
 * - "undertake to" → "will" cannot follow a modal or "to" ("shall will", "agree to will"): none;
 * - "a" or "an" before the words follows the first sound of the replacement: "an Article" → "a
 *   Paragraph", "a commitment" → "an obligation".
 * Adverbs between the auxiliary and the words stay where they are: "is hereby entered into force" →
 * "has hereby come into effect".
 */
import { carryCase } from '../util/carry-case';

/** What replaces the text from `from` up to the end of the words found. */
export interface FittedRewrite {
  readonly from: number;
  readonly text: string;
}

interface ParticipleRow {
  /** The participle after a perfect auxiliary. */
  readonly perfect: string;
  /** After a form of "be": the auxiliary's replacement ('' to drop it) and the words', or undefined where none fits. */
  readonly passive: Readonly<Record<string, readonly [string, string] | undefined>>;
  /** Whether the form stands as a participle after a subordinating word ("once entered into force"). */
  readonly bareParticiple: boolean;
}

const participles: Readonly<Record<string, ParticipleRow>> = {
  'entered into force': {
    perfect: 'come into effect',
    passive: { is: ['has', 'come into effect'], are: ['have', 'come into effect'], be: ['', 'come into effect'], been: ['', 'come into effect'], being: ['', 'coming into effect'] },
    bareParticiple: true,
  },
  'come into effect': { perfect: 'entered into force', passive: {}, bareParticiple: false },
  'come into operation': { perfect: 'entered into force', passive: {}, bareParticiple: false },
};

const adverb = String.raw`(?:not|already|now|hereby|also|yet|thus|then|duly|since|thereby|\p{L}+ly)`;
/** The auxiliary nearest before the words, and the adverbs between. */
const auxiliaryBefore = new RegExp(String.raw`(?:^|[^\p{L}])(has|have|had|having|is|are|was|were|be|been|being)((?:\s+${adverb})*)\s+$`, 'iu');
const perfectAuxiliary = /^(?:has|have|had|having)$/iu;
const subordinatorBefore = /(?:^|[^\p{L}])(?:once|when|if|until|unless|as\s+soon\s+as)\s+$/iu;
const modalBefore = /(?:^|[^\p{L}])(?:shall|will|may|must|should|would|can|could|might|to)\s+(?:(?:not|also|hereby|further)\s+)?$/iu;
const articleBefore = /(?:^|[^\p{L}])(a|an)(\s+)$/iu;

/**
 * The rewrite of the words at [start, end) of `text` — written form `key` (lower case, single
 * spaces), replacement `replacement` (its case already carried) — that keeps the sentence English,
 * or undefined where no word-for-word rewrite does.
 */
export function fitRewrite(text: string, start: number, end: number, key: string, replacement: string): FittedRewrite | undefined {
  const before = text.slice(Math.max(0, start - 60), start);
  const row = participles[key];
  if (row) {
    const aux = auxiliaryBefore.exec(before);
    if (aux) {
      if (perfectAuxiliary.test(aux[1])) return { from: start, text: carryCase(text.slice(start, end), row.perfect) };
      const passive = row.passive[aux[1].toLowerCase()];
      if (!passive) return undefined;
      const auxStart = start - before.length + aux.index + aux[0].length - aux[1].length - aux[2].length - /\s+$/u.exec(aux[0])![0].length;
      const [newAux, words] = passive;
      const adverbs = aux[2].trim();
      const lead = newAux ? `${carryCase(aux[1], newAux)} ` : '';
      return { from: auxStart, text: `${lead}${adverbs ? `${adverbs} ` : ''}${carryCase(text.slice(start, end), words)}` };
    }
    if (row.bareParticiple && subordinatorBefore.test(before)) return undefined;
  }
  if (/^undertakes?\s+to$/u.test(key) && modalBefore.test(before)) return undefined;
  const article = articleBefore.exec(before);
  if (article) {
    const wanted = /^[aeiou]/iu.test(replacement) ? 'an' : 'a';
    if (article[1].toLowerCase() !== wanted) {
      const articleStart = start - article[1].length - article[2].length;
      return { from: articleStart, text: `${carryCase(article[1], wanted)}${article[2]}${replacement}` };
    }
  }
  return { from: start, text: replacement };
}
