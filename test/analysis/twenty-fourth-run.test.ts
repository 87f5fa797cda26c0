/**
 * The twenty-fourth real-instrument run (test/real-instruments/TWENTY-FOURTH-RUN.md): two UN
 * conventions open to all States, with a depositary. A text that gives an amendment procedure for
 * its annex only is told what is missing and offered no clause that restates amendment for the
 * whole; a multilateral treaty is offered no bilateral amendment or contact clause; the library's
 * purpose-limitation clause is not put beside the text's own rule on use or its exchange through
 * Interpol; a single-word term whose definition opens a list item is used by its lower-case form;
 * and only a clause that designates or makes known authorities or contacts is a designation.
 * Built from the sentences of the Financing of Terrorism Convention 1999 and the Trafficking in
 * Persons Protocol 2000, each with the near miss that must keep its finding or its fix.
 */
import assert from 'node:assert/strict';
import type { EntenteDiagnostic } from '../../server/src/language/index';
import { builtInLibrary } from '../../server/src/language/library/builtin-library';
import { diagnose } from '../helpers/fixture';

const convention = (clauses: string, channels = '') =>
  `treaty "International Convention for the Suppression of the Financing of Terrorism" {
  status binding
  consent by ratification, acceptance, approval, accession
  effect 30 days after last consent-to-be-bound by 22 States
  denunciation with notice of 1 year
  disputes by negotiation
  depositary "the Secretary-General of the United Nations"
  reservations permitted
}
party States "All States" {
  kind state
  class open
}
${channels}${clauses}`;

const bilateral = (clauses: string, channels = '') =>
  `treaty "Agreement" {
  status binding
  consent by ratification
  effect 30 days after last notification
  termination with notice of 6 months
  disputes by negotiation
}
party NL "Kingdom of the Netherlands" { kind state jurisdiction NL }
party US "United States of America" { kind state jurisdiction US }
${channels}${clauses}`;

const clause = (id: string, body: string, about = '') => `clause ${id} "${id}"${about ? ` about ${about}` : ''} """\n  ${body}\n"""\n`;

const art23 = clause(
  'Art23',
  `1. The annex may be amended by the addition of relevant treaties that: a) Are open to the participation of all States; b) Have entered into force; c) Have been ratified, accepted, approved or acceded to by at least twenty-two States Parties to the present Convention.
  2. After the entry into force of this Convention, any State Party may propose such an amendment. Any proposal for an amendment shall be communicated to the depositary in written form.
  3. The proposed amendment shall be deemed adopted unless one third of the States Parties object to it by a written notification not later than 180 days after its circulation.
  4. The adopted amendment to the annex shall enter into force 30 days after the deposit of the twenty-second instrument of ratification, acceptance or approval of such amendment for all those States Parties having deposited such an instrument.`,
);

const found = (text: string, code: string): EntenteDiagnostic[] => diagnose(text).filter((d) => d.code === code);
const one = (text: string, code: string): EntenteDiagnostic => {
  const all = found(text, code);
  assert.equal(all.length, 1, `${code}: ${all.map((d) => d.message).join(' / ')}`);
  return all[0];
};
const titles = (d: EntenteDiagnostic) => (d.fixes ?? []).map((f) => f.title);

