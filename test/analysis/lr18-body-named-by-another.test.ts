/**
 * lr18, D1: unused-declaration's "named in the text" exemption does not count another body's name.
 * A clause about some other body does not set the declared body to work: the title at the end of a
 * longer name ("the NATO Cyber Defence Steering Committee"), a body the sentence puts under another
 * instrument or organisation ("the Committee established by the Council of Europe"), one it winds up
 * ("the Joint Committee established under the Agreement of 2010 … is dissolved"), and a shorter form
 * shared by two declared bodies. Near misses: the same words naming the text's own body ("The
 * Steering Committee shall meet", "the Joint Committee established under this Agreement", "by
 * Article 5", "the Committee established by the Parties") still count.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const draft = (declarations: string, clause: string) =>
  `treaty "Agreement" {\n  status binding\n  effect on signature\n}\nparticipant EE "Estonia"\nparticipant FI "Finland"\n${declarations}\nclause Art2 "Article 2" """\n  ${clause}\n"""\n`;
const unused = (declarations: string, clause: string) => diagnose(draft(declarations, clause)).filter((d) => d.code === 'unused-declaration').length;

const jc = 'body JC "Joint Committee on Cyber Security" meets at least annually';
const experts = 'body JC "Committee of Experts on Cyber Threats" meets at least annually';
const steering = 'body SC "Steering Committee" meets at least annually';

describe('lr18, D1: another body\'s name does not put the declared body to use', () => {
  it('the probes: a dissolved body of another agreement, a body of the Council of Europe, a longer name', () => {
    assert.equal(unused(jc, 'The Joint Committee established under the Agreement of 2010 on Defence Cooperation is dissolved.'), 1);
    assert.equal(unused(experts, 'This Agreement shall not affect the functions of the Committee established by the Council of Europe.'), 1);
    assert.equal(unused(steering, 'Each Party shall keep the NATO Cyber Defence Steering Committee informed of activities under this Agreement.'), 1);
    assert.equal(unused(jc, 'The Joint Committee on Cyber Security set up by the 2010 Agreement shall cease to exist.'), 1);
  });

  it('near misses: the text\'s own body under the same words still counts', () => {
    assert.equal(unused(steering, 'The Steering Committee shall meet twice a year.'), 0);
    assert.equal(unused(steering, 'Each Party shall keep the Steering Committee informed of activities under this Agreement.'), 0);
    assert.equal(unused(jc, 'The Joint Committee established under this Agreement shall meet annually.'), 0);
    assert.equal(unused(jc, 'The Joint Committee established by Article 5 shall adopt its rules of procedure.'), 0);
    assert.equal(unused(experts, 'The Committee established by the Parties shall report to them each year.'), 0);
    assert.equal(unused(experts, 'The Committee shall report to the Parties each year.'), 0);
  });

  it('two declared bodies opening with the same words: "the Committee" names neither, the whole title still names each', () => {
    const two = `${experts}\nbody CP "Committee of the Parties" meets at least annually`;
    assert.equal(unused(two, 'The Committee shall report each year.'), 2);
    assert.equal(unused(two, 'The Committee of Experts on Cyber Threats shall report to the Committee of the Parties each year.'), 0);
  });
});
