/**
 * Formatting construct by construct (features/format-segments.ts), with the edits of the
 * constructs an edit did not touch reused, must give exactly what one run over the whole text
 * gives (`formatWholeText`). Random edits (seeded) on every sample and fixture, each re-parsed
 * incrementally from the previous parse as the service does, so reused constructs — and their
 * kept edits — are reused again; most edits only move whitespace and comments, so that the
 * text stays free of errors and the house layout (not the re-indentation) is what is compared.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { formatText, formatWholeText } from '../../server/src/language/features/format';
import { layoutBySegment } from '../../server/src/language/features/format-blocks';
import { layoutCounts } from '../../server/src/language/features/format-segments';
import type { FormattingOptions } from '../../server/src/language/features/types';
import { parse } from '../../server/src/language/syntax/parse';
import { reparse } from '../../server/src/language/syntax/reparse';
import { createEntenteService } from '../../server/src/language/service';
import { ententeFiles } from './sessions/session-helpers';

const root = new URL('../../', import.meta.url).pathname;

const files = [...ententeFiles(join(root, 'samples')), ...ententeFiles(join(root, 'test/real-instruments'))];
const spaces: FormattingOptions = { tabSize: 2, insertSpaces: true };
const tabs: FormattingOptions = { tabSize: 4, insertSpaces: false };

/** Layout-only pieces (put where there is whitespace already), and pieces that change the code. */
const layoutPieces = [' ', '\n', '\n\n', '\n\n\n', '\t', '   ', '// note\n', '\n// note\n', '/* c */', '\n/* a\n b */\n'];
const codePieces = ['{', '}', ',', 'x', '"', 'party', '\n}\nparty X "x" {\n'];

const edit = fc.record({
  at: fc.nat(),
  remove: fc.oneof(fc.constant(0), fc.nat(3)),
  layout: fc.boolean(),
  piece: fc.nat(),
});

/**
 * A layout edit starts at the next whitespace at or after `at` and removes only whitespace; a
 * code edit inserts anywhere.
 */
function apply(text: string, e: { at: number; remove: number; layout: boolean; piece: number }): string {
  let at = e.at % (text.length + 1);
  if (!e.layout || e.piece % 4 === 0) return text.slice(0, at) + codePieces[e.piece % codePieces.length] + text.slice(at + e.remove);
  while (at < text.length && !/\s/.test(text[at])) at++;
  const remove = /^\s*$/.test(text.slice(at, at + e.remove)) ? e.remove : 0;
  return text.slice(0, at) + layoutPieces[e.piece % layoutPieces.length] + text.slice(at + remove);
}

