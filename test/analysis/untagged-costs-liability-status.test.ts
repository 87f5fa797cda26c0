/**
 * `missing-costs`, `missing-liability` and `missing-status-of-personnel` read the clause words, not
 * only the tags (NINETY-THIRD-RUN.md defect 4): on an untagged copy of the NL–Zambia technical
 * cooperation Agreement 1979 (BWBV0003785) they were a warning and two notes against clauses that
 * say exactly those things — "the contributions to a project … shall in each case be laid down in an
 * arrangement to be established by the two competent authorities" (Art. I(2)), "the Government of
 * Zambia shall be liable in his place and any claim against the expert shall to that extent be
 * excluded" (Art. II(i)), and the exemptions Art. II gives the experts ("exempt the experts from
 * personal income tax", Art. II(c)) — not Art. III(1)'s duty to "comply with the laws, regulations and
 * orders as may be in force from time to time in Zambia", a duty of conduct, not a status (treaty
 * lawyer lr21, defect 3). Near misses: the same words in another sense
 * (contributions to a report, costs borne by an applicant or in an arbitration, "bear in mind",
 * "liable to imprisonment", laws "of physics") keep each finding.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { wholeText } from '../helpers/fix-review';

const zambia = wholeText('test/real-instruments/nl-zm-technical-cooperation-1979.entente');
/** The transcription with every clause's `about …` tags removed, as a faithful transcriber without tags writes it. */
const untagged = zambia.replace(/^(clause \w+ "[^"]*") about [a-z, -]+ """/gmu, '$1 """');
const codes = (text: string) => diagnose(text, {}).map((d) => `${d.code} ${d.severity}`);

/** A draft that sends experts and sets up a committee that meets: each rule applies, nothing tagged. */
const draft = (words: string) => `treaty "Agreement on technical cooperation" {
  status binding
}
party NL "The Government of the Kingdom of the Netherlands" { kind government jurisdiction NL }
party ZM "The Government of the Republic of Zambia" { kind government jurisdiction ZM }
capacity-building Experts by NL for ZM {
  activities secondments
}
clause Art1 "Article 1" """
  ${words}
"""
`;
const found = (words: string, code: string) => diagnose(draft(words), {}).filter((d) => d.code === code);

describe('missing-costs, missing-liability, missing-status-of-personnel read the words of untagged clauses (r93 defect 4)', () => {
  it('the untagged NL–Zambia copy raises none of the three', () => {
    assert.ok(!/ about /u.test(untagged.split('\n').filter((l) => l.startsWith('clause')).join('\n')));
    const all = codes(untagged);
    for (const code of ['missing-costs', 'missing-liability', 'missing-status-of-personnel']) assert.ok(!all.some((c) => c.startsWith(`${code} `)), `${code}: ${all.join(', ')}`);
  });

  it('the draft with no words on any of them raises all three (the baseline of the near misses)', () => {
    const all = codes(draft('The Parties shall promote technical cooperation.'));
    for (const code of ['missing-costs', 'missing-liability', 'missing-status-of-personnel']) assert.ok(all.some((c) => c.startsWith(`${code} `)), code);
  });

  describe('costs', () => {
    for (const words of [
      'The contributions to a project shall in each case be laid down in an arrangement to be established by the two competent authorities.',
      'Each Party shall bear its own costs of the activities under this Agreement.',
      'Costs incurred as a result of the participation of experts shall be borne by the Party providing the experts.',
      'The Government of the Kingdom of the Netherlands shall bear the costs of the experts.',
    ]) {
      it(`counts: ${words}`, () => assert.deepEqual(found(words, 'missing-costs'), []));
    }
    for (const words of [
      'The contributions to the project report shall be laid down in an arrangement between the two competent authorities.',
      'The contributions to a project shall be discussed by the two competent authorities.',
      'The costs of the proceedings shall be borne by the applicant.',
      'Each Government shall bear its own costs of the arbitration.',
      'The Parties shall bear in mind the costs of technical cooperation.',
      'The contributions to a project shall be laid down in an arrangement to be established by the expert.',
    ]) {
      it(`near miss, does not count: ${words}`, () => assert.equal(found(words, 'missing-costs').length, 1));
    }
  });

  describe('liability', () => {
    for (const words of [
      'In case of any damage to a third party caused by the expert the Government of Zambia shall be liable in his place and any claim against the expert shall to that extent be excluded.',
      'Each Contracting Party waives all its claims against the other Contracting Party for damage to any property owned by it.',
      'Claims against the experts will be dealt with by the host Government.',
      'The sending Party shall be liable for any damage caused by its experts.',
      'The receiving Party shall be liable for customs duties and for any loss or injury caused by the experts in the course of their duties.',
      'Each Party waives all its claims against the other Party for damage to its property, except where the damage was not caused in the course of the activities.',
      'Where the damage is caused by an expert in the course of his duties under Art. 4 of this Agreement, the Government of Zambia shall be liable in his place.',
    ]) {
      it(`counts: ${words}`, () => assert.deepEqual(found(words, 'missing-liability'), []));
    }
    for (const words of [
      'An expert who discloses information shall be liable to imprisonment.',
      'The Party shall be liable to pay the duty on goods sold in its territory.',
      'The Parties shall consider claims to the results of the cooperation.',
      'The experts shall not be liable for taxes.',
      // lr21, defect 6: a fiscal liability, and a denial of waiver.
      'The Government of Zambia shall be liable for the customs duties on equipment imported by the experts.',
      'The Government of Zambia shall be liable for the payment of taxes on the emoluments of the experts, and for no other charges.',
      'Nothing in this Agreement shall mean that a Party waives its claims against the other Party.',
      'No Party shall be deemed to waive its claims against the other Party by reason of this Agreement; each Party waives nothing.',
      'A Party that does not object in time shall not thereby be taken to have waived its claims, and the Parties shall not waive claims except in writing.',
      'The Government of Zambia shall be liable for the performance of its obligations under this Agreement.',
    ]) {
      it(`near miss, does not count: ${words}`, () => assert.equal(found(words, 'missing-liability').length, 1));
    }
  });

  describe('status of personnel', () => {
    for (const words of [
      'The experts shall remain subject to the laws in force in the host State.',
      'The experts shall be subject to the jurisdiction of the Republic of Zambia.',
      'The experts shall enjoy the status of experts on mission.',
      'The Government of Zambia shall accord to the experts and their families exemption from Customs duties in respect of personal effects.',
      'The Government of Zambia shall exempt the experts from personal income tax.',
      'This Agreement confers no privileges or immunities on the experts.',
    ]) {
      it(`counts (it sets their status): ${words}`, () => assert.deepEqual(found(words, 'missing-status-of-personnel'), []));
    }
    // lr21, defect 3: a duty to respect the host's law is a duty of conduct (NATO SOFA Art. II, beside
    // Art. VII; NL–Zambia Art. III(1), beside Art. II), not a status; the finding says so.
    for (const words of [
      'The experts shall comply with the laws, regulations and orders as may be in force from time to time in Zambia.',
      'The experts shall respect the laws and regulations of Zambia.',
      'The experts shall respect the laws of the Republic of Zambia.',
    ]) {
      it(`near miss, a duty of conduct, the finding stays and names it: ${words}`, () => {
        const [finding, ...rest] = found(words, 'missing-status-of-personnel');
        assert.deepEqual(rest, []);
        assert.equal(finding.severity, 'info');
        assert.match(finding.message, /The text has them respect or comply with the host’s law: that is a duty of conduct, not a status \(the NATO SOFA states that duty, Art\. II, beside the status it gives, Art\. VII\); if no other status is intended, say that they remain subject to the host’s law\.$/u);
      });
    }
    for (const words of [
      'The experts shall comply with the laws of the Parties.',
      'The experts shall be subject to the laws of the Parties.',
      'The experts shall comply with the laws of physics in their work.',
      'The Parties shall comply with the laws in force in their respective countries.',
      'The experts shall comply with the orders of their employer.',
      'The equipment shall be exempt from customs duties.',
    ]) {
      it(`near miss, not the host's law nor a status: ${words}`, () => {
        const [finding, ...rest] = found(words, 'missing-status-of-personnel');
        assert.deepEqual(rest, []);
        assert.doesNotMatch(finding.message, /duty of conduct/u);
      });
    }
  });
});

