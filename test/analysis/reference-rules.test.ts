import { checkDiagnostics, checkNoDiagnostics } from '../helpers/fixture';

describe('reference rules', () => {
  it('reports a channel member that is declared nowhere, on the name', () => {
    checkDiagnostics(`participant EE "Estonia"
participant FI "Finland"
channel Intel between EE, SE
//                        ^^ unknown-reference
`);
  });

  it('resolves parties from a used registry file', () => {
    checkNoDiagnostics(
      `use "registry.entente"
participant EE
channel Intel between EE, FI
`,
      ['unknown-reference'],
      { files: { 'registry.entente': 'participant EE "Estonia"\nparticipant FI "Finland"\n' } },
    );
  });
});
