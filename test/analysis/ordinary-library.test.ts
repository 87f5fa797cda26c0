import assert from 'node:assert/strict';
import { emptyLibrary, type ClauseLibrary, type LibraryClause } from '../../server/src/language/library/library-types';
import { checkDiagnostics, checkNoDiagnostics } from '../helpers/fixture';

function clause(id: string): LibraryClause {
  return { id, title: id, wording: 'mou', kinds: [], topics: [], satisfies: [], text: 'Each Participant will bear its own costs.', placeholders: [], rationale: '', source: '', status: 'approved', version: '1', origin: 'built-in' };
}

function library(ids: string[]): ClauseLibrary {
  const clauses = ids.map(clause);
  return { get: (id) => clauses.find((c) => c.id === id), all: () => clauses, forTopic: () => [], problems: [] };
}

describe('ordinary checks: library references', () => {
  it('reports an id the library lacks, with a fix to the closest id (quotes kept)', () => {
    const [d] = checkDiagnostics(`clause Costs from library "costs/mu"
//                        ^^^^^^^^^^ unknown-library-clause
`, { library: library(['costs/mou', 'costs/treaty', 'confidentiality/mou']) });
    assert.deepEqual(d.fixes.map((f) => f.edits[0].newText), ['"costs/mou"']);
    assert.equal(d.fixes[0].preferred, true);
    assert.match(d.message, /Did you mean "costs\/mou"\?/);
  });

  it('says so when no library is loaded at all', () => {
    const [d] = checkDiagnostics(`clause Costs from library "costs/mou"
//                        ^^^^^^^^^^^ unknown-library-clause
`, { library: emptyLibrary });
    assert.match(d.message, /No clause library is loaded/);
  });

  it('accepts an id the library holds', () => {
    checkNoDiagnostics('clause Costs from library "costs/mou"\n', ['unknown-library-clause'], { library: library(['costs/mou']) });
  });
});
