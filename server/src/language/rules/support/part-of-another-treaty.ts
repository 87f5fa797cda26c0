/**
 * Whether the instrument says it forms part of another treaty, and so shares that treaty's clauses
 * on its relation to the parties' other obligations: "This Protocol shall form an integral part of
 * the Agreement between the Kingdom of the Netherlands, in respect of Aruba, and the British Virgin
 * Islands …" in a protocol written in its own file (BWBV0003537), "This Protocol shall form an
 * integral part of the Treaty" in a protocol amending a treaty.
 *
 * Not a part of this instrument said to be integral to it (fifty-second real-instrument run, item 2,
 * probe p7e): the Netherlands–Turkey Agreement of 1986 transcribed with its Protocol, "the
 * undersigned have agreed that the following provisions shall form an integral part of the
 * Agreement" (BWBV0002810), and the tax information exchange agreements of 2009 transcribed with
 * theirs ("This Protocol shall form an integral part of the Agreement between …"): those sentences
 * place the Protocol inside the Agreement the file is, and say nothing about other treaties. So the
 * sentence counts only where its subject is the instrument itself ("This Protocol" in a Protocol)
 * and what it is part of is named by another word (the Treaty, the Agreement, the Convention); "The
 * Annex to this Protocol shall form an integral part of …" is said of the annex, not the protocol.
 *
 * The instrument may name itself with a qualifier ("From the date of its entry into force, this
 * Additional Protocol shall form an integral part of the Agreement", Additional Protocol to the
 * European Agreement on the Exchange of Therapeutic Substances of Human Origin 1982, Art. 3;
 * BWBV0002618; fifty-seventh run, item 1), speak of its provisions ("the provisions of this Protocol
 * shall form an integral part of …"), or say it "shall be regarded (deemed) as an integral part of"
 * the other. Not "supplements" or "in relation to": those leave it an instrument of its own.
 */
import type { Range } from '../../ast/positions';
import type { SemanticModel } from '../../model/semantic-model';
import { declarationParts, sameWords } from '../../model/document-change';
import { oncePer } from '../../util/once-per';
import { instrumentProse } from './instrument-prose';
import { spacedClauseText } from './spaced-clause-text';
import { matchesOf } from '../../util/all-matches';

const integralVerb = String.raw`(?:shall\s+(?:form|constitute|be(?:\s+(?:regarded|considered|deemed)\s+(?:as|to\s+(?:be|form|constitute)))?)|forms|constitutes|is)\s+an?\s+integral\s+part\s+of\s+the\s+(Treaty|Agreement|Convention)\b`;
const selfName = String.raw`(?:this|the\s+present)\s+(?:(?:Additional|Optional|Amending|Supplementary)\s+)?(\p{L}+)`;

/** The instrument as the subject: "This Additional Protocol shall form an integral part of the Agreement". */
const integralPart = new RegExp(String.raw`(?:\bthe\s+provisions\s+of\s+|(?<!\b(?:to|of|in|under|by|with|and)\s+)\b)${selfName}\s+${integralVerb}`, 'giu');

/**
 * The instrument as the antecedent of a relative clause, wherever it stands in the sentence: "No
 * State may become a Contracting Party to the Agreement without at the same time becoming a
 * Contracting Party to this Additional Protocol, which forms an integral part of the Agreement"
 * (Additional Protocol to the European Agreement on the Exchange of Tissue-typing Reagents 1976,
 * Art. 3; BWBV0004846; eighty-ninth run, defect 1). The antecedent of "which" is the noun phrase
 * before the comma (`relativeSaidOfSelf`).
 */
const integralPartRelative = new RegExp(String.raw`\b${selfName}\s*,\s*which\s+${integralVerb}`, 'giu');

/** A preposition just before the instrument's name: the name then ends a longer noun phrase, or is governed by a verb or noun. */
const prepositionBefore = /\b(?:to|of|in|under|by|with|and|for|from|within|on|at|into|through|upon|throughout)\s+$/iu;

