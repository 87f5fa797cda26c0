/**
 * Formatting joined a block of constructs at a time (features/format-blocks.ts), each block's
 * join kept while the parse reuses all its constructs, must give exactly what one run over the
 * whole text gives (`formatWholeText`) after edits above, inside and below declarations and
 * edits that move where declarations start and end (a declaration added, removed, repeated,
 * split in two or joined to the next). The blocks are made small here (a few constructs), so
 * that every sample has many and most edits leave some reused; each edit goes through the
 * service, which re-parses incrementally, as typing does.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { formatWholeText } from '../../server/src/language/features/format';
import { blockCounts, blockSizing } from '../../server/src/language/features/format-blocks';
import { layoutCounts } from '../../server/src/language/features/format-segments';
import type { FormattingOptions } from '../../server/src/language/features/types';
import { segmentsOfParse } from '../../server/src/language/syntax/parse';
import { createEntenteService } from '../../server/src/language/service';
import { ententeFiles } from './sessions/session-helpers';

const root = new URL('../../', import.meta.url).pathname;
const files = [...ententeFiles(join(root, 'samples')), ...ententeFiles(join(root, 'test/real-instruments'))];
const spaces: FormattingOptions = { tabSize: 2, insertSpaces: true };
const tabs: FormattingOptions = { tabSize: 4, insertSpaces: false };

const kinds = ['above', 'inside', 'below', 'add', 'remove', 'repeat', 'split', 'join', 'blank'] as const;
const edit = fc.record({ kind: fc.constantFrom(...kinds), at: fc.nat(), piece: fc.nat() });
type Edit = { kind: (typeof kinds)[number]; at: number; piece: number };

const insidePieces = [' ', 'x', '\n', '\n\n', '// note\n', ',', '"'];

/** Applies one edit, placed by the declarations (segments) of the text's current parse. */
function apply(text: string, starts: readonly number[], e: Edit): string {
  const k = starts.length === 0 ? 0 : e.at % starts.length;
  const start = starts[k] ?? 0;
  const end = starts[k + 1] ?? text.length;
  const piece = insidePieces[e.piece % insidePieces.length];
  switch (e.kind) {
    case 'above':
      return `${e.piece % 2 ? '// above\n' : '\n'}${text}`;
    case 'below':
      return `${text}${e.piece % 2 ? '\nparty Below "Below."\n' : '\n\n// below\n'}`;
    case 'inside': {
      // Somewhere in the declaration, after its first token (a blank there, when one is found).
      let at = start + 1 + (e.piece % Math.max(1, end - start - 1));
      if (e.piece % 3 !== 0) while (at < end && !/\s/.test(text[at])) at++;
      return text.slice(0, at) + piece + text.slice(at);
    }
    case 'add':
      return `${text.slice(0, start)}participant ZZ${e.piece % 7} "Added"${e.piece % 2 ? ' {\n  kind national-cert\n}' : ''}\n\n${text.slice(start)}`;
    case 'remove':
      return text.slice(0, start) + text.slice(end);
    case 'repeat':
      return text.slice(0, end) + text.slice(start, end) + text.slice(end);
    case 'split': {
      // A declaration keyword put into the middle of one: where one construct ends moves.
      const at = start + Math.floor((end - start) / 2);
      return `${text.slice(0, at)}\n}\nparty Split "x" {\n${text.slice(at)}`;
    }
    case 'join': {
      // The line break before the next declaration goes: two constructs on one line.
      let at = end;
      while (at > start && /\s/.test(text[at - 1])) at--;
      return text.slice(0, at) + ' ' + text.slice(end);
    }
    case 'blank':
      return text.slice(0, end) + (e.piece % 2 ? '\n\n\n' : '') + text.slice(end).replace(/^\s+/, e.piece % 3 ? ' ' : '\n');
  }
}

