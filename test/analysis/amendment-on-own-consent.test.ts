/**
 * treaty-amendment-by-decision says who is bound only as the words say.
 *
 * Sixty-sixth run, closing item 1 (the 1988 Convention, BWBV0001103, Art. 31(1)): an amendment not
 * rejected within twenty-four months "shall be deemed to have been accepted and shall enter into
 * force in respect of a Party ninety days after that Party had deposited with the Secretary-General
 * an instrument expressing its consent to be bound by that amendment". The deeming adopts the
 * text; no Party is bound without its own instrument (as under VCLT Art. 40(4)), so there is no
 * tacit acceptance and nothing to note: the message said the amendment "binds a Party that has
 * done nothing". Near misses: true tacit acceptance (MARPOL 1973 Art. 16(2)(f)(iii), (g)(ii):
 * in force "for all the Parties with the exception of those which … have made a declaration that
 * they do not accept it"), a deeming with no consent words, and an alternative by lapse of time
 * alone ("on notification of its acceptance or 100 days after adoption"), stay noted.
 *
 * lr15 D1: "on its acceptance or ninety days after adoption, whichever is later" needs both, so the
 * Party's own instrument is still needed and nothing binds a silent Party (VCLT Art. 40(4), read:
 * BWBV0003441); this test had expected the opposite. The London Protocol 1996 Art. 22(4) ("…, if
 * that is later, except for those Contracting Parties which … make a declaration that they are not
 * able to accept", read: BWBV0003139) is tacit through its opt-out, and stays noted.
 *
 * Sixty-fifth run, item 3 (MARPOL 1973, BWBV0003241): the message said "the instrument's other
 * provisions are amended by its other procedure", where the header named only the Appendix track
 * and Art. 16(2)(f)(ii), (iv) make the Annexes and Protocol I tacit too. It now says what the
 * header's summary names and leaves the rest to the clause it cites.
 */
import assert from 'node:assert/strict';
import { findingsOf, repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';

const vienna1988 = repoText('test/real-instruments/un-illicit-traffic-1988.entente');
const marpol = repoText('test/real-instruments/marpol-1973.entente');
const amendment = (text: string) => findingsOf(text, 'treaty-amendment-by-decision');

const treaty = (procedure: string) => `treaty "Convention" {\n  status binding\n  consent by ratification\n  amendment by ${procedure}\n}\n`;

describe('treaty-amendment-by-decision: an amendment deemed accepted that binds a Party only on its own consent', () => {
  it('the 1988 Convention Art. 31(1): nothing is raised, under any profile', () => {
    assert.deepEqual(amendment(vienna1988), []);
    for (const profile of ['treaty-review', 'strict'] as const) {
      assert.deepEqual(diagnose(vienna1988, { settings: { profile } }).filter((d) => d.code === 'treaty-amendment-by-decision'), [], profile);
    }
  });

  for (const procedure of [
    'proposal of any Party, deemed accepted if not rejected by any Party within twenty-four months, in force for a Party ninety days after that Party had deposited an instrument expressing its consent to be bound',
    'proposal, deemed to have been accepted unless a Party objects within one year, entering into force for each Party upon the deposit of its instrument of acceptance',
    'proposal, considered approved unless one third of the Parties object, and in force for a Party on the deposit of its instrument of ratification',
    'proposal, deemed accepted unless one third of the Parties object within twelve months, in force for each Party on the deposit of its instrument of acceptance or ninety days after adoption, whichever is later',
    'proposal, deemed accepted unless one third of the Parties object, in force for each Party on notification of its acceptance or 100 days after adoption if later',
    'proposal, deemed to have been accepted unless a Party objects, in force for each Party on notification of its acceptance or 100 days after adoption, if that is later',
  ]) {
    it(`not raised: ${procedure.slice(0, 80)}…`, () => {
      assert.deepEqual(amendment(treaty(procedure)), []);
    });
  }

  it('near miss: deemed accepted with no words of consent is still tacit acceptance', () => {
    const [finding] = amendment(treaty('proposal of any Party, deemed accepted if not rejected by any Party within twenty-four months, in force for all Parties ninety days after'));
    assert.ok(finding);
    assert.match(finding.message, /tacit acceptance/);
  });

  for (const procedure of [
    'proposal, deemed accepted unless one third of the Parties object, in force for each Party on notification of its acceptance or 100 days after adoption',
    'proposal, deemed accepted unless one third of the Parties object, in force for each Party on notification of its acceptance or 100 days after adoption, whichever is earlier',
  ]) {
    it(`near miss: the period alone brings it into force, binding a silent Party: still noted (${procedure.slice(-40)})`, () => {
      const [finding] = amendment(treaty(procedure));
      assert.ok(finding);
      assert.match(finding.message, /binds every Party that has not objected/);
    });
  }

  it('near miss: "if that is later" with an opt-out (London Protocol 1996 Art. 22(4)): still noted', () => {
    const [finding] = amendment(treaty('proposal, for the Annexes in force for each Party on notification of its acceptance or 100 days after adoption, if that is later, except for those Parties which within the 100 days declare that they are not able to accept it'));
    assert.ok(finding);
    assert.match(finding.message, /tacit acceptance/);
  });

  it('near miss: MARPOL 1973 Art. 16(2)(f)(iii), (g)(ii) is tacit acceptance: noted, and a warning under treaty-review', () => {
    const [finding, ...rest] = amendment(marpol);
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.severity, 'info');
    // The header's summary covers the Annexes and the tonnage share too (Art. 16(2)(f)(ii)–(iii); lr31, D8).
    assert.match(finding.message, /an amendment to an Annex or an Appendix to an Annex is deemed accepted unless not less than one-third of the Parties or the Parties the combined merchant fleets of which constitute not less than fifty per cent of the gross tonnage of the world’s merchant fleet object/);
    const [reviewed] = diagnose(marpol, { settings: { profile: 'treaty-review' } }).filter((d) => d.code === 'treaty-amendment-by-decision');
    assert.equal(reviewed?.severity, 'warning');
  });
});

describe('treaty-amendment-by-decision: the rest of the procedure, only as the header names it', () => {
  it('MARPOL 1973: no claim that the other provisions follow the other procedure; the cited Article decides', () => {
    const [finding] = amendment(marpol);
    assert.doesNotMatch(finding.message, /other provisions are amended by its other procedure/);
    assert.match(finding.message, /the header's summary also names another procedure, and which procedure amends each of the instrument's other provisions is for Article 16 – Amendments to say:/);
  });

  it('with no clause tagged about amendment, the message points to the amendment clause', () => {
    const [finding] = amendment(treaty('adoption by a two-thirds majority and acceptance by two thirds of the Parties, and for an appendix tacitly unless one third of the Parties object'));
    assert.ok(finding);
    assert.match(finding.message, /is for the amendment clause to say/);
  });
});
