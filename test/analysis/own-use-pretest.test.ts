/**
 * `missing-purpose-limitation` (and the library fit of its clause) reads a clause's sentences for
 * a rule on the use of information only where the clause's text passes a cheap pre-test
 * (`mayRuleOnUse`, rules/support/own-use-rules.ts; issue #11). The pre-test must never pass over a
 * text one of whose sentences the readings find: checked on generated prose built from the
 * patterns' own words, and the nine use-rule patterns' own pre-test (`mayStateUseRule`) likewise.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { matchesUseRule, mayRuleOnUse, mayStateUseRule, useSentenceKind, useSentences } from '../../server/src/language/rules/support/own-use-rules';

/** The patterns' words, near misses, case variants and what separates sentences. */
const pieces = [
  'use', 'Use', 'USED', 'used', 'uses', 'be used', 'shall not use', 'never use', 'not transmit or use', 'may only be used', 'shall be used solely for', 'used exclusively for the purposes',
  'information', 'data', 'documents', 'equipment', 'equipment which shall be used', 'such information', 'the',
  'consent', 'authorisation', 'authorization', 'approval', 'permission', 'only', 'solely', 'exclusively', 'restrictions', 'conditions on its use', 'limitation', 'purpose', 'purposes other than', 'other purposes', 'freely used', 'without restriction',
  'exchange', 'transmit', 'through', 'via', 'to', 'Interpol', 'Europol', 'Eurojust', 'international organisations', 'International Criminal Police Organization', 'an international organization',
  'confidentiality', 'protection of information', 'level of protection', 'disclosure', 'release of', 'use of the data',
  'in accordance with', 'according to', 'pursuant to', 'governed by', 'subject to', 'implementing', 'the relevant provisions of', 'OPCW', 'Convention', 'Agreement', 'Policy', 'Annex', 'this', 'present',
  '"Licence" means', '“Child” shall mean', 'because', 'house', 'cause', 'abuse', 'reuse',
  ' ', ' ', ' ', ' ', '. ', '; ', ',', '.', ';', '-', 'x', 'É', 'ſ', 'K',
];

const prose = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((ps) => ps.join('').replace(/\s+/gu, ' ').trim());

describe('the reading of a rule on the use of information skips only texts it cannot find one in', () => {
  it('passes every text a sentence of which is a rule on use, a passage through an organisation or a regime by reference (generated prose)', () => {
    fc.assert(
      fc.property(prose, (text) => {
        if (mayRuleOnUse(text)) return;
        for (const sentence of useSentences(text)) assert.ok([undefined, 'definition'].includes(useSentenceKind(sentence)), JSON.stringify(sentence));
      }),
      { seed: 50, numRuns: 3000 },
    );
  });

  it('passes every text one of the use-rule patterns matches (generated prose)', () => {
    fc.assert(
      fc.property(prose, (text) => {
        if (matchesUseRule(text)) assert.ok(mayStateUseRule(text), JSON.stringify(text));
      }),
      { seed: 50, numRuns: 3000 },
    );
  });

  it('reads the texts that are such rules (the pre-test is not vacuous)', () => {
    for (const text of [
      'The requesting Party shall not transmit or use information or evidence furnished by the requested Party for investigations other than those stated in the request without the prior consent of the requested Party.',
      'States Parties may exchange information through the International Criminal Police Organization (Interpol).',
      'The specific arrangements for the protection of confidential information are contained in accordance with the OPCW Policy on Confidentiality.',
    ]) {
      assert.ok(mayRuleOnUse(text), text);
      assert.ok(useSentences(text).some((s) => ['use-rule', 'organisation', 'by-reference'].includes(useSentenceKind(s) ?? '')), text);
    }
    assert.equal(mayRuleOnUse('The Parties shall meet once a year. The Committee may adopt recommendations.'), false);
  });
});
