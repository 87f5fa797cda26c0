/**
 * A library clause written out in a template, its placeholders filled: `clause Id "Heading" from
 * library "ref" """…"""` with the approved text in the template's own words ("Participants",
 * "this Convention") and each value the document cannot give taken from the template (one of its
 * own `{{placeholders}}`) or from the library's approved default ("thirty days"). Taken by
 * reference instead, those values would print as blanks ("within [days]") in a fresh instrument
 * that checks clean. The copy is made from the library when the template is loaded, so it never
 * falls behind the approved text, and it matches it (a filled placeholder is no edit).
 */
import { builtInLibrary } from '../library/builtin-library';
import { wordingValues } from '../library/document-values';
import { placeholderPattern, renderPlaceholders } from '../library/render-clause';
import { matchesOf } from '../util/all-matches';

export interface LibraryCopy {
  /** The clause's id in the instrument, and its heading. */
  readonly id: string;
  readonly heading: string;
  /** The library clause. */
  readonly ref: string;
  /** What the instrument calls itself: "Memorandum", "Agreement", "Convention". */
  readonly self: string;
  /** Values for the library's placeholders, often a template placeholder (`{{depositary}}`); the others take the library's default. */
  readonly values?: Readonly<Record<string, string>>;
}

export function libraryCopy({ id, heading, ref, self, values = {} }: LibraryCopy): string {
  const clause = builtInLibrary().get(ref);
  if (!clause) throw new Error(`template: the library has no clause "${ref}"`);
  const defaults = new Map(clause.placeholders.map((p) => [p.name, p.default]));
  const known: Record<string, string> = { ...wordingValues(clause.wording), instrument: self, Instrument: self, ...values };
  for (const [, name] of matchesOf(clause.text, placeholderPattern)) {
    const value = Object.hasOwn(known, name) ? known[name] : defaults.get(name);
    // No value, or a default in brackets (a blank the export does not count): the template must answer it.
    if (value === undefined || value.startsWith('[')) throw new Error(`template: "${ref}" needs a value for {{${name}}}`);
  }
  const text = renderPlaceholders(clause.text, known, defaults, { snippet: false });
  const body = text.split('\n').map((line) => `  ${line}`).join('\n');
  return `clause ${id} "${heading}" from library "${ref}" """\n${body}\n"""`;
}
