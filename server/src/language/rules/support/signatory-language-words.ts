/**
 * What `text-not-in-signatory-language` says. On a draft it asks a question the drafter can act on
 * ("check whether NL needs a text in Dutch"). On a concluded text nothing can be checked or changed:
 * the languages the text was authenticated in were the signatories' choice, so the finding is worded
 * as an observation (ninety-ninth run, defect 2: NL–Ireland 2005, "DONE … in the English language
 * only", a warning under `strict`); it stays a note under every profile (analysis/concluded-text-severity.ts).
 */
import { andList } from '../../util/word-list';

export interface LanguageServed {
  /** The signatory whose official languages the text is authentic in (`IE`). */
  readonly id: string;
  /** Those languages (`English`). */
  readonly languages: readonly string[];
}

export function signatoryLanguageMessage(served: readonly LanguageServed[], unserved: string, theirs: readonly string[], authentic: readonly string[], concluded: boolean): string {
  if (!concluded) {
    return `The text is authentic in ${served.map((p) => `${p.languages.join(' and ')} (${p.id})`).join(', ')} but in no official language of ${unserved} (${theirs.join(', ')}): check whether ${unserved} needs a text in ${theirs.join(' or ')}.`;
  }
  const only = authentic.length === 1 ? ' only' : '';
  const officialOf = served.map((p) => `${andList(p.languages)} ${p.languages.length > 1 ? 'are official languages' : 'is an official language'} of ${p.id}`).join('; ');
  return `The signed text is authentic in ${andList(authentic)}${only}: ${officialOf}, and none is an official language of ${unserved} (${theirs.join(', ')}). An observation: the languages of a signed text were the signatories' choice, and nothing in it is to be changed.`;
}
