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
import { inclusiveDefinitions, inclusiveMeaning, termKeyOf } from '../util/definition-connectors';
import { oncePer } from '../util/once-per';

/**
 * The terms the instrument's prose defines inclusively, once per model. Each text's answer is kept
 * with its node, which an incremental parse keeps for the declarations an edit did not touch: after
 * a keystroke only the edited prose is read again (completion asks on every keystroke).
 */
const inclusiveIn = oncePer((model: SemanticModel) => {
  const all = new Map<string, string>();
  for (const { text } of model.prose()) {
    let found = byText.get(text);
    if (!found) byText.set(text, (found = inclusiveDefinitions([text.value])));
    for (const [key, connector] of found) if (!all.has(key)) all.set(key, connector);
  }
  return all;
});
const byText = new WeakMap<Text, ReadonlyMap<string, string>>();

/** "**“X”** means …", or, for an inclusive definition, "**“X”** shall include … — not exhaustive". */
export function definitionText(model: SemanticModel, term: string, meaning: string, bold: boolean): string {
  const name = bold ? `**“${term}”**` : `“${term}”`;
  const opening = inclusiveMeaning(meaning);
  const connector = opening ?? inclusiveIn(model).get(termKeyOf(term));
  if (connector === undefined) return `${name} means ${meaning}`;
  const words = opening ? meaning.trim() : `${connector} ${meaning}`;
  return `${name} ${words}\n\nAn inclusive definition (the text’s “${connector}”): it says what the term includes, not all it means.`;
}
