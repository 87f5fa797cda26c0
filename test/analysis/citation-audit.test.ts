/**
 * The citation audit of the rules changed on 2026-12-03 (test/probes/citation-audit/REPORT.md):
 * messages that cited a basis its article does not give, or an article for what it does not say.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const mou = 'memorandum "MoU" { status non-binding }\n';
const channel = (from: string, to: string) => `channel Cases between ${from}, ${to} {\n  carries personal-data\n  safeguards legally-binding-instrument\n}\n`;
const messageOf = (text: string, code: string) => diagnose(text).find((d) => d.code === code);

describe('citation audit', () => {
  // GDPR Art. 46(2)(a) and 46(3)(b): instruments "between public authorities or bodies".
  it('sends no company to an administrative arrangement under Art. 46(3)(b)', () => {
    const company = `${mou}participant EEC "Estonian hosting company" { kind company jurisdiction EE }\nparticipant US "CISA" { kind government-agency jurisdiction US }\n${channel('EEC', 'US')}`;
    const found = messageOf(company, 'mou-as-binding-instrument')!;
    assert.equal(found.severity, 'error', 'a non-binding MoU is still no binding instrument');
    assert.match(found.message, /EEC is not a public body, so neither that basis nor an administrative arrangement \(Art\. 46\(3\)\(b\)\) is open/);
    assert.deepEqual(found.fixes, [], 'no quick fix to an Art. 46(3)(b) arrangement');
    const toCompany = `${mou}participant EE "CERT-EE" { kind national-cert jurisdiction EE }\nparticipant UAC "Ukrainian company" { kind company jurisdiction UA }\n${channel('EE', 'UAC')}`;
    assert.match(messageOf(toCompany, 'mou-as-binding-instrument')!.message, /UAC is not a public body/);
    // Near miss: between public bodies the Art. 46(3)(b) advice and its fix stay.
    const publicBodies = `${mou}participant EE "CERT-EE" { kind national-cert jurisdiction EE }\nparticipant US "CISA" { kind government-agency jurisdiction US }\n${channel('EE', 'US')}`;
    const kept = messageOf(publicBodies, 'mou-as-binding-instrument')!;
    assert.match(kept.message, /Use an administrative arrangement under Art\. 46\(3\)\(b\)/);
    assert.equal(kept.fixes.length, 1);
  });

  // EDPB Guidelines 2/2020: Section 2.7 Redress mechanisms ¶¶45–47; Section 2.8 Supervision mechanisms ¶51.
  it('cites the Guidelines paragraphs on redress and supervision for a binding instrument', () => {
    const text = `participant EE "CERT-EE" { kind national-cert jurisdiction EE }\nparticipant US "CISA" { kind government-agency jurisdiction US }\nchannel I between EE, US { carries personal-data safeguards administrative-arrangement }\n`;
    const message = messageOf(text, 'missing-transfer-safeguards')!.message;
    assert.match(message, /redress \(¶¶45–47\); independent oversight \(¶51\)/);
  });

  // LED Art. 39(1)–(2): "without prejudice to any international agreement referred to in paragraph 2".
  it('says an LED sender may rely on a police or judicial cooperation agreement in force beside Art. 39', () => {
    const text = `treaty "Agreement" { status binding }\nparty NL "Netherlands" { kind state jurisdiction NL regimes LED }\nparty US "United States" { kind state jurisdiction US }\nchannel Cases between NL, US { carries personal-data }\n`;
    const found = diagnose(text).filter((d) => /transfer-without-safeguards/.test(d.code));
    assert.ok(found.length > 0, 'the transfer finding itself stays');
    for (const d of found) {
      assert.match(d.message, /unless an international agreement in force on judicial cooperation in criminal matters and police cooperation provides otherwise \(Art\. 39\(1\)–\(2\)\)/);
      assert.doesNotMatch(d.message, /not over a standing channel/);
    }
  });

  // GDPR Art. 48: "any judgment … and any decision … requiring … may only be recognised or enforceable …".
  it('words GDPR Art. 48 as it is written: a judgment or decision requiring disclosure', () => {
    const text = `memorandum "MoU" { status non-binding }\nparticipant FBI "FBI" { kind government-agency jurisdiction US }\nparticipant DEH "German host" { kind company jurisdiction DE }\nchannel Access between FBI, DEH { carries subscriber-information }\n`;
    const found = messageOf(text, 'foreign-access-without-agreement');
    assert.ok(found, diagnose(text).map((d) => d.code).join(', '));
    assert.match(found.message, /judgment or decision requiring the disclosure is recognised or enforceable only if based on an international agreement/);
  });

  it('calls MoU words in a treaty a drafting convention, not a rule', () => {
    const text = 'treaty "Treaty" { status binding }\nparty EE "Estonia"\nclause Sharing """Each Party will share indicators."""\n';
    assert.match(messageOf(text, 'treaty-mou-wording')!.message, /by drafting convention \(binding treaties use it too\)/);
  });

  // NIS2 Arts. 2(2)(f)(i), 3(1)(d): public administration entities of central government are essential entities.
  it('does not tell a government that NIS2 cannot bind it; still tells a State as such', () => {
    const warned = (kind: string) => diagnose(`party EE "Estonia" { kind ${kind} jurisdiction EE regimes NIS2 }\n`).some((d) => d.code === 'regime-not-binding-on-party');
    assert.equal(warned('government'), false);
    assert.equal(warned('state'), true);
  });

  // Sixteenth real-instruments run (ACS Agreement on natural disasters 1999, Art. 18).
  it('leaves "shall come into effect" alone in a treaty, and still notes "will come into effect"', () => {
    const treaty = (verb: string) =>
      `treaty "Agreement" { status binding }\nparty TT "Trinidad and Tobago"\nparty JM "Jamaica"\nclause Effect "Entry into force" """This Agreement ${verb} come into effect thirty days after the deposit of the seventh instrument of ratification."""\n`;
    assert.ok(!diagnose(treaty('shall')).some((d) => d.code === 'treaty-mou-wording'));
    assert.ok(diagnose(treaty('will')).some((d) => d.code === 'treaty-mou-wording' && /'come into effect' is MoU wording by drafting convention/.test(d.message)));
  });
});
