/**
 * On a concluded text only mechanical fixes are offered (analysis/concluded-text-fixes.ts): a
 * signed text cannot be edited, so a fix that changes what it says in law — a header statement, a
 * library clause, a definition deleted, 'shall' rewritten as 'will', a heading renamed — is
 * withheld there, and the finding says the text is concluded. The same texts read as the drafts
 * they were (`draftOf`) keep those fixes; a mechanical fix (a misspelt code) stays on both; the
 * suppression rules' fixes, which edit comments, stay too (twenty-fifth real-instrument run,
 * "Not done": "Delete the definition" on the Aruba–Czech agreement of 2015).
 */
import assert from 'node:assert/strict';
import type { EntenteDiagnostic } from '../../server/src/language/rules/diagnostic';
import { diagnose } from '../helpers/fixture';
import { draftOf, findingsOf, repoText } from '../helpers/fix-review';

const note = /The text is concluded \((?:the signature date|the date of the last signature|the date of the reply) is \d{4}-\d\d-\d\d\): no fix that changes it is offered; the point is for an amending instrument or the next draft\.$/;

/** Each real text, a finding on it whose fixes are legal, and the fix a drafter was offered. */
const cases: readonly { path: string; code: string; line: number; title: RegExp; ownNote?: RegExp }[] = [
  // A header statement (the renderer turns it into a final clause).
  { path: 'test/real-instruments/aw-cz-tax-information-exchange-2015.entente', code: 'missing-registration', line: 167, title: /^Add `registration article-102` to the header$/,
    // No clause is missing on a signed text: the duty is the Charter's, and the remedy is to register (lr15, D2).
    ownNote: /The text is concluded \(the signature date is \d{4}-\d\d-\d\d\): nothing in it is to be changed, and no clause is missing: the duty to register is the Charter's \(Art\. 102\(1\)\), not the treaty's\. If it has not been registered \(the UN Treaty Series shows whether it has\), each Party that was a UN Member when it entered into the treaty is bound to have it registered as soon as possible \(Art\. 102\(1\): every treaty "entered into by any Member of the United Nations after the present Charter comes into force" "shall as soon as possible be registered"\); no amending instrument is needed\.$/ },
  { path: 'test/real-instruments/bonn-agreement-north-sea-pollution-1983.entente', code: 'missing-dispute-settlement', line: 172, title: /^Add `disputes by negotiation` to the header$/,
    // The rule says what the Parties can still do (rules/rule.ts, `onConcludedText`).
    ownNote: /The text is concluded \(the signature date is 1983-09-13\): a dispute-settlement procedure can be added by amendment under the treaty's own procedure \(binding only the Parties that accept it, unless the treaty provides otherwise\), by an agreement among some or all of the Parties \(VCLT Arts\. 39–41 as between States parties to the 1969 Convention \(VCLT Arts\. 3\(c\), 4, as the 1986 Vienna Convention also states in Art\. 73\), otherwise only so far as it states customary law; with an organisation, as stated in the 1986 Vienna Convention on treaties with international organisations, Arts\. 39–41, not in force \(Art\. 85\(1\)\) and cited as the text that states the rule\), or for one dispute by special agreement; meanwhile any dispute is to be settled by peaceful means \(UN Charter Art\. 2\(3\), for Parties that are UN Members\), by means of the Parties' own choice \(cf\. Art\. 33\(1\)\), and the text stands as in force\.$/ },
  { path: 'test/real-instruments/benelux-crisis-management-mou-2006.entente', code: 'undeclared-status', line: 92, title: /^Add `status non-binding` to the header$/,
    // Its status is a fact of its conclusion, recorded by the transcription, not a point for an amendment (lr31, D2).
    ownNote: /The text is concluded \(the signature date is 2006-06-01\): its status is a fact of its conclusion, not a point for an amending instrument: .*Nothing in the text is to be changed\.$/ },
  // A library clause (drafts only since lg24; now by the same rule as every legal fix).
  { path: 'test/real-instruments/aw-cz-tax-information-exchange-2015.entente', code: 'missing-relation-to-other-obligations', line: 167, title: /^Insert library clause "Relation to other agreements"/,
    // Its own advice on a signed text: nothing to add, and a clause that says it untagged is credited by its tag (ninety-sixth run, defect 1; rf94).
    ownNote: /The text is concluded \(the signature date is \d{4}-\d\d-\d\d\): nothing is to be added to it; if a clause says so, untagged, tag it `about other-obligations`\.$/ },
  // A deletion of what the signed text defines.
  { path: 'test/real-instruments/aw-cz-tax-information-exchange-2015.entente', code: 'unused-term', line: 269, title: /^Delete the definition of "criminal proceedings"/ },
  // Rewrites of the wording, both ways, and of headings.
  { path: 'test/real-instruments/de-nl-tax-rulings-exchange-mou-2015.entente', code: 'mou-binding-wording', line: 229, title: /^Replace 'shall' with 'will'/,
    // The words of a signed memorandum are evidence about its status (conflict-wording.ts, `onConcludedText`).
    ownNote: /The text is concluded \(the signature date is 2015-07-14\): its words stand as signed and are evidence about its status; no rewrite is offered\.$/ },
  { path: 'test/real-instruments/eu-us-pnr-agreement-2007.entente', code: 'treaty-mou-wording', line: 325, title: /^Replace 'will' with 'shall'/,
    // MoU wording in a signed treaty is a drafting convention, no defect (conflict-wording.ts, `onConcludedText`; lr30, D9).
    ownNote: /The text is concluded \(the date of the last signature is 2007-07-26\): no rewrite is offered, and none is called for: the point is for the next draft\.$/ },
  { path: 'test/real-instruments/de-nl-tax-rulings-exchange-mou-2015.entente', code: 'mou-treaty-wording', line: 224, title: /'Paragraph'/,
    // The words of a signed memorandum are evidence about its status (conflict-wording.ts, `onConcludedText`).
    ownNote: /The text is concluded \(the signature date is 2015-07-14\): its words stand as signed and are evidence about its status; no rewrite is offered\.$/ },
];

