/**
 * grammar/README.md is the drafters' language reference: its examples must work as written.
 * - Every fenced block that is Entente (info string `entente`, or none: the tour) parses without a
 *   syntax problem, and every closed word in it is one of its set.
 * - In the section on final clauses and parties, every inline example that starts with a keyword
 *   parses too, inside the block it belongs in (a header, a party, a body); the one the section
 *   says does not parse (`effect on last signature`) must still fail, or the section is wrong.
 * - Each formula of that section has an example the parser reads as that formula, and every word
 *   the section's formulas accept (closed or suggested) is listed there.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { EntenteDocument } from '../../server/src/language/ast/nodes';
import { topicNames } from '../../server/src/language/ast/topics';
import { classOpenness, inheritedItems, instrumentForms, meetingTerms, ordinalWords, originalsWords, renewalModes, signatureWords } from '../../server/src/language/ast/vocabulary';
import type { Slot } from '../../server/src/language/constructs/construct';
import { finalClauseSlots, includingKindWords } from '../../server/src/language/constructs/final-clauses';
import { closedWords } from '../../server/src/language/rules/support/closed-words';
import { parse } from '../../server/src/language/syntax/parse';

const readme = readFileSync(new URL('../../grammar/README.md', import.meta.url), 'utf8');
const sectionHeading = '## Final clauses and parties';

interface Block {
  readonly line: number;
  readonly text: string;
}

/** The fenced blocks with their info string and the line they start on. */
function fencedBlocks(markdown: string): (Block & { readonly info: string })[] {
  const blocks: (Block & { info: string })[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const end = lines.findIndex((l, j) => j > i && l.startsWith('```'));
    assert.ok(end > i, `grammar/README.md line ${i + 1}: unclosed code block`);
    blocks.push({ info: open[1], line: i + 1, text: lines.slice(i + 1, end).join('\n') + '\n' });
    i = end;
  }
  return blocks;
}

const ententeBlocks = (markdown: string) => fencedBlocks(markdown).filter((b) => b.info === '' || b.info === 'entente');

function section(markdown: string): string {
  const start = markdown.indexOf(sectionHeading);
  assert.ok(start >= 0, `grammar/README.md has no section "${sectionHeading}"`);
  const next = markdown.indexOf('\n## ', start + sectionHeading.length);
  return markdown.slice(start, next < 0 ? undefined : next);
}

/** Where an inline example goes to be a file, by its first word. */
function wrap(example: string): string | undefined {
  const first = example.split(/\s/)[0];
  const header = ['status', 'languages', 'signed', 'done', 'issued', 'effect', 'subsequently', 'provisional', 'opened', 'consent', 'form', 'duration', 'termination', 'withdrawal', 'discontinue', 'denunciation', 'incorporates', 'implements', 'entered'];
  const topLevel = ['treaty', 'memorandum', 'arrangement', 'protocol', 'declaration', 'party', 'participant', 'note', 'letter', 'body', 'clause', 'define'];
  if (header.includes(first)) return `treaty "T" {\n  ${example}\n}\n`;
  if (['kind', 'class', 'jurisdiction'].includes(first)) return `party P {\n  ${example}\n}\n`;
  if (first === 'meets') return `body B ${example}\n`;
  if (first === 'preservation') return `assistance {\n  ${example}\n}\n`;
  if (topLevel.includes(first)) return `${example}\n`;
  return undefined;
}

/** Inline code of the section outside its blocks that is a whole statement: not one word, no `<…>`, `[…]` or `…` placeholders. */
function inlineExamples(markdown: string): string[] {
  const prose = markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
  return [...prose.matchAll(/`([^`]+)`/g)].map((m) => m[1].replace(/\s+/g, ' ').trim()).filter((e) => e.includes(' ') && !/[<[…]/.test(e) && wrap(e) !== undefined);
}

/** The examples the section says do not parse. */
const documentedAsNotParsing = new Set(['effect on last signature']);

function problemsOf(text: string): string[] {
  const { ast, problems } = parse(text);
  const outOfRange = closedWords(ast)
    .filter((w) => w.word.value === undefined)
    .map((w) => `'${w.word.text}' is not a ${w.what}`);
  return [...problems.map((p) => `line ${p.range.start.line + 1}: ${p.message}`), ...outOfRange];
}

describe('grammar/README.md examples', () => {
  const blocks = ententeBlocks(readme);

  it('finds the tour and the blocks of the final-clause section', () => {
    assert.ok(blocks.length >= 8, `only ${blocks.length} Entente blocks found`);
    assert.ok(blocks.some((b) => b.text.includes('memorandum "Title"')), 'the tour is not among the blocks');
  });

  for (const block of blocks) {
    it(`the block at line ${block.line} parses, with every closed word in its set`, () => {
      assert.deepEqual(problemsOf(block.text), []);
    });
  }

  it('every inline example of the final-clause section parses, but the one it says does not', () => {
    const examples = inlineExamples(section(readme));
    assert.ok(examples.length >= 20, `only ${examples.length} inline examples found`);
    for (const example of examples) {
      const problems = problemsOf(wrap(example) ?? '');
      if (documentedAsNotParsing.has(example)) assert.ok(problems.length > 0, `the README says \`${example}\` does not parse, but it does`);
      else assert.deepEqual(problems, [], `\`${example}\``);
    }
    for (const example of documentedAsNotParsing) assert.ok(examples.includes(example), `the README no longer shows \`${example}\``);
  });

  it('the checks above would catch a broken example', () => {
    assert.ok(problemsOf(wrap('effect on first day of month following 3 months after') ?? '').length > 0);
    assert.ok(problemsOf(wrap('form exchange-of-note') ?? '').length > 0, 'a misspelt closed word');
    assert.deepEqual(
      ententeBlocks('x\n```entente\na\n```\n```sh\nb\n```\n```\nc\n```\n').map((b) => b.text),
      ['a\n', 'c\n'],
    );
  });
});

