/**
 * `missing-security-agreement` on a concluded text says where the cure may lie (lr8, defect 1): an
 * agreement on the security of information the members have concluded may cover the information
 * although the text does not name it — NL–US 1978's own Annex V (9 April 1982) applies the procedures
 * implementing the Governments' General Security of Information Agreement "to the safeguarding of
 * classified military information exchanged under this Memorandum of Understanding" (read:
 * BWBV0003739). That Agreement (1960, as amended 1981) is not in the Dutch treaty series
 * (statengeneraal/laws-markdown @91556a80, titles and full text searched): it was not read, so no
 * message names it. The premise says what the checker knows: no agreement declared here.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createEntenteService, type EntenteDiagnostic } from '../../server/src/language';
import { diagnose } from '../helpers/fixture';

function nlUs(edit: (text: string) => string = (t) => t): EntenteDiagnostic[] {
  const text = edit(readFileSync(new URL('../real-instruments/nl-us-defense-cooperation-mou-1978.entente', import.meta.url), 'utf8'));
  const service = createEntenteService();
  service.open('file:///real/t.entente', text);
  return service.diagnostics('file:///real/t.entente');
}

const cure =
  'The text is concluded (the date of the last signature is 1978-08-24): an agreement on the security of information the members have concluded may already cover this information although the text does not name it — if one does, declare it (`security-agreement <id> between … { concluded on … }`) and reference it with `classification <level> under <id>`; if none does, the Parties can bring the exchange under one by a later instrument (an annex, an exchange of notes).';

describe('missing-security-agreement says where the cure may lie', () => {
  it('NL–US 1978: the finding stays, says no agreement is declared here, and how an agreement the members concluded cures it — naming none', () => {
    const [d] = nlUs().filter((x) => x.code === 'missing-security-agreement');
    assert.ok(d, 'the finding stays (the reviewer expects it)');
    assert.match(d.message, /^Channel TechnicalData carries classified information but no security-of-information agreement declared here covers its members:/);
    assert.ok(d.message.endsWith(cure), d.message);
    assert.doesNotMatch(d.message, /General Security of Information|GSOIA|1960/);
  });

  it('the cure it names works: the agreement declared and referenced, no finding', () => {
    const cured = nlUs((t) =>
      t
        .replace(/^channel TechnicalData between NL, US \{\n {2}carries classified\n/m, 'security-agreement GSOIA "General Security of Information Agreement" between NL, US {\n  concluded on 1960-08-18\n}\n\nchannel TechnicalData between NL, US {\n  carries classified\n  classification any under GSOIA\n'),
    );
    assert.deepEqual(cured.filter((x) => x.code === 'missing-security-agreement'), []);
  });

  it('near miss: on a draft no sentence on a concluded text is added', () => {
    const [d] = diagnose('participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI { carries classified }\n').filter((x) => x.code === 'missing-security-agreement');
    assert.equal(d?.message, 'Channel Intel carries classified information but no security-of-information agreement declared here covers its members: declare one and reference it with `classification <level> under <agreement>`.');
  });
});
