/**
 * What hover says of two final-clause words a drafter can get wrong:
 * - `unless notice` beside `denunciation with notice` (hundred-and-first run, defect 4): the Hague
 *   Evidence Convention 1970, Art. 41, has one way out, a denunciation notified before the end of a
 *   five-year period; a `denunciation` statement beside the duration's `unless notice` adds a right to
 *   leave at any time. Real texts also have both (Netherlands–Egypt 1983, Art. 13: "Each Government
 *   shall then have the right to denounce the Agreement at any time"), so no check can call the pair a
 *   conflict; the hover says which to write.
 * - `to` in `effect … after last notification to …` (hundredth run, defect 4).
 */
import assert from 'node:assert/strict';
import { fixture, mainUri } from './feature-fixture';

const header = (duration: string, effect = 'effect on signature') => `treaty "Convention" {
  status binding
  consent by signature
  ${effect}
  ${duration}
}
party A "State A"
party B "State B"
`;

describe('hover on the words that say how a Party leaves and whom it notifies', () => {
  it('`unless`: the notice of non-renewal alone where the text gives no other way out; both where it gives both', () => {
    const { service, position } = fixture(header('duration 5 years renewable tacitly for 5 years un$0less notice of at least 6 months'));
    const said = service.hover(mainUri, position)?.contents ?? '';
    assert.match(said, /write it here alone: a `denunciation with notice of …` beside it states a second right, to leave at any time/);
    assert.match(said, /Write both where the text has both/);
  });

  it('`notice` of a denunciation: a notice given whenever, not one before the end of a period', () => {
    const { service, position } = fixture(header('denunciation with no$0tice of 6 months'));
    assert.match(service.hover(mainUri, position)?.contents ?? '', /whenever the notice is given.*not this \(see `unless`\)/s);
  });

  it('`to` in the entry-into-force statement: the receiver of the notifications', () => {
    const { service, position } = fixture(header('', 'effect 30 days after last notification t$0o "the Government of the Federal Republic of Germany"'));
    assert.match(service.hover(mainUri, position)?.contents ?? '', /whom the notifications of entry into force go to/);
  });
});
