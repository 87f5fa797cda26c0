/**
 * Forty-ninth real-instrument run (test/real-instruments/FORTY-NINTH-RUN.md), closing items 1–4, in
 * the words of the Protocol on Pollutant Release and Transfer Registers 2003 (BWBV0002912):
 * - item 1: "each Party shall ensure that access to information contained in its register is free
 *   of charge" (Art. 11(3)) is a duty towards the public, not a payment between the Parties; and
 *   the Meeting of the Parties' power to "Consider establishing financial arrangements by
 *   consensus" (Art. 17(2)(h)) is the text's costs mechanism (support/financial-arrangements.ts);
 * - items 2–3: "Each Party shall ensure public access to information contained in its pollutant
 *   release and transfer register, without an interest having to be stated" (Art. 11(1)): what the
 *   Parties share "under this Protocol" (Art. 16(1)(c)–(d)) needs no marking and no use limit
 *   (support/passed-on.ts);
 * - item 4: for the same reason a missing point of contact among the States and REIOs is a note
 *   (support/inter-state-remark.ts).
 * Near misses keep each finding: no public-access clause, confidential content in the channel's
 * words, a secretariat acting "on the basis of available resources" alone, financial assistance
 * given to others, access granted free of charge to the other Party, a named organisation.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { draftOf, repoText } from '../helpers/fix-review';
import { replaced } from '../helpers/replaced-once';

const prtr = repoText('test/real-instruments/unece-prtr-protocol-2003.entente');

const art17h = '  h) Consider establishing financial arrangements by consensus and technical assistance mechanisms to facilitate the implementation of this Protocol;\n';
const withoutFinancialArrangements = replaced(prtr, art17h, '');
const art11Public = 'Each Party shall ensure public access to information contained in its pollutant release and transfer register';
const withoutPublicAccess = replaced(prtr, art11Public, 'Each Party shall maintain the information contained in its pollutant release and transfer register');

function findings(text: string, code: string, profile?: string) {
  return diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === code);
}

describe('forty-ninth run: the PRTR Protocol (items 1–4)', () => {
  describe('item 1: missing-costs', () => {
    it('the Meeting of the Parties to "Consider establishing financial arrangements" (Art. 17(2)(h)) is the costs mechanism', () => {
      for (const profile of [undefined, 'treaty-review', 'mou-review', 'strict']) assert.deepEqual(findings(prtr, 'missing-costs', profile), [], `profile ${profile}`);
      assert.deepEqual(findings(draftOf(prtr), 'missing-costs'), []);
    });

    it('near miss: without Art. 17(2)(h) the finding stays; the secretariat\'s "available resources" (Art. 21(d)) settle nothing', () => {
      assert.match(withoutFinancialArrangements, /on the basis of available resources/);
      assert.equal(findings(withoutFinancialArrangements, 'missing-costs').length, 1);
    });

    it('near miss: financial assistance given to others is not the Parties\' costs', () => {
      const assistance = replaced(prtr, art17h, '  h) Consider providing financial and technical assistance to Parties with economies in transition;\n');
      assert.equal(findings(assistance, 'missing-costs').length, 1);
    });

    it('"free of charge" public access (Art. 11(3)) is not quoted as an allocation between the Parties', () => {
      const [finding] = findings(withoutFinancialArrangements, 'missing-costs');
      assert.doesNotMatch(finding?.message ?? '', /free of charge|already allocates/);
      assert.match(finding?.message ?? '', /Say who bears the costs of the meetings of body MOP/);
    });

    it('near miss: access granted free of charge to the other Party still allocates', () => {
      const toTheOther = replaced(withoutFinancialArrangements, 'each Party shall ensure that access to information contained in its register is free of charge.', 'each Party shall grant the other Parties access to information contained in its register free of charge.');
      assert.match(findings(toTheOther, 'missing-costs')[0]?.message ?? '', /already allocates some payments \("free of charge"\)/);
    });
  });

  describe('items 2–3: missing-handling-marking and missing-purpose-limitation', () => {
    const channelRules = (text: string) => diagnose(text).filter((d) => d.code === 'missing-handling-marking' || d.code === 'missing-purpose-limitation').map((d) => d.code);

    it('information the Protocol opens to the public (Art. 11(1)) needs no marking and no use limit', () => {
      assert.deepEqual(channelRules(prtr), []);
      assert.deepEqual(channelRules(draftOf(prtr)), []);
    });

    it('near miss: without the public-access duty both stay', () => {
      assert.deepEqual(channelRules(withoutPublicAccess).sort(), ['missing-handling-marking', 'missing-purpose-limitation']);
    });

    it('near miss: a channel whose words name confidential information keeps both', () => {
      const confidential = replaced(prtr, '[...] c) In sharing information under this Protocol on releases', '[...] c) In sharing confidential information under this Protocol on releases');
      assert.deepEqual(channelRules(confidential).sort(), ['missing-handling-marking', 'missing-purpose-limitation']);
    });
  });

  describe('item 4: missing-points-of-contact', () => {
    it('is a note among the States and REIOs, under every profile, and says why', () => {
      for (const profile of [undefined, 'treaty-review', 'strict']) {
        assert.deepEqual(findings(prtr, 'missing-points-of-contact', profile).map((d) => d.severity), ['info'], `profile ${profile}`);
      }
      assert.match(findings(prtr, 'missing-points-of-contact')[0]?.message ?? '', /The text opens the information it concerns to the public \("public access to information"\)/);
    });

    it('near miss: without the public-access duty it stays a warning ("as appropriate" is no effort-only hedge)', () => {
      assert.deepEqual(findings(withoutPublicAccess, 'missing-points-of-contact').map((d) => d.severity), ['warning']);
    });

    it('near miss: a named organisation at one end keeps the warning', () => {
      const named = replaced(prtr, 'party REIOs "regional economic integration organizations constituted by sovereign States members of the United Nations to which their member States have transferred competence over matters governed by this Protocol" {\n  kind international-organisation\n  class open\n}', 'party REIOs "the European Community" {\n  kind international-organisation\n}');
      assert.deepEqual(findings(named, 'missing-points-of-contact').map((d) => d.severity), ['warning']);
    });
  });
});
