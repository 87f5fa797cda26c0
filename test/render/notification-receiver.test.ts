/**
 * `effect … after last notification to <receiver>` (hundredth run, defect 4): the Arolsen Agreement
 * 1993 enters into force "30 days from the date on which all signatories have informed the Government
 * of the Federal Republic of Germany that their respective national requirements … have been
 * fulfilled" (Art. 3, BWBV0001154). Without `to`, the export has the Parties inform each other — a
 * different route; with it, the receiver the text names and no other.
 */
import assert from 'node:assert/strict';
import { renderText } from './render-fixtures';

const parties = 'party DE "the Federal Republic of Germany" { kind state }\nparty FR "the French Republic" { kind state }\nparty NL "the Kingdom of the Netherlands" { kind state }\n';
const draft = (effect: string, more = parties) => `treaty "Agreement on the Legal Status of the Service" {\n  status binding\n  consent by approval\n  effect ${effect}\n}\n${more}`;
const entryIntoForce = (md: string) => md.split('\n').find((line) => line.startsWith('This Agreement shall enter into force')) ?? '';

describe('to whom the notifications of entry into force go (r100 D4)', () => {
  it('`to "…"`: the receiver in the text\'s words, informed by all the Parties', () => {
    const line = entryIntoForce(renderText(draft('30 days after last notification to "the Government of the Federal Republic of Germany"')));
    assert.equal(line, 'This Agreement shall enter into force on the thirtieth day following the date on which all the Parties have informed the Government of the Federal Republic of Germany that their internal procedures required for its entry into force have been completed.');
  });

  it('`to DE`: the declared party\'s name; with `by NL`, that Party informs the receiver, not "the other Parties"', () => {
    assert.match(entryIntoForce(renderText(draft('30 days after last notification to DE'))), /all the Parties have informed the Federal Republic of Germany that their internal procedures/);
    const one = entryIntoForce(renderText(draft('after notification by NL to DE')));
    assert.equal(one, 'This Agreement shall enter into force on the date of receipt of the notification by which the Kingdom of the Netherlands informs the Federal Republic of Germany that its internal procedures required for its entry into force have been completed.');
  });

  it('near miss: without `to` the Parties still inform each other (no receiver invented)', () => {
    const line = entryIntoForce(renderText(draft('30 days after last notification')));
    assert.match(line, /the last of the notifications by which the Parties inform each other/);
    assert.doesNotMatch(line, /Germany/);
  });

  it('`to` after another act is not dropped: a blank for how the act reaches the receiver', () => {
    const line = entryIntoForce(renderText(draft('30 days after last ratification to DE')));
    assert.match(line, /the date of the last ratification \*\*\\\[how the ratification reaches the Federal Republic of Germany\\\]\*\*\./);
  });
});
