/**
 * Words of the text, in a clause not tagged `about other-obligations`, that settle how it relates to
 * other agreements (ninety-fifth run, defect 1; ninety-sixth run, defect 1): the finding read only
 * the tag and a few savings formulas, and called texts silent that are not.
 *
 * A general relation clause, which reaches every other agreement binding on the Parties:
 * - "Where any matter is governed by both the present Agreement and other international Agreement
 *   binding on both Contracting Parties, nothing in this Agreement shall prevent a national of the
 *   one Contracting Party from benefiting by the provisions most favourable to him" (NL–Sudan
 *   economic and technical co-operation Agreement 1970, Art. XVI; read: BWBV0004242);
 * - "In the event of a conflict between this Agreement and any other international agreement, the
 *   provisions of this Agreement shall prevail" — the same sentence must say which prevails or that
 *   the other is not affected: one that only provides for consultation ("…, the Parties shall
 *   consult each other", even "to decide which shall prevail") settles nothing, and VCLT Art. 30(2)–(4) still decide (read: BWBV0003441;
 *   treaty lawyer lr22, D6);
 * - "This Agreement shall prevail over any other agreement …".
 * `missing-relation-to-other-obligations` then has nothing to ask, as with a savings clause.
 *
 * A clause by which a later agreement's provisions supersede the text's own: "If a multilateral
 * agreement or convention, accepted by both Contracting Parties, concerning any matter covered by
 * this Agreement, enters into force, the relevant provisions of that agreement or convention shall
 * supersede the relevant provisions of this Agreement" (NL–Syria air services Agreement 2001,
 * Art. 23(2); read: BWBV0001536). The text "specifies that it is subject to … a later treaty", so
 * "the provisions of that other treaty prevail" (VCLT Art. 30(2), read: BWBV0003441); it says
 * nothing of the parties' other obligations (earlier agreements, Union law), and the finding names
 * the clause and asks only about those, as it does for a replacement clause
 * (replaces-earlier-treaty.ts).
 *
 * Read narrowly: the other instrument must be an agreement, treaty or convention — not national
 * law ("governed by both the present Agreement and the national legislation"), not an annex ("the
 * new Annex shall supersede the Annex"), not an amendment of this text ("an amendment … shall
 * supersede the relevant provisions of this Agreement") — and what it prevails over must be this
 * text or its provisions.
 */
import type { Clause } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { quoteInput } from '../../util/bounded-text';
import { spacedClauseText } from './spaced-clause-text';

/**
 * A savings clause: "without prejudice to … other agreements / obligations", "Nothing in this
 * Convention shall affect other rights … and obligations" (Budapest Art. 39(3)), "in no way
 * prevents the Parties from making other Agreements" (NATO 1997 Art. 5), "Article 103".
 */
export const savingsClause = new RegExp(
  [
    String.raw`\b(?:without\s+prejudice\s+to|is\s+not\s+intended\s+to\s+(?:affect|prejudice)|(?:shall|will|does|do)\s+not\s+(?:affect|prejudice)|in\s+no\s+way\s+(?:prevents?|affects?|prejudices?|limits?))\b[^.;]{0,160}?\b(?:other|existing|international|bilateral|multilateral|prior)\s+(?:agreements?|arrangements?|treaties|conventions?|instruments?|obligations|commitments|law)`,
    String.raw`\bnothing\s+in\s+(?:this|the\s+present)\s+[\p{L} ]{3,40}?\s+(?:shall|will|is\s+intended\s+to)\s+(?:affect|prejudice|derogate|be\s+construed)`,
    String.raw`\b(?:rights\s+and\s+)?obligations\s+(?:of\s+the\s+(?:Parties|Participants)\s+)?(?:under|arising\s+from|deriving\s+from)\s+(?:other|existing|international\s+law|Union\s+law|EU\s+law|(?:their|its)\s+membership)`,
    String.raw`\b(?:consistent|in\s+accordance|in\s+conformity|compatible)\s+with\s+(?:their|its|the\s+(?:Parties|Participants)['’]?)\s+(?:respective\s+)?(?:other\s+)?international\s+(?:obligations|commitments)`,
    String.raw`\bArticle\s+103\s+of\s+the\s+(?:Charter|UN\s+Charter)`,
  ].join('|'),
  'iu',
);

/** A word each branch of `savingsClause` needs (same flags): texts without one cannot match it. */
export const savingsWords = /prejudice|affect|prevent|limit|nothing|obligations|international|103/iu;

/**
 * The instrument places itself beside or under another: "The purpose of this Protocol is to
 * supplement, as between the Parties to the Protocol, the provisions of the Convention" (ETS 189
 * Art. 1). A treaty that says which treaty it supplements or implements has specified its relation
 * to it (VCLT Art. 30(2)); one that implements another is found by `implementedTreaty`.
 */
