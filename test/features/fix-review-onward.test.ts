/**
 * The quick-fix review's item 16 (test/probes/fix-review/REPORT.md): `onward sharing with-consent`
 * offered where the text itself authorises release to the named recipients (the receiving
 * government's cleared contractors, NL–US Security Procedures 1982, para. 2.g(4)). The consent fix
 * is offered for a recipient known to be a third party, never for a name the checker cannot place.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { fixesIn } from '../helpers/fix-review';

const channel = (recipient: string, declared: string) =>
  `participant EE "Estonia" { jurisdiction EE }\nparticipant FI "Finland" { jurisdiction FI }\n${declared}security-agreement GSA between EE, FI up to SECRET\nchannel Intel between EE, FI {\n  carries classified\n  classification SECRET under GSA\n  onward sharing within-organisation to ${recipient}\n}\n`;

describe('onward sharing to a named recipient (fix review, item 16)', () => {
  it('adds no consent requirement to a release the text authorises to cleared contractors', () => {
    assert.deepEqual(fixesIn('test/probes/seventeenth/nlus-1982-contractors-onward.entente', 'onward-to-non-party', 42), []);
    assert.deepEqual(fixesIn('test/probes/seventeenth/nlus-1982-contractors-with-clients.entente', 'onward-to-non-party', 31), []);
  });

  it('still offers the consent of the originator for a recipient declared as a third State', () => {
    // Declared in a used registry: a participant declared here would sign the instrument.
    const files = { 'registry.entente': 'participant RU "Russian Federation" { kind state jurisdiction RU }\n' };
    const text = channel('RU', 'use "registry.entente"\n');
    const titles = diagnose(text, { files }).filter((d) => d.code === 'onward-to-non-party').flatMap((d) => d.fixes.map((f) => f.title));
    assert.ok(titles.includes("Share onward only with the originator's consent"), titles.join(', '));
  });
});
