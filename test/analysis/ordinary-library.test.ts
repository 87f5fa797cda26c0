import assert from 'node:assert/strict';
import { emptyLibrary, type ClauseLibrary, type LibraryClause } from '../../server/src/language/library/library-types';
import { applyCodeFix } from '../helpers/edits';
import { checkDiagnostics, checkNoDiagnostics } from '../helpers/fixture';

function clause(id: string): LibraryClause {
  return { id, title: id, heading: id, wording: 'mou', kinds: [], topics: [], satisfies: [], text: 'Each Participant will bear its own costs.', placeholders: [], rationale: '', source: '', status: 'approved', version: '1', origin: 'built-in' };
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

  // Red-team round 2 (test/independent): a framework took "liability/treaty" by reference, and a
  // binding copy kept "non-binding-status/mou"; neither text is in the file, so no wording check saw it.
  describe('a library clause in the other kind of wording (built-in library)', () => {
    const mou = 'memorandum "MoU" {\n  status non-binding\n}\n';
    const treaty = 'treaty "Treaty" {\n  status binding\n}\n';

    it('reports a treaty clause in an MoU on its id, with a fix to the MoU clause of the same topic', () => {
      const text = `${mou}clause Costs from library "costs/treaty"\n//                        ^^^^^^^^^^^^^^ library-clause-wording\n`;
      const [d] = checkDiagnostics(text);
      assert.equal(d.severity, 'warning');
      assert.match(d.message, /"costs\/treaty" is written in treaty wording, but this instrument is a non-binding MoU\. Take "costs\/mou" instead\./);
      assert.match(applyCodeFix(text, d.fixes[0]), /clause Costs from library "costs\/mou"/);
    });

    it('reports the statement of non-binding status in a treaty, with a fix that removes it', () => {
      const text = `${treaty}clause Status from library "non-binding-status/mou"\n//                         ^^^^^^^^^^^^^^^^^^^^^^^^ library-clause-wording\nclause Costs from library "costs/treaty"\n`;
      const [d] = checkDiagnostics(text);
      assert.match(d.message, /not legally binding: remove it/);
      assert.equal(applyCodeFix(text, d.fixes[0]), text.replace(/clause Status[^\n]*\n/, ''));
    });

    it('accepts clauses of the right wording, edited copies (their text is checked as prose), and an instrument of unknown status', () => {
      const codes = ['library-clause-wording'];
      checkNoDiagnostics(`${mou}clause Costs from library "costs/mou"\n`, codes);
      checkNoDiagnostics(`${treaty}clause Costs from library "costs/treaty"\n`, codes);
      checkNoDiagnostics(`${mou}clause Costs from library "costs/treaty" """Each Participant will bear its own costs."""\n`, codes);
      checkNoDiagnostics('framework "Framework" {\n}\nclause Costs from library "costs/treaty"\n', codes);
    });
  });
});
