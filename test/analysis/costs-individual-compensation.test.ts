/**
 * `missing-costs` on a convention whose only "compensation" is an injured person's right under
 * domestic law (EIGHTY-EIGHTH-RUN.md defect 1, Oviedo Convention 1997, BWBV0005627): "The person who
 * has suffered undue damage resulting from an intervention is entitled to fair compensation
 * according to the conditions and procedures prescribed by law" (Art. 24, headed "Compensation for
 * undue damage") allocates no payment between the signatories, so it neither blocks the note for an
 * open convention whose only costly thing is its committee's meetings nor is quoted as a payment.
 * Near misses: compensation a Party pays another Party, compensation from a fund, damages the
 * Parties refund each other — each still allocates money between them.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { draftOf, wholeText } from '../helpers/fix-review';

const code = 'missing-costs';
const costs = (text: string, profile?: string) => diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === code);
const profiles = [undefined, 'treaty-review', 'strict', 'mou-review'];

const convention = (article: string, heading = 'Article 24 – Compensation for undue damage') => `treaty "Convention on Biomedicine" {
  status binding
  done at "Oviedo" on 1997-04-04
  opened for signature
  consent by ratification, accession
  effect on first day of month following 3 months after last consent-to-be-bound by 5 Members
}
party Members "The member States of the Council" {
  kind state
  class closed
}
party Acceding "Any State invited to accede" {
  kind state
  class open
}
body Committee "Steering Committee" members Members, Acceding meets as-agreed mandate "The Committee shall examine the Convention."
clause Art24 "${heading}" """
  ${article}
"""
`;

const personal = 'The person who has suffered undue damage resulting from an intervention is entitled to fair compensation according to the conditions and procedures prescribed by law.';

describe('missing-costs: compensation a person is entitled to is no payment between the signatories (r88 defect 1)', () => {
  it('Oviedo 1997: a note, not the warning that quotes "compensation", under every profile', () => {
    const text = wholeText('test/real-instruments/oviedo-biomedicine-1997.entente');
    for (const profile of profiles) {
      const found = costs(text, profile);
      assert.equal(found.length, 1, String(profile));
      assert.equal(found[0].severity, 'info', String(profile));
      assert.doesNotMatch(found[0].message, /already allocates|"compensation"|each then bears what it spends/);
    }
  });

  it('a person entitled to compensation "prescribed by law", under a heading that says "Compensation": the convention note', () => {
    const [finding] = costs(convention(personal));
    assert.equal(finding?.severity, 'info');
    assert.doesNotMatch(finding.message, /already allocates/);
  });

  it('a heading alone allocates nothing', () => {
    const [finding] = costs(convention('Each Party shall provide appropriate judicial protection.'));
    assert.doesNotMatch(finding?.message ?? '', /already allocates/);
  });

  it('near miss: compensation payable by a Party to another Party still allocates', () => {
    const [finding] = costs(convention('The Party whose officials caused the damage shall pay compensation to the other Party.'));
    assert.match(finding?.message ?? '', /already allocates some payments/);
    // A note on the concluded text (ninety-third run, defect 1), a warning on the draft.
    assert.equal(finding.severity, 'info');
    assert.equal(costs(draftOf(convention('The Party whose officials caused the damage shall pay compensation to the other Party.')))[0]?.severity, 'warning');
  });

  it('near miss: a person entitled to compensation from the other Party, or from a fund, still allocates', () => {
    for (const article of [
      'Any person who has suffered damage is entitled to compensation from the other Party.',
      'Any person who has suffered damage is entitled to compensation from a fund to which the Parties contribute.',
    ]) {
      const [finding] = costs(convention(article));
      assert.match(finding?.message ?? '', /already allocates some payments \("compensation"\)/, article);
    }
  });

  it('near miss: damages paid to a person and refunded between the Parties still allocate', () => {
    const [finding] = costs(convention('Any person who has suffered damage is entitled to compensation; the Party that paid it shall be reimbursed by the other Party.'));
    assert.match(finding?.message ?? '', /already allocates some payments/);
  });
});
