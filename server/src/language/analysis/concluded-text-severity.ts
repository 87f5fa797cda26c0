/**
 * The one rule for the severity of a finding on a concluded text: which findings no profile makes
 * more than a warning there, and which none makes more than a note.
 *
 * A concluded text (model/conclusion.ts, `concludedText`) takes no clause and no word by the
 * drafter's edit: it is changed only by its Parties, under its own amendment clause or by another
 * agreement (VCLT Arts. 39–41). A profile that raises a finding to an error (`strict` makes every
 * warning one, `treaty-review` and `mou-review` some) would tell the reviewer that something must
 * be done to the text that cannot be done to it. The finding stays, at warning: a reviewer weighing
 * the text's status or negotiating an amendment wants to see it. A per-rule setting still decides
 * (config/effective-severity.ts, `findingSeverity`).
 *
 * Capped at warning on a concluded text, under every profile (the treaty lawyers' open items of
 * December 2026, item 1, and their review of `--profile strict` over the real instruments):
 * - a missing clause whose rule's default is not an error (`missing-dispute-settlement` on OPRC
 *   1990 was an error under `strict`);
 * - `mou-binding-wording`, `mou-treaty-wording`: in a signed memorandum the words are evidence about
 *   its status, not a draft to rewrite (the rules say so in their messages);
 * - `unused-term`, `undefined-term`: a definition or a quoted phrase in a signed text stands as signed;
 * - `exchange-reply-mismatch`: its own message allows real letters dated where they were signed;
 * - `missing-termination`: silent, the law says what follows (VCLT Art. 56(1)–(2): no denunciation
 *   or withdrawal unless the parties' intention is established or a right is implied by the nature
 *   of the treaty, then on twelve months' notice), and the finding states it;
 * - `missing-consent-to-be-bound` and `missing-entry-into-force` where the finding itself says the
 *   law settles it: a text whose own words date its operation from soon after signature was binding
 *   and in force on signature (VCLT Arts. 12(1)(b), 24(2); the Indonesia–Netherlands memorandum of
 *   1962), and `missing-entry-into-force` on a memorandum declared non-binding, which does not enter
 *   into force at all (the Guernsey–Netherlands memorandum of 2008).
 * Capped at info on a concluded text, under every profile:
 * - `treaty-mou-wording`: MoU words in a binding treaty are a drafting note by the rule's own
 *   account (binding treaties use operative "will"; its source is unconfirmed), and `treaty-review`
 *   leaves it a note for that reason (config/profiles.ts). On a signed treaty the words stand as
 *   signed and nothing can be done with a note on style; `strict` made "it is understood the other
 *   Contracting Party will agree to hold timely discussions" (NL–Turks and Caicos TIEA 2009,
 *   Protocol Art. 3) a warning on the concluded treaty (forty-seventh run, item 1).
 * - `term-used-in-lower-case`: whether a defined term's capital marks its sense is a drafting
 *   observation, and the finding says so ("if it only opens the definitions list, nothing needs to
 *   change"); a signed text keeps its capitals as signed. `strict` made "“Permit” is used only as
 *   “permit”" (London Protocol 1996, Art. 1(9), where the capital only opens the definition) a
 *   warning on the concluded Protocol (fifty-first run, item 4).
 * Everything else keeps the profile's severity (`possible-transfer-without-safeguards` decides its
 * own, `profileCeiling`).
 *
 * Applied where every finding becomes a diagnostic (analysis/analyze.ts), as the fixes on a
 * concluded text are, so that no rule can forget it.
 */
import { concludedText } from '../model/conclusion';
import type { SemanticModel } from '../model/semantic-model';
import { datedOperation } from '../rules/support/performed-instrument';
import type { Rule, Severity } from '../rules/rule';

/** A text whose own words date its operation from soon after signature: bound and in force on signature. */
function settledBySignature(model: SemanticModel): boolean {
  return datedOperation(model)?.signed !== undefined;
}

const always = (): boolean => true;

/** Rules other than the missing-clause family whose findings stop at warning on a concluded text, and when. */
const cappedOnConcludedText: Readonly<Record<string, (model: SemanticModel) => boolean>> = {
  'mou-binding-wording': always,
  'mou-treaty-wording': always,
  'unused-term': always,
  'undefined-term': always,
  'exchange-reply-mismatch': always,
  'missing-termination': always,
  'missing-consent-to-be-bound': settledBySignature,
  'missing-entry-into-force': (model) => settledBySignature(model) || model.ast.instrument?.status?.value === 'non-binding',
};

/** Rules whose findings stay notes on a concluded text: drafting notes on words that stand as signed. */
const notesOnConcludedText: ReadonlySet<string> = new Set(['treaty-mou-wording', 'term-used-in-lower-case']);

/** The most a profile may make of this rule's findings on this document, or undefined for no limit. */
export function concludedTextCeiling(model: SemanticModel, rule: Rule): Severity | undefined {
  if (!concludedText(model.ast)) return undefined;
  if (notesOnConcludedText.has(rule.code)) return 'info';
  if (rule.family === 'missing-clause' && rule.defaultSeverity !== 'error') return 'warning';
  const capped = Object.hasOwn(cappedOnConcludedText, rule.code) ? cappedOnConcludedText[rule.code] : undefined;
  return capped?.(model) ? 'warning' : undefined;
}

/** Where only some concluded texts cap the rule: said in the rules page (scripts/rules-doc.ts). */
const cappedWhen: Readonly<Record<string, string>> = {
  'missing-consent-to-be-bound': 'where its own words date its operation from soon after signature (VCLT Art. 12(1)(b))',
  'missing-entry-into-force': 'where its own words date its operation from soon after signature (VCLT Art. 24(2)), or on a memorandum declared non-binding',
};

/** For the rules page: how a concluded text limits the profiles' severity of this rule, or undefined. */
export function concludedTextCapNote(rule: Rule): string | undefined {
  if (notesOnConcludedText.has(rule.code)) return 'on a concluded text at most info (a note) under any profile';
  const always = (rule.family === 'missing-clause' && rule.defaultSeverity !== 'error') || (Object.hasOwn(cappedOnConcludedText, rule.code) && !Object.hasOwn(cappedWhen, rule.code));
  if (always) return 'on a concluded text at most warning under any profile';
  return Object.hasOwn(cappedWhen, rule.code) ? `on a concluded text at most warning under any profile ${cappedWhen[rule.code]}` : undefined;
}
