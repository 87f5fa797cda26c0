/**
 * lr22 (the independent treaty lawyer's check) and the ninety-ninth and hundredth runs: messages that
 * said something false or unusable on a real text, each with its near miss.
 * - D8: missing-relation-to-other-obligations on the signed UNCAC 2003 advised "write one for the
 *   rest in the text's own terms" beside "nothing is to be added to it".
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { diagnose } from '../helpers/fixture';
import { draftOf } from '../helpers/fix-review';

const real = (name: string) => readFileSync(new URL(`../real-instruments/${name}.entente`, import.meta.url), 'utf8');
const messagesOf = (text: string, code: string, profile?: string) =>
  diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === code);

describe('lr22 D8: the relation note on a signed text gives no drafting advice', () => {
  const uncac = real('un-convention-against-corruption-2003');
  it('UNCAC 2003 (signed): for the rest the rule on successive treaties applies, nothing to write', () => {
    const [note] = messagesOf(uncac, 'missing-relation-to-other-obligations');
    assert.equal(note?.severity, 'info');
    assert.match(note.message, /; UN Charter Art\. 103\)\. The text settles its relation to other treaties where it chooses, and for the rest that rule applies\. The text is concluded/u);
    assert.doesNotMatch(note.message, /write one|No clause is offered/u);
  });
  it('near miss: the same text as a draft still says what to write', () => {
    const [note] = messagesOf(draftOf(uncac), 'missing-relation-to-other-obligations');
    assert.match(note?.message ?? '', /No clause is offered: the text settles its relation to other treaties where it chooses, and a general savings clause would reach those provisions too: write one for the rest in the text’s own terms/u);
  });
});
