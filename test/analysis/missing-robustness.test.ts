/**
 * The missing-clause rules on annexes (which inherit from their parent) and on broken input
 * (which must never make a rule throw).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { missingClauseRules } from '../../server/src/language/rules/registry';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';

const parent = `memorandum "MoU" {
  status non-binding
}
participant EE "Estonia" { kind state jurisdiction EE contact D "Police" available office-hours }
participant FI "Finland" { contact D "NCSC-FI" available 24/7 }
clause HandlingMarking "Information exchanged under this Memorandum is marked TLP:AMBER unless the originator says otherwise."
`;

describe('missing-clause rules on annexes and broken input', () => {
  it('counts the parent’s clauses for an annex’s channels', () => {
    checkNoDiagnostics('annex "A" of "parent.entente" {\n}\nchannel Intel between EE, FI\n', ['missing-handling-marking'], { files: { 'parent.entente': parent } });
  });

  it('still checks an annex’s channels against the parent’s parties when the parent is silent', () => {
    checkDiagnostics(
      `annex "A" of "parent.entente" {
}
channel Intel between EE, FI
//      ^^^^^ missing-handling-marking
`,
      { files: { 'parent.entente': parent.replace(/clause HandlingMarking.*\n/, '') } },
    );
  });

  it('reports an inherited party without a 24/7 contact on the assistance basis, naming the party', () => {
    const [finding] = checkDiagnostics(
      `annex "A" of "parent.entente" {
}
assistance { basis budapest-35 }
//                 ^^^^^^^^^^^ missing-24-7-contact
`,
      { files: { 'parent.entente': parent } },
    );
    assert.match(finding.message, /^EE has no point of contact available 24\/7/);
    assert.equal(finding.related[0].uri, 'file:///fixture/parent.entente');
  });

  it('never throws on any prefix of a rich sample', () => {
    const sample = readFileSync(new URL('../../samples/review-me.entente', import.meta.url), 'utf8');
    const codes = new Set(missingClauseRules.map((r) => r.code));
    let reported = 0;
    for (let end = 0; end <= sample.length; end += 23) {
      const diagnostics = diagnose(sample.slice(0, end));
      assert.deepEqual(diagnostics.filter((d) => d.code === 'internal-error').map((d) => d.message), [], `prefix of ${end} characters`);
      reported += diagnostics.filter((d) => codes.has(d.code)).length;
    }
    assert.ok(reported > 0, 'the prefixes never triggered a missing-clause rule');
  });
});
