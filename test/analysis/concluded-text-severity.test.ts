/**
 * No profile makes a missing-clause finding more than a warning on a concluded text
 * (analysis/concluded-text-severity.ts): a signed text takes no clause by the drafter's edit, so an
 * error there would tell the reviewer that something must be done to it that cannot be. The
 * finding stays, for the reviewer of an amending protocol; the same text read as a draft keeps the
 * profile's error, and a per-rule setting still decides (the treaty lawyers' open items of
 * December 2026, item 1: OPRC 1990, which "has no clause on the settlement of disputes", raised
 * `missing-dispute-settlement` as an error under `strict`).
 */
import assert from 'node:assert/strict';
import type { AnalysisSettings } from '../../server/src/language/config/settings';
import { diagnose } from '../helpers/fixture';
import { draftOf, repoText } from '../helpers/fix-review';

const oprc = 'test/real-instruments/imo-oprc-oil-pollution-preparedness-1990.entente';

function disputes(text: string, settings: AnalysisSettings) {
  return diagnose(text, { settings }).filter((d) => d.code === 'missing-dispute-settlement');
}

describe('missing clauses on a concluded text: at most a warning under any profile', () => {
  it('OPRC 1990 under strict: missing-dispute-settlement stays, as a note (sixty-eighth run, item 2)', () => {
    const [finding, ...rest] = disputes(repoText(oprc), { profile: 'strict' });
    assert.ok(finding, 'the finding stays');
    assert.equal(rest.length, 0);
    // The Parties choose the peaceful means (UN Charter Art. 33(1)) and the text stands as in force:
    // a note, as missing-amendment is on a concluded treaty silent on amendment.
    assert.equal(finding.severity, 'info');
  });

  it('OPRC 1990: the message says what can still be done and never asks for a clause in the signed text', () => {
    const [finding] = disputes(repoText(oprc), { profile: 'strict' });
    assert.match(finding.message, /^The text states no procedure for settling disputes between the Parties; if it does, in words the transcription has not declared, declare them in the header/);
    assert.match(finding.message, /The text is concluded \(the signature date is 1990-11-30\): a dispute-settlement procedure can be added by amendment under the treaty's own procedure \(binding only the Parties that accept it, unless the treaty provides otherwise\), by an agreement among some or all of the Parties \(VCLT Arts\. 39–41, as between Parties that are bound by the Vienna Convention for this treaty \(Art\. 4\), otherwise only so far as (?:it states|they state) customary law\), or for one dispute by special agreement; meanwhile any dispute is to be settled by peaceful means \(UN Charter Art\. 2\(3\), for Parties that are UN Members\), by means of the Parties' own choice \(cf\. Art\. 33\(1\)\)/);
    // A treaty in force is amended by its Parties (many accede without signing), and stands as in force.
    assert.doesNotMatch(finding.message, /add `disputes|a disputes clause|signatories|as signed/);
    assert.deepEqual(finding.fixes, []);
  });

  it('Mine Ban 1997: Art. 10 recorded in the header, no missing-dispute-settlement under strict', () => {
    const found = disputes(repoText('test/real-instruments/ottawa-anti-personnel-mine-ban-1997.entente'), { profile: 'strict' });
    assert.deepEqual(found, []);
  });

  it('OPRC 1990 under every profile: no missing-clause finding is an error', () => {
    for (const profile of ['default', 'strict', 'mou-review', 'treaty-review']) {
      const errors = diagnose(repoText(oprc), { settings: { profile } }).filter((d) => d.severity === 'error');
      assert.deepEqual(errors.map((d) => d.code), [], profile);
    }
  });

  it('near miss: OPRC read as the draft it was stays an error under strict, and asks for the clause', () => {
    const [finding] = disputes(draftOf(repoText(oprc)), { profile: 'strict' });
    assert.ok(finding);
    assert.equal(finding.severity, 'error');
    assert.match(finding.message, /^State how disputes are settled: add `disputes by negotiation`/);
  });

  it('near miss: a per-rule setting still decides on the concluded text', () => {
    const byCodeAndId: readonly Record<string, 'error'>[] = [{ 'missing-dispute-settlement': 'error' }, { MC05: 'error' }];
    for (const rules of byCodeAndId) {
      const [finding] = disputes(repoText(oprc), { profile: 'strict', rules });
      assert.equal(finding?.severity, 'error', JSON.stringify(rules));
    }
  });

  it('missing-consent-to-be-bound on a concluded treaty silent on consent is a warning, its draft an error (NL–Moldova 2014 without the header entry into force that carries its consent; sixty-ninth run, item 1)', () => {
    // Silent, a signed text's consent was expressed by the means its negotiating States agreed,
    // which the record of its conclusion shows (VCLT Arts. 12(1)(b)–(c), 14(1)(b)–(d)): nothing
    // is to be done to the text, so no profile makes it an error there.
    const text = repoText('test/real-instruments/nl-md-europol-liaison-officers-2014.entente').replace(/\n  effect on first day of month following last notification\n/, '\n');
    const consent = (t: string, profile: string) => diagnose(t, { settings: { profile } }).filter((d) => d.code === 'missing-consent-to-be-bound').map((d) => d.severity);
    for (const profile of ['default', 'strict', 'treaty-review', 'mou-review']) {
      assert.deepEqual(consent(text, profile), ['warning'], profile);
      assert.deepEqual(consent(draftOf(text), profile), ['error'], `the draft, ${profile}`);
    }
  });

  it('treaty-review and mou-review raise nothing above a warning on concluded texts either (missing-non-binding-statement on the Brawijaya letter of 1979)', () => {
    const text = repoText('test/real-instruments/id-nl-brawijaya-wageningen-letter-of-intent-1979.entente');
    const [signed] = diagnose(text, { settings: { profile: 'mou-review' } }).filter((d) => d.code === 'missing-non-binding-statement');
    assert.equal(signed?.severity, 'warning');
  });
});

/**
 * The treaty lawyers' review of `--profile strict` over the real instruments (December 2026): on a
 * concluded text these findings stop at warning (analysis/concluded-text-severity.ts); read as the
 * draft it was the same text keeps the profile's error, and a per-rule setting still decides.
 */
describe('findings on a concluded text that stop at warning under strict', () => {
  // `signedBlock`: concluded by its signature block's names, which a draft (`draftOf`) keeps: no draft near miss.
  const cases: readonly { code: string; path: string; signedBlock?: true }[] = [
    { code: 'mou-binding-wording', path: 'de-nl-tax-rulings-exchange-mou-2015.entente' },
    { code: 'mou-treaty-wording', path: 'de-nl-tax-rulings-exchange-mou-2015.entente' },
    { code: 'mou-treaty-wording', path: 'gg-nl-tax-cooperation-mou-2008.entente', signedBlock: true },
    { code: 'unused-term', path: 'aw-cz-tax-information-exchange-2015.entente' },
    // undefined-term on nl-scsl-archives-notes-2010 ("Chain of Custody") is a note on a signed text since lf51 (lr29, D9):
    // test/analysis/rules/lf51-concluded-notes.test.ts.
    { code: 'exchange-reply-mismatch', path: 'eu-us-pnr-agreement-2007.entente' },
    { code: 'missing-termination', path: 'nl-md-europol-liaison-officers-2014.entente' },
    { code: 'missing-consent-to-be-bound', path: 'id-nl-cessation-of-hostilities-mou-1962.entente' },
    { code: 'missing-entry-into-force', path: 'id-nl-cessation-of-hostilities-mou-1962.entente' },
    { code: 'missing-entry-into-force', path: 'gg-nl-tax-cooperation-mou-2008.entente', signedBlock: true },
  ];
  const severities = (text: string, code: string, settings: AnalysisSettings) =>
    [...new Set(diagnose(text, { settings }).filter((d) => d.code === code).map((d) => d.severity))];

  for (const { code, path, signedBlock } of cases) {
    const text = repoText(`test/real-instruments/${path}`);
    it(`${code} on ${path}: a warning under strict on the signed text`, () => {
      assert.deepEqual(severities(text, code, { profile: 'strict' }), ['warning']);
    });
    it(`near miss: ${code} on ${path} read as a draft, or named by a per-rule setting, is still an error`, () => {
      if (!signedBlock) assert.ok(severities(draftOf(text), code, { profile: 'strict' }).includes('error'), 'the draft');
      assert.deepEqual(severities(text, code, { profile: 'strict', rules: { [code]: 'error' } }), ['error']);
    });
  }

  it('missing-termination on a signed treaty states what its silence means (VCLT Art. 56(1)–(2)) and asks for no clause', () => {
    const [finding] = diagnose(repoText('test/real-instruments/nl-md-europol-liaison-officers-2014.entente'), { settings: { profile: 'strict' } }).filter((d) => d.code === 'missing-termination');
    assert.match(finding.message, /^The treaty states no termination, denunciation or withdrawal; if it does, in words the transcription has not declared, declare them in the header/);
    assert.match(finding.message, /Silent, it is not subject to denunciation or withdrawal unless it is established that the parties intended to admit that possibility or a right to it may be implied by the nature of the treaty, and a Party denouncing or withdrawing on that ground gives not less than twelve months' notice \(VCLT Art\. 56\(1\)–\(2\), as between Parties that are bound by the Vienna Convention for this treaty \(Art\. 4\), otherwise only so far as (?:it states|they state) customary law\)/);
    assert.doesNotMatch(finding.message, /add `termination/);
  });

  it('mou-binding-wording on the signed DE–NL memorandum asks to confirm the status, never to rewrite', () => {
    const found = diagnose(repoText('test/real-instruments/de-nl-tax-rulings-exchange-mou-2015.entente')).filter((d) => d.code === 'mou-binding-wording');
    assert.ok(found.length > 0);
    for (const d of found) {
      assert.match(d.message, /^The signed text uses treaty wording \('[^']+'\): confirm that the status declared \(non-binding\) is right\./);
      assert.doesNotMatch(d.message, /write '/);
      assert.equal(d.severity, 'warning');
    }
  });
});

describe('the rules page says where a concluded text stops a finding at warning (scripts/rules-doc.ts)', () => {
  it('mou-treaty-wording: strict raises it, a concluded text stops it at warning; missing-entry-into-force says when; an unlisted rule says nothing of it', async () => {
    const { rulesDocument } = await import('../../scripts/rules-doc');
    const { ruleByCode } = await import('../../server/src/language/rules/registry');
    const row = (code: string) => rulesDocument([ruleByCode(code)!]).split('\n').find((l) => l.startsWith('| Under profiles |'));
    assert.match(row('mou-treaty-wording') ?? '', /strict: error.*; on a concluded text at most warning under any profile \|$/);
    assert.match(row('missing-entry-into-force') ?? '', /on a concluded text at most warning under any profile[;|]/);
    assert.match(row('missing-consent-to-be-bound') ?? '', /on a concluded text at most warning under any profile[;|]/);
    assert.doesNotMatch(row('possible-transfer-without-safeguards') ?? '', /concluded text/);
  });
});
