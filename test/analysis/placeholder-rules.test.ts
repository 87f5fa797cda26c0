/**
 * unfilled-placeholder: the blanks quick fixes and completion insert, reported on the blank itself,
 * and the near misses it must leave alone (a written meaning, a filled library placeholder, the
 * brackets of a transcription).
 */
import { checkDiagnostics, checkNoDiagnostics } from '../helpers/fixture';

describe('unfilled-placeholder', () => {
  it('reports an empty definition and a library clause\'s bracketed blank, on the blank', () => {
    checkDiagnostics(
      `treaty "Agreement" { status binding }
party EE "Estonia" { kind state }
party FI "Finland" { kind state }
define "Sharing Platform" means "…"
//                              ^^^ unfilled-placeholder
clause Protection from library "security-of-information/treaty" """
  1. Classified information exchanged under this Agreement shall be protected in accordance with [title of the security agreement in force between the Parties].
//                                                                                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unfilled-placeholder
"""
`,
      { codes: ['unfilled-placeholder'] },
    );
  });

  it('leaves a written meaning, a filled library placeholder and a transcription\'s brackets alone', () => {
    checkNoDiagnostics(
      `treaty "Agreement" { status binding }
party EE "Estonia" { kind state }
party FI "Finland" { kind state }
define "Sharing Platform" means "the MISP instance operated by CERT-EE"
clause Protection from library "security-of-information/treaty" """
  1. Classified information exchanged under this Agreement shall be protected in accordance with the Agreement between Estonia and Finland on the Mutual Protection of Classified Information of 2027.
"""
clause Art6 "Article 6" """
  This Agreement shall enter into force upon the signatures of the Government of Estonia, [...] and the Government of Finland [the eleven Governments].
"""
`,
      ['unfilled-placeholder'],
    );
  });
});
