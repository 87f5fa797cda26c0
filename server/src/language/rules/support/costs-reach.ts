/**
 * Whether what a text says about costs reaches the meetings of a body it sets up, read in its own
 * words. A costs clause allocates the costs of what it names: "the cost of carrying out any action
 * under Articles 9 and 10 shall be borne by the intervening State" (ETS 156, Art. 25) does not say
 * who bears the costs of the monitoring committee of Art. 32; "expenses incurred in carrying out
 * the provisions of paragraph 1 shall be borne by the Parties in the manner to be determined by
 * them" (Budapest Convention, Art. 46(4), in the article on the consultations of the Parties) does.
 *
 * The meetings of a body are reached by a sentence with a word of costs (costs, expenses,
 * expenditure, financing, funding, budget, fees) that
 * - names the body ("contribute to the financing of the Convention Follow-up Committee", CETS 215
 *   Art. 32(6); "rules concerning … the payment of expenses" adopted by the Conference of the States
 *   Parties, UNCAC Art. 63(3)), speaks of meetings, or stands in the body's own article (its
 *   heading names the body or the article its name cites: Budapest Art. 46), or in its mandate;
 * - or refers by number to a paragraph or sub-paragraph of its own clause that names the body or
 *   speaks of meetings: "the functions referred to in sub-paragraphs (i) and (ii) above", (i) being
 *   "convene, prepare and service the meetings of the Contracting Parties" (CNS Art. 28(2));
 * - or allocates the costs of the instrument as a whole: the costs of "activities under this
 *   Agreement" (NL–Switzerland 2007, Art. XIV(1)), "of discharging its responsibilities under this
 *   Agreement" (NL–US 2012, Art. 10(1)), "the annual expenditure of the Agreement" (Bonn 1983, Art.
 *   15(2)), "The operation of the Organisation shall be financed" (GWP Statutes, Art. 14(1)), "the
 *   financing of the cooperation" (Brawijaya–Wageningen letter of intent 1979, 3b), or "its own
 *   costs" with nothing after them that narrows them.
 *
 * Generous on purpose: a sentence that might reach the body counts, so that the note
 * `missing-body-costs` is raised only where every costs provision plainly names something else.
 */
import type { Clause, GovernanceBody } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { oncePer } from '../../util/once-per';
import { proseMemoOf, type ProseMemo } from '../../util/prose-memo';
import { combinedParts, sameWords } from '../../model/document-change';
import { singleSpaced } from '../../util/single-spaced';
import { referredSubdivisions } from './referred-subdivisions';
import { escapeRegExp } from '../../util/escape-regexp';
import { matchesOf } from '../../util/all-matches';
import { testFast } from '../../util/ascii-twin';
import { allocatesInWordsAt, allocationsInWords } from './costs-in-words';

/**
 * Words of costs. "Financial Rules" are not among them: rules the parties adopt at a meeting ("At
 * the preparatory meeting held pursuant to Article 21 the Contracting Parties shall prepare and
 * adopt by consensus Rules of Procedure and Financial Rules", CNS Art. 22(1)) would reach the
 * meetings by the occasion of their adoption, not by what they cover, and "the Financial Rules of
 * the Trust Fund for technical assistance" adopted there would silence the note (an independent
 * lawyer's check of the forty-second run). The Convention needs no such reading: Art. 28(2) puts
 * the costs of sub-paragraph (i), the meetings, on the Agency.
 */
const costWords = /\b(?:costs?|expenses?|expenditure|financ(?:e|es|ed|ing)|fund(?:ed|ing)|budget(?:s|ary)?|fees?)\b/iu;
/**
 * A piece of every word of costs, under the same flags: what any text `costWords` matches holds.
 * Asked first, at an eighth of the cost (V8 tries the `\b` alternation with Unicode case folding
 * at every position), since most clauses speak of no cost.
 */
const mayCost = /cost|expen|financ|fund|budget|fee/iu;

/** What a text calls itself or the organisation it founds; `{{instrument}}` in a library clause. */
const instrument = String.raw`(?:Agreement|Convention|Treaty|Protocol|Memorandum(?:\s+of\s+Understanding)?|Arrangement|Statutes|Organi[sz]ation|Letter\s+of\s+Intent|\{\{instrument\}\})`;
const thisOne = String.raw`(?:this|the(?:\s+present)?)\s+${instrument}(?![\p{L}\p{N}])`;

