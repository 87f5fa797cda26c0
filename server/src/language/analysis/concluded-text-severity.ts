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
 * - every missing clause (`missing-dispute-settlement` on OPRC 1990 was an error under `strict`),
 *   its rule's default an error too: what a signed text is silent on, the law or the record of its
 *   conclusion answers — entry into force once every consent is established (VCLT Art. 24(2)),
 *   consent by the means the negotiating States agreed (Arts. 12(1)(b)–(c), 14(1)(b)–(d)), no
 *   denunciation unless intended or implied (Art. 56) — and nothing is done to the text. An error
 *   also marks the export DRAFT (sixty-ninth run, item 1: `missing-consent-to-be-bound` was an error
 *   under every profile on the NATO SOFA Art. 60 telecommunications Agreement, signed at Bonn on
 *   18 March 1993 by representatives "duly authorized thereto", its entry into force tied to the
 *   Amending Agreement's). A finding's own ceiling still decides where it is set
 *   (`missing-transfer-safeguards` on a treaty concluded since 24 May 2016: transfers under it
 *   lack their GDPR Art. 46(2)(a) basis, a present fault of the transfers, not of the text);
 * - `mou-binding-wording`, `mou-treaty-wording`: in a signed memorandum the words are evidence about
 *   its status, not a draft to rewrite (the rules say so in their messages);
 * - `unused-term`, `undefined-term`: a definition or a quoted phrase in a signed text stands as signed;
 * - `exchange-reply-mismatch`: its own message allows real letters dated where they were signed;
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
 * - `missing-body-costs`: a note by design (the costs clause the text has names other costs), and
 *   what it asks of a signed text — a later agreement, or financial rules the parties adopt — is
 *   done beside the text, not in it. `strict` made it a warning on the concluded OSPAR Convention
 *   (1992), on the Commission whose own Art. 10(5) gives its finances to Financial Regulations
 *   (seventy-first run, defect 3).
 * - `provisional-application-end`: a note by design (the default rule of VCLT Art. 25(2) is law),
 *   and on a signed text nothing is to be added: the finding says what the law is where the text is
 *   silent. `strict` made it a warning on the concluded NL–US Weapons Production notes (1960), whose
 *   provisional application runs "from the date of Your Excellency's reply" with no stated end
 *   (eightieth run, defect 4).
 * Everything else keeps the profile's severity (`possible-transfer-without-safeguards` decides its
 * own, `profileCeiling`).
 *
 * Applied where every finding becomes a diagnostic (analysis/analyze.ts), as the fixes on a
 * concluded text are, so that no rule can forget it.
 */
import { concludedText } from '../model/conclusion';
import type { SemanticModel } from '../model/semantic-model';
import type { Rule, Severity } from '../rules/rule';

/** Rules other than the missing-clause family whose findings stop at warning on a concluded text. */
const cappedOnConcludedText: ReadonlySet<string> = new Set(['mou-binding-wording', 'mou-treaty-wording', 'unused-term', 'undefined-term', 'exchange-reply-mismatch']);

/** Rules whose findings stay notes on a concluded text: drafting notes on words that stand as signed. */
// `text-not-in-signatory-language`: the languages of a signed text were chosen; nothing can be checked or changed (ninety-ninth run, defect 2).
const notesOnConcludedText: ReadonlySet<string> = new Set(['treaty-mou-wording', 'term-used-in-lower-case', 'missing-body-costs', 'provisional-application-end', 'text-not-in-signatory-language']);

/** The most a profile may make of this rule's findings on this document, or undefined for no limit. */
export function concludedTextCeiling(model: SemanticModel, rule: Rule): Severity | undefined {
  if (!concludedText(model.ast)) return undefined;
  if (notesOnConcludedText.has(rule.code)) return 'info';
  return rule.family === 'missing-clause' || cappedOnConcludedText.has(rule.code) ? 'warning' : undefined;
}

/** For the rules page: how a concluded text limits the profiles' severity of this rule, or undefined. */
export function concludedTextCapNote(rule: Rule): string | undefined {
  if (notesOnConcludedText.has(rule.code)) return 'on a concluded text at most info (a note) under any profile';
  return rule.family === 'missing-clause' || cappedOnConcludedText.has(rule.code) ? 'on a concluded text at most warning under any profile' : undefined;
}
