/**
 * The quick fixes of the missing-clause rules, applied: each rule's library fix (from a small
 * in-test library with one clause per topic and wording) and its header fix must clear the
 * diagnostic without introducing a syntax error.
 */
import assert from 'node:assert/strict';
import type { ClauseLibrary, LibraryClause, Wording } from '../../server/src/language/library/library-types';
import { topicNames, type ClauseTopic } from '../../server/src/language/model/topics';
import { libraryFixTitlePrefix } from '../../server/src/language/rules/support/fixes';
import { missingClauseRules } from '../../server/src/language/rules/registry';
import { diagnose } from '../helpers/fixture';
import { applyCodeFix } from '../helpers/edits';
import { clauseFittingTexts } from '../helpers/fix-review';

function clause(topic: ClauseTopic, wording: Wording, extra: Partial<LibraryClause> = {}): LibraryClause {
  return {
    id: `${topic}/${wording}`,
    title: `${topic} (${wording})`,
    heading: topic,
    wording,
    kinds: [],
    topics: [topic],
    satisfies: [],
    text: `The ${wording === 'treaty' ? 'Parties shall' : 'Participants will'} address ${topic}.`,
    placeholders: [],
    rationale: 'test',
    source: 'test',
    status: 'approved',
    version: '1',
    origin: 'built-in',
    ...extra,
  };
}

function library(clauses: readonly LibraryClause[]): ClauseLibrary {
  return {
    get: (id) => clauses.find((c) => c.id === id),
    all: () => clauses,
    forTopic: (topic, wording) =>
      clauses.filter((c) => c.topics.includes(topic)).sort((a, b) => Number(b.wording === wording) - Number(a.wording === wording)),
    problems: [],
  };
}

// MC20 judges what the safeguards say, so a placeholder text cannot satisfy it; like the built-in
// transfer-safeguards clauses, the stand-in declares that it does.
const extra = (t: ClauseTopic): Partial<LibraryClause> =>
  t === 'transfer-safeguards' ? { satisfies: ['MC20'] } : t === 'contact-24-7' ? { subject: 'criminal-justice' } : {};
const fullLibrary = library(topicNames.flatMap((t) => [clause(t, 'treaty', extra(t)), clause(t, 'mou', extra(t))]));


function codesOf(text: string, lib: ClauseLibrary = fullLibrary): string[] {
  return diagnose(text, { library: lib }).map((d) => d.code);
}

/**
 * Completed in the protocol itself, never by a clause beside it (quick-fix review, item 6); or a
 * note beside a costs clause the text has, where a second, general costs clause would read against
 * it (missing-body-costs: "borne by the intervening State" beside "each Party shall bear its own costs").
 */
const noLibraryFix: ReadonlySet<string> = new Set(['missing-incident-notification-terms', 'missing-body-costs']);

