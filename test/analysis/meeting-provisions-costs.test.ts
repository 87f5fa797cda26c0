/**
 * `missing-costs` reads what the text says is provided for a body's meetings (lr8, defect 6): NL–US
 * 1978, Annex III para. F, "The Committee will alternately meet in the United States and in the
 * Netherlands. The country in which a particular meeting will take place will provide the Chairman
 * and the secretariat for that meeting." (read: BWBV0003739) — the finding quotes it and asks only
 * for the rest, instead of reading as if the text said nothing on the meetings' costs.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createEntenteService, type EntenteDiagnostic } from '../../server/src/language';
import { diagnose } from '../helpers/fixture';

const paraF = 'The country\n  in which a particular meeting will take place will provide the Chairman and the secretariat for\n  that meeting.';

function nlUs(edit: (text: string) => string = (t) => t): EntenteDiagnostic[] {
  const text = edit(readFileSync(new URL('../real-instruments/nl-us-defense-cooperation-mou-1978.entente', import.meta.url), 'utf8'));
  const service = createEntenteService();
  service.open('file:///real/t.entente', text);
  return service.diagnostics('file:///real/t.entente');
}

const costs = (all: EntenteDiagnostic[]) => all.filter((d) => d.code === 'missing-costs');

describe('missing-costs reads what is provided for a body’s meetings', () => {
  it('NL–US 1978: quotes Annex III para. F and asks only who bears the other costs', () => {
    const [d] = costs(nlUs());
    // The memorandum is signed: a note (ninety-third run, defect 1); the message is the point here.
    assert.equal(d?.severity, 'info');
    // Signed: no clause asked for (lr21, D5).
    assert.ok(d.message.startsWith('As to the costs of the meetings of body Committee, the text says what is provided for a meeting ("The country in which a particular meeting will take place will provide the Chairman and the secretariat for that meeting.") but not who bears their other costs, such as each delegation\'s travel'), d.message);
  });

  it('near miss: without para. F the finding says nothing is provided', () => {
    const text = readFileSync(new URL('../real-instruments/nl-us-defense-cooperation-mou-1978.entente', import.meta.url), 'utf8');
    assert.ok(text.includes(paraF));
    const [d] = costs(nlUs((t) => t.replace(paraF, '')));
    assert.match(d?.message ?? '', /^The text does not say who bears the costs of the meetings of body Committee\. /);
  });

  it('near misses in a draft: a secretariat provided outside any meeting, or a cited instrument’s words, are not read as the meetings’ costs', () => {
    const draft = (sentence: string) =>
      `memorandum "MoU" {\n  status non-binding\n}\nparticipant EE "Estonia"\nparticipant FI "Finland"\nbody Board "Board" members EE, FI meets annually\nclause Work """${sentence}"""\n`;
    const said = (sentence: string) => diagnose(draft(sentence)).filter((d) => d.code === 'missing-costs').map((d) => d.message);
    assert.match(said('The Participant hosting a meeting of the Board will provide the secretariat for that meeting.')[0] ?? '', /the text says what is provided for a meeting \("The Participant hosting a meeting of the Board will provide the secretariat for that meeting\."\)/);
    assert.doesNotMatch(said('Estonia will provide the secretariat of the Participants for the exchange of information.')[0] ?? '', /the text says what is provided/);
  });
});
