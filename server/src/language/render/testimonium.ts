/**
 * The end of the instrument: the final formula and a signature block per signatory.
 *
 * Treaty: "IN WITNESS WHEREOF the undersigned, being duly authorised thereto, have signed this
 * Agreement. Done at Helsinki on 14 June 2027, in the Estonian, Finnish and English languages, all
 * three texts being equally authentic. In case of divergence of interpretation, the English text
 * shall prevail." (NL–US 2012 and NL–SE 1984 in the Dutch treaty series). MoU: "Signed at … on …,
 * in the … languages, all texts being equally valid." The formula says only what the header
 * states: the texts are "equally authentic" (or "equally valid") only when `languages … authentic`
 * (or `equally-valid`) says so, and neither a number of originals ("in duplicate") nor where a
 * single original is deposited is written unless the header states it. A missing or invalid
 * place, date or language is a placeholder.
 */
import type { SemanticModel } from '../model/semantic-model';
import type { RenderContext } from '../constructs/construct';
import type { SignatureBlock } from './instrument-model';
import { visibleText } from './inline';
import { allTexts, capitalise, withArticle } from './words';

export function testimonium(model: SemanticModel, r: RenderContext): string[] {
  const header = model.ast.instrument;
  if (!header) return [];
  const signature = header.signature;
  const place = signature?.place?.value.trim() ? visibleText(signature.place.value.trim()) : r.placeholder('place of signature');
  const date = r.date(signature?.date, 'date of signature');
  const languages = header.languages?.languages.map((l) => l.text) ?? [];
  const languageText =
    languages.length === 0 ? `in the ${r.placeholder('languages of the text')} language` : languages.length === 1 ? `in the ${languages[0]} language` : `in the ${r.list(languages)} languages`;
  const stated = header.languages?.validity?.value;
  const validity = languages.length > 1 && stated ? `, ${allTexts(languages.length)} being equally ${stated === 'authentic' ? 'authentic' : 'valid'}` : '';
  const prevailingName = header.languages?.prevailing?.text;
  const prevailing =
    prevailingName === undefined || languages.length < 2
      ? ''
      : ` In case of ${r.treaty ? '' : 'any '}divergence of interpretation, the ${languages.includes(prevailingName) ? prevailingName : r.placeholder('prevailing language, one of the languages of the text')} text ${r.will} prevail.`;
  const formula = `${place} on ${date}, ${languageText}${validity}.${prevailing}`;
  if (!r.treaty) return [`Signed at ${formula}`];
  return [`IN WITNESS WHEREOF the undersigned, being duly authorised thereto, have signed this ${r.self}.`, `Done at ${formula}`];
}

/** One block per signatory: "For the Republic of Estonia", and who signs for it when the text says. */
export function signatureBlocks(model: SemanticModel, r: RenderContext): SignatureBlock[] {
  return model.signatories.map((party, index) => {
    const name = party.effective.name?.value;
    const label = name ? withArticle(visibleText(name)) : r.placeholder(`name of the ${['first', 'second', 'third'][index] ?? `${index + 1}th`} ${r.participant}`);
    const by = party.effective.representative?.value;
    return { for: `For ${label}`, signatory: by ? capitalise(visibleText(by)) : undefined };
  });
}