describe('grammar/README.md: the final-clause and party formulas', () => {
  const text = section(readme);
  const asts: EntenteDocument[] = ententeBlocks(text).map((b) => parse(b.text).ast);
  const instruments = asts.flatMap((a) => a.instruments);
  const parties = asts.flatMap((a) => a.parties);

  it('has an example of each formula, read as that formula', () => {
    const has: [string, boolean][] = [
      ['form', instruments.some((i) => i.form?.form?.value !== undefined)],
      ['opened for signature', instruments.some((i) => i.openedForSignature?.what?.value === 'signature')],
      ['subsequently', instruments.some((i) => i.subsequentEffect?.firstDay !== undefined)],
      ['provisional application … until … with notice', instruments.some((i) => i.provisionalApplication?.untilDate && i.provisionalApplication.endsOnNotice)],
      ['incorporates … from', instruments.some((i) => i.incorporations.some((c) => c.topics.length > 0 && c.source && c.articles))],
      ['implements … with', instruments.some((i) => (i.implements?.inherits.length ?? 0) > 0)],
      ['issued', instruments.some((i) => i.signature?.keyword.text === 'issued')],
      ['done … in single copy deposited with', instruments.some((i) => i.signature?.originals?.count === 1 && i.signature.depositedWith)],
      ['in duplicate', instruments.some((i) => i.signature?.originals?.word?.value === 'duplicate')],
      ['signed by X on …, by Y on …', instruments.some((i) => i.signature?.signer && (i.signature.more.length ?? 0) > 0)],
      ['first day of month following … after last … by N … including', instruments.some((i) => i.effect?.firstDay?.months === 1 && i.effect.afterLast && i.effect.count && i.effect.including)],
      ['first day of second month after notification by X', instruments.some((i) => i.effect?.firstDay?.months === 2 && i.effect.notifier)],
      ['effect on reply', instruments.some((i) => i.effect?.event?.value === 'reply')],
      ['effect after last signature', instruments.some((i) => i.effect?.event?.value === 'signature' && i.effect.afterLast)],
      ['renewable automatically … unless notice of at least', instruments.some((i) => i.duration?.renewal?.value === 'automatically' && i.duration.unless?.noticeMinimum)],
      ['renewable … unless <words>', instruments.some((i) => (i.duration?.unless?.words.length ?? 0) > 0)],
      ['termination with notice of at least', instruments.some((i) => i.termination?.noticeMinimum)],
      ['class open', parties.some((p) => p.classOf?.openness?.value === 'open')],
      ['class closed', parties.some((p) => p.classOf?.openness?.value === 'closed')],
      ['kind government', parties.some((p) => p.kind?.value === 'government')],
      ['note … answering', asts.some((a) => a.notes.some((n) => n.answers))],
      ['meets as-agreed, on-request, at least annually', asts.some((a) => a.bodies.some((b) => b.meetsAtLeast && b.meetingTerms.length >= 2))],
      ['meets periodically', asts.some((a) => a.bodies.some((b) => b.meetingTerms.some((t) => t.value === 'periodically')))],
    ];
    assert.deepEqual(has.filter(([, found]) => !found).map(([what]) => what), []);
  });

  const listed = (word: string) => text.includes(`\`${word}\``);
  /** The words a slot accepts: a closed slot's values and aliases, a suggested slot's words. */
  const wordsOf = (slot: Slot) => {
    if (slot.kind === 'closed') return [...slot.vocabulary.values, ...Object.keys(slot.vocabulary.aliases ?? {})];
    if (slot.kind === 'suggested') return Object.keys(slot.words);
    throw new Error(`a ${slot.kind} slot has no words`);
  };
  const sets: [string, readonly string[]][] = [
    ['form', instrumentForms.values],
    ['opened for', signatureWords.values],
    ['month ordinal', ordinalWords.values],
    ['number of originals', [...originalsWords.values, ...Object.keys(originalsWords.aliases ?? {}).filter((a) => a === 'one' || a === 'five')]],
    ['renewal', renewalModes.values],
    ['class', classOpenness.values],
    ['meeting', [...meetingTerms.values, ...Object.keys(meetingTerms.aliases ?? {})]],
    ['what an implementing arrangement takes from its treaty', inheritedItems.values],
    ['subject of incorporates (clause topic)', topicNames],
    ['event after `after`', wordsOf(finalClauseSlots['effectAnchor.event'])],
    ['word after `on`', wordsOf(finalClauseSlots['timing.onEvent'])],
    ['noun after `by <n>`', wordsOf(finalClauseSlots['effectAnchor.countNoun'])],
    ['word after `including <n>`', [...includingKindWords]],
    ['end of provisional application', wordsOf(finalClauseSlots['provisionalItem.untilEvent'])],
    ['noun of the originals', wordsOf(finalClauseSlots['originals.noun'])],
  ];
  for (const [what, values] of sets) {
    it(`lists every ${what}`, () => {
      assert.ok(values.length > 0);
      assert.deepEqual(values.filter((v) => !listed(v)), [], `grammar/README.md does not list these: add them to "${sectionHeading}"`);
    });
  }
});
