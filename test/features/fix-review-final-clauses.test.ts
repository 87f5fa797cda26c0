/**
 * The quick-fix review's class B, final clauses (test/probes/fix-review/REPORT.md, items 9, 10,
 * 13, 18, 19): a fix keeps what the text states. It adds no exit, term or consent the text
 * withholds, drops no means of consent it gives, decides no prevailing text, and inserts no
 * depositary or registration formula that names nobody. Each case is the report's own text.
 */
import assert from 'node:assert/strict';
import { libraryFixTitlePrefix } from '../../server/src/language/rules/support/fixes';
import { diagnose } from '../helpers/fixture';
import { applyCodeFix } from '../helpers/edits';
import { draftFixesIn, draftOf, findingsOf, inserted, repoText } from '../helpers/fix-review';

// Each text is read as the draft it was: on a concluded text only mechanical fixes are offered
// (analysis/concluded-text-fixes.ts), and every fix here is legal.
const titles = (path: string, code: string, line?: number) => draftFixesIn(path, code, line).map((f) => f.title);
const library = (path: string, code: string, line?: number) => titles(path, code, line).filter((t) => t.startsWith(libraryFixTitlePrefix));

describe('final-clause quick fixes keep what the text states (fix review, class B)', () => {
  it('item 9: keeps every means of consent the Philae Agreement gives, entering into force for each State on its consent', () => {
    const path = 'test/probes/twelfth/philae-1970-effect-on-signature.entente';
    const fixes = draftFixesIn(path, 'signature-and-ratification', 40);
    assert.deepEqual([...new Set(fixes.map(inserted))], ['effect after consent-to-be-bound']);
    const errors = (text: string) => diagnose(text).filter((d) => d.severity === 'error').map((d) => d.code);
    const draft = draftOf(repoText(path));
    assert.deepEqual(errors(applyCodeFix(draft, fixes[0])), errors(draft).filter((c) => c !== 'signature-and-ratification'));
  });

  it('item 9: on a bilateral treaty with signature among the means, enters into force on the later consent', () => {
    const path = 'test/probes/fix-review/second-applications-treaty.entente';
    const fixes = draftFixesIn(path, 'signature-and-ratification', 6);
    assert.deepEqual(fixes.map(inserted), ['effect after last consent-to-be-bound']);
    assert.ok(!diagnose(applyCodeFix(draftOf(repoText(path)), fixes[0])).some((d) => d.code === 'signature-and-ratification'));
  });

  it('item 9: still offers both remedies where the treaty gives no definitive signature', () => {
    const text = 'treaty "Treaty" {\n  status binding\n  effect on signature\n  consent by ratification, approval\n}\nparty EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\n';
    const fixes = diagnose(text).filter((d) => d.code === 'signature-and-ratification').flatMap((d) => d.fixes.map((f) => f.title));
    assert.ok(fixes.includes('Enter into force after the last ratification, not on signature') && fixes.includes('Consent to be bound without ratification'), fixes.join(', '));
  });

  it('item 10: adds no unilateral exit to a treaty that lasts "until otherwise agreed by the Parties"', () => {
    assert.deepEqual(titles('test/probes/twelfth/deepsea-1991-until-otherwise-agreed.entente', 'missing-termination', 33), []);
  });

  it('item 10: gives a protocol that enters into force with its agreement no consent, term or exit of its own', () => {
    const path = 'test/probes/seventeenth/aruba-bvi-2009-protocol-integral-part.entente';
    assert.deepEqual(titles(path, 'missing-consent-to-be-bound', 18), []);
    // Its words make it "an integral part of the Agreement": since the fifty-seventh run (item 1) its
    // term and exit are not asked at all, only noted by integral-part-final-clauses.
    const found = findingsOf(draftOf(repoText(path)), 'integral-part-final-clauses', 18);
    assert.equal(found.length, 1);
    for (const code of ['missing-duration', 'missing-termination']) assert.deepEqual(findingsOf(draftOf(repoText(path)), code), [], code);
  });

  it('item 10: still offers the exit where the text is silent', () => {
    assert.ok(titles('test/real-instruments/nl-md-europol-liaison-officers-2014.entente', 'missing-termination').length > 0);
  });

  it('item 13: decides no prevailing text and counts no originals the header does not state', () => {
    assert.deepEqual(library('test/probes/fix-review/second-applications-treaty.entente', 'missing-language-clause', 4), []);
    assert.deepEqual(library('test/probes/fix-review/second-applications-mou.entente', 'missing-language-clause', 4), []);
    assert.deepEqual(titles('test/probes/fix-review/second-applications-treaty.entente', 'missing-language-clause', 4), ['Declare the texts authentic']);
    const stated = 'memorandum "MoU" {\n  status non-binding\n  languages English, Estonian prevailing English\n}\nparticipant EE "Estonia"\nparticipant FI "Finland"\n';
    const fix = diagnose(stated).find((d) => d.code === 'missing-language-clause')!.fixes.find((f) => f.title.startsWith(libraryFixTitlePrefix));
    assert.ok(fix && /the English text will prevail/.test(inserted(fix)), 'offered where the header says which text prevails');
  });

  it('item 18: installs no depositary of ratifications in a treaty whose Parties consent by signature and notification', () => {
    assert.deepEqual(library('test/probes/twelfth/deepsea-1991-until-otherwise-agreed.entente', 'missing-depositary', 33), []);
    // Open to accession, so not a treaty with nothing to deposit (rf116, r116 defect 1: closed and in force on signature, it is not asked).
    const silent = 'treaty "Convention" {\n  effect on signature\n}\nparty EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nparty LV "Latvia" { kind state }\nclause Accession "Any other State may accede to this Convention."\n';
    assert.equal(diagnose(silent).find((d) => d.code === 'missing-depositary')!.fixes.length, 1, 'offered where consent is not stated');
  });

  it('item 19: names no "Party in whose territory it was signed" for letters signed in two capitals, notes, or an organisation', () => {
    for (const [path, line] of [
      ['test/real-instruments/eu-us-pnr-agreement-2007.entente', 203],
      ['test/real-instruments/nl-scsl-archives-notes-2010.entente', 77],
      ['test/real-instruments/nl-us-classified-patents-notes-1959.entente', 109],
      ['test/real-instruments/nl-se-europol-drugs-unit-notes-1995.entente', 69],
      ['test/real-instruments/nl-unu-intech-memorandum-of-agreement-1989.entente', 117],
      ['test/probes/twelfth/deepsea-1991-until-otherwise-agreed.entente', 33],
    ] as const) {
      assert.deepEqual(titles(path, 'missing-registration', line), ['Add `registration article-102` to the header'], path);
    }
    const draft = draftFixesIn('test/real-instruments/nl-jp-customs-mutual-assistance-2009.entente', 'missing-registration').filter((f) => f.title.startsWith(libraryFixTitlePrefix));
    assert.equal(draft.length, 1, 'signed at one place by two States');
  });

  it('offers none of these on the signed texts themselves: the findings stay and say the texts are concluded', () => {
    for (const [path, code, line] of [
      ['test/real-instruments/eu-us-pnr-agreement-2007.entente', 'missing-registration', 203],
      ['test/real-instruments/nl-jp-customs-mutual-assistance-2009.entente', 'missing-registration', undefined],
      ['test/probes/twelfth/philae-1970-effect-on-signature.entente', 'signature-and-ratification', 40],
      ['test/real-instruments/nl-md-europol-liaison-officers-2014.entente', 'missing-termination', undefined],
    ] as const) {
      const findings = findingsOf(repoText(path), code, line);
      assert.ok(findings.length > 0, `${path}: ${code} stays`);
      for (const finding of findings) {
        assert.deepEqual(finding.fixes, [], `${path}: ${code}`);
        // Registration needs no clause: the duty is the Charter's, and the remedy is to register (lr15, D2).
        const advice = code === 'missing-registration' ? /nothing in it is to be changed, and no clause is missing: .*each Party that was a UN Member when it entered into the treaty is bound to have it registered as soon as possible \(Art\. 102\(1\): every treaty "entered into by any Member of the United Nations after the present Charter comes into force" "shall as soon as possible be registered"\); no amending instrument is needed\.$/ : /no fix that changes it is offered; the point is for an amending instrument or the next draft\.$/;
        assert.match(finding.message, /The text is concluded \([^)]+ is \d{4}-\d\d-\d\d\): /, path);
        assert.match(finding.message, advice, path);
      }
    }
  });
});
