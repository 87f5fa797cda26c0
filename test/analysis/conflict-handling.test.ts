import assert from 'node:assert/strict';
import { checkDiagnostics, checkNoDiagnostics } from '../helpers/fixture';
import { fixed, only } from './conflict-helpers';

const parties = 'participant EE "Estonia"\nparticipant FI "Finland"\n';

describe('handling conflicts (CF12–CF15, CF20, CF24)', () => {
  describe('CF12 classified exchange and security agreements', () => {
    it('reports a classification with no security agreement, on the level', () => {
      const [d] = checkDiagnostics(`${parties}channel Intel between EE, FI {
  classification SECRET
//               ^^^^^^ classified-without-security-agreement
}
`);
      assert.equal(d.severity, 'error');
    });

    it('reports a member outside the named agreement, relating its parties', () => {
      const [d] = checkDiagnostics(`${parties}participant LV "Latvia"
security-agreement GSA between EE, FI up to SECRET
channel Intel between EE, FI, LV {
//                            ^^ classified-without-security-agreement
  classification SECRET under GSA
}
`);
      assert.match(d.related[0].message, /EE, FI/);
    });

    it('reports a level above what the agreement covers and offers to lower it', () => {
      const text = `${parties}security-agreement GSA between EE, FI up to CONFIDENTIAL
channel Intel between EE, FI {
  classification TOP-SECRET under GSA
//               ^^^^^^^^^^ classification-above-agreement
}
`;
      checkDiagnostics(text);
      assert.match(fixed(text, 'classification-above-agreement'), /classification CONFIDENTIAL under GSA/);
    });

    it('accepts a covering agreement, named or found among the declarations, and leaves unknown names alone', () => {
      const codes = ['classified-without-security-agreement', 'classification-above-agreement'];
      checkNoDiagnostics(`${parties}security-agreement GSA between EE, FI up to SECRET\nchannel A between EE, FI { classification SECRET under GSA }\nchannel B between EE, FI { classification CONFIDENTIAL }\n`, codes);
      checkNoDiagnostics(`${parties}channel A between EE, FI { classification SECRET under Nowhere }\n`, codes);
    });
  });

  describe('CF13 classified material marked only with TLP', () => {
    it('reports the TLP label and adds a classification line under the covering agreement', () => {
      const text = `${parties}security-agreement GSA between EE, FI up to SECRET
channel Intel between EE, FI {
  carries classified
  marking TLP:AMBER
//        ^^^^^^^^^ classified-tlp-only
}
`;
      const [d] = checkDiagnostics(text);
      assert.equal(d.severity, 'error');
      assert.equal(d.fixes[0].snippet, true);
      assert.match(fixed(text, 'classified-tlp-only'), /  marking TLP:AMBER\n  classification SECRET under GSA\n/);
    });

    it('accepts a classification next to the label, and TLP on unclassified material', () => {
      checkNoDiagnostics(`${parties}channel A between EE, FI {\n  carries classified\n  marking TLP:AMBER\n  classification RESTRICTED\n}\nchannel B between EE, FI {\n  carries indicators\n  marking TLP:AMBER\n}\n`, ['classified-tlp-only']);
    });
  });

  describe('CF14 TLP:RED', () => {
    it('reports more members than named recipients on the label, and any onward sharing on the rule', () => {
      checkDiagnostics(`${parties}participant LV "Latvia"
channel Red between EE, FI, LV {
  marking TLP:RED
//        ^^^^^^^ tlp-red-audience
  recipients "Head of CERT-EE", "Head of NCSC-FI"
  onward sharing with-consent to Europol
//               ^^^^^^^^^^^^ tlp-red-audience
}
`);
    });

    it('narrows onward sharing to none, dropping the named recipients', () => {
      const text = `${parties}channel Red between EE, FI {\n  marking TLP:RED\n  recipients "A", "B"\n  onward sharing within-organisation to X, Y\n}\n`;
      assert.equal(fixed(text, 'tlp-red-audience'), `${parties}channel Red between EE, FI {\n  marking TLP:RED\n  recipients "A", "B"\n  onward sharing none\n}\n`);
    });

    it('accepts one named recipient per member and no onward sharing', () => {
      checkNoDiagnostics(`${parties}channel Red between EE, FI {\n  marking TLP:RED\n  recipients "A", "B"\n  onward sharing none\n}\n`, ['tlp-red-audience']);
    });
  });

  describe('CF15 onward sharing wider than the label', () => {
    it('reports the onward rule, relating the label, and narrows it to what the label allows', () => {
      const text = `${parties}channel Intel between EE, FI {
  marking TLP:AMBER+STRICT
  onward sharing with-clients
//               ^^^^^^^^^^^^ onward-sharing-beyond-tlp
}
`;
      const [d] = checkDiagnostics(text);
      assert.equal(d.severity, 'error');
      assert.equal(d.related[0].message, 'Marked TLP:AMBER+STRICT here.');
      assert.match(fixed(text, 'onward-sharing-beyond-tlp'), /onward sharing within-organisation\n/);
      assert.match(fixed(text.replace('AMBER+STRICT', 'GREEN').replace('with-clients', 'public'), 'onward-sharing-beyond-tlp'), /onward sharing community\n/);
    });

    it('accepts rules within the label and sharing with the source’s consent', () => {
      const channel = (label: string, rule: string) => `${parties}channel C between EE, FI {\n  marking ${label}\n  onward sharing ${rule}\n}\n`;
      for (const [label, rule] of [
        ['TLP:AMBER', 'with-clients'],
        ['TLP:GREEN', 'community'],
        ['TLP:CLEAR', 'public'],
        ['TLP:AMBER+STRICT', 'with-consent'],
      ]) {
        checkNoDiagnostics(channel(label, rule), ['onward-sharing-beyond-tlp']);
      }
    });
  });

  describe('CF20 restricted information passed to a non-party', () => {
    it('reports a named non-party and offers sharing with consent', () => {
      const text = `${parties}channel Intel between EE, FI {
  marking TLP:GREEN
  onward sharing community to Europol, FI
//                            ^^^^^^^ onward-to-non-party
}
`;
      checkDiagnostics(text);
      assert.match(fixed(text, 'onward-to-non-party'), /onward sharing with-consent to Europol, FI\n/);
    });

    it('reports classified information released beyond the members', () => {
      checkDiagnostics(`${parties}security-agreement GSA between EE, FI up to SECRET
channel Intel between EE, FI {
  classification SECRET under GSA
  onward sharing within-organisation
//               ^^^^^^^^^^^^^^^^^^^ onward-to-non-party
}
`);
    });

    it('accepts consent, unrestricted information and parties as onward recipients', () => {
      const codes = ['onward-to-non-party'];
      checkNoDiagnostics(`${parties}channel A between EE, FI {\n  marking TLP:GREEN\n  onward sharing with-consent to Europol\n}\n`, codes);
      checkNoDiagnostics(`${parties}channel B between EE, FI {\n  marking TLP:CLEAR\n  onward sharing public to Europol\n}\n`, codes);
      checkNoDiagnostics(`${parties}channel C between EE, FI {\n  marking TLP:GREEN\n  onward sharing community to FI\n}\n`, codes);
    });
  });

  describe('CF24 a channel member that does not sign', () => {
    const registry = { 'registry.entente': 'participant EE "Estonia"\nparticipant FI "Finland"\nparticipant LV "Latvia"\n' };

    it('reports the member on its name, relating the signatories', () => {
      const [d] = checkDiagnostics(
        `memorandum "M" { status non-binding }
use "registry.entente"
participant EE
participant FI
channel Intel between EE, FI, LV
//                            ^^ channel-member-not-signatory
`,
        { files: registry },
      );
      assert.equal(d.severity, 'error');
      assert.deepEqual(
        d.related.map((r) => r.message),
        ['EE signs this instrument.', 'FI signs this instrument.'],
      );
    });

    it('leaves signatories, undeclared names and registry files alone', () => {
      const codes = ['channel-member-not-signatory'];
      checkNoDiagnostics('memorandum "M" { status non-binding }\nuse "registry.entente"\nparticipant EE\nparticipant FI\nchannel A between EE, FI, XX\n', codes, { files: registry });
      checkNoDiagnostics('use "registry.entente"\nparticipant EE\nchannel A between EE, LV\n', codes, { files: registry });
      assert.equal(only('memorandum "M" {}\nuse "registry.entente"\nparticipant EE\nchannel A between EE, LV\n', 'channel-member-not-signatory', { files: registry }).catalogueId, 'CF24');
    });
  });
});
