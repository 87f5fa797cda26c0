/**
 * The conflict family as a whole: every catalogue item CF01–CF24 has a rule, the metadata is
 * sound, and every example really triggers its rule and its fixed version really clears it.
 */
import assert from 'node:assert/strict';
import { conflictRules } from '../../server/src/language/rules/registry';
import { allRules } from '../../server/src/language/rules/registry';
import { retiredRules } from '../../server/src/language/rules/retired';
import { diagnose } from '../helpers/fixture';

describe('conflict catalogue', () => {
  it('has a rule for every item CF01–CF24 but the retired CF11, with the catalogue severities', () => {
    const retired = new Set(retiredRules.map((r) => r.catalogueId));
    const expected = Array.from({ length: 24 }, (_, i) => `CF${String(i + 1).padStart(2, '0')}`).filter((id) => !retired.has(id));
    assert.deepEqual([...new Set(conflictRules.map((r) => r.catalogueId).filter((id) => id !== undefined))].sort(), expected);
    const severities = conflictRules.map((r) => `${r.catalogueId ?? '-'} ${r.code} ${r.defaultSeverity}`);
    assert.deepEqual(severities, [
      // Who notifies: the voice of a notification duty (review §3 item 8, issue #9 item 6).
      '- passive-notification info',
      // Who notifies, described in words: a party, never a State the text cannot bind (VCLT Art. 34; lg30).
      '- notifier-not-a-party warning',
      // A channel route on a step to non-parties, which the export does not print (lg31, item 3).
      '- route-to-non-parties warning',
      // The conflicting half of MC10 (Art. 102 registration), without a catalogue id of its own.
      '- treaty-registration-none error',
      // Signature listed as a means of consent the entry into force never counts (hundredth run, defect 1).
      '- signature-not-counted warning',
      // Applicability rules with no catalogue item (issue #9).
      '- regime-not-binding-on-party warning',
      '- statutory-reporting-not-reserved info',
      // A third country's access to data in the EU under a non-treaty (GDPR Art. 48; review §3 item 1(c)).
      '- foreign-access-without-agreement warning',
      '- budapest-state-not-party warning',
      '- evidence-on-cert-channel info',
      // An MoU cannot confer privileges or immunities (review §3 item 5).
      '- mou-confers-immunities warning',
      // Final-clause formulas of real instruments (issue #9 item 5; review §3 items 2 and 4).
      '- terms-outside-exchange warning',
      '- testimonium-originals warning',
      '- testimonium-languages warning',
      '- text-not-in-signatory-language info',
      '- provisional-application-end info',
      '- provisional-application-nothing-pending warning',
      '- consent-threshold-unreachable warning',
      '- exchange-reply-mismatch warning',
      '- incorporated-provision-missing warning',
      'CF01 mou-binding-wording error',
      'CF01 mou-treaty-wording warning',
      'CF02 mou-third-party-disputes error',
      'CF03 mou-treaty-procedure error',
      'CF04 treaty-mou-wording info',
      'CF05 domestic-governing-law error',
      'CF05 mou-governed-by-international-law error',
      'CF06 treaty-party-capacity error',
      'CF07 bilateral-treaty-reservations warning',
      'CF08 bilateral-treaty-depositary warning',
      'CF09 signature-and-ratification error',
      'CF10 notice-not-shorter-than-term warning',
      'CF10 interval-longer-than-term warning',
      'CF10 termination-after-no-initial-period warning',
      'CF12 classified-without-security-agreement error',
      'CF12 classification-above-agreement error',
      'CF12 classification-below-agreement warning',
      'CF13 classified-tlp-only error',
      'CF14 tlp-red-audience warning',
      'CF15 onward-sharing-beyond-tlp error',
      'CF16 transfer-without-safeguards error',
      'CF16 possible-transfer-without-safeguards warning',
      'CF17 mou-as-binding-instrument error',
      'CF18 budapest-35-without-24-7 warning',
      'CF19 preservation-under-60-days warning',
      'CF20 onward-to-non-party error',
      'CF21 mou-binding-commitment warning',
      'CF22 treaty-amendment-by-decision info',
      'CF23 prevailing-language-not-listed warning',
      'CF24 channel-member-not-signatory error',
    ]);
  });

  it('is registered in the rule table with unique codes', () => {
    const codes = allRules.map((r) => r.code);
    for (const rule of conflictRules) assert.ok(codes.includes(rule.code), `${rule.code} is not registered`);
    assert.equal(new Set(codes).size, codes.length);
  });

  it('gives every rule a kebab-case code, a one-line message, a rationale, an expanded source and an honest status', () => {
    for (const rule of conflictRules) {
      assert.match(rule.code, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      assert.equal(rule.family, 'conflict');
      assert.ok(rule.message.length > 20 && !rule.message.includes('\n'), `${rule.code}: one-line message`);
      assert.ok(rule.rationale.length > 60, `${rule.code}: rationale`);
      assert.ok(rule.source.length > 8 && !/\[[VMD]\]/.test(rule.source), `${rule.code}: source`);
      // An unconfirmed source must say so to the reader of the rationale.
      if (rule.sourceStatus === 'unconfirmed') assert.match(rule.rationale, /not (?:yet )?(?:been )?confirmed|could not be confirmed|secondary material/, rule.code);
    }
    assert.deepEqual(
      conflictRules.filter((r) => r.sourceStatus === 'own-consistency-check').map((r) => r.catalogueId),
      ['CF10', 'CF10', 'CF10', 'CF12', 'CF23'],
    );
  });

  for (const rule of conflictRules) {
    it(`${rule.code}: the example triggers the rule and its fix clears it, both without syntax errors`, () => {
      const files = { ...rule.example.files };
      const trigger = diagnose(rule.example.trigger, { files });
      assert.ok(trigger.some((d) => d.code === rule.code), `${rule.code} not reported on its trigger example`);
      const fixedResult = diagnose(rule.example.fix, { files });
      assert.deepEqual(fixedResult.filter((d) => d.code === rule.code).map((d) => d.message), []);
      for (const result of [trigger, fixedResult]) {
        assert.deepEqual(result.filter((d) => d.code === 'syntax-error' || d.code === 'internal-error').map((d) => d.message), []);
      }
    });
  }

  it('never throws on broken input: every conflict rule survives a document cut at every line', () => {
    const source = conflictRules.map((r) => r.example.trigger).join('\n');
    const lines = source.split('\n');
    for (let cut = 1; cut < lines.length; cut += 3) {
      const text = lines.slice(0, cut).join('\n') + ' { "';
      assert.deepEqual(diagnose(text).filter((d) => d.code === 'internal-error').map((d) => d.message), [], `cut at line ${cut}`);
    }
  });
});
