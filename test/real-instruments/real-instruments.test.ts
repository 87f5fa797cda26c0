/**
 * Real public instruments, transcribed from their primary texts by reviewers who did not read the
 * checker (issue #9 item 8). Each file's header comment lists, written before the checker was
 * first run on it, what a careful treaty lawyer would raise on that text:
 *
 *     expect <code> on '<words>' — reason      the checker must raise it (at any severity)
 *     expect? <code> on '<words>' — reason     debatable: allowed, not required
 *     note <code> on '<words>' — reason        info-level remark: allowed, not required
 *
 * and, added by the engineers after a run (never by the reviewers):
 *
 *     open false positive <code> on '<words>' — reason
 *
 * a finding the checker still raises that the reviewers judged wrong and that is not yet fixed.
 * It is tolerated, and it must still occur: when a fix removes it, the test fails until the line is
 * removed, so docs/real-instruments.md and these headers never claim an open defect that is gone.
 *
 * Everything else the checker raises at warning or error on these texts is a false positive, and
 * fails the test. `'<words>'` is the underlined text; for findings about the instrument as a whole
 * (missing final clauses) the reviewers named the title, the kind keyword or "the title", and the
 * checker underlines the instrument header: any of those anchors matches a finding on the header.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createEntenteService } from '../../server/src/language/index';

const folder = new URL('./', import.meta.url);
const files: Record<string, string> = {};
for (const name of readdirSync(folder)) {
  if (name.endsWith('.entente')) files[name] = readFileSync(new URL(name, folder), 'utf8');
}

type Verdict = 'expect' | 'expect?' | 'note' | 'open false positive';
interface Expectation {
  readonly verdict: Verdict;
  readonly code: string;
  /** The underlined words, or undefined for "the title". */
  readonly anchor: string | undefined;
  readonly line: number;
}

/** The expectations of a file's header comment. */
export function expectations(text: string): Expectation[] {
  const result: Expectation[] = [];
  text.split('\n').forEach((line, index) => {
    const match = /^\/\/\s+(expect\?|expect|note|open false positive)\s+([a-z0-9-]+)\s+on\s+(.*)$/.exec(line);
    if (!match) return;
    const rest = match[3];
    let anchor: string | undefined;
    if (rest.startsWith("'")) {
      // The anchor runs to the quote before the dash that opens the reason (titles hold apostrophes).
      const end = rest.search(/' —|'\s*$/);
      anchor = rest.slice(1, end === -1 ? undefined : end);
    }
    result.push({ verdict: match[1] as Verdict, code: match[2], anchor, line: index + 1 });
  });
  return result;
}

interface Found {
  readonly code: string;
  readonly severity: string;
  readonly words: string;
  readonly line: number;
  readonly onHeader: boolean;
  /** The whole line the finding starts on. */
  readonly lineText: string;
  /** The words its related locations in the same file underline. */
  readonly relatedWords: readonly string[];
}

function findings(name: string): Found[] {
  const service = createEntenteService({ readFile: (uri) => files[uri.replace('file:///real/', '')] });
  const uri = `file:///real/${name}`;
  service.open(uri, files[name]);
  const lines = files[name].split('\n');
  const header = service.parse(uri)?.ast.instrument;
  return service.diagnostics(uri).map((d) => {
    const { start, end } = d.range;
    const words = start.line === end.line ? lines[start.line].slice(start.character, end.character) : lines[start.line].slice(start.character);
    const onHeader = header !== undefined && start.line === header.range.start.line;
    // A finding also points at the words of its related locations in this file (a channel's
    // missing security agreement names the channel and points at its `carries classified`).
    const relatedWords = (d.related ?? [])
      .filter((r) => r.uri === uri && r.range.start.line === r.range.end.line)
      .map((r) => lines[r.range.start.line].slice(r.range.start.character, r.range.end.character));
    return { code: d.code, severity: d.severity, words, line: start.line + 1, onHeader, lineText: lines[start.line], relatedWords };
  });
}

/**
 * Codes that answer an expectation written under an older code: the reviewers wrote
 * `transfer-without-safeguards` before the rule was split by certainty; where the sender's regime
 * or the recipient's coverage is open, the same law is reported as `possible-…`.
 */
const answeredBy: Record<string, readonly string[]> = {
  'transfer-without-safeguards': ['transfer-without-safeguards', 'possible-transfer-without-safeguards'],
};

function matches(expectation: Expectation, found: Found, title: string | undefined): boolean {
  if (!(answeredBy[expectation.code] ?? [expectation.code]).includes(found.code)) return false;
  if (expectation.anchor === undefined || expectation.anchor === title || /^(treaty|memorandum|arrangement|framework|protocol|annex)$/.test(expectation.anchor)) {
    return found.onHeader || found.words === expectation.anchor;
  }
  // The reviewers name the construct at fault ('Requests' for a channel); the checker underlines a
  // word of that construct's opening line (the recipient in `channel Requests between NL, HK`).
  if (found.relatedWords.includes(expectation.anchor)) return true;
  return found.words.includes(expectation.anchor) || new RegExp(`\\b${escape(expectation.anchor)}\\b`).test(found.lineText);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('real instruments (issue #9 item 8)', () => {
  it('holds at least twelve instruments, each with its expectations written down', () => {
    const instruments = Object.keys(files);
    assert.ok(instruments.length >= 12, `${instruments.length} instruments`);
    for (const name of instruments) {
      assert.match(files[name], /^\/\/ Real instrument: /, `${name} has no header`);
      assert.match(files[name], /^\/\/ Expected findings/m, `${name} states no expectations`);
    }
  });

  for (const name of Object.keys(files).sort()) {
    it(`${name}: raises what a treaty lawyer expects and nothing else at warning or error`, () => {
      const expected = expectations(files[name]);
      const found = findings(name);
      const service = createEntenteService();
      service.open('file:///t.entente', files[name]);
      const title = service.parse('file:///t.entente')?.ast.instrument?.title?.value;
      const missing = expected
        .filter((e) => e.verdict === 'expect' || e.verdict === 'open false positive')
        .filter((e) => !found.some((f) => matches(e, f, title)))
        .map((e) =>
          e.verdict === 'expect'
            ? `missing: ${e.code} on '${e.anchor ?? 'the title'}' (header line ${e.line})`
            : `fixed: ${e.code} on '${e.anchor ?? 'the title'}' is no longer raised; remove its open-false-positive line (header line ${e.line}) and its entry in docs/real-instruments.md`,
        );
      const unexpected = found
        .filter((f) => f.severity === 'error' || f.severity === 'warning')
        .filter((f) => !expected.some((e) => matches(e, f, title)))
        .map((f) => `unexpected ${f.severity}: ${f.line} ${f.code} '${f.words}'`);
      assert.deepEqual([...missing, ...unexpected], []);
    });
  }
});