/** Costs of the instrument as a whole, not of one activity under one article. */
const wholeInstrument = new RegExp(
  [
    String.raw`\b(?:activities|responsibilities|obligations|operations?|functioning|expenditure|costs?|expenses|budget|work)\s+(?:of|under|arising\s+(?:from|under)|pursuant\s+to|in\s+connection\s+with)\s+${thisOne}`,
    String.raw`\b(?:implement(?:ing|ation\s+of)|carrying\s+out|performance\s+of|execution\s+of)\s+${thisOne}`,
    String.raw`\b${instrument}['’]s\s+(?:expenditure|costs|expenses|budget)\b`,
    String.raw`\b(?:costs?|financing|expenses|expenditure)\s+of\s+the\s+(?:programme\s+of\s+)?co-?operation\b(?!\s+(?:requested|sought|provided))`,
    // "Each Participant will bear its own costs." — every cost, unless words after it narrow it.
    String.raw`\b(?:bears?|borne|covers?|meets?|pays?)\s+(?:all\s+)?(?:its|their)\s+own\s+(?:costs|expenses)\b(?!\s+(?:of|for|in|incurred|arising|related|relating|associated|connected|resulting|when|under)\b)`,
  ].join('|'),
  'iu',
);

const meetings = /\bmeetings?\b/iu;

/** Sentences, not cut at "Art." or "No.". */
const sentenceEnd = /(?<!\b(?:Art|Arts|No|para|paras|cf))[.;](?:\s|$)/u;

/** The sentences of a text that speak of costs (a pure function of the text: kept across analyses). */
function costSentences(text: string): readonly string[] {
  // Through the ASCII twin where the text allows (util/ascii-twin.ts): every clause's text is asked,
  // and with `iu` the test folded case at every position (a third of the costs texts' reading at 10k lines).
  if (!testFast(mayCost, text) || !costWords.test(text)) return [];
  return singleSpaced(text).split(sentenceEnd).filter((sentence) => costWords.test(sentence));
}

/**
 * What the sentences on costs name only by number: the clause's own sub-paragraphs and paragraphs
 * they refer to ("the functions referred to in sub-paragraphs (i) and (ii) above", CNS Art. 28(2);
 * referred-subdivisions.ts). A pure function of the text, kept across analyses.
 */
function costReferences(text: string, sentences: readonly string[]): readonly string[] {
  return sentences.flatMap((sentence) => referredSubdivisions(text, sentence));
}

interface CostsText extends CostsPart {
  readonly clause: Clause;
  /** A clause on costs (see `costsClauses`): only such a clause's general words reach the whole instrument. */
  readonly onCosts: boolean;
}

/** What a clause's text and heading say of costs: a function of its words. */
interface CostsPart {
  readonly sentences: readonly string[];
  /** The subdivisions of the clause its sentences on costs refer to by number, in their words. */
  readonly referred: readonly string[];
  /** The article the clause's heading names ("Article 46 – Consultations of the Parties" → "46"). */
  readonly article: string | undefined;
  /** Whether a sentence names the costs of the instrument as a whole (`wholeInstrument`). */
  readonly whole: boolean;
}

/**
 * Every clause's sentences on costs, with its article; read once per analysis. A clause with a
 * body has its part kept with its node (`declarationParts`: a function of its words, so a keystroke
 * reads the edited clause only, issue #11); a library clause without one is read each time. Where
 * the parts are what they were, the places of the clauses that have one are too (`combinedParts`):
 * a keystroke visits those few clauses, not every declaration of the document.
 */
const costsTexts = oncePer((model: SemanticModel): readonly CostsText[] => {
  const memo = proseMemoOf(model);
  const { parts, places } = combinedParts('costs-texts', model, '', (d) => (d.type !== 'Clause' ? undefined : d.body ? costsPart(memo, d.body.value, d.heading?.value) : fromLibrary), placesOf, sameWords);
  const declarations = model.ast.declarations;
  let onCosts: ReadonlySet<Clause> | undefined;
  const found: CostsText[] = [];
  for (const i of places) {
    const clause = declarations[i] as Clause;
    const kept = parts[i]!;
    // A library clause's text is the library's, which the part does not follow: read each analysis.
    const text = kept === fromLibrary ? model.clauseText(clause) : undefined;
    const part = kept !== fromLibrary ? kept : text ? costsPart(memo, text, clause.heading?.value) : undefined;
    if (part === undefined) continue;
    onCosts ??= new Set(costsClauses(model));
    found.push({ clause, onCosts: onCosts.has(clause), ...part });
  }
  return found;
});

