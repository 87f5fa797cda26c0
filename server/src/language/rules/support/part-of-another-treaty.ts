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
 */
import type { SemanticModel } from '../../model/semantic-model';
import { instrumentProse } from './instrument-prose';

const integralPart = /(?<!\b(?:to|of|in|under|by|with|and)\s+)\b(?:this|the\s+present)\s+(\p{L}+)\s+(?:shall\s+(?:form|constitute|be)|forms|constitutes|is)\s+an?\s+integral\s+part\s+of\s+the\s+(Treaty|Agreement|Convention)\b/giu;

/** What the instrument calls itself: the first word of its title that names a kind of instrument, else its header's keyword. */
const kindWords = /\b(Protocol|Agreement|Treaty|Convention|Arrangement|Memorandum|Accord|Charter|Statute|Covenant|Pact|Annex)\b/u;

function selfWord(model: SemanticModel): string | undefined {
  const instrument = model.ast.instrument;
  return (kindWords.exec(instrument?.title?.value ?? '')?.[1] ?? instrument?.kind.text)?.toLowerCase();
}

export function formsPartOfAnotherTreaty(model: SemanticModel): boolean {
  const self = selfWord(model);
  if (!self) return false;
  return instrumentProse(model).some((text) => /integral/iu.test(text) && [...text.matchAll(integralPart)].some((m) => m[1].toLowerCase() === self && m[2].toLowerCase() !== self));
}
