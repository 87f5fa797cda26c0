/**
 * How many depositaries the header names. VCLT Art. 76(1): "The depositary may be one or more
 * States, an international organization or the chief administrative officer of the
 * organization"; the Convention on mutual administrative assistance in tax matters names two,
 * "the Secretary General of the Council of Europe or the Secretary General of OECD (hereinafter
 * referred to as the "Depositaries")" (Art. 2(3)), and deposits one original with each (final
 * formula). `depositary "A", "B"` lists them; a single `depositary` string, and `deposited
 * with "…"`, are read from their words: only a list whose members each begin with "the" ("the archives of
 * the Council of Europe and the archives of OECD", "the Governments of the United Kingdom …, the
 * Union of Soviet Socialist Republics and the United States of America") counts as several. A name
 * with "and" inside it ("the United Kingdom of Great Britain and Northern Ireland", "Trinidad and
 * Tobago") or an apposition with no "and the" ("the Depositary Government for the Convention, the
 * Government of the Republic of Colombia") is one.
 */
import type { Name, Text } from '../../ast/values';
import type { SemanticModel } from '../../model/semantic-model';
import { singleSpaced } from '../../util/single-spaced';

function countIn(value: Name | Text | undefined): number {
  if (value === undefined || !('value' in value)) return value === undefined ? 0 : 1;
  const words = singleSpaced(value.value.replace(/\([^)]*\)/g, ' ')).trim();
  if (words === '') return 0;
  // A list ends "… and the X": only then are the commas before "the" separators too.
  if (!/\band the\s+\S/i.test(words)) return 1;
  return words.split(/\s*(?:,\s*|\band\s+)(?=the\s+\S)/i).filter((part) => part.trim() !== '').length;
}

/**
 * The number of depositaries named in the header (0 when none is named): a list (`depositary "A",
 * "B"`) counts its items; a single string is read as above.
 */
export function namedDepositaries(model: SemanticModel): number {
  const header = model.ast.instrument;
  const listed = header?.depositary?.values ?? [];
  const stated = listed.length > 1 ? listed.length : countIn(listed[0]);
  return Math.max(stated, countIn(header?.signature?.depositedWith));
}
