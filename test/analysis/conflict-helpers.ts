/**
 * Helpers for the conflict-check tests: find the one diagnostic of a code and apply one of its
 * quick fixes to the text, so a test can assert the text after the edit.
 */
import assert from 'node:assert/strict';
import type { EntenteDiagnostic } from '../../server/src/language/rules/diagnostic';
import { diagnose } from '../helpers/fixture';
import { applyCodeFix } from '../helpers/edits';

type Options = Parameters<typeof diagnose>[1];

/** The only diagnostic of `code` on the text (fails when there are none or several). */
export function only(text: string, code: string, options?: Options): EntenteDiagnostic {
  const found = diagnose(text, options).filter((d) => d.code === code);
  assert.equal(found.length, 1, `expected one ${code}, got ${found.length}: ${found.map((d) => d.message).join(' | ')}`);
  return found[0];
}

/** Apply the edits of the diagnostic's fix number `index`; snippet tab stops take their default text. */
export function applyFix(text: string, diagnostic: EntenteDiagnostic, index = 0): string {
  const fix = diagnostic.fixes[index];
  assert.ok(fix, `${diagnostic.code} has no fix number ${index}`);
  return applyCodeFix(text, fix);
}

/** Apply the first fix of the only `code` diagnostic and return the new text. */
export function fixed(text: string, code: string, options?: Options, index = 0): string {
  return applyFix(text, only(text, code, options), index);
}
