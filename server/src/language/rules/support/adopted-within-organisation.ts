/**
 * A treaty the text itself says was adopted by an organ of an international organisation: its
 * preamble opens with the organ and says that it adopts the text. "The General Conference of the
 * International Labour Organization, Having been convened at Geneva … adopts, this nineteenth day
 * of June of the year one thousand nine hundred and ninety-seven, the following Convention" (ILO
 * Convention No. 181, 1997, BWBV0001411); "The General Conference of the United Nations
 * Educational, Scientific and Cultural Organization, meeting in Paris … Adopts, this third day of
 * December 1958, the present Convention" (Convention concerning the international exchange of publications, BWBV0005158).
 *
 * Such a treaty is "adopted within an international organization", to which the Vienna Convention
 * applies "without prejudice to any relevant rules of the organization" (VCLT Art. 5, read:
 * BWBV0003441): what the text leaves silent on reservations or disputes is for those rules first,
 * and a message must not state the general regime as if it alone governed (the eighty-sixth run,
 * defect 2). The checker does not read the organisation's rules; it names the one it has read:
 * the Constitution of the International Labour Organisation refers "Any question or dispute
 * relating to the interpretation of … any subsequent Convention concluded by the Members in
 * pursuance of the provisions of this Constitution" to the International Court of Justice "for
 * decision" (Art. 37(1)), and gives a Member the right to complain that another "is not securing
 * the effective observance of any Convention which both have ratified" (Art. 26(1)) (read:
 * BWBV0001986).
 *
 * Narrow on purpose: only the preamble (the clause named Preamble, else the text's first clause),
 * only when it opens with the organ — "The General Conference", "General Assembly", "Conference",
 * "Assembly", "Council" or "Governing Body" of a name ending in Organization, Organisation or Agency
 * — and only when the same clause says the organ "adopts" this text ("the following Convention",
 * "the present Convention", "this Protocol"). "The States Parties to this Convention", "The
 * member States of the Council of Europe, signatory hereto" and "The Conference of the Parties …
 * adopts" (a treaty's own organ) are not read so; nor is an organ named later in a preamble
 * ("Noting the decision of the General Conference of the … Organization").
 */
import type { Clause } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { oncePer } from '../../util/once-per';

export interface AdoptingOrgan {
  /** "the General Conference of the International Labour Organization", as the text writes it. */
  readonly organ: string;
  /** "International Labour Organization". */
  readonly organisation: string;
}

const nameWord = String.raw`(?:[A-Z][\p{L}'’-]*|and|of|for|on)`;
/** "International Labour Organization", "United Nations Educational, Scientific and Cultural Organization". */
const organisationName = String.raw`${nameWord}(?:,?\s+${nameWord}){0,10}?\s+(?:Organi[sz]ation|Agency)`;
const opensWithOrgan = new RegExp(String.raw`^\s*The\s+((?:General\s+Conference|General\s+Assembly|Conference|Assembly|Council|Governing\s+Body)\s+of\s+the\s+(${organisationName}))\b`, 'u');
/** "adopts, this nineteenth day of June …, the following Convention", "Adopts this Convention". */
const adoptsThisText = /\b[Aa]dopts\b[^.;]{0,200}?\b(?:the\s+(?:following|present)|this)\s+(?:Convention|Protocol|Agreement|Treaty|Charter)\b/u;

const preambleName = /^preamble$/iu;

function preambleOf(model: SemanticModel): Clause | undefined {
  const clauses = model.ast.clauses;
  return clauses.find((c) => [c.id?.text, c.heading?.value.trim()].some((name) => name !== undefined && preambleName.test(name))) ?? clauses[0];
}

