/**
 * The library clause the status finding offers (lg27): `non-binding-status/mou` has a second
 * paragraph ("Each Participant will carry out the activities described in this Memorandum in
 * accordance with its national law and within the limits of its available resources") that puts
 * every commitment of the text under a condition, which is more than a statement of status. The
 * finding offers `non-binding-status/mou-plain` instead (the status sentence alone, the words the
 * export writes for `status non-binding`); the clause with the second paragraph keeps its text for
 * the texts that take it by reference, and its catalogue title says what else it says. Real MoUs
 * read as the drafts they were (`status non-binding unstated`), with near misses.
 */
import assert from 'node:assert/strict';
import { builtInLibrary } from '../../server/src/language/library/builtin-library';
import { conditionsTheInstrument } from '../../server/src/language/rules/support/clause-conditions';
import { libraryFixTitlePrefix } from '../../server/src/language/rules/support/fixes';
import type { CodeFix } from '../../server/src/language/rules/rule';
import { diagnose } from '../helpers/fixture';
import { applyCodeFix } from '../helpers/edits';
import { draftOf, findingsOf, inserted, repoText, undatedDraftOf } from '../helpers/fix-review';

const code = 'missing-non-binding-statement';
const resources = /available resources|national law/;
const statusSentence = 'It is not intended to be legally binding and does not create any legally binding commitment under international or domestic law.';

function libraryFix(text: string): CodeFix {
  const findings = findingsOf(text, code);
  assert.equal(findings.length, 1, `one ${code}`);
  const fix = findings[0].fixes.find((f) => f.title.startsWith(libraryFixTitlePrefix));
  assert.ok(fix, `a library clause is offered: ${findings[0].fixes.map((f) => f.title).join(', ')}`);
  return fix;
}

/** What the drafter has after the fix: the body written out, else the approved text. */
function clauseText(fix: CodeFix): string {
  const id = /\(([a-z0-9-]+\/[a-z0-9-]+)\)$/.exec(fix.title)![1];
  return /"""([\s\S]*)"""/.exec(inserted(fix))?.[1] ?? builtInLibrary().get(id)!.text;
}

describe('the status finding offers a clause that states the status and nothing more', () => {
  const drafts: readonly [string, string][] = [
    ['DE–NL tax rulings MoU 2015 (draft)', draftOf(repoText('test/real-instruments/de-nl-tax-rulings-exchange-mou-2015.entente'))],
    ['CZ–NL tax information arrangement 2015 (draft)', draftOf(repoText('test/real-instruments/cz-nl-tax-information-arrangement-2015.entente'))],
    ['Guernsey–NL tax cooperation MoU 2008 (undated draft)', undatedDraftOf(repoText('test/real-instruments/gg-nl-tax-cooperation-mou-2008.entente'))],
  ];
  for (const [name, draft] of drafts) {
    it(`${name}: non-binding-status/mou-plain, without the resources paragraph, and the finding clears`, () => {
      const fix = libraryFix(draft);
      assert.match(fix.title, /\(non-binding-status\/mou-plain\)$/);
      assert.equal(fix.effect, 'legal');
      const text = clauseText(fix);
      assert.ok(text.includes(statusSentence), text);
      assert.doesNotMatch(text, resources);
      const after = diagnose(applyCodeFix(draft, fix)).map((d) => d.code);
      assert.ok(!after.includes(code));
      assert.ok(!after.includes('library-clause-wording'));
    });
  }

  it('a memorandum with no status at all is offered the plain clause beside the header statement', () => {
    const mou = 'memorandum "MoU" {\n  effect on signature\n}\nparticipant EE "Estonian Information System Authority"\nparticipant FI "Finnish Transport and Communications Agency"\n';
    const [finding] = findingsOf(mou, code);
    assert.ok(finding);
    const library = finding.fixes.find((f) => f.title.startsWith(libraryFixTitlePrefix));
    assert.ok(library && library.title.endsWith('(non-binding-status/mou-plain)'), finding.fixes.map((f) => f.title).join(', '));
    assert.doesNotMatch(clauseText(library), resources);
    assert.ok(finding.fixes.some((f) => f.preferred && inserted(f).includes('status non-binding')));
  });

  it('the plain clause says what the export writes for `status non-binding`, and nothing else', () => {
    const plain = builtInLibrary().get('non-binding-status/mou-plain')!;
    assert.equal(plain.text, `This {{instrument}} records the intentions of the {{Participants}}. ${statusSentence}`);
    assert.deepEqual(plain.topics, ['non-binding-status']);
    assert.equal(plain.status, 'approved');
    assert.ok(!conditionsTheInstrument(plain.text));
  });

  it('near miss: the clause with the resources paragraph keeps its text and heading for texts that take it by reference; its title says what else it says', () => {
    const full = builtInLibrary().get('non-binding-status/mou')!;
    assert.equal(
      full.text,
      `1. This {{instrument}} records the intentions of the {{Participants}}. ${statusSentence}\n2. Each {{participant}} will carry out the activities described in this {{instrument}} in accordance with its national law and within the limits of its available resources.`,
    );
    assert.equal(full.heading, 'Status of this Memorandum');
    assert.match(full.title, /national law and available resources/);
    assert.equal(full.status, 'approved');
    assert.ok(conditionsTheInstrument(full.text));
    // A memorandum that takes it stays answered: no status finding, no finding on the clause.
    const taking = 'memorandum "MoU" {\n  effect on signature\n}\nparticipant EE "Estonian Information System Authority"\nparticipant FI "Finnish Transport and Communications Agency"\nclause Status from library "non-binding-status/mou"\n';
    const codes = diagnose(taking).map((d) => d.code);
    assert.ok(!codes.includes(code));
    assert.ok(!codes.some((c) => c.startsWith('library-')), codes.join(', '));
  });

  it('near miss: a sentence that limits one undertaking to available resources conditions nothing else', () => {
    assert.ok(!conditionsTheInstrument('Each {{participant}} will bear its own costs within the limits of its available resources.'));
    assert.ok(!conditionsTheInstrument('The {{Participants}} will exchange information on incidents within the limits of their available resources.'));
    assert.ok(conditionsTheInstrument('The activities under this Memorandum will be carried out subject to the available resources of each Participant.'));
    assert.ok(conditionsTheInstrument('Activities under this Memorandum will be carried out within the limits of their available resources.'));
  });

  it('near miss: a binding treaty is still offered nothing on its non-binding status', () => {
    const treaty = 'treaty "Agreement" {\n  status binding\n  effect on signature\n}\nparty EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\n';
    assert.equal(findingsOf(treaty, code).length, 0);
  });
});
