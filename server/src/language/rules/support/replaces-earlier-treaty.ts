/**
 * A clause by which the text replaces or terminates an earlier agreement: "This Convention shall
 * replace the Agreement between the Government of the Kingdom of the Netherlands and the Government
 * of the State of Israel … signed at The Hague on 25th April 1963" (NL–Israel social security 1984,
 * Art. 33; seventy-sixth run), "the present Agreement shall supersede the Administrative Agreement of
 * 3 August 1959" (NATO SOFA Art. 60 telecommunications 1993, Art. 2(2)), "the Convention shall
 * replace the Oslo and Paris Conventions as between the Contracting Parties" (OSPAR 1992). Such a
 * clause settles the text's relation to that agreement: a treaty is terminated where all its
 * parties conclude a later one on the same subject-matter and "it appears from the later treaty …
 * that the parties intended that the matter should be governed by that treaty" (VCLT Art. 59(1)(a),
 * read: BWBV0003441). It says nothing of the parties' other obligations (other treaties, Union
 * law): `missing-relation-to-other-obligations` names the clause and narrows itself to those.
 */
import type { Clause } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { spacedClauseText } from './spaced-clause-text';
import { quoteInput } from '../../util/bounded-text';
import { concludedText } from '../../model/conclusion';
import { viennaCitation } from './vienna-convention';
import { actsUnderAgreement, buildsOnAgreement } from './acts-under-agreement';
import { namedAsBetweenTheseParties } from './between-these-parties';
import { endsOnLaterAgreement, laterAgreementsPrevail, relationReach } from './relation-in-words';

const instrumentWord = String.raw`(?:Convention|Agreement|Treaty|Protocol|Arrangement|Memorandum)`;

/** "This Convention shall replace the …", "the present Agreement supersedes the …", "shall replace and terminate the …"; "the Agreement … is hereby terminated by this …". */
const replacement = new RegExp(
  [
    String.raw`\b(?:this|the\s+present|the)\s+${instrumentWord}\s+(?:shall\s+)?(?:replace|supersede)s?(?:\s+and\s+terminates?)?\s+(?:the|an?|all)\s+\p{L}`,
    String.raw`\b(?:shall\s+be|is\s+hereby|are\s+hereby)\s+(?:terminated|replaced|superseded)\s+by\s+(?:this|the\s+present)\s+${instrumentWord}`,
  ].join('|'),
  'iu',
);

/** "replace the provisions of Article 5 of …", "supersede Articles 3 and 4 of …": part of an agreement. */
const someProvisions = /\b(?:replace|supersede)s?\s+(?:the\s+)?(?:(?:provisions?|paragraphs?|Articles?)\s+(?:of\b|\d|[IVXL]+\b)|(?:provisions?|paragraphs?)\s+)/iu;
/** "as between the Contracting Parties", "as between the Parties to this Convention": inter se. */
const interSe = /\bas\s+between\s+(?:the\s+|those\s+)?(?:Contracting\s+)?(?:Parties|States|Signator(?:y|ies))\b/iu;

/** What the clause does to the earlier agreement (see the file's comment). */
export type ReplacementKind = 'whole' | 'inter-se' | 'provisions';

/** The first clause of the text that replaces or terminates an earlier agreement, with its words; undefined where none does. */
export function replacementClause(model: SemanticModel): { readonly clause: Clause; readonly words: string; readonly sentence: string; readonly kind: ReplacementKind } | undefined {
  for (const clause of model.ast.clauses) {
    const text = spacedClauseText(model, clause);
    const m = replacement.exec(text);
    if (!m) continue;
    // The sentence that says it, as the message quotes it (bounded).
    const start = Math.max(text.lastIndexOf('. ', m.index) + 1, 0);
    const end = text.indexOf('.', m.index + m[0].length);
    const sentence = text.slice(start, end === -1 ? undefined : end).trim();
    const kind: ReplacementKind = someProvisions.test(sentence) ? 'provisions' : interSe.test(sentence) ? 'inter-se' : 'whole';
    return { clause, words: quoteInput(sentence, 160), sentence, kind };
  }
  return undefined;
}

/** Where the clause is, for the message: `clause Art33 ("Article 33")`, or "a clause". */
export function replacementClauseName(clause: Clause): string {
  return `${clause.id ? `clause ${clause.id.text}` : 'a clause'}${clause.heading ? ` ("${quoteInput(clause.heading.value)}")` : ''}`;
}

/**
 * The finding's opening. A clause that replaces an earlier agreement settles the relation to that
 * one only (replaces-earlier-treaty.ts): the text is not called silent, and what remains open is
 * named (seventy-sixth run: NL–Israel 1984, Art. 33). A concluded text takes no clause: say what
 * holds in its silence (lr9, defect 8).
 */
