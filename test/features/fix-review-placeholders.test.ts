/**
 * The quick-fix review's item 23 (placeholders that check clean) and item 8 (a clause naming a
 * security agreement that may not exist): a blank a fix inserts is reported until the drafter
 * fills it, and a clause that cannot know an instrument leaves a visible blank for it.
 */
import assert from 'node:assert/strict';
import { libraryFixTitlePrefix } from '../../server/src/language/rules/support/fixes';
import { diagnose } from '../helpers/fixture';
import { applyCodeFix } from '../helpers/edits';
import { draftOf, findingsOf, inserted, repoText } from '../helpers/fix-review';

/** The text after the first fix of `code` (starting with `title`) is applied, and what it then reports. */
function afterFix(text: string, code: string, title: string, line?: number) {
  const fix = findingsOf(text, code, line).flatMap((d) => d.fixes).find((f) => f.title.startsWith(title));
  assert.ok(fix, `no "${title}" fix for ${code}`);
  const fixed = applyCodeFix(text, fix);
  return { fix, fixed, unfilled: diagnose(fixed).filter((d) => d.code === 'unfilled-placeholder') };
}

describe('blanks inserted by quick fixes (fix review, items 8 and 23)', () => {
  it('reports the empty definition the undefined-term fix inserts, until it is written', () => {
    // As the draft it was: a definition added to the signed notes of 2010 would change them.
    const text = draftOf(repoText('test/real-instruments/nl-scsl-archives-notes-2010.entente'));
    const { fixed, unfilled } = afterFix(text, 'undefined-term', 'Define "Chain of Custody"', 159);
    assert.deepEqual(unfilled.map((d) => d.message), ['The definition of "Chain of Custody" is empty: write what the term means.']);
    assert.equal(unfilled[0].severity, 'error');
    const written = fixed.replace('means "…"', 'means "the documented record of who held the archives and when"');
    assert.deepEqual(diagnose(written).filter((d) => d.code === 'unfilled-placeholder'), []);
  });

  it('reports the blanks of the transfer-safeguards clause in a customs treaty', () => {
    // As the draft it was (the treaty signed in 2009 is offered no clause: library-fit.ts), and
    // without its use rule: where "shall only be used for the purposes specified" stands, no
    // safeguards clause is offered beside it (second quick-fix review, item 2).
    const text = draftOf(repoText('test/real-instruments/nl-jp-customs-mutual-assistance-2009.entente')).replace(/shall only be used for the purposes specified/g, 'shall be protected as specified');
    const { unfilled } = afterFix(text, 'missing-transfer-safeguards', libraryFixTitlePrefix, 238);
    assert.deepEqual(
      unfilled.map((d) => d.message),
      [
        'Fill in [maximum retention period] in clause TransferSafeguards: the library leaves it to the drafter.',
        'Fill in [the independent data protection authority or other independent oversight body of the receiving Party] in clause TransferSafeguards: the library leaves it to the drafter.',
      ],
    );
  });

  it('item 8: names no security agreement it cannot know, and reports the blank it leaves', () => {
    const text = 'treaty "Agreement" { status binding }\nparty EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nchannel Intel between EE, FI { carries classified }\n';
    const { fix, unfilled } = afterFix(text, 'missing-security-agreement', libraryFixTitlePrefix);
    assert.match(fix.title, /security-of-information\/treaty/);
    assert.doesNotMatch(inserted(fix), /Agreement between the Parties on the Mutual Protection/);
    assert.match(inserted(fix), /protected in accordance with \[title of the security agreement in force between the Parties\]\./);
    assert.equal(unfilled.length, 1);
  });

  it('leaves the brackets of a transcription alone: "[...]" in the drafter\'s own clause is no blank', () => {
    const text = repoText('test/probes/twelfth/deepsea-1991-until-otherwise-agreed.entente');
    assert.match(text, /\[\.\.\.\]/);
    assert.deepEqual(findingsOf(text, 'unfilled-placeholder'), []);
  });

  it('reports a placeholder left as {{name}} in a library clause\'s body', () => {
    const text = 'memorandum "MoU" { status non-binding }\nclause Costs from library "costs/mou" """\n  Each {{participant}} will bear its own costs.\n"""\n';
    assert.deepEqual(findingsOf(text, 'unfilled-placeholder').map((d) => d.message), ['Fill in the placeholder {{participant}} in clause Costs.']);
  });
});
