/**
 * What editor requests read instead of recomputing the whole document (issue 11 item 2): the
 * tokens kept with the parse (completion and hover never lex again, and look the cursor up by
 * binary search), position indexes of names and references, the latest finished diagnostics
 * for hover, and models rebuilt only when a document they read changed. Each is held to the
 * whole-document computation it replaces, over every sample and random positions (seeded).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IToken } from 'chevrotain';
import { rangeContains, type Position, type Range } from '../../server/src/language/ast/positions';
import { expectedAt, placeCursor, startsDeclaration, type CursorPlace } from '../../server/src/language/features/completion-context';
import { formatText } from '../../server/src/language/features/format';
import { referenceAt, symbolAt } from '../../server/src/language/features/locate';
import { isSymbolReference, type DeclaredSymbol, type SymbolReference } from '../../server/src/language/model/symbols';
import { createEntenteService } from '../../server/src/language/service';
import { ententeLexer } from '../../server/src/language/syntax/lexer';
import { parse } from '../../server/src/language/syntax/parse';
import { tokenTouching } from '../../server/src/language/syntax/token-search';
import * as T from '../../server/src/language/syntax/tokens';

const samplesDir = join(import.meta.dirname, '../../samples');
const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.entente')).map((f) => readFileSync(join(samplesDir, f), 'utf8'));

/** A small seeded generator (mulberry32), so a failure names a reproducible case. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The cursor lookup as it was before tokens were kept: lex everything, scan every token. */
function placeCursorByScan(text: string, offset: number): CursorPlace {
  const lexed = ententeLexer.tokenize(text);
  for (const c of lexed.groups.comments ?? []) {
    const end = c.startOffset + c.image.length;
    if (c.startOffset < offset && (offset < end || (offset === end && (c.tokenType === T.LineComment || c.tokenType === T.UnterminatedComment)))) {
      return { kind: 'comment', before: text.slice(c.startOffset, offset) };
    }
  }
  const tokens = lexed.tokens;
  const index = tokens.findIndex((t) => t.startOffset < offset && offset <= t.startOffset + t.image.length);
  const token = index >= 0 ? tokens[index] : undefined;
  if (token) {
    const end = token.startOffset + token.image.length;
    const type = token.tokenType;
    const word = type === T.Identifier || type === T.TlpLabel || type.name.startsWith('Kw_');
    if (type === T.TripleString || type === T.UnterminatedTripleString) {
      const inside = type === T.UnterminatedTripleString ? offset >= token.startOffset + 3 : offset >= token.startOffset + 3 && offset <= end - 3;
      if (inside) {
        let start = offset;
        while (start > token.startOffset + 3 && /[\p{L}\p{N}_-]/u.test(text[start - 1])) start--;
        return { kind: 'prose', wordStart: start };
      }
    } else if (type === T.StringLiteral || type === T.UnterminatedString) {
      const closed = type === T.StringLiteral;
      if (!closed || offset < end) return { kind: 'string', token, preceding: tokens.slice(0, index), contentStart: token.startOffset + 1, contentEnd: closed ? end - 1 : end, closed };
    } else if (word || (type === T.NumberLiteral && tokens[index - 1]?.image === 'available')) {
      return { kind: 'code', wordStart: token.startOffset, wordEnd: end, preceding: tokens.slice(0, index) };
    }
  }
  return { kind: 'code', wordStart: offset, wordEnd: offset, preceding: tokens.filter((t) => t.startOffset + t.image.length <= offset) };
}

/** What completion reads of a place: its kind, word and what the grammar expects next. */
function reading(place: CursorPlace): unknown {
  const expected = (preceding: IToken[]) => {
    const e = expectedAt(preceding);
    return { rule: e.rule, topLevel: e.topLevel, expectations: e.expectations.map((x) => `${x.type.name}:${x.slot ? 'slot' : ''}`), tokens: e.tokens.map((t) => t.startOffset) };
  };
  switch (place.kind) {
    case 'comment':
      return place;
    case 'prose':
      return place;
    case 'string':
      return { kind: place.kind, token: place.token.startOffset, contentStart: place.contentStart, contentEnd: place.contentEnd, closed: place.closed, expected: expected(place.preceding) };
    case 'code':
      return { kind: place.kind, wordStart: place.wordStart, wordEnd: place.wordEnd, expected: expected(place.preceding) };
  }
}

