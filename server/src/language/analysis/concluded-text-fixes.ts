/**
 * The one rule for quick fixes on a concluded text: only `mechanical` fixes are offered there.
 *
 * A text that is no longer a draft — its signature or exchange dated on or before Entente's
 * reference day, or signed as its own words show (model/conclusion.ts, `concludedText`) — is a
 * transcription of a signed text: its wording has been
 * authenticated (VCLT Art. 10) and is changed only by an amending instrument (Art. 39), not as a
 * drafter completes a draft. A fix that changes what the text says in law — a header statement,
 * a library clause, a definition deleted, 'shall' rewritten as 'will', a heading renamed — would
 * make the transcription say what was never signed, and a fix that asserts a fact writes that fact
 * into it; both are `legal` or `factual` (rules/rule.ts, `FixEffect`) and are withheld. A
 * `mechanical` fix (a misspelt code or label, a comment that does nothing) leaves the meaning as
 * signed and stays. The finding stays too, and says why it has no fix: the point is for an
 * amending instrument or the next draft (twenty-fifth real-instrument run, "Not done").
 *
 * Applied where every finding becomes a diagnostic (analysis/analyze.ts), not rule by rule, so
 * that no rule can offer such a fix by forgetting to ask. The suppression rules' fixes are the
 * exception by family: they edit the reviewer's comments, which are no part of the signed text.
 */
import { concludedNote, concludedText } from '../model/conclusion';
import type { SemanticModel } from '../model/semantic-model';
import type { CodeFix, Finding, Rule } from '../rules/rule';

/**
 * The finding's fixes and message on this document: unchanged on a draft. A rule that says what a
 * reviewer of a signed text can do (`onConcludedText`) says it on every finding left without a fix,
 * so that its findings on one text read alike whether a fix was withheld or none was offered.
 */
export function fixesOnConcludedText(model: SemanticModel, rule: Rule, finding: Finding): Finding {
  const fixes = finding.fixes ?? [];
  if (rule.family === 'suppression') return finding;
  const withheld = fixes.length > 0 && !fixes.every(leavesMeaning);
  const own = finding.onConcludedText ?? rule.onConcludedText;
  const ownNote = own !== undefined && fixes.filter(leavesMeaning).length === 0;
  if (!withheld && !ownNote) return finding;
  const conclusion = concludedText(model.ast);
  if (!conclusion) return finding;
  const advice = typeof own === 'function' ? own(model) : own;
  const note = ownNote ? `The text is concluded (${conclusion.evidence}): ${advice}` : concludedNote(conclusion);
  return { ...finding, message: `${finding.message ?? rule.message} ${note}`, fixes: fixes.filter(leavesMeaning) };
}


function leavesMeaning(fix: CodeFix): boolean {
  return fix.effect === 'mechanical';
}
