/**
 * What a copy of an earlier approved text states in its placeholders, and whether the current
 * text can say it too. A copy of an equivalence table of 1.1.0 holds the negotiated markings
 * ("ZEER GEHEIM", "HEMLIG AV SYNNERLIG BETYDELSE", "no equivalent (protected as HEMLIG)") and an
 * implementing MoU's copy the article it implements ("Article 7 of the Agreement … signed on 29
 * October 1984"): replacing the copy by the current text at its defaults would put blanks
 * ("[TOP SECRET]") and a generic citation where the drafter's law stood (second quick-fix review,
 * closing item 1). The values go over to the current text where it has the same placeholder; a
 * value it has no place for is lost, and the replacement is not offered.
 */
import { filledValues } from './clause-diff';
import type { DocumentFacts } from './document-values';
import type { LibraryClause, SupersededText } from './library-types';
import { placeholderPattern } from './render-clause';
import { matchesOf } from '../util/all-matches';

export interface CarriedValues {
  /** The values the copy fills in (other than a placeholder's default), by placeholder name. */
  readonly values: Readonly<Record<string, string>>;
  /** What the current text cannot say: "the value of {{name}} ("…")". */
  readonly lost: readonly string[];
}

export function carriedValues(entry: LibraryClause, old: SupersededText, model: DocumentFacts | undefined, body: string): CarriedValues {
  const filled = filledValues({ ...entry, text: old.text }, model, body);
  const defaults = new Map(entry.placeholders.map((p) => [p.name, p.default]));
  const tableCells = placeholdersIn(entry.text.split('\n').filter((line) => line.trim().startsWith('|')).join('\n'));
  const current = placeholdersIn(entry.text);
  const values: Record<string, string> = {};
  const lost: string[] = [];
  for (const [name, value] of filled ?? []) {
    if (value === undefined) lost.push(`{{${name}}}, filled differently in two places`);
    else if (value === defaults.get(name)) continue;
    else if (!current.has(name)) lost.push(`"${value}"`);
    // A bar inside a value would split the current text's table cell.
    else if (tableCells.has(name) && value.includes('|')) lost.push(`"${value}"`);
    else values[name] = value;
  }
  return { values, lost };
}

function placeholdersIn(text: string): Set<string> {
  return new Set(matchesOf(text, placeholderPattern).map((m) => m[1]));
}
