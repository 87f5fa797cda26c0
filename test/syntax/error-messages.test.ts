/**
 * Syntax-error messages name the place from the construct table: the statement being written and
 * the construct it is in, read from the whole rule stack (a shared rule such as `timing` says
 * nothing itself), and what may come there, in the language's words (a closed set reads as its
 * words, not "a name"). Where the parser's error and the text recovery skipped start at one token,
 * the parser's error is shown: it knows what was expected.
 */
import assert from 'node:assert/strict';
import { parse } from '../../server/src/language/syntax/parse';
import { whereIn } from '../../server/src/language/syntax/error-messages';

function messages(text: string): string[] {
  return parse(text).problems.map((p) => p.message);
}

describe('syntax-error messages: the statement being written and what it expects', () => {
  it('`effect on last signature` names the effect statement of the header and what may follow `on`', () => {
    const [message, ...rest] = messages('memorandum "M" {\n  signed by NL on 1978-08-24, by US on 1978-07-25\n  effect on last signature\n}\n');
    assert.deepEqual(rest, []);
    assert.match(message, /^Expected one of a date \(YYYY-MM-DD\), a final-clause event \(signature, ratification, notification, …\) or 'first' in the effect statement of the instrument header but found 'last'\.$/);
    assert.doesNotMatch(message, /a declaration starts with/);
  });

  it('names the statement for the other users of the shared timing rule, and a shared unit rule by its words', () => {
    assert.match(messages('treaty "T" {\n  provisional application until 2027-01-01\n}\n')[0], /in the provisional application statement of the instrument header but found 'until'/);
    assert.match(messages('treaty "T" {\n  subsequently on\n}\n')[0], /in the subsequently statement of the instrument header but found '}'/);
    assert.match(messages('participant EE "E"\nprotocol P {\n  notify EE within 24\n}\n')[0], /^Expected a unit \(hour, day, working-day, …\) in an incident protocol but found '}'\.$/);
  });

  it('near misses: text outside any declaration, stray text in a block and text never closed keep their own messages', () => {
    assert.match(messages('bogus words here\n')[0], /^Unexpected 'bogus': a declaration starts with /);
    assert.match(messages('participant EE "E"\nchannel C between EE {\n  marking TLP:AMBER within\n}\n')[0], /^Unexpected 'within': a statement here starts with from, carries, marking/);
    assert.deepEqual(messages('treaty "T" {\n  effect on signature\n}\n'), []);
    // Stray text in a block keeps its message even where the parser failed on the same token: it
    // points to the statement the word belongs to (`handling legend`).
    assert.match(messages('participant EE "E"\nchannel C between EE {\n  marking legend "X"\n}\n')[0], /^Unexpected 'legend': a statement here starts with .*handling/);
    assert.ok(messages('treaty "T {\n  status binding\n}\n').some((m) => /never closed/.test(m)));
  });

  it('reads the place from the innermost rule the construct table knows', () => {
    assert.equal(whereIn(['document', 'topLevel', 'instrument', 'headerItem', 'effectItem', 'timing']), ' in the effect statement of the instrument header');
    assert.equal(whereIn(['document', 'topLevel', 'channel', 'identifierList']), ' in a channel');
    assert.equal(whereIn(['document', 'topLevel']), '');
  });
});