describe('formatting by construct', () => {
  it(`equals one run over the whole text after random edits of every sample and fixture (${files.length} files)`, function () {
    this.timeout(600_000); // every sample, fixture and transcription (215 files) edited at random: grows with the corpus; 108 s under load 27
    assert.ok(files.length > 40, 'the samples and fixtures were found');
    let clean = 0;
    for (const path of files) {
      const original = readFileSync(path, 'utf8');
      const first = parse(original);
      assert.equal(first.problems.length, 0, `${relative(root, path)} has no errors`);
      assert.ok(layoutBySegment(original, first, '  '), `${relative(root, path)} is laid out by construct`);
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
          let text = original;
          let current = first;
          for (const e of edits) {
            text = apply(text, e);
            current = reparse(current, text);
            if (current.problems.length === 0) clean++;
            const what = `${relative(root, path)} after ${JSON.stringify(edits)}`;
            assert.deepStrictEqual(formatText(text, spaces, undefined, current), formatWholeText(text, spaces), what);
            assert.deepStrictEqual(formatText(text, tabs, undefined, current), formatWholeText(text, tabs), `${what} (tabs)`);
          }
          const lastLines = { start: { line: 3, character: 0 }, end: { line: 12, character: 0 } };
          assert.deepStrictEqual(formatText(text, spaces, lastLines, current), formatWholeText(text, spaces, lastLines));
        }),
        { seed: Number(process.env.FORMAT_SEED ?? 5), numRuns: Number(process.env.FORMAT_RUNS ?? 12) },
      );
    }
    // Most edits must leave the text without errors, or the house layout is barely compared.
    assert.ok(clean > 500, `${clean} error-free texts compared`);
  });

  for (const [name, text] of [
    ['blank lines before the first declaration', '\n\n  participant EE "Estonia"\n\n\n participant FI "Finland"'],
    ['a comment alone', '// only a comment'],
    ['an empty text', ''],
    ['blank text', '   \n'],
    ['declarations on one line', 'participant EE "Estonia" participant FI "Finland" channel X between EE, FI { carries indicators } party Y "x"'],
    ['comments between declarations', '// lead\n\nparticipant EE "Estonia" // trailing\n// above\nchannel X between EE, EE { carries indicators }\n\n\n// end'],
    ['clause topics that are keywords', 'participant EE "Estonia"\nclause Scope about cooperation, party "Text."\nparticipant FI "Finland"\n'],
  ] as const) {
    it(`equals one run over the whole text: ${name}`, () => {
      const parsed = parse(text);
      assert.equal(parsed.problems.length, 0);
      assert.ok(layoutBySegment(text, parsed, '  '), 'laid out by construct');
      assert.deepStrictEqual(formatText(text, spaces, undefined, parsed), formatWholeText(text, spaces));
    });
  }

  it('lays out a reused construct again when the declaration after it gains a block', () => {
    // The comment under the first participant gets a blank line above it once the second has a
    // block: the first participant's kept edits depend on its neighbour.
    const before = 'participant EE "Estonia"\n// Finland\nparticipant FI "Finland"\n';
    const after = 'participant EE "Estonia"\n// Finland\nparticipant FI "Finland" { kind national-cert }\n';
    const first = parse(before);
    assert.deepStrictEqual(formatText(before, spaces, undefined, first), []);
    const second = reparse(first, after);
    assert.equal(second.ast.declarations[0], first.ast.declarations[0], 'the first participant is reused');
    const edits = formatText(after, spaces, undefined, second);
    assert.deepStrictEqual(edits, formatWholeText(after, spaces));
    assert.ok(edits.some((e) => e.newText.includes('\n')), 'a blank line goes above the comment');
  });

  it('laid out ahead (formattingSteps, run while the server is idle): the request lays out nothing more and equals one run over the whole text, also when interrupted and after random edits', function () {
    this.timeout(120000);
    const service = createEntenteService();
    let laidOutAhead = 0;
    for (const [i, path] of files.entries()) {
      const original = readFileSync(path, 'utf8');
      const uri = `file:///w/ahead-${i}.entente`;
      service.open(uri, original, 1);
      const options = i % 3 === 2 ? tabs : spaces;
      const ahead = layoutCounts.computed;
      for (const _ of service.formattingSteps(uri, options));
      laidOutAhead += layoutCounts.computed - ahead;
      const before = layoutCounts.computed;
      assert.deepStrictEqual(service.format(uri, options), formatWholeText(original, options), relative(root, path));
      assert.equal(layoutCounts.computed, before, `${relative(root, path)}: the request laid out no construct again`);
      fc.assert(
        fc.property(fc.array(fc.tuple(edit, fc.nat(4)), { minLength: 1, maxLength: 4 }), (edits) => {
          let text = original;
          let version = 1;
          service.update(uri, text, ++version);
          for (const [e, stepsAhead] of edits) {
            text = apply(text, e);
            service.update(uri, text, ++version);
            // The idle work is cut short by the next message: only some steps run.
            const steps = service.formattingSteps(uri, options);
            for (let k = 0; k < stepsAhead && !steps.next().done; k++);
            assert.deepStrictEqual(service.format(uri, options), formatWholeText(text, options), `${relative(root, path)} after ${JSON.stringify(edits)}`);
          }
        }),
        { seed: Number(process.env.FORMAT_SEED ?? 7), numRuns: Number(process.env.FORMAT_RUNS ?? 4) },
      );
      service.close(uri);
    }
    assert.ok(laidOutAhead > files.length * 5, `${laidOutAhead} constructs laid out ahead`);
  });

  it('lays a large document out ahead in steps, each a bounded number of constructs', () => {
    const declaration = (k: number) => `participant P${k} "Party ${k}" {\n  kind national-cert\n}\n\n`;
    const text = Array.from({ length: 500 }, (_, k) => declaration(k)).join('').replace(/\n+$/, '\n');
    const service = createEntenteService();
    const uri = 'file:///w/large.entente';
    service.open(uri, text, 1);
    const before = layoutCounts.computed;
    const steps = [...service.formattingSteps(uri, spaces)];
    assert.equal(layoutCounts.computed - before, 500, 'every construct laid out once');
    assert.ok(steps.length >= 5, `${steps.length} steps: the work can stop between them`);
    assert.deepStrictEqual([...service.formattingSteps(uri, spaces)], [], 'nothing left to lay out');
    assert.deepStrictEqual(service.format(uri, spaces), []);
    assert.equal(layoutCounts.computed - before, 500, 'the request laid out nothing again');
  });

  it('keeps each construct laid out through the service: typing in one declaration of a messy document', () => {
    const messy = readFileSync(join(root, 'samples/baltic-cyber-convention.entente'), 'utf8').replace(/\n\n/g, '\n').replace(/ \{/g, '{');
    const service = createEntenteService();
    const uri = 'file:///w/messy.entente';
    service.open(uri, messy, 1);
    let text = messy;
    const at = text.indexOf('"', text.indexOf('\nclause ')) + 1;
    for (let i = 0; i < 12; i++) {
      text = text.slice(0, at) + (i % 3 === 2 ? '\n' : 'w') + text.slice(at);
      service.update(uri, text, i + 2);
      assert.deepStrictEqual(service.format(uri, spaces), formatWholeText(text, spaces), `after keystroke ${i + 1}`);
    }
  });
});
