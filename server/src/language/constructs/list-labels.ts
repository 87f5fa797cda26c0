/**
 * The numbers and letters with which a drafter labels paragraphs and list items ("1.", "2)", "(3)",
 * "5.1.", "(a)", "b)", "c.", "(iv)", "ii.", "A.", "III."), read so that the export can print them as
 * written (export review 2, S1): what kind of list a label belongs to and its place in it, so that
 * "(i)" after "(e)" opens a sub-list while "(i)" after "(h)" continues the letters, and a number
 * out of sequence ("18 June / 1998.") is not taken for a paragraph (S2).
 */

/** One reading of a label: the kind of list (its style and its counting) and its place in it. */
export interface LabelReading {
  /** `paren:number` for "(3)", `dot:lower` for "c.", `close:lower-roman` for "ii)", `dot:decimal:5` for "5.1.". */
  readonly kind: string;
  /** 1 for "1.", "(a)", "i)", "A.", "I."; 26 for "z)". */
  readonly value: number;
}

export interface Label {
  /** As written: "(a)", "5.1.", "III.". */
  readonly text: string;
  /** The text after the label and the space that follows it. */
  readonly rest: string;
  /** Every reading, the likelier first: "(i)" is the first roman numeral or the ninth letter. */
  readonly readings: readonly LabelReading[];
}

/**
 * "(a)", "(12)", "(iv)", "(A)"; "12.", "5.1.", "a.", "IV."; "12)", "a)", "iv)". Followed by a space.
 * A bracketed label may carry a full stop, "(a). The Members of the Council shall be:" (Customs
 * Co-operation Council Convention 1950, Arts. II–XX; fifty-fourth run, item 4): the same label.
 */
const labelPattern = /^(?:\((\d{1,3}|[a-z]{1,4}|[A-Z]{1,4})\)\.?|(\d{1,3}(?:\.\d{1,3})*)\.|(\d{1,3}|[a-z]{1,4}|[A-Z]{1,4})([.)]))\s+(?=\S)/u;

/** The label that begins `text`, if any. */
export function leadingLabel(text: string): Label | undefined {
  const match = labelPattern.exec(text);
  if (!match) return undefined;
  const [whole, inParens, dotted, bare, mark] = match;
  const style = inParens !== undefined ? 'paren' : dotted !== undefined || mark === '.' ? 'dot' : 'close';
  const body = inParens ?? dotted ?? bare!;
  const readings = readingsOf(body, style);
  if (readings.length === 0) return undefined;
  return { text: whole.trimEnd(), rest: text.slice(whole.length), readings };
}

function readingsOf(body: string, style: string): LabelReading[] {
  if (/^\d+(?:\.\d+)+$/.test(body)) {
    const parts = body.split('.');
    return [{ kind: `${style}:decimal:${parts.slice(0, -1).join('.')}`, value: Number(parts[parts.length - 1]) }];
  }
  if (/^\d+$/.test(body)) return [{ kind: `${style}:number`, value: Number(body) }];
  const lower = body === body.toLowerCase();
  const roman = romanValue(body.toLowerCase());
  const letter = body.length === 1 ? body.toLowerCase().charCodeAt(0) - 96 : undefined;
  const readings: LabelReading[] = [];
  // "i", "v", "x" are letters and numerals; "ii", "iv" only numerals; "c", "d", "l", "m" only letters.
  if (roman !== undefined && (body.length > 1 || /^[ivx]$/i.test(body))) readings.push({ kind: `${style}:${lower ? 'lower' : 'upper'}-roman`, value: roman });
  if (letter !== undefined) readings.push({ kind: `${style}:${lower ? 'lower' : 'upper'}`, value: letter });
  return readings;
}

const romanDigits: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** "iv" → 4; undefined for what is no well-formed roman numeral ("iiii", "vx"). */
function romanValue(text: string): number | undefined {
  if (!/^(?:c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/.test(text) || text === '') return undefined;
  let total = 0;
  for (let i = 0; i < text.length; i += 1) {
    const value = romanDigits[text[i]];
    const next = romanDigits[text[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