/** The part of a clause taken from the library without a body: its text is read at each analysis. */
const fromLibrary = Symbol('library clause');

type CostsTextPart = CostsPart | typeof fromLibrary | undefined;

/** The parts, and the places of the declarations that have one (a clause that speaks of costs, or a library clause). */
function placesOf(parts: readonly CostsTextPart[]): { readonly parts: readonly CostsTextPart[]; readonly places: readonly number[] } {
  const places: number[] = [];
  for (let i = 0; i < parts.length; i++) if (parts[i] !== undefined) places.push(i);
  return { parts, places };
}

function costsPart(memo: ProseMemo, text: string, heading: string | undefined): CostsPart | undefined {
  const sentences = text ? memo.get('costs-reach', text, costSentences) : [];
  if (!text || sentences.length === 0) return undefined;
  // The references read from the sentences just found (`costSentences(text)`, which it read again).
  return { sentences, referred: memo.get('costs-reach-references', text, (t) => costReferences(t, sentences)), article: articleOf(heading ?? ''), whole: sentences.some((s) => wholeInstrument.test(s)) };
}

/**
 * The instrument's own clauses on costs: tagged, from the library, or a library clause that says it
 * satisfies missing-costs. "Each Government shall bear its own costs" in an arbitration clause
 * (NL–UK gas pipeline agreement 2005, Art. 18(2)) is about the arbitration, not a costs clause of the instrument.
 */
export const costsClauses = oncePer((model: SemanticModel): readonly Clause[] => {
  // Once per model: the check and the reading of the costs texts both ask, and the loop below
  // visits every declaration. The clauses about costs as the model keeps them (their topics kept per clause node), and those
  // from the library that satisfy missing-costs, in the order of the text: a loop, not a topic set
  // made for every clause on every keystroke.
  const about = model.clausesAbout('costs');
  // Whether a clause's own words say who bears costs, kept per clause node (costs-in-words.ts).
  const inWords = allocationsInWords(model);
  const declarations = model.ast.declarations;
  const found: Clause[] = [];
  let next = 0;
  for (let i = 0; i < declarations.length; i++) {
    const clause = declarations[i];
    if (clause.type !== 'Clause') continue;
    if (next < about.length && about[next] === clause) {
      found.push(clause);
      next++;
    } else if (clause.libraryRef !== undefined && satisfiesCosts(model, clause)) found.push(clause);
    // A clause whose own words say who bears costs, untagged (ninety-third run, defect 4).
    else if (allocatesInWordsAt(model, inWords[i], i)) found.push(clause);
  }
  return found;
});

function satisfiesCosts(model: SemanticModel, clause: Clause): boolean {
  for (const name of model.libraryClause(clause)?.satisfies ?? []) if (name === 'missing-costs' || name === 'MC22') return true;
  return false;
}

function articleOf(heading: string): string | undefined {
  return /\bArticle\s+(\d+[A-Za-z]?)\b/u.exec(heading)?.[1];
}

/** Whether a costs clause of the text says who bears the costs of the instrument as a whole. */
export function wholeInstrumentCosts(model: SemanticModel): boolean {
  return costsTexts(model).some((t) => t.onCosts && t.whole);
}

/**
 * The names a text may use for the body: "monitoring committee of experts representing the
 * Parties" and "monitoring committee"; "Conference of the States Parties to the Convention
 * (Article 63)" and "Conference of the States Parties"; "Conference of the Parties (COP)" and "COP".
 * Matched in any case; the declaration's id is matched as written.
 */
