/**
 * Reading the quick fixes the checker offers on a real text, as the quick-fix review did
 * (test/probes/fix-review/REPORT.md): the findings of a rule in a file of the repository, at a
 * line (1-based, as the report cites them), with their fixes.
 */
import { readFileSync } from 'node:fs';
import type { CodeFix } from '../../server/src/language/rules/rule';
import type { EntenteDiagnostic } from '../../server/src/language/rules/diagnostic';
import { diagnose } from './fixture';
import { applyCodeFix } from './edits';

const root = new URL('../../', import.meta.url).pathname;

/** A file of the repository, by its path from the root. */
export function repoText(path: string): string {
  return readFileSync(`${root}${path}`, 'utf8');
}

/**
 * A transcription read as if it held the whole text: its `omitted "…"` line taken out (every other
 * line where it was before the line was added). For the tests that ask what a rule says of the
 * text itself; on the excerpt the findings that rest on the whole text are info
 * (test/analysis/excerpt-findings.test.ts).
 */
export function wholeText(path: string): string {
  return repoText(path).replace(/^[ \t]*omitted "[^\n]*\n/m, '');
}

/** The findings of `code` in a text, optionally only those on a 1-based line. */
export function findingsOf(text: string, code: string, line?: number): EntenteDiagnostic[] {
  return diagnose(text).filter((d) => d.code === code && (line === undefined || d.range.start.line + 1 === line));
}

/** Every fix offered for the findings of `code` in a repository file (at a 1-based line). */
export function fixesIn(path: string, code: string, line?: number): CodeFix[] {
  const findings = findingsOf(repoText(path), code, line);
  if (findings.length === 0) throw new Error(`${path}: no ${code}${line ? ` on line ${line}` : ''}`);
  return findings.flatMap((d) => d.fixes);
}

/**
 * A real text read as the draft it once was: every date moved by the same number of years, so
 * that the earliest falls in 2027, after the month of Entente's reference data. Legal and factual
 * fixes (library clauses, header statements, rewrites, deletions) are offered to drafts only: a
 * text signed or exchanged before that month is concluded (analysis/concluded-text-fixes.ts), and
 * the review's questions about which fix fits were asked of the text as a drafter would have it.
 * A draft is the whole text its drafter writes: the `omitted "…"` line of an excerpt's
 * transcription is taken out, and every other line stays where it was before it was added.
 */
export function draftOf(whole: string): string {
  const text = whole.replace(/^[ \t]*omitted "[^\n]*\n/m, '');
  const years = [...text.matchAll(/\b(1[89]\d\d|20\d\d)-(\d\d)-(\d\d)\b/g)].map((m) => Number(m[1]));
  if (years.length === 0) return text;
  const shift = 2027 - Math.min(...years);
  return text.replace(/\b(1[89]\d\d|20\d\d)-(\d\d)-(\d\d)\b/g, (_, y: string, m: string, d: string) => `${Number(y) + shift}-${m}-${d}`);
}

/** Every fix offered for the findings of `code` in a repository file read as a draft (`draftOf`). */
export function draftFixesIn(path: string, code: string, line?: number): CodeFix[] {
  const findings = findingsOf(draftOf(repoText(path)), code, line);
  if (findings.length === 0) throw new Error(`${path} as a draft: no ${code}${line ? ` on line ${line}` : ''}`);
  return findings.flatMap((d) => d.fixes);
}

/** The text each fix inserts, joined: what a drafter would read after applying it. */
export function inserted(fix: CodeFix): string {
  return fix.edits.map((e) => e.newText).join('\n');
}

/**
 * Texts on which a rule's library clause fits, for the rules whose clause fits only some
 * instruments (quick-fix review, items 13 and 19): the language clause where the header says
 * which text prevails, the registration clause where two States sign in one place. Elsewhere
 * only the header fix is offered; each rule's own example is such a text.
 */
export const clauseFittingTexts: Readonly<Record<string, string>> = {
  'missing-language-clause': 'memorandum "MoU" {\n  status non-binding\n  languages English, Estonian prevailing English\n}\nparticipant EE "Estonia"\nparticipant FI "Finland"\n',
  'missing-registration':
    'treaty "Agreement" {\n  done at "Tallinn" on 2027-03-01\n  effect on signature\n}\nparty EE "Estonia" { kind state jurisdiction EE }\nparty FI "Finland" { kind state jurisdiction FI }\n',
};

/**
 * A real text with its conclusion taken out, as the third quick-fix review made its drafts
 * (test/probes/fix-review-3/make-drafts.mjs): the dates of signature and of opening for signature
 * in the header, the dates of the notes or letters, and the clauses that are only the final
 * formula, testimonium or signature blocks. Where `draftOf` moves the dates, this leaves the
 * drafter's text undated, as a working draft is before anyone signs it.
 */
export function undatedDraftOf(text: string): string {
  const finalFormula = /^clause\s+(?:FinalFormula|Testimonium|ProtocolTestimonium|Signatures|ConventionSignature)\b[^\n]*"""\n[\s\S]*?^"""\n?/gm;
  return text
    .replace(finalFormula, '')
    .replace(/^(\s*(?:signed|done|issued|opened)\b[^\n]*?)\s+on\s+\d{4}-\d{2}-\d{2}/gm, '$1')
    .replace(/^((?:note|letter)\s+\w+[^\n]*?)\s+on\s+\d{4}-\d{2}-\d{2}/gm, '$1');
}

/**
 * Every draft that one offered fix of `code` makes of `text`, by the fix's title: what a drafter
 * has after taking that fix, the first step of clearing the list one fix at a time (the fourth
 * quick-fix review's "fixes taken in sequence").
 */
export function afterEachFix(text: string, code: string): { title: string; text: string }[] {
  return findingsOf(text, code).flatMap((d) => d.fixes.map((fix) => ({ title: fix.title, text: applyCodeFix(text, fix) })));
}
