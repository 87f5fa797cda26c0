/**
 * The drafter's preamble paragraph by paragraph, as the exports print it (render/preamble.ts).
 *
 * Recitals the text sets out as a dashed list under the words that name the parties print as that
 * list, as an article's dashed items do: "The Government of the Kingdom of the Netherlands and the
 * Government of the Czechoslovak Socialist Republic" then "- desiring to enlarge …,", "- confirming …,",
 * "- recognizing …,", "- referring to … the General Agreement on Tariffs and Trade," then "have agreed
 * as follows:" (NL–Czechoslovakia 1975, preamble, read: BWBV0003866). Run into one paragraph the
 * dashes read as words ("… Socialist Republic - desiring …"; hundred-and-eighth run, defect 3).
 *
 * The last item keeps only its own words. What the series or the transcription runs into it after its
 * comma or semicolon is no words of the item: the words that complete the parties' sentence ("…
 * Trade, have agreed as follows:"), printed after the list as a chapeau's closing words are; or the
 * next recital, a new sentence in capitals that opens as recitals open ("… (MINEPS V); Convinced that
 * dialogue …", Macolin Convention 2014; "… from that of the child,     Have resolved to conclude this
 * Convention …", HCCH Child Support Convention 2007), printed as a paragraph of its own, as before.
 * Any other list in a preamble (letters, numbers, a list under an item) is printed in its paragraph's
 * words, each label as written, as before.
 */
import type { ListItem, Paragraph } from '../constructs/construct';
import { preambular } from '../model/prose-voice';
import { matchesOf } from '../util/all-matches';

/** The words that complete the parties' sentence after the last recital: ", have agreed as follows:". */
const closingWords = /,\s+((?:have|hereby)\s[^,;]*(?::|\s[-–—]))$/u;
/** Where the next recital begins after the last one's comma or semicolon. */
const nextRecital = /[,;]\s+(?=\p{Lu})/gu;

/** A paragraph of the drafter's preamble as the exports print it: strings, and a dashed list kept as one. */
export function recitals(p: Paragraph): Paragraph[] {
  if (typeof p === 'string') return [p];
  const items = p.items ?? [];
  if (items.length === 0 || p.table || p.wrapUp !== undefined || !items.every((i) => /^[-–—•]$/u.test(i.label) && !i.items)) return [flatten(p)];
  const last = items[items.length - 1];
  const closing = closingWords.exec(last.text);
  if (closing) return [{ ...p, items: [...items.slice(0, -1), { ...last, text: last.text.slice(0, closing.index + 1) }], wrapUp: closing[1] }];
  for (const match of matchesOf(last.text, nextRecital)) {
    const rest = last.text.slice(match.index + match[0].length);
    if (!preambular.test(rest) && !/^(?:Have|HAVE)\s/u.test(rest)) continue;
    return [{ ...p, items: [...items.slice(0, -1), { ...last, text: last.text.slice(0, match.index + 1) }] }, rest];
  }
  return [p];
}

/** A recital with its list, each label as written: "considering that: (a) …; (b) …". */
function flatten(p: { readonly text: string; readonly label?: string; readonly items?: readonly ListItem[]; readonly wrapUp?: string }): string {
  return [p.label, p.text, ...(p.items ?? []).map(flatten), p.wrapUp].filter((part) => part).join(' ');
}
