/**
 * The errors the twelfth run's red-team probes (test/probes/twelfth/REPORT.md) found wrong on
 * real texts, each held to the lawful text it came from and to the near miss that must still be
 * reported.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const codes = (text: string, options: { files?: Record<string, string> } = {}) => diagnose(text, options).map((d) => `${d.code}:${d.severity}`);

describe('red-team probes of error-level rules (twelfth run)', () => {
  // Netherlands–US Agreement on serious crime 2010, Art. 7(2): the details of the automated
  // querying "worden vastgelegd in een of meer uitvoeringsafspra(a)k(en)".
  const treaty = 'treaty "Agreement on serious crime" {\n  status binding\n}\nparty NL "Netherlands" { kind government jurisdiction NL }\nparty US "United States" { kind government jurisdiction US }\n';
  const arrangement = (safeguards: string) =>
    `arrangement "Implementing arrangement (Article 7(2))" {\n  status non-binding\n  implements "treaty.entente" article 7\n}\nparticipant NL "Police (national contact point)" { kind government-agency jurisdiction NL regimes LED }\nparticipant US "FBI (national contact point)" { kind government-agency jurisdiction US }\nchannel Fingerprints between NL, US {\n  carries personal-data\n${safeguards}}\n`;

  it('an implementing arrangement of a binding treaty moves data under that treaty: conditional, not an error', () => {
    const found = codes(arrangement(''), { files: { 'treaty.entente': treaty } });
    assert.ok(!found.includes('transfer-without-safeguards:error'), found.join(', '));
    assert.ok(found.includes('possible-transfer-without-safeguards:warning'), found.join(', '));
    const message = diagnose(arrangement(''), { files: { 'treaty.entente': treaty } }).find((d) => d.code === 'possible-transfer-without-safeguards')!.message;
    assert.match(message, /other than the treaty it implements: the treaty this arrangement implements \(“Agreement on serious crime”\) may itself provide/);
    // Under a treaty file that is itself an MoU, the error stays.
    const mou = treaty.replace('treaty "Agreement on serious crime" {\n  status binding', 'memorandum "Agreement on serious crime" {\n  status non-binding');
    assert.ok(codes(arrangement(''), { files: { 'treaty.entente': mou } }).includes('transfer-without-safeguards:error'));
  });

  it('an implementing arrangement may name its treaty as the legally binding instrument', () => {
    const found = codes(arrangement('  safeguards legally-binding-instrument "Articles 11 to 14 of the Agreement"\n'), { files: { 'treaty.entente': treaty } });
    assert.ok(!found.some((c) => c.startsWith('mou-as-binding-instrument')), found.join(', '));
    // A GDPR sender and a recipient outside the EEA (sixteenth run: without them the rule is silent).
    const alone = 'memorandum "MoU" { status non-binding }\nparticipant EE "CERT-EE" { kind national-cert jurisdiction EE }\nparticipant US "CISA" { kind government-agency jurisdiction US }\nchannel Cases between EE, US {\n  carries personal-data\n  safeguards legally-binding-instrument\n}\n';
    assert.ok(codes(alone).includes('mou-as-binding-instrument:error'));
  });

  // Netherlands–Sweden 1984, Art. 2(a): "the information received shall be given at least the
  // same degree of security protection in the receiving country as in the originating country".
  it('a treaty whose own articles protect classified information is the security agreement of its channel', () => {
    const parties = 'party NL "Netherlands" { kind government jurisdiction NL }\nparty SE "Sweden" { kind government jurisdiction SE }\n';
    const clause = 'clause Art2 about security-of-information """The information received shall be given at least the same degree of security protection in the receiving country as in the originating country."""\n';
    const text = `treaty "Agreement on classified military information" {\n  status binding\n}\n${parties}channel Exchange between NL, SE {\n  carries classified\n  classification any\n}\n${clause}`;
    assert.ok(!codes(text).includes('classified-without-security-agreement:error'));
    // An MoU, or a treaty with no article on the protection of classified information, is still reported.
    assert.ok(codes(text.replace('treaty "Agreement', 'memorandum "Agreement').replace('status binding', 'status non-binding')).includes('classified-without-security-agreement:error'));
    assert.ok(codes(text.replace(clause, '')).includes('classified-without-security-agreement:error'));
  });

  it('a real treaty title between "the Agreement" and "enters into force" is another instrument, or unclear: never the MoU error', () => {
    const mou = (prose: string) => `memorandum "MoU" { status non-binding }\nparticipant NL "Netherlands"\nparticipant US "United States"\nclause Interim """${prose}"""\n`;
    const found = codes(mou('The Participants will exchange information until the Agreement on enhancing cooperation in preventing and combating serious crime of 19 November 2010 enters into force.'));
    assert.ok(!found.includes('mou-binding-wording:error'), found.join(', '));
    assert.ok(codes(mou('This Memorandum enters into force on signature.')).includes('mou-binding-wording:error'));
  });

  // Netherlands–Special Court for Sierra Leone exchange of notes 2010: both notes say the Agreement
  // "shall enter into force on the date of the affirmative Note in reply".
  it('an exchange of notes that says in its notes when it enters into force states it', () => {
    const header = 'treaty "Agreement" {\n  status binding\n  form exchange-of-notes\n}\nparty NL "Netherlands" { kind state jurisdiction NL }\nparty SCSL "Special Court" { kind international-organisation jurisdiction INT }\n';
    const note = (says: string) => `note Proposal from SCSL to NL on 2010-11-26 """${says}"""\n`;
    assert.ok(!codes(header + note('This Agreement shall apply to the territory of the Kingdom of the Netherlands in Europe, and shall enter into force on the date of the affirmative Note in reply.')).some((c) => /entry-into-force:/.test(c)));
    // Another instrument's entry into force is not this one's. Silent notes of a treaty made by the
    // exchange are reported as a warning since the eighteenth run (VCLT Arts. 13, 24(2)).
    assert.ok(codes(header + note('This Agreement shall apply until the Convention on archives shall enter into force.')).includes('missing-exchange-entry-into-force:warning'));
    assert.ok(codes(header + note('The archives shall be stored in The Hague.')).includes('missing-exchange-entry-into-force:warning'));
  });
});
