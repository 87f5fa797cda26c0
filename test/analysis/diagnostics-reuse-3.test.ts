/**
 * Answers kept for a declaration follow it when an edit above it moves it to other lines
 * (util/declaration-memo.ts `Follow`): Enter between or inside declarations, Backspace at the
 * start of a line, a paste of several lines. The declarations below are copies of their nodes
 * (syntax/shift.ts); what the rules found in them is taken from the node each was copied from —
 * as it is when it holds no position, moved as far when it does. Random line-inserting and
 * line-deleting edits (seeded), each version's diagnostics compared with a fresh service's,
 * ranges, related information and fixes included.
 */
import assert from 'node:assert/strict';
import { followCounts } from '../../server/src/language/util/declaration-memo';
import { followEdits } from '../helpers/follow-edits';

/**
 * Findings in many declarations: undefined terms (ranges), an unknown marking (a fix), the text's
 * own rule on use, a term only its own definition uses (its text is no use of it only when the
 * text's owner is the copy in the tree, not the node it was copied from), treaty wording in an
 * MoU, a passive notice, a number the export gives and a § name nothing declares (text nodes).
 */
const clauses = (n: number) =>
  [
    `define "${['Alpha', 'Bravo', 'Charlie', 'Delta'][n - 1]} Desk" means "the ${['Alpha', 'Bravo', 'Charlie', 'Delta'][n - 1]} Desk of each Participant"`,
    `clause Notice${n} """`,
    '  The Participants shall report each Incident through the "Sharing Platform".',
    '  They will use such information solely for the purposes of this Memorandum.',
    '"""',
    `channel Intel${n} between EE, FI {`,
    '  marking TLP:WHITE',
    '  breach procedure "The originator will be informed without delay."',
    '}',
    `clause Meetings${n} """The Participants will meet as paragraph 2 says, under §Costs${n} and §Nowhere${n}."""`,
    `clause Costs${n} "Costs" """Each Participant will bear its own costs of the "Data Hub"."""`,
    '',
  ].join('\n');
export const start = [
  'memorandum "Memorandum of Understanding on Cyber Security" {',
  '  status non-binding',
  '}',
  'participant EE "Estonia"',
  'participant FI "Finland"',
  'define "Incident" means "an event that compromises the security of a network"',
  '',
  ...[1, 2, 3, 4].map(clauses),
].join('\n');

/** A small seeded generator (mulberry32): the same edits on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const lineStarts = (t: string) => [0, ...[...t.matchAll(/\n/g)].map((m) => m.index + 1).filter((i) => i < t.length)];

/** One edit that adds or removes whole lines, as a drafter types it. */
function lineEdit(next: () => number): [string, (t: string) => string] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const kind = pick(['enter at a line start', 'enter at a line end', 'enter inside prose', 'backspace at a line start', 'paste of several lines', 'lines cut']);
  const where = next();
  return [
    kind,
    (t) => {
      const starts = lineStarts(t);
      const at = (list: readonly number[]) => list[Math.floor(where * list.length)] ?? t.length;
      switch (kind) {
        case 'enter at a line start': {
          const i = at(starts.filter((s) => s > 0));
          return t.slice(0, i) + '\n' + t.slice(i);
        }
        case 'enter at a line end': {
          const i = at(starts.filter((s) => s > 0)) - 1;
          return t.slice(0, i) + '\n' + t.slice(i);
        }
        case 'enter inside prose': {
          const i = at([...t.matchAll(/ the "/g)].map((m) => m.index));
          return t.slice(0, i) + '\n ' + t.slice(i);
        }
        case 'backspace at a line start': {
          // The line break before a blank line, or else before any line: the line joins the one above.
          const blank = starts.filter((s) => s > 0 && t[s] === '\n');
          const i = at(blank.length > 0 ? blank : starts.filter((s) => s > 0));
          return t.slice(0, i - 1) + t.slice(i);
        }
        case 'paste of several lines': {
          const i = at(starts.filter((s) => /^(?:clause|channel|define)\b/.test(t.slice(s, s + 7))));
          return t.slice(0, i) + 'clause Pasted """The "Exchange Desk" takes each Incident."""\n\n// pasted\n' + t.slice(i);
        }
        default: {
          // Two whole lines cut.
          const k = starts.indexOf(at(starts.filter((s) => s > 0)));
          return t.slice(0, starts[k]) + (k + 2 < starts.length ? t.slice(starts[k + 2]) : '');
        }
      }
    },
  ];
}

describe('answers kept per declaration follow it to other lines', () => {
  it('leave the diagnostics a fresh service gives after random line-inserting and line-deleting edits', function () {
    this.timeout(300000);
    const before = followCounts.followed;
    let findings = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const next = random(seed);
      const steps = Array.from({ length: 12 }, () => lineEdit(next));
      const seen = followEdits(start, steps, (ds) => ds.filter((d) => ['undefined-term', 'value-out-of-range', 'missing-purpose-limitation', 'unused-term', 'mou-binding-wording', 'passive-notification', 'generated-number-reference', 'unknown-provision-reference'].includes(String(d.code))).length);
      findings += seen.reduce((a, b) => a + b, 0);
    }
    assert.ok(findings > 100, `${findings} findings compared`);
    assert.ok(followCounts.followed - before > 500, `${followCounts.followed - before} answers followed a moved declaration`);
  });

  // A moved declaration's finding keeps its place in its declaration: below a new line, one line down.
  it('moves a kept undefined term one line down below a new line, and back', () => {
    const seen = followEdits(
      start,
      [
        ['enter above every clause', (t) => t.replace('participant FI', '\nparticipant FI')],
        ['the line removed', (t) => t.replace('\n\nparticipant FI', '\nparticipant FI')],
      ],
      (ds) => ds.filter((d) => d.code === 'undefined-term').map((d) => d.range.start.line)[0],
    );
    const line = start.split('\n').findIndex((l) => l.includes('"Sharing Platform"'));
    assert.deepStrictEqual(seen, [line + 1, line]);
  });
});
