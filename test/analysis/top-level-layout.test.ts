/**
 * Where a quick fix may insert a declaration is read from the parse's segments, each segment's
 * summary kept with the segment its tokens were lexed in and moved with it (pa45,
 * rules/support/top-level-layout.ts). It must be the layout read from every token of the text
 * (`layoutFromTokens`): after random edits applied one after another to incremental parses —
 * braces, prose blocks and comments opened and closed, declarations cut short, lines added above
 * kept segments — and in the service, where an undefined term's definition is inserted.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createEntenteService } from '../../server/src/language/service';

import { insideSpanAt, layoutFromTokens, measureLayout, type Layout } from '../../server/src/language/rules/support/top-level-layout';
import { parse, type ParseResult } from '../../server/src/language/syntax/parse';
import { reparse } from '../../server/src/language/syntax/reparse';
import { diagnosticsOf, fresh, uri } from '../helpers/follow-edits';

const root = new URL('../../', import.meta.url).pathname;
const samples = ['samples/review-me.entente', 'samples/cert-cert-mou.entente', 'samples/baltic-cyber-convention.entente', 'samples/au-in-framework.entente'].map((path) => readFileSync(join(root, path), 'utf8'));

/** What the layout reads of a model: its parse, line index and tree. */
const modelOf = (parsed: ParseResult) => ({ parsed, lines: parsed.lines, ast: parsed.ast, text: parsed.lines.text }) as unknown as Parameters<typeof measureLayout>[0];

/** The layout as plain data, with the answer of `insideSpanAt` at every offset of the text. */
function seen(l: Layout, length: number) {
  const inside: number[] = [];
  for (let offset = 0; offset <= length; offset++) if (insideSpanAt(l, offset)) inside.push(offset);
  return { openAt: l.openAt, starts: l.starts, maxEnds: l.maxEnds, headers: [...l.headers], inside };
}

/** The top-level nodes as the layout read them before pa45 (objects sorted by start): what `starts`, `maxEnds` and `headers` must say. */
function nodesAsSorted(model: ReturnType<typeof modelOf>) {
  const ast = model.ast;
  const nodes = [
    ...ast.instruments.map((n) => ({ start: model.lines.offsetAt(n.range.start), end: model.lines.offsetAt(n.range.end), header: true })),
    ...ast.declarations.map((n) => ({ start: model.lines.offsetAt(n.range.start), end: model.lines.offsetAt(n.range.end), header: false })),
  ].sort((a, b) => a.start - b.start);
  const maxEnds: number[] = [];
  for (const node of nodes) maxEnds.push(Math.max(node.end, maxEnds.at(-1) ?? 0));
  return { starts: nodes.map((n) => n.start), maxEnds, headers: nodes.filter((n) => n.header).map((n) => n.start) };
}

const fragments = ['{', '}', '"""', '"', '/*', '*/', '//', '\n', '\n\n', 'x', ' ', 'clause', 'channel', '} party X {', 'define "T" means "t"\n', 'clause C """\n  a\n"""\n', 'treaty "T" {\n}\n'];

describe('top-level layout read from the segments (pa45)', () => {
  it('equals the layout read from every token, after random edits of incremental parses (fast-check)', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(30)), piece: fc.nat({ max: fragments.length - 1 }) });
    fc.assert(
      fc.property(fc.nat({ max: samples.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 5 }), (which, edits) => {
        let text = samples[which];
        let current = parse(text);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + fragments[e.piece] + text.slice(at + e.remove);
          current = reparse(current, text);
          const model = modelOf(current);
          const read = seen(measureLayout(model), text.length);
          assert.deepStrictEqual(read, seen(layoutFromTokens(model), text.length), JSON.stringify({ which, edits }));
          assert.deepStrictEqual({ starts: read.starts, maxEnds: read.maxEnds, headers: read.headers }, nodesAsSorted(model), JSON.stringify({ which, edits }));
        }
      }),
      { seed: Number(process.env.PA45_SEED ?? 45), numRuns: Number(process.env.PA45_RUNS ?? 40) },
    );
  });

  it('an undefined term’s definition is inserted where a fresh service inserts it, while braces, prose and comments open and close (fast-check)', () => {
    const start = `treaty "Agreement on Information" {
  status binding
}
party EE "Estonia"
party FI "Finland"
define "Incident" means "an event"
clause Share "Sharing" """
  Each Party shall report each Incident through the "Sharing Platform".
"""
clause Meet "Meetings" """
  The Parties shall meet.
"""
`;
    const pieces = ['x', '{', '}', '"""', '/*', '*/', '\n', 'channel', 'define "Board" means "the board"\n', '"Contact Point"'];
    const edit = fc.record({ at: fc.nat(), remove: fc.oneof(fc.constant(0), fc.nat(4)), piece: fc.nat({ max: pieces.length - 1 }), prose: fc.boolean() });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const live = createEntenteService({ readFile: () => undefined });
        let text = start;
        live.open(uri, text, 1);
        diagnosticsOf(live);
        edits.forEach((e, i) => {
          // Half the edits are keystrokes in the last clause's prose, the rest anywhere.
          const prose = text.lastIndexOf('"""\n  ');
          const at = e.prose && prose >= 0 ? prose + 6 + (e.at % 9) : e.at % (text.length + 1);
          text = e.prose ? text.slice(0, at) + 'x' + text.slice(at) : text.slice(0, at) + pieces[e.piece] + text.slice(at + e.remove);
          live.update(uri, text, i + 2);
          assert.deepStrictEqual(diagnosticsOf(live), fresh(text), JSON.stringify(edits));
        });
      }),
      { seed: Number(process.env.PA45_SEED ?? 45), numRuns: Number(process.env.PA45_RUNS ?? 40) },
    );
  });
});
