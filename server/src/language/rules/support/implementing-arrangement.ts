/**
 * Whether the instrument is an implementing arrangement: concluded under, or "in implementation
 * of", another treaty. It says so in its header (`implements "treaty.entente"`, `implements
 * GSOIA`, or `implements "<the treaty's title>"` when the treaty is not transcribed), or in its
 * own words, as real instruments do:
 * - "The following procedures are in implementation of Article III of the Agreement between the
 *   Government of the United States of America and the Government of the Kingdom of the
 *   Netherlands … dated April 29, 1955"; "consider your Note and this reply as an agreement for
 *   the implementation of Article III of the Agreement of 1955" (Netherlands–US exchange of notes
 *   of 8 October 1959, Procedures para. 1 and note Nr. II; Dutch treaty series BWBV0005280);
 * - "The following procedures have been developed to implement the provisions of the General
 *   Security of Information Agreement …" (Netherlands–US Security Procedures of 1982, para. 1.A;
 *   BWBV0003739);
 * - "For the purpose of applying the Convention on Social Security between … in accordance with the
 *   provisions of Article 28(1) of the Convention, the competent authorities of the Parties have
 *   agreed the following" (Netherlands–United Kingdom Administrative Agreement 2008, preamble;
 *   BWBV0003213, made under Art. 28(1) of the Convention, BWBV0001782).
 * - "Desiring to facilitate the implementation of the Agreement between the European Community and
 *   Bosnia and Herzegovina on the readmission of persons residing without authorization,
 *   hereinafter referred to as the “Agreement”, Pursuant to the provisions of Article 19 of the
 *   Agreement, Have agreed as follows:" (Benelux–Bosnia and Herzegovina readmission Protocol 2013,
 *   preamble; BWBV0006319, made under Art. 19 of the EC–BiH Agreement: treaty lawyer lr29, D4).
 *   "Pursuant to Article N of the Agreement" alone is no such word: in an annex of a tax information
 *   exchange agreement, "Pursuant to Article 10 of the Agreement" cites the agreement itself
 *   (Aruba–Czech Republic TIEA 2015, Annex), as "pursuant to Article 12" cites the text's own article
 *   (d43d29a0). The Agreement must be another one the same words name ("of the Agreement between
 *   …") or define ("the Agreement between …, hereinafter referred to as the “Agreement”"), and the
 *   words must lead to the formula of assent ("Have agreed"), as a preamble's do.
 * Only the instrument's own clauses are read, and its title where it says "implementing the …
 * Agreement" (the same Protocol: "… and Bosnia and Herzegovina implementing the agreement between
 * the European Community and Bosnia and Herzegovina on the readmission of persons residing without
 * authorisation (Implementing protocol)"): a treaty that mentions "the implementation of this
 * Agreement", or an annex's parent, does not make it an arrangement under another treaty.
 */
import type { Range } from '../../ast/positions';
import type { SemanticModel } from '../../model/semantic-model';
import { proseMemoOf } from '../../util/prose-memo';
import { declarationParts, sameWords } from '../../model/document-change';
import { oncePer } from '../../util/once-per';
import { singleSpaced } from '../../util/single-spaced';

export interface ImplementedTreaty {
  /** How the text names the treaty, for messages. */
  readonly name: string;
  /** Where it says so: the `implements` statement or the clause. */
  readonly range: Range;
}


const article = String.raw`Articles?\s+[\w.()]+(?:\s+(?:and|to)\s+[\w.()]+)?`;
/** The other instrument, named after "of the": a capitalised title, up to the end of its phrase. */
const treatyName = String.raw`the\s+(?!present\b)[A-Z][^.;]{2,250}?(?=,|\.|;|$)`;

