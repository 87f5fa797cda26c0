/**
 * A lens above each library clause that the export prints in the letters' designation (ex6:
 * render/library-designation.ts): in an exchange whose letters say "the two Governments", the
 * clause's "Parties" are exported as "Governments", while the source — the library's words, or no
 * words at all for a clause taken `from library` without a body — says otherwise. The lens says
 * so where the source is read, always in view (a hover is seen only by who points at the clause),
 * and reads the export's own decision, so it names exactly the words the signed text will have.
 *
 * Why a lens and not the insertion writing "Governments" into the source: a body in the letters'
 * words is no longer the approved text (the `library-clause-edited` hint, the library's drift
 * check), and the letters' designation is the majority of the drafter's own words in the notes,
 * which moves as the notes are drafted — a word written into the clause would then be stale, while
 * the export follows. The meaning is the library's either way: the export replaces only the party
 * words of a clause that does not use them for the State (library-designation.ts).
 */
import { documentValues } from '../library/document-values';
import { exchangeDesignation } from '../render/exchange';
import { inLettersDesignation } from '../render/library-designation';
import type { FeatureHost } from './host';
import type { CodeLens } from './types';

export function lettersWordingLenses(host: FeatureHost, uri: string): CodeLens[] {
  const model = host.model(uri);
  const designation = model && exchangeDesignation(model);
  if (!model || !designation) return [];
  const lenses: CodeLens[] = [];
  for (const clause of model.ast.clauses) {
    const library = model.libraryClause(clause);
    const letters = library && inLettersDesignation(library, clause.body?.value, documentValues(model, library.wording), designation);
    if (!letters) continue;
    const words = letters.replaced.map((w) => `“${w.to}” for “${w.from}”`).join(', ');
    const title = clause.body ? `Exported with ${words}, as the letters call the parties` : `The library's text is exported with ${words}, as the letters call the parties`;
    lenses.push({ range: { start: clause.range.start, end: clause.range.start }, title });
  }
  return lenses;
}
