/**
 * Treaty signals of the twenty-third real-instrument run, probe 5: the DE–NL tax-rulings MoU 2015
 * opens its operative text with the formula "Have agreed the following:", speaks of "the
 * obligations resulting from this Memorandum" (Art. 5(1)) and says the competent authorities "are
 * obliged to contact each other" (Art. 2(4)); `undeclared-status` and `status-undetermined` now
 * list them. Near misses from the harness's MoUs and the reviewer's list stay no signal: "have
 * agreed to introduce" (Guernsey–NL MoU 2008), "Neither Participant is obliged to", "without
 * creating obligations", obligations under other law.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { diagnose } from '../helpers/fixture';

const deNl = readFileSync('test/real-instruments/de-nl-tax-rulings-exchange-mou-2015.entente', 'utf8');
const found = (text: string, code: string) => diagnose(text).filter((d) => d.code === code);
const treatySignals = (message: string) => /signals of a treaty: (.*?); signals of an MoU/u.exec(message)?.[1] ?? '';

const memorandum = (body: string) =>
  `memorandum "Memorandum of Understanding" {\n  signed at "Brussels" on 2015-07-14\n  effect on signature\n}\nparticipant DE "The Federal Ministry of Finance of Germany"\nparticipant NL "The Ministry of Finance of the Netherlands"\nclause Text "Text" """\n  ${body}\n"""\n`;

describe('status signals: the formula of assent, obligations and "obliged to"', () => {
  it('lists them for the DE–NL MoU read without its status', () => {
    assert.match(deNl, /^ {2}status non-binding unstated\n/mu);
    const d = found(deNl.replace(/^ {2}status non-binding unstated\n/mu, ''), 'undeclared-status');
    assert.equal(d.length, 1);
    const signals = treatySignals(d[0].message);
    // Quoted as the text writes it (twenty-ninth run, item 9): "Have agreed the following".
    assert.match(signals, /'Have agreed the following'/u);
    assert.match(signals, /'obligations' under the instrument itself/u);
    assert.match(signals, /'obliged to'/u);
  });

  it('lists them where the status is declared undetermined', () => {
    const d = found(deNl.replace(/^ {2}status non-binding unstated$/mu, '  status undetermined'), 'status-undetermined');
    assert.equal(d.length, 1);
    assert.match(treatySignals(d[0].message), /'Have agreed the following'.*'obligations' under the instrument itself.*'obliged to'/u);
  });

  it('leaves the DE–NL MoU as declared: non-binding, its wording judged as an MoU’s', () => {
    assert.deepEqual(found(deNl, 'undeclared-status'), []);
    assert.ok(found(deNl, 'mou-binding-wording').length > 0);
  });

  it('makes a memorandum that uses them a question of status, each on its own', () => {
    for (const sentence of [
      'Have agreed the following: the Participants will exchange information.',
      'If necessary, the Participants confer on the way in which the obligations resulting from this Memorandum are executed.',
      'The competent authorities are obliged to contact each other as soon as possible.',
    ]) {
      assert.equal(found(memorandum(sentence), 'undeclared-status').length, 1, sentence);
    }
  });

  it('reads none of the near misses as a treaty signal', () => {
    for (const sentence of [
      // Guernsey–NL MoU 2008: what was decided, not the formula.
      'Guernsey and the Netherlands have agreed to introduce immediately a spontaneous exchange of information.',
      'The Participants have agreed to cooperate on a voluntary basis.',
      'Neither Participant is obliged to provide information.',
      'The Participants will cooperate without creating obligations under this Memorandum.',
      'This Memorandum does not create obligations under international law.',
      'Nothing in this Memorandum affects the obligations of the Participants under international law.',
    ]) {
      assert.deepEqual(found(memorandum(sentence), 'undeclared-status'), [], sentence);
    }
  });
});