/** The organ that adopted the treaty, in the text's words, where its preamble says so; undefined otherwise. */
export const adoptingOrgan = oncePer((model: SemanticModel): AdoptingOrgan | undefined => {
  if (model.legalNature !== 'treaty') return undefined;
  const preamble = preambleOf(model);
  const text = preamble && model.clauseText(preamble);
  if (!text) return undefined;
  const organ = opensWithOrgan.exec(text);
  if (!organ || !adoptsThisText.test(text)) return undefined;
  return { organ: `the ${organ[1].replace(/\s+/gu, ' ')}`, organisation: organ[2].replace(/\s+/gu, ' ') };
});

/**
 * What the organisation's constituent instrument says of disputes, where the checker has read it:
 * `reaches` where its clause covers a treaty adopted under it. The ILO Constitution's does (Art.
 * 37(1): "Any question or dispute relating to the interpretation of this Constitution or of any
 * subsequent Convention concluded by the Members in pursuance of the provisions of this
 * Constitution", read: BWBV0001986). The UNESCO Constitution's does not: "Any question or dispute
 * concerning the interpretation of this Constitution shall be referred for determination to the
 * International Court of Justice or to an arbitral tribunal" (Art. XIV(2), read: BWBV0003155), so
 * the message must not presume rules it does not have (treaty lawyer lr20, D7).
 */
const constitutionOnDisputes: readonly { readonly organisation: RegExp; readonly reaches: boolean; readonly words: string }[] = [
  {
    organisation: /^International\s+Labour\s+Organi[sz]ation$/u,
    reaches: true,
    words:
      'the ILO Constitution refers any question or dispute on the interpretation of a Convention concluded under it to the International Court of Justice "for decision" (Art. 37(1)), and a Member may complain that another is not securing the effective observance of a Convention both have ratified (Art. 26(1))',
  },
  {
    organisation: /^United\s+Nations\s+Educational,\s+Scientific\s+and\s+Cultural\s+Organi[sz]ation$/u,
    reaches: false,
    words:
      'the UNESCO Constitution\'s own dispute clause does not reach this treaty: it refers to the International Court of Justice or an arbitral tribunal only "Any question or dispute concerning the interpretation of this Constitution" (Art. XIV(2))',
  },
];

/** The organisation's own words on disputes, where read: for the ILO, its Constitution's Arts. 37(1) and 26(1); for UNESCO, that its Art. XIV(2) covers the Constitution alone. */
export function organisationDisputeRules(adopted: AdoptingOrgan): { readonly reaches: boolean; readonly words: string } | undefined {
  return constitutionOnDisputes.find((c) => c.organisation.test(adopted.organisation));
}

/**
 * How the organisation's constitution has its Members consent to a treaty adopted under it, where
 * read. An ILO Convention is not signed by the Members: "Two copies of the Convention or
 * Recommendation shall be authenticated by the signatures of the President of the Conference and of
 * the Director-General", it "will be communicated to all Members for ratification", and a Member
 * "will communicate the formal ratification of the Convention to the Director-General" (ILO
 * Constitution Art. 19(4), (5)(a), (d); read: BWBV0001986; lr20, D7).
 */
const constitutionOnConsent: readonly { readonly organisation: RegExp; readonly acts: readonly string[]; readonly words: string }[] = [
  {
    organisation: /^International\s+Labour\s+Organi[sz]ation$/u,
    acts: ['ratification'],
    words: 'the Members do not sign: the President of the Conference and the Director-General authenticate the Convention by their signatures, and it is communicated to the Members for ratification (ILO Constitution Art. 19(4), (5)(a), (d))',
  },
];

/** The means of consent the organisation's constitution provides for a treaty adopted under it, with its words, where read. */
export function organisationConsentRules(adopted: AdoptingOrgan): { readonly acts: readonly string[]; readonly words: string } | undefined {
  return constitutionOnConsent.find((c) => c.organisation.test(adopted.organisation));
}

/** "adopted by the General Conference of the International Labour Organization (its preamble says so)". */
export function adoptedBy(adopted: AdoptingOrgan): string {
  return `adopted by ${adopted.organ} (its preamble says so)`;
}
