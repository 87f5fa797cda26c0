/**
 * Treaty lawyer lr12, defects 1–2, on `channel-one-way-mutual-duty` and the export of a one-way
 * channel's time limit. (1) Any "to <sender>" in the duty was read as a duty owed to the sender:
 * "inform the other Parties of cyber threats to the Republic of Estonia" (with `from EE`) drew a
 * warning that it was the other members' duty, and the export blanked the subject of EE's clear
 * duty. (2) A duty that can only run to the sender was missed where the sender is named by its short
 * name ("notify Estonia", declared "the Republic of Estonia") or as the author of what is answered
 * ("reply to requests from EE"): the export put the duty on the sender. The sender now counts only as
 * the addressee of the duty's verb (constructs/duty-addressee.ts). Probes: /tmp/lr12/b5, b8–b11.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { dutyRunsTo, shortName } from '../../server/src/language/constructs/duty-addressee';
import { diagnose } from '../helpers/fixture';

const header = (concluded: boolean) => `treaty "Agreement" {\n  status binding\n${concluded ? '  done at "Tallinn" on 2020-09-23\n  consent by signature\n' : ''}}\n`;
const parties = 'party EE "the Republic of Estonia" { kind state }\nparty LV "the Republic of Latvia" { kind state }\nparty FI "the Republic of Finland" { kind state }\n';
const source = (duty: string, concluded = false, members = parties) =>
  `${header(concluded)}${members}channel Intel between EE, LV, FI {\n  from EE\n  carries incident-reports\n  deadline "${duty}" promptly\n}\n`;
const findings = (text: string) => diagnose(text).filter((d) => d.code === 'channel-one-way-mutual-duty');

function markdown(text: string): string {
  const service = createEntenteService({ readFile: () => undefined });
  const uri = 'file:///t/one-way-lr12.entente';
  service.open(uri, text);
  return service.render(uri, 'markdown')!;
}

describe('lr12 defects 1–2: a duty runs to a sender only where the sender is its verb\'s addressee', () => {
  it('(1) the sender as what the duty is about: no finding, and the export keeps the sender as who owes it (b9–b11)', () => {
    for (const duty of [
      'inform the other Parties of cyber threats to the Republic of Estonia',
      'inform LV and FI of any request addressed to EE',
      'inform the other Parties of any attack attributed to EE by a third State',
      'inform the other Parties of incidents relating to EE',
      'report threats to EE',
      'report any request addressed to EE',
      'provide information relating to the Republic of Estonia',
      'report incidents affecting networks to EE',
      'inform LV of requests to assist EE',
      'inform LV of requests from EE',
      'reply to requests for information from EE',
      'provide the reports to EE\'s national authority',
    ]) {
      assert.deepEqual(findings(source(duty)), [], duty);
      const md = markdown(source(duty));
      assert.doesNotMatch(md, /who owes this/u, duty);
      assert.ok(md.includes(`The Republic of Estonia shall ${duty} promptly.`), duty);
    }
  });

  it('(2) the short name and "requests from" the sender: reported, and the export leaves who owes it blank (b5, b8)', () => {
    for (const [duty, words] of [
      ['notify Estonia of incidents', 'Estonia'],
      ['reply to requests from EE', 'EE'],
      ['respond to any request from the Republic of Estonia', 'the Republic of Estonia'],
      ['answer justified requests received from Estonia', 'Estonia'],
      ['comply with requests from EE', 'EE'],
      ['inform Estonia of incidents affecting it', 'Estonia'],
      ['report incidents to Estonia', 'Estonia'],
    ]) {
      const [f, ...more] = findings(source(duty));
      assert.ok(f, duty);
      assert.equal(more.length, 0, duty);
      assert.equal(f.severity, 'warning');
      assert.ok(f.message.includes(`"${duty}" runs to ${words}, a sender`), `${duty}: ${f.message}`);
      const md = markdown(source(duty));
      assert.ok(md.includes(`who owes this: the channel is one-way from ${words}, and the duty runs to ${words}`), duty);
      assert.doesNotMatch(md, /Estonia shall (?:notify|reply|respond|answer|comply|inform|report)/u, duty);
    }
    // a concluded text: a note on the transcription
    assert.equal(findings(source('notify Estonia of incidents', true))[0].severity, 'info');
  });

  it('the verb\'s addressee, as before: "inform EE", "report incidents to EE", "provide EE with", "reply to EE"', () => {
    for (const duty of ['inform EE of incidents affecting them', 'promptly inform the Republic of Estonia of incidents', 'report incidents to EE', 'provide the reports to the Republic of Estonia', 'provide EE with the reports', 'reply to EE', 'assess the incident and notify EE']) {
      assert.equal(findings(source(duty)).length, 1, duty);
    }
  });

  it('a short name another member shares is not read as the sender', () => {
    const korea = 'party EE "the Republic of Korea" { kind state }\nparty LV "the Democratic People\'s Republic of Korea" { kind state }\nparty FI "the Republic of Finland" { kind state }\n';
    assert.deepEqual(findings(source('notify Korea of incidents', false, korea)), []);
    assert.equal(findings(source('notify the Republic of Korea of incidents', false, korea)).length, 1);
  });

  it('short names of States', () => {
    assert.equal(shortName('the Republic of Estonia'), 'Estonia');
    assert.equal(shortName('the Kingdom of the Netherlands'), 'Netherlands');
    assert.equal(shortName('the Government of the Kingdom of Spain'), 'Spain');
    assert.equal(shortName('the Federal Republic of Germany'), 'Germany');
    assert.equal(shortName('the Grand Duchy of Luxembourg'), 'Luxembourg');
    assert.equal(shortName('the Government of Canada'), 'Canada');
    assert.equal(shortName('Finland'), undefined);
    assert.equal(shortName('the United Kingdom of Great Britain and Northern Ireland'), undefined);
    assert.equal(shortName('the United States of America'), undefined);
    assert.equal(shortName('the Swiss Confederation'), undefined);
  });

  it('dutyRunsTo gives the name as the words use it', () => {
    assert.equal(dutyRunsTo('notify Estonia of incidents', ['EE', 'the Republic of Estonia', 'Estonia']), 'Estonia');
    assert.equal(dutyRunsTo('inform the other Parties of cyber threats to the Republic of Estonia', ['EE', 'the Republic of Estonia', 'Estonia']), undefined);
  });
});