const implementationWords: readonly RegExp[] = [
  // "(The following procedures) are in implementation of Article III of the Agreement …"
  new RegExp(String.raw`\b(?:is|are|be)\s+(?:concluded\s+|made\s+|adopted\s+)?in\s+implementation\s+of\s+(${article}\s+of\s+${treatyName})`, 'u'),
  // "(consider your Note and this reply) as an agreement for the implementation of Article III of the Agreement of 1955"
  new RegExp(String.raw`\bas\s+an?\s+(?:agreement|arrangement)\s+for\s+the\s+implementation\s+of\s+(${article}\s+of\s+${treatyName})`, 'u'),
  // "(procedures) have been developed to implement the provisions of the General Security of Information Agreement …"
  new RegExp(String.raw`\b(?:developed|concluded|made|drawn\s+up|established|agreed)\s+(?:in\s+order\s+)?to\s+implement\s+the\s+provisions\s+of\s+(${treatyName})`, 'u'),
  // "The following procedures shall apply in fulfillment of the provisions of the Protocol on
  // Inspection of the CFE Treaty" (NL–US notes of 1991 on CFE inspections, para. II; thirty-eighth
  // run, item 3): procedures made to carry out another treaty's provisions. The name runs to the
  // first treaty noun ("the Protocol on Inspection of the CFE Treaty"), not to the end of the phrase.
  new RegExp(String.raw`\b(?:apply|applies|are\s+(?:made|concluded|adopted)|is\s+(?:made|concluded|adopted))\s+in\s+fulfil(?:l)?ment\s+of\s+the\s+provisions\s+of\s+(the\s+(?!present\b)[A-Z][^.;,:]{2,160}?\b(?:Treaty|Agreement|Convention)\b)`, 'u'),
  // The formula of assent made to apply a treaty under its article: "For the purpose of applying the
  // Convention on Social Security between … in accordance with the provisions of Article 28(1) of the
  // Convention, the competent authorities of the Parties have agreed the following" (NL–UK
  // Administrative Agreement 2008, preamble; Convention Art. 28(1): "The competent authorities of
  // the two Parties shall establish an administrative agreement"). Both the purpose of applying a
  // named treaty and the article it is made under must be there, before the formula of assent.
  new RegExp(String.raw`\b[Ff]or\s+the\s+(?:purpose\s+of\s+applying|application\s+of|implementation\s+of)\s+(the\s+(?!present\b)[A-Z][^.;]{2,250}?)\s+in\s+accordance\s+with\s+(?:the\s+provisions\s+of\s+)?${article}\s+of\s+the\s+[A-Z][^.;,]{0,120},\s+[^.;]{0,160}?\bha(?:ve|s)\s+agreed\b`, 'u'),
  // "… hereinafter referred to as the “Agreement”, Pursuant to the provisions of Article 19 of the
  // Agreement, Have agreed as follows:": the Agreement the same words define, another than this text.
  new RegExp(String.raw`\b(the\s+(?:[A-Z][\p{L}-]*\s+){0,4}?(Agreement|Convention|Treaty)\s+(?:between|on|concerning|relating\s+to)\s+[^.;]{2,250}?),?\s+(?:hereinafter|hereafter)\s+(?:referred\s+to\s+as|called)\s+(?:the\s+)?["“]\2["”],?\s+(?:[^.;]{0,200}?\s)?[Pp]ursuant\s+to\s+(?:the\s+provisions\s+of\s+)?${article}\s+of\s+the\s+\2\b[^.;]{0,200}?\b[Hh]ave\s+agreed\b`, 'u'),
  // "Pursuant to Article 19 of the Agreement between … , Have agreed as follows:": named where it is cited.
  new RegExp(String.raw`\b[Pp]ursuant\s+to\s+(?:the\s+provisions\s+of\s+)?${article}\s+of\s+(the\s+(?:[A-Z][\p{L}-]*\s+){0,4}?(?:Agreement|Convention|Treaty)\s+(?:between|on|concerning|relating\s+to)\s+[^.;]{2,250}?),\s+(?:[^.;]{0,200}?\s)?[Hh]ave\s+agreed\b`, 'u'),
];

/** Asked by several checks: answered once per model. */
const treatyOf = oncePer(findImplementedTreaty);

/** The treaty this instrument implements, if its header or its own clauses say it implements one. */
export function implementedTreaty(model: SemanticModel): ImplementedTreaty | undefined {
  return treatyOf(model);
}

/**
 * An act of the Union by its title: "Council Directive 68/414/EEC of 20 December 1968 …",
 * "Regulation (EU) 2016/679 …", "Commission Implementing Decision (EU) 2021/1772 …" — the form and
 * number of a Directive, Regulation or Decision (a narrower twin of the citation model/instrument-references.ts reads in prose).
 */
