/**
 * A transcription that is an excerpt (`omitted "Articles 5 to 42", "the final clauses"`) holds only
 * some of the text: a check whose finding rests on the whole text being there cannot tell a clause
 * the text lacks from one in a part left out. UNCAC's transcription prints Arts. 1–4, 43, 46, 48,
 * 56–59 and 63–71 of seventy-one; a `missing-costs` there read as a defect of the Convention, and
 * an `unused-term` said of a defined term that the left-out articles use (the treaty lawyers'
 * finding that led to `omitted`).
 *
 * Those findings stay, at info, and each says why: the transcriber still wants to see them (a
 * definition no transcribed article uses may be a misspelt use), and nothing in them may read as a
 * defect of the treaty. `unused-term` says "not used in the transcribed articles" in its own words
 * (rules/checks/definition-rules.ts); the others get a sentence naming what is left out.
 *
 * Which findings rest on the whole text: every missing clause (the clause may sit in what is left
 * out — `missing-termination` on an excerpt whose final clauses are left out is no defect of the
 * treaty), a term defined in a left-out article (`undefined-term`: UNCAC's "Use of terms" is
 * Art. 2), and the conflicts whose finding is that the text provides no safeguard, agreement or
 * contact the transcribed part needs: the article providing it may be left out.
 */
import { omittedList, omittedParts } from '../model/excerpt';
import type { SemanticModel } from '../model/semantic-model';
import type { Rule, Severity } from '../rules/rule';

/** Rules outside the missing-clause family whose findings rest on the whole text being present. */
const restsOnWholeText: ReadonlySet<string> = new Set([
  'unused-term',
  'undefined-term',
  'classified-without-security-agreement',
  'transfer-without-safeguards',
  'possible-transfer-without-safeguards',
  'foreign-access-without-agreement',
  'budapest-35-without-24-7',
]);

/** Whether a finding of this rule rests on the whole text being present. */
export function restsOnWholeTextOf(rule: Rule): boolean {
  return rule.family === 'missing-clause' || restsOnWholeText.has(rule.code);
}

/** The most a finding of this rule may be on an excerpt: info, for the rules that rest on the whole text. */
export function excerptCeiling(model: SemanticModel, rule: Rule): Severity | undefined {
  return restsOnWholeTextOf(rule) && omittedParts(model).length > 0 ? 'info' : undefined;
}

/** The sentence a finding resting on the whole text ends with on an excerpt. */
export function excerptSentence(parts: readonly string[]): string {
  return `This transcription is an excerpt (omitted ${omittedList(parts)}): the text may provide for this in what is left out, so this finding is on the transcribed part only, not on the text.`;
}

/** A finding's message on an excerpt: `unused-term` says it itself; the others end with the excerpt's sentence. */
export function excerptMessage(model: SemanticModel, rule: Rule, message: string): string {
  const parts = omittedParts(model);
  if (parts.length === 0 || !restsOnWholeTextOf(rule) || rule.code === 'unused-term') return message;
  return `${message} ${excerptSentence(parts)}`;
}
