import assert from 'node:assert/strict';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';
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
