/**
 * A drafter's text as paragraphs and nested list items, each with its own label as written
 * ("1.", "(a)", "ii)", "III.", or none), in the text's order: the export prints the drafter's
 * numbers, never its own (export review 2, S1). A label starts a paragraph or an item only where
 * a label can stand:
 * - at the start of a line that follows a blank line, the start of the text, a gap "[…]", or a
 *   line that ends a sentence or a list element (".", ":", ";", ",", ", or", "; and"): so a year or
 *   a reference wrapped onto the next line ("18 June / 1998.", "(LHW / 14)", "in paragraph / 1.")
 *   stays in its sentence (S2); after any other line only the first label of a new list (a
 *   heading line, then "1."); a table's last row ends its paragraph;
 * - and in sequence: the next of a list that is open ("(f)" after "(e)"), a gap's later number
 *   ("3." after "1. … […]"), or the first of a new list ("(i)" under "(e) a threat:"), which nests
 *   under the element before it — a list of lower-case letters or Roman numerals after a paragraph
 *   with no number that ends in ":" under that paragraph (`opensUnder`). After a blank line or a
 *   gap any number may begin a list ("19." where a transcription gives paragraphs 19–22).
 * The next label of an open list in brackets, "(ii)" or "b)", may follow any line, and "3." may
 * follow a line that ends in no word a number would complete ("2. Date of reservation/ issue of
 * ticket / 3.", "Ongeclassificeerd | Unclassified / 17."); a line that is
 * only a designation ("Part B"), or a part's designation with its title run in ("Part II The line
 * bounding …", `runInPart`), is a paragraph of its own, closing the lists before it; the next line
 * begins another. Paragraphs set apart by a blank line inside an item, up to its next label, are
 * that item's (`within`).
 * A later number of an open list may also follow a sentence end within a line ("… of 18 April
 * 1961. 2. The immunity …"), as where a line break fell elsewhere. Lines starting "|" are the rows
 * of a table under the paragraph before them, the first row its head.
 * A dash at the start of a line ("–", "-", "—", "•") is an item of a dashed list, under the element
 * before it (`dashItem`, below).
 */
import type { Paragraph } from './construct';
import { tableRow, tree, type Block } from './paragraph-tree';
import { leadingLabel, type Label, type LabelReading } from './list-labels';
import { closesChapeauList } from './chapeau-closing';
import { imoItem, laterSection, outOfSequence, unstoppedDecimal, type OpenList } from './numbered-labels';
import { matchesOf } from '../util/all-matches';
import { alternative, endsAlternatives, endsChapeau, endsElement } from './unlabelled-elements';
import { opensFinalFormula, opensSignatureBlock } from './final-formula-line';
import { dashListAt, endedLetters, newSentence, resumesEnded, sentenceEnd, wrapsLines, type EndedList } from './list-end';
import { headingLine, takesNumber } from './heading-lines';
import { letterLine, readsAsLetter } from './letter-lines';


