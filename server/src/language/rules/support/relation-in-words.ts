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
import { escapeRegExp } from '../../util/escape-regexp';
import { matchesOf } from '../../util/all-matches';
import { instrumentProse, saysInProse } from './instrument-prose';
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

/**
 * The text's most-favoured-nation promises yield to what a party grants within an economic or
 * customs union: "any reference in the said Agreement to most-favoured nation treatment shall not
 * apply to advantages which either Contracting Party is obliged to grant to nationals of a third
 * state by virtue of an agreement establishing an economic union or of an interim agreement leading
 * to the formation of such a union" (NL–Thailand economic co-operation Agreement 1972, Protocol,
 * "an integral part of the said Agreement"; read: BWBV0003531). Where a Member State is a party,
 * that is the relation to its Union (Community) obligations an economic treaty meets (ninety-seventh
 * run, defect 1: the reviewer's reading), and Union membership is no reason for the note.
 */
export const economicUnionCarveOut =
  /\b(?:advantages|preferences|privileges|treatment)\b[^.;]{0,200}?\b(?:by\s+virtue\s+of|resulting\s+from|arising\s+from|deriving\s+from|under)\s+(?:an?\s+|any\s+|the\s+)?(?:(?:agreements?|treaty|treaties)\s+establishing\s+|(?:its|their)\s+membership\s+(?:of|in)\s+)?(?:an?\s+|the\s+)?(?:(?:customs|economic)\s+unions?|free[\s-]trade\s+(?:areas?|zones?)|common\s+markets?)\b/iu;

/** A word `economicUnionCarveOut` needs (same flags). */
export const economicUnionWords = /union|trade|market/iu;

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

/**
 * A clause that ends the text when a later agreement enters into force: "This Agreement shall
 * automatically terminate when a general multilateral agreement on technical cooperation, involving
 * both Governments, comes into force" (NL–Sri Lanka technical cooperation Agreement 1981, Art.
 * VII(4), read: BWBV0002681; NL–Yemen Arab Republic 1978, Art. VI(4), read: BWBV0003790). It is the
 * text's own rule on that later agreement, which leaves no conflict with it to the rule on
 * successive treaties: the text ends "in conformity with the provisions of the treaty" (VCLT Art.
 * 54(a), read: BWBV0003441). It says nothing of the parties' other obligations (earlier agreements,
 * Union law), so the finding names it and asks only about those (hundred-and-seventh run, defect 2),
 * as for a later agreement that supersedes the text's provisions. Read narrowly: this text is what
 * ends, and what ends it is another agreement's entry into force, not its termination ("when the
 * Agreement of 1959 ceases to be in force") nor an amendment of this text.
 */
const endsOnLater = new RegExp(
  [
    String.raw`\b${thisText}\s+shall\s+(?:automatically\s+)?(?:terminate|expire|lapse|cease\s+to\s+(?:be\s+in\s+force|have\s+effect|apply))\s+(?:when|as\s+soon\s+as|on\s+the\s+date\s+(?:on\s+which|when))\s+(?:a|an|any|the|such)\s+(?!present\b)(?:[\p{L}-]+,?\s+){0,4}?(?:agreements?|conventions?|treaty|treaties)\b(?:(?!terminat|ceas|expir)[^.;]){0,200}?\b(?:comes?|enters?)\s+into\s+force`,
    String.raw`\b${thisText}\s+shall\s+(?:automatically\s+)?(?:terminate|expire|lapse|cease\s+to\s+(?:be\s+in\s+force|have\s+effect|apply))\s+(?:on|upon|with)\s+(?:the\s+date\s+of\s+)?(?:the\s+)?entry\s+into\s+force\s+of\s+(?:a|an|any|the|such)\s+(?!present\b)(?:[\p{L}-]+,?\s+){0,4}?(?:agreements?|conventions?|treaty|treaties)\b`,
  ].join('|'),
  'iu',
);

/** The clause that ends the text on a later agreement's entry into force, and its sentence; undefined where none does. */
export function endsOnLaterAgreement(model: SemanticModel): { readonly clause: Clause; readonly words: string } | undefined {
  for (const clause of model.ast.clauses) {
    const text = spacedClauseText(model, clause);
    if (!/into\s+force/iu.test(text)) continue;
    const m = endsOnLater.exec(text);
    if (!m) continue;
    const start = Math.max(text.lastIndexOf('. ', m.index) + 1, 0);
    const end = text.indexOf('.', m.index + m[0].length);
    const sentence = text.slice(start, end === -1 ? undefined : end).trim().replace(/^\d+\.?\s*/u, '');
    return { clause, words: quoteInput(sentence, 280) };
  }
  return undefined;
}

