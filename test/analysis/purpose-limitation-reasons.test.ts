/**
 * missing-purpose-limitation: the reason and the law it states beside the rule's own.
 *
 * Sixty-second run, D2 (NL–NZ Agreement on Social Security 1990, Art. 22(1)): on a channel carrying
 * personal data the message gave no reason or source; it now states the purpose-limitation
 * principle (GDPR Art. 5(1)(b)) for a sender the GDPR binds — certainly when declared, on a
 * condition for a State whose regime the language cannot tell — and says it binds the sender's own
 * processing, not the third-country recipient's use. Near misses: a channel that carries no
 * personal data, a GDPR party that only receives, and third-country parties only say nothing of the GDPR.
 *
 * Sixty-first run, defect 3 (NL–UK Mutual Agreement on Art. 25(5) arbitration 2008): an arrangement
 * that implements a treaty named only by its title says that the treaty's rule on use, if it has
 * one, governs. Near miss: an instrument that implements nothing says nothing of it.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

function text(opts: { nl?: string; us?: string; carries?: string; from?: string; implementsTitle?: boolean } = {}): string {
  return `arrangement "Arrangement on exchanges" {
  status binding
${opts.implementsTitle ? '  implements "Convention between the Parties for the avoidance of double taxation" article 25 with effect\n' : ''}}
party NL "The competent authority of the Netherlands" {
  kind government-agency
  jurisdiction ${opts.nl ?? 'NL'}
  regimes GDPR
}
party US "The competent authority of the United States" {
  kind government-agency
  jurisdiction ${opts.us ?? 'US'}
}
channel Requests between NL, US {
  carries ${opts.carries ?? 'personal-data'}
${opts.from ? `  from ${opts.from}\n` : ''}  safeguards administrative-arrangement "the safeguards of Annex A"
  onward sharing with-consent
}
`;
}

const message = (t: string) => diagnose(t).filter((d) => d.code === 'missing-purpose-limitation').map((d) => d.message ?? '');

describe('missing-purpose-limitation: the purpose-limitation principle for personal data (r62 D2)', () => {
  it('a GDPR sender to a third country: Art. 5(1)(b), its own processing, not the recipient\'s use', () => {
    const [m] = message(text());
    assert.match(m, /NL, bound by the GDPR, may process personal data only for “specified, explicit and legitimate purposes”/);
    assert.match(m, /GDPR Art\. 5\(1\)\(b\)/);
    assert.match(m, /not US's use of what it receives/);
  });

  it('near misses: no personal data; the GDPR party only receives; no party under the GDPR', () => {
    assert.doesNotMatch(message(text({ carries: 'indicators' })).join(' '), /GDPR/);
    assert.doesNotMatch(message(text({ from: 'US' })).join(' '), /GDPR/);
    const third = text({ nl: 'JP' }).replace('  regimes GDPR\n', '');
    assert.doesNotMatch(message(third).join(' '), /GDPR/);
  });

  it('a recipient in the EU is not said to be beyond the principle: it binds each member in its own processing', () => {
    const [m] = message(text({ us: 'FI' }));
    assert.doesNotMatch(m, /not US's use/);
    assert.match(m, /each member bound by the GDPR \(where it processes them under it\) may process personal data only for/);
  });

  it('a State in the EU whose regime is not declared: said on a condition', () => {
    const [m] = message(text().replace('  regimes GDPR\n', ''));
    assert.match(m, /where NL processes these data under the GDPR/);
  });
});

describe('missing-purpose-limitation: an implemented treaty the checker cannot read (r61 defect 3)', () => {
  it('says the treaty\'s own rule on use, if any, governs', () => {
    assert.match(message(text({ implementsTitle: true, carries: 'indicators' }))[0], /implements “Convention between the Parties for the avoidance of double taxation”, which is not transcribed here: if that treaty limits the use/);
  });
  it('near miss: an instrument that implements nothing', () => {
    assert.doesNotMatch(message(text({ carries: 'indicators' })).join(' '), /not transcribed here/);
  });
});