describe('formatting joined by block', () => {
  const sizing = { ...blockSizing };
  before(() => Object.assign(blockSizing, { every: 3, most: 5 }));
  after(() => Object.assign(blockSizing, sizing));

  it(`equals one run over the whole text after edits above, inside and below declarations and edits that move their bounds (${files.length} files)`, function () {
    this.timeout(300000);
    const service = createEntenteService();
    let reused = 0;
    let clean = 0;
    for (const [i, path] of files.entries()) {
      const original = readFileSync(path, 'utf8');
      const uri = `file:///w/blocks-${i}.entente`;
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), fc.boolean(), (edits, ahead) => {
          let text = original;
          let version = 1;
          service.open(uri, text, version);
          const options = i % 3 === 2 ? tabs : spaces;
          assert.deepStrictEqual(service.format(uri, options), formatWholeText(text, options));
          for (const e of edits) {
            const starts = (segmentsOfParse(service.parse(uri)!) ?? []).map((s) => s.start);
            text = apply(text, starts, e);
            service.update(uri, text, ++version);
            if (ahead) for (const _ of service.formattingSteps(uri, options));
            const joined = blockCounts.joined;
            const got = service.format(uri, options);
            if (service.parse(uri)!.problems.length === 0) clean++;
            if (blockCounts.joined === joined) reused++;
            assert.deepStrictEqual(got, formatWholeText(text, options), `${relative(root, path)} after ${JSON.stringify(edits)}`);
          }
          service.close(uri);
        }),
        { seed: Number(process.env.FORMAT_SEED ?? 11), numRuns: Number(process.env.FORMAT_RUNS ?? 6) },
      );
    }
    // The comparisons must be mostly of the house layout (error-free texts), and include reuse.
    assert.ok(clean > 1000, `${clean} error-free texts compared`);
    if (process.env.FORMAT_COUNTS) console.log(`${clean} error-free, ${reused} joined no block afresh`);
    assert.ok(reused > 0, `${reused} formattings joined no block afresh`);
  });

  it('joins a reused block again when the declaration after it gains or loses a block (a comment under its last declaration moves)', () => {
    // Each participant's trailing comment gets a blank line above it when the next one has a
    // block: the block before a toggled participant is reused, but not its join.
    const declaration = (k: number, large: boolean) => `participant P${k} "Party ${k}"${large ? ' {\n  kind national-cert\n}' : ''}\n// about P${k + 1}\n`;
    const count = 24;
    const textWith = (large: number) => Array.from({ length: count }, (_, k) => declaration(k, k === large)).join('');
    const service = createEntenteService();
    const uri = 'file:///w/toggle.entente';
    service.open(uri, textWith(-1), 1);
    let version = 1;
    for (let large = 0; large < count; large++) {
      for (const text of [textWith(large), textWith(-1)]) {
        service.update(uri, text, ++version);
        assert.deepStrictEqual(service.format(uri, spaces), formatWholeText(text, spaces), `participant ${large} ${text.includes('{') ? 'gains' : 'loses'} its block`);
      }
    }
  });

  it('after a keystroke in a long document, joins again only the block the keystroke re-parsed', () => {
    Object.assign(blockSizing, sizing);
    try {
      const declaration = (k: number) => `participant P${k} "Party ${k}" {\n  kind national-cert\n}\n\n`;
      let text = Array.from({ length: 2000 }, (_, k) => declaration(k)).join('').replace(/\n+$/, '\n');
      const service = createEntenteService();
      const uri = 'file:///w/long.entente';
      service.open(uri, text, 1);
      // Laid out and joined ahead while the server is idle (lsp/formatting-ahead.ts): the request joins nothing.
      const steps = [...service.formattingSteps(uri, spaces)];
      assert.ok(steps.length > 1000 / 64, `${steps.length} steps`);
      const ahead = blockCounts.joined;
      assert.deepStrictEqual(service.format(uri, spaces), []);
      assert.equal(blockCounts.joined, ahead, 'no block joined by the request');
      const at = text.indexOf('"Party 1000') + 1;
      for (let i = 0; i < 3; i++) {
        text = text.slice(0, at) + 'x' + text.slice(at);
        service.update(uri, text, i + 2);
        const [joined, laidOut] = [blockCounts.joined, layoutCounts.computed];
        assert.deepStrictEqual(service.format(uri, spaces), []);
        assert.equal(layoutCounts.computed - laidOut, 1, 'one construct laid out again');
        assert.ok(blockCounts.joined - joined <= 2, `${blockCounts.joined - joined} blocks joined again (of about ${2000 / sizing.every})`);
      }
      // A misplaced brace line: the edit's one block changes, and the result still equals a fresh layout.
      text = text.replace('"Party 1500" {\n  kind', '"Party 1500" {\n      kind');
      service.update(uri, text, 10);
      const joined = blockCounts.joined;
      const edits = service.format(uri, spaces);
      assert.deepStrictEqual(edits, formatWholeText(text, spaces));
      assert.equal(edits.length, 1);
      assert.ok(blockCounts.joined - joined <= 2);
    } finally {
      Object.assign(blockSizing, { every: 3, most: 5 });
    }
  });
});
