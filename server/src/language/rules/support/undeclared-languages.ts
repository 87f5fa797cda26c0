/**
 * What a transcription shows of its text's languages where its header declares none, read for
 * `missing-language-clause` (hundred-and-third real-instrument run, defect 3). The NL–US Agreement
 * concerning American Military Cemeteries (1970; read: BWBV0004383) is printed in an English and a
 * Dutch text, each with its own final formula ("DONE at the Hague, in duplicate, this fourth day of
 * May 1970"; "GEDAAN te 's-Gravenhage, in tweevoud, de 4e mei 1970"), and says nowhere which is
 * authentic; its transcription gives the English text and `omitted "Dutch text (…)"`, and no
 * `languages`. A lawyer asks in which languages the treaty was authenticated: "When a treaty has
 * been authenticated in two or more languages, the text is equally authoritative in each language,
 * unless the treaty provides or the parties agree that, in case of divergence, a particular text
 * shall prevail", and "A version of the treaty in a language other than one of those in which the
 * text was authenticated shall be considered an authentic text only if the treaty so provides or
 * the parties so agree" (VCLT Art. 33(1)–(2); read: BWBV0003441).
 *
 * Two signs are read, narrowly: an omitted part that is another language's text or version
 * ("Dutch text (…)", "the French version"), never a translation ("Dutch translation"), which is
 * no text of the treaty; and a final formula that names two languages or more ("DONE at … in the
 * English and French languages"). The transcribed text is in a language of its own, so one other
 * language's text omitted already makes two.
 */
import type { Instrument } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { officialLanguages } from '../../data/official-languages';
import { singleSpaced } from '../../util/single-spaced';
import { viennaCitation } from './vienna-convention';

/** Language names the signs are read for: the official languages listed for the checks, and others treaties are made in. */
const languageNames = [
  ...new Set([
    ...Object.values(officialLanguages).flat(),
    ...'Arabic Chinese English French Russian Spanish Japanese Korean Indonesian Thai Hebrew Turkish Portuguese Hindi Persian Swahili Malay Vietnamese Ukrainian Serbian Albanian Macedonian Norwegian Icelandic Armenian Georgian Urdu'.split(' '),
  ]),
].join('|');

/** `omitted "Dutch text (…)"`, "the French version": a text in another language, not a translation. */
const omittedText = new RegExp(`^\\s*(?:the\\s+)?(${languageNames})\\s+(?:text|version)\\b`, 'u');
/** "DONE at … in the English and French languages", "Signed … in English, French and Spanish": two languages or more in a final formula. */
const formulaLanguages = new RegExp(
  `(?:^|[.;:]\\s+)(?:Done|DONE|Signed|SIGNED)\\b[^.]{0,200}?\\b(in\\s+(?:the\\s+)?((?:${languageNames})(?:\\s*,\\s*(?:the\\s+)?(?:${languageNames}))*\\s*,?\\s+and\\s+(?:the\\s+)?(?:${languageNames}))(?:\\s+languages)?)\\b`,
  'u',
);

/** The sign, in words for a message, that the instrument is in several languages; undefined if none is shown. */
function languagesShown(model: SemanticModel, instrument: Instrument): string | undefined {
  for (const part of instrument.omitted?.parts ?? []) {
    const found = omittedText.exec(part.value);
    if (found) {
      const quoted = part.value.length > 40 ? `${part.value.slice(0, 40).trimEnd()} …` : part.value;
      return `an omitted part is its ${found[1]} text ("${quoted}")`;
    }
  }
  for (const clause of model.ast.clauses) {
    const found = formulaLanguages.exec(singleSpaced(model.clauseText(clause) ?? ''));
    if (found) return `its final formula names texts in ${found[2].replace(/\bthe\s+/gu, '')} ("${found[1]}")`;
  }
  return undefined;
}

/**
 * The message where the header declares no languages but the transcription shows several, for a
 * note asking for `languages`; undefined where it shows none.
 */
export function undeclaredLanguagesMessage(model: SemanticModel, instrument: Instrument): string | undefined {
  const shown = languagesShown(model, instrument);
  if (!shown) return undefined;
  const law =
    model.legalNature !== 'mou'
      ? `a treaty authenticated in two or more languages is equally authoritative in each unless one text is to prevail, and a version in another language is an authentic text only if the treaty so provides or the parties so agree (${viennaCitation(model, 'Art. 33(1)–(2)')})`
      : 'for an instrument that is no treaty no rule of law says it, and the texts should say it as clearly';
  return `The header declares no languages, but ${shown}: the instrument is in more than one language. Declare them (\`languages …\`, with \`authentic\` only where the text says which versions are), or a clause on languages, so that the checks can read how the versions relate: ${law}.`;
}