/** "Party to", "accession to": the one preposition before the name that leaves the name itself the antecedent. */
const partyToBefore = /\b(?:Part(?:y|ies)|signator(?:y|ies)|accession|acced(?:e|es|ed|ing)|adher(?:e|es|ed|ing|ence))\s+to\s+$/iu;

/**
 * Whether the relative clause matched at `index` is said of the instrument: its name stands as a
 * noun phrase of its own — after a verb, at the start of a sentence, or as what a State becomes a
 * Party to ("becoming a Contracting Party to this Additional Protocol, which forms …"). Not where
 * the name closes a longer noun phrase through a preposition: "The arrangements referred to in this
 * Protocol, which shall form an integral part of the Agreement" is said of the arrangements (treaty
 * lawyer lr20, D6), "the Annex to this Protocol, which …" of the annex, "Article 2 of this
 * Protocol, which …" of the article.
 */
function relativeSaidOfSelf(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  return !prepositionBefore.test(before) || partyToBefore.test(before);
}

/** What the instrument calls itself: the first word of its title that names a kind of instrument, else its header's keyword. */
const kindWords = /\b(Protocol|Agreement|Treaty|Convention|Arrangement|Memorandum|Accord|Charter|Statute|Covenant|Pact|Annex)\b/u;

export function selfWord(model: SemanticModel): string | undefined {
  const instrument = model.ast.instrument;
  return (kindWords.exec(instrument?.title?.value ?? '')?.[1] ?? instrument?.kind.text)?.toLowerCase();
}

/** The treaty a text says the instrument forms an integral part of ("Agreement"), or undefined. */
function partOfIn(text: string, self: string): string | undefined {
  if (!/integral/iu.test(text)) return undefined;
  for (const pattern of [integralPart, integralPartRelative]) {
    for (const m of matchesOf(text, pattern)) if (m[1].toLowerCase() === self && m[2].toLowerCase() !== self && (pattern !== integralPartRelative || relativeSaidOfSelf(text, m.index ?? 0))) return m[2];
  }
  return undefined;
}

export function formsPartOfAnotherTreaty(model: SemanticModel): boolean {
  const self = selfWord(model);
  if (!self) return false;
  return instrumentProse(model).some((text) => partOfIn(text, self) !== undefined);
}

/**
 * What, beside the words "integral part", ties the instrument to the other treaty (treaty lawyer
 * lr13, defect 4). The words alone do not make a protocol end or be amended with its treaty: an
 * optional protocol only some Parties ratify is still a treaty between them, and a protocol whose
 * articles are "additional articles to the Convention" may still be denounced on its own ("Any Party
 * may at any time denounce this Protocol", Additional Protocol to the Convention on Human Rights and
 * Biomedicine concerning Transplantation 2002, Arts. 28, 33; read: BWBV0005628). They do where:
 * - `participation`: no State may become a Party to the treaty without becoming a Party to the
 *   instrument (ETS 109 Art. 3, second sentence; read: BWBV0002618): the two have the same Parties;
 * - `provisions`: the treaty's provisions apply to it "accordingly" or "mutatis mutandis", its final
 *   clauses among them;
 * - `entry-into-force`: a bilateral instrument enters into force with the treaty ("shall enter into
 *   force on the same date as the Agreement", the Aruba–British Virgin Islands Protocol 2009; read:
 *   BWBV0003537): one package between the same two Parties.
 */
export type IntegralTie = 'participation' | 'provisions' | 'entry-into-force';

export interface IntegralPart {
  /** What the instrument is part of, in its words: "the Agreement". */
  readonly name: string;
  /** The clause that says so. */
  readonly range: Range;
  /** What else in its words ties it to that treaty, if anything. */
  readonly tie: IntegralTie | undefined;
}

const selfNoun = (self: string) => String.raw`(?:this|the\s+present|the)\s+(?:(?:Additional|Optional|Amending|Supplementary)\s+)?${self}\b`;
const partyTo = String.raw`(?:a\s+)?(?:Contracting\s+|State\s+)?Party\s+to`;