describe('twenty-fourth real-instrument run', () => {
  describe('items 1–2: missing-amendment on a multilateral convention', () => {
    it('names the annex-only procedure of Art. 23 and VCLT Art. 40, and offers no fix for the whole', () => {
      const finding = one(convention(art23), 'missing-amendment');
      assert.match(finding.message, /^Only the annex has an amendment procedure \(clause Art23\); nothing says how the rest of the treaty is amended, so the default rule governs it: any proposal goes to all contracting States, each may take part in negotiating an amending agreement, and that agreement binds only those that become party to it \(VCLT Art\. 40\(2\), \(4\), as between Parties that are bound by the Vienna Convention for this treaty \(Art\. 4\), otherwise only so far as (?:it states|they state) customary law\)/);
      assert.match(finding.message, /Art\. 40\(2\), \(4\)/);
      assert.deepEqual(titles(finding), []);
    });

    it('near miss: silent on amendment, a multilateral treaty is offered the multilateral clause, no bilateral one and no header words', () => {
      const finding = one(convention(''), 'missing-amendment');
      assert.match(finding.message, /VCLT Art\. 40/);
      assert.deepEqual(titles(finding), ['Insert library clause "Amendment (multilateral, acceptance by all Parties)" (amendment/treaty-multilateral)']);
    });

    it('near miss: a bilateral treaty keeps the bilateral clause and the header statement', () => {
      const finding = one(bilateral(''), 'missing-amendment');
      assert.deepEqual(titles(finding), ['Insert library clause "Amendment" (amendment/treaty)', 'Add `amendment by ratification` to the header']);
    });

    it('a bilateral treaty with a procedure for its annex only is told that the parties amend the rest by agreement (VCLT Art. 39), with no fix', () => {
      const finding = one(bilateral(clause('Art9', 'The Annex may be amended by an exchange of letters between the competent authorities of the Parties.')), 'missing-amendment');
      assert.match(finding.message, /^Only the annex has an amendment procedure \(clause Art9\).*by agreement \(VCLT Art\. 39, as between Parties that are bound by the Vienna Convention for this treaty \(Art\. 4\), otherwise only so far as (?:it states|they state) customary law\)/);
      assert.deepEqual(titles(finding), []);
    });

    it('near miss: "This Agreement and its Annexes may be amended …" is a procedure for the whole (NL–US 2012, Art. 22)', () => {
      const text = bilateral(
        clause('Art22', '1. This Agreement and its Annexes may be amended in writing by mutual consent of the Parties. 3. Any amendments to the Annexes shall enter into force on a date to be determined by the Parties.'),
      );
      assert.deepEqual(found(text, 'missing-amendment').filter((d) => d.message.startsWith('Only the')), []);
      // Its paragraph 3 alone would be a procedure for the annexes only.
      const annexesOnly = bilateral(clause('Art22', '3. Any amendments to the Annexes shall enter into force on a date to be determined by the Parties.'));
      assert.match(one(annexesOnly, 'missing-amendment').message, /^Only the annexes have an amendment procedure/);
    });

    it('Art. 23 tagged `about amendment` is still a procedure for the annex only (forty-seventh run, item 3)', () => {
      // Until the forty-seventh run the tag settled the finding; the tag says what the clause is
      // about, its words say it amends the annex only (test/analysis/real-run-47.test.ts).
      const tagged = one(convention(art23.replace('"Art23"', '"Art23" about amendment')), 'missing-amendment');
      assert.match(tagged.message, /^Only the annex has an amendment procedure \(clause Art23\)/);
      assert.deepEqual(titles(tagged), []);
    });

    it('near miss: a tagged clause that also amends "the Convention" itself settles the finding', () => {
      const whole = clause('Art23', 'Any State Party may propose amendments to the Convention. The annex may be amended by the addition of relevant treaties.', 'amendment');
      assert.deepEqual(found(convention(whole), 'missing-amendment'), []);
    });
  });

  describe('item 3: the purpose-limitation clause beside the text’s own rule on use', () => {
    const prevention = `channel Prevention between States {
  carries personal-data, "the identity, whereabouts and activities of persons in respect of whom reasonable suspicion exists"
}
`;
    const art12 = clause(
      'Art12',
      '3. The requesting Party shall not transmit or use information or evidence furnished by the requested Party for investigations, prosecutions or proceedings other than those stated in the request without the prior consent of the requested Party.',
      'mutual-assistance',
    );
    const art18 = clause('Art18', '4. States Parties may exchange information through the International Criminal Police Organization (Interpol).');

    it('keeps the finding on Prevention but withholds the clause beside Art. 12(3)', () => {
      const finding = one(convention(art12, prevention), 'missing-purpose-limitation');
      assert.match(finding.message, /^Channel Prevention does not limit the use of what it carries/);
      assert.match(finding.message, /own rule on the use of information \(clause Art12\)/);
      assert.deepEqual(titles(finding), []);
    });

    it('withholds it where the text lets information pass through Interpol (Art. 18(4))', () => {
      const finding = one(convention(art18, prevention), 'missing-purpose-limitation');
      assert.match(finding.message, /through an international organisation \(clause Art18\)/);
      assert.deepEqual(titles(finding), []);
    });

    it('withholds it beside a sender’s restrictions on use (Trafficking Protocol Art. 10(3), untagged)', () => {
      const art10 = clause('Art10', '3. A State Party that receives information shall comply with any request by the State Party that transmitted the information that places restrictions on its use.');
      assert.deepEqual(titles(one(convention(art10, prevention), 'missing-purpose-limitation')), []);
    });

    it('near miss: where the text says nothing on use, the clause is still offered', () => {
      const art13 = clause('Art13', 'None of the offences set forth in article 2 shall be regarded, for the purposes of extradition or mutual legal assistance, as a fiscal offence.');
      const finding = one(convention(art13, prevention), 'missing-purpose-limitation');
      assert.deepEqual(titles(finding), ['Insert library clause "Limitation on use and transfer" (purpose-limitation/treaty)']);
      assert.doesNotMatch(finding.message, /own rule|international organisation/);
    });
  });

  describe('item 4: the points-of-contact clause of a multilateral treaty', () => {
    const information = `channel TraffickingInformation between States {
  carries personal-data
  purpose "to determine whether individuals crossing an international border are perpetrators or victims of trafficking"
  onward sharing with-consent
}
`;

    it('is notified to the Depositary on consent to be bound, with no deadline from entry into force', () => {
      const finding = found(convention('', information), 'missing-points-of-contact')[0];
      assert.ok(finding, 'missing-points-of-contact is reported');
      assert.deepEqual(titles(finding), ['Insert library clause "Competent authorities and points of contact (multilateral, notified to the Depositary)" (points-of-contact/treaty-multilateral)']);
      const text = builtInLibrary().get('points-of-contact/treaty-multilateral')!.text;
      assert.match(text, /notify the Depositary of its competent authority and points of contact when it expresses its consent to be bound/);
      assert.doesNotMatch(text, /diplomatic channels|each other|entry into force|\{\{days\}\}/);
    });

    it('near miss: a bilateral treaty keeps the bilateral clause', () => {
      const channel = 'channel Intel between NL, US {\n  carries personal-data\n  purpose "prevention of serious crime"\n  onward sharing with-consent\n}\n';
      const finding = found(bilateral('', channel), 'missing-points-of-contact')[0];
      assert.ok(finding, 'missing-points-of-contact is reported');
      assert.deepEqual(titles(finding), ['Insert library clause "Competent authorities and points of contact" (points-of-contact/treaty)']);
    });
  });

  describe('items 5–7: a single-word term whose definition opens a list item', () => {
    const uses = clause('Art2', 'Any person commits an offence if that person provides or collects funds, or the proceeds of an offence, with the intention that they should be used to harm a child.');

    it('is used by its lower-case form: “Funds”, “Proceeds” (Art. 1) and ``Child" (Art. 3(d))', () => {
      const art1 = clause(
        'Art1',
        'For the purposes of this Convention:\n  1. “Funds” means assets of every kind.\n  2.“State or government facility” means any permanent or temporary facility.\n  3. “Proceeds” means any funds derived from an offence set forth in article 2.\n  d) ``Child" shall mean any person under eighteen years of age.',
        'definitions',
      );
      const defines = 'define "Funds" means "assets of every kind"\ndefine "Proceeds" means "any funds derived from an offence"\ndefine "Child" means "any person under eighteen years of age"\n';
      const text = convention(defines + art1 + uses);
      assert.deepEqual(found(text, 'term-used-in-lower-case').map((d) => d.message), []);
      assert.deepEqual(found(text, 'unused-term').map((d) => d.message), []);
    });

    it('near miss: a term capitalised mid-sentence and used in lower case is still noted', () => {
      const art1 = clause('Art1', 'For the purposes of this Convention, “Funds” means assets of every kind.', 'definitions');
      const text = convention('define "Funds" means "assets of every kind"\n' + art1 + uses);
      assert.match(one(text, 'term-used-in-lower-case').message, /^"Funds" is used only as "funds"/);
    });

    it('near miss: without the definition in the text’s own words the capital is the term’s, and the note stays', () => {
      const text = convention('define "Funds" means "assets of every kind"\n' + uses);
      assert.equal(found(text, 'term-used-in-lower-case').length, 1);
    });
  });

  describe('items 8–9: a mention of competent authorities is not a designation of contacts', () => {
    const channels = `channel Custody between States {
  carries personal-data, "the fact that such person is in custody"
  exchange "it shall immediately notify, directly or through the Secretary-General of the United Nations, the States Parties which have established jurisdiction (Article 9(6))"
  purpose "the exercise of jurisdiction"
  onward sharing with-consent
}
channel Evidence between States {
  carries personal-data
  exchange on-request
  purpose "investigations, prosecutions or proceedings stated in the request (Article 12(3))"
  onward sharing with-consent
}
channel Prevention between States {
  carries personal-data, "the identity, whereabouts and activities of persons in respect of whom reasonable suspicion exists"
  purpose "the prevention of the offences set forth in article 2"
  onward sharing with-consent
}
channel Outcome between States {
  carries personal-data, "the final outcome of the proceedings"
  exchange subject-to-national-law "The State Party where the alleged offender is prosecuted shall communicate the final outcome of the proceedings to the Secretary-General of the United Nations, who shall transmit the information to the other States Parties (Article 19)"
  purpose "information of the States Parties"
  onward sharing with-consent
}
assistance {
  basis mutual-legal-assistance
  under "any treaties or other arrangements on mutual legal assistance or information exchange that may exist between them (Article 12(5))"
}
`;
    const mentions =
      clause('Art10', '1. The State Party in the territory of which the alleged offender is present shall, if it does not extradite that person, submit the case without undue delay to its competent authorities for the purpose of prosecution.') +
      clause('Art16', '1. A person who is being detained may be transferred if the following conditions are met: a) The person freely gives his or her informed consent; b) The competent authorities of both States agree, subject to such conditions as those States may deem appropriate.') +
      clause('Art18', '(iii) Adopting regulations imposing on financial institutions the obligation to report promptly to the competent authorities all complex, unusual large transactions.');
    const channelsOf = (text: string) => found(text, 'missing-points-of-contact').map((d) => /on channel (\w+)/.exec(d.message)?.[1]);

    it('reports Prevention (Art. 18(3)) although Arts. 10(1), 16(1)(b) and 18(1)(b)(iii) mention competent authorities', () => {
      assert.deepEqual(channelsOf(convention(mentions, channels)), ['Prevention']);
    });

    it('leaves alone a channel relayed by the depositary (Arts. 9(6), 19) and requests under the MLA treaties in force (Art. 12(5))', () => {
      const text = convention(mentions, channels);
      assert.ok(!channelsOf(text).includes('Outcome') && !channelsOf(text).includes('Custody') && !channelsOf(text).includes('Evidence'));
      // Near miss: without the MLA treaties the requests have no known address.
      assert.ok(channelsOf(convention(mentions, channels.replace(/assistance \{[^}]*\}\n/, ''))).includes('Evidence'));
    });

    it('near miss: a clause that makes contacts known, or makes competent authorities the ends of the exchange, still settles it', () => {
      const iaea = clause(
        'Art5',
        '1. States Parties shall identify and make known to each other directly or through the International Atomic Energy Agency their central authority and point of contact having responsibility for physical protection of nuclear material.',
      );
      const ets182 = clause(
        'Art11',
        '1. Without prejudice to their own investigations or proceedings, the competent authorities of a Party may, without prior request, forward to the competent authorities of another Party information obtained within the framework of their own investigations.',
      );
      assert.deepEqual(channelsOf(convention(mentions + iaea, channels)), []);
      assert.deepEqual(channelsOf(convention(mentions + ets182, channels)), []);
    });
  });
});