// ── How far a savings or conflict clause reaches (ninety-seventh run, defect 1) ───────────────

/**
 * A savings or conflict clause whose other agreements are those of one subject only: "Nationals of
 * either Contracting Party shall, as regards the protection of industrial property, enjoy … a
 * protection not less favourable than that enjoyed by its own nationals, without prejudice to the
 * rights provided by relevant international conventions binding the two Contracting Parties"
 * (NL–Thailand economic co-operation Agreement 1972, Art. VI; read: BWBV0003531). It saves the
 * industrial-property conventions binding both Parties, and says nothing of the rest of their
 * obligations (there, the Netherlands' Community obligations): the finding stays and quotes it.
 */
export interface SubjectLimitedRelation {
  /** The clause that says it; undefined where the words are not a clause's own (a parent's, a purpose). */
  readonly clause: Clause | undefined;
  /** The subject, as the text words it ("the protection of industrial property"). */
  readonly subject: string;
  /** The sentence, bounded, its paragraph number left out. */
  readonly words: string;
}

/** "general" where a savings or conflict clause reaches every other agreement; otherwise those that reach one subject only (maybe none). */
export type RelationReach = 'general' | readonly SubjectLimitedRelation[];

/** Words that tie the other agreements to one subject. */
const subjectLimiter = String.raw`(?:in\s+the\s+(?:field|area|sphere|domain)s?\s+of|as\s+regards|concerning|relating\s+to|related\s+to|regarding|with\s+(?:respect|regard)\s+to|in\s+respect\s+of|in\s+relation\s+to|in\s+matters\s+of|dealing\s+with)`;
/** A limiter and its subject, up to the next comma, semicolon or full stop. */
const limitedTo = new RegExp(String.raw`\b${subjectLimiter}\s+([^,;.]{3,200})`, 'iu');
/** A sentence that opens on its subject: "As regards extradition, …". */
const opensOnSubject = new RegExp(String.raw`^\s*(?:\(?[\p{L}\d]{1,4}[.)]\s+)?${subjectLimiter}\s+([^,;.]{3,120}),`, 'iu');
/** The other instruments a clause speaks of. */
const otherInstrument = /\b(?:agreements?|arrangements?|treaty|treaties|conventions?|instruments?|obligations|commitments)\b/giu;
/** "relevant international conventions": the conventions of the subject the sentence is about. */
const relevantInstruments = /\b(?:relevant|pertinent)\s+(?:(?:international|bilateral|multilateral)\s+)*$/iu;
/**
 * A subject that is no subject: "multilateral instruments concerning special matters" (Criminal
 * Law Convention on Corruption 1999, Art. 38(1)), "agreements which relate to the matters covered by
 * this Convention" — every agreement the clause could meet, as in a general clause. So is the
 * text's own subject matter ("relating to the matters governed by the present Convention").
 */
const noSubject = /^(?:the\s+)?(?:same\s+|special\s+|specific\s+|such\s+|any\s+|all\s+|other\s+|particular\s+)?(?:matters?|subjects?|fields?|questions?|issues?|aspects?)\b(?!\s+of\b)|\b(?:this|the\s+present)\s+(?:Agreement|Convention|Treaty|Protocol|Arrangement)\b/iu;
/** Where a subject's words end: a relative clause or a further condition follows. */
const subjectEnd = /\s+(?:which|that|to\s+which|where|provided|and\s+not|originated|concluded|in\s+force|binding)\b/iu;

const reachOf = new WeakMap<SemanticModel, RelationReach>();

/**
 * How far the text's savings and conflict clauses in words (`savingsClause`, `generalRelationClause`)
 * reach: general where one of them is not narrowed to a subject; otherwise each narrowed one. A
 * clause is narrowed where its other agreements are tied to a subject ("other agreements concerning
 * extradition"), where they are the "relevant" conventions of a subject its sentence names ("as
 * regards the protection of industrial property, … relevant international conventions"), or where
 * its sentence opens on one ("As regards extradition, …"). A subject named elsewhere in a general
 * clause's sentence does not narrow it ("This Agreement, on cooperation in the field of
 * cyber-security, shall not affect the rights and obligations of the Parties under other
 * international agreements"). Read only where the prose holds such a clause; memoised per model.
 */
