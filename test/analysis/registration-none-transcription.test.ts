/**
 * treaty lawyer lr20, D4: `registration none` on a signed text records what the text says. A
 * signed treaty can say that it will not be registered; the statement does not relieve a Party
 * that was a UN Member when it entered into the treaty of the duty of UN Charter Art. 102(1), which
 * prevails (Art. 103). So the finding on a concluded text never advises declaring `registration
 * article-102` (that would record the opposite of the text): it says the transcription keeps the
 * words, and asks to remove `registration none` only where the text is silent on registration.
 * Near misses: a draft keeps its advice and its fix; the conditional note (no Party known to have
 * been a Member then) says the same of the transcription.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const none = (text: string) => diagnose(text).filter((d) => d.code === 'treaty-registration-none');
const agreement = (done: string, parties: readonly [string, string][]) =>
  `treaty "Agreement on cooperation in cyber security" {\n  status binding\n  languages English authentic\n${done}  consent by signature\n  registration none\n}\n${parties.map(([id, name]) => `party ${id} "${name}" { kind state jurisdiction ${id} }\n`).join('')}`;
const nlEe: [string, string][] = [['NL', 'the Kingdom of the Netherlands'], ['EE', 'the Republic of Estonia']];

describe('lr20, D4: treaty-registration-none on a concluded text keeps the transcription', () => {
  it('a signed NL–EE agreement that says it will not be registered: the duty, and the transcription keeps `registration none`', () => {
    const [finding] = none(agreement('  done at "The Hague" on 2012-11-05 in duplicate\n', nlEe));
    assert.equal(finding.severity, 'error');
    assert.match(finding.message, /A statement in the text that it will not be registered does not relieve a Party that was a UN Member when it entered into the treaty of the Charter's duty \(Arts\. 102\(1\), 103\), and the transcription keeps `registration none` where it records those words of the text; if the text says nothing on registration, remove `registration none`/u);
    assert.doesNotMatch(finding.message, /declare `registration article-102`/u);
    assert.deepEqual(finding.fixes ?? [], []);
  });

  // Korea's admission (17 September 1991) has since been read (r109 D3): KR–CH 1990 bound neither, so the
  // conditional note is shown with Indonesia, whose admission date Entente leaves unread on purpose.
  it('near miss: the conditional note (a Party admitted later) says the same, and no longer advises declaring article-102', () => {
    const [finding] = none(agreement('  done at "Bern" on 1990-05-01 in duplicate\n', [['CH', 'the Swiss Confederation'], ['ID', 'the Republic of Indonesia']]));
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /If one was, it is bound to have the treaty registered whatever the text says\. A statement in the text that it will not be registered does not relieve/u);
    assert.doesNotMatch(finding.message, /declare `registration article-102`/u);
  });

  it('near miss: on a draft the advice and the fix stay (the words can still change)', () => {
    const [finding] = none(agreement('', nlEe));
    assert.match(finding.message, /Write `registration article-102`/u);
    assert.equal(finding.fixes?.[0]?.edits[0]?.newText, 'article-102');
  });
});
