import assert from 'node:assert/strict';
import { checkDiagnostics, checkNoDiagnostics } from '../helpers/fixture';
import { fixed } from './conflict-helpers';

const parties = `participant EE "Estonia" { jurisdiction EE }
participant US "United States" { jurisdiction US }
participant CH "Switzerland" { jurisdiction CH }
participant NATO "NATO" { kind international-organisation jurisdiction BE }
participant EUI "CERT-EU" { kind international-organisation jurisdiction EU }
`;

describe('data-protection conflicts (CF16, CF17)', () => {
  describe('CF16 personal data to a non-adequate country without safeguards', () => {
    it('reports each non-adequate recipient on its name, relating the GDPR-bound member', () => {
      const found = checkDiagnostics(`${parties}channel Cases between EE, US, CH, NATO, EUI {
//                        ^^ transfer-without-safeguards
//                                ^^^^ transfer-without-safeguards
  carries personal-data
}
`);
      assert.ok(found.every((d) => d.severity === 'error' && d.catalogueId === 'CF16'));
      assert.equal(found[0].related[0].message, 'EE is bound by the GDPR.');
      assert.match(found.find((d) => d.message.startsWith('NATO'))!.message, /international organisation/);
    });

    it('accepts safeguards, adequate countries, non-personal data and channels with no GDPR-bound member', () => {
      const codes = ['transfer-without-safeguards'];
      checkNoDiagnostics(`${parties}channel A between EE, US {\n  carries personal-data\n  safeguards standard-data-protection-clauses\n}\n`, codes);
      checkNoDiagnostics(`${parties}channel B between EE, CH, EUI {\n  carries personal-data\n}\n`, codes);
      checkNoDiagnostics(`${parties}channel C between EE, US {\n  carries indicators\n}\n`, codes);
      checkNoDiagnostics(`${parties}channel D between US, NATO {\n  carries personal-data\n}\n`, codes);
    });
  });

  describe('CF17 a non-binding MoU used as the Art. 46(2)(a) instrument', () => {
    const mou = `memorandum "M" { status non-binding }\n${parties}`;

    it('reports the safeguard that claims a legally binding instrument', () => {
      const text = `${mou}channel Cases between EE, US {
  carries personal-data
  safeguards legally-binding-instrument
//           ^^^^^^^^^^^^^^^^^^^^^^^^^^ mou-as-binding-instrument
}
`;
      const [d] = checkDiagnostics(text);
      assert.equal(d.severity, 'error');
      assert.match(fixed(text, 'mou-as-binding-instrument'), /safeguards administrative-arrangement\n/);
    });

    it('accepts an administrative arrangement in an MoU, and a binding instrument in a treaty', () => {
      const channel = (safeguard: string) => `channel Cases between EE, US {\n  carries personal-data\n  safeguards ${safeguard}\n}\n`;
      checkNoDiagnostics(mou + channel('administrative-arrangement'), ['mou-as-binding-instrument']);
      checkNoDiagnostics(`treaty "T" { status binding }\n${parties}${channel('legally-binding-instrument')}`, ['mou-as-binding-instrument']);
    });
  });
});
