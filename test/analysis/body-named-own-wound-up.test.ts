/**
 * Treaty lawyer lr19, D7: winding-up words about the text's OWN body ("The Joint Committee shall
 * cease to function on the termination of this Agreement") made the body count as not named, and
 * `unused-declaration` said untruly that "no clause names it". Winding-up words now mark another
 * instrument's body only where the sentence also speaks of another instrument or an earlier body
 * (support/body-named-in-text.ts). Near misses: a body of the Agreement of 2010 dissolved, "the
 * former Joint Committee" wound up, still do not count as naming the declared body.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const draft = (clause: string) =>
  `treaty "Agreement" {\n  status binding\n  effect on signature\n}\nparticipant EE "Estonia"\nparticipant FI "Finland"\nbody JC "Joint Committee"\nclause Art5 "Article 5" """\n  ${clause}\n"""\n`;
const unused = (clause: string) => diagnose(draft(clause)).filter((d) => d.code === 'unused-declaration').length;

describe('lr19, D7: the text winding up its own body still names it', () => {
  it('"shall cease to function on the termination of this Agreement": named, no unused-declaration', () => {
    assert.equal(unused('2. The Joint Committee shall cease to function on the termination of this Agreement.'), 0);
    assert.equal(unused('The Joint Committee shall be dissolved when the Parties so decide.'), 0);
  });
  it('near misses: another agreement\'s body, or a former one, wound up does not name the declared body', () => {
    assert.equal(unused('The Joint Committee established under the Agreement of 2010 on Defence Cooperation is dissolved.'), 1);
    assert.equal(unused('The former Joint Committee shall cease to exist.'), 1);
    assert.equal(unused('The Joint Committee under the Agreement signed in 2010 is hereby dissolved.'), 1);
  });
});
