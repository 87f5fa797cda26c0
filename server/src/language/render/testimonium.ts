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
import type { DateValue, SignatureClause, Text } from '../ast/nodes';
import type { SemanticModel } from '../model/semantic-model';
import type { RenderContext } from '../constructs/construct';
import type { SignatureBlock } from './instrument-model';
import { visibleText } from './inline';
import { allTexts, capitalise, withArticle } from './words';

export function testimonium(model: SemanticModel, r: RenderContext): string[] {
  const header = model.ast.instrument;
  if (!header) return [];
  const signature = header.signature;
  // An exchange of notes has no final formula of its own: each note is signed and dated.
  if (header.form && !signature) return [];
  const first = signing(signature?.place, signature?.date, r);
  // Signed by each side on its own day and place: "at Washington on 25 July 1978 and at The Hague on 24 August 1978".
  const more = signature?.more.map((m) => signing(m.place, m.date, r)) ?? [];
  const where = [first, ...more].join(' and ');
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
  // A declaration that states no language is not missing one: none is expected of it.
  const declaration = signature?.keyword.value === 'issued' || header.kind.value === 'declaration';
  const formula = `${where}${declaration && languages.length === 0 ? '' : `, ${languageText}`}${originals(signature, r)}${validity}${deposited(signature, r)}.${prevailing}`;
  if (declaration) return [`Issued ${formula}`];
  if (!r.treaty) return [`Signed ${formula}`];
  return [`IN WITNESS WHEREOF the undersigned, being duly authorised thereto, have signed this ${r.self}.`, `Done ${formula}`];
}

/** "at Helsinki on 14 June 2027"; a missing place or date is a placeholder. */
function signing(place: Text | undefined, date: DateValue | undefined, r: RenderContext): string {
  const where = place?.value.trim() ? visibleText(place.value.trim()) : r.placeholder('place of signature');
  return `at ${where} on ${r.date(date, 'date of signature')}`;
}

/** `in duplicate`, `in single copy`, `in 3 originals`: only when the header states it. */
function originals(signature: SignatureClause | undefined, r: RenderContext): string {
  const o = signature?.originals;
  if (!o) return '';
  if (o.count === undefined) return `, in ${r.placeholder('number of originals')}`;
  if (o.count === 1) return `, in a single ${o.noun?.text === 'copy' ? 'copy' : 'original'}`;
  if (o.count === 2) return ', in duplicate';
  return `, in ${o.count} originals`;
}

/** `deposited with "the archives of …"`: where the single original is kept, only when the header states it. */
function deposited(signature: SignatureClause | undefined, r: RenderContext): string {
  const d = signature?.depositedWith;
  if (!d) return '';
  const where = 'multiline' in d ? r.phrase(d) : r.partyName(d);
  return `, which ${r.will} be deposited ${/^(?:the\s+)?archives\b/i.test(where) ? 'in' : 'with'} ${where.replace(/^The\s/, 'the ')}`;
}

/** One block per signatory: "For the Republic of Estonia", and who signs for it when the text says. */
export function signatureBlocks(model: SemanticModel, r: RenderContext): SignatureBlock[] {
  const header = model.ast.instrument;
  // A declaration is issued, not signed; the notes of an exchange are each signed in their own text.
  if (header?.kind.value === 'declaration' || (header?.form && !header.signature)) return [];
  // A class of parties ("Any State which has acceded …") signs State by State: it has no block of its own.
  return model.signatories.filter((party) => !party.classOf).map((party, index) => {
    const name = party.effective.name?.value;
    const label = name ? withArticle(visibleText(name)) : r.placeholder(`name of the ${['first', 'second', 'third'][index] ?? `${index + 1}th`} ${r.participant}`);
    const by = party.effective.representative?.value;
    return { for: `For ${label}`, signatory: by ? capitalise(visibleText(by)) : undefined };
  });
}
