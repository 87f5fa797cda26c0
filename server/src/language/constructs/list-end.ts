/**
 * Where a list ends at a line with no label of its own (constructs/paragraph-split.ts reads them).
 *
 * A new sentence after an item that ended one is no words of that item, in a dashed list and in a
 * list of lower-case letters or Roman numerals alike: "c) to exchange views on further development
 * of … co-operation." then, on a line of its own, "The Joint Commission may set up Special Working
 * Groups … The Joint Commission will draw up the terms of reference of such Groups." (NL–Czechoslovakia
 * 1975, Art. 2, read: BWBV0003866) is a power of the Commission beside its functions, not one of
 * them; run into c), it read as a function under (c) (hundred-and-eighth run, defect 2). So is "The
 * facility at (a) above shall be subject to the following conditions:" after item c) (NL–India 1983,
 * Annex 2, read: BWBV0002676), whose conditions i)–iv) govern facility (a), not (c) (hundred-and-sixth
 * run, defect 2).
 *
 * Narrow, since a line break is most often where the transcriber wrapped a line: only in a text whose
 * lines are not wrapped (`wrapsLines`: "b. if for medical reasons the transfer … is not possible." then
 * "The prisoner shall be transferred … as soon as his medical situation allows." is item b.'s own
 * sentence wrapped, NL–Norway 2015, read: BWBV0006451, as is UNCAC Art. 2(a)(iii)'s "However, …",
 * read: BWBV0001830); only after an item written on one line, its label's, that ends as an item does
 * (".", or ";" where the line opens a list of its own: after ";" a line in capitals may be the next
 * element written without its label), and a line that begins with a capital; and only after the last item: where the next
 * label continues the list ("d)" after the words after "c)"), words between two items of one list
 * are the first's, and they return to it.
 */
import type { Block } from './paragraph-tree';
import type { OpenList } from './numbered-labels';
import { leadingLabel } from './list-labels';
import { endsChapeau } from './unlabelled-elements';

/** A line that ends a sentence. */
export const sentenceEnd = /[.!?]["”’)\]]*$/u;
/** A line that ends an element as an item ends, not as a chapeau or with "and", "or" (the list goes on). */
const endsItem = /[.!?;]["”’)\]]*$/u;
/** A line that begins a new sentence. */
export const newSentence = /^["“‘(]?\p{Lu}/u;
/** Lists of lower-case letters and Roman numerals: "a)", "(b)", "c.", "(iv)". Numbers and capitals are the text's paragraphs, whose sentences wrap. */
const lettered = /:lower(?:-roman)?$/u;

/** Where the innermost dashed list is open, -1 where none is. */
export function dashListAt(open: readonly OpenList[]): number {
  for (let i = open.length - 1; i >= 0; i -= 1) if (open[i].kind === 'dash') return i;
  return -1;
}

/**
 * Whether a text's lines are wrapped where the transcriber's width ran out: a line that ends in the
 * middle of a sentence (a word, a comma) followed by one in lower case that is no list item ("… to a
 * medical centre in" then "the Receiving State:"). A text that sets each paragraph and item on a line
 * of its own has none.
 */
export function wrapsLines(lines: readonly string[]): boolean {
  for (let i = 1; i < lines.length; i += 1) {
    if (/[\p{L}\p{N},]$/u.test(lines[i - 1]) && /^\p{Ll}/u.test(lines[i]) && leadingLabel(lines[i]) === undefined) return true;
  }
  return false;
}

/** The place in `open` of the lettered list a new sentence `line` ends, after `last`, its item on one line `previous`, in a text whose lines are not `wrapped`. */
export function endedLetters(line: string, previous: string, open: readonly OpenList[], last: Block | undefined, wrapped: boolean): number | undefined {
  const at = open.length - 1;
  if (wrapped || at < 0 || !lettered.test(open[at].kind) || !last || last.depth !== at || last.label === '') return undefined;
  if (!endsItem.test(previous) || !newSentence.test(line) || leadingLabel(previous)?.text !== last.label) return undefined;
  // After an item that ends as an element (";"), not a sentence, a line in capitals may be the list's next
  // element written without its label ("(a) For the Kingdom of the Netherlands: the Minister of Justice;" then
  // "For the Republic of Singapore: the Attorney-General."): it ends the list only where it opens a list of
  // its own, as "The facility at (a) above shall be subject to the following conditions:" does.
  if (!sentenceEnd.test(previous) && !endsChapeau.test(line)) return undefined;
  return at;
}

/** A lettered list a new sentence ended, kept until the next label, which may continue it. */
export interface EndedList {
  /** The list as it was, the lists open and the paragraphs to resume. */
  readonly list: OpenList;
  readonly open: readonly OpenList[];
  readonly resumable: OpenList | undefined;
  /** The last item, and where the words after it begin among the blocks. */
  readonly item: Block;
  readonly from: number;
}

/**
 * The words after an item given back to it where `readings` continue its list and nothing with a
 * label came between: "c) …." then "The Commission …" then "d) …" is one item c). True where they were.
 */
export function resumesEnded(ended: EndedList | undefined, readings: readonly { kind: string; value: number }[], blocks: Block[]): ended is EndedList {
  if (!ended || blocks.length !== ended.from + 1 || !readings.some((r) => r.kind === ended.list.kind && r.value === ended.list.value + 1)) return false;
  const [words] = blocks.splice(ended.from);
  ended.item.text = `${ended.item.text} ${words.text}`.trim();
  return true;
}
