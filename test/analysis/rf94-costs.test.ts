/**
 * rf94, items 2–4 on missing-costs:
 * - a body whose members are one Party alone is that Party's own: "Each contracting party shall set
 *   up in its own country a committee" (NL–Indonesia cultural 1968, Art. V; ninety-fifth run, defect 3);
 * - a Committee that "shall meet at the request of either Contracting Party, in principle once a
 *   year" meets yearly (NL–Jordan economic 1978, Art. 8; ninety-sixth run, defect 2): not occasional;
 * - lr21, D4: only a body the Parties "may establish" is capped at a note on a draft, not one the text
 *   establishes that meets on request (NL–Sudan 1970, Art. XIV);
 * - lr21, D6: "costs of participation in the proceedings of" a programme is a costs clause.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { EntenteDiagnostic } from '../../server/src/language';
import { diagnose } from '../helpers/fixture';
import { draftOf } from '../helpers/fix-review';

const costs = (all: readonly EntenteDiagnostic[]) => all.filter((d) => d.code === 'missing-costs' || d.code === 'missing-body-costs');
const real = (name: string) => readFileSync(new URL(`../real-instruments/${name}.entente`, import.meta.url), 'utf8');
const head = 'treaty "Agreement" {\n  status binding\n}\nparty NL "Netherlands" { kind state }\nparty ID "Indonesia" { kind state }\n';
const clause = (words: string) => `clause Art5 "Article 5" """\n  ${words}\n"""\n`;

describe('rf94: missing-costs on national bodies, yearly meetings, established bodies and "proceedings of"', () => {
  it('NL–Indonesia 1968: two national committees, one Party each, raise no costs finding under any profile', () => {
    for (const profile of ['default', 'strict', 'treaty-review', 'mou-review'] as const) assert.deepEqual(costs(diagnose(real('nl-id-cultural-cooperation-1968'), { settings: { profile } })), [], profile);
  });

  it('a draft with one national committee per Party: no finding; near miss: a joint committee of both Parties keeps the warning', () => {
    const national = `${head}body NLCommittee "the Netherlands committee" members NL meets annually\nbody IDCommittee "the Indonesian committee" members ID meets annually\n${clause('Each Party shall set up in its own country a committee. Each committee shall meet at least once a year.')}`;
    assert.deepEqual(costs(diagnose(national)), []);
    const joint = `${head}body JointCommittee "Joint Committee" members NL, ID meets annually\n${clause('The Parties shall establish a Joint Committee. It shall meet once a year.')}`;
    const [d] = costs(diagnose(joint));
    assert.equal(d?.code, 'missing-costs');
    assert.equal(d.severity, 'warning');
    // A body of one Party beside a joint one: only the joint one is asked about.
    const both = `${head}body NLCommittee "the Netherlands committee" members NL meets annually\nbody JointCommittee "Joint Committee" members NL, ID meets annually\n`;
    const [m] = costs(diagnose(both));
    assert.match(m?.message ?? '', /meetings of body JointCommittee: add a clause/u);
    assert.doesNotMatch(m.message, /NLCommittee/u);
  });

  it('NL–Jordan 1978 as corrected (`meets on-request, in principle annually`): a note on the signed text, not "no standing cost"', () => {
    const text = real('nl-jordan-economic-cooperation-1978');
    assert.match(text, /members NL, JO meets on-request, in principle annually\n/u);
    const [d] = costs(diagnose(text, { settings: { profile: 'strict' } }));
    assert.equal(d?.severity, 'info');
    assert.doesNotMatch(d.message, /no standing cost|occasional/u);
  });

  it('lr21, D4: on a draft an established body meeting on request keeps the warning; a permitted one is a note (near miss)', () => {
    const sudan = (verb: string) =>
      `${head}body MixedCommission "Mixed Commission" members NL, ID meets on-request\n${clause(`The Contracting Parties ${verb} a Mixed Commission, composed of representatives appointed by them. The Mixed Commission shall meet at the request of one of the Contracting Parties.`)}`;
    const [established] = costs(diagnose(sudan('agree to establish')));
    assert.equal(established?.severity, 'warning');
    assert.doesNotMatch(established.message, /no standing cost/u);
    const [permitted] = costs(diagnose(sudan('may establish')));
    assert.equal(permitted?.severity, 'info');
    assert.match(permitted.message, /only permits the Parties to establish body MixedCommission/u);
  });

  it('lr21, D6: "its own costs of participation in the proceedings of the exchange programme" is a costs clause; arbitration and third parties stay as they were (near misses)', () => {
    const withExercise = (words: string) => costs(diagnose(`${head}exercise Shield annually led by NL\n${clause(words)}`));
    assert.deepEqual(withExercise('Each Party shall bear its own costs of participation in the proceedings of the exchange programme.'), []);
    for (const words of [
      'Each Party shall bear its own costs in the arbitral proceedings.',
      'The costs of the tribunal shall be borne by the Parties in equal shares.',
      'Each Party shall bear its own costs of the proceedings.',
      'The costs of the training shall be borne by the third party that requests it.',
    ]) assert.equal(withExercise(words)[0]?.severity, 'warning', words);
  });

  it('lr22, D7: on the signed NL–Sudan 1970 missing-body-costs asks for no sentence and says what missing-costs says; near miss: the same text as a draft still asks', () => {
    const text = real('nl-sudan-economic-cooperation-1970');
    const [note] = diagnose(text).filter((d) => d.code === 'missing-body-costs');
    assert.equal(note?.severity, 'info');
    assert.equal(
      note.message,
      'The costs clause ArtXVII reaches "the costs of its own arbitrator and of its counsel in the arbitral proceedings", not the meetings of body MixedCommission. The text is concluded (the signature date is 1970-08-22): nothing is to be added to the signed text. If another instrument allocates these costs (an implementing arrangement, a protocol, an exchange of notes), cite it in the review of this text; if an allocation is still wanted, the Parties can agree it in a later one. Otherwise, unless the Parties have agreed otherwise elsewhere, in practice each usually bears what it spends, and the host of a meeting the cost of hosting it.',
    );
    const [asked] = diagnose(draftOf(text)).filter((d) => d.code === 'missing-body-costs');
    assert.match(asked?.message ?? '', /not the meetings of body MixedCommission: say who bears them in the costs clause or in a sentence of their own\.$/u);
  });
});