function bodyNames(body: GovernanceBody): string[] {
  const names = new Set<string>();
  const full = body.name?.value.trim();
  if (full) {
    const core = full.replace(/\s*\([^)]*\)\s*/gu, ' ').replace(/^the\s+/iu, '').trim();
    names.add(core);
    names.add(core.replace(/\s+(?:to|of|under)\s+(?:this|the)\s+(?:Convention|Agreement|Treaty|Protocol)$/iu, ''));
    const head = /^(.+?)\s+of\s+/iu.exec(core)?.[1];
    if (head && head.includes(' ')) names.add(head);
    for (const inner of matchesOf(full, /\(([^)]+)\)/gu)) if (!/\bArt/u.test(inner[1])) names.add(inner[1].trim());
  }
  return [...names].filter((n) => n.length >= 3);
}

/** The articles the body's name cites, or its mandate in parentheses: "(Article 46)", "(Article 48(1))". */
function bodyArticles(body: GovernanceBody): string[] {
  const cited = `${body.name?.value ?? ''} ${(body.mandate?.value ?? '').match(/\((?:Art\.|Article)\s*[^)]*\)/gu)?.join(' ') ?? ''}`;
  return matchesOf(cited, /\b(?:Art\.|Articles?)\s*(\d+[A-Za-z]?)/gu).map((m) => m[1]);
}

function escaped(text: string): string {
  return escapeRegExp(text).replace(/\s+/g, '\\s+');
}

/** The patterns the body goes by in prose: its names in any case, its id as written. */
export function bodyNamePatterns(body: GovernanceBody): RegExp[] {
  const names = bodyNames(body).map((n) => new RegExp(`(?<![\\p{L}\\p{N}])${escaped(n)}(?![\\p{L}\\p{N}])`, 'iu'));
  // The declaration's id only as written ("COP", "GRECO"): "Board" must not match "on board".
  if (body.id?.text && body.id.text.length >= 3) names.push(new RegExp(`(?<![\\p{L}\\p{N}])${escaped(body.id.text)}(?![\\p{L}\\p{N}])`, 'u'));
  return names;
}

/** Whether a clause is the body's own article: its heading names the body, or is the article the body's name cites. */
function ownArticle(clause: Clause, names: readonly RegExp[], articles: readonly string[]): boolean {
  const heading = clause.heading?.value ?? '';
  const article = articleOf(heading);
  return (article !== undefined && articles.includes(article)) || names.some((n) => n.test(heading));
}

/** The body's own article in the text (see `ownArticle`), for a message that says where the words on its meetings belong. */
export function bodyOwnClause(model: SemanticModel, body: GovernanceBody): Clause | undefined {
  const names = bodyNamePatterns(body);
  const articles = bodyArticles(body);
  return model.ast.clauses.find((clause) => model.clauseText(clause) !== undefined && ownArticle(clause, names, articles));
}

/**
 * Financial rules, regulations or arrangements: the instrument a text gives the body's finances to.
 * "The Commission shall draw up its Financial Regulations which shall be adopted by unanimous vote
 * of the Contracting Parties" (OSPAR Convention 1992, Art. 10(5), in the Commission's own article;
 * seventy-first run, defect 3) provides for the Commission's costs, its meetings among them, by
 * delegation. Read only in the body's own article or in a sentence that names the body ("The
 * Governing Body shall adopt … its own Rules of Procedure and financial rules", ITPGRFA 2001, Art.
 * 19.7), never by "meeting" alone: "At the preparatory meeting held pursuant to Article 21 the
 * Contracting Parties shall prepare and adopt by consensus Rules of Procedure and Financial Rules"
 * (CNS 1994, Art. 22(1)) names the occasion of their adoption (see `costWords`).
 */
const financialRules = /\bfinancial\s+(?:regulations|rules|arrangements)\b/iu;
/**
 * The rules must be the body's, or made for it: "its Financial Regulations", "its own Rules of
 * Procedure and financial rules", rules someone is to adopt, draw up or establish, or "financial
 * rules for the Conference". A body that only applies another's rules gets no finances from them:
 * "The Steering Board shall ensure that joint projects … comply with the financial rules of each
 * Party" leaves its meetings unprovided for (treaty lawyer lr17, D5).
 */
