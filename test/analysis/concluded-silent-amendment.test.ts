/**
 * Silence on amendment and on reservations in a concluded multilateral treaty (sixty-fourth run,
 * items 1–2). The European Convention on Social and Medical Assistance 1953 (ETS 14; read:
 * BWBV0005096) has no amendment article: amended by agreement between the parties (VCLT Art. 39,
 * Art. 40(2), (4) for a multilateral treaty; for a treaty between States of 1953 the general rule,
 * Arts. 39–40 only for comparison). missing-amendment was a warning under every profile there; it is
 * now a note that states that law, as the same silence in a bilateral treaty is (sixtieth run) and as
 * missing-reservations-clause leaves the silence on reservations. ETS 14 is not silent on
 * reservations either: "the reservations formulated by Contracting Parties, are set forth in … Annex
 * II" (Art. 2(b)), "a Contracting Party may make a reservation" (Art. 16(b)); missing-reservations-
 * clause names those clauses, says that VCLT Arts. 19–23 govern what they leave open, and stays a
 * note under treaty-review and strict.
 *
 * Near misses: a multilateral draft silent on amendment keeps the warning and the drafting advice;
 * a text whose only "reservation" is "signature without reservation as to ratification" is silent
 * on reservations and keeps the profile's severity.
 */
import assert from 'node:assert/strict';
import { repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { speaksOfReservations } from '../../server/src/language/rules/support/reservations-in-words';

const ets14 = repoText('test/real-instruments/coe-social-medical-assistance-1953.entente');
const of = (text: string, code: string, profile?: string) => diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === code);

const signed = '  done at "Paris" on 2001-12-11 in single copy deposited with "the archives of the Council of Europe"\n';
const convention = (header: string, clause: string) =>
  `treaty "Convention" {\n  status binding\n${header}  consent by ratification\n  depositary "the Secretary-General"\n  effect 30 days after last ratification by 3\n  termination with notice of 6 months\n  disputes by negotiation\n}\n` +
  'party NL "Kingdom of the Netherlands" { kind state }\nparty FR "French Republic" { kind state }\nparty BE "Kingdom of Belgium" { kind state }\n' +
  `clause Art1 "Article 1" """\n  ${clause}\n"""\n`;
const cooperate = 'The Parties shall co-operate in the exchange of information.';

describe('missing-amendment on a concluded multilateral treaty silent on amendment (sixty-fourth run, item 1)', () => {
  it('ETS 14 (1953): a note under every profile, with the general rule and nothing to change', () => {
    for (const profile of [undefined, 'treaty-review', 'strict', 'mou-review']) {
      const [finding, ...rest] = of(ets14, 'missing-amendment', profile);
      assert.deepEqual(rest, []);
      assert.equal(finding.severity, 'info', String(profile));
      assert.match(finding.message, /it can be amended by agreement between the parties, and an amendment binds only the parties that accept it \(the general rule; compare VCLT Arts\. 39–40, only so far as they state customary law/);
      assert.match(finding.message, /Nothing in the text is to be changed\.$/);
      assert.doesNotMatch(finding.message, /State how the treaty is amended|next draft/);
    }
  });

  it('a concluded multilateral treaty of 2001: the general rule, and Art. 40(2) as between Parties the Convention binds (lr14, D3)', () => {
    const [finding] = of(convention(signed, cooperate), 'missing-amendment', 'strict');
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /an amendment binds only the parties that accept it \(the general rule; VCLT Arts\. 39, 40\(4\), as between Parties that are bound by the Vienna Convention for this treaty \(Art\. 4\), otherwise only so far as they state customary law\); as between Parties that are bound by the Convention for this treaty, any proposal to amend it as between all the parties is also notified to all the contracting States.*\(VCLT Art\. 40\(2\)\)/);
  });

  it('near miss: the same treaty as a draft keeps the warning and asks for a procedure', () => {
    const [finding] = of(convention('', cooperate), 'missing-amendment');
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /^State how the treaty is amended: who may propose an amendment/);
  });
});

describe('missing-reservations-clause where the words speak of reservations (sixty-fourth run, item 2)', () => {
  it('ETS 14: names Articles 2 and 16, states VCLT Arts. 19–23, and stays a note under every profile', () => {
    for (const profile of [undefined, 'treaty-review', 'strict']) {
      const [finding] = of(ets14, 'missing-reservations-clause', profile);
      assert.equal(finding.severity, 'info', String(profile));
      assert.match(finding.message, /^The text speaks of reservations \(Article 2, Article 16\), but no clause is tagged `about reservations`/);
      assert.match(finding.message, /the general regime governs: .*\(VCLT Arts\. 19–23, only so far as they state customary law/);
    }
  });

  it('a concluded text silent on reservations: the message states the general regime; a note under every profile (lr15, D3)', () => {
    for (const profile of [undefined, 'treaty-review', 'strict']) {
      const [finding] = of(convention(signed, cooperate), 'missing-reservations-clause', profile);
      assert.equal(finding.severity, 'info', String(profile));
      assert.match(finding.message, /^The treaty states no rule on reservations; .* Silent, the general regime governs: .*\(VCLT Arts\. 19–23/);
      assert.match(finding.message, /A reservation is made when a State signs, ratifies, accepts, approves or accedes to the treaty \(VCLT Arts\. 2\(1\)\(d\), 19\)/);
      assert.doesNotMatch(finding.message, /amending instrument|next draft/);
    }
  });

  it('near miss: the same silent treaty as a draft keeps its warning under treaty-review', () => {
    const [finding] = of(convention('', cooperate), 'missing-reservations-clause', 'treaty-review');
    assert.equal(finding.severity, 'warning');
  });

  it('near miss: "signature without reservation as to ratification" is a consent formula, not a reservation', () => {
    const formula = 'This Convention shall be open for signature without reservation as to ratification, or subject to reservation of ratification.';
    assert.equal(speaksOfReservations(formula), false);
    const [finding] = of(convention('', formula), 'missing-reservations-clause', 'treaty-review');
    assert.equal(finding.severity, 'warning');
    assert.doesNotMatch(finding.message, /speaks of reservations/);
    assert.equal(speaksOfReservations('No other reservation may be made.'), true);
    assert.equal(speaksOfReservations('A Party may make a reservation in respect of Article 3.'), true);
  });

  it('near miss: the Council of Europe\'s "signature with reservation in respect of ratification" (ETS 20 Art. 7) is a consent formula too', () => {
    const formula = 'Members of the Council may become Parties to it either by: 1. Signature without reservation in respect of ratification. 2. Signature with reservation in respect of ratification.';
    assert.equal(speaksOfReservations(formula), false);
    assert.equal(speaksOfReservations('Any signatory may, when signing, make a reservation in respect of Article 4.'), true);
    for (const file of ['coe-ets20-war-cripples-exchange-1955.entente', 'coe-ets84-tissue-typing-reagents-1974.entente']) {
      const [finding] = of(repoText(`test/real-instruments/${file}`), 'missing-reservations-clause');
      assert.ok(finding, file);
      assert.doesNotMatch(finding.message, /speaks of reservations/, file);
    }
  });

  it('a draft: the policy choice is still asked, with the law of silence', () => {
    const [finding] = of(convention('', cooperate), 'missing-reservations-clause');
    assert.match(finding.message, /^Say whether reservations are permitted: .* Where a treaty is silent, the general regime governs/);
  });
});
