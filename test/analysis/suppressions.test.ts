import assert from 'node:assert/strict';
import { checkDiagnostics, diagnose } from '../helpers/fixture';

const parties = 'participant EE "Estonia"\nparticipant FI "Finland"\n';
/** The codes these tests are about; other rules (missing marking…) also fire on the short fixtures. */
const watched = ['unknown-reference', 'duplicate-declaration', 'unused-suppression', 'suppression-without-reason', 'unknown-suppression-code', 'syntax-error'];
const codes = (text: string, settings = {}) =>
  diagnose(text, { settings })
    .filter((d) => watched.includes(d.code))
    .map((d) => `${d.range.start.line} ${d.code}`);

describe('suppressions', () => {
  it('hides a finding on the next line that holds text, skipping blank and comment lines', () => {
    assert.deepEqual(
      codes(`${parties}// entente-disable-next-line unknown-reference -- SE accedes in 2028

// another note
channel Intel between EE, SE
`),
      [],
    );
  });

  it('hides only the codes it names, and only on that one line', () => {
    assert.deepEqual(
      codes(`${parties}// entente-disable-next-line duplicate-declaration -- kept for the record
channel Intel between EE, SE
channel Other between EE, SE
`),
      ['3 unknown-reference', '4 unknown-reference', '2 unused-suppression'].sort((a, b) => parseInt(a) - parseInt(b)),
    );
  });

  it('takes several codes separated by commas', () => {
    assert.deepEqual(
      codes(`${parties}channel Intel between EE, FI
// entente-disable-next-line unknown-reference, duplicate-declaration -- both fixed in the next draft
channel Intel between EE, SE
`),
      [],
    );
  });

  it('hides findings in a block from entente-disable to entente-enable', () => {
    assert.deepEqual(
      codes(`${parties}// entente-disable unknown-reference -- SE and NO accede later
channel A between EE, SE
channel B between EE, NO
// entente-enable unknown-reference
channel C between EE, DK
`),
      ['6 unknown-reference'],
    );
  });

  it('runs a block without entente-enable to the end of the file', () => {
    assert.deepEqual(codes(`${parties}// entente-disable unknown-reference -- accessions pending\nchannel A between EE, SE\n\n\nchannel B between EE, NO\n`), []);
  });

  it('requires a reason: without one it suppresses nothing and is reported, with a snippet fix', () => {
    const diagnostics = checkDiagnostics(`${parties}// entente-disable-next-line unknown-reference
// ^^^^^^^^^^^^^^^^^^^^^^^^^ suppression-without-reason
channel Intel between EE, SE
//                        ^^ unknown-reference
`);
    const fix = diagnostics.find((d) => d.code === 'suppression-without-reason')!.fixes[0];
    assert.equal(fix.snippet, true);
    assert.equal(fix.edits[0].newText, ' -- ${1:why the finding does not apply}');
    assert.deepEqual(fix.edits[0].range.start, { line: 2, character: 46 });
  });

  it('takes a catalogue id for every rule that implements it', () => {
    const text = `participant EE "Estonia"\n// entente-disable-next-line MC15 -- marked in the annex\nchannel Intel between EE\n`;
    assert.ok(diagnose(text.replace('MC15', 'unknown-reference')).some((d) => d.code === 'missing-handling-marking'));
    assert.deepEqual(diagnose(text).filter((d) => ['missing-handling-marking', 'unused-suppression', 'unknown-suppression-code'].includes(d.code)), []);
  });

  it('takes a reason written right after the dashes', () => {
    assert.deepEqual(codes(`${parties}// entente-disable-next-line unknown-reference --SE accedes in 2028\nchannel Intel between EE, SE\n`), []);
  });

  it('treats a blank reason as no reason', () => {
    assert.ok(codes(`${parties}// entente-disable-next-line unknown-reference --   \nchannel Intel between EE, SE\n`).includes('3 unknown-reference'));
  });

  it('reports an unused suppression on the code, tagged unnecessary, with a fix deleting the comment line', () => {
    const text = `${parties}// entente-disable-next-line unknown-reference -- SE accedes in 2028
//                           ^^^^^^^^^^^^^^^^^ unused-suppression
channel Intel between EE, FI
`;
    const [d] = checkDiagnostics(text);
    assert.deepEqual(d.tags, ['unnecessary']);
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.fixes[0].edits[0].range, { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } });
  });

  it('removes only the unused code from a list where another code is used', () => {
    const [d] = checkDiagnostics(`${parties}// entente-disable-next-line duplicate-declaration, unknown-reference -- SE accedes in 2028
//                           ^^^^^^^^^^^^^^^^^^^^^ unused-suppression
channel Intel between EE, SE
`);
    assert.deepEqual(d.fixes[0].edits[0].range, { start: { line: 2, character: 29 }, end: { line: 2, character: 52 } });
  });

  it('reports unknown codes with a did-you-mean fix, and a suppression naming no code', () => {
    const diagnostics = checkDiagnostics(`${parties}// entente-disable-next-line unknown-refrence -- SE accedes in 2028
//                           ^^^^^^^^^^^^^^^^ unknown-suppression-code
channel Intel between EE, SE
//                        ^^ unknown-reference
// entente-disable -- no code at all
// ^^^^^^^^^^^^^^^ unknown-suppression-code
`);
    assert.equal(diagnostics[0].fixes[0].edits[0].newText, 'unknown-reference');
  });

  it('never suppresses syntax errors, and says so', () => {
    const diagnostics = checkDiagnostics(`memorandum "MoU" {
  // entente-disable-next-line syntax-error -- draft
  //                           ^^^^^^^^^^^^ unused-suppression
  garbage
//^^^^^^^ syntax-error
}
`);
    assert.match(diagnostics.find((d) => d.code === 'unused-suppression')!.message, /cannot be suppressed/);
  });

  it('reports an entente-enable that closes nothing', () => {
    checkDiagnostics(`${parties}// entente-enable unknown-reference
// ^^^^^^^^^^^^^^ unused-suppression
`);
  });

  it('does not report a suppression of a rule the settings switch off as unused', () => {
    const text = `${parties}// entente-disable-next-line unknown-reference -- SE accedes in 2028\nchannel Intel between EE, FI\n`;
    assert.deepEqual(codes(text, { rules: { 'unknown-reference': 'off' } }), []);
  });

  it('does not treat ordinary comments, block comments or other words as suppressions', () => {
    assert.deepEqual(
      codes(`${parties}// entente-disabled unknown-reference -- not a directive
/* entente-disable-next-line unknown-reference -- block comments do not count */
channel Intel between EE, SE
`),
      ['4 unknown-reference'],
    );
  });
});
