import assert from 'node:assert/strict';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';
import { fixed, only } from './conflict-helpers';

const code = 'deadline-exceeds-statute';
const eu = 'participant EE "Estonia" { jurisdiction EE }\nparticipant FI "Finland" { jurisdiction FI }\n';

describe('statutory deadline conflicts (CF11)', () => {
  it('reports a first notification slower than the NIS2 early warning, on the quantity', () => {
    const [d] = checkDiagnostics(`${eu}protocol Major {
  notify EE, FI within 48 hours
//                     ^^^^^^^^ deadline-exceeds-statute
}
`);
    assert.equal(d.severity, 'warning');
    assert.equal(d.catalogueId, 'CF11');
    assert.match(d.message, /early warning within 24 hours \(NIS2 Art\. 23\(4\)\(a\)\), which binds EE \(NIS2\), FI \(NIS2\)/);
    assert.deepEqual(
      d.related.map((r) => [r.range.start.line, r.message.slice(0, 22)]),
      [
        [0, 'EE is bound by NIS2: e'],
        [1, 'FI is bound by NIS2: e'],
      ],
    );
  });

  it('holds a DORA-bound party to 4 hours and a CIRCIA ransom payment to 24 hours', () => {
    const dora = `participant BANK "Bank" { jurisdiction EE regimes DORA }\nparticipant FI "Finland" { jurisdiction FI }\nprotocol P {\n  notify BANK within 12 hours\n}\n`;
    assert.match(only(dora, code).message, /4 hours of classifying/);
    assert.equal(fixed(dora, code), dora.replace('12 hours', '4 hours'));
    const circia = `participant US "US" { jurisdiction US regimes CIRCIA }\nprotocol P {\n  when category "ransom payment"\n  notify US within 48 hours\n}\n`;
    assert.match(only(circia, code).message, /ransom payment reported within 24 hours/);
    checkNoDiagnostics(circia.replace('ransom payment', 'ransomware'), [code]);
  });

  // Red-team round 2 (test/independent): two DORA-bound financial CSIRTs in the EU were told
  // that the DORA intermediate deadline "binds CBI (DORA), CBI (NIS2)…", though DORA replaces
  // NIS2 reporting for them (NIS2 Art. 4(1)).
  it('holds a DORA-bound party to DORA alone, and names only those the cited statute binds', () => {
    const dora = `participant BANK "Bank" { jurisdiction IE regimes DORA }\nparticipant FI "Finland" { jurisdiction FI }\nprotocol P {\n  notify BANK within 4 hours\n  report intermediate within 5 days\n  report final within 2 months\n}\n`;
    const found = checkDiagnostics(dora.replace('5 days', '5 days\n//                           ^^^^^^ deadline-exceeds-statute').replace('2 months\n', '2 months\n//                    ^^^^^^^^ deadline-exceeds-statute\n'));
    assert.match(found[0].message, /intermediate report within 72 hours \(DORA Art\. 19; RTS 2025\/301\), which binds BANK \(DORA\): shorten/);
    assert.match(found[1].message, /final report one month after the intermediate report \(DORA.*which binds BANK \(DORA\): shorten it to 1 month\.$/);
    // The fix writes the month the statute speaks of, not its 792 hours as "33 days".
    assert.deepEqual(found[1].fixes[0].edits.map((e) => e.newText), ['1 month']);
    assert.deepEqual(found.flatMap((d) => d.related.map((r) => r.message.slice(0, 23))), ['BANK is bound by DORA: ', 'BANK is bound by DORA: ']);
    checkNoDiagnostics(dora.replace('5 days', '72 hours').replace('2 months', '1 month'), [code]);
    // Without DORA the same party answers to NIS2, as before.
    const nis2 = diagnose(dora.replace(' regimes DORA', '')).filter((d) => d.code === code);
    assert.deepEqual(nis2.map((d) => /which binds BANK \(NIS2\):/.test(d.message)), [true, true]);
  });

  it('checks the interim and final reports against NIS2, and an initial report when nobody is notified first', () => {
    checkDiagnostics(`${eu}protocol Major {
  report initial within 2 days
//                      ^^^^^^ deadline-exceeds-statute
  report interim within 5 days
//                      ^^^^^^ deadline-exceeds-statute
  report final within 2 months
//                    ^^^^^^^^ deadline-exceeds-statute
}
`);
    checkNoDiagnostics(`${eu}protocol Major {\n  notify EE within 24 hours\n  report interim within 72 hours\n  report final within 1 month\n}\n`, [code]);
  });

  it('only counts the parties the protocol concerns: the notified and the channel members', () => {
    const text = `${eu}participant US "US" { jurisdiction US }
channel Line between US, FI
protocol P {
  notify US within 48 hours
}
protocol Q {
  notify within 48 hours via Line
//              ^^^^^^^^ deadline-exceeds-statute
}
`;
    checkDiagnostics(text);
  });

  it('accepts deadlines within the law and parties bound by no regime', () => {
    checkNoDiagnostics(`${eu}protocol Major {\n  notify EE, FI within 24 hours\n}\n`, [code]);
    checkNoDiagnostics('participant US "US" { jurisdiction US }\nprotocol P {\n  notify US within 5 days\n}\n', [code]);
  });
});
