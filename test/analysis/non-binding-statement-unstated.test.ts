/**
 * missing-non-binding-statement and `status non-binding unstated` (export review 3; grammar README):
 * the check asks that the text say it is not legally binding, and `status non-binding` satisfies it
 * because the export writes the status paragraph. `unstated` says the text is silent and the value
 * is the reader's judgement, and the export writes nothing: the text confirms nothing, so the check
 * reports it. On a draft the fix removes `unstated`; on a signed text (DE–NL 2015) it is reported
 * without a fix, the point being for the next instrument.
 */
import assert from 'node:assert/strict';
import { libraryFixTitlePrefix } from '../../server/src/language/rules/support/fixes';
import { diagnose } from '../helpers/fixture';
import { applyCodeFix } from '../helpers/edits';
import { draftOf, findingsOf, repoText } from '../helpers/fix-review';

const code = 'missing-non-binding-statement';
const deNl = repoText('test/real-instruments/de-nl-tax-rulings-exchange-mou-2015.entente');
const unstated = /^ {2}status non-binding unstated$/mu;
const has = (text: string) => diagnose(text).some((d) => d.code === code);

describe('missing-non-binding-statement on `status non-binding unstated`', () => {
  it('reports the signed DE–NL memorandum of 2015, silent on its status, with no fix: it is concluded', () => {
    assert.match(deNl, unstated);
    const [finding] = findingsOf(deNl, code);
    assert.ok(finding, 'reported');
    assert.equal(deNl.split('\n')[finding.range.start.line].slice(finding.range.start.character, finding.range.end.character), 'memorandum');
    assert.match(finding.message, /^The signed text does not say that it is not legally binding/);
    assert.match(finding.message, /The text is concluded \(the signature date is 2015-07-14\)/);
    assert.doesNotMatch(finding.message, /Remove `unstated`/);
    assert.deepEqual(finding.fixes, []);
  });

  it('on the draft of the same text, offers to remove `unstated`, which states the status in the export and clears the finding', () => {
    const draft = draftOf(deNl);
    const [finding] = findingsOf(draft, code);
    assert.ok(finding, 'reported');
    assert.match(finding.message, /Remove `unstated`/);
    const [first, ...others] = finding.fixes;
    assert.equal(first.title, 'State the status in the text: remove `unstated` (the export then writes the status paragraph)');
    assert.equal(first.effect, 'legal');
    assert.equal(first.preferred, true);
    assert.ok(others.every((f) => !f.preferred));
    const fixed = applyCodeFix(draft, first);
    assert.match(fixed, /^ {2}status non-binding$/mu);
    assert.ok(!has(fixed));
    // A clause on the status from the library states it too: the status alone, not the clause
    // whose second paragraph conditions every activity on resources (lg27).
    const library = others.find((f) => f.title.startsWith(libraryFixTitlePrefix));
    assert.ok(library && library.title.includes('(non-binding-status/mou-plain)'), others.map((f) => f.title).join(', '));
    assert.ok(!has(applyCodeFix(draft, library)), library.title);
  });

  it('near miss: `status non-binding` (the export writes the status paragraph) is not reported', () => {
    assert.ok(!has(deNl.replace(unstated, '  status non-binding')));
    assert.ok(!has(draftOf(deNl).replace(unstated, '  status non-binding')));
  });

  it('near miss: `unstated` with a clause of the text on its status is not reported', () => {
    const withClause = `${draftOf(deNl)}clause Status about non-binding-status """\n  This Memorandum of Understanding does not create any legally binding obligations under international law.\n"""\n`;
    assert.ok(!has(withClause));
  });

  it('near miss: a binding treaty is never asked for a statement that it is not binding', () => {
    const treaty = 'treaty "Agreement" {\n  status binding\n  effect on signature\n}\nparty EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\n';
    assert.ok(!has(treaty));
  });
});
