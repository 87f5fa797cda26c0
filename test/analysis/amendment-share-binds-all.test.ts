/**
 * treaty-amendment-by-decision notes acceptance by a share of the Parties that then binds them all.
 *
 * Seventieth run, defect 7 (EUTELSAT Convention 1982 as amended 1999, BWBV0002146, Art. XIV(b)): an
 * amendment "shall enter into force one hundred and twenty days after the Depositary has received
 * notices of acceptance from two-thirds of those States which, at the time of adoption by the
 * Assembly of Parties, were Parties. Upon its entry into force, the amendment shall become binding
 * upon all Parties". Up to a third of the Parties are bound without an act of their own, in place of
 * the residual rule (VCLT Art. 40(4)); the rule was silent, reading "acceptance" as each Party's own
 * consent. Near misses stay silent: entry into force "for those Parties which have accepted it" (the
 * Art. 40(4) pattern of Council of Europe and UN texts), "for all Parties that have ratified it",
 * a threshold of all the Parties, ratification by each Party, and a share of a vote, not of
 * acceptances. UNCLOS 1982 Art. 316(5) (BWBV0003172): Area amendments "shall enter into force for all
 * States Parties one year following the deposit of instruments of ratification or accession by three
 * fourths of the States Parties", while Art. 316(1) binds only "the States Parties ratifying or acceding".
 */
import assert from 'node:assert/strict';
import { findingsOf, repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';

const eutelsat = repoText('test/real-instruments/eutelsat-convention-1982.entente');
const unclos = repoText('test/real-instruments/un-unclos-marine-environment-final-clauses-1982.entente');
const amendment = (text: string) => findingsOf(text, 'treaty-amendment-by-decision');

const treaty = (procedure: string) => `treaty "Convention" {\n  status binding\n  consent by ratification\n  amendment by ${procedure}\n}\n`;

describe('treaty-amendment-by-decision: acceptance by a share of the Parties, binding all', () => {
  it('EUTELSAT Art. XIV(b): noted at info, with the share, who is bound and Art. 40(4)', () => {
    const findings = amendment(eutelsat);
    assert.equal(findings.length, 1);
    const [finding] = findings;
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /the share the header's summary names \(two-thirds\) has ratified, accepted or approved it, and then binds every Party, one that has not done so included/);
    assert.match(finding.message, /Arts\. 39, 40\(4\)/);
    assert.match(finding.message, /Article XIV – Amendments and Termination; in the header's summary: acceptance from two-thirds/);
    assert.doesNotMatch(finding.message, /tacit/);
    assert.doesNotMatch(finding.message, /["“”]/);
  });

  it('EUTELSAT: the profiles raise it as they raise the rule (at most a warning)', () => {
    for (const profile of ['treaty-review', 'strict'] as const) {
      const found = diagnose(eutelsat, { settings: { profile } }).filter((d) => d.code === 'treaty-amendment-by-decision');
      assert.equal(found.length, 1, profile);
      assert.notEqual(found[0].severity, 'error', profile);
    }
  });

  it('UNCLOS Art. 316(5): the Area route (three fourths, in force for all States Parties), not Art. 316(1)\'s two thirds for the ratifying States', () => {
    const findings = amendment(unclos);
    assert.equal(findings.length, 1);
    const [finding] = findings;
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /in the header's summary: Area amendments in force for all States Parties one year following ratification or accession by three fourths\)/);
    assert.match(finding.message, /names \(three fourths\) has ratified/);
    assert.doesNotMatch(finding.message, /two thirds/);
  });

  it('two routes: the share of the route that binds all, not of the one that binds the ratifying Parties', () => {
    const [finding] = amendment(treaty('proposal, in force for the Parties ratifying it after ratification by two thirds of the Parties. Annex amendments in force for all Parties after ratification by three fourths of the Parties'));
    assert.ok(finding);
    assert.match(finding.message, /names \(three fourths\)/);
  });

  for (const [procedure, share] of [
    ['adoption by the Assembly, in force one hundred and twenty days after notices of acceptance from two-thirds of the Parties. Upon its entry into force, the "amendment" shall become binding upon all Parties', 'two-thirds'],
    ['adoption by the Conference, entering into force for all Parties three months after acceptance by three-quarters of the Parties', 'three-quarters'],
    ['adoption by the Conference, in force for all the Parties when 30 of the Parties have deposited instruments of ratification', '30'],
    ['adoption by the Assembly and acceptance by a majority of the Parties, after which it shall bind all the States Parties, including those which have not accepted it', 'a majority'],
    ['proposal of any Party, in force twelve months after acceptance by two thirds of the Parties and binding on all the Parties', 'two thirds'],
  ]) {
    it(`raised: ${procedure.slice(0, 80)}…`, () => {
      const [finding] = amendment(treaty(procedure));
      assert.ok(finding, procedure);
      assert.match(finding.message, new RegExp(`names \\(${share}\\) has ratified, accepted or approved it, and then binds every Party`));
    });
  }

  it('near miss: "all Parties except those which declare that they do not accept it" is the opt-out, said as tacit acceptance', () => {
    const [finding] = amendment(treaty('adoption by the Conference, in force after acceptance by two-thirds of the Parties, binding on all Parties except those which have declared that they do not accept it'));
    assert.ok(finding);
    assert.match(finding.message, /for each Party that has not objected/);
    assert.doesNotMatch(finding.message, /one that has not done so included/);
  });

  for (const procedure of [
    // VCLT Art. 40(4) pattern: only the accepting Parties are bound.
    'adoption by the Committee of Ministers, in force for those Parties which have accepted it on the thirtieth day after two-thirds of the Parties have deposited instruments of acceptance',
    'adoption by the Conference, in force for all Parties that have ratified it after ratification by two-thirds of the Parties',
    'adoption by the Conference, in force after acceptance by two-thirds of the Parties, binding on those States Parties which have expressed their consent to be bound by it',
    // A threshold of all the Parties: each is bound by its own act.
    'adoption by the Committee of Ministers and acceptance by all Parties, in force for all Parties on the thirtieth day after all Parties have informed the Secretary General of their acceptance',
    'proposal, in force for all Parties after ratification by all the Parties',
    // Ratification by each Party.
    'proposal, ratification by each Party, in force for each Party on the deposit of its instrument of ratification',
    // The share is of a vote, not of acceptances.
    'adoption by a two-thirds majority of the Parties present and voting, subject to ratification by the Parties, in force for the Parties that have ratified it',
    'adoption by a majority of two thirds of the Parties present and voting, subject to acceptance, in force for those Parties which have accepted it',
    // A share and "all" too far apart: not the same route.
    'proposal, in force after acceptance by two thirds of the Parties. Proposals are circulated in advance. Decisions of the Meeting are binding upon all Parties',
  ]) {
    it(`not raised: ${procedure.slice(0, 80)}…`, () => {
      assert.deepEqual(amendment(treaty(procedure)), []);
    });
  }
});
