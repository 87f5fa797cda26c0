/**
 * The forty-seventh real-instrument run (test/real-instruments/FORTY-SEVENTH-RUN.md), from its
 * texts: the Convention on the Marking of Plastic Explosives for the Purpose of Detection 1991
 * (BWBV0003003) and the NL–Turks and Caicos Islands tax information exchange agreement 2009
 * (BWBV0003409).
 *
 * Closing item 1: on a concluded treaty, MoU wording is a drafting note under every profile
 * (analysis/concluded-text-severity.ts): `strict` made "it is understood the other Contracting Party
 * will agree to hold timely discussions" (Protocol Art. 3) a warning on the treaty signed in 2009.
 *
 * Closing item 2: the International Explosives Technical Commission's members are "appointed by the
 * Council of the International Civil Aviation Organization" and it meets "at the Headquarters of
 * the International Civil Aviation Organization" (Art. V(1), (4)); the organisation is not a party.
 * missing-costs asks, as a note, whether that organisation or the Parties bear the costs of its
 * meetings, and states no default ("each of the Parties bears its own costs", "each then bears
 * what it spends").
 *
 * Closing item 3 (point 2): Arts. VI–VII, tagged amendment, provide for amending the Technical
 * Annex only ("amendments to the Technical Annex to this Convention"); the articles have no
 * procedure, so VCLT Art. 40 governs them. missing-amendment says so, as it does of the Financing
 * of Terrorism Convention's annex-only Art. 23; the depositary's notice of "any amendment to this
 * Convention" (Art. XIV(4)) is no procedure for the whole.
 */
import assert from 'node:assert/strict';
import { draftOf, repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { replaced } from '../helpers/replaced-once';

const tc = repoText('test/real-instruments/nl-tc-tax-information-exchange-2009.entente');
const icao = repoText('test/real-instruments/icao-marking-plastic-explosives-1991.entente');

const findings = (text: string, code: string, profile?: string) => diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === code);

const appointed = 'members appointed by the Council of the International Civil Aviation Organization (hereinafter referred to as "the Council") from among persons nominated by States Parties to this Convention';
const commission = 'body Commission "International Explosives Technical Commission (Article V)" meets at least annually';

const severities = (text: string, code: string, profile?: string) =>
  diagnose(text, profile ? { settings: { profile } } : {})
    .filter((d) => d.code === code)
    .map((d) => d.severity);

const understood = 'it is understood the other Contracting Party will agree to hold timely discussions';

describe('forty-seventh real-instrument run, item 1: treaty-mou-wording on a concluded treaty under --profile strict', () => {
  it('"it is understood the other Contracting Party will agree" (Protocol Art. 3) stays a note under every profile', () => {
    assert.equal(tc.split(understood).length - 1, 1);
    for (const profile of [undefined, 'strict', 'treaty-review', 'mou-review']) {
      assert.deepEqual(severities(tc, 'treaty-mou-wording', profile), ['info'], profile ?? 'default');
    }
  });

  it('an operative "will" of the Parties in the same signed treaty stays a note under strict too', () => {
    const operative = replaced(tc, understood, 'the other Contracting Party will hold timely discussions');
    assert.deepEqual(severities(operative, 'treaty-mou-wording', 'strict'), ['info']);
  });

  it('near miss: the same sentence in a draft (no signature, no dated final formula) is still raised to a warning by strict', () => {
    const draft = [
      'treaty "Agreement for the exchange of information relating to taxes" {\n  status binding\n}',
      'party NL "The Government of the Kingdom of the Netherlands" { kind government jurisdiction NL }',
      'party TC "The Government of the Turks and Caicos Islands" { kind government jurisdiction TC }',
      `clause Variation about amendment """Either Contracting Party may wish to propose a variation in the terms of this Agreement. If so, ${understood} with a view to revising the terms of the Agreement."""`,
      '',
    ].join('\n');
    assert.deepEqual(severities(draft, 'treaty-mou-wording', 'strict'), ['warning']);
    assert.deepEqual(severities(draft, 'treaty-mou-wording'), ['info']);
  });

  it('near miss: a per-rule setting still decides on the concluded text', () => {
    const set = diagnose(tc, { settings: { profile: 'strict', rules: { 'treaty-mou-wording': 'warning' } } }).filter((d) => d.code === 'treaty-mou-wording');
    assert.deepEqual(set.map((d) => d.severity), ['warning']);
  });

  it('near miss: the other findings on the concluded text keep what strict makes of them (warning, the missing-clause cap)', () => {
    // Only its date of consent open (signed 2009, bilateral): a note that asks for it (r115 D2).
    assert.deepEqual(severities(tc, 'missing-transfer-safeguards', 'strict'), ['info']);
    // Registration on a concluded text is a note under every profile: the duty is the Charter's (lr15, D2).
    assert.deepEqual(severities(tc, 'missing-registration', 'strict'), ['info']);
    // Signed in 2009, before GDPR Art. 96's day: a dated note that says the text stands, info under every profile (fifty-second run, item 1).
    assert.deepEqual(severities(tc, 'missing-union-law-clause', 'strict'), ['info']);
  });
});

