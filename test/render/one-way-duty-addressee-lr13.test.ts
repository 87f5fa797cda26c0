/**
 * Treaty lawyer lr13, defect 2, on `channel-one-way-mutual-duty` and the export of a one-way
 * channel's time limit. The lr12 narrowing (a duty runs to a sender only where the sender is its
 * verb's addressee) knew its verbs by a list, and missed the verbs of answering and acknowledging:
 * "confirm to Estonia the receipt of each report" (with `from EE`, EE declared "The Republic of
 * Estonia") was printed "The Republic of Estonia shall confirm to Estonia the receipt …", the
 * receivers' duty given to the sender, who owed it to itself; and no finding. Now "to" the member
 * right after the verb that opens the duty, any verb, the member as the first object of a verb of
 * giving ("give EE notice"), and the verbs of answering among those that pass something on, make the
 * duty run to the member; and a confirmation of receipt, like an acknowledgment, is the receiving
 * side's. Probe: /tmp/lr13/d3. The lr12 near misses ("threats to EE", "addressed to EE") stay silent:
 * test/render/one-way-duty-addressee-lr12.test.ts.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { dutyRunsTo } from '../../server/src/language/constructs/duty-addressee';
import { diagnose } from '../helpers/fixture';

/** The lawyer's probe d3, with its duty replaced. */
const source = (duty: string) =>
  `treaty "Agreement" { status binding }\nparty EE "The Republic of Estonia" { kind state }\nparty FI "Finland" { kind state }\nparty LV "Latvia" { kind state }\nchannel Reports between EE, FI, LV {\n  from EE\n  carries incident-reports\n  deadline "${duty}" within 24 hours\n}\n`;
const findings = (text: string) => diagnose(text).filter((d) => d.code === 'channel-one-way-mutual-duty');

function markdown(text: string): string {
  const service = createEntenteService({ readFile: () => undefined });
  const uri = 'file:///t/one-way-lr13.entente';
  service.open(uri, text);
  return service.render(uri, 'markdown')!;
}

describe('lr13 defect 2: a duty of answering or acknowledging that runs to the sender', () => {
  it('the probe d3: a confirmation of receipt to the sender is the receiving side\'s, not the sender\'s', () => {
    for (const duty of ['confirm to Estonia the receipt of each report', 'acknowledge to EE the receipt of each report', 'confirm receipt of each report to the Republic of Estonia']) {
      const md = markdown(source(duty));
      assert.ok(md.includes(`The receiving Party shall ${duty} within 24 hours.`), duty);
      assert.doesNotMatch(md, /Estonia shall (?:confirm|acknowledge)/u, duty);
      assert.deepEqual(findings(source(duty)), [], duty);
    }
  });

  it('"to" the sender right after any verb, or the sender given something: reported, and the export leaves who owes it blank', () => {
    for (const [duty, words] of [
      ['explain to EE the action taken', 'EE'],
      ['indicate to EE the measures taken', 'EE'],
      ['promptly signal to the Republic of Estonia any delay', 'The Republic of Estonia'],
      ['give EE notice of the measures taken', 'EE'],
      ['send Estonia a copy of each decision', 'Estonia'],
      ['explain the measures to EE', 'EE'],
      ['assess the report and explain the outcome to Estonia', 'Estonia'],
    ]) {
      const [f, ...more] = findings(source(duty));
      assert.ok(f, duty);
      assert.equal(more.length, 0, duty);
      assert.equal(f.severity, 'warning');
      assert.ok(f.message.includes(`"${duty}" runs to ${words}, a sender`), `${duty}: ${f.message}`);
      const md = markdown(source(duty));
      assert.ok(md.toLowerCase().includes(`who owes this: the channel is one-way from ${words}, and the duty runs to ${words}`.toLowerCase()), duty);
      assert.doesNotMatch(md, /Estonia shall (?:explain|indicate|promptly|give|send|assess)/u, duty);
    }
  });

  it('near misses: the sender as what the duty is about, or a "to" that is no addressee, keep the sender as who owes it', () => {
    for (const duty of [
      'report threats to EE',
      'mitigate threats to EE',
      'explain the risks to EE',
      'indicate any damage to the Republic of Estonia',
      'describe incidents relating to EE',
      'explain the requests addressed to EE',
      'give the other Parties notice of threats to EE',
      'send the other Parties a copy of any request addressed to EE',
      'inform the other Parties of incidents, damage to EE and the measures taken',
      'confirm to the other Parties that EE has received the request',
      'provide the reports to EE\'s national authority',
    ]) {
      assert.deepEqual(findings(source(duty)), [], duty);
      const md = markdown(source(duty));
      assert.doesNotMatch(md, /who owes this/u, duty);
      // A verb phrase ending in a clause of its own takes its time limit after the modal (lf40, lr23 leftover 4).
      const expected = /\sthat\s/u.test(duty) ? `The Republic of Estonia shall, within 24 hours, ${duty}.` : `The Republic of Estonia shall ${duty} within 24 hours.`;
      assert.ok(md.includes(expected), duty);
    }
  });

  it('a confirmation of receipt of a request stays the requested side\'s (the tax information agreements)', () => {
    const md = markdown(source('confirm the receipt of a request to the other Parties'));
    assert.ok(md.includes('The Republic of Estonia shall confirm the receipt of a request to the other Parties within 24 hours.'));
  });

  it('dutyRunsTo: any verb opening the duty, a verb of giving, a verb of answering', () => {
    const names = ['EE', 'The Republic of Estonia', 'Estonia'];
    assert.equal(dutyRunsTo('explain to Estonia the action taken', names), 'Estonia');
    assert.equal(dutyRunsTo('give EE notice of the measures taken', names), 'EE');
    assert.equal(dutyRunsTo('indicate the measures addressed to EE', names), undefined);
    assert.equal(dutyRunsTo('relate to EE', names), undefined);
    assert.equal(dutyRunsTo('inform LV of incidents and threats to EE', names), undefined);
  });
});