const rulesItsOwn = /\b(?:its|their)\s+(?:own\s+)?(?:[\p{L} ]{0,40}?\band\s+)?financial\s+(?:regulations|rules|arrangements)\b/iu;
const rulesMade = /\b(?:adopt\w*|draw(?:s|ing)?\s+up|drawn\s+up|establish\w*|approv\w*|lay(?:s|ing)?\s+down|laid\s+down|prepar\w*)\b[^.;]{0,80}?\bfinancial\s+(?:regulations|rules|arrangements)\b|\bfinancial\s+(?:regulations|rules|arrangements)\s+(?:to\s+be\s+|shall\s+be\s+|which\s+shall\s+be\s+)?(?:adopted|drawn\s+up|established|approved|laid\s+down)\b/iu;
const rulesForSomeone = /\bfinancial\s+(?:regulations|rules|arrangements)\s+(?:for|of|governing|applicable\s+to)\s+(?!(?:each|every|any|either|a|the|that)\s+(?:other\s+)?(?:Contracting\s+|State\s+)?(?:Part(?:y|ies)|States?|Governments?)\b)/iu;
const givesFinances = (sentence: string) => financialRules.test(sentence) && (rulesItsOwn.test(sentence) || rulesMade.test(sentence) || rulesForSomeone.test(sentence));

function financesDelegated(model: SemanticModel, names: readonly RegExp[], articles: readonly string[]): boolean {
  for (const clause of model.ast.clauses) {
    const text = model.clauseText(clause);
    if (!text || !/financial/iu.test(text)) continue;
    const own = ownArticle(clause, names, articles);
    for (const sentence of singleSpaced(text).split(sentenceEnd)) {
      if (givesFinances(sentence) && (own || names.some((n) => n.test(sentence)))) return true;
    }
  }
  return false;
}

/** Whether some sentence on costs reaches the meetings of this body (see the file comment). */
export function bodyCostsReached(model: SemanticModel, body: GovernanceBody): boolean {
  if (wholeInstrumentCosts(model)) return true;
  const mandate = body.mandate?.value;
  // The body's mandate is its own: a word of costs there, or financial rules it is to adopt, reaches its meetings.
  if (mandate && (costSentences(mandate).length > 0 || givesFinances(mandate))) return true;
  const names = bodyNamePatterns(body);
  const articles = bodyArticles(body);
  if (financesDelegated(model, names, articles)) return true;
  const citesArticle = (s: string) => articles.some((a) => new RegExp(`\\bArticles?\\s+(?:\\d+[A-Za-z]?(?:\\s*(?:,|and|to|-|–)\\s*)?)*?${a}\\b`, 'u').test(s));
  return costsTexts(model).some(
    (t) =>
      (t.article !== undefined && articles.includes(t.article)) ||
      names.some((n) => n.test(t.clause.heading?.value ?? '')) ||
      t.sentences.some((s) => meetings.test(s) || names.some((n) => n.test(s)) || citesArticle(s)) ||
      // "the functions referred to in sub-paragraphs (i) and (ii) above", (i) being "convene, prepare
      // and service the meetings of the Contracting Parties" (CNS Art. 28(2)): what is named by number.
      t.referred.some((r) => meetings.test(r) || names.some((n) => n.test(r))),
  );
}

/** What a costs clause names: the costs it allocates, in its words, or only its heading. */
export interface CostsNamed {
  readonly words: string;
  /** True when the words are the clause's heading, not the costs it allocates. */
  readonly heading: boolean;
}

/**
 * What a costs clause allocates, in its own words, for a message: "the cost of carrying out any
 * action under Articles 9 and 10"; else its heading ("Article 17 – Costs and procedures of
 * assistance"); else undefined.
 */
export function costsNamedBy(model: SemanticModel, clause: Clause): CostsNamed | undefined {
  const text = model.clauseText(clause);
  const phrase = text
    ? /\b(?:the\s+)?(?:ordinary\s+)?(?:costs?|expenses|expenditure)\s+(?:of|for|incurred\s+(?:in|by|for))\s+.+?(?=\s+(?:shall|will|are|is|that|which|as\s+referred|must|may)\b|[.;,:]|$)/iu.exec(singleSpaced(text))?.[0]
    : undefined;
  const words = phrase ?? clause.heading?.value;
  if (!words) return undefined;
  return { words: words.length <= 90 ? words : `${words.slice(0, words.lastIndexOf(' ', 88))} …`, heading: phrase === undefined };
}
