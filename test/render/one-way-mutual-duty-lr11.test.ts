/**
 * Treaty lawyer lr11, defects 4–6, on `channel-one-way-mutual-duty`. (4) On a concluded text the
 * note says where the text puts the duty and advises a change of the transcription only, never of
 * the words. (5) Two more wordings contradict `from EE`: "exchange information" (one State cannot
 * exchange alone) and a duty that runs to the sender ("inform EE of incidents"); both are reported,
 * and the export leaves who owes them blank. (6) The blank quotes the text's own words.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { diagnose } from '../helpers/fixture';

const header = (concluded: boolean) => `treaty "Agreement" {\n  status binding\n${concluded ? '  done at "Stockholm" on 2020-09-23\n  consent by signature\n' : ''}}\n`;
const parties = 'party EE "the Republic of Estonia" { kind state }\nparty LV "the Republic of Latvia" { kind state }\nparty FI "the Republic of Finland" { kind state }\n';
const source = (duty: string, from = '  from EE\n', concluded = false) =>
  `${header(concluded)}${parties}channel Intel between EE, LV, FI {\n${from}  carries incident-reports\n  deadline "${duty}" promptly\n}\n`;
const findings = (text: string) => diagnose(text).filter((d) => d.code === 'channel-one-way-mutual-duty');

function markdown(text: string): string {
  const service = createEntenteService({ readFile: () => undefined });
  const uri = 'file:///t/one-way-lr11.entente';
  service.open(uri, text);
  return service.render(uri, 'markdown')!;
}

describe('lr11 defects 4–6: channel-one-way-mutual-duty', () => {
  it('(4) a concluded text: the duty is every member\'s; change the transcription, never the words', () => {
    const [f, ...more] = findings(source('inform one another of incidents affecting them', '  from EE\n', true));
    assert.equal(more.length, 0);
    assert.equal(f.severity, 'info');
    assert.match(f.message, /The text is concluded and stands as signed; this note is on the transcription: the text puts the duty on every member\. Record the channel's direction as the text gives it \(two-way: no `from`\), or transcribe the duty in a clause of its own/u);
    assert.doesNotMatch(f.message, /Word it|remove `from`/u);
    // a draft keeps the drafting advice
    assert.match(findings(source('inform one another of incidents affecting them'))[0].message, /Word it for the senders/u);
  });

  it('(5) "exchange information" and a duty that runs to the sender are reported, with a blank subject', () => {
    const exchange = source('exchange information on incidents affecting them');
    assert.match(findings(exchange)[0].message, /says "exchange", which takes two sides: one member cannot exchange alone/u);
    assert.match(markdown(exchange), /\[who owes this: the channel is one-way, but “exchange” takes two sides\\?\]\** shall exchange information on incidents affecting them promptly\./u);
    assert.doesNotMatch(markdown(exchange), /Estonia shall exchange/u);
    for (const self of ['inform EE of incidents affecting them', 'inform the Republic of Estonia of incidents affecting them', 'report incidents to EE']) {
      const [f] = findings(source(self));
      assert.ok(f, self);
      assert.match(f.message, /runs to (?:EE|the Republic of Estonia), a sender/u);
      const md = markdown(source(self));
      assert.match(md, /who owes this: the channel is one-way from (?:EE|the Republic of Estonia), and the duty runs to/u);
      assert.doesNotMatch(md, /Estonia shall (?:inform|report)/u);
    }
    const selfConcluded = findings(source('inform EE of incidents affecting them', '  from EE\n', true))[0];
    assert.match(selfConcluded.message, /the text puts the duty on the members other than EE\. Record the channel's direction as the text gives it \(`from` the members that owe the duty\)/u);
  });

  it('(6) the blank quotes the words the text uses', () => {
    const md = markdown(source('inform each other of incidents affecting them'));
    assert.match(md, /one-way, but “each other” binds every member/u);
    assert.doesNotMatch(md, /one another/u);
  });

  it('near misses: the noun "exchange", a duty to a receiver, a possessive, a mutual channel', () => {
    for (const duty of [
      'notify the Depositary of any suspension of the exchange of information',
      'inform LV of incidents affecting it',
      'inform the Republic of Latvia of incidents affecting it',
      'provide the reports to EE\'s national authority',
      'provide incident reports',
    ]) {
      assert.deepEqual(findings(source(duty)), [], duty);
      assert.doesNotMatch(markdown(source(duty)), /who owes this/u, duty);
    }
    assert.match(markdown(source('provide incident reports')), /Estonia shall provide incident reports promptly\./u);
    for (const duty of ['exchange information on incidents affecting them', 'inform EE of incidents affecting them']) assert.deepEqual(findings(source(duty, '')), [], duty);
  });
});
