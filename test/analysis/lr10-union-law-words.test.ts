/**
 * Treaty lawyer lr10, defects 10 and 11: missing-union-law-clause on a Member State's treaty.
 *
 * 10. Competence for mutual legal assistance is tested when the Member State consented to be bound,
 *     not at a signature subject to ratification (VCLT Art. 14). NL–HK signed on 30 November 2009
 *     (probe hk-2009-11-30), consent after notification: "if NL consented to be bound before 1
 *     December 2009 …". Near misses: consent by signature alone, or an entry into force the header
 *     fixes before that day, date it; signed on 1 December 2009, no Lisbon sentence.
 * 11. On a concluded text the note speaks of the treaty as made, and of competence and Council
 *     authorisation as of the day of consent; the disconnection clause is an example for a
 *     multilateral treaty only (it governs the Member States' mutual relations).
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { repoText } from '../helpers/fix-review';
import { replaced } from '../helpers/replaced-once';

const hongKong = repoText('test/real-instruments/nl-hk-mutual-legal-assistance-2002.entente');
const hkOn = (iso: string) => replaced(hongKong, 'on 2002-08-26 in duplicate', `on ${iso} in duplicate`);
const unionLaw = (text: string, profile?: string) => {
  const found = diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === 'missing-union-law-clause');
  assert.equal(found.length, 1);
  return found[0];
};
const lisbon = /if NL consented to be bound before that day, judicial cooperation in criminal matters then fell under Title VI of the Treaty on European Union, and the check is for an instrument that amends or replaces it\./u;
const effect = '  effect on first day of second month following last notification';

const treaty = (parties: string[], signed: string) =>
  `treaty "Agreement" {\n  status binding\n${signed}}\n${parties.map((p) => `party ${p} "${p}" { kind state jurisdiction ${p} }`).join('\n')}\nchannel Intel between ${parties.join(', ')} { carries indicators, personal-data }\nclause Relation about other-obligations """\n  This Agreement shall not affect the rights and obligations of the Parties under other agreements.\n"""\n`;

describe('lr10, defects 10 and 11: missing-union-law-clause dated by consent, in the right tense', () => {
  it('10: NL–HK signed 2009-11-30, consent after notification: the Lisbon boundary said conditionally, a note under strict', () => {
    const finding = unionLaw(hkOn('2009-11-30'), 'strict');
    assert.match(finding.message ?? '', /As to mutual legal assistance in criminal matters: it was signed before the Treaty of Lisbon took effect on 1 December 2009; /u);
    assert.match(finding.message ?? '', lisbon);
    assert.match(finding.message ?? '', /turn on the day the Member State consented to be bound \(the signature date is 2009-11-30; consent follows it\)/u);
    assert.equal(finding.severity, 'info');
  });

  it('10, near miss: signed 2009-12-01: no Lisbon sentence', () => {
    assert.doesNotMatch(unionLaw(hkOn('2009-12-01')).message ?? '', /Treaty of Lisbon/u);
  });

  it('10, near miss: an entry into force the header fixes before 1 December 2009 dates consent: predated, no check of the text', () => {
    const message = unionLaw(replaced(hkOn('2009-11-30'), effect, '  effect on 2009-11-30')).message ?? '';
    assert.doesNotMatch(message, lisbon);
    assert.match(message, /before the Treaty of Lisbon took effect on 1 December 2009, when judicial cooperation in criminal matters fell under Title VI/u);
    assert.doesNotMatch(message, /^An EU Member State/u);
  });

  it('10, near miss: consent by signature alone (a definitive signature) dates it too', () => {
    const message = unionLaw(replaced(hkOn('2009-11-30'), effect, '  consent by signature\n  effect on signature')).message ?? '';
    assert.doesNotMatch(message, lisbon);
    assert.match(message, /concluded on 2009-11-30 \(the signature date\) before the Treaty of Lisbon took effect/u);
  });

  it('11: a concluded bilateral treaty: past tense, no disconnection clause', () => {
    const message = unionLaw(treaty(['EE', 'UA'], '  signed at "Tallinn" on 2021-06-01\n')).message ?? '';
    assert.match(message, /^An EU Member State made this treaty with a third country on matters Union rules cover \(.*\): whether the Union had competence, and whether a Council authorisation was needed, turn on the day the Member State consented to be bound \(/u);
    assert.doesNotMatch(message, /concludes this treaty|disconnection/u);
  });

  it('11, near misses: a draft is asked in the present; a multilateral draft is given the disconnection example, a bilateral one not', () => {
    const bilateral = unionLaw(treaty(['EE', 'UA'], '')).message ?? '';
    assert.match(bilateral, /^An EU Member State concludes this treaty with a third country .*: check the Union’s competence and any Council authorisation, and say how Union law applies\./u);
    assert.doesNotMatch(bilateral, /disconnection/u);
    const multilateral = unionLaw(treaty(['EE', 'FI', 'UA'], '')).message ?? '';
    assert.match(multilateral, /say how Union law applies \(for example a disconnection clause, for the Member States’ mutual relations\)\./u);
  });
});
