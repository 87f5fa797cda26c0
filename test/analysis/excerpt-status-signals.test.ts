/**
 * `undeclared-status` (and `status-undetermined`) count their signals on the transcription; on an
 * excerpt (`omitted "…"`) the message must not claim the whole instrument lacks what a left-out part
 * may hold (lr8, defect 5; rules/support/excerpt-status-signals.ts). NL–US 1978 leaves out Annexes I,
 * II and IV to VIII — Annex VIII: "This Annex shall enter into force upon signature" (read:
 * BWBV0003739) — so its 'shall' count and "no treaty final clauses" are the transcription's only.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createEntenteService, type EntenteDiagnostic } from '../../server/src/language';

const nlUs = 'nl-us-defense-cooperation-mou-1978.entente';

/** A real instrument's findings with its `omitted` line replaced by this one (none for `''`), and the header's status line if given. */
function findings(file: string, omitted: string, status = ''): EntenteDiagnostic[] {
  const text = readFileSync(new URL(`../real-instruments/${file}`, import.meta.url), 'utf8')
    .replace(/^ {2}omitted .*\n/m, '')
    .replace(/^((?:treaty|memorandum|arrangement|protocol) "[^\n]*\{\n)/m, `$1${omitted ? `  omitted ${omitted}\n` : ''}${status ? `  ${status}\n` : ''}`);
  const service = createEntenteService();
  service.open('file:///real/t.entente', text);
  return service.diagnostics('file:///real/t.entente');
}

const one = (all: EntenteDiagnostic[], code: string) => {
  const found = all.filter((d) => d.code === code);
  assert.equal(found.length, 1, code);
  return found[0];
};

describe('status signals on an excerpt', () => {
  it('NL–US 1978: “nothing in the transcription says which”, the absence of final clauses said of the transcription, the omitted parts named', () => {
    const d = one(findings(nlUs, '"Annexes I and II", "Annexes IV to VIII"'), 'undeclared-status');
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /^A memorandum may or may not bind, and nothing in the transcription says which \(signals of a treaty: /);
    assert.match(d.message, /no treaty final clauses in the transcription \(consent to be bound/);
    assert.ok(d.message.includes('The signals are read from the transcription only: the omitted "Annexes I and II" and "Annexes IV to VIII" are not read, and may hold others.'), d.message);
    assert.doesNotMatch(d.message, /nothing here says which/);
  });

  it('a part declared about a final clause: the absence of final clauses is not said; one declared about the status caps the finding at info', () => {
    const consent = one(findings(nlUs, '"Annexes I and II", "Annexes IV to VIII" about consent'), 'undeclared-status');
    assert.doesNotMatch(consent.message, /no treaty final clauses/);
    assert.match(consent.message, /'will' \(27 times\)/);
    const status = one(findings(nlUs, '"Annexes IV to VIII" about non-binding-status'), 'undeclared-status');
    assert.equal(status.severity, 'info');
    assert.match(status.message, /The omitted "Annexes IV to VIII" is declared to be about non-binding-status; this finding is on the transcribed part only, not on the text\./);
  });

  it('status-undetermined says the same on an excerpt', () => {
    const d = one(findings(nlUs, '"Annexes I and II"', 'status undetermined'), 'status-undetermined');
    assert.match(d.message, /no treaty final clauses in the transcription/);
    // Signed in 1978: no decision "before signature" is asked of it (lr31, D2).
    assert.ok(d.message.includes('`status non-binding`. The signals are read from the transcription only: the omitted "Annexes I and II" is not read, and may hold others.'), d.message);
  });

  it('near miss: the whole text keeps “nothing here says which” and “no treaty final clauses”, with no sentence on omitted parts', () => {
    const d = one(findings(nlUs, ''), 'undeclared-status');
    assert.match(d.message, /nothing here says which/);
    assert.match(d.message, /no treaty final clauses \(consent to be bound/);
    assert.doesNotMatch(d.message, /transcription|omitted/);
  });
});
