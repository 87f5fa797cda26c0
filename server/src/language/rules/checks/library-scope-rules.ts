/**
 * A library clause written for the other number of parties: a clause the library tags bilateral
 * ("the other Party", "either Party", "by written notification to the other Party") in an
 * instrument of three or more parties, or one tagged multilateral (a depositary, reservations
 * "any State" may make, accession) in an instrument of two. The header says the same things in
 * statements the checks read (CF07, CF08); a clause taken from the library says them in words
 * the drafter may never have read, so the clause's own tag is checked, and the variant for this
 * number of parties offered.
 */
import type { Clause } from '../../ast/nodes';
import type { ClauseTopic } from '../../model/topics';
import type { LibraryClause } from '../../library/library-types';
import type { SemanticModel } from '../../model/semantic-model';
import { deleteDeclarationEdit, removalFixes } from '../support/ordinary-helpers';
import { viennaCitation } from '../support/vienna-convention';
import { defineRule, type CodeFix } from '../rule';

/** What has no place at all between two parties, and why (the header's CF07 and CF08 say the same). */
const noPlaceBetweenTwo: { readonly [T in ClauseTopic]?: (model: SemanticModel) => string } = {
  // The 1986 text numbers notifications Art. 79 (its Art. 78 is the depositary's functions).
  depositary: (model) => `a bilateral treaty rarely has a depositary: the two Parties usually exchange instruments and notifications directly; keep a depositary only if the Parties mean to designate one (${viennaCitation(model, 'Arts. 16(a), 76(1), 78(a)', 'Arts. 16(1)(a), 77(1), 79(a)')})`,
  reservations: (model) => `a reservation to a bilateral treaty is a new offer to negotiate, not a reservation (${viennaCitation(model, 'Arts. 11, 39')})`,
};

/**
 * The clauses of the right scope on the same principal topic and in the same wording, best first;
 * for an exit clause, the one that says the same of information after the exit: a taken clause
 * that keeps its protection alive (`survival` among its topics) is replaced by one that does too,
 * a plain one by a plain one, so that taking the variant neither drops a duty the text states nor
 * adds one it does not (thirty-first run, point 4).
 */
function variants(model: SemanticModel, taken: LibraryClause, multilateral: boolean): LibraryClause[] {
  const topic = taken.topics[0];
  if (!topic) return [];
  const scope = multilateral ? 'multilateral' : 'bilateral';
  return model.library
    .forTopic(topic, taken.wording, { kind: model.kind, multilateral })
    .filter((c) => c.id !== taken.id && c.status !== 'deprecated' && c.wording === taken.wording && c.topics[0] === topic && (c.scope === undefined || c.scope === scope) && sameSurvival(c, taken));
}

function sameSurvival(a: LibraryClause, b: LibraryClause): boolean {
  return a.topics[0] !== 'termination' || a.topics.includes('survival') === b.topics.includes('survival');
}

/** Take a variant: by reference, so the clause follows the library (a written copy of the wrong variant goes with the old id). */
function takeVariant(clause: Clause, variant: LibraryClause): CodeFix {
  const ref = clause.libraryRef!;
  return {
    title: `Take "${variant.id}" instead (${variant.heading})`,
    edits: [{ range: { start: ref.range.start, end: clause.body?.range.end ?? ref.range.end }, newText: JSON.stringify(variant.id) }],
    effect: 'legal',
  };
}

export const libraryClauseScope = defineRule({
  code: 'library-clause-scope',
  family: 'library',
  defaultSeverity: 'warning',
  message: 'Take the library clause written for this number of parties: the bilateral variant between two parties, the multilateral one between three or more.',
  rationale:
    'Library clauses are written either for two parties ("Each Party shall notify the other Party", "Either Party may terminate … by written notification to the other Party") or for many (a Depositary that receives instruments, reservations "any State" may make, accession). In an instrument of three or more parties a bilateral clause leaves the third without a counterpart ("the other Party") and contradicts a denunciation addressed to the depositary; in an instrument of two a multilateral clause sets up a depositary and a reservations regime the VCLT reserves for multilateral treaties (Arts. 16(a), 20, 78(a)). The header statements that say the same are reported (CF07, CF08); a clause taken from the library says it in words the drafter may not have read, so its tag is checked.',
  source: 'VCLT Arts. 11, 16(a), 20, 39, 76–78 (read: Dutch treaty series BWBV0003441); Budapest Convention Art. 47(1), denunciation "by means of a notification addressed to the Secretary General" (read: BWBV0001839)',
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Convention" { status binding }\nparty EE "Estonia"\nparty LV "Latvia"\nparty LT "Lithuania"\nclause Notification from library "incident-notification/treaty"\n',
    fix: 'treaty "Convention" { status binding }\nparty EE "Estonia"\nparty LV "Latvia"\nparty LT "Lithuania"\nclause Notification from library "incident-notification/treaty-multilateral"\n',
  },
  check({ model, report }) {
    const form = model.form;
    if (!form.form) return;
    const multilateral = form.form === 'multilateral';
    for (const clause of model.ast.clauses) {
      const ref = clause.libraryRef;
      const taken = ref ? model.library.get(ref.value) : undefined;
      if (!ref || !taken?.scope || taken.scope === form.form) continue;
      // A clause taken in the other wording is library-clause-wording's, whose fix takes the clause
      // that fits this instrument in both respects: one mistake, one finding.
      if (!clause.body && model.legalNature && taken.wording !== model.wording) continue;
      const found = variants(model, taken, multilateral);
      const noPlace = multilateral ? undefined : taken.topics.map((t) => noPlaceBetweenTwo[t]?.(model)).find((why) => why !== undefined);
      const why = multilateral ? `this instrument is multilateral (${form.because.join('; ')})` : 'this instrument has two parties';
      const instead = found.length > 0 ? ` Take ${found.map((c) => `"${c.id}"`).join(' or ')} instead.` : noPlace ? ` Remove it: ${noPlace}.` : ` The library has no variant of it for ${multilateral ? 'three or more parties' : 'two parties'}: write the clause in place.`;
      report({
        range: ref.range,
        message: `"${taken.id}" is written for ${taken.scope === 'bilateral' ? 'two parties' : 'a multilateral treaty'}, but ${why}.${instead}`,
        fixes: [
          ...found.map((c) => takeVariant(clause, c)),
          ...(noPlace ? removalFixes(deleteDeclarationEdit(model, clause.range), `Remove the clause (${noPlace.split(':')[0]})`, { preferred: found.length === 0 }) : []),
        ],
      });
    }
  },
});

export const libraryScopeRules = [libraryClauseScope];