/** A gap the transcriber marked: "[…]", "[...]". */
const gap = /\[(?:…|\.\.\.)\]$/u;
/** Inside a line: a sentence end, then a number and a full stop, then a capital or an opening mark. */
const inlineNumber = /([.;:])\s+(\d{1,3})\.\s+(?=[\p{Lu}"“‘(])/gu;

export function splitParagraphs(text: string): Paragraph[] {
  const blocks: Block[] = [];
  const rows = new Map<Block, string[][]>();
  let open: OpenList[] = [];
  /**
   * The paragraph list of the text's top level that an unnumbered paragraph closed ("(a). The
   * Members of the Council shall be:", then its items "(i)the …", "(ii)the …" transcribed without
   * a space and so read as unnumbered paragraphs): the next letter after a sentence end, "(b).",
   * resumes it at the top level instead of running into the paragraph before (Customs
   * Co-operation Council Convention 1950, Art. II; treaty lawyer lr10, defect 7).
   */
  let resumable: OpenList | undefined;
  let blank = true;
  let gapped = false;
  /** The line before was an unlabelled element of a paragraph's list (`alternative`). */
  let alternatives = false;
  let previous = '';
  /** The paragraphs set apart by a blank line after an item, kept as its own if the next label is the item's next (`within`). */
  let pending: Within | undefined;
  /** The lettered list a new sentence after its last item ended (list-end.ts), until the next label. */
  let ended: EndedList | undefined;

  /** Where a label may stand and fits the lists open: the depth it takes, updating the lists. */
  const place = (label: Label, free: boolean, ended = false): number | undefined => {
    // A free label may skip ahead in its list ("19." after "1."), but not where it can open a list
    // of its own: "(i)" after "(a). … shall be:" is the first sub-item, not the ninth letter.
    const skips = free && !label.readings.some((r) => r.value === 1);
    for (let i = open.length - 1; i >= 0; i -= 1) {
      const fit = label.readings.find((r) => r.kind === open[i].kind && (r.value === open[i].value + 1 || (skips && r.value > open[i].value) || (ended && letterSkip(r, label, open[i]))));
      if (fit) {
        open = open.slice(0, i + 1);
        open[i] = { kind: fit.kind, value: fit.value };
        return i;
      }
    }
    const advanced = laterSection(label, open);
    if (advanced) {
      open = open.slice(0, advanced.at + 1);
      open[advanced.at] = advanced.list;
      return advanced.at;
    }
    const first: LabelReading | undefined = label.readings.find((r) => r.value === 1) ?? (free ? label.readings[0] : undefined);
    // A dashed list under a paragraph the drafter did not number nests under it, as under any element
    // (`under`: no label of the text continues it); another list there starts at the top, as before.
    if (first?.kind === 'dash' && open.length === 0 && blocks.length > 0) open.push(under);
    else if (first && first.kind !== 'dash' && open[0] === under) open = [];
    else if (first && open.length === 0 && opensUnder(first, blocks[blocks.length - 1])) open.push(chapeau);
    // The paragraphs an unnumbered paragraph closed resume at their next number; after a chapeau's list
    // (`chapeau`) after a blank line too: "1. …", "To that end, they shall:", "(a) …", "(b) …", blank,
    // "2. …" is paragraph 2, not a list under (b).
    const resumed = first && open[0] !== chapeau ? undefined : label.readings.find((r) => r.kind === resumable?.kind && r.value === resumable.value + 1);
    if (resumed) {
      open = [{ kind: resumed.kind, value: resumed.value }];
      return 0;
    }
    // The label of the item before it again, where a label may stand ("(vii) value added tax …;" then
    // "(vii) tax on games of chance …;", NL–British Virgin Islands TIEA 2009, Art. 3(1)(a); eighty-first
    // run, item 2): the text's own slip, a new item with the label as written, the list's count unchanged.
    // So is a label that could open a list ("(a)", "(i)", "1.") written again where its list's current
    // item has it: "(a) technical advice;" then "(a) on-site support;" then "(b) equipment." are three
    // items, not two under the first (treaty lawyer lr19, D8); a list of the same labels right under an
    // item that ended (".", ";") is no layout a text uses; after one that opens a list (":") it is,
    // in IMO numbering ("4. .1 ‘‘Dumping’’ means:" then ".1 any deliberate disposal …", London Protocol 1996).
    if (repeats(label, open[open.length - 1]) && (!first || (!free && ended))) return open.length - 1;
    // Not a label alone on its line ("1. First." then "7."): words of the text, not an item (real-run-51).
    const unordered = first || !ended || label.rest === '' ? undefined : outOfSequence(label, open);
    if (unordered) {
      open = open.slice(0, unordered.at + 1);
      open[unordered.at] = unordered.list;
      return unordered.at;
    }
    if (!first) return undefined;
    // A list already open of the same kind that the label does not continue: after a blank line, a
    // new list in its place ("(a)" under Part B after Part A's "(d)"); otherwise nested.
    open.push({ kind: first.kind, value: first.value });
    return open.length - 1;
  };

  /** A labelled block, and a second label at its very start ("4. (a) This Convention …", "5. 1. No exception …", "4. .1 ‘‘Dumping’’ means:"). */
  const labelled = (label: Label, depth: number): void => {
    const inner = leadingLabel(label.rest) ?? imoItem(label.rest);
    const innerFirst = inner?.readings.find((r) => r.value === 1);
    if (inner && innerFirst) {
      blocks.push({ label: label.text, text: '', depth });
      open.push({ kind: innerFirst.kind, value: 1 });
      continued(inner.rest, { label: inner.text, text: '', depth: depth + 1 });
    } else continued(label.rest, { label: label.text, text: '', depth });
  };

  /** Text added to `block` (pushed first when new), cut where a later number of an open list follows a sentence end. */
  const continued = (line: string, block: Block | undefined): void => {
    if (block) blocks.push(block);
    const current = blocks[blocks.length - 1];
    // Only a numbered list already open can be continued inside a line: without one, the line is
    // not searched (most are not; the search was a fifth of splitting a text's clauses).
    if (open.some((list) => list.kind === 'dot:number')) for (const match of matchesOf(line, inlineNumber)) {
      const value = Number(match[2]);
      let at = open.length - 1;
      while (at >= 0 && !(open[at].kind === 'dot:number' && open[at].value + 1 === value)) at -= 1;
      if (at < 0) continue;
      const cut = match.index + match[1].length;
      append(current, line.slice(0, cut));
      open = open.slice(0, at + 1);
      open[at] = { kind: 'dot:number', value };
      const label = leadingLabel(line.slice(cut).trimStart())!;
      labelled(label, at);
      return;
    }
    append(current, line);
  };

  const lines = text.split('\n').map((raw) => raw.trim());
  const wrapped = wrapsLines(lines);
  const letter = readsAsLetter(lines, wrapped);
  for (const line of lines) {
    let split = false;
    const heading = headingLine(line, previous);
    if (!line) {
      blank = true;
      continue;
    }
    if (line.startsWith('|') && blocks.length > 0) {
      const owner = [...blocks].reverse().find((b) => b.depth === 0)!;
      rows.set(owner, [...(rows.get(owner) ?? []), tableRow(line)]);
    } else {
      const free = blank || gapped || blocks.length === 0;
      const alone = aloneNumber(line, free, previous);
      const dashed = dashItem(line, open, previous);
      const candidate = alone ?? leadingLabel(line) ?? imoItem(line) ?? unstoppedDecimal(line, open) ?? dashed;
      // The item's next label after paragraphs set apart inside it: they were the item's, its list is open again.
      // Only where any label may stand: after "As provided in paragraph", "(b) above" is the sentence's.
      if (pending && candidate && candidate !== dashed && (free || endsElement.test(previous)) && candidate.readings.some((r) => r.kind === pending!.list.kind && r.value === pending!.list.value + 1)) {
        // A new sentence that ends as a chapeau is no words of the item: it is a paragraph of its own whose
        // list continues the letters (`continuesLetters`); other paragraphs set apart are the item's.
        if (continuesLetters(pending)) open = [chapeau, { ...pending.list }];
        else {
          for (const block of pending.blocks) block.depth = pending.depth + 1;
          open = pending.open;
          resumable = pending.resumable;
        }
      }
      // The next label of a lettered list a new sentence ended: the words after its item were the item's.
      if (candidate && candidate !== dashed && (free || endsElement.test(previous)) && resumesEnded(ended, candidate.readings, blocks)) [open, resumable] = [[...ended!.open], ended!.resumable];
      if (candidate) [pending, ended] = [undefined, undefined];
      // After a line that ends no sentence, only the first label of a new list ("“Disclosure of
      // information and documents / 1. Information …"): a later number there is the end of the sentence.
      const opens = candidate?.readings.some((r) => r.value === 1 && !open.some((l) => l.kind === r.kind));
      // Inside an open bracket, "A)" or "14)" closes it ("(see appendix / A)", "(LHW / 14)").
      const closesBracket = candidate !== undefined && candidate.text.endsWith(')') && !candidate.text.startsWith('(') && unclosed(blocks[blocks.length - 1]?.text ?? '');
      // "(ii)" right after "(i) number of interpreters: none": the next of an open list, in brackets, needs no punctuation before it.
      // So may "3." after "2. Date of reservation/ issue of ticket" or "17." after "Ongeclassificeerd | Unclassified":
      // a line that ends in no word a number would complete ("… mentioned in paragraph / 1.", "of 18 April / 1961.").
      const next = candidate !== undefined && (!candidate.text.endsWith('.') || !takesNumber.test(previous)) && candidate.readings.some((r) => open.some((l) => l.kind === r.kind && l.value + 1 === r.value));
      // A dash begins an item where any element may, and after any other line where its words begin in lower
      // case ("2. Uranium-235 / Unirradiated(b) /" then "- uranium enriched to 20% 235U or more / …", CPPNM 1980,
      // Annex II; "Architectural maintenance" then "- external paint work;"): "the address is" then "– The
      // Administrator of Income Tax …" (GG–NL 2008) may be the sentence's own words set out, and stays in it.
      const dashOpens = dashed !== undefined && candidate === dashed && /^\p{Ll}/u.test(dashed.rest);
      const label = !closesBracket && (free || endsElement.test(previous) || previous.startsWith('|') || dashOpens || (candidate !== dashed && (opens || next))) ? candidate : undefined;
      const depth = label ? place(label, free, closesItem.test(previous)) : undefined;
      const dashes = dashListAt(open);
      let at: number | undefined; // the lettered list a new sentence ends
      if (label && depth !== undefined) {
        labelled(label, depth);
        // A number alone on its line ("1." then "a) …"): the export prints its list's first item under it.
        if (label === alone) blocks[blocks.length - 1].alone = true;
      } else if (!blank && dashes >= 0 && blocks[blocks.length - 1]?.depth === dashes && sentenceEnd.test(previous) && newSentence.test(line)) {
        // A new sentence after a dashed item that ended one closes the dashed list: "… explicitly authorized by
        // the Director." then "In respect of Article XX …" (NL–UNU/INTECH 1989, Art. V) is the paragraph's again.
        open = open.slice(0, dashes);
        continued(line, { label: '', text: '', depth: Math.max(0, dashes - 1) });
      } else if (!blank && dashes < 0 && closesChapeauList(line, previous, blocks[blocks.length - 1]?.depth)) {
        // A chapeau's closing words straight after its last item (chapeau-closing.ts): the paragraph's again,
        // the end of its list (paragraph-tree.ts).
        open = open.slice(0, 1);
        continued(line, { label: '', text: '', depth: 0, closes: true });
      } else if (blank || blocks.length === 0 || heading || opensFinalFormula(line, previous) || opensSignatureBlock(line, previous) || (letter && letterLine(line))) {
        // A paragraph the drafter did not number closes the lists before it; but the closing words of
        // a chapeau after its list ("1. The intentional commission of: … (e) …", blank line, "shall be
        // made by each State Party a crime under its internal law", IPP 1973 Art. 2(1)), a line in
        // lower case after an item, close only the items' lists: they stand at paragraph level, and
        // the next number ("2.") still continues the paragraphs (fifty-third run, point 2).
        const closing = blank && !heading && (blocks[blocks.length - 1]?.depth ?? 0) > 0 && /^\p{Ll}/u.test(line);
        const last = blocks[blocks.length - 1];
        pending = blank && !heading ? within(pending, last, open, resumable) : undefined;
        if (!closing && open[0] !== under && open[0] !== chapeau) resumable = open[0] ?? resumable;
        open = closing ? open.slice(0, 1) : [];
        continued(line, { label: '', text: '', depth: 0, ...(closing ? { closes: true } : {}) });
        pending?.blocks.push(blocks[blocks.length - 1]);
      } else if (!blank && dashes < 0 && (at = endedLetters(line, previous, open, blocks[blocks.length - 1], wrapped)) !== undefined) {
        // A new sentence after a lettered list's last item ends it (list-end.ts): a paragraph of the element the list is
        // under, its own list after it; the article's where that is a paragraph with no number.
        ended = { list: { ...open[at] }, open: [...open], resumable, item: blocks[blocks.length - 1], from: blocks.length };
        const unnumbered = at === 0 || open[at - 1] === chapeau || open[at - 1] === under;
        if (at === 0) resumable = open[0];
        open = unnumbered ? [] : [...open.slice(0, at), ...(endsChapeau.test(line) ? [chapeau] : [])];
        continued(line, { label: '', text: '', depth: unnumbered ? 0 : at });
      } else if (alternative(line, previous, alternatives, blocks[blocks.length - 1])) {
        // An unlabelled element of a paragraph's list, on a line of its own (`alternative`): its own paragraph.
        continued(line, { label: '', text: '', depth: 0 });
        split = true;
      } else if (endsAlternatives(line, previous, alternatives, wrapped)) {
        // A new sentence after the last such element, which ended one (`endsAlternatives`): a paragraph of its own.
        continued(line, { label: '', text: '', depth: 0 });
      } else continued(line, undefined);
    }
    alternatives = split;
    // A heading (heading-lines.ts: "Part A", "Part II The line bounding …", "Re Article 5") is a paragraph of its
    // own, as the series prints it: the next line begins another ("Part A" then "To be provided and updated by
    // the inspected State Party:", NL–OPCW 1998, Attachment 1, read: BWBV0001601).
    blank = heading;
    gapped = gap.test(line);
    previous = line;
  }
  return tree(blocks, rows);
}

/** Whether `label` is the current item's label of the innermost open list written again. */
function repeats(label: Label, innermost: OpenList | undefined): boolean {
  return innermost !== undefined && label.readings.some((r) => r.kind === innermost.kind && r.value === innermost.value);
}

/**
 * Paragraphs the transcription sets apart with a blank line after an item ("e) any reference … shall
 * be construed", blank, "as referring to the territorial unit if …;", blank, "as referring to …;",
 * then "f) …": Hague Adults Convention 2000, Art. 45(e), two alternatives set out under the item's
 * words; seventy-seventh run, item 3). Where the next label is the item's next ("f)" after "e)"),
 * they are the item's own — words between two items of one list are the first's — and are printed
 * as its unlabelled sub-paragraphs; otherwise (the closing words of a chapeau before "2.", a new
 * paragraph of the text) they stay where the blank line put them. Only an item with no list of its own open.
 */
interface Within {
  /** The item's depth, its list and the lists and resumable paragraphs as they were after it. */
  depth: number;
  list: OpenList;
  open: OpenList[];
  resumable: OpenList | undefined;
  blocks: Block[];
}

/** The paragraphs pending after an item, `last` the block before this one; undefined where it follows no item. */
function within(pending: Within | undefined, last: Block | undefined, open: readonly OpenList[], resumable: OpenList | undefined): Within | undefined {
  if (pending) return pending;
  if (!last || last.label === '' || open.length !== last.depth + 1 || open[last.depth].kind === 'dash') return undefined;
  return { depth: last.depth, list: { ...open[last.depth] }, open: [...open], resumable, blocks: [] };
}

/**
 * Whether the one paragraph set apart after an item is a chapeau of its own whose list continues the
 * item's letters: "A Letter of Request shall specify -" (a)–(d), blank, "Where appropriate, the Letter
 * shall specify, inter alia -" then (e)–(i) (HCCH Taking of Evidence 1970, Art. 3, read: BWBV0001993).
 * Folded into (d) as its words, the second chapeau made (e)–(i) the first list's items, the optional
 * particulars read as required ones; run into the paragraph, "(i)" after "(h)" was read as a Roman
 * numeral (hundred-and-first run, defect 1). A new sentence (a capital) that ends as a chapeau does
 * (":", " -"); words in lower case or ending an element ("as referring to …;") stay the item's.
 */
function continuesLetters(pending: Within): boolean {
  const [only, ...more] = pending.blocks;
  return only !== undefined && more.length === 0 && /^["“‘(]?\p{Lu}/u.test(only.text) && endsChapeau.test(only.text);
}

/**
 * A paragraph number the treaty series prints alone on its line, its words on the next ("1." then
 * "a) The United Nations …", FAL Convention 1965 Art. XIII(1); "4." then ".1 ‘‘Dumping’’ means:",
 * London Protocol 1996 Art. 1(4); fifty-first run): the number opens its paragraph, so that the
 * later numbers ("2.", "5.") continue its list instead of running into the last item. So does a
 * letter or numeral in brackets whose words are the list after it: "a) The Parties hereby establish
 * … EUTELSAT." then "b)" alone, then "i) …", "ii) …", "iii) …", then "c) …" (EUTELSAT Convention
 * 1982/1999, Art. II, read: BWBV0002146; seventieth run, defect 5): "b)" is the paragraph its items
 * belong to, and "c)" continues the letters instead of running into item iii). Only a number
 * ("4.", "(4)") or a label in brackets ("b)", "(b)", "(ii)"), only at the start of the text, after a
 * blank line or a gap, or after a line that ends a sentence or a list element (".", ":", ";"):
 * "… referred to in paragraph / 1." or "Articles 3, / 4." keep their number in the sentence, "(see
 * Annex / B)" its letter, and a year ("1961.") is no label.
 */
function aloneNumber(line: string, free: boolean, previous: string): Label | undefined {
  if (!/^(?:\d{1,3}\.|\(\d{1,3}\)|\(?(?:[a-z]{1,4}|[A-Z]{1,4})\))$/u.test(line) || !(free || /[.:;]["”’)\]]*$/u.test(previous))) return undefined;
  const label = leadingLabel(`${line} _`);
  return label && { ...label, rest: '' };
}

/** A line that ends an element as a list item ends (".", ";", "; and", "; or"), not as a chapeau (":") that a sub-list follows. */
const closesItem = /(?:[.;]["”’)\]]*|;\s+(?:and|or))$/u;

/**
 * A letter later than the next of an open letter list, at the start of a line after one that ends an
 * item: an item of that list whose letters between are left out of the transcription. "f)" after
 * "a) … in private life;" (CETS 210 Art. 3, (b)–(e) transcribed as `define`s) ran into (a)'s
 * paragraph; "i)" after "g) … international law." (OSPAR 1992 Art. 1, the exclusions (g), (i) and
 * (o)) was read as the Roman numeral and nested under g), and "o)" then ran into it (seventy-first
 * run, defect 4; seventy-third run, defect 4). A label that is also a Roman numeral ("i", "v", "x")
 * is read as the letter only a few letters on: "(i)" under "(b) … measures." is a sub-list's first.
 */
function letterSkip(reading: LabelReading, label: Label, list: OpenList): boolean {
  if (!/:(?:lower|upper)$/u.test(reading.kind) || reading.value <= list.value + 1) return false;
  return !label.readings.some((r) => r.kind.endsWith('-roman')) || reading.value - list.value <= 3;
}

/** The paragraph a dashed list nests under where the drafter numbered none: an open list no label continues. */
const under: OpenList = { kind: 'paragraph', value: 0 };

/** The paragraph with no number a chapeau's list nests under (`opensUnder`): an open list no label continues. */
const chapeau: OpenList = { kind: 'chapeau', value: 0 };

/**
 * Whether a list whose first label is `first` opens under the block before it, a paragraph with no
 * number whose words end in ":" or " -" (`endsChapeau`): "The Convention shall be open for signature … by:" then "a) the
 * Contracting Parties …", "b) …" (OSPAR 1992, Arts. 25 and 33, read: BWBV0001119; seventy-third run,
 * item 4) are its items, as "3. … where it affects:" then "a) …" are paragraph 3's. Only lower-case
 * letters and Roman numerals, "a)", "(a)", "a.", "(i)": "… as follows:" then "1." or "I." or "A." are
 * the text's paragraphs or parts.
 */
function opensUnder(first: LabelReading, before: Block | undefined): boolean {
  return before !== undefined && before.depth === 0 && before.label === '' && endsChapeau.test(before.text) && /:lower(?:-roman)?$/u.test(first.kind);
}

/**
 * A dashed item: "– use is made of coercion, force or threats; or" under "b) engaging in sexual
 * activities with a child where:" (Lanzarote Convention 2007, Art. 18(1)(b)), "- specific interests
 * of the data subject, or" under "a) if domestic law provides for it because of:" (ETS 181, Art.
 * 2(2)(a)). Run into the item before it, the dashes read as words of that item and the sub-items
 * lost their place in the list (lg37, item 3). The dash as written is its label; the next dash
 * continues the innermost dashed list open, a first one opens a list under the element before it
 * (an item, a numbered paragraph, or a paragraph with no number). A list the transcriber ran into
 * its lines ("… onder meer: – nucleaire installaties; – SEVESO-bedrijven; –", Benelux 2006) is no
 * dashed list: a dash that begins a line after such a line is where the line broke.
 */
function dashItem(line: string, open: readonly OpenList[], previous: string): Label | undefined {
  const match = /^([-–—•])\s+(?=\S)/u.exec(line);
  if (!match || /[;:,]\s+[-–—•](?:\s|$)/u.test(previous)) return undefined;
  const list = [...open].reverse().find((l) => l.kind === 'dash');
  return { text: match[1], rest: line.slice(match[0].length), readings: [{ kind: 'dash', value: (list?.value ?? 0) + 1 }] };
}

/** Whether a text leaves a bracket open. */
function unclosed(text: string): boolean {
  return (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);
}

function append(block: Block, text: string): void {
  const words = text.trim();
  if (words) block.text = block.text ? `${block.text} ${words}` : words;
}
