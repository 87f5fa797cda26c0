/**
 * A preamble that names the agreement under which the parties conclude the text: "The Governments
 * of the Benelux countries acting jointly under the Agreement between the Kingdom of Belgium, the
 * Grand Duchy of Luxemburg and the Kingdom of the Netherlands signed at Brussels on 11 April 1960
 * concerning the transfer of immigration control to the outer frontiers of Benelux, and the
 * Government of the Republic of Korea, …" (Benelux–Korea visa Agreement 1970, preamble; read:
 * BWBV0004193). The text is then not silent on every other agreement: it names the one it is made
 * under, and `missing-relation-to-other-obligations` says so and asks only about the rest
 * (eighty-fourth run, defect 4). Only the preamble is read, and only "acting (jointly) under",
 * "concluded under", "pursuant to" or "on the basis of" a named Agreement, Convention, Treaty or
 * Protocol: an article that applies another treaty's rules is not a statement of the text's basis.
 *
 * A preamble may instead name the agreement whose cooperation the text carries further: "Desiring to
 * further strengthen the cooperation between their respective countries provided for under the
 * Cultural Agreement which was concluded by both parties in The Hague on 8 December 1960"
 * (Netherlands–Egypt Agreement on the Netherlands Institute at Cairo 1983, preamble; read:
 * BWBV0002939; eighty-ninth run, defect 4). That too is a word on one other agreement, and the finding
 * quotes it and asks only about the rest (`buildsOnAgreement`). Only "cooperation (relations)
 * provided for / established / envisaged under (in, by) the … Agreement" with a name of its own: not
 * "this (the present) Agreement", nor cooperation with no agreement named.
 */
import type { SemanticModel } from '../../model/semantic-model';
import { quoteInput } from '../../util/bounded-text';
import { spacedClauseText } from './spaced-clause-text';

const basis = new RegExp(
  String.raw`\b(?:acting(?:\s+jointly)?|concluded|made)\s+(?:under|pursuant\s+to|on\s+the\s+basis\s+of|in\s+pursuance\s+of)\s+the\s+(?:Agreement|Convention|Treaty|Protocol)\b[^;:]{0,300}?(?=,\s+(?:and\s+)?(?:the\s+Government|Desirous|Desiring|Considering|Recalling|Have\s+agreed|Having)|;|:|$)`,
  'u',
);

/** The preamble's words naming the agreement under which the parties act, or undefined. */
export function actsUnderAgreement(model: SemanticModel): string | undefined {
  return preambleWords(model, basis);
}

const buildsOn = new RegExp(
  String.raw`\b(?:[Cc]o-?operation|[Rr]elations)\b[^;:]{0,80}?\b(?:provided\s+for|established|envisaged|laid\s+down)\s+(?:under|in|by)\s+the\s+(?!(?:[Pp]resent|this)\b)(?:[A-Z][\p{L}-]*\s+){0,4}(?:Agreement|Convention|Treaty|Protocol)\b[^;:]{0,200}?(?=,\s+(?:and\s+)?(?:the\s+Government|Desirous|Desiring|Considering|Recalling|Have\s+agreed|Having)|;|:|$)`,
  'u',
);

/** The preamble's words naming the agreement whose cooperation the text carries further, or undefined. */
export function buildsOnAgreement(model: SemanticModel): string | undefined {
  return preambleWords(model, buildsOn);
}

/** The first words `pattern` finds in a clause the text calls its preamble (by id or heading), quoted. */
function preambleWords(model: SemanticModel, pattern: RegExp): string | undefined {
  for (const clause of model.ast.clauses) {
    const name = `${clause.id?.text ?? ''} ${clause.heading?.value ?? ''}`;
    if (!/\bpreamble\b/iu.test(name)) continue;
    const m = pattern.exec(spacedClauseText(model, clause));
    if (m) return quoteInput(m[0], 240);
  }
  return undefined;
}
