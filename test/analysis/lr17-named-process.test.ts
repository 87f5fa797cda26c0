/**
 * Treaty lawyer lr17, D9: the proper-name exemption "the “X” process/system/exercise" silenced an
 * undefined quoted term in a draft ("report … under the “Significant Incident” process"). The words
 * cannot tell an existing process's name from an undefined procedure of the instrument. On a
 * concluded text the exemption stays (the words can only name an existing process); on a draft the
 * term is a note, never raised above info, that says what to do in either case. A term also quoted
 * without the classing noun is an ordinary undefined term (a warning).
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const draft = 'memorandum "MoU on incident reporting" {\n  status non-binding\n}\nparty EE "Estonia" { kind state jurisdiction EE }\nparty FI "Finland" { kind state jurisdiction FI }\n';
const signed = draft.replace('status non-binding\n', 'status non-binding\n  done at "Tallinn" on 2020-03-01\n  effect on signature\n');
const clause = (body: string) => `clause Report "1. Reporting" """\n  ${body}\n"""\n`;
const undefinedTerm = (text: string) => diagnose(text).filter((d) => d.code === 'undefined-term');
const underProcess = 'Each Participant will report to the other under the “Significant Incident” process any event affecting the other Participant.';

describe('lr17, D9: "the “X” process" on a draft is asked about; on a signed text it is a name', () => {
  it('a draft: a note at info that says what to do whether it names an existing process or a term of the instrument', () => {
    const [f, ...rest] = undefinedTerm(draft + clause(underProcess));
    assert.deepEqual(rest, []);
    assert.equal(f.severity, 'info');
    assert.match(f.message ?? '', /^"Significant Incident" is quoted as the name of a process, programme or scheme: if it names an existing one, nothing to do; if it is a procedure or term of this instrument, define it/u);
  });

  it('the note stays a note under the strict profile', () => {
    const found = diagnose(draft + clause(underProcess), { settings: { profile: 'strict' } }).filter((d) => d.code === 'undefined-term');
    assert.deepEqual(found.map((d) => d.severity), ['info']);
  });

  it('a signed text: silent', () => {
    assert.deepEqual(undefinedTerm(signed + clause(underProcess)), []);
  });

  it('near misses: also quoted as a term elsewhere is a warning, once; "a “Significant Incident” process" is a term', () => {
    const both = undefinedTerm(draft + clause(`${underProcess} Each Participant will say whether an event meets the “Significant Incident” threshold.`));
    assert.deepEqual(both.map((d) => d.severity), ['warning']);
    assert.match(both[0].message ?? '', /reads as a defined term but is not defined \(quoted so in 2 places\)/u);
    assert.deepEqual(undefinedTerm(draft + clause('Each Participant will set up a “Significant Incident” process.')).map((d) => d.severity), ['warning']);
    assert.deepEqual(undefinedTerm(signed + clause('Each Participant will set up a “Significant Incident” process.')).length, 1);
  });
});