const titles = (findings: readonly EntenteDiagnostic[]) => findings.flatMap((d) => d.fixes.map((f) => f.title));

describe('quick fixes on a concluded text: mechanical only', () => {
  for (const { path, code, line, title, ownNote } of cases) {
    const name = path.split('/').pop();
    it(`${name}: ${code} keeps its finding, says the text is concluded, and offers no legal fix`, () => {
      const findings = findingsOf(repoText(path), code, line);
      assert.equal(findings.length, 1, `${name}:${line}: the finding stays`);
      assert.deepEqual(findings[0].fixes, []);
      assert.match(findings[0].message, ownNote ?? note);
    });

    it(`${name}: ${code} read as the draft it was still offers the fix, without the note`, () => {
      const findings = findingsOf(draftOf(repoText(path)), code, line);
      assert.ok(titles(findings).some((t) => title.test(t)), titles(findings).join(' | '));
      assert.ok(findings.every((d) => d.fixes.every((f) => f.effect !== 'mechanical')));
      assert.doesNotMatch(findings[0].message, /The text is concluded/);
    });
  }

  it('keeps a mechanical fix on the concluded text and on its draft alike, and adds no note to it', () => {
    const path = 'test/real-instruments/aw-cz-tax-information-exchange-2015.entente';
    const misspelt = repoText(path).replace('  kind state\n', '  kind sttae\n');
    for (const text of [misspelt, draftOf(misspelt)]) {
      const [finding] = diagnose(text).filter((d) => d.code === 'value-out-of-range' && d.range.start.line === 176);
      assert.ok(finding, 'the misspelt kind is reported');
      assert.deepEqual(finding.fixes.map((f) => `${f.effect}: ${f.title}`), ['mechanical: Change to state']);
      assert.doesNotMatch(finding.message, /The text is concluded/);
    }
  });

  it('keeps the suppression rules’ fixes on a concluded text: they edit comments, not the signed text', () => {
    const path = 'test/real-instruments/aw-cz-tax-information-exchange-2015.entente';
    const text = repoText(path).replace('  kind state\n', '  // entente-disable-next-line unused-term\n  kind state\n');
    const [finding] = diagnose(text).filter((d) => d.code === 'suppression-without-reason');
    assert.ok(finding);
    assert.deepEqual(finding.fixes.map((f) => `${f.effect}: ${f.title}`), ['factual: Add a reason']);
    assert.doesNotMatch(finding.message, /The text is concluded/);
  });

  it('near miss: a finding on a concluded text that had no fix to withhold keeps its message as it was', () => {
    const path = 'test/real-instruments/aw-cz-tax-information-exchange-2015.entente';
    const [transfer] = findingsOf(repoText(path), 'possible-transfer-without-safeguards');
    assert.ok(transfer);
    assert.deepEqual(transfer.fixes, []);
    assert.doesNotMatch(transfer.message, /The text is concluded/);
  });

  it('near miss: a text signed after the reference day (data/reference-date.ts, 2026-12-01) is a draft, and keeps its fixes; signed on it, it is concluded', () => {
    const header = (date: string) => `treaty "Agreement" {\n  status binding\n  signed at "Tallinn" on ${date}\n  effect on signature\n}\nparty EE "Estonia" { kind state jurisdiction EE }\nparty FI "Finland" { kind state jurisdiction FI }\n`;
    const disputes = (date: string) => diagnose(header(date)).filter((d) => d.code === 'missing-dispute-settlement');
    assert.ok(titles(disputes('2026-12-02')).includes('Add `disputes by negotiation` to the header'));
    assert.deepEqual(titles(disputes('2026-12-01')), []);
    assert.match(disputes('2026-12-01')[0].message, /The text is concluded \(the signature date is 2026-12-01\)/);
  });
});
