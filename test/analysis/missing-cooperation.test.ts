import assert from 'node:assert/strict';
import { checkDiagnostics, checkNoDiagnostics } from '../helpers/fixture';

const parties = 'participant EE "Estonia" { contact D "CERT-EE" }\nparticipant FI "Finland" { contact D "NCSC-FI" }\nchannel Intel between EE, FI\n';

describe('missing cooperation terms (MC21, MC23–MC26)', () => {
  it('lists what an incident protocol lacks, on its id', () => {
    const [finding] = checkDiagnostics(`${parties}protocol Major {
//       ^^^^^ missing-incident-notification-terms
  when severity high
  notify EE, FI within 24 hours
}
`);
    assert.equal(finding.severity, 'warning');
    assert.equal(finding.message, 'Incident protocol Major lacks the content (`content "…"`) and a channel (`via <channel>`, or the organisation it goes through: `through …`).');
  });

  it('accepts a complete incident protocol, or a clause on incident notification', () => {
    const codes = ['missing-incident-notification-terms'];
    checkNoDiagnostics(`${parties}protocol Major {\n  when severity high\n  notify within 24 hours via Intel\n  content "what happened"\n}\n`, codes);
    checkNoDiagnostics(`${parties}protocol Major {\n  notify within 24 hours\n}\nclause IncidentNotification "…"\n`, codes);
  });

  it('asks once for a liability clause when there are exercises or secondments, relating the others', () => {
    const [finding] = checkDiagnostics(`${parties}exercise Shield annually led by EE { scope "table-top" }
//       ^^^^^^ missing-liability
capacity-building Training by EE for FI { activities training, secondments }
`);
    assert.equal(finding.severity, 'info');
    assert.deepEqual(finding.related.map((r) => r.range.start), [{ line: 5, character: 63 }]);
  });

  it('does not ask for liability without exercises, secondments or equipment, or with a liability clause', () => {
    const codes = ['missing-liability'];
    checkNoDiagnostics(`${parties}capacity-building Training by EE for FI { activities training }\n`, codes);
    checkNoDiagnostics(`${parties}exercise Shield annually led by EE\nclause Claims about Liability "Each Participant waives its claims."\n`, codes);
  });

  it('asks technology transfer and joint research for intellectual property terms, on the block id', () => {
    checkDiagnostics(`${parties}technology-transfer Tools from EE to FI { activities tool-sharing }
//                  ^^^^^ missing-intellectual-property
capacity-building Lab by EE for FI { activities joint-development }
//                ^^^ missing-intellectual-property
`);
  });

  it('does not ask training for intellectual property terms, nor a block that states them', () => {
    const codes = ['missing-intellectual-property'];
    checkNoDiagnostics(`${parties}capacity-building Training by EE for FI { activities training }\n`, codes);
    checkNoDiagnostics(`${parties}technology-transfer Tools from EE to FI { intellectual property "remains with EE" }\n`, codes);
  });

  it('asks an exercise for its cadence, lead and scope', () => {
    const [finding] = checkDiagnostics(`${parties}exercise Shield every 12 months { scope "technical" }
//       ^^^^^^ missing-exercise-terms
`);
    assert.equal(finding.message, 'Exercise Shield lacks a lead (`led by …`).');
  });

  it('accepts a complete exercise', () => {
    checkNoDiagnostics(`${parties}exercise Shield biennially led by EE with FI { scope "technical" }\n`, ['missing-exercise-terms']);
  });

  it('asks a framework instrument for a governance body, on the kind keyword', () => {
    const [finding] = checkDiagnostics(`  framework "Framework" {
//^^^^^^^^^ missing-governance-body
    effect on signature
  }
`);
    assert.equal(finding.severity, 'info');
  });

  it('does not ask a framework with a body, nor a memorandum, for a governance body', () => {
    const codes = ['missing-governance-body'];
    checkNoDiagnostics(`framework "F" {\n}\n${parties}body JWG "Joint Working Group" members EE, FI meets annually\n`, codes);
    checkNoDiagnostics(`framework "F" {\n}\nclause Governance "A Joint Working Group will review progress annually."\n`, codes);
    checkNoDiagnostics('memorandum "MoU" {\n  status non-binding\n}\n', codes);
  });
});
