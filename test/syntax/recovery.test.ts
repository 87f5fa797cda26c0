/** Error recovery: one typo never hides the rest of the document. */
import assert from 'node:assert/strict';
import { parse } from '../../server/src/language/syntax/parse';
import { textAt } from './parse-helpers';

const clean = `memorandum "MoU" {
  status non-binding
  effect on signature
  duration 5 years
}
participant EE "Estonia" { kind state jurisdiction EE }
participant FI "Finland" { kind state jurisdiction FI }
channel Intel between EE, FI {
  carries indicators
  marking TLP:AMBER
  onward sharing with-clients
}
body Committee members EE, FI meets every 6 months
clause Costs "Each Participant will bear its own costs."
`;

function lines(text: string): string[] {
  return text.split('\n');
}

function insertAt(text: string, line: number, inserted: string): string {
  const l = lines(text);
  l.splice(line, 0, inserted);
  return l.join('\n');
}

describe('parser: error recovery', () => {
  it('reports stray text inside a header and keeps the statements after it', () => {
    const text = insertAt(clean, 2, '  this is not a statement');
    const { ast, problems } = parse(text);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].range.start.line, 2);
    assert.equal(textAt(text, problems[0].range), 'this is not a statement');
    assert.equal(ast.instrument?.effect?.event?.text, 'signature');
    assert.equal(ast.instrument?.duration?.term?.amount, 5);
  });

  it('reports stray text inside a channel and keeps the statements after it', () => {
    const text = insertAt(clean, 9, '  oops 42 ;');
    const { ast, problems } = parse(text);
    assert.ok(problems.length >= 1);
    assert.ok(problems.every((p) => p.range.start.line === 9), problems.map((p) => p.message).join('\n'));
    assert.equal(ast.channels[0].marking?.value, 'TLP:AMBER');
    assert.equal(ast.channels[0].onwardSharing?.value, 'with-clients');
  });

  it('reports junk between declarations and keeps the declarations after it', () => {
    const text = insertAt(clean, 6, 'garbage "more garbage" 12 }');
    const { ast, problems } = parse(text);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].range.start.line, 6);
    assert.deepEqual(ast.parties.map((p) => p.id?.text), ['EE', 'FI']);
    assert.equal(ast.channels.length, 1);
    assert.equal(ast.bodies.length, 1);
    assert.equal(ast.clauses.length, 1);
  });

  it('reports three independent errors at their three places', () => {
    let text = clean;
    text = insertAt(text, 13, '%%% junk line three');
    text = insertAt(text, 7, 'junk line two ###');
    text = insertAt(text, 3, '  junk line one');
    const { ast, problems } = parse(text);
    const errorLines = [...new Set(problems.map((p) => p.range.start.line))];
    assert.deepEqual(errorLines, [3, 8, 15]);
    assert.equal(ast.parties.length, 2);
    assert.equal(ast.channels.length, 1);
    assert.equal(ast.clauses.length, 1);
    assert.equal(ast.instrument?.duration?.term?.amount, 5);
  });

  it('recovers from a missing closing brace: the next declaration still parses', () => {
    const text = clean.replace('  duration 5 years\n}', '  duration 5 years');
    const { ast, problems } = parse(text);
    assert.ok(problems.length >= 1);
    assert.match(problems[0].message, /'}'/);
    assert.equal(ast.instrument?.duration?.term?.amount, 5);
    assert.deepEqual(ast.parties.map((p) => p.id?.text), ['EE', 'FI']);
  });

  it('recovers from `protocol` followed by neither a name nor a title: the declarations after it still parse', () => {
    // `protocol` starts both an incident protocol and an instrument header, so no rule was
    // entered to recover in: the parse stopped there and the clauses after it were reported missing.
    for (const broken of ['protocol 24/7Incident {\n  when severity high\n}', 'protocol {\n}', 'protocol', 'protocol 42']) {
      const text = insertAt(clean, 12, broken);
      const { ast, problems } = parse(text);
      assert.equal(problems.length, 1, `${broken}: ${problems.map((p) => p.message).join('\n')}`);
      assert.equal(problems[0].range.start.line, 12);
      assert.match(problems[0].message, /After 'protocol', write the incident protocol's name as one word .* or an instrument's title in quotes/);
      assert.equal(ast.bodies.length, 1, broken);
      assert.equal(ast.clauses.length, 1, broken);
      assert.equal(ast.protocols.length, 0, broken);
    }
    const { problems } = parse(insertAt(clean, 12, 'protocol 24/7Incident {'));
    assert.match(problems[0].message, /found '24\/7'\.$/);
  });

  it('reads a statement of another block as misplaced and goes on with the block after it', () => {
    // Before, the header ended at `content` and its effect and duration were read as junk, then
    // reported missing (missing-entry-into-force at error level on a header that states it).
    const header = insertAt(clean, 2, '  content "indicators and measures taken"');
    const a = parse(header);
    assert.equal(a.problems.length, 1, a.problems.map((p) => p.message).join('\n'));
    assert.equal(a.problems[0].range.start.line, 2);
    assert.equal(textAt(header, a.problems[0].range), 'content "indicators and measures taken"');
    assert.match(a.problems[0].message, /^'content' starts a statement of an incident protocol, not of the instrument header: move it there/);
    assert.equal(a.ast.instrument?.effect?.event?.text, 'signature');
    assert.equal(a.ast.instrument?.duration?.term?.amount, 5);
    const channel = insertAt(clean, 9, '  signed at "Riga" on 2027-09-28');
    const b = parse(channel);
    assert.equal(b.problems.length, 1, b.problems.map((p) => p.message).join('\n'));
    assert.match(b.problems[0].message, /^'signed' starts a statement of the instrument header, not of a channel/);
    assert.equal(b.ast.channels[0].marking?.value, 'TLP:AMBER');
    assert.equal(b.ast.channels[0].onwardSharing?.value, 'with-clients');
    assert.deepEqual(b.ast.parties.map((p) => p.id?.text), ['EE', 'FI']);
    assert.equal(b.ast.bodies.length, 1);
  });

  it('recovers from a half-typed keyword', () => {
    const text = clean.replace('  effect on signature', '  eff');
    const { ast, problems } = parse(text);
    assert.equal(problems.length, 1);
    assert.equal(textAt(text, problems[0].range), 'eff');
    assert.equal(ast.instrument?.duration?.term?.amount, 5);
  });

  it('recovers from a missing value and says what was expected', () => {
    const text = clean.replace('marking TLP:AMBER', 'marking');
    const { ast, problems } = parse(text);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /TLP label/);
    assert.equal(ast.channels[0].onwardSharing?.value, 'with-clients');
  });

  it('reports an unterminated string and an unterminated prose block', () => {
    const a = parse('participant EE "Estonia\nparticipant FI "Finland"');
    assert.ok(a.problems.some((p) => /never closed/.test(p.message) && p.range.start.line === 0));
    assert.equal(a.ast.parties.find((p) => p.id?.text === 'FI')?.name?.value, 'Finland');
    const b = parse('clause X """ never closed\nparticipant FI "Finland"');
    assert.ok(b.problems.some((p) => /never closed: end it with """/.test(p.message)));
  });

  it('reports an unterminated block comment', () => {
    const { problems } = parse('participant EE "E"\n/* open comment\nparticipant FI "F"');
    assert.ok(problems.some((p) => /comment is never closed/.test(p.message)));
  });

  it('reports unexpected characters', () => {
    const { problems, ast } = parse('participant EE "E" @@@\nparticipant FI "F"');
    assert.ok(problems.some((p) => /Unexpected characters "@@@"/.test(p.message)));
    assert.equal(ast.parties.length, 2);
  });

  it('handles an empty file and whitespace only', () => {
    assert.deepEqual(parse('').problems, []);
    assert.deepEqual(parse('  \n\t\n').problems, []);
    assert.equal(parse('').ast.instrument, undefined);
  });

  it('caps the number of reported problems on binary junk', () => {
    const junk = Array.from({ length: 20000 }, (_, i) => String.fromCharCode((i * 7919) % 0x2ff)).join('');
    const { problems } = parse(junk);
    assert.ok(problems.length > 0 && problems.length <= 201);
  });
});