describe('request path: what requests read instead of recomputing', () => {
  it('the cursor lookup on kept tokens answers as the whole-document scan did (every sample, 150 seeded offsets each, plus every token edge)', function () {
    this.timeout(120_000);
    const next = random(11);
    for (const text of samples) {
      const parsed = parse(text);
      const offsets = new Set<number>([0, text.length]);
      for (let i = 0; i < 150; i++) offsets.add(Math.floor(next() * (text.length + 1)));
      for (const t of parsed.tokens.filter((_t, i) => i % 7 === 0)) offsets.add(t.startOffset).add(t.startOffset + t.image.length);
      for (const offset of offsets) {
        assert.deepEqual(reading(placeCursor(text, offset, parsed)), reading(placeCursorByScan(text, offset)), `offset ${offset} of ${text.slice(0, 60)}`);
      }
    }
  });

  it('a declaration keyword inside a topic list does not start the preceding tokens (about x, protocol …)', () => {
    const text = 'clause C about costs, exercise {\n}\nparty EE { name "Estonia" }';
    const parsed = parse(text);
    const offset = text.indexOf('exercise') + 3;
    assert.deepEqual(reading(placeCursor(text, offset, parsed)), reading(placeCursorByScan(text, offset)));
    const i = parsed.tokens.findIndex((t) => t.image === 'exercise');
    assert.equal(startsDeclaration(parsed.tokenSequence, i), false);
  });

  it('the token touching an offset is the first one a scan finds (edges included)', () => {
    const text = samples[0];
    const { tokens, tokenSequence } = parse(text);
    const next = random(5);
    for (let i = 0; i < 400; i++) {
      const offset = Math.floor(next() * (text.length + 1));
      assert.equal(tokenTouching(tokenSequence, offset), tokens.find((t) => t.startOffset <= offset && offset <= t.startOffset + t.image.length));
    }
  });

  it('the name and the reference under the cursor, linked from the declaration there only, are what the whole document\'s references give (every .entente file, broken ones included; every token edge and 100 seeded positions each)', function () {
    this.timeout(120_000);
    const next = random(7);
    let compared = 0;
    for (const [file, text] of everyEntenteFile()) {
      const service = createEntenteService();
      service.open('file:///w/probe.entente', text);
      const model = service.model('file:///w/probe.entente');
      assert.ok(model, file);
      const all = model.references;
      const lines = text.split('\n');
      const positions: Position[] = [];
      for (const token of parse(text).tokens) positions.push(model.lines.positionAt(token.startOffset), model.lines.positionAt(token.startOffset + token.image.length));
      for (let i = 0; i < 100; i++) {
        const line = Math.floor(next() * lines.length);
        positions.push({ line, character: Math.floor(next() * (lines[line].length + 1)) });
      }
      for (const p of positions) {
        // The answers as they were, from every reference of the document.
        const names: (DeclaredSymbol | SymbolReference)[] = [...model.symbols.filter((s) => s.uri === model.uri && rangeContains(s.nameRange, p)), ...all.filter(isSymbolReference).filter((r) => rangeContains(r.range, p))];
        let narrowest: DeclaredSymbol | SymbolReference | undefined;
        for (const c of names) if (!narrowest || width(nameOf(c)) < width(nameOf(narrowest))) narrowest = c;
        const symbol = symbolAt(model, p);
        assert.deepEqual(symbol && { kind: symbol.kind, name: symbol.name, range: symbol.range }, narrowest && { kind: narrowest.kind, name: narrowest.name, range: nameOf(narrowest) }, `${file} ${p.line}:${p.character}`);
        assert.deepEqual(referenceAt(model, p), all.find((r) => rangeContains(r.range, p)), `${file} ${p.line}:${p.character}`);
        compared++;
      }
    }
    assert.ok(compared > 10_000, `${compared} positions compared`);
  });

  it('formatting with the service\'s parse gives the same edits as formatting the text alone', () => {
    for (const text of [...samples, 'party EE {\nname "Estonia"\n}\n\n\nparty FI { name', 'clause X {{ }']) {
      const options = { tabSize: 2, insertSpaces: true };
      assert.deepEqual(formatText(text, options, undefined, parse(text)), formatText(text, options));
    }
  });

  it('formatting the same text again answers what formatting it afresh does, for each options and range, and a changed text anew', () => {
    const service = createEntenteService();
    const uri = 'file:///w/format.entente';
    const messy = 'party EE {\nname "Estonia"\n}\n\n\nparty FI {   name "Finland" }\n';
    service.open(uri, messy);
    const spaces = { tabSize: 2, insertSpaces: true };
    const tabs = { tabSize: 4, insertSpaces: false };
    const firstLines = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
    for (let round = 0; round < 2; round++) {
      assert.deepEqual(service.format(uri, spaces), formatText(messy, spaces));
      assert.deepEqual(service.format(uri, tabs), formatText(messy, tabs));
      assert.deepEqual(service.format(uri, spaces, firstLines), formatText(messy, spaces, firstLines));
    }
    const answer = service.format(uri, spaces);
    (answer[0] as { newText: string }).newText = 'changed by a caller';
    assert.deepEqual(service.format(uri, spaces), formatText(messy, spaces), 'a caller cannot change what is kept');
    const tidy = 'party EE { name "Estonia" }\n';
    service.update(uri, tidy, 2);
    assert.deepEqual(service.format(uri, spaces), formatText(tidy, spaces));
  });

  describe('models are rebuilt only when a document they read changed', () => {
    const registry = 'party EE "Estonia" {\n  kind state\n}\n';
    const main = 'use "registry.entente"\nparticipant EE\n';

    function service(files: Record<string, string>) {
      return createEntenteService({ readFile: (uri) => files[uri.slice('file:///w/'.length)] });
    }

    it('an edit to an unrelated document keeps the model; an edit to the used registry or the document itself rebuilds it', () => {
      const s = service({ 'registry.entente': registry });
      s.open('file:///w/main.entente', main);
      s.open('file:///w/other.entente', 'party FI "Finland" {\n}\n');
      const first = s.model('file:///w/main.entente');
      s.update('file:///w/other.entente', 'party FI "Suomi" {\n}\n', 2);
      assert.equal(s.model('file:///w/main.entente'), first, 'unrelated edit');
      s.open('file:///w/registry.entente', registry.replace('Estonia', 'Eesti'));
      const second = s.model('file:///w/main.entente');
      assert.notEqual(second, first, 'the registry changed');
      assert.equal(second?.party('EE')?.effective.name?.value, 'Eesti');
      s.update('file:///w/main.entente', main + '\n', 3);
      assert.notEqual(s.model('file:///w/main.entente'), second, 'the document changed');
    });

    it('a model that looked for a missing file is rebuilt once the file is known', () => {
      const files: Record<string, string> = {};
      const s = service(files);
      s.open('file:///w/main.entente', main);
      assert.equal(s.model('file:///w/main.entente')?.party('EE')?.record, undefined);
      s.indexWorkspaceFile('file:///w/registry.entente', registry);
      assert.equal(s.model('file:///w/main.entente')?.party('EE')?.effective.name?.value, 'Estonia');
    });
  });

  describe('hover reads the latest finished analysis', () => {
    const text = 'memorandum "M" {\n}\nparticipant EE "Estonia" {\n  kind state\n}\n';

    it('never runs the analysis: after an edit it shows the findings the editor shows until the next run, and none before the first', () => {
      const s = createEntenteService();
      s.open('file:///w/m.entente', text);
      const position = { line: 0, character: 2 };
      const before = s.diagnostics('file:///w/m.entente').filter((d) => rangeContains(d.range, position));
      assert.ok(before.length > 0, 'the fixture has a finding on its header');
      s.update('file:///w/m.entente', text + '// edited\n', 2);
      const calls: string[] = [];
      const original = s.diagnostics.bind(s);
      s.diagnostics = (uri: string) => (calls.push(uri), original(uri));
      const hover = s.hover('file:///w/m.entente', position);
      assert.deepEqual(calls, [], 'hover did not run the analysis of the new text');
      for (const d of before) assert.match(hover?.contents ?? '', new RegExp(`\\*\\*${d.code}\\*\\*`));
      const fresh = createEntenteService();
      fresh.open('file:///w/m.entente', text);
      const freshCalls: string[] = [];
      const freshOriginal = fresh.diagnostics.bind(fresh);
      fresh.diagnostics = (uri: string) => (freshCalls.push(uri), freshOriginal(uri));
      assert.doesNotMatch(fresh.hover('file:///w/m.entente', position)?.contents ?? '', new RegExp(`\\*\\*${before[0].code}\\*\\*`));
      assert.deepEqual(freshCalls, [], 'hover did not run the first analysis either');
      fresh.diagnostics('file:///w/m.entente');
      assert.match(fresh.hover('file:///w/m.entente', position)?.contents ?? '', new RegExp(`\\*\\*${before[0].code}\\*\\*`));
    });
  });
});

/**
 * Every .entente file of the samples and the tests (fixtures, real instruments, the long run's
 * broken documents) — not bench/results, where the benchmark writes instruments of 100,000 lines
 * that the brute-force comparison would take hours over.
 */
function everyEntenteFile(): [string, string][] {
  const root = join(import.meta.dirname, '../..');
  const files: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.') || entry.name === 'dist') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.entente')) files.push([path.slice(root.length + 1), readFileSync(path, 'utf8')]);
    }
  };
  walk(join(root, 'samples'));
  walk(join(root, 'test'));
  return files;
}

const nameOf = (item: DeclaredSymbol | SymbolReference): Range => ('nameRange' in item ? item.nameRange : item.range);
const width = (range: Range): number => (range.end.line - range.start.line) * 100000 + (range.end.character - range.start.character);
