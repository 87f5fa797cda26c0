/**
 * util/white-space.ts reads white space as `\s` does: held over every UTF-16 code unit, with and
 * without the `u` flag (the phrase matcher, the term readings and the title test rely on it).
 */
import assert from 'node:assert/strict';
import { isWhiteSpaceCode } from '../../server/src/language/util/white-space';

describe('isWhiteSpaceCode', () => {
  it('is /\\s/ and /\\s/u on every code unit', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      assert.equal(isWhiteSpaceCode(code), /\s/u.test(ch), `U+${code.toString(16)}`);
      assert.equal(isWhiteSpaceCode(code), /\s/.test(ch), `U+${code.toString(16)} without u`);
    }
  });
});
