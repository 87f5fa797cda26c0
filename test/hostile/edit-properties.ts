/**
 * The properties every document must keep under random edits (issue 12 items 5 and 6), shared
 * by the seeded property test in `npm test` (edit-properties.test.ts) and the 100,000-edit run of
 * `npm run bench -- --long` (bench/long-run.ts):
 *
 * - analysis and every editor feature answer without throwing, with every range inside the document;
 * - formatting is idempotent and lossless (only whitespace changes, outside strings);
 * - every quick fix offered for a diagnostic, applied to the document it was offered on, yields a
 *   document that parses no worse and no longer carries that diagnostic (same code and message:
 *   one fewer of them).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createEntenteService, type EntenteDiagnostic } from '../../server/src/language';
import { parse } from '../../server/src/language/syntax/parse';
import { applyEdits } from '../helpers/edits';
import { reasonPlaceholder } from '../../server/src/language/rules/support/suppression-comments';

export const editedUri = 'file:///workspace/edited.entente';

/** Every sample and fixture the repository holds, as texts. */
export function corpus(): { name: string; text: string }[] {
  const root = join(import.meta.dirname, '../..');
  const found: { name: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.entente')) found.push({ name: path.slice(root.length + 1), text: readFileSync(path, 'utf8') });
    }
  };
  for (const dir of ['samples', 'test/analysis/fixtures', 'test/e2e/fixtures', 'test/independent/fixtures', 'test/real-instruments', 'test/syntax/tmgrammar/cases']) {
    try {
      walk(join(root, dir));
    } catch {
      // A folder not in this checkout: the others still count.
    }
  }
  return found;
}

export type Edit = { kind: 'delete' | 'insert' | 'duplicate' | 'swap-lines'; at: number; length: number; text: string };

/** Apply edits at positions taken modulo the text's length (so any number is a place). */
export function applyRandomEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of edits) {
    const at = out.length === 0 ? 0 : e.at % (out.length + 1);
    if (e.kind === 'delete') out = out.slice(0, at) + out.slice(at + e.length);
    else if (e.kind === 'insert') out = out.slice(0, at) + e.text + out.slice(at);
    else if (e.kind === 'duplicate') out = out.slice(0, at) + out.slice(at, at + e.length) + out.slice(at);
    else {
      const lines = out.split('\n');
      const i = at % Math.max(1, lines.length);
      const j = (i + e.length) % Math.max(1, lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      out = lines.join('\n');
    }
  }
  return out;
}

/** What a drafter types, and what breaks documents: keywords, delimiters, names, junk. */
const fragments = [
  '{', '}', '"', '"""', '//', '/*', '*/', ',', '.', ':', 'TLP:RED', 'TLP:', '24/7', '2027-13-45', '2026-01-01', 'channel', 'participant', 'party',
  'within', 'every', 'use "x.entente"', 'annex "A" of "main.entente" { }', 'define "Term" means "x"', 'clause X from library "', '// entente-disable-next-line ',
  'shall', 'will', '\n', '\r\n', '\r', '\t', '\u0000', '\uFEFF', '\uD800', '😀', 'é', ' ', '  ',
];

export const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'insert', 'duplicate', 'swap-lines'),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 60 }),
  text: fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 12 })),
});

export interface Outcome {
  /** Quick fixes tried. */
  readonly actions: number;
  /** What went wrong, described (empty when every property held). */
  readonly failures: string[];
  /** The document's diagnostics from a fresh service (the long run compares the live ones to them). */
  readonly diagnostics: readonly EntenteDiagnostic[];
}

const rangeKeys = (value: unknown, visit: (p: { line: number; character: number }) => void): void => {
  const stack = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === null || typeof next !== 'object') continue;
    const p = next as { line?: unknown; character?: unknown };
    if (typeof p.line === 'number' && typeof p.character === 'number') visit(p as { line: number; character: number });
    for (const child of Object.values(next)) stack.push(child);
  }
};

function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

const key = (d: EntenteDiagnostic) => `${d.code}\u0000${d.message}`;

function counts(diagnostics: readonly EntenteDiagnostic[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const d of diagnostics) result.set(key(d), (result.get(key(d)) ?? 0) + 1);
  return result;
}

/**
 * Check every property on one document; `maxActions` bounds the quick fixes tried. `apply` is how
 * an action's edits are applied (a test passes a broken one to see the check fail).
 */
export function checkDocument(text: string, maxActions = 40, apply: typeof applyEdits = applyEdits): Outcome {
  const failures: string[] = [];
  let actions = 0;
  const service = createEntenteService();
  let diagnostics: readonly EntenteDiagnostic[] = [];
  try {
    service.open(editedUri, text);
    diagnostics = service.diagnostics(editedUri);
    const lengths = lineLengths(text);
    const inside = (where: string) => (p: { line: number; character: number }) => {
      if (p.line < 0 || p.line >= lengths.length || p.character < 0 || p.character > lengths[p.line]) failures.push(`${where}: position ${p.line}:${p.character} outside the document`);
    };
    rangeKeys(diagnostics, inside('diagnostics'));
    const middle = { line: Math.floor(lengths.length / 2), character: 2 };
    rangeKeys([service.documentSymbols(editedUri), service.foldingRanges(editedUri), service.documentLinks(editedUri), service.hover(editedUri, middle), service.definition(editedUri, middle)], inside('features'));
    service.complete(editedUri, middle);
    service.semanticTokens(editedUri);

    // Formatting: idempotent and lossless.
    const options = { tabSize: 2, insertSpaces: true };
    const formatted = applyEdits(text, service.format(editedUri, options));
    const again = createEntenteService();
    again.open(editedUri, formatted);
    if (applyEdits(formatted, again.format(editedUri, options)) !== formatted) failures.push('formatting is not idempotent');
    if (formatted.replace(/\s+/g, '') !== text.replace(/\s+/g, '')) failures.push('formatting changed more than whitespace');

    // Quick fixes: each applied alone to the document it was offered on.
    const before = counts(diagnostics);
    const problemsBefore = parse(text).problems.length;
    for (const diagnostic of diagnostics) {
      if (actions >= maxActions) break;
      const offered = service.codeActions(editedUri, diagnostic.range, [diagnostic]).filter((a) => a.kind === 'quickfix' && a.diagnostics?.includes(diagnostic));
      for (const action of offered) {
        if (actions >= maxActions) break;
        actions++;
        const edits = action.edit.changes?.[editedUri] ?? [];
        const fixed = apply(text, edits);
        const problemsAfter = parse(fixed).problems.length;
        const after = createEntenteService();
        after.open(editedUri, fixed);
        const remaining = counts(after.diagnostics(editedUri)).get(key(diagnostic)) ?? 0;
        const what = `"${action.title}" for ${diagnostic.code} at ${diagnostic.range.start.line}:${diagnostic.range.start.character}`;
        if (problemsAfter > problemsBefore) failures.push(`${what}: ${problemsAfter - problemsBefore} more syntax problems`);
        // The fix that adds a suppression's reason leaves a placeholder for the drafter to replace,
        // and a placeholder is no reason (the quick-fix review, item 21): that finding stays by design.
        const leavesBlank = edits.some((e) => e.newText.includes(reasonPlaceholder));
        if (remaining >= before.get(key(diagnostic))! && !leavesBlank) failures.push(`${what}: the diagnostic is still there`);
      }
    }
  } catch (error) {
    failures.push(`threw: ${(error as Error).stack?.split('\n').slice(0, 4).join(' | ')}`);
  }
  return { actions, failures, diagnostics };
}
