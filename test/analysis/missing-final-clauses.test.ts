import assert from 'node:assert/strict';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';

const finalCodes = [
  'missing-entry-into-force',
  'missing-duration',
  'missing-termination',
  'missing-discontinuation',
  'missing-amendment',
  'missing-dispute-settlement',
  'missing-costs',
];

describe('missing final clauses (MC01–MC05, MC22)', () => {
  // Seventh real-instrument run: NATO technical information Agreement 1970, Arts. III(C) and IV(c).
  it('does not count a body whose creation and operation are left to implementing procedures, but counts one they do not govern', () => {
    const treaty = 'treaty "Agreement" {\n  status binding\n}\nparticipant BE "Belgium"\nbody Advisory "Advisory Committee (Article III.C)" meets on-request mandate "to examine evidence"\n';
    const delegated = (what: string) => `clause ArtIV "Article IV" """The Parties shall develop procedures for the implementation of this Agreement. These Procedures shall contain provisions governing: (c) the creation and operation of the ${what} provided for in Article III.C."""\n`;
    checkNoDiagnostics(treaty + delegated('Advisory Committee'), ['missing-costs']);
    const found = diagnose(treaty + delegated('Steering Group')).filter((d) => d.code === 'missing-costs');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /the meetings of body Advisory/);
  });

  it('reports every missing final clause of an MoU on the instrument kind keyword', () => {
    const found = checkDiagnostics(
      `  memorandum "MoU" {
//^^^^^^^^^^ missing-entry-into-force
//^^^^^^^^^^ missing-duration
//^^^^^^^^^^ missing-discontinuation
//^^^^^^^^^^ missing-amendment
//^^^^^^^^^^ missing-dispute-settlement
//^^^^^^^^^^ missing-costs
    status non-binding
  }
  participant EE "Estonia"
  exercise Shield annually led by EE
`,
      { codes: finalCodes },
    );
    const severity = Object.fromEntries(found.map((d) => [d.code, d.severity]));
    assert.deepEqual(severity, {
      'missing-entry-into-force': 'error',
      'missing-duration': 'warning',
      'missing-discontinuation': 'warning',
      'missing-amendment': 'warning',
      'missing-dispute-settlement': 'warning',
      'missing-costs': 'warning',
    });
    assert.match(found.find((d) => d.code === 'missing-dispute-settlement')!.message, /consultation/);
    assert.equal(found.find((d) => d.code === 'missing-entry-into-force')!.catalogueId, 'MC01');
  });

  // A term renewed without a new decision never ends by itself; a fixed term alone is a provision
  // on termination (VCLT Art. 54(a)) and is not reported (real-instrument-false-positives.test.ts).
  it('asks a treaty for termination as an error, in treaty terms', () => {
    const found = checkDiagnostics(
      `  treaty "Agreement" {
//^^^^^^ missing-termination
//^^^^^^ missing-dispute-settlement
    effect on signature
    duration 5 years renewable automatically
    amendment by written agreement
  }
  clause Costs about costs "Each Party shall bear its own costs."
`,
      { codes: finalCodes },
    );
    assert.equal(found.find((d) => d.code === 'missing-termination')!.severity, 'error');
    assert.match(found.find((d) => d.code === 'missing-dispute-settlement')!.message, /negotiation/);
  });

  it('accepts the header statements', () => {
    checkNoDiagnostics(
      `memorandum "MoU" {
  status non-binding
  effect on signature
  duration indefinite
  discontinue with notice of 6 months
  amendment by written decision
  disputes by consultation
}
clause Costs about costs "Each Participant will bear its own costs."
`,
      finalCodes,
    );
  });

  it('accepts clauses on each topic, named by `about` or by the clause id', () => {
    checkNoDiagnostics(
      `treaty "Agreement" {
  consent by signature
}
clause EntryIntoForce """This Agreement shall enter into force on signature."""
clause Term "Duration" about Duration "This Agreement shall remain in force for five years."
clause Exit about Termination "Either Party may terminate this Agreement on six months' notice."
clause Amendment "This Agreement may be amended by written agreement."
clause Settlement about Disputes "Disputes shall be settled by negotiation."
clause Money about costs "Each Party shall bear its own costs."
`,
      finalCodes,
    );
  });

  it('does not ask a registry file (no header) for final clauses', () => {
    checkNoDiagnostics('participant EE "Estonia" { contact Duty "CERT-EE" available 24/7 }\n', finalCodes);
  });

  it('does not ask an annex for final clauses: it inherits them from its parent', () => {
    checkNoDiagnostics('annex "Annex A" of "parent.entente" {\n}\n', finalCodes, {
      files: { 'parent.entente': 'memorandum "MoU" {\n  status non-binding\n}\n' },
    });
  });

  it('offers the header statement as the preferred fix, inserted before the closing brace', () => {
    const text = 'memorandum "MoU" {\n  status non-binding\n}\n';
    const finding = diagnose(text).find((d) => d.code === 'missing-entry-into-force')!;
    const fix = finding.fixes.find((f) => f.preferred)!;
    assert.equal(fix.title, 'Add `effect on signature` to the header');
    assert.deepEqual(fix.edits, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '  effect on signature\n' }]);
  });

  it('inserts into a one-line header without breaking it', () => {
    const text = 'treaty "T" { consent by signature }\n';
    const finding = diagnose(text).find((d) => d.code === 'missing-termination')!;
    const fix = finding.fixes.find((f) => f.preferred)!;
    assert.deepEqual(fix.edits, [{ range: { start: { line: 0, character: 34 }, end: { line: 0, character: 34 } }, newText: 'termination with notice of 6 months ' }]);
  });

  it('gives a multilateral treaty withdrawal with twelve months’ notice (VCLT Art. 56(2))', () => {
    const text = 'treaty "T" {\n}\nparty A "A"\nparty B "B"\nparty C "C"\n';
    const finding = diagnose(text).find((d) => d.code === 'missing-termination')!;
    assert.equal(finding.fixes.find((f) => f.preferred)!.edits[0].newText, '  withdrawal with notice of 12 months\n');
  });
});