describe('forty-seventh real-instrument run, item 2: missing-costs on a Commission the ICAO Council appoints and convenes (Art. V)', () => {
  it('the Convention as transcribed: a note asking whether the organisation or the Parties bear the costs, with no default and no fix', () => {
    for (const profile of [undefined, 'strict', 'treaty-review']) {
      const [finding, ...rest] = findings(icao, 'missing-costs', profile);
      assert.deepEqual(rest, []);
      assert.equal(finding.severity, 'info', profile ?? 'default');
      assert.match(finding.message, /^Say who bears the costs of the meetings of body Commission: its members are "appointed by the Council of the International Civil Aviation Organization \(hereinafter referred to as ‘the Council’\) from among persons nominated by States Parties to this Convention"; "Sessions of the Commission shall be convened, at least once a year at the Headquarters of the International Civil Aviation Organization, or at such places and times as may be directed or approved by the Council"; the International Civil Aviation Organization is not a party\. Say whether it bears them/);
      assert.match(finding.message, /Convention on Nuclear Safety, and "The costs incurred by the Agency .*", Art\. 28\(2\)/);
      assert.match(finding.message, /settle it with the organisation that services the body; the text states no default between them\.$/);
      assert.doesNotMatch(finding.message, /bears its own costs|bears what it spends|leave the default/);
      assert.deepEqual(finding.fixes ?? [], []);
    }
  });

  it('either tie alone is enough: members appointed by the Council, or sessions at its Headquarters', () => {
    const onlySeat = replaced(icao, appointed, 'members nominated by States Parties to this Convention');
    assert.match(findings(onlySeat, 'missing-costs')[0].message, /: "Sessions of the Commission shall be convened, at least once a year at the Headquarters of the International Civil Aviation Organization, or at such places and times as may be directed or approved by the Council"; the International Civil Aviation Organization is not a party\./);
    assert.equal(findings(onlySeat, 'missing-costs')[0].severity, 'info');
    const onlyAppointed = replaced(icao, 'at least once a year at the Headquarters of the International Civil Aviation Organization,', 'at least once a year,');
    assert.match(findings(onlyAppointed, 'missing-costs')[0].message, /: its members are "appointed by the Council of the International Civil Aviation Organization \(hereinafter referred to as ‘the Council’\) from among persons nominated by States Parties to this Convention"; the International Civil Aviation Organization is not a party\./);
  });

  it('near miss: a body of the Parties\' delegates meeting at the same Headquarters is not serviced by ICAO; as the only costly thing of an open convention, the usual answers (a note on the signed text, a warning on the draft)', () => {
    const delegates = replaced(replaced(icao, appointed, 'representatives appointed by each State Party'), commission, `${commission} members States`);
    const [finding] = findings(delegates, 'missing-costs');
    assert.doesNotMatch(finding.message, /is not a party/);
    // The convening organisation is quoted as the text ties the sessions to it (seventy-third run, defect 3).
    assert.match(finding.message, /^Say who bears the costs of the meetings of body Commission: in a multilateral convention the usual answers? (?:is|are) the budget of the organisation that convenes the meetings \(here "Sessions of the Commission shall be convened, at least once a year at the Headquarters of the International Civil Aviation Organization/);
    assert.equal(finding.severity, 'info');
    const [onDraft] = findings(draftOf(delegates), 'missing-costs');
    assert.equal(onDraft.severity, 'warning');
    assert.match(onDraft.message, /Add a clause saying which \("Except where assumed by the Council of Europe/);
  });

  it('near miss: the organisation a party (by name) — not an organisation outside the treaty', () => {
    const party = replaced(icao, 'party States "The States Parties', 'party ICAO "the International Civil Aviation Organization" { kind international-organisation }\nparty States "The States Parties');
    const [finding] = findings(party, 'missing-costs');
    assert.doesNotMatch(finding.message, /not a party/);
    // Its own organ's meetings are not tied to an outside organisation: the usual answers, without a quotation.
    assert.doesNotMatch(finding.message, /\(here "/);
  });

  it('near miss: with an exercise beside the Commission, the ordinary finding stays (a warning on the draft), with the default for the exercise only', () => {
    const both = `${icao}\nexercise Drill every 12 months led by States\n`;
    const [finding] = findings(both, 'missing-costs');
    // The Convention is concluded: a note there (ninety-third run, defect 1), a warning on the draft.
    assert.equal(finding.severity, 'info');
    assert.equal(findings(draftOf(both), 'missing-costs')[0]?.severity, 'warning');
    assert.match(finding.message, /^Say who bears the costs of exercise Drill: add a clause about costs \(each of the Parties bears its own costs, or a cost share\); and of the meetings of body Commission: its members are "appointed by the Council/);
  });

  it('missing-body-costs: a costs clause that names other costs asks the same question of the Commission, with no default', () => {
    const costs = `${icao}\nclause Costs about costs """The cost of destroying unmarked explosives shall be borne by the State Party in whose territory they are found."""\n`;
    assert.deepEqual(findings(costs, 'missing-costs'), []);
    const [note] = findings(costs, 'missing-body-costs');
    assert.equal(note.severity, 'info');
    assert.match(note.message, /^The costs clause Costs reaches "The cost of destroying unmarked explosives", not the meetings of body Commission: its members are "appointed by the Council of the International Civil Aviation Organization/);
    assert.doesNotMatch(note.message, /leave the default|bears its own/);
  });
});

describe('forty-seventh real-instrument run, item 3: an amendment procedure for the Technical Annex only (Arts. VI–VII)', () => {
  const amendment = (text: string) => findings(text, 'missing-amendment');

  it('the Convention as transcribed: the annex-only procedure is named, VCLT Arts. 39–40 govern the articles, no fix', () => {
    const [finding, ...rest] = amendment(icao);
    assert.deepEqual(rest, []);
    // A note on the concluded text, under every profile, with the law and no drafting advice
    // (treaty lawyer lr7, defect 1; test/analysis/concluded-partial-amendment.test.ts).
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /^Only the technical annex has an amendment procedure \(clause ArtVI\); nothing in the text says how the rest of the treaty is amended\. The text is concluded .*\(the general rule; VCLT Arts\. 39, 40\(4\), as between Parties that are bound by the Vienna Convention .*\(VCLT Art\. 40\(2\)\)/);
    assert.deepEqual(finding.fixes ?? [], []);
    assert.deepEqual(severities(icao, 'missing-amendment', 'strict'), ['info']);
  });

  it('near miss: the notice of Art. XIV(4) in a clause not tagged depositary is read as a procedure for the whole (nothing raised)', () => {
    // Only a clause on the depositary's functions is known to notify amendments rather than provide for them.
    const untagged = replaced(icao, 'clause ArtXIV "Article XIV" about depositary', 'clause ArtXIV "Article XIV"');
    assert.deepEqual(amendment(untagged), []);
  });

  it('near miss: a tagged clause that also provides for amending the Convention itself satisfies the rule', () => {
    const whole = replaced(icao, '6. If the proposed amendment has not been adopted in accordance with paragraph 3 of this Article, the Council may also convene a conference of all States Parties.', '6. Any State Party may propose amendments to this Convention; the Council shall convene a conference of all States Parties to consider them.');
    assert.deepEqual(amendment(whole), []);
  });

  it('near miss: a tagged clause on the annex that also names amendments to "the Convention" satisfies the rule', () => {
    const convention = replaced(icao, '6. If the proposed amendment has not been adopted in accordance with paragraph 3 of this Article, the Council may also convene a conference of all States Parties.', '6. Any State Party may propose amendments to the Convention through the Council.');
    assert.deepEqual(amendment(convention), []);
  });

  it('near miss: a tagged amendment clause that does not speak of the annex still satisfies the rule', () => {
    const general = `${icao}\nclause Amendments "Amendments" about amendment """Any State Party may propose an amendment. It shall be adopted by a two-thirds majority of the States Parties present and voting."""\n`;
    assert.deepEqual(amendment(general), []);
  });
});
