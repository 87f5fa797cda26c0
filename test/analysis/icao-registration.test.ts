/**
 * `missing-registration` on a treaty that names the Convention on International Civil Aviation adds
 * that Convention's own registration (ninety-second run, defect 2): "Any such arrangement shall be
 * forthwith registered with the Council, which shall make it public as soon as possible" (Chicago
 * Convention Art. 83; read: BWBV0005507). Art. 83 is in Chapter XVII, "Other aeronautical
 * agreements and arrangements": only an aeronautical agreement (by its title or its clauses on air
 * services) is told of it, on the condition that a Party is a contracting State (lr21, defect 2). A
 * cyber agreement that names the Convention in a savings clause or a recital, a text that names only
 * the Organization, or no aviation text, is not.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { diagnose } from '../helpers/fixture';

const registration = (text: string) => diagnose(text).filter((d) => d.code === 'missing-registration').map((d) => d.message);
const treaty = (words: string) => `treaty "Air Services Agreement" {\n  status binding\n  effect on signature\n}\nparty NL "Netherlands" { kind state jurisdiction NL }\nparty NO "Norway" { kind state jurisdiction NO }\nclause Art2 "Article 2" """\n  ${words}\n"""\n`;
const art83 = /Art\. 83 of it \(Chapter XVII, "Other aeronautical agreements and arrangements"\) also asks that such an arrangement, not inconsistent with the Convention, be registered with the ICAO Council \("Any such arrangement shall be forthwith registered with the Council, which shall make it public as soon as possible"\)/;

describe('missing-registration names the ICAO Council where the text names the Chicago Convention', () => {
  it('NL–Norway air services 1962: Art. 2(3) names the Convention, and the note adds Art. 83 with its condition', () => {
    const text = readFileSync(new URL('../real-instruments/nl-no-air-services-1962.entente', import.meta.url), 'utf8');
    const [message] = registration(text);
    assert.match(message ?? '', /The text is an aeronautical agreement and names the Convention on International Civil Aviation: if a Party is a contracting State of that Convention, /);
    assert.match(message, art83);
  });

  it('a draft naming the Convention is told too', () => {
    const [message] = registration(treaty('The airlines shall operate in conformity with the Convention on International Civil Aviation.'));
    assert.match(message ?? '', art83);
  });

  it('near misses: the Organization alone, or no aviation text, adds nothing', () => {
    for (const words of ['Notice shall be communicated to the International Civil Aviation Organization.', 'The Parties shall cooperate on road transport.']) {
      const [message] = registration(treaty(words));
      assert.ok(message, words);
      assert.doesNotMatch(message, /ICAO Council|Art\. 83/, words);
    }
  });

  describe('only an aeronautical agreement (lr21, defect 2)', () => {
    const cyber = (title: string, words: string) => `treaty "${title}" {\n  status binding\n  effect on signature\n}\nparty NL "Netherlands" { kind state jurisdiction NL }\nparty EE "Estonia" { kind state jurisdiction EE }\nclause Art1 "Article 1" """\n  The Parties shall cooperate in the prevention of cyber incidents. ${words}\n"""\n`;
    const saving = 'Nothing in this Agreement shall affect the rights and obligations of the Parties under the Convention on International Civil Aviation or any other treaty.';

    it('near misses: a cyber agreement naming the Convention in a savings clause or a recital is not told of Art. 83', () => {
      for (const words of [saving, 'Recalling the Convention on International Civil Aviation, done at Chicago on 7 December 1944,']) {
        const [message] = registration(cyber('Agreement on cooperation in cyber security', words));
        assert.ok(message, words);
        assert.doesNotMatch(message, /ICAO Council|Art\. 83/u, words);
      }
    });

    it('the same savings clause in an agreement whose title or clauses are on air services, or on civil aviation, is told of it', () => {
      assert.match(registration(cyber('Agreement on air services', saving))[0] ?? '', art83);
      assert.match(registration(cyber('Agreement on cooperation', `${saving} The designated airlines shall exchange information on cyber incidents.`))[0] ?? '', art83);
      assert.match(registration(cyber('Agreement on cooperation in civil aviation cyber security', saving))[0] ?? '', art83);
    });

    it('lr22 D1: "air transport" in a list of protected sectors does not make a cyber agreement aeronautical', () => {
      const probe = `treaty "Agreement between the Kingdom of the Netherlands and the Republic of Korea on Cyber Security Cooperation" {\n  status binding\n  consent by notification\n  effect after last notification\n}\nparty NL "Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty KR "Republic of Korea" { kind state jurisdiction KR }\nclause Scope "Article 2 – Scope" """\n  The Parties shall cooperate in the protection of critical infrastructure, including energy, telecommunications, banking and air transport, against cyber incidents.\n"""\nclause Other "Article 12 – Other obligations" about other-obligations """\n  Nothing in this Agreement shall affect the rights and obligations of the Parties under the Convention on International Civil Aviation or under other international agreements.\n"""\n`;
      const [message] = registration(probe);
      assert.match(message ?? '', /^Say how the treaty will be registered with the UN Secretariat/u);
      assert.doesNotMatch(message, /aeronautical|ICAO Council|Art\. 83/u);
      for (const words of ['Cooperation shall extend to air services, rail and shipping.', 'The Parties shall protect air transport against cyber attacks.']) {
        assert.doesNotMatch(registration(cyber('Agreement on cooperation in cyber security', `${saving} ${words}`))[0] ?? '', /ICAO Council/u, words);
      }
    });

    it('near miss (lr22 D1): clauses granting traffic rights, or designating or authorising airlines, still make it aeronautical', () => {
      for (const words of [
        'Each Party grants to the other Party the traffic rights specified in the Annex.',
        'Each Party shall have the right to designate one or more airlines for the purpose of operating the agreed services.',
        'The other Party shall grant the appropriate operating authorizations without delay.',
      ]) {
        assert.match(registration(cyber('Agreement on cooperation', `${saving} ${words}`))[0] ?? '', art83, words);
      }
    });

    it('near miss: an air services title without the Convention named adds nothing', () => {
      assert.doesNotMatch(registration(cyber('Agreement on air services', 'The designated airlines shall operate the agreed services.'))[0] ?? '', /ICAO Council/u);
    });
  });
});
