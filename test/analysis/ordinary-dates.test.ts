import assert from 'node:assert/strict';
import { checkDiagnostics, checkNoDiagnostics } from '../helpers/fixture';

const header = (lines: string) => `memorandum "MoU" {\n${lines}}\nparticipant EE "Estonia"\nparticipant FI "Finland"\n`;

describe('ordinary checks: dates', () => {
  it('reports impossible dates and says why', () => {
    const diagnostics = checkDiagnostics(`memorandum "MoU" {
  signed at "Tallinn" on 2027-02-29
//                       ^^^^^^^^^^ invalid-date
  effect on 2027-13-01
//          ^^^^^^^^^^ invalid-date
}
participant EE "Estonia"
exercise X annually led by EE {
  first 2027-04-31
//      ^^^^^^^^^^ invalid-date
}
`);
    assert.match(diagnostics[0].message, /February 2027 has 28 days/);
    assert.match(diagnostics[1].message, /no month 13/);
    assert.match(diagnostics[2].message, /April 2027 has 30 days/);
  });

  it('accepts 29 February in a leap year', () => {
    checkNoDiagnostics(header('  signed at "Tallinn" on 2028-02-29\n'), ['invalid-date']);
  });

  it('reports an effect date before the signature date, with the signature as related information', () => {
    const [d] = checkDiagnostics(`memorandum "MoU" {
  signed at "Tallinn" on 2027-03-01
  effect on 2027-02-28
//          ^^^^^^^^^^ effect-before-signature
}
`);
    assert.equal(d.related[0].range.start.line, 1);
  });

  it('accepts an effect date on or after signature, and an effect on signature', () => {
    checkNoDiagnostics(header('  signed on 2027-03-01\n  effect on 2027-03-01\n'), ['effect-before-signature']);
    checkNoDiagnostics(header('  signed on 2027-03-01\n  effect on signature\n'), ['effect-before-signature']);
  });

  it('reports a first exercise after the term ends, counting years on the calendar', () => {
    const [d] = checkDiagnostics(`memorandum "MoU" {
  signed at "Tallinn" on 2027-03-01
  effect on signature
  duration 2 years
}
participant EE "Estonia"
exercise X annually led by EE {
  first 2029-03-01
//      ^^^^^^^^^^ exercise-outside-term
}
exercise Y annually led by EE {
  first 2029-02-28
}
`);
    assert.match(d.message, /ends on 2029-03-01/);
    assert.deepEqual(d.related.map((r) => r.range.start.line), [3, 1]);
  });

  it('places the term after a delay from signature, and reports an exercise before effect', () => {
    checkDiagnostics(`memorandum "MoU" {
  signed on 2027-03-01
  effect 30 days after signature
  duration 1 year
}
participant EE "Estonia"
exercise Early annually led by EE {
  first 2027-03-15
//      ^^^^^^^^^^ exercise-outside-term
}
exercise Late annually led by EE {
  first 2028-03-31
//      ^^^^^^^^^^ exercise-outside-term
}
exercise Fine annually led by EE {
  first 2028-03-30
}
`);
  });

  it('stays silent when the start is not known in advance (ratification) or the term is indefinite', () => {
    checkNoDiagnostics(`treaty "T" {
  done at "Paris" on 2027-03-01
  effect 30 days after last ratification
  duration 1 year
}
party EE "Estonia"
exercise X annually led by EE {
  first 2040-01-01
}
`, ['exercise-outside-term']);
    checkNoDiagnostics(header('  signed on 2027-03-01\n  effect on signature\n  duration indefinite\n') + 'exercise X annually led by EE {\n  first 2040-01-01\n}\n', ['exercise-outside-term']);
  });

  // Red-team case (test/independent): an annex of technical procedures planned its first
  // exercise before the parent MoU was signed, and nothing said so.
  it('places an annex without dates of its own in its parent’s term, with the parent as related information', () => {
    const parent = 'memorandum "MoU" {\n  signed at "Chisinau" on 2026-12-01\n  effect on signature\n  duration 3 years\n}\nparticipant RO "Romania"\nparticipant MD "Moldova"\n';
    const [d] = checkDiagnostics(`annex "Annex A" of "parent.entente" {
}
exercise Early annually led by MD with RO {
  first 2026-01-15
//      ^^^^^^^^^^ exercise-outside-term
}
exercise Fine annually led by MD with RO {
  first 2027-06-10
}
`, { files: { 'parent.entente': parent } });
    assert.deepEqual(d.related.map((r) => [r.uri, r.range.start.line]), [['file:///fixture/parent.entente', 1]]);
    // An annex with dates of its own keeps them.
    checkNoDiagnostics(`annex "Annex A" of "parent.entente" {
  signed at "Chisinau" on 2025-12-01
  effect on signature
}
exercise Early annually led by MD with RO {
  first 2026-01-15
}
`, ['exercise-outside-term'], { files: { 'parent.entente': parent } });
  });
});
