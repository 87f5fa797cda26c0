import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtInLibrary } from '../../server/src/language/library/builtin-library';
import { diffClause, matchesApproved } from '../../server/src/language/library/clause-diff';
import { parseLibraryFile } from '../../server/src/language/library/library-file';
import { applyCodeFix } from '../helpers/edits';
import { checkNoDiagnostics, diagnose } from '../helpers/fixture';

const header = 'memorandum "MoU on Cyber Security Cooperation" { status non-binding }\nparticipant EE "Estonia"\nparticipant FI "Finland"\n';

describe('library-clause-edited', () => {
  it('hints on the body of a copy whose words changed, over the whole body', () => {
    const found = diagnose(`${header}clause Costs from library "costs/mou" """
  1. Each Participant will bear its own costs arising from its activities under this Memorandum.
"""
`).filter((d) => d.code === 'library-clause-edited');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'hint');
    assert.deepEqual(found[0].range, { start: { line: 3, character: 38 }, end: { line: 5, character: 3 } });
    // The message names the version of the approved text it was compared with.
    const version = builtInLibrary().get('costs/mou')!.version;
    assert.ok(found[0].message.includes(`"costs/mou" (version ${version})`), found[0].message);
  });

  it('stays quiet for a copy that differs only in spacing and line breaks', () => {
    const text = builtInLibrary().get('costs/mou')!.text.replace(/\{\{participant\}\}/g, 'Participant').replace(/\{\{Participants\}\}/g, 'Participants').replace(/\{\{instrument\}\}/g, 'Memorandum');
    checkNoDiagnostics(`${header}clause Costs from library "costs/mou" """\n${text.replace(/ /g, '\n    ')}\n"""\n`, ['library-clause-edited']);
  });

  it('accepts placeholders the drafter filled, but not document words changed', () => {
    const clause = builtInLibrary().get('termination/mou')!;
    const filled = clause.text.replace(/\{\{notice\}\}/g, 'three months').replace(/\{\{participant\}\}/g, 'Participant').replace(/\{\{Participants\}\}/g, 'Participants').replace(/\{\{instrument\}\}/g, 'Memorandum');
    assert.equal(matchesApproved(clause, undefined, filled), true);
    assert.equal(matchesApproved(clause, undefined, filled.replace('Memorandum', 'Agreement')), false);
    assert.equal(matchesApproved(clause, undefined, filled.replace('three months', '')), false);
    assert.equal(matchesApproved(clause, undefined, filled + ' Extra sentence.'), false);
  });

  it('offers to drop the copy (preferred) or to restore the approved text, and both clear the hint', () => {
    const text = `${header}clause Costs from library "costs/mou" """\n  Each Participant will pay.\n"""\n`;
    const finding = diagnose(text).find((d) => d.code === 'library-clause-edited');
    assert.ok(finding);
    assert.equal(finding.fixes.length, 2);
    for (const fix of finding.fixes) {
      const edit = fix.edits[0];
      const lines = text.split('\n');
      const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
      const fixed = text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
      assert.deepEqual(diagnose(fixed).filter((d) => d.code === 'library-clause-edited' || d.code === 'syntax-error').map((d) => d.code), [], fix.title);
    }
  });
});

describe('diffClause', () => {
  it('shows removed words struck through and added words in bold, ignoring spacing', () => {
    assert.equal(diffClause('Each Participant will bear its own costs.', 'Each  Participant shall\nbear its own costs.'), 'Each Participant ~~will~~ **shall** bear its own costs.');
    assert.equal(diffClause('a b c', 'a b c d'), 'a b c **d**');
    assert.match(diffClause('same text', ' same\n text '), /No difference/);
  });

  it('escapes Markdown in words so a clause cannot break the hover', () => {
    assert.equal(diffClause('use *stars*', 'use _under_'), 'use ~~\\*stars\\*~~ **\\_under\\_**');
  });
});

describe('library-clause-superseded (eighteenth red team item 6)', () => {
  const probe = readFileSync('test/probes/eighteenth/nlbe-civil-protection-mou-quickfixes.entente', 'utf8');

  it('purpose-limitation/mou limits use to the purposes for which information was provided, as its treaty twin does', () => {
    const clause = builtInLibrary().get('purpose-limitation/mou')!;
    assert.equal(clause.version, '2.0.0');
    assert.match(clause.text, /only for the purposes for which it was provided/);
    assert.doesNotMatch(clause.text, /cyber|networks and information systems/);
    assert.match(builtInLibrary().get('purpose-limitation/treaty')!.text, /only for the purposes for which it was provided/);
  });

  it('warns on a copy of version 1.1.0 (the quick fix inserted it in the civil-protection MoU), says why it was replaced, and offers the current text', () => {
    const found = diagnose(probe).filter((d) => d.code.startsWith('library-clause-'));
    assert.deepEqual(found.map((d) => `${d.code} ${d.severity} ${probe.split('\n')[d.range.start.line]}`), ['library-clause-superseded warning clause PurposeLimitation from library "purpose-limitation/mou" """']);
    assert.match(found[0].message, /version 1\.1\.0 of "purpose-limitation\/mou", which version 2\.0\.0 replaces: it confined the use of any information/);
    for (const fix of found[0].fixes) {
      const fixed = applyCodeFix(probe, fix);
      assert.deepEqual(diagnose(fixed).filter((d) => d.code.startsWith('library-clause-')).map((d) => d.code), [], fix.title);
    }
  });

  it('keeps an edit of the drafter\'s an edit (a hint), and a broken earlier-text entry never costs the clause', () => {
    const edited = probe.replace('for no other purpose without', 'for no other purpose at all without');
    assert.deepEqual(diagnose(edited).filter((d) => d.code.startsWith('library-clause-')).map((d) => d.code), ['library-clause-edited']);
    const entry = { ...builtInLibrary().get('costs/mou')!, origin: undefined, heading: undefined, superseded: [{ version: '1.0.0', text: 'old' }] };
    const result = parseLibraryFile(JSON.stringify({ clauses: [entry] }), 'team.clauses.json', 'team');
    assert.equal(result.clauses.length, 1);
    assert.equal(result.clauses[0].superseded, undefined);
    assert.match(result.problems[0].message, /"reason" it was replaced/);
  });
});

describe('library-clause-superseded: the copies the eighteenth red team inserted before the texts were corrected', () => {
  for (const [name, id] of [
    ['nlse-1984-classification-equivalence-quickfix', 'classification-equivalence/treaty'],
    ['nlse-1984-mou-implementing-equivalence', 'classification-equivalence/mou-implementing'],
    ['nljp-languages-treaty-quickfix-prevailing', 'languages/treaty'],
  ]) {
    it(`${name}: its copy of "${id}" is an earlier approved text`, () => {
      const text = readFileSync(`test/probes/eighteenth/${name}.entente`, 'utf8');
      // The 1984 treaty's copy of other-obligations/treaty is an earlier text too since 1.1.0 (the
      // Union named as on the day: second quick-fix review, item 4; test/features/fix-review-2.test.ts).
      const found = diagnose(text).filter((d) => d.code.startsWith('library-clause-') && d.message.includes(`"${id}"`));
      assert.deepEqual(found.map((d) => d.code), ['library-clause-superseded']);
      assert.match(found[0].message, new RegExp(`of "${id}", which version 2\\.0\\.0 replaces`));
    });
  }
});
