/**
 * How hover and completion say what a defined term is. `define "X" means "…"` has one connector,
 * but a text may define a term inclusively — "the term “cripples” … shall include all persons …"
 * (ETS 20, 1955, Art. 1), "“investments” shall comprise …", "includes, but is not limited to" — and
 * saying "“cripples” means all persons …" presents what the term includes as all it means. Where the
 * text's own prose joins the term to an inclusive connector, or the transcribed meaning opens with
 * one ("includes documents and also any item …"), the connector is the text's, quoted as written,
 * and the line says the definition is not exhaustive (util/definition-connectors.ts).
 */
import type { Text } from '../ast/nodes';
import type { SemanticModel } from '../model/semantic-model';
import { carriesConnector, inclusiveMeaning, mergeDefinitions, readDefinitions, termKeyOf, type DefinitionReading } from '../util/definition-connectors';
import { oncePer } from '../util/once-per';

/**
 * What the instrument's prose says of its defined terms, once per model. Each text's reading is kept
 * with its node, which an incremental parse keeps for the declarations an edit did not touch: after
 * a keystroke only the edited prose is read again (completion asks on every keystroke).
 */
const definitionsIn = oncePer((model: SemanticModel) => {
  const readings: { reading: DefinitionReading; where?: string }[] = [];
  for (const { text, owner } of model.prose()) {
    let found = byText.get(text);
    if (!found) byText.set(text, (found = readDefinitions(text.value)));
    const where = owner.type === 'Clause' ? (owner.heading?.value ?? owner.id?.text) : undefined;
    readings.push({ reading: found, where });
  }
  return mergeDefinitions(readings);
});
const byText = new WeakMap<Text, DefinitionReading>();

/**
 * "**“X”** means …", or, for an inclusive definition, "**“X”** shall include … — not exhaustive"; and
 * where the text also defines the term for a part of it only ("For the purposes of this Article, …"),
 * that sentence, quoted with its scope (lr22 D4), never read as the general definition.
 */
export function definitionText(model: SemanticModel, term: string, meaning: string, bold: boolean): string {
  const name = bold ? `**“${term}”**` : `“${term}”`;
  const opening = inclusiveMeaning(meaning);
  const definitions = definitionsIn(model);
  const connector = opening ?? definitions.inclusive.get(termKeyOf(term));
  const limited = definitions.limited.get(termKeyOf(term));
  const part = limited ? `\n\nFor a part of the text only: ${limited}` : '';
  // A meaning that carries the text's own connector ("means the rights …", "in respect of either Party means …") is said as written, never "means means".
  if (connector === undefined) return `${name} ${carriesConnector(meaning) ? meaning.trim() : `means ${meaning}`}${part}`;
  const words = opening ? meaning.trim() : `${connector} ${meaning}`;
  return `${name} ${words}\n\nAn inclusive definition (the text’s “${connector}”): it says what the term includes, not all it means.${part}`;
}
