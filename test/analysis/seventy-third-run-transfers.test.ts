/**
 * Seventy-third run (Istanbul Convention 2011, CETS 210; read: BWBV0006074), defect 2:
 * possible-transfer-without-safeguards was raised three times on channel PersonsAtRisk (Art. 63),
 * once per class of States (the Council of Europe's members, the non-member States that took part
 * in the elaboration, the States invited to accede), with the same words. One finding names the
 * classes together; and the Convention's own clause on data protection (Art. 65, tied to ETS 108)
 * is named as where the instrument would state the safeguards, without saying that it does.
 * Near misses: a named third State keeps its own finding; a channel without a data-protection
 * clause, or with one scoped to another channel, names none.
 */
import assert from 'node:assert/strict';
import { repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';

const header = `treaty "Convention on Persons at Risk" {
  status binding
  languages English authentic
  consent by ratification, accession
}
party CoE-Members "The member States of the Council of Europe" {
  kind state
  class open
}
party Elaboration-States "The non-member States which have participated in the elaboration of this Convention" {
  kind state
  class closed
}
party EU "The European Union" {
  kind international-organisation
  jurisdiction EU
}
party Acceding-States "Any non-member State invited to accede" {
  kind state
  class open
}
`;
const channel = (members: string, name = 'PersonsAtRisk') => `channel ${name} between ${members} {
  carries personal-data
  exchange "the Party that has the information is encouraged to transmit it without delay to the latter"
}
`;
const art65 = `clause Art65 "Article 65 – Data Protection" about data-protection """
  Personal data shall be stored and used pursuant to the obligations undertaken by the Parties under the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data (ETS No. 108).
"""
`;
const findings = (text: string) => diagnose(text).filter((d) => d.code === 'possible-transfer-without-safeguards');

describe('seventy-third run, defect 2: one finding for the classes of States of which it says the same', () => {
  it('three classes on one channel from the Union: one finding naming the three, at the first, the others related', () => {
    const found = findings(header + art65 + channel('CoE-Members, Elaboration-States, EU, Acceding-States'));
    assert.equal(found.length, 1);
    const [finding] = found;
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message ?? '', /^CoE-Members, Elaboration-States and Acceding-States are classes of States whose members Entente cannot list, and may hold States outside the EU\/EEA/u);
    assert.match(finding.message ?? '', /; for any they hold, no Union-body transfer basis is stated for personal data from EU other than the instrument itself/u);
    const related = (finding.related ?? []).map((r) => r.message);
    assert.ok(related.some((m) => /^Elaboration-States is also a class of States/u.test(m)), related.join(' | '));
    assert.ok(related.some((m) => /^Acceding-States is also a class of States/u.test(m)), related.join(' | '));
  });

  it('the message names the clause on data protection (tagged or headed so) and does not say that it states the safeguards', () => {
    const [tagged] = findings(header + art65 + channel('CoE-Members, Elaboration-States, EU, Acceding-States'));
    assert.match(tagged.message ?? '', /if it states the safeguards \(under Regulation \(EU\) 2018\/1725[^)]*\)\. Its clause on data protection is Article 65\. If it is not such a basis/u);
    const pointer = (tagged.related ?? []).find((r) => r.message.startsWith('"Article 65 – Data Protection"'));
    assert.equal(pointer?.message, `"Article 65 – Data Protection": where the instrument would state the safeguards; whether it states those the sender's transfer rules require is not checked here.`);
    const untagged = art65.replace(' about data-protection', '');
    const [headed] = findings(header + untagged + channel('CoE-Members, EU'));
    assert.match(headed.message ?? '', /Its clause on data protection is Article 65\./u);
  });

  it('the real file: one finding on PersonsAtRisk, naming Article 65 as the text numbers it (lr18, D8)', () => {
    const found = findings(repoText('test/real-instruments/istanbul-convention-2011.entente'));
    assert.equal(found.length, 1);
    assert.match(found[0].message ?? '', /^CoE-Members, Elaboration-States and Acceding-States are classes of States/u);
    assert.match(found[0].message ?? '', /Its clause on data protection is Article 65\./u);
  });

  it('near misses: a named third State keeps its own finding; one class alone reads in the singular', () => {
    const third = 'party KZ "Republic of Kazakhstan" {\n  kind state\n  jurisdiction KZ\n}\n';
    const found = findings(header + third + channel('CoE-Members, Elaboration-States, EU, KZ'));
    assert.equal(found.length, 2);
    assert.ok(found.some((d) => /^CoE-Members and Elaboration-States are classes of States/u.test(d.message ?? '')));
    assert.ok(found.some((d) => !/classes? of States/u.test(d.message ?? '')));
    const [single] = findings(header + channel('CoE-Members, EU'));
    assert.match(single.message ?? '', /^CoE-Members is a class of States .*; for any it holds, /u);
  });

  it('near misses: no clause on data protection, or one scoped to another channel, is not named', () => {
    const [none] = findings(header + channel('CoE-Members, EU'));
    assert.doesNotMatch(none.message ?? '', /clause on data protection/u);
    assert.ok(!(none.related ?? []).some((r) => /Data Protection/u.test(r.message)));
    const scoped = art65.replace('about data-protection', 'about data-protection for Other');
    const text = header + scoped + channel('CoE-Members, EU') + channel('CoE-Members, EU', 'Other');
    const byChannel = findings(text);
    assert.equal(byChannel.length, 2);
    assert.equal(byChannel.filter((d) => /clause on data protection is Article 65\./u.test(d.message ?? '')).length, 1);
  });
});