export function relationWords(model: SemanticModel, reasons: readonly string[]): string {
  const replaced = replacementClause(model);
  const settled = replaced ? `${replacementClauseName(replaced.clause)} ${whatItSettles(model, replaced)}` : '';
  // A preamble naming the agreement the parties act under: not silent on that one (eighty-fourth run, defect 4).
  // Or the agreement whose cooperation it carries further (eighty-ninth run, defect 4).
  const actsUnder = actsUnderAgreement(model);
  const builds = actsUnder ? undefined : buildsOnAgreement(model);
  const under = actsUnder ?? builds;
  const named = actsUnder
    ? `its preamble names the agreement under which the parties act ("${actsUnder}")`
    : builds
      ? `its preamble names the agreement whose cooperation it carries further ("${builds}")`
      : '';
  // A clause by which a later agreement's provisions supersede the text's own (NL–Syria 2001, Art. 23(2); ninety-fifth run, defect 1).
  const later = laterAgreementsPrevail(model);
  const laterSaid = later ? `${replacementClauseName(later.clause)} specifies that their provisions prevail over its own ("${later.words}"; ${viennaCitation(model, 'Art. 30(2)')})` : '';
  // A clause that ends the text when a later agreement enters into force (NL–Sri Lanka 1981, Art. VII(4); hundred-and-seventh run, defect 2).
  const ends = endsOnLaterAgreement(model);
  const endsSaid = ends ? `${replacementClauseName(ends.clause)} ends it on that agreement’s entry into force ("${ends.words}"; ${viennaCitation(model, 'Art. 54(a)')})` : '';
  // A savings or conflict clause narrowed to one subject (NL–Thailand 1972, Art. VI; ninety-seventh run, defect 1).
  const reach = relationReach(model);
  const limited = (reach === 'general' ? [] : reach).slice(0, 2);
  const where = (l: (typeof limited)[number]) => (l.clause ? replacementClauseName(l.clause) : 'a sentence of its text');
  const limitedKnown = limited.map((l) => `other agreements as regards "${l.subject}" only, in ${where(l)} ("${l.words}")`).join('; and to ');
  const limitedSaid = limited.map((l) => `${where(l)} covers other agreements only as regards "${l.subject}" ("${l.words}")`).join('; ');
  if (concludedText(model.ast)) {
    const open = `how it relates to the parties’ other obligations (${reasons.join('; ')})`;
    const known = [
      replaced ? `one earlier agreement: ${settled}` : '',
      later ? `the agreements it is subject to: ${laterSaid}` : '',
      ends ? `a later agreement: ${endsSaid}` : '',
      limitedKnown,
    ].filter(Boolean);
    if (known.length > 0) return `The treaty says how it relates to ${known.join('; and to ')}${under ? `; ${named}` : ''}; it does not say ${open}, and on those the rule on successive treaties relating to the same subject-matter applies`;
    return under
      ? `The treaty is not silent on every other agreement: ${named}; beyond that agreement, it does not say ${open}, and on those the rule on successive treaties relating to the same subject-matter applies`
      : `The treaty does not say ${open}; silent, the rule on successive treaties relating to the same subject-matter applies`;
  }
  return `Say how this treaty relates to the parties’ other obligations (${reasons.join('; ')})${replaced ? `; ${settled}; that clause says nothing of those` : ''}${later ? `; as to the agreements it is subject to, ${laterSaid}, and says nothing of those` : ''}${ends ? `; as to a later agreement, ${endsSaid}, and says nothing of those` : ''}${under ? `; ${named}, and says nothing of the others` : ''}${limited.length > 0 ? `; ${limitedSaid}, and says nothing of the rest` : ''}: add a clause that it is without prejudice to their rights and obligations under other agreements, or which prevails`;
}

/**
 * What a replacement clause settles, in the law that governs it (lr17, D2): Art. 59(1)(a) only where
 * the whole earlier agreement is replaced, and as certain only for a bilateral text that names it as
 * one between its own two Parties (lr18, D7: between-these-parties.ts); an inter se replacement is
 * Art. 30(4); a replacement of provisions an amendment (Art. 39), as certain only where the agreement
 * is named as one between these Parties alone, otherwise on that condition, and else a modification as
 * between them on Art. 41's conditions, stated as such (lr19, D12).
 */
function whatItSettles(model: SemanticModel, { kind, words, sentence }: { readonly kind: ReplacementKind; readonly words: string; readonly sentence: string }): string {
  const quoted = (articles: string) => `("${words}"; ${viennaCitation(model, articles)})`;
  const alone = namedAsBetweenTheseParties(model, sentence);
  if (kind === 'provisions' && alone) return `amends the agreement whose provisions it replaces, which otherwise stays in force ${quoted('Art. 39')}`;
  // Art. 41 states conditions, not an effect (lr19, D12): the inter se modification is lawful only as it allows, with notice.
  if (kind === 'provisions') return `amends the agreement whose provisions it replaces if all that agreement’s parties are parties to this text; otherwise it modifies it as between them only, where that agreement provides for such a modification, or does not prohibit it and the modification neither affects the other parties’ rights or obligations nor relates to a provision derogation from which is incompatible with its object and purpose, the other parties to be notified; it otherwise stays in force ${quoted('Arts. 39, 41')}`;
  if (kind === 'inter-se') return `replaces an earlier agreement as between its own parties only, leaving it in force for that agreement’s other parties in their relations with them ${quoted('Art. 30(4)')}`;
  if (model.signatories.length === 2 && alone) return `settles its relation to the agreement it replaces, which is terminated ${quoted('Art. 59(1)(a)')}`;
  if (model.signatories.length === 2) return `settles its relation to the agreement it replaces, which is terminated if the two Parties are its only parties, and otherwise stays in force for its other parties ${quoted('Arts. 59(1)(a), 30(4)')}`;
  return `settles its relation to the agreement it replaces, which is terminated if all that agreement’s parties are parties to this text, and otherwise stays in force for those that are not ${quoted('Arts. 59(1)(a), 30(4)')}`;
}