export function relationReach(model: SemanticModel): RelationReach {
  const known = reachOf.get(model);
  if (known) return known;
  let reach: RelationReach = [];
  if (saysInProse(model, savingsClause, savingsWords) || saysInProse(model, generalRelationClause, generalRelationWords)) {
    const limited: SubjectLimitedRelation[] = [];
    for (const text of instrumentProse(model)) {
      const found = limitedRelations(text);
      if (found === 'general') {
        reach = 'general';
        break;
      }
      for (const { subject, words } of found) limited.push({ clause: clauseSaying(model, words), subject, words: quoteInput(words, 280) });
    }
    // Narrowed to the text's own subject, a clause reaches every agreement that could conflict with it.
    if (limited.some((l) => ownSubject(model, l.subject))) reach = 'general';
    if (reach !== 'general') reach = limited;
  }
  reachOf.set(model, reach);
  return reach;
}

/** `savingsClause` and `generalRelationClause`, for every match (util/all-matches.ts). */
const relationPatterns = [savingsClause, generalRelationClause].map((p) => new RegExp(p.source, `${p.flags}g`));

/** The relation clauses of one text: "general" if one is, otherwise the narrowed ones. */
export function limitedRelations(text: string): 'general' | { readonly subject: string; readonly words: string }[] {
  const found: { subject: string; words: string }[] = [];
  for (const pattern of relationPatterns) {
    for (const m of matchesOf(text, pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      const sentenceStart = Math.max(after(text.lastIndexOf('. ', start)), after(text.lastIndexOf('; ', start)));
      const stop = text.slice(end).search(/[.;](?:\s|$)/u);
      const sentence = text.slice(sentenceStart, stop === -1 ? undefined : end + stop);
      const subject = subjectOf(sentence, start - sentenceStart, end - sentenceStart);
      if (subject === undefined) return 'general';
      found.push({ subject, words: sentence.trim().replace(/^\d+\.?\s+/u, '') });
    }
  }
  return found;
}

/** Where a sentence starts after the stop found at `stop` (-1: none, the text's start). */
function after(stop: number): number {
  return stop === -1 ? 0 : stop + 2;
}

/** The subject a relation clause is narrowed to (match at [start, end) of its sentence); undefined where it is general. */
function subjectOf(sentence: string, start: number, end: number): string | undefined {
  // The other instruments: the last named inside the match ("… and any other international
  // agreement"), or else the first after it ("Nothing in this Convention shall affect … other conventions").
  let object: RegExpExecArray | undefined;
  otherInstrument.lastIndex = start;
  for (let m = otherInstrument.exec(sentence); m; m = otherInstrument.exec(sentence)) {
    if (m.index >= end && object) break;
    object = m;
    if (m.index >= end) break;
  }
  if (object) {
    const after = sentence.slice(object.index + object[0].length).split(/[,;]/u)[0];
    const direct = limitedTo.exec(after);
    if (direct) return subjectWords(direct[1]);
    const before = sentence.slice(Math.max(0, object.index - 60), object.index);
    if (relevantInstruments.test(before)) {
      const named = limitedTo.exec(sentence.slice(0, start));
      if (named) return subjectWords(named[1]);
    }
  }
  const opening = opensOnSubject.exec(sentence);
  return opening && opening.index + opening[0].length <= start ? subjectWords(opening[1]) : undefined;
}

/** A subject's words, its relative clauses cut off; undefined where it is no subject (`noSubject`). */
function subjectWords(words: string): string | undefined {
  const cut = words.search(subjectEnd);
  const subject = (cut === -1 ? words : words.slice(0, cut)).trim();
  return subject.length < 3 || noSubject.test(subject) ? undefined : quoteInput(subject, 100);
}

/**
 * Whether the subject is the text's own, its last word one of the title's: "other Agreements
 * relating to the exchange of classified information" in the "Agreement … for the Security of
 * Information" (NATO 1997, Art. 5; read: BWBV0001372). VCLT Art. 30 governs successive treaties
 * "relating to the same subject-matter" (read: BWBV0003441): a clause that settles the relation to
 * every other agreement on the text's own subject leaves no conflict unsettled, as a general one
 * does. Industrial property is not the subject of an "Agreement on Economic Co-operation".
 */
function ownSubject(model: SemanticModel, subject: string): boolean {
  const head = /(\p{L}{4,})\W*$/u.exec(subject)?.[1];
  const title = model.ast.instrument?.title?.value;
  return head !== undefined && title !== undefined && new RegExp(String.raw`\b${escapeRegExp(head)}\b`, 'iu').test(title);
}

/** The clause of the document whose text holds these words. */
function clauseSaying(model: SemanticModel, words: string): Clause | undefined {
  return model.ast.clauses.find((clause) => spacedClauseText(model, clause).includes(words));
}
