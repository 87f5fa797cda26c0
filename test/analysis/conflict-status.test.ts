import assert from 'node:assert/strict';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';
import { applyFix, fixed, only } from './conflict-helpers';

describe('status conflicts (CF02, CF03, CF05, CF06)', () => {
  describe('CF02 an MoU with third-party dispute settlement', () => {
    it('reports arbitration and a court as errors, on the word', () => {
      const found = checkDiagnostics(`memorandum "MoU" {
  status non-binding
  disputes by consultation, arbitration, court "International Court of Justice"
//                          ^^^^^^^^^^^ mou-third-party-disputes
//                                       ^^^^^ mou-third-party-disputes
}
`);
      assert.ok(found.every((d) => d.severity === 'error' && d.catalogueId === 'CF02'));
    });

    it('leaves consultation, and a treaty that goes to arbitration, alone', () => {
      checkNoDiagnostics('memorandum "MoU" {\n  status non-binding\n  disputes by consultation, negotiation\n}\n', ['mou-third-party-disputes']);
      checkNoDiagnostics('treaty "T" {\n  status binding\n  disputes by arbitration\n}\n', ['mou-third-party-disputes']);
    });

    it('fixes to consultation only, dropping the forum', () => {
      const text = 'memorandum "MoU" {\n  status non-binding\n  disputes by arbitration "Permanent Court of Arbitration"\n}\n';
      assert.equal(fixed(text, 'mou-third-party-disputes'), 'memorandum "MoU" {\n  status non-binding\n  disputes by consultation\n}\n');
    });
  });

  describe('CF03 an MoU registered or ratified', () => {
    it('reports registration, ratification as consent and effect after ratification', () => {
      const found = checkDiagnostics(`memorandum "MoU" {
  status non-binding
  registration article-102
//             ^^^^^^^^^^^ mou-treaty-procedure
  consent by signature, ratification
//                      ^^^^^^^^^^^^ mou-treaty-procedure
  effect 30 days after last ratification
//                          ^^^^^^^^^^^^ mou-treaty-procedure
}
`);
      assert.ok(found.every((d) => d.severity === 'error'));
    });

    it('accepts `registration none`, effect on signature, and a treaty that is registered', () => {
      checkNoDiagnostics('memorandum "MoU" {\n  status non-binding\n  registration none\n  effect on signature\n}\n', ['mou-treaty-procedure']);
      checkNoDiagnostics('treaty "T" {\n  status binding\n  registration article-102\n  consent by ratification\n}\n', ['mou-treaty-procedure']);
    });

    it('fixes registration to none and removes ratification from the consent list', () => {
      const text = 'memorandum "MoU" {\n  status non-binding\n  registration article-102\n  consent by signature, ratification\n}\n';
      const found = diagnose(text).filter((d) => d.code === 'mou-treaty-procedure');
      assert.equal(applyFix(text, found[0]), 'memorandum "MoU" {\n  status non-binding\n  registration none\n  consent by signature, ratification\n}\n');
      assert.equal(applyFix(text, found[1]), 'memorandum "MoU" {\n  status non-binding\n  registration article-102\n  consent by signature\n}\n');
    });
  });

  describe('CF05 a domestic governing law', () => {
    it('reports a domestic law in a treaty, naming a non-party state', () => {
      checkDiagnostics(`treaty "T" {
  status binding
  governing law GB
//              ^^ domestic-governing-law
}
party EE "Estonia" { jurisdiction EE }
party FI "Finland" { jurisdiction FI }
`);
      const d = only('treaty "T" {\n  governing law GB\n}\nparty EE "Estonia" { jurisdiction EE }\n', 'domestic-governing-law');
      assert.match(d.message, /GB, which is not a party/);
    });

    it('reports a domestic law in an MoU and offers to remove it', () => {
      const text = 'memorandum "MoU" {\n  status non-binding\n  governing law "the law of Estonia"\n}\n';
      assert.equal(fixed(text, 'domestic-governing-law'), 'memorandum "MoU" {\n  status non-binding\n}\n');
    });

    it('accepts international law, and fixes a treaty to it', () => {
      checkNoDiagnostics('treaty "T" {\n  status binding\n  governing law international\n}\n', ['domestic-governing-law']);
      checkNoDiagnostics('treaty "T" {\n  status binding\n  applicable law "public international law"\n}\n', ['domestic-governing-law']);
      assert.equal(fixed('treaty "T" {\n  governing law "English law"\n}\n', 'domestic-governing-law'), 'treaty "T" {\n  governing law international\n}\n');
    });
  });

  describe('CF06 a treaty party without treaty capacity', () => {
    // Red-team round 2: a governmental national CERT (Portugal's CNCS) is told how to say it
    // acts for its state; a company is not.
    it('reports a company and a CERT on their kind', () => {
      const [company, cert] = checkDiagnostics(`treaty "T" { status binding }
party EE "Estonia" { kind state }
party ACME "Acme Ltd" { kind company }
//                           ^^^^^^^ treaty-party-capacity
party CERT "CERT-XX" { kind national-cert }
//                          ^^^^^^^^^^^^^ treaty-party-capacity
`);
      assert.match(cert.message, /If CERT is a government body acting for its state, declare it `kind government-agency`\.$/);
      assert.doesNotMatch(company.message, /government-agency/);
    });

    it('reports a kind taken from a registry on the local id, relating the record', () => {
      const d = only('treaty "T" { status binding }\nuse "registry.entente"\nparty ACME\n', 'treaty-party-capacity', {
        files: { 'registry.entente': 'party ACME "Acme Ltd" { kind company }\n' },
      });
      assert.deepEqual(d.range, { start: { line: 2, character: 6 }, end: { line: 2, character: 10 } });
      assert.equal(d.related[0].uri, 'file:///fixture/registry.entente');
    });

    it('accepts states, organisations and agencies, and any kind in an MoU', () => {
      checkNoDiagnostics(
        'treaty "T" { status binding }\nparty EE "Estonia" { kind state }\nparty NATO "NATO" { kind international-organisation }\nparty MOD "Ministry" { kind government-agency }\n',
        ['treaty-party-capacity'],
      );
      checkNoDiagnostics('memorandum "M" { status non-binding }\nparticipant ACME "Acme" { kind company }\n', ['treaty-party-capacity']);
    });
  });
});
