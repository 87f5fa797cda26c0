/**
 * The closed values of the statements for classified and hedged sharing (`scheme`, `level …
 * equals` cells, `designate`, `handling`, `exchange`, channel `deadline` units and clock starts):
 * an unknown word is reported on its own range with the accepted values, and it never satisfies
 * a check (SECOND-RUN.md, "Closed values are not validated in the new statements").
 */
import assert from 'node:assert/strict';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';

const parties = 'participant EE "Estonia" { jurisdiction EE }\nparticipant FI "Finland" { jurisdiction FI }\n';

describe('closed values of the sharing statements', () => {
  it('reports an unknown word in every value position, on the word, with the accepted values', () => {
    const diagnostics = checkDiagnostics(`${parties}designate bogus-kind available weekends
//        ^^^^^^^^^^ value-out-of-range
//                             ^^^^^^^^ value-out-of-range
security-agreement GSA between EE, FI from CONFIDENTAL {
//                                         ^^^^^^^^^^^ value-out-of-range
  scheme nationl
//       ^^^^^^^ value-out-of-range
  level SECRET equals EE "SALAJANE", FI bogusword foo "Y"
//                                      ^^^^^^^^^ value-out-of-range
//                                                ^^^ value-out-of-range
}
channel Intel between EE, FI {
  exchange maybe-bogus, when-practical
//         ^^^^^^^^^^^ value-out-of-range
  handling weird "x"
//         ^^^^^ value-out-of-range
  deadline "answer a request" within 3 fortnights of bogus
//                                     ^^^^^^^^^^ value-out-of-range
//                                                   ^^^^^ value-out-of-range
}
protocol Major {
  notify FI within 24 hours of awarenes
//                             ^^^^^^^^ value-out-of-range
}
`);
    const byWord = (word: string) => diagnostics.find((d) => d.message.startsWith(`'${word}'`))!;
    assert.match(byWord('bogus-kind').message, /central-authority, point-of-contact, .* or representative\./);
    assert.match(byWord('nationl').message, /common, national or receiving-party\. Did you mean national\?/);
    assert.deepEqual(byWord('nationl').fixes.map((f) => f.edits[0].newText), ['national']);
    assert.match(byWord('bogusword').message, /write none/);
    assert.match(byWord('foo').message, /safeguarded-as or marked-as/);
    assert.match(byWord('maybe-bogus').message, /when-practical, .* on-request, where-appropriate or without-prior-request/);
    assert.match(byWord('weird').message, /legend, releasable-to, .* or official-secrecy/);
    assert.match(byWord('fortnights').message, /hour, day, working-day, week, month or year/);
    assert.match(byWord('awarenes').message, /Did you mean awareness\?/);
    assert.match(byWord('CONFIDENTAL').message, /Did you mean CONFIDENTIAL\?/);
  });

  it('accepts every value of these sets and their aliases', () => {
    checkNoDiagnostics(`${parties}designate central-authority notified to "the Secretary General"
designate point-of-contact available 24/7
designate focal-point EE "CERT-EE" available office-hours
designate competent-authority
designate responsible-authority
designate national-security-authority
designate designated-security-authority
designate executive-agent
designate representative
security-agreement GSA between EE, FI from CONFIDENTIAL {
  scheme national
  level SECRET equals EE "SALAJANE", FI "SALAINEN"
  level CONFIDENTIAL equals EE "KONFIDENTSIAALNE", FI none safeguarded-as "SALAINEN"
  level equals EE "PIIRATUD", FI none marked-as "Estonian RESTRICTED"
  level TOP-SECRET equals EE "TAIESTI SALAJANE", FI none
}
security-agreement Common between EE, FI { scheme common "NATO security classifications" }
security-agreement Receiving between EE, FI { scheme receiving-party }
channel Intel between EE, FI {
  classification any under GSA
  exchange when-practical, as-appropriate, to-the-extent-possible, subject-to-national-law, subject-to-available-funds, consistent-with-existing-arrangements, on-request "as far as their laws permit"
  handling legend "CUI"
  handling releasable-to "EST, FIN"
  handling originator-controlled
  handling no-foreign
  handling in-confidence
  handling official-secrecy
  deadline "answer a request" within 3 working-days of request
  deadline "confirm receipt" within 1 week of receipt
}
protocol Major {
  notify FI within 24 hours of becoming-aware
  report final within 1 month of notification
}
`, ['value-out-of-range', 'syntax-error']);
  });

  it('an unknown designation kind does not satisfy missing-points-of-contact; a known one does', () => {
    const channel = 'channel Intel between EE, FI { carries indicators marking TLP:AMBER }\n';
    checkDiagnostics(`${parties}designate bogus-kind
//        ^^^^^^^^^^ value-out-of-range
${channel}//                    ^^ missing-points-of-contact
`);
    checkNoDiagnostics(`${parties}designate point-of-contact\n${channel}`, ['missing-points-of-contact', 'value-out-of-range']);
    checkNoDiagnostics(`${parties}designate focal-point\n${channel}`, ['missing-points-of-contact', 'value-out-of-range']);
  });

  it('an unknown handling word does not count as a handling marking; a known one does', () => {
    checkDiagnostics(`${parties}channel Intel between EE, FI {
//      ^^^^^ missing-handling-marking
  carries indicators
  handling weird "a legend"
//         ^^^^^ value-out-of-range
}
`);
    checkNoDiagnostics(`${parties}channel Intel between EE, FI {\n  carries indicators\n  handling legend "a legend"\n}\n`, ['missing-handling-marking', 'value-out-of-range']);
  });

  it('an unknown clock start does not say from when a time limit runs; a known one does', () => {
    checkDiagnostics(`${parties}protocol Major {
  notify FI within 24 hours of bogus
//                 ^^^^^^^^ time-limit-without-start
//                             ^^^^^ value-out-of-range
}
`);
    checkNoDiagnostics(`${parties}protocol Major {\n  notify FI within 24 hours of awareness\n}\n`, ['time-limit-without-start', 'value-out-of-range']);
  });

  it('a cell with an unknown word gives no marking for its party; `none` does', () => {
    checkDiagnostics(`${parties}security-agreement GSA between EE, FI {
  level SECRET equals EE "SALAJANE", FI "SALAINEN"
  level CONFIDENTIAL equals EE "KONFIDENTSIAALNE", FI nothing
//      ^^^^^^^^^^^^ missing-classification-equivalence
//                                                    ^^^^^^^ value-out-of-range
}
`);
    checkNoDiagnostics(
      `${parties}security-agreement GSA between EE, FI {\n  level SECRET equals EE "SALAJANE", FI "SALAINEN"\n  level CONFIDENTIAL equals EE "KONFIDENTSIAALNE", FI none\n}\n`,
      ['missing-classification-equivalence', 'value-out-of-range'],
    );
  });

  it('reports extra words in a table row and keeps the cells after them', () => {
    const [d] = checkDiagnostics(`${parties}security-agreement GSA between EE, FI {
  level SECRET equals EE "SALAJANE" extra words, FI "SALAINEN"
//                                  ^^^^^^^^^^^ syntax-error
  level CONFIDENTIAL equals EE "K" FI "L"
//                                 ^^^^^^ syntax-error
  breach procedure "notify the originator"
}
`);
    assert.match(d.message, /Unexpected 'extra' in a row of the equivalence table: .*separated by commas/);
    // The cell after the extra words and the statement after the row still count.
    const all = diagnose(`${parties}security-agreement GSA between EE, FI {\n  level SECRET equals EE "SALAJANE" extra words, FI "SALAINEN"\n  breach procedure "notify the originator"\n}\n`);
    assert.deepEqual(all.filter((x) => ['missing-classification-equivalence', 'missing-breach-procedure'].includes(x.code)).map((x) => x.code), []);
  });

  it('a row without extra words has no syntax error (near miss)', () => {
    checkNoDiagnostics(`${parties}security-agreement GSA between EE, FI {\n  level SECRET equals EE "SALAJANE", FI none safeguarded-as "SALAINEN"\n}\n`, ['syntax-error']);
  });
});
