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
import { instrumentProse } from './instrument-prose';
import { spacedClauseText } from './spaced-clause-text';

const integralPart =
  /(?:\bthe\s+provisions\s+of\s+|(?<!\b(?:to|of|in|under|by|with|and)\s+)\b)(?:this|the\s+present)\s+(?:(?:Additional|Optional|Amending|Supplementary)\s+)?(\p{L}+)\s+(?:shall\s+(?:form|constitute|be(?:\s+(?:regarded|considered|deemed)\s+(?:as|to\s+(?:be|form|constitute)))?)|forms|constitutes|is)\s+an?\s+integral\s+part\s+of\s+the\s+(Treaty|Agreement|Convention)\b/giu;

/** What the instrument calls itself: the first word of its title that names a kind of instrument, else its header's keyword. */
const kindWords = /\b(Protocol|Agreement|Treaty|Convention|Arrangement|Memorandum|Accord|Charter|Statute|Covenant|Pact|Annex)\b/u;

export function selfWord(model: SemanticModel): string | undefined {
  const instrument = model.ast.instrument;
  return (kindWords.exec(instrument?.title?.value ?? '')?.[1] ?? instrument?.kind.text)?.toLowerCase();
}

/** The treaty a text says the instrument forms an integral part of ("Agreement"), or undefined. */
function partOfIn(text: string, self: string): string | undefined {
  if (!/integral/iu.test(text)) return undefined;
  for (const m of text.matchAll(integralPart)) if (m[1].toLowerCase() === self && m[2].toLowerCase() !== self) return m[2];
  return undefined;
}

export function formsPartOfAnotherTreaty(model: SemanticModel): boolean {
  const self = selfWord(model);
  if (!self) return false;
  return instrumentProse(model).some((text) => partOfIn(text, self) !== undefined);
}

export interface IntegralPart {
  /** What the instrument is part of, in its words: "the Agreement". */
  readonly name: string;
  /** The clause that says so. */
  readonly range: Range;
}

/**
 * The treaty the instrument's own clauses say it forms an integral part of, and where: its
 * duration, exit, amendment and disputes are that treaty's (rules/checks/integral-part-rules.ts).
 * Only the instrument's own clauses are read, not an annex's parent or a treaty it implements.
 */
export function integralPartOf(model: SemanticModel): IntegralPart | undefined {
  const self = selfWord(model);
  if (!self) return undefined;
  for (const clause of model.ast.clauses) {
    const name = partOfIn(spacedClauseText(model, clause), self);
    if (name !== undefined) return { name: `the ${name}`, range: clause.id?.range ?? clause.range };
  }
  return undefined;
}