function tieIn(texts: readonly string[], parent: string, self: string, bilateral: boolean): IntegralTie | undefined {
  const participation = new RegExp(
    String.raw`(?:\bno\s+[^.;]{0,40}?\bmay|\bmay\s+not|\bshall\s+not|\bcannot)\s+(?:become|be|remain)\s+${partyTo}\s+the\s+${parent}\b[^.;]{0,80}?\bwithout\s+(?:at\s+the\s+same\s+time\s+|simultaneously\s+|also\s+)?(?:becoming|being)\s+${partyTo}\s+${selfNoun(self)}`,
    'iu',
  );
  const provisions = new RegExp(String.raw`\bthe\s+provisions\s+of\s+(?:the|that)\s+${parent}\b[^.;]{0,80}?\bshall\s+apply\b[^.;]{0,40}?\b(?:accordingly|mutatis\s+mutandis)\b`, 'iu');
  const together = new RegExp(String.raw`\benter\s+into\s+force\s+(?:on\s+the\s+same\s+(?:date|day)\s+as|at\s+the\s+same\s+time\s+as|simultaneously\s+with|together\s+with)\s+the\s+${parent}\b`, 'iu');
  if (texts.some((t) => participation.test(t))) return 'participation';
  if (texts.some((t) => provisions.test(t))) return 'provisions';
  if (bilateral && texts.some((t) => together.test(t))) return 'entry-into-force';
  return undefined;
}

/**
 * The treaty the instrument's own clauses say it forms an integral part of, where, and what else
 * ties it to that treaty: only then are its duration, exit, amendment and disputes that treaty's
 * (`integral-part-final-clauses`, rules/checks/implementing-arrangement-rules.ts). Only the
 * instrument's own clauses are read, not an annex's parent or a treaty it implements.
 */
export const integralPartOf = oncePer(readIntegralPart);

function readIntegralPart(model: SemanticModel): IntegralPart | undefined {
  const self = selfWord(model);
  if (!self) return undefined;
  // A clause's answer is a function of its body and `self` alone: kept with its node (also where
  // an edit above copied it onto other lines: the answer holds no position), one per declaration
  // (`declarationParts`: a keystroke asks only the replaced declaration, issue #11), instead of
  // re-spacing every clause's text. A clause taken from the library without a body reads the
  // library's text, asked each time. What ties the instrument to the treaty is read over every
  // clause, but only once a clause has named that treaty (rare). Asked once per model (several
  // final-clause checks ask whether the other treaty's final clauses govern the instrument).
  const parts = declarationParts('integral-part-of', model, self, (d) => (d.type === 'Clause' && d.body ? (partOfIn(spacedClauseText(model, d), self) ?? null) : undefined), sameWords);
  const declarations = model.ast.declarations;
  for (let i = 0; i < parts.length; i++) {
    const clause = declarations[i];
    if (clause.type !== 'Clause') continue;
    const name = clause.body ? (parts[i] ?? undefined) : partOfIn(spacedClauseText(model, clause), self);
    if (name === undefined) continue;
    const texts = model.ast.clauses.map((c) => spacedClauseText(model, c));
    return { name: `the ${name}`, range: clause.id?.range ?? clause.range, tie: tieIn(texts, name, self, model.signatories.length === 2) };
  }
  return undefined;
}

/**
 * Whether the other treaty's final clauses govern the instrument, so that the generic final-clause
 * checks leave it to `integral-part-final-clauses`: where something beside the words "integral
 * part" ties it to that treaty, or on a concluded text, where nothing can be added and the note says
 * what is open. A draft that only calls itself an integral part keeps the generic findings: whether a
 * Party may denounce it alone, and whether the treaty's amendment clause reaches it, is for its words
 * to say (treaty lawyer lr13, defect 4).
 */
export function governedAsIntegralPart(model: SemanticModel): boolean {
  const part = integralPartOf(model);
  return part !== undefined && (part.tie !== undefined || model.concludedOn !== undefined);
}