const unionActTitle = /^\s*[“"]?(?:the\s+)?(?:(?:Council|Commission)\s+)?(?:(?:Implementing|Delegated)\s+)?(?:Framework\s+)?(?:Directive|Regulation|Decision)\s*(?:\((?:EU|EC|EEC|EU,\s*Euratom|Euratom|CFSP)\)\s*)?(?:(?:No\.?|number)\s*)?\d{1,4}\/\d{1,4}\b/u;

/**
 * The treaty whose final clauses an implementing instrument silent on its own is read as taking:
 * the treaty it implements, but not an act of the Union. A Directive or Regulation is not a treaty
 * and has no term, denunciation or amendment clause to lend; an agreement between Governments that a
 * Directive envisages is a treaty of its own, whose silence on termination VCLT Art. 56 governs
 * (hundred-and-eighteenth run, defect 1: the Netherlands–Denmark oil stocks Agreement of 2006, which
 * has regard to Council Directive 68/414/EEC and its Art. 6(2)). Only the checks that borrow final clauses ask
 * this; the others still read the instrument as implementing what it names.
 */
export function finalClausesBorrowedFrom(model: SemanticModel): ImplementedTreaty | undefined {
  const treaty = implementedTreaty(model);
  const statement = model.ast.instrument?.implements;
  if (!treaty || !statement || statement.agreement) return treaty;
  const title = model.implementedFile?.model?.instrument?.title?.value ?? statement.file?.value ?? '';
  return unionActTitle.test(title) ? undefined : treaty;
}

function findImplementedTreaty(model: SemanticModel): ImplementedTreaty | undefined {
  const statement = model.ast.instrument?.implements;
  if (statement) {
    const linked = model.implementedFile?.model?.instrument?.title?.value;
    const title = linked ?? statement.file?.value;
    const name = statement.agreement?.text ?? (title !== undefined ? `“${title}”` : 'a treaty');
    return { name, range: statement.range };
  }
  // Each clause's answer is kept with its node (`declarationParts`, a function of its body's
  // words): a keystroke reads the edited clause only, not every clause (issue #11). A library
  // clause without a body is read each time (its text is the library's), through the prose memo.
  const said = declarationParts('implemented-treaty', model, '', (d) => (d.type === 'Clause' && d.body ? treatyImplemented(d.body.value) : null), sameWords);
  const declarations = model.ast.declarations;
  for (let i = 0; i < said.length; i++) {
    const clause = declarations[i];
    if (clause.type !== 'Clause') continue;
    const raw = clause.body ? undefined : model.clauseText(clause);
    const name = clause.body ? said[i] : raw ? proseMemoOf(model).get('implemented-treaty', raw, treatyImplemented) : null;
    if (name !== null) return { name, range: clause.id?.range ?? clause.range };
  }
  const title = model.ast.instrument?.title;
  const named = title && implementingInTitle.exec(singleSpaced(title.value));
  return named ? { name: named[1], range: title.range } : undefined;
}

/**
 * "… and Bosnia and Herzegovina implementing the agreement between the European Community and …
 * (Implementing protocol)": the title's participle, after the Parties' names, up to a bracketed
 * short title or the end. Not "cooperation in implementing the … Agreement", whose object is a
 * task, not the treaty the text is made under.
 */
const implementingInTitle = /(?<!\b(?:in|on|for|of|to|by|while|when)\s)\bimplementing\s+(the\s+(?!present\b)(?:[A-Z][\p{L}-]*\s+){0,6}?[Aa]greement\b[^()]{0,250}?)\s*(?:\(|$)/u;

/** The treaty a clause says the instrument implements, or null. */
function treatyImplemented(raw: string): string | null {
  // Every pattern has the (case-sensitive) word "implement", "apply" or "(P)ursuant", which re-spacing does not create.
  if (!raw.includes('implement') && !raw.includes('appl') && !raw.includes('ursuant')) return null;
  const text = singleSpaced(raw);
  for (const pattern of implementationWords) {
    const match = pattern.exec(text);
    if (match) return match[1].trim();
  }
  return null;
}
