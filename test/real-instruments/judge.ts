/**
 * How the checker's findings on a real instrument are judged against what the reviewers wrote in
 * its header (issue #9 item 8): shared by the test (real-instruments.test.ts) and by the report
 * it keeps current (docs/real-instruments.md, `npm run docs`).
 *
 *     expect <code> on '<words>' — reason      the checker must raise it (at any severity)
 *     expect? <code> on '<words>' — reason     debatable: allowed, not required
 *     note <code> on '<words>' — reason        info-level remark: allowed, not required
 *
 * and, added by the engineers after a run (never by the reviewers):
 *
 *     open false positive <code> on '<words>' — reason
 *     open miss <code> on '<words>' — reason
 *
 *     disputed <code> on '<words>' — reviewer: …; engineers: …
 *
 * a finding the checker still raises that the reviewers judged wrong, or an `expect` with the same
 * code and words that it still does not raise, not yet fixed; and a finding the reviewers judged
 * wrong that the engineers, with their reasons, judge right and keep (HCCH 2007: `missing-amendment`
 * on a convention that amends only its forms, rounds 45–46). A dispute needs both reasons, each
 * after its name; it keeps the reviewer's judgment beside the engineers' and is counted apart in
 * docs/real-instruments.md, neither right nor wrong (an `expect?` would have hidden the reviewer's
 * verdict, an `open false positive` would count as a defect the engineers do not see). Each is tolerated, and each must
 * still hold: when a fix removes the finding or raises the missed one (or the disputed finding is
 * gone), the test fails until the line is removed, so the report and these headers never claim an open defect that is gone. A
 * miss stays in the report (`missed`) while it is open.
 *
 * `'<words>'` is the underlined text; for findings about the instrument as a whole (missing final
 * clauses) the reviewers named the title, the kind keyword or "the title", and the checker
 * underlines the instrument header: any of those anchors matches a finding on the header. It also
 * matches a finding the checker underlines on one of the header's own statements, inside its
 * braces: the header is the block, and a finding about the instrument as a whole may point at the
 * statement the fix belongs in (`missing-language-clause` on `languages English, Dutch`, where
 * `authentic` goes; NL–US education exchange 1972, eighty-eighth run, item 2, the reviewer's `expect`
 * naming 'treaty').
 */
import { createEntenteService } from '../../server/src/language/index';

export type Verdict = 'expect' | 'expect?' | 'note' | 'open false positive' | 'open miss' | 'disputed';

export interface Expectation {
  readonly verdict: Verdict;
  readonly code: string;
  /** The underlined words, or undefined for "the title". */
  readonly anchor: string | undefined;
  readonly line: number;
  /** The reviewer's reason, as far as it goes on the expectation's first line. */
  readonly reason: string;
  /** A dispute's two reasons, read over the line and the lines indented under it; undefined where one is missing. */
  readonly dispute?: { readonly reviewer: string | undefined; readonly engineers: string | undefined };
}

/** "reviewer: …; engineers: …": each reason after its name, empty ones absent. */
function disputeOf(text: string): { reviewer: string | undefined; engineers: string | undefined } {
  const reviewer = /\breviewer:\s*([^]*?)(?:;\s*engineers:|$)/.exec(text)?.[1]?.trim();
  const engineers = /\bengineers:\s*([^]*)$/.exec(text)?.[1]?.trim();
  return { reviewer: reviewer || undefined, engineers: engineers || undefined };
}

/** The expectations of a file's header comment. */
export function expectations(text: string): Expectation[] {
  const result: Expectation[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const match = /^\/\/(\s+)(expect\?|expect|note|open false positive|open miss|disputed)\s+([a-z0-9-]+)\s+on\s+(.*)$/.exec(line);
    if (!match) return;
    const rest = match[4];
    let anchor: string | undefined;
    let reason = rest;
    if (rest.startsWith("'")) {
      // The anchor runs to the quote before the dash that opens the reason (titles hold apostrophes).
      const end = rest.search(/' —|'\s*$/);
      anchor = rest.slice(1, end === -1 ? undefined : end);
      reason = end === -1 ? '' : rest.slice(end + 1);
    }
    reason = reason.replace(/^\s*—\s*/, '').trim();
    const verdict = match[2] as Verdict;
    if (verdict !== 'disputed') {
      result.push({ verdict, code: match[3], anchor, line: index + 1, reason });
      return;
    }
    // A dispute's reasons run on over the lines indented under it.
    const more: string[] = [];
    for (let i = index + 1; i < lines.length && new RegExp(`^//${match[1]}\\s+\\S`).test(lines[i]); i++) more.push(lines[i].replace(/^\/\/\s+/, ''));
    const whole = [reason, ...more].join(' ').replace(/\s+/g, ' ').trim();
    result.push({ verdict, code: match[3], anchor, line: index + 1, reason: whole, dispute: disputeOf(whole) });
  });
  return result;
}

export interface Found {
  readonly code: string;
  readonly severity: string;
  readonly words: string;
  readonly line: number;
  readonly onHeader: boolean;
  /** On a statement inside the header's braces (`languages …`), not on its first line. */
  readonly inHeaderBlock: boolean;
  /** The whole line the finding starts on. */
  readonly lineText: string;
  /** The words its related locations in the same file underline. */
  readonly relatedWords: readonly string[];
}

const base = 'file:///real/';

