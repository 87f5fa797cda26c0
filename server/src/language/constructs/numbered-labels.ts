/**
 * The labels of numbered texts that are not "1." or "(a)": an IMO sub-item ".1", a paragraph number
 * of three levels printed without its final full stop ("3.1.9"), a later section's paragraph where an
 * excerpt leaves the first out ("2.3.3." after "2.1.11."). Read by the paragraph splitter
 * (paragraph-split.ts) against the lists it has open.
 */
import type { Label } from './list-labels';

/** A list the splitter has open: the kind of its labels and the value of the last. */
export interface OpenList {
  kind: string;
  value: number;
}

/**
 * An IMO sub-item, a number after a full stop, each on its own line under its paragraph: "3.1.4.
 * The responsible authorities of Parties shall:" then ".1 immediately acknowledge the receipt of
 * such a request; and", ".2 as soon as possible indicate …" (SAR Convention 1979, Annex 3.1.4; the
 * London Protocol 1996 writes its Art. 1(4) items so; fifty-ninth run, item 7). Read like "(a)":
 * only where a label may stand, the first opening a list and the others continuing it.
 */
export function imoItem(line: string): Label | undefined {
  const match = /^\.(\d{1,2})\s+(?=\S)/u.exec(line);
  return match ? { text: `.${match[1]}`, rest: line.slice(match[0].length), readings: [{ kind: 'imo:number', value: Number(match[1]) }] } : undefined;
}

/**
 * A paragraph number of three or more levels printed without its final full stop, followed by a
 * capital: "3.1.9 Parties shall co-ordinate …" after "3.1.8. Parties should enter …" (SAR Convention
 * 1979, Annex 3.1.9, as printed "3.1.9Parties": the 2004 amendment; fifty-ninth run, item 7). Only
 * the next number of a list that is open: "2.5 million", "1.2.3 Rules" out of sequence, or a date
 * ("12.03.2020") stay in their sentence.
 */
export function unstoppedDecimal(line: string, open: readonly OpenList[]): Label | undefined {
  const match = /^(\d{1,3}(?:\.\d{1,3}){2,})\s+(?=[\p{Lu}"“‘(])/u.exec(line);
  if (!match) return undefined;
  const parts = match[1].split('.');
  const kind = `dot:decimal:${parts.slice(0, -1).join('.')}`;
  const value = Number(parts[parts.length - 1]);
  if (!open.some((list) => list.kind === kind && list.value + 1 === value)) return undefined;
  return { text: match[1], rest: line.slice(match[0].length), readings: [{ kind, value }] };
}

/**
 * A numbered paragraph of a later section at the depth of an open one, its first paragraphs left
 * out: "2.3.3." after "2.1.11." where an excerpt gives paragraphs 2.1.11 and 2.3.3 only (SAR
 * Convention 1979, Annex; fifty-ninth run, item 7) is the paragraph of the section after, not a
 * sentence of 2.1.11 or a list nested in it. Only for a number that is not the first of its section
 * (a first, "2.3.1.", already opens a list of its own), with as many levels as the open list's and a
 * greater section number.
 */
export function laterSection(label: Label, open: readonly OpenList[]): { at: number; list: OpenList } | undefined {
  const reading = label.readings.find((r) => r.kind.startsWith('dot:decimal:') && r.value > 1);
  if (!reading) return undefined;
  const section = reading.kind.slice('dot:decimal:'.length).split('.').map(Number);
  for (let i = open.length - 1; i >= 0; i -= 1) {
    if (!open[i].kind.startsWith('dot:decimal:')) continue;
    const other = open[i].kind.slice('dot:decimal:'.length).split('.').map(Number);
    if (other.length !== section.length) continue;
    const k = section.findIndex((n, j) => n !== other[j]);
    if (k >= 0 && section[k] > other[k]) return { at: i, list: { kind: reading.kind, value: reading.value } };
    return undefined;
  }
  return undefined;
}

/**
 * A label out of sequence in a list that is open, after a line that ends an item: "(b) …;", "(e)
 * additional funds …;", "(d) earnings of natural persons;", "(e) the proceeds …" (NL–Singapore 1972,
 * Art. VIII, as the series prints it, "(c)" in the Dutch text; read: BWBV0003393). Run into the item
 * before it, item (d) read as words of (e) (hundred-and-fifth run, defect 3): a new item of the
 * innermost list of its kind (`at`), its label as written, the count going on from it (`list`).
 */
export function outOfSequence(label: Label, open: readonly OpenList[]): { at: number; list: OpenList } | undefined {
  for (let at = open.length - 1; at >= 0; at -= 1) {
    const fit = label.readings.find((r) => r.kind === open[at].kind);
    if (fit) return { at, list: { kind: fit.kind, value: fit.value } };
  }
  return undefined;
}
