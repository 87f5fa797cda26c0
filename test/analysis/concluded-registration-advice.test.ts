/**
 * lr14, D5: on a concluded text missing-registration said "Add `registration article-102` to the
 * header, or a clause naming the Party (or the depositary) that registers it": no clause can be
 * added to a signed text, and the header statement would declare words the text does not have. The
 * note now asks only that words naming who registers, if the text has them, be declared, and says
 * that registration by any one Party or a depositary relieves the others (Regulations to give
 * effect to Art. 102, Art. 3(1)). Near miss: a draft keeps the drafting advice.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const treaty = (done: string) =>
  `treaty "Agreement on cyber cooperation" {\n  status binding\n  languages English authentic\n${done}  consent by signature\n  effect on signature\n  duration indefinite\n  termination with notice of 6 months\n  disputes by negotiation\n}\n` +
  'party NL "Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty FI "Republic of Finland" { kind state jurisdiction FI }\n' +
  'clause Coop "Article 1" about cooperation """\n  The Parties shall cooperate in the handling of incidents.\n"""\n';
const registration = (text: string) => diagnose(text).filter((d) => d.code === 'missing-registration').map((d) => d.message ?? '');

describe('lr14 D5: missing-registration on a concluded text gives no drafting advice', () => {
  it('signed 2019: asks only that words not yet declared be declared', () => {
    const [message, ...rest] = registration(treaty('  done at "Helsinki" on 2019-05-03\n'));
    assert.deepEqual(rest, []);
    assert.match(message, /^The text does not say who registers the treaty; it is to be registered with the UN Secretariat \(it entered into force on signature\)/);
    assert.match(message, /If the text names who registers it, in words the transcription has not declared, declare them \(`registration article-102`\)\. Registration by any one Party, or by a depositary, relieves the others \(Regulations to give effect to Art\. 102, Art\. 3\(1\)\)\./);
    assert.doesNotMatch(message, /Add `registration article-102`|a clause naming/);
  });

  it('near miss: a draft is still asked to add the statement or a clause', () => {
    const [message] = registration(treaty(''));
    assert.match(message, /Add `registration article-102` to the header, or a clause naming the Party \(or the depositary\) that registers it\./);
  });
});
