/**
 * Sixty-eighth run, item 2: on the NL–Japan science and technology Agreement of 1996, concluded and
 * silent on disputes, missing-dispute-settlement stayed a warning under every profile, while
 * missing-amendment on a concluded treaty is a note; its own message says the Parties choose the
 * peaceful means (UN Charter Art. 33(1)) and the text stands as in force. It is now a note under
 * every profile on a concluded text. Near miss: a draft keeps the warning.
 */
import assert from 'node:assert/strict';
import { repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';

const nlJp = repoText('test/real-instruments/nl-jp-science-technology-1996.entente');
const severities = (text: string, profile: string) =>
  diagnose(text, { settings: { profile } }).filter((d) => d.code === 'missing-dispute-settlement').map((d) => d.severity);

const draft =
  'treaty "Agreement on co-operation in science and technology" {\n  status binding\n  languages English authentic\n  effect after last notification\n  duration 5 years renewable\n  amendment by written agreement\n  termination with notice of 6 months\n}\n' +
  'party NL "The Government of the Kingdom of the Netherlands" { kind government jurisdiction NL }\nparty JP "The Government of Japan" { kind government jurisdiction JP }\n' +
  'clause Coop "Article I" about cooperation """\n  The Contracting Parties shall promote co-operation in science and technology.\n"""\n';

describe('sixty-eighth run, item 2: missing-dispute-settlement on a concluded text is a note', () => {
  it('NL–JP 1996: info under every profile', () => {
    for (const profile of ['default', 'treaty-review', 'strict', 'mou-review']) assert.deepEqual(severities(nlJp, profile), ['info'], profile);
  });
  it('near miss: a draft bilateral treaty silent on disputes keeps the warning', () => {
    assert.deepEqual(severities(draft, 'default'), ['warning']);
  });
});