/** Every finding of the checker on one instrument; the others are there for `use` and `implements`. */
export function findings(files: Readonly<Record<string, string>>, name: string): Found[] {
  const service = createEntenteService({ readFile: (uri) => files[uri.replace(base, '')] });
  const uri = `${base}${name}`;
  service.open(uri, files[name]);
  const lines = files[name].split('\n');
  const header = service.parse(uri)?.ast.instrument;
  return service.diagnostics(uri).map((d) => {
    const { start, end } = d.range;
    const words = start.line === end.line ? lines[start.line].slice(start.character, end.character) : lines[start.line].slice(start.character);
    const onHeader = header !== undefined && start.line === header.range.start.line;
    const inHeaderBlock = header !== undefined && start.line > header.range.start.line && start.line <= header.range.end.line;
    // A finding also points at the words of its related locations in this file (a channel's
    // missing security agreement names the channel and points at its `carries classified`).
    const relatedWords = (d.related ?? [])
      .filter((r) => r.uri === uri && r.range.start.line === r.range.end.line)
      .map((r) => lines[r.range.start.line].slice(r.range.start.character, r.range.end.character));
    return { code: d.code, severity: d.severity, words, line: start.line + 1, onHeader, inHeaderBlock, lineText: lines[start.line], relatedWords };
  });
}

/**
 * Codes that answer an expectation written under an older code: the reviewers wrote
 * `transfer-without-safeguards` before the rule was split by certainty; where the sender's regime
 * or the recipient's coverage is open, the same law is reported as `possible-…`. Likewise
 * `missing-entry-into-force` (MC01) was split by form after the eighteenth run: a treaty made by an
 * exchange of notes that is silent on it is reported as `missing-exchange-entry-into-force`.
 */
const answeredBy: Record<string, readonly string[]> = {
  'transfer-without-safeguards': ['transfer-without-safeguards', 'possible-transfer-without-safeguards'],
  'missing-entry-into-force': ['missing-entry-into-force', 'missing-exchange-entry-into-force'],
};

export function matches(expectation: Expectation, found: Found, title: string | undefined): boolean {
  if (!(answeredBy[expectation.code] ?? [expectation.code]).includes(found.code)) return false;
  if (expectation.anchor === undefined || expectation.anchor === title || /^(treaty|memorandum|arrangement|framework|protocol|annex|declaration)$/.test(expectation.anchor)) {
    return found.onHeader || found.inHeaderBlock || found.words === expectation.anchor;
  }
  if (found.relatedWords.includes(expectation.anchor)) return true;
  // The reviewers name the construct at fault ('Requests' for a channel); the checker underlines a
  // word of that construct's opening line (the recipient in `channel Requests between NL, HK`).
  return found.words.includes(expectation.anchor) || new RegExp(`\\b${escape(expectation.anchor)}\\b`).test(found.lineText);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A finding with the expectation that answers for it, if any. */
export interface JudgedFinding {
  readonly found: Found;
  readonly expectation: Expectation | undefined;
}

export interface Judgement {
  readonly title: string | undefined;
  readonly findings: readonly JudgedFinding[];
  /** `expect` lines nothing answered, including those an `open miss` line records. */
  readonly missed: readonly Expectation[];
  /** `expect` lines nothing answered that no `open miss` line records: the harness fails on these. */
  readonly newlyMissed: readonly Expectation[];
  /** `open miss` lines whose expectation is now answered. */
  readonly missFixed: readonly Expectation[];
  /** `expect?` lines nothing answered (allowed). */
  readonly notRaised: readonly Expectation[];
  /** `open false positive` lines whose finding is gone. */
  readonly fixed: readonly Expectation[];
  /** `disputed` lines whose finding is gone: nothing is disputed any more. */
  readonly disputeGone: readonly Expectation[];
  /** `disputed` lines without the reviewer's or the engineers' reason. */
  readonly disputeUnreasoned: readonly Expectation[];
  /** Warnings and errors nothing in the header allows. */
  readonly unexpected: readonly Found[];
}

export function judge(files: Readonly<Record<string, string>>, name: string): Judgement {
  const expected = expectations(files[name]);
  const found = findings(files, name);
  const service = createEntenteService();
  service.open('file:///t.entente', files[name]);
  const title = service.parse('file:///t.entente')?.ast.instrument?.title?.value;
  const answered = (e: Expectation) => found.some((f) => matches(e, f, title));
  // A finding is judged by the strongest expectation that answers it: expect, then open false positive, disputed, expect?, note.
  const order: Verdict[] = ['expect', 'open false positive', 'disputed', 'expect?', 'note'];
  const judged = found.map((f) => ({
    found: f,
    expectation: order.map((v) => expected.find((e) => e.verdict === v && matches(e, f, title))).find((e) => e !== undefined),
  }));
  const missed = expected.filter((e) => e.verdict === 'expect' && !answered(e));
  const sameWords = (a: Expectation, b: Expectation) => a.code === b.code && a.anchor === b.anchor;
  const openMisses = expected.filter((e) => e.verdict === 'open miss');
  return {
    title,
    findings: judged,
    missed,
    newlyMissed: missed.filter((e) => !openMisses.some((o) => sameWords(o, e))),
    missFixed: openMisses.filter((o) => !missed.some((e) => sameWords(o, e))),
    notRaised: expected.filter((e) => e.verdict === 'expect?' && !answered(e)),
    fixed: expected.filter((e) => e.verdict === 'open false positive' && !answered(e)),
    disputeGone: expected.filter((e) => e.verdict === 'disputed' && !answered(e)),
    disputeUnreasoned: expected.filter((e) => e.verdict === 'disputed' && (!e.dispute?.reviewer || !e.dispute.engineers)),
    unexpected: judged.filter((j) => j.expectation === undefined && (j.found.severity === 'error' || j.found.severity === 'warning')).map((j) => j.found),
  };
}
