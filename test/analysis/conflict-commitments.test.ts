import assert from 'node:assert/strict';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';
import { allRules } from '../../server/src/language/rules/registry';
import { applyFix } from './conflict-helpers';

const code = 'mou-binding-commitment';
const mou = 'memorandum "MoU" { status non-binding }\n';

describe('binding commitments in an MoU (CF21)', () => {
  it('reports liability and firm payments as warnings, on the phrase', () => {
    const found = checkDiagnostics(`${mou}clause Claims """Each Participant will be liable for damage and will indemnify the other."""
//                                ^^^^^^^^^^^^^^ mou-binding-commitment
//                                                                   ^^^^^^^^^ mou-binding-commitment
clause Money """The host Participant will contribute EUR 50 000 and will pay the travel costs."""
//                                   ^^^^^^^^^^^^^^^ mou-binding-commitment
//                                                                  ^^^^^^^^ mou-binding-commitment
`);
    assert.ok(found.every((d) => d.severity === 'warning' && d.catalogueId === 'CF21'));
  });

  it('makes a payment subject to the availability of funds', () => {
    const text = `${mou}clause Costs """The host Participant will pay the travel costs."""\n`;
    const d = diagnose(text).find((x) => x.code === code)!;
    assert.equal(applyFix(text, d), `${mou}clause Costs """The host Participant will pay the travel costs, subject to the availability of funds."""\n`);
  });

  it('leaves denials, the usual cost clause, funded payments, contributions in kind and treaties alone', () => {
    checkNoDiagnostics(
      `${mou}clause Claims """Neither Participant will be liable to the other. Each Participant will bear its own costs."""
clause Funds """Each Participant will pay its own travel costs, subject to the availability of funds."""
clause Kind """Each Participant will contribute experts to the exercise."""
`,
      [code],
    );
    checkNoDiagnostics('treaty "T" { status binding }\nclause Claims """Each Party shall be liable for damage."""\n', [code]);
  });
});

// The legal review's probes: fp-mou ("will pay particular attention" is no payment) and t5 (a
// claims waiver in an MoU is a legal act that CF21 missed), and the MC23 example (issue 9 item 3).
describe('legal acts and firm financial promises in an MoU (CF21, issue 9)', () => {
  it('reports claims waivers and indemnities, without a rewrite, saying why', () => {
    const found = checkDiagnostics(`${mou}participant EE "Estonian Information System Authority"
participant ACME "Acme Ltd"
clause L about liability "Each Participant waives all claims against the other Participant."
//                                         ^^^^^^^^^^^^^^^^^ mou-binding-commitment
clause N """Neither Participant will bring any claim against the other. A waiver of claims applies."""
//          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mou-binding-commitment
//                                                                        ^^^^^^^^^^^^^^^^ mou-binding-commitment
clause H """The host Participant will hold the visiting experts harmless and shall indemnify them."""
//                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mou-binding-commitment
//                                                                                 ^^^^^^^^^ mou-binding-commitment
`);
    for (const d of found) assert.deepEqual(d.fixes, [], d.message);
    const waiver = found.find((d) => d.message.includes('waives all claims'))!;
    assert.match(waiver.message, /legal act/);
    assert.match(waiver.message, /binding instrument/);
    assert.match(waiver.message, /settled by consultation/);
  });

  it('reports a fund and a cost share not subject to funds, with the funds proviso as the fix', () => {
    const text = `${mou}clause Fund """The Participants will establish a joint fund for the exercises."""
//                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^ mou-binding-commitment
clause Share """The costs of the exercise will be shared equally between the Participants."""
//                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mou-binding-commitment
clause Half """Each Participant will bear 50 per cent of the costs of the platform."""
//                              ^^^^^^^^^^^^^^^^^^^^^ mou-binding-commitment
`;
    const found = checkDiagnostics(text);
    assert.match(found.find((d) => d.message.includes('shared equally'))!.message, /cost share/);
    const share = diagnose(text).find((d) => d.code === 'mou-binding-commitment' && d.message.includes('shared equally'))!;
    assert.match(applyFix(text, share), /shared equally between the Participants, subject to the availability of funds\./);
  });

  it('leaves "pay particular attention", funded shares and what the MoU reports of a treaty alone', () => {
    checkNoDiagnostics(
      `${mou}participant EE "Estonia"
participant FI "Finland"
clause Costs about costs """
  Each Participant will bear its own costs, subject to the availability of funds. The host
  Participant will pay particular attention to the safety of visiting experts.
"""
clause Share """The costs will be shared equally, subject to the availability of funds."""
clause Sofa """Under the NATO Status of Forces Agreement, each Participant waives its claims for damage to property."""
clause Other """The Agreement on the Security of Information, under which each Party shall indemnify the other, applies."""
`,
      [code],
    );
  });

  it('accepts the MC23 example: claims settled by consultation, not waived', () => {
    const liability = allRules.find((r) => r.code === 'missing-liability')!;
    const fixed = liability.example.fix.replace(/^/, mou);
    checkNoDiagnostics(fixed, [code, 'missing-liability']);
    assert.doesNotMatch(liability.example.fix, /waive/i);
    assert.doesNotMatch(liability.rationale, /usually each side waives/);
  });

  it('judges only an instrument that declares itself non-binding', () => {
    checkNoDiagnostics('memorandum "MoU" { effect on signature }\nclause L """Each Participant waives all claims against the other."""\n', [code]);
  });
});
