/**
 * The instrument templates: list them, and fill one in. Values the drafter gives replace the
 * `{{placeholders}}`; the others take their default, or text of their slot's shape that still
 * parses (`[name]` in text, the name where an id stands, a date the checks reject: see
 * placeholder-slots.ts), and are reported as missing, so a script (`entente new … --set
 * name=value`) learns what it forgot.
 */
import { renderPlaceholders } from '../library/render-clause';
import { unansweredText } from './placeholder-slots';
import { annexTemplate } from './annex';
import { bilateralMou } from './bilateral-mou';
import { bilateralTreaty } from './bilateral-treaty';
import { certArrangement } from './cert-arrangement';
import { multilateralTreaty } from './multilateral-treaty';
import type { Template } from './template-types';

export type { PlaceholderSlot, Template, TemplatePlaceholder } from './template-types';
export { placeholderInput, slotOf, valueProblem, type PlaceholderInput } from './placeholder-slots';

const templates: readonly Template[] = [bilateralMou, bilateralTreaty, multilateralTreaty, certArrangement, annexTemplate];

export function listTemplates(): readonly Template[] {
  return templates;
}

export function getTemplate(id: string): Template | undefined {
  return templates.find((t) => t.id === id);
}

export interface InstantiateOptions {
  /** Unfilled placeholders become snippet tab stops (for the editor's "new from template"). */
  readonly snippet?: boolean;
}

/** Fill a template; undefined for an unknown id. `missing` lists placeholders with neither value nor default. */
export function instantiateTemplate(id: string, values: Readonly<Record<string, string>>, options: InstantiateOptions = {}): { text: string; missing: string[] } | undefined {
  const template = getTemplate(id);
  if (!template) return undefined;
  const given: Record<string, string> = {};
  for (const p of template.placeholders) if (Object.hasOwn(values, p.name)) given[p.name] = values[p.name];
  const missing = template.placeholders.filter((p) => !(p.name in given) && p.default === undefined).map((p) => p.name);
  const defaults = new Map(template.placeholders.map((p) => [p.name, p.default ?? unansweredText(p)]));
  return { text: renderPlaceholders(template.text, given, defaults, { snippet: options.snippet ?? false }), missing };
}

/** The sample values of a template: what the tests fill it with, and an example for `--set`. */
export function sampleValues(template: Template): Record<string, string> {
  return Object.fromEntries(template.placeholders.map((p) => [p.name, p.sample]));
}
