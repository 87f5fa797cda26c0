import assert from 'node:assert/strict';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';

const threeParties = 'party EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nparty LV "Latvia" { kind state }\n';
const twoParties = 'party EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\n';

describe('missing treaty and status clauses (MC06–MC11)', () => {
  it('asks a multilateral treaty for a depositary and a reservations rule', () => {
    const found = checkDiagnostics(
      `  treaty "Convention" {
//^^^^^^ missing-depositary
//^^^^^^ missing-reservations-clause
    consent by signature, ratification
  }
${threeParties}`,
    );
    assert.deepEqual(found.map((d) => `${d.code}:${d.severity}`).sort(), ['missing-depositary:warning', 'missing-reservations-clause:info']);
  });

  it('does not ask a bilateral treaty for a depositary or a reservations rule', () => {
    checkNoDiagnostics(`treaty "Agreement" {\n  consent by signature\n}\n${twoParties}`, ['missing-depositary', 'missing-reservations-clause']);
  });

  it('does not ask a multilateral MoU for treaty machinery', () => {
    checkNoDiagnostics(`memorandum "MoU" {\n  status non-binding\n}\n${threeParties}`, [
      'missing-depositary',
      'missing-reservations-clause',
      'missing-consent-to-be-bound',
      'missing-registration',
    ]);
  });

  it('accepts a depositary and reservations stated in the header or in clauses', () => {
    checkNoDiagnostics(`treaty "Convention" {\n  depositary "Secretary General of the Council of Europe"\n  reservations none\n}\n${threeParties}`, [
      'missing-depositary',
      'missing-reservations-clause',
    ]);
    checkNoDiagnostics(`treaty "Convention" {\n}\nclause Depositary "…"\nclause R about Reservations "No reservations may be made."\n${threeParties}`, [
      'missing-depositary',
      'missing-reservations-clause',
    ]);
  });

  it('asks a treaty how consent to be bound is expressed, and for Art. 102 registration', () => {
    const found = checkDiagnostics(
      `  treaty "Agreement" {
//^^^^^^ missing-consent-to-be-bound
//^^^^^^ missing-registration
    effect on 2027-05-01
  }
`,
    );
    assert.deepEqual(found.map((d) => d.severity).sort(), ['error', 'info']);
    // A fixed date of entry into force usually goes with definitive signature (entry into force on
    // signature would itself state the consent, VCLT Art. 12(1)).
    assert.equal(found.find((d) => d.code === 'missing-consent-to-be-bound')!.fixes.find((f) => f.preferred)!.edits[0].newText, '    consent by signature\n');
  });

  it('treats an instrument declared binding as a treaty, whatever its kind', () => {
    checkDiagnostics(
      `  arrangement "Arrangement" {
//^^^^^^^^^^^ missing-consent-to-be-bound
    status binding
    registration none
  }
`,
      { codes: ['missing-consent-to-be-bound', 'missing-registration', 'missing-non-binding-statement'] },
    );
  });

  it('asks for an authentic / equally valid statement when there are several languages, on `languages`', () => {
    const found = checkDiagnostics(
      `memorandum "MoU" {
  status non-binding
  languages English, Estonian prevailing English
//^^^^^^^^^ missing-language-clause
}
`,
    );
    const word = found[0].fixes.find((f) => f.preferred)!;
    assert.deepEqual(word.edits, [{ range: { start: { line: 2, character: 29 }, end: { line: 2, character: 29 } }, newText: ' equally-valid' }]);
  });

  it('proposes `authentic` for a treaty', () => {
    const finding = diagnose('treaty "T" {\n  languages English, French\n}\n').find((d) => d.code === 'missing-language-clause')!;
    assert.equal(finding.fixes.find((f) => f.preferred)!.edits[0].newText, ' authentic');
  });

  it('does not ask for a language clause with one language, or when validity is stated', () => {
    checkNoDiagnostics('memorandum "MoU" {\n  languages English\n}\n', ['missing-language-clause']);
    checkNoDiagnostics('memorandum "MoU" {\n  languages English, English\n}\n', ['missing-language-clause']);
    checkNoDiagnostics('memorandum "MoU" {\n  languages English, Estonian equally-valid\n}\n', ['missing-language-clause']);
    checkNoDiagnostics('treaty "T" {\n  languages English, French\n}\nclause Languages "Both texts are equally authentic."\n', ['missing-language-clause']);
  });

  it('asks a memorandum without a status to state that it is non-binding', () => {
    const found = checkDiagnostics(
      `  memorandum "MoU" {
//^^^^^^^^^^ missing-non-binding-statement
    effect on signature
  }
`,
    );
    assert.equal(found[0].severity, 'warning');
    assert.equal(found[0].fixes.find((f) => f.preferred)!.edits[0].newText, '    status non-binding\n');
  });

  it('does not ask for a non-binding statement when the status is stated, or of a framework of unknown nature', () => {
    checkNoDiagnostics('memorandum "MoU" {\n  status non-binding\n}\n', ['missing-non-binding-statement']);
    checkNoDiagnostics('framework "F" {\n  effect on signature\n}\n', ['missing-non-binding-statement', 'missing-registration']);
    checkNoDiagnostics('memorandum "MoU" {\n}\nclause NonBindingStatus "This Memorandum is not legally binding."\n', ['missing-non-binding-statement']);
  });

  it('does not ask an MoU for registration (never registered)', () => {
    checkNoDiagnostics('memorandum "MoU" {\n  status non-binding\n}\n', ['missing-registration']);
  });
});
