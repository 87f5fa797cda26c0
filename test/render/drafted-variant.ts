/**
 * The drafted variant of a concluded transcription: the same declarations and clauses, with what
 * makes the text concluded taken out, so that the provisions the export generates from the
 * declarations can still be tested. On a concluded text the export prints none of them, only a
 * note naming the declarations (render/unprinted-note.ts); on a draft they are the drafter's
 * proposals, printed after the text (render/drafter-order.ts).
 *
 * Taken out (model/conclusion.ts reads these): the header's signature dates (`on 2014-08-01`,
 * `on unstated`, each further signature's), the date of opening for signature, the notes' dates
 * (the reply's date concludes an exchange), and the year of the date in the text's own final
 * formula ("DONE at Strasbourg, this 23rd day of November [year]", as a draft leaves it), and
 * `without formula` (the signed text's end, not a draft's), and `omitted "…"` (what a transcription of
 * the signed text leaves out: a draft is the whole text its drafter writes). A
 * transcription still concluded after that (signature lines naming the signatories) is refused:
 * the helper says so rather than hand a concluded text to a test that wants a draft.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { concludedText } from '../../server/src/language/model/conclusion';
import { finalFormulaDay } from '../../server/src/language/model/signed-words';
import { cardinalInWords } from '../../server/src/language/util/number-words';
import { parse } from '../../server/src/language/syntax/parse';
import type { Range } from '../../server/src/language/ast/positions';
import { diskService, keptExports, repoRoot, type Opened } from './render-fixtures';

/** The text without the dates and words that conclude it; throws when it would still be concluded. */
export function draftedVariant(text: string, name = 'the text'): string {
  const { ast, lines } = parse(text);
  const header = ast.instrument;
  const signature = header?.signature;
  const dated: (Range | undefined)[] = [
    signature?.date?.range,
    signature?.unstatedDate?.range,
    ...(signature?.more.map((m) => m.date?.range) ?? []),
    header?.openedForSignature?.date?.range,
    ...ast.notes.map((n) => n.date?.range),
  ];
  const bodies = ast.clauses.flatMap((c) => (c.body ? [{ start: lines.offsetAt(c.body.range.start), end: lines.offsetAt(c.body.range.end) }] : []));
  const cuts = dated
    .filter((r): r is Range => r !== undefined)
    .map((r) => {
      const end = lines.offsetAt(r.end);
      // The date and the `on` before it: `signed at "Tallinn" on 2027-03-01` → `signed at "Tallinn"`.
      const before = /\s+on\s+$/.exec(text.slice(0, lines.offsetAt(r.start)));
      if (!before) throw new Error(`${name}: no "on" before the date at line ${r.start.line + 1}`);
      return { start: before.index, end };
    })
    .map((cut) => ({ ...cut, with: '' }));
  // `without formula` says what the signed text's end holds (NL–US 1978, FCTC Protocol 2012): a draft writes its formula still.
  const omission = signature?.without?.value === 'formula' ? signature.without.range : undefined;
  if (omission) {
    const before = /\s+without\s+$/.exec(text.slice(0, lines.offsetAt(omission.start)));
    if (!before) throw new Error(`${name}: no "without" before "formula" at line ${omission.start.line + 1}`);
    cuts.push({ start: before.index, end: lines.offsetAt(omission.end), with: '' });
  }
  // `omitted "…"`, the whole statement and its line: the variant keeps every other line where it was.
  const omitted = header?.omitted;
  if (omitted) {
    const start = lines.offsetAt({ line: omitted.range.start.line, character: 0 });
    const end = lines.offsetAt({ line: omitted.range.end.line + 1, character: 0 });
    if (text.slice(start, end).trim() !== text.slice(lines.offsetAt(omitted.range.start), lines.offsetAt(omitted.range.end)).trim()) throw new Error(`${name}: \`omitted\` does not stand alone on its line ${omitted.range.start.line + 1}`);
    cuts.push({ start, end, with: '' });
  }
  // The quotes that open a body as spaces, so that a formula opening it opens the string, as in the body's value.
  for (const body of bodies) cuts.push(...formulaYears(text.slice(body.start, body.end).replace(/^"""/, '   ')).map(({ at, length }) => ({ start: body.start + at, end: body.start + at + length, with: '[year]' })));
  let drafted = text;
  for (const cut of cuts.sort((a, b) => b.start - a.start)) drafted = drafted.slice(0, cut.start) + cut.with + drafted.slice(cut.end);
  const still = concludedText(parse(drafted).ast);
  if (still) throw new Error(`${name}: still concluded without its dates (${still.evidence})`);
  return drafted;
}

/** A year in figures or in words ("one thousand nine hundred and ninety"; hundred-and-fourth run, defect 1). */
const yearWords = new RegExp(`\\b(?:\\d{4}|${cardinalInWords})(?![A-Za-z0-9])`, 'gi');

/** Where the years of the final formula's dates are in a clause body: each year whose blank changes the date the formula gives. */
function formulaYears(body: string): { at: number; length: number }[] {
  const found: { at: number; length: number }[] = [];
  let rest = body;
  while (finalFormulaDay(rest) !== undefined) {
    const day = JSON.stringify(finalFormulaDay(rest));
    const blank = (at: number, length: number) => rest.slice(0, at) + '[year]'.padEnd(length, ' ').slice(0, Math.max(length, 4)) + rest.slice(at + length);
    const year = [...rest.matchAll(yearWords)].find((m) => JSON.stringify(finalFormulaDay(blank(m.index, m[0].length))) !== day);
    if (!year) break;
    found.push({ at: year.index, length: year[0].length });
    rest = blank(year.index, year[0].length);
  }
  return found;
}

/** A real transcription's drafted variant, opened as the command line would open the file (the files it uses read from disk). */
export function openDraftedRealInstrument(file: string): Opened {
  const path = join(repoRoot, 'test/real-instruments', file);
  const service = diskService();
  const uri = pathToFileURL(path).href;
  service.open(uri, draftedVariant(readFileSync(path, 'utf8'), file));
  return { service, uri, name: `real-instruments/${file} (drafted)` };
}

/** A drafted variant rendered in a format, kept for the tests of a run. */
export const exportedDraftedRealInstrument = keptExports(openDraftedRealInstrument);
