/**
 * The language clause of a text in several languages (catalogue MC09): how the versions relate.
 * Kept apart from the other treaty clauses (missing-treaty-clauses.ts) because it also reads what
 * the transcription shows of a text's languages where the header declares none (support/
 * undeclared-languages.ts; hundred-and-third run, defect 3).
 */
import type { Instrument } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { libraryClauseFix } from '../support/fixes';
import { coversTopic, standaloneInstrument } from '../support/applicability';
import { defineRule, type CodeFix } from '../rule';
import { undeclaredLanguagesMessage } from '../support/undeclared-languages';
import { concludedText } from '../../model/conclusion';
import { viennaCitation } from '../support/vienna-convention';

/**
 * The library's language clause says more than the finding asks, which is only how the texts
 * relate (quick-fix review, item 13): the bilateral formula has one text prevail and counts two
 * originals ("in duplicate"), the multilateral one deposits a single original with the
 * depositary. Whether a text prevails is the parties' choice (VCLT Art. 33(1): equally
 * authoritative "unless the treaty provides … that … a particular text shall prevail"), so the
 * clause is offered only where the header already says what it would decide.
 */
function languageClauseFits(model: SemanticModel, instrument: Instrument): boolean {
  if (model.isMultilateral) return instrument.depositary !== undefined || instrument.signature?.depositedWith !== undefined;
  const originals = instrument.signature?.originals?.count;
  return model.isBilateral && instrument.languages?.prevailing !== undefined && (originals === undefined || originals === 2);
}

export const missingLanguageClause = defineRule({
  code: 'missing-language-clause',
  catalogueId: 'MC09',
  family: 'missing-clause',
  librarySatisfiable: true,
  defaultSeverity: 'warning',
  message: 'Say how the language versions relate: add `authentic` (treaty) or `equally-valid` (MoU), and `prevailing <language>` if one text prevails.',
  rationale:
    'An instrument drawn up in several languages must say which texts are authentic (equally valid, for an MoU), or a translation may be taken for a text of the instrument. Once the texts are declared authentic, VCLT Art. 33(1) makes them equally authoritative unless one is said to prevail, so naming a prevailing text is a choice this check does not demand. Where the header declares no languages but the transcription shows several — an omitted part that is another language\'s text ("Dutch text (…)", not a translation), or a final formula naming two languages or more — a note asks for `languages`: the NL–US Agreement concerning American Military Cemeteries (1970) is printed in an English and a Dutch text, each with its own final formula, and says nowhere which is authentic (hundred-and-third run, defect 3); a version in a language other than those in which the text was authenticated is authentic "only if the treaty so provides or the parties so agree" (Art. 33(2)). On a concluded treaty the silence is filled by that rule: the text is established as authentic "by the signature … of the representatives" failing another procedure (Art. 10(b)), and a treaty authenticated in two or more languages is "equally authoritative in each language, unless the treaty provides or the parties agree that, in case of divergence, a particular text shall prevail" (Art. 33(1)). The NL–US education exchange Agreement (1972) is printed in an English and a Dutch text, each with its own final formula ("DONE at The Hague, this 16th day of October 1972", "GEDAAN te \'s-Gravenhage, 16 oktober 1972") signed by the same two representatives: the finding there is a note that states the rule, with the Vienna Convention cited as between its parties or as custom (treaty lawyer lr29, D9).',
  source: 'VCLT Art. 33(1)–(2) (read: Dutch treaty series BWBV0003441), for treaties; Netherlands–US Agreement concerning American Military Cemeteries (1970), English and Dutch texts and their final formulas (read: BWBV0004383); VCLT Art. 10(b) (read: BWBV0003441); Netherlands–US education exchange Agreement (1972), the English and Dutch final formulas (read: BWBV0003425); for MoUs no legal authority is claimed (the same clarity as a matter of practice)',
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" {\n  languages English, Estonian\n}\n',
    fix: 'memorandum "MoU" {\n  languages English, Estonian equally-valid\n}\n',
  },
  findingCeilings: [
    { severity: 'info', where: 'where the header declares no languages and only an omitted part or the final formula shows several (a note asking for `languages`; hundred-and-third run, defect 3)' },
    { severity: 'info', where: 'on a concluded treaty: the texts it was authenticated in are equally authoritative unless it provides otherwise (VCLT Arts. 10(b), 33(1); treaty lawyer lr29, D9)' },
  ],
  check({ model, report }) {
    const instrument = standaloneInstrument(model);
    const languages = instrument?.languages;
    if (!instrument) return;
    // No `languages`: ask for them where the transcription shows several, as a note (run 103, D3).
    if (!languages) {
      const message = coversTopic(model, 'languages') ? undefined : undeclaredLanguagesMessage(model, instrument);
      if (message) report({ range: instrument.kind.range, message, profileCeiling: 'info' });
      return;
    }
    if (languages.validity) return;
    if (new Set(languages.languages.map((l) => l.text)).size < 2) return;
    if (coversTopic(model, 'languages')) return;
    const word = model.wording === 'treaty' ? 'authentic' : 'equally-valid';
    const last = languages.languages[languages.languages.length - 1];
    const fixes: CodeFix[] = [];
    const library = languageClauseFits(model, instrument) ? libraryClauseFix(model, 'languages') : undefined;
    if (library) fixes.push(library);
    // Authentic (treaty) or equally valid (MoU) is itself a signal of status: a legal choice.
    fixes.push({ title: `Declare the texts ${word}`, edits: [{ range: { start: last.range.end, end: last.range.end }, newText: ` ${word}` }], effect: 'legal', preferred: true });
    // A concluded treaty silent on its languages: the law says how texts it was authenticated in
    // relate — by signature where no other procedure was agreed, each equally authoritative — so the
    // silence is filled, not a gap (treaty lawyer lr29, D9: NL–US education exchange 1972, an English
    // and a Dutch text, each with its own signed final formula). A note that says so; the transcriber
    // records which texts were signed. An MoU has no such rule of law behind it: it keeps the finding.
    if (model.wording === 'treaty' && concludedText(model.ast)) {
      report({
        range: languages.keyword,
        message: `The treaty is in ${languages.languages.length} languages and does not say how they relate: each text in which it was authenticated — by the representatives' signature, failing another procedure agreed — is equally authoritative, unless the treaty provides or the parties agree that one prevails; a version in another language is authentic only if the treaty so provides or the parties so agree (${viennaCitation(model, 'Arts. 10(b), 33(1)–(2)')}). Where each text was signed, record it with \`${word}\` after the list.`,
        fixes,
        profileCeiling: 'info',
      });
      return;
    }
    report({
      range: languages.keyword,
      message: `The instrument is in ${languages.languages.length} languages: add \`${word}\` after the list (and \`prevailing <language>\` if one text prevails), or a clause on languages.`,
      fixes,
    });
  },
});

