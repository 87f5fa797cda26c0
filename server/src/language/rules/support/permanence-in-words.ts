/**
 * A treaty whose own words make what it grants or arranges permanent, read for `missing-termination`
 * (hundred-and-third real-instrument run, defects 1–2). The NL–US Agreement concerning American
 * Military Cemeteries (The Hague, 4 May 1970; read: BWBV0004383) is the case: the Governments,
 * "desiring to simplify and give permanent character to the arrangements" (preamble), grant "the
 * full and free use, in perpetuity, … of the land required for a permanent United States military
 * cemetery" (Art. II(1)), provide one end only — the land reverts "should the property … cease to be
 * used for cemeterial purposes" (Art. II(6)) — and say of the whole only that it "shall be valid for
 * an indefinite period" (Art. VII). Nothing on termination, denunciation or withdrawal.
 *
 * "A treaty which contains no provision regarding its termination and which does not provide for
 * denunciation or withdrawal is not subject to denunciation or withdrawal unless: (a) it is
 * established that the parties intended to admit the possibility of denunciation or withdrawal; or
 * (b) a right of denunciation or withdrawal may be implied by the nature of the treaty" (VCLT
 * Art. 56(1); read: BWBV0003441). Words of perpetuity point to neither: the silence is the rule of
 * Art. 56(1), which is what such parties mean, and a notice period offered to a drafter ("add
 * `termination with notice of 6 months`") would make revocable at will what the text grants for
 * ever. The parties may still end it together at any time (Art. 54(b)).
 *
 * Narrow on purpose: "in perpetuity", a "perpetual" use, right, grant or peace, permanent character given to what the
 * treaty arranges, and the treaty itself said to be permanent or in force for ever. Not "permanent"
 * alone — a Permanent Representative, a permanent establishment, a body "of a permanent character",
 * staff "assigned permanently" say nothing of the treaty's life — and not words of indefinite
 * duration ("valid for an indefinite period", "shall remain in force indefinitely", "of unlimited
 * duration"): those leave the end open rather than exclude it, and are written beside an exit as
 * often as not ("This Convention shall be of unlimited duration" with a right to withdraw on 90
 * days' notice, Chemical Weapons Convention 1993, Art. XVI(1)–(2); read: BWBV0001193).
 */
import type { SemanticModel } from '../../model/semantic-model';
import { oncePer } from '../../util/once-per';
import { singleSpaced } from '../../util/single-spaced';
import { matchesOf } from '../../util/all-matches';
import { viennaCitation } from './vienna-convention';

const instrument = String.raw`(?:this|the\s+present)\s+(?:agreement|treaty|convention|arrangement|protocol)`;
const permanence = new RegExp(
  [
    String.raw`\bin\s+perpetuity\b`,
    // "perpetual" only before what a treaty grants or makes for ever: a "perpetual licence" to a
    // tool says nothing of how long the treaty lasts.
    String.raw`\bperpetual\s+(?:use|right|rights|grant|lease|concession|peace|friendship|neutrality|alliance)\b`,
    // "give permanent character to the arrangements" (the cemeteries Agreement's preamble).
    String.raw`\b(?:give|gives|given|giving|confer|confers|conferred|conferring|lend|lends)\s+(?:a\s+)?permanent\s+(?:character|form)\s+to\s+(?:the|these|this|their|its)\s+[\p{L}-]+`,
    String.raw`\b${instrument}\s+(?:shall\s+be|is)\s+permanent\b`,
    String.raw`\b(?:remain|continue|be)\s+(?:valid|in\s+force)\s+(?:permanently|for\s+ever|forever)\b`,
    String.raw`\bpermanently\s+in\s+force\b`,
  ].join('|'),
  'giu',
);

/**
 * The words (at most two, distinct, as written) by which the treaty's clauses state permanence, or
 * an empty list. Read once per model: the rule asks for its message, its fixes and its ceiling.
 */
export const permanenceInWords = oncePer((model: SemanticModel): readonly string[] => {
  const found = new Set<string>();
  for (const clause of model.ast.clauses) {
    const text = singleSpaced(model.clauseText(clause) ?? '');
    for (const m of matchesOf(text, permanence)) {
      if (!statesPermanence(m[0], sentenceAround(text, m.index ?? 0, m[0].length))) continue;
      found.add(m[0]);
      if (found.size === 2) return [...found];
    }
  }
  return [...found];
});

/**
 * Whether the sentence the words stand in makes what the treaty grants or arranges permanent
 * (treaty lawyer lr25, defect 1). Not where it is negated ("Personal data … shall not be retained in
 * perpetuity") or speaks of the treaty's end ("shall be protected in perpetuity, notwithstanding the
 * termination of this Agreement" assumes the treaty can end); and "in perpetuity" only where it
 * qualifies something conferred — a use, a right, a grant ("grants … the full and free use, in
 * perpetuity, … of the land", the cemeteries Agreement, Art. II(1)) — not a duty to keep or protect.
 */
function statesPermanence(words: string, sentence: string): boolean {
  if (/\b(?:not|no|never|nor|neither|nothing|cannot)\b/iu.test(sentence)) return false;
  if (/\b(?:terminat\w*|denunciat\w*|denounc\w*|withdraw\w*|notwithstanding|surviv\w*|expir\w*|cessation)\b/iu.test(sentence)) return false;
  if (!/\bin\s+perpetuity\b/iu.test(words)) return true;
  return /\b(?:grants?|granted|granting|confers?|conferred|cedes?|ceded|use|right|rights|lease|title|concession)\b/iu.test(sentence);
}

/** The sentence around `[start, start + length)`: from the last full stop or semicolon before it to the next after it. */
function sentenceAround(text: string, start: number, length: number): string {
  let from = start;
  while (from > 0 && !/[.;]/u.test(text[from - 1])) from--;
  let to = start + length;
  while (to < text.length && !/[.;]/u.test(text[to])) to++;
  return text.slice(from, to);
}

/** The words quoted for a message: "“in perpetuity”; “give permanent character to the arrangements”". */
export function quotedPermanence(words: readonly string[]): string {
  return words.map((w) => `"${w}"`).join('; ');
}

/**
 * `missing-termination`'s message where the words state permanence: on a draft, what the silence
 * means and a way to say it that keeps the bargain (termination by the Parties together, Art. 54(b)),
 * never a notice period; on a concluded text, that the silence is Art. 56(1)'s rule, not a gap.
 */
export function permanenceTerminationMessage(model: SemanticModel, words: readonly string[], concluded: boolean): string {
  const rule = `silent on its termination, it is not subject to denunciation or withdrawal unless it is established that the parties intended to admit that possibility or a right to it may be implied by the nature of the treaty (${viennaCitation(model, 'Art. 56(1)')}), and these words point to neither`;
  if (concluded)
    return `The treaty states no termination, denunciation or withdrawal; if it does, in words the transcription has not declared, declare them in the header (\`termination …\`, \`withdrawal …\`). Its own words make what it grants or arranges permanent (${quotedPermanence(words)}): ${rule}. The silence is that rule, not a gap; the treaty may be ended at any time by consent of all the parties after consultation with the other contracting States (the same Convention, Art. 54(b)).`;
  return `Say whether a Party may end the treaty: its own words make what it grants or arranges permanent (${quotedPermanence(words)}), and ${rule}. If that is what the Parties mean, the silence says it; to put it beyond doubt, a clause can say that the treaty may be terminated only by agreement between the Parties (as all the parties may at any time, after consultation with the other contracting States, the same Convention, Art. 54(b)). No notice period is offered: it would make revocable at will what the text grants permanently.`;
}