export const supplementsAnother = new RegExp(
  [
    String.raw`\bpurpose\s+of\s+(?:this|the\s+present)\s+\p{L}+\s+is\s+to\s+supplement\b`,
    String.raw`\b(?:this|the\s+present)\s+(?:Protocol|Agreement|Convention|Treaty|Arrangement)\s+(?:shall\s+)?supplements?\b`,
  ].join('|'),
  'u',
);

const thisText = String.raw`(?:this|the\s+present)\s+(?:Agreement|Convention|Treaty|Protocol)\b`;
const otherTreaty = String.raw`(?:any\s+|an\s+)?(?:other|another)\s+(?:international\s+|bilateral\s+|multilateral\s+)?(?:agreements?|treaty|treaties|conventions?)\b`;

/** Words of priority or non-affectation, which a conflict rule needs in its sentence: "shall prevail", "shall not affect", "the provisions more favourable … shall apply" (lr22, D6). */
const priorityWords = String.raw`(?:prevail|supersede|take\s+precedence|override|(?:shall|will|does|do)\s+not\s+(?:affect|prejudice|derogate)|without\s+prejudice|(?:(?:the\s+provisions\s+of\s+)?(?:${thisText}|the\s+(?:latter|former)|that\s+(?:other\s+)?(?:agreement|treaty|convention))|the\s+(?:provisions?|rules?)\b[^.;]{0,80}?)\s+shall\s+(?:apply|govern|be\s+applied))`;

/** A general relation clause (see above), in one sentence. */
export const generalRelationClause = new RegExp(
  [
    // "governed by both the present Agreement and other international Agreement binding on both Contracting Parties"
    String.raw`\b${thisText}[^.;]{0,120}?\b${otherTreaty}\s+(?:(?:which|that)\s+(?:is|are)\s+)?(?:binding\s+(?:on|upon)|in\s+force\s+(?:between|for))\s+(?:both\s+|the\s+|each\s+of\s+the\s+)?(?:Contracting\s+)?(?:Parties|States)\b`,
    // "In the event of a conflict between this Agreement and any other international agreement"
    String.raw`\bin\s+(?:the\s+)?(?:event|case)\s+of\s+(?:a\s+|any\s+)?(?:conflict|inconsistency|incompatibility)\s+between\s+(?:the\s+provisions\s+of\s+)?${thisText}\s+and\s+(?:the\s+provisions\s+of\s+)?${otherTreaty}(?:(?!consult|negotiat)[^.;])*?\b${priorityWords}`,
    // "This Agreement shall prevail over any other agreement"
    String.raw`\b${thisText}\s+shall\s+(?:prevail\s+over|take\s+precedence\s+over)\s+(?:the\s+provisions\s+of\s+)?(?:any\s+|all\s+)?(?:other|earlier|later|prior|existing)\s+(?:international\s+|bilateral\s+|multilateral\s+)?(?:agreements?|treaty|treaties|conventions?|obligations)\b`,
  ].join('|'),
  'iu',
);

/** A word each branch of `generalRelationClause` needs (same flags). */
export const generalRelationWords = /other|prevail|precedence/iu;

/** "that agreement or convention shall supersede the relevant provisions of this Agreement" (see above). */
const laterPrevails = new RegExp(
  String.raw`\b(?:that|such|the|an?|any)\s+(?:(?:multilateral|international|general|later|subsequent)\s+)?(?:agreements?|conventions?|treaty|treaties)\b(?:\s+or\s+(?:agreements?|conventions?|treaty|treaties))?\s+shall\s+(?:supersede|prevail\s+over|take\s+precedence\s+over|replace)\s+(?:the\s+)?(?:relevant\s+|corresponding\s+|conflicting\s+)?(?:provisions?\s+of\s+)?${thisText}`,
  'iu',
);

/** The clause by which a later agreement's provisions supersede the text's own, and its sentence; undefined where none does. */
export function laterAgreementsPrevail(model: SemanticModel): { readonly clause: Clause; readonly words: string } | undefined {
  for (const clause of model.ast.clauses) {
    const text = spacedClauseText(model, clause);
    if (!/supersede|prevail|precedence|replace/iu.test(text)) continue;
    const m = laterPrevails.exec(text);
    if (!m) continue;
    // The sentence that says it, as the message quotes it (bounded); a numbered paragraph's number left out.
    const start = Math.max(text.lastIndexOf('. ', m.index) + 1, 0);
    const end = text.indexOf('.', m.index + m[0].length);
    const sentence = text.slice(start, end === -1 ? undefined : end).trim().replace(/^\d+\s*/u, '');
    return { clause, words: quoteInput(sentence, 280) };
  }
  return undefined;
}
