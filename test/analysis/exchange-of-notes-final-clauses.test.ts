/**
 * Final clauses written in the notes of an exchange, and an exchange whose notes are silent on
 * entry into force (eighteenth real-instrument run, probes 9 and 10, on the Netherlands–United
 * States notes of 11 July 1991). The notes cannot be tagged `about`: their words count as a
 * clause's do, through `coversTopic` (rules/support/own-final-clauses.ts).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { diagnose } from '../helpers/fixture';
import { draftOf } from '../helpers/fix-review';

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');
const notes = read('test/real-instruments/nl-us-sentenced-persons-notes-1991.entente');
const finalCodes = /^missing-(?:entry-into-force|exchange-entry-into-force|termination|duration)$/;
const finals = (text: string) =>
  diagnose(text)
    .filter((d) => finalCodes.test(d.code))
    .map((d) => `${d.code}:${d.severity}`)
    .sort();

/** Note Nr. I's closing proposal, with what follows "an understanding between the two Governments". */
const proposing = (words: string) => notes.replace('in reply shall constitute an understanding between the two Governments. The Ministry', `in reply shall constitute an understanding between the two Governments${words}. The Ministry`);

describe('final clauses in the notes of an exchange (eighteenth run, probe 10)', () => {
  it('reads entry into force and termination in the proposal the reply accepts', () => {
    const both = proposing(', which shall enter into force on the date of the reply and may be terminated by either Government on six months notice');
    assert.deepEqual(finals(both), [], 'a treaty that may be terminated needs no duration clause either');
  });

  it('near miss: notes that say nothing of termination are still asked for it (VCLT Art. 56)', () => {
    // The notes of 1991 are concluded: termination at warning there (analysis/concluded-text-severity.ts,
    // VCLT Art. 56), and duration a note that says what the same silence means (sixty-ninth run, item 3).
    assert.deepEqual(finals(proposing(', which shall enter into force on the date of the reply')), ['missing-duration:info', 'missing-termination:warning']);
    assert.ok(finals(notes).includes('missing-termination:warning'));
  });

  it('near miss: an end that is not the instrument’s credits nothing', () => {
    const other = proposing('. Requests for transfer may be terminated by either Government at any time, and the provisional application of the arrangements shall terminate on notice');
    assert.ok(finals(other).includes('missing-termination:warning'), finals(other).join(', '));
  });

  it('reads the same words in an untagged clause, and a Party acting on the instrument', () => {
    const treaty = (body: string) => `treaty "Agreement" {\n  status binding\n  effect on signature\n}\nparty NL "Netherlands" { kind state jurisdiction NL }\nparty US "United States" { kind state jurisdiction US }\nclause Final """\n  ${body}\n"""\n`;
    assert.deepEqual(finals(treaty('Either Party may terminate this Agreement by giving six months’ written notice to the other Party.')), []);
    assert.deepEqual(finals(treaty('Any Party may, at any time, denounce this Convention by means of a notification addressed to the Secretary General.')), []);
    assert.deepEqual(finals(treaty('This Agreement shall remain in force until otherwise agreed by the Parties.')), []);
    // NL–Australia letters 1977, para. 20.
    assert.deepEqual(finals(treaty('This Arrangement will cease to operate six months after receipt of written notice of termination by one Government from the other.')), []);
    // A draft (no date): the error stays; the notes of 1991 above are concluded, and stop at warning.
    assert.deepEqual(finals(treaty('The Parties shall consult on the operation of this Agreement.')), ['missing-duration:warning', 'missing-termination:error']);
  });

  it('near miss: a note on the end of another treaty credits nothing', () => {
    const other = proposing('. The Extradition Treaty may be terminated by either Government on six months notice');
    assert.ok(finals(other).includes('missing-termination:warning'), finals(other).join(', '));
  });
});

describe('an exchange of notes silent on entry into force (eighteenth run, probe 9; VCLT Arts. 13, 24(2))', () => {
  const entry = (text: string) => diagnose(text).filter((d) => /entry-into-force$/.test(d.code));

  it('is a warning that offers `effect on reply` to the notes as drafted, which clears it', () => {
    // The header statement is a term of the exchange: offered to the draft, not to the notes of 1991.
    const [d] = entry(draftOf(notes));
    assert.equal(`${d.code}:${d.severity}:${d.catalogueId}`, 'missing-exchange-entry-into-force:warning:MC01');
    assert.match(d.message, /add `effect on reply` to the header/);
    assert.doesNotMatch(d.message, /notification|ratification/);
    const fix = d.fixes.find((f) => f.title === 'Add `effect on reply` to the header');
    assert.ok(fix, d.fixes.map((f) => f.title).join(' | '));
    assert.deepEqual(entry(notes.replace('  form exchange-of-notes\n', '  form exchange-of-notes\n  effect on reply\n')), []);
    const [signed] = entry(notes);
    assert.deepEqual(signed.fixes, [], 'the notes exchanged in 1991 are offered no header statement');
    assert.match(signed.message, /The text is concluded \(the date of the reply is 1991-\d\d-\d\d\)/);
  });

  it('near miss: notes whose consent follows by ratification are still an error in a draft, asking for the treaty formula', () => {
    const ratified = notes.replace('  form exchange-of-notes\n', '  form exchange-of-notes\n  consent by ratification\n');
    const [d] = entry(draftOf(ratified));
    assert.equal(`${d.code}:${d.severity}`, 'missing-entry-into-force:error');
    assert.match(d.message, /after last notification/);
    // The notes exchanged in 1991: silent, the treaty enters into force once every consent is
    // established (VCLT Art. 24(2)); a missing clause on a concluded text is at most a warning
    // (analysis/concluded-text-severity.ts; sixty-ninth run, item 1).
    const [signed] = entry(ratified);
    assert.equal(`${signed.code}:${signed.severity}`, 'missing-entry-into-force:warning');
  });

  it('near miss: an arrangement made by an exchange of letters, outside the VCLT, is still an error, offered `effect on reply`', () => {
    // NL–Australia 1977: "this letter and Your Excellency's confirmatory reply constitute the Arrangement".
    const letters = 'memorandum "Arrangement" {\n  status non-binding\n  form exchange-of-letters\n}\nparticipant NL "Netherlands" { kind government jurisdiction NL }\nparticipant AU "Australia" { kind government jurisdiction AU }\n';
    const [d] = entry(letters);
    assert.equal(`${d.code}:${d.severity}`, 'missing-entry-into-force:error');
    assert.match(d.message, /add `effect on reply`/);
    assert.ok(d.fixes.some((f) => f.title === 'Add `effect on reply` to the header'));
  });

  it('a treaty not made by an exchange keeps the error', () => {
    const [d] = entry('treaty "Agreement" {\n  status binding\n  consent by signature\n}\nparty NL "Netherlands" { kind state jurisdiction NL }\nparty US "United States" { kind state jurisdiction US }\n');
    assert.equal(`${d.code}:${d.severity}`, 'missing-entry-into-force:error');
  });
});