describe('missing-clause quick fixes', () => {
  for (const rule of missingClauseRules.filter((r) => !noLibraryFix.has(r.code))) {
    it(`${rule.code}: the library fix inserts a linked clause that clears the diagnostic`, () => {
      const text = clauseFittingTexts[rule.code] ?? rule.example.trigger;
      const finding = diagnose(text, { library: fullLibrary }).find((d) => d.code === rule.code);
      assert.ok(finding, `${rule.code} not reported`);
      const fix = finding.fixes.find((f) => f.title.startsWith(libraryFixTitlePrefix));
      assert.ok(fix, `${rule.code} offers no library fix`);
      const fixed = applyCodeFix(text, fix);
      assert.match(fixed, /\nclause [A-Z][A-Za-z0-9]* from library "[a-z0-9-]+\/(mou|treaty)"\n$/);
      const after = codesOf(fixed);
      assert.ok(!after.includes(rule.code), `${rule.code} still reported after the fix:\n${fixed}`);
      assert.ok(!after.includes('syntax-error'), `the fix broke the syntax:\n${fixed}`);
      assert.ok(!after.includes('unknown-library-clause'), 'the inserted library id does not resolve');
    });
  }

  for (const rule of missingClauseRules) {
    const header = diagnose(rule.example.trigger)
      .find((d) => d.code === rule.code)
      ?.fixes.find((f) => !f.title.startsWith(libraryFixTitlePrefix));
    if (!header) continue;
    it(`${rule.code}: the statement fix "${header.title}" clears the diagnostic`, () => {
      const fixed = applyCodeFix(rule.example.trigger, header);
      const after = codesOf(fixed);
      assert.ok(!after.includes(rule.code), `${rule.code} still reported after the fix:\n${fixed}`);
      assert.ok(!after.includes('syntax-error'), `the fix broke the syntax:\n${fixed}`);
    });
  }

  it('picks the clause in the instrument’s wording', () => {
    const finding = diagnose('treaty "T" {\n  effect on signature\n}\n', { library: fullLibrary }).find((d) => d.code === 'missing-termination')!;
    assert.equal(finding.fixes[0].title, `${libraryFixTitlePrefix} "termination (treaty)" (termination/treaty)`);
    assert.equal(finding.fixes[0].edits[0].newText, '\nclause Termination from library "termination/treaty"\n');
  });

  it('offers no library fix when the library has no clause on the topic, or only a deprecated one', () => {
    const text = 'memorandum "MoU" {\n  status non-binding\n}\nparticipant EE "Estonia"\nexercise Shield annually led by EE\n';
    for (const lib of [library([]), library([clause('costs', 'mou', { status: 'deprecated' })])]) {
      const finding = diagnose(text, { library: lib }).find((d) => d.code === 'missing-costs')!;
      assert.deepEqual(finding.fixes, []);
    }
  });

  it('renders placeholders from the document into the clause body', () => {
    const costs = clause('costs', 'mou', { text: 'Each {{participant}} will bear its own costs of {{activity}}.', placeholders: [{ name: 'activity', description: 'what', default: 'cooperation' }] });
    const text = 'memorandum "MoU" {\n  status non-binding\n}\nparticipant EE "Estonia"\nexercise Shield annually led by EE\n';
    const finding = diagnose(text, { library: library([costs]) }).find((d) => d.code === 'missing-costs')!;
    const fixed = applyCodeFix(text, finding.fixes[0]);
    assert.ok(fixed.endsWith('\nclause Costs from library "costs/mou" """\n  Each Participant will bear its own costs of cooperation.\n"""\n'), fixed);
    assert.ok(!codesOf(fixed, library([costs])).includes('missing-costs'));
  });

  it('accepts a library clause that declares it satisfies the rule, by code or catalogue id', () => {
    const text = 'memorandum "MoU" {\n  status non-binding\n}\nparticipant EE "Estonia"\nexercise Shield annually led by EE\nclause Money from library "finance/mou"\n';
    for (const satisfies of [['missing-costs'], ['MC22']]) {
      const finance = clause('purpose', 'mou', { id: 'finance/mou', satisfies });
      assert.ok(!codesOf(text, library([finance])).includes('missing-costs'), satisfies[0]);
    }
    assert.ok(codesOf(text, library([clause('purpose', 'mou', { id: 'finance/mou' })])).includes('missing-costs'));
  });

  it('chooses a fresh clause id when the natural one is taken', () => {
    // `Contact247` names no topic, so a clause with that id leaves MC13 unsatisfied.
    const text = 'participant EE "Estonia" { kind state jurisdiction EE }\nassistance { basis budapest-35 }\nclause Contact247 about Costs "…"\n';
    const finding = diagnose(text, { library: fullLibrary }).find((d) => d.code === 'missing-24-7-contact')!;
    assert.equal(finding.fixes[0].edits[0].newText, '\nclause Contact2472 from library "contact-24-7/mou"\n');
  });

  it('separates the inserted clause from a last line without a line break', () => {
    const text = 'memorandum "MoU" {\n  status non-binding\n}\nparticipant EE "Estonia"\nexercise Shield annually led by EE';
    const finding = diagnose(text, { library: fullLibrary }).find((d) => d.code === 'missing-costs')!;
    assert.equal(applyCodeFix(text, finding.fixes[0]), `${text}\n\nclause Costs from library "costs/mou"\n`);
  });

  it('adds no header statement before a `}` that an unclosed string holds (the long run found it)', () => {
    // The header's last `}` is the end of the unclosed "x}: a statement inserted before it would
    // be part of the string, and the finding would stay.
    for (const line of ['LT"HY6G}', '  disputes by consultation "x}']) {
      const text = `arrangement "A" {\n  status non-binding\n  effect on signature\n${line}\n\nparticipant EE "Estonia"\n`;
      const finding = diagnose(text).find((d) => d.code === 'missing-amendment');
      assert.ok(finding, 'missing-amendment is reported');
      assert.deepEqual(finding.fixes.map((f) => f.title).filter((t) => t.includes('to the header')), []);
    }
    const closed = diagnose('arrangement "A" {\n  status non-binding\n  effect on signature\n}\nparticipant EE "Estonia"\n').find((d) => d.code === 'missing-amendment')!;
    assert.ok(closed.fixes.some((f) => f.title === 'Add `amendment by written decision` to the header'));
  });

  it('adds no second statement of a kind the header already has, broken (the long run found it)', () => {
    // `status 9mY9non-binding` is a status statement with no status in it: the rules read the
    // first status statement, so a second one would leave undeclared-status where it is.
    const broken = diagnose('memorandum "M" {\n  status 9mY9non-binding\n  effect on signature\n  registration article-102\n}\nparticipant EE "Estonia"\nparticipant FI "Finland"\n').find((d) => d.code === 'undeclared-status');
    assert.ok(broken, 'undeclared-status is reported');
    assert.deepEqual(broken.fixes.filter((f) => f.title.includes('to the header')).map((f) => f.title), []);
    const missing = diagnose('memorandum "M" {\n  effect on signature\n  registration article-102\n}\nparticipant EE "Estonia"\nparticipant FI "Finland"\n').find((d) => d.code === 'undeclared-status')!;
    assert.ok(missing.fixes.some((f) => f.title === 'Add `status non-binding` to the header'));
  });
});
