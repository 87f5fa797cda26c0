/**
 * Eighty-third run (ESRO Ariane Arrangement 1973, BWBV0003413), rf83.
 *
 * Defect 1: the text defines its signatories in the plural ("hereinafter referred to as „the
 * Participants”", preamble) and `treaty-mou-wording` left the plural alone but reported every
 * singular "Participant" of the same term, twelve times ("each Participant", "the withdrawing
 * Participant", Arts. III(2), XX). A term the text defines, in the singular or the plural, is its
 * own vocabulary (rules/support/conflict-prose.ts, `protectedNames`). Near misses: a text that
 * defines no such term is still told; a term defined in the singular still covers its plural; a
 * defined term of another word ("Participating States") does not cover "Participant".
 *
 * Defect 3: `treaty-amendment-by-decision` missed a decision track after a consent track
 * ("amendment by approval of all parties, and, for the Annexes, by decision of the Programme Board
 * by a two-thirds majority"): the track's part was read only without a comma after it
 * (rules/support/organ-tracks.ts, `partNamed`). Near misses: a decision track followed by the
 * Parties' approval is no simpler procedure; the decision track alone is reported as before.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const arrangement = (definition: string, body: string) => `treaty "Arrangement concerning the execution of a launcher programme" {
  status binding
  consent by signature, ratification
}
party FR "the Government of the French Republic" { kind state jurisdiction FR }
party DE "the Government of the Federal Republic of Germany" { kind state jurisdiction DE }
${definition}
clause A3 "Article III" """
  ${body}
"""
`;
const wordingOn = (text: string) => diagnose(text).filter((d) => d.code === 'treaty-mou-wording').map((d) => d.message);

describe('eighty-third run, defect 1: the singular of a term the text defines in the plural', () => {
  const body = 'The Participants shall finance the programme. Each Participant shall pay its contribution, and the withdrawing Participant shall remain bound by its commitments entered into before its withdrawal.';

  it('"the Participants" defined: neither "Participants" nor "Participant" is reported', () => {
    assert.deepEqual(wordingOn(arrangement('define "Participants" means "the Governments signatories of this Arrangement"', body)), []);
  });

  it('"Participant" defined: its plural is the same term (as before)', () => {
    assert.deepEqual(wordingOn(arrangement('define "Participant" means "a Government signatory of this Arrangement"', body)), []);
  });

  it('near miss: no definition — the singular and the plural are told, as before', () => {
    const found = wordingOn(arrangement('', body));
    assert.ok(found.filter((m) => /^'Participant' /u.test(m)).length === 2, found.join('\n'));
    assert.ok(found.some((m) => /^'Participants' /u.test(m)), found.join('\n'));
  });

  it('near miss: a defined term of other words ("Participating States") does not cover "Participant"', () => {
    const found = wordingOn(arrangement('define "Participating States" means "the States whose Governments sign this Arrangement"', body));
    assert.ok(found.filter((m) => /^'Participant' /u.test(m)).length === 2, found.join('\n'));
  });
});

const amendment = (procedure: string) => `treaty "Arrangement concerning the execution of a launcher programme" {
  status binding
  consent by signature, ratification, approval
  amendment by ${procedure}
}
party FR "the Government of the French Republic" { kind state jurisdiction FR }
party DE "the Government of the Federal Republic of Germany" { kind state jurisdiction DE }
`;
const byDecision = (procedure: string) => diagnose(amendment(procedure)).filter((d) => d.code === 'treaty-amendment-by-decision');

describe('eighty-third run, defect 3: a decision track after a consent track', () => {
  it('", and, for the Annexes, by decision of the Programme Board …": noted on that track', () => {
    const found = byDecision('approval of all parties, and, for the Annexes, by decision of the Programme Board by a two-thirds majority');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'info');
    assert.match(found[0].message, /an amendment to the Annexes is adopted by the Programme Board/u);
    assert.match(found[0].message, /in the header's summary: for the Annexes, by decision of the Programme Board by a two-thirds majority\)/u);
  });

  it('", and changes to the Annexes by decision of the Programme Board": noted on that track', () => {
    const found = byDecision('approval of all parties, and changes to the Annexes by decision of the Programme Board');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /an amendment to the Annexes is adopted by the Programme Board/u);
  });

  it('the comma-less form is still read ("for the Annex by consensus of the Executive Body")', () => {
    assert.equal(byDecision('acceptance by the Parties, and for the Annex by consensus of the Executive Body').length, 1);
  });

  it('near miss: the decision followed by the Parties\' approval is not reported', () => {
    assert.deepEqual(byDecision('approval of all parties, and, for the Annexes, by decision of the Programme Board subject to approval by all parties'), []);
  });

  it('near miss: the decision track alone is reported as the whole procedure, as before', () => {
    const found = byDecision('decision of the Programme Board by a two-thirds majority');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /the amendment procedure the header states \(decision of the Programme Board by a two-thirds majority\)/u);
  });
});