describe('status of personnel: the host named without a capital (r93 defect 4, the pattern read without the i flag)', () => {
  const text = (words: string) => `treaty "A" {\n  status binding\n}\nparty NL "The Netherlands" { kind state jurisdiction NL }\nparty ZM "Zambia" { kind state jurisdiction ZM }\ncapacity-building Experts by NL for ZM {\n  activities secondments\n}\nclause Art1 "Article 1" """\n  ${words}\n"""\n`;
  const status = (words: string) => diagnose(text(words), {}).filter((d) => d.code === 'missing-status-of-personnel');
  for (const words of ['The experts shall remain subject to the laws of the receiving State.', 'The experts shall remain subject to the laws of the other Party.', 'The experts shall be subject to the laws of the host State.']) {
    it(`counts: ${words}`, () => assert.deepEqual(status(words), []));
  }
  for (const words of ['The experts shall respect the laws of the other Party.', 'The experts shall observe the laws of the host State.']) {
    it(`a duty of conduct, the finding stays (lr21, defect 3): ${words}`, () => assert.match(status(words)[0]?.message ?? '', /duty of conduct, not a status/u));
  }
});

describe('status of personnel: the host described as the State where they are (treaty lawyer lr22, D5)', () => {
  const probe = (words: string) => `treaty "Agreement between the Republic of Estonia and the Republic of Finland on Cyber Defence Cooperation" {\n  status binding\n  consent by notification\n  effect after last notification\n}\nparty EE "Republic of Estonia" { kind state }\nparty FI "Republic of Finland" { kind state }\ncapacity-building Exchange by EE for FI { activities secondments }\nclause Status "Seconded personnel" """\n  ${words}\n"""\n`;
  const status = (words: string) => diagnose(probe(words), { settings: { profile: 'strict' } }).filter((d) => d.code === 'missing-status-of-personnel');
  for (const words of [
    'Seconded personnel shall remain subject to the laws of the State in whose territory they are present.',
    'Seconded personnel shall remain subject to the jurisdiction and laws of the host Party.',
    'Seconded personnel shall remain subject to the laws of the State in the territory of which they are present.',
    'Seconded personnel shall remain subject to the laws and jurisdiction of the State in which they serve.',
  ]) {
    it(`counts (the host's law is their status): ${words}`, () => assert.deepEqual(status(words), []));
  }
  for (const words of [
    'Seconded personnel shall remain subject to the laws of the State from which they are sent.',
    'Seconded personnel shall remain subject to the laws of the State whose nationals they are.',
    'Seconded personnel shall remain subject to the jurisdiction and laws of the Parties.',
    'Seconded personnel shall respect the laws of the State in whose territory they are present.',
  ]) {
    it(`near miss, the finding stays: ${words}`, () => assert.equal(status(words).length, 1));
  }
});
