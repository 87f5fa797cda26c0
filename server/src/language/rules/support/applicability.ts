/**
 * Where the missing-clause checks apply, and what counts as saying something on a topic. Shared
 * by every missing-*.ts file so the catalogue's "Applies" column is decided in one place.
 */
import type { Clause, Instrument } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { topicFromName, type ClauseTopic } from '../../model/topics';
import { missingClauseFixes } from './fixes';
import { defineRule, type Rule, type Severity, type SourceStatus } from '../rule';

/**
 * The instrument whose final clauses are checked: the document's header, unless the document
 * is an annex (it inherits final clauses from its parent) or a registry (no header at all).
 */
export function standaloneInstrument(model: SemanticModel): Instrument | undefined {
  const instrument = model.ast.instrument;
  if (!instrument || instrument.kind.value === 'annex' || instrument.parent) return undefined;
  return instrument;
}

/**
 * Whether the document says something on a topic through a clause. An annex also counts its
 * parent's clauses: an annex's channels and exercises live under the parent's general terms.
 */
export function coversTopic(model: SemanticModel, topic: ClauseTopic): boolean {
  if (model.hasClauseAbout(topic)) return true;
  const parent = model.parentFile?.model;
  return parent !== undefined && parent.clauses.some((clause) => clauseTopics(model, clause).has(topic));
}

/**
 * Whether a library clause used here (or in an annex's parent) declares that it satisfies the
 * rule, by code (`missing-costs`) or catalogue id (`MC22`), whatever topics it lists.
 */
export function librarySatisfies(model: SemanticModel, rule: Pick<Rule, 'code' | 'catalogueId'>): boolean {
  const clauses = [...model.ast.clauses, ...(model.parentFile?.model?.clauses ?? [])];
  return clauses.some((clause) => {
    const satisfies = model.libraryClause(clause)?.satisfies ?? [];
    return satisfies.includes(rule.code) || (rule.catalogueId !== undefined && satisfies.includes(rule.catalogueId));
  });
}

/** The topics of a clause of another document (the parent), found the way the model finds its own. */
function clauseTopics(model: SemanticModel, clause: Clause): Set<ClauseTopic> {
  const topics = new Set<ClauseTopic>();
  for (const t of clause.topics) {
    const topic = topicFromName(t.text);
    if (topic) topics.add(topic);
  }
  for (const t of model.libraryClause(clause)?.topics ?? []) topics.add(t);
  const fromId = clause.id ? topicFromName(clause.id.text) : undefined;
  if (fromId) topics.add(fromId);
  return topics;
}

/** "Participants" or "Parties", as the instrument's wording calls its signatories. */
export function signatoryWord(model: SemanticModel): string {
  return model.wording === 'treaty' ? 'Parties' : 'Participants';
}

export interface InstrumentLevelSpec {
  readonly code: string;
  readonly catalogueId: string;
  readonly defaultSeverity: Severity;
  readonly message: string;
  readonly rationale: string;
  readonly source: string;
  readonly sourceStatus: SourceStatus;
  readonly example: { readonly trigger: string; readonly fix: string };
  /** The topic a clause covers to satisfy the rule (and the library fix inserts). */
  readonly topic: ClauseTopic;
  /** The catalogue's "Applies" column. */
  applies(model: SemanticModel, instrument: Instrument): boolean;
  /** Whether a header statement already states the item. */
  stated(instrument: Instrument, model: SemanticModel): boolean;
  /** The header statement that states the item, when the language has one. */
  headerStatement?(model: SemanticModel, instrument: Instrument): string | undefined;
  /** A message with the specifics of this document, if the generic one is not enough. */
  describe?(model: SemanticModel, instrument: Instrument): string;
}

/**
 * A rule for an item the whole instrument must state once (final clauses, costs, governance):
 * reported on the instrument kind keyword, satisfied by a header statement or a clause on the
 * topic, fixed by a library clause or the header statement.
 */
export function instrumentLevelRule(spec: InstrumentLevelSpec): Rule {
  return defineRule({
    code: spec.code,
    catalogueId: spec.catalogueId,
    family: 'missing-clause',
    librarySatisfiable: true,
    defaultSeverity: spec.defaultSeverity,
    message: spec.message,
    rationale: spec.rationale,
    source: spec.source,
    sourceStatus: spec.sourceStatus,
    example: spec.example,
    check({ model, report }) {
      const instrument = standaloneInstrument(model);
      if (!instrument || !spec.applies(model, instrument)) return;
      if (spec.stated(instrument, model) || coversTopic(model, spec.topic)) return;
      const statement = spec.headerStatement?.(model, instrument);
      report({
        range: instrument.kind.range,
        message: spec.describe?.(model, instrument),
        fixes: missingClauseFixes(model, spec.topic, statement ? { instrument, statement } : undefined),
      });
    },
  });
}
