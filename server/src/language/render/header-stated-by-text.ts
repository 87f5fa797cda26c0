/**
 * The header statements of a concluded text that are not printed because a provision of the text
 * states them: where a clause is about a final-clause topic (tagged, or headed so), the export
 * prints that clause and generates nothing from the header on the same topic
 * (constructs/drafter-replaced.ts). The note after the text names them apart from the statements
 * no provision is marked as stating, with the provisions that state them, so that "1 header
 * statement is not printed" is not read as all of them (NL–Kenya 1980, whose `effect` and
 * `duration` are its Article VIII: ninety-eighth run, minor point 1).
 */
import type { Clause, HeaderItem } from '../ast/nodes';
import type { ClauseTopic } from '../ast/topics';
import type { RenderContext } from '../constructs/construct';
import { replacedByDrafter } from '../constructs/drafter-replaced';
import { finalClauses } from '../constructs/header-clauses';
import type { SemanticModel } from '../model/semantic-model';
import { headingTopics } from './drafter-topics';

export interface HeaderStatedByText {
  /** The statements' subjects, as the generated articles would have been headed ("entry into force"). */
  readonly statements: readonly string[];
  /** The headings of the clauses that state them, in the text's order ("Article VIII"). */
  readonly provisions: readonly string[];
}

/** Undefined where every header statement with a generated article is printed or none is stated by a provision. */
export function headerStatedByText(model: SemanticModel, r: RenderContext): HeaderStatedByText | undefined {
  const header = model.ast.instrument;
  if (!header || header.kind.value === 'declaration') return undefined;
  const statements: string[] = [];
  const by = new Set<Clause>();
  const present = new Set<HeaderItem['type']>(header.items.map((i) => i.type));
  for (const [topic, types] of Object.entries(replacedByDrafter) as [ClauseTopic, readonly HeaderItem['type'][]][]) {
    if (!r.covered(topic)) continue;
    const clauses = model.ast.clauses.filter((c) => model.clausesAbout(topic).includes(c) || (c.heading !== undefined && headingTopics(c.heading.value).includes(topic)));
    for (const type of types) {
      const row = finalClauses[type];
      if (!present.has(type) || !('order' in row) || row.paragraphs(header, r).length === 0) continue;
      const subject = lowerFirst(row.heading(header, r));
      if (!statements.includes(subject)) statements.push(subject);
      for (const c of clauses) by.add(c);
    }
  }
  if (statements.length === 0) return undefined;
  const provisions = model.ast.clauses.filter((c) => by.has(c)).map((c) => c.heading?.value.trim() || c.id?.text || 'a clause');
  return { statements, provisions };
}

/**
 * The subjects of the header statements no clause topic names (constructs/drafter-replaced.ts:
 * form, applicable law, the basis of an implementing instrument, the treaty amended, …), as the
 * generated articles would have been headed ("basis"). No heading or tag can mark a provision as
 * stating them, so the note does not say that none is marked, which reads as if the text were
 * silent: the NL–UK oil stocks Agreement 2006 states its basis in its preamble, "Having regard to
 * Article 6(2) of the Directive which envisages … agreements between Governments" (read:
 * BWBV0003019; hundred-and-twentieth run, defect 6).
 */
export function headerWithoutTopic(model: SemanticModel, r: RenderContext): readonly string[] {
  const header = model.ast.instrument;
  if (!header || header.kind.value === 'declaration') return [];
  const named = new Set<HeaderItem['type']>(Object.values(replacedByDrafter).flat());
  const subjects = new Set<string>();
  for (const item of header.items) {
    const row = finalClauses[item.type];
    if (!named.has(item.type) && 'order' in row) subjects.add(lowerFirst(row.heading(header, r)));
  }
  return [...subjects];
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
