/**
 * Where the missing-clause checks apply, and what counts as saying something on a topic. Shared
 * by every missing-*.ts file so the catalogue's "Applies" column is decided in one place.
 */
import type { Channel, Clause, Declaration, EntenteDocument, Instrument } from '../../ast/nodes';
import { combinedParts, sameWords } from '../../model/document-change';
import type { InheritedItem } from '../../ast/vocabulary';
import { inheritsFromTreaty } from '../../model/implementation';
import { namesAFile } from '../../util/file-or-title';
import type { SemanticModel } from '../../model/semantic-model';
import { topicFromName, type ClauseTopic } from '../../model/topics';
import { reachesChannel, scopedTopics, scopesTopic } from '../../model/topic-scope';
import { headerStatementFix, libraryFixTitlePrefix, missingClauseFixes } from './fixes';
import { finalClausesBorrowedFrom } from './implementing-arrangement';
import { governedAsIntegralPart } from './part-of-another-treaty';
import { amendedTreaty, titleSaysItAmends } from './amended-treaty';
import type { ClauseNeed } from './library-fit';
import { ownWordsState } from './own-final-clauses';
import { defineRule, type CodeFix, type FindingCeiling, type Rule, type Severity, type SourceStatus } from '../rule';
import { oncePer } from '../../util/once-per';

/**
 * The instrument whose final clauses are checked: the document's header, unless the document
 * is an annex (it inherits final clauses from its parent), names its parent's file (its final
 * clauses are the parent's) or is a registry (no header at all). A parent named by its title is
 * not read: the checks ask this instrument, as when no parent is written, and a finding that rests
 * on the parent's clauses says so (integral-part-final-clauses).
 */
export function standaloneInstrument(model: SemanticModel): Instrument | undefined {
  const instrument = model.ast.instrument;
  if (!instrument || instrument.kind.value === 'annex' || (instrument.parent && namesAFile(instrument.parent.value))) return undefined;
  return instrument;
}

/**
 * Whether the document says something on a topic through a clause (tagged, from the library, by
 * its id, or — for entry into force and termination — in its own words, notes included). An annex also counts its
 * parent's clauses: an annex's channels and exercises live under the parent's general terms. An
 * implementing arrangement counts its treaty's general clauses (costs, purpose, confidentiality…),
 * but the treaty's final clauses only where it says it takes them (`implements "…" with duration`):
 * the arrangement is an instrument of its own, with its own final clauses. Asked for a channel, a
 * clause whose topic is scoped to other channels (`about points-of-contact for Exchange`) does not
 * count; asked for the instrument as a whole, it does (model/topic-scope.ts).
 */
export function coversTopic(model: SemanticModel, topic: ClauseTopic, channel?: string): boolean {
  // A clause tagged `about <topic> for <channels>` counts for those channels only (model/topic-scope.ts).
  if (model.clausesAbout(topic).some((clause) => reachesChannel(clause, topic, channel))) return true;
  // The instrument's own words, in a clause or a note of the exchange: untagged final clauses.
  if (ownWordsState(model, topic)) return true;
  const parent = model.parentFile?.model;
  if (parent !== undefined && parent.clauses.some((clause) => clauseTopics(model, clause).has(topic) && reachesChannel(clause, topic, channel))) return true;
  if (incorporatesTopic(model, topic)) return true;
  return coveredByImplementedTreaty(model, topic, channel);
}

/**
 * Whether a clause of the document, of its parent or of the treaty it implements scopes the topic
 * to channels (`about … for …`): a per-channel check then asks `coversTopic` channel by channel;
 * otherwise one answer holds for every channel.
 */
export function topicScopedSomewhere(model: SemanticModel, topic: ClauseTopic): boolean {
  return scopedInDocument(model).has(topic) || scopesTopic(model.parentFile?.model?.clauses ?? [], topic) || scopesTopic(model.implementedFile?.model?.clauses ?? [], topic);
}

/**
 * The topics some clause of the document scopes to channels: one part per declaration (a function
 * of its node), combined again only when a part changed (model/document-change.ts), so a keystroke
 * does not read every clause's tags once per topic asked.
 */
function scopedInDocument(model: SemanticModel): ReadonlySet<ClauseTopic> {
  return combinedParts('scoped-topics', model, '', scopedTopicsOf, topicsTogether, sameWords);
}

function scopedTopicsOf(d: Declaration): readonly ClauseTopic[] | undefined {
  return d.type === 'Clause' ? scopedTopics(d) : undefined;
}

function topicsTogether(parts: readonly (readonly ClauseTopic[] | undefined)[]): ReadonlySet<ClauseTopic> {
  const topics = new Set<ClauseTopic>();
  for (const part of parts) if (part !== undefined) for (const topic of part) topics.add(topic);
  return topics;
}

/**
 * The channels on which the text says nothing on a topic through a clause: every channel, none, or
 * — where a clause is tagged `about <topic> for <channels>` — those outside every such scope.
 */
export function channelsWithoutTopic(model: SemanticModel, topic: ClauseTopic): readonly Channel[] {
  if (!topicScopedSomewhere(model, topic)) return coversTopic(model, topic) ? [] : model.ast.channels;
  return model.ast.channels.filter((channel) => !coversTopic(model, topic, channel.id?.text ?? ''));
}

/**
 * Whether the instrument applies another's provisions on a topic (`incorporates costs from
 * "convention.entente"`, "Article 46 of the Convention shall apply, mutatis mutandis, to this
 * Protocol"). A parent given as a file counts only if that file has such a provision (a header
 * statement or a clause on the topic: `incorporated-provision-missing` reports the others); a
 * parent named by its title is taken at the text's word.
 */
export function incorporatesTopic(model: SemanticModel, topic: ClauseTopic): boolean {
  for (const incorporation of model.ast.instrument?.incorporations ?? []) {
    const source = incorporation.source;
    if (!source || !incorporation.topics.some((t) => topicFromName(t.text) === topic)) continue;
    if (!namesAFile(source.value)) return true;
    const parent = model.incorporatedFiles.find((f) => f.path === source)?.model;
    if (parent && documentProvides(model, parent, topic)) return true;
  }
  return false;
}

/** Whether a document (an incorporated parent) has a provision on a topic: a header statement or a clause. */
export function documentProvides(model: SemanticModel, document: EntenteDocument, topic: ClauseTopic): boolean {
  const header = document.instrument;
  const stated: Partial<Record<ClauseTopic, boolean>> = {
    'entry-into-force': header?.effect !== undefined,
    duration: header?.duration !== undefined,
    termination: header?.termination !== undefined,
    amendment: header?.amendment !== undefined,
    disputes: header?.disputes !== undefined,
    depositary: header?.depositary !== undefined,
    consent: header?.consent !== undefined,
    reservations: header?.reservations !== undefined,
    languages: header?.languages !== undefined,
    registration: header?.registration !== undefined,
    governance: document.bodies.length > 0,
    // The parent's declarations count as its provisions on their subjects: its definitions
    // (Budapest Art. 1, which ETS 189 Art. 8(1) applies), its duties to designate (Art. 27(2),
    // Art. 35(1), which Art. 8(2) applies), its assistance, exercises and protocols.
    definitions: document.definitions.length > 0,
    'central-authority': document.designations.some((d) => d.role?.value === 'central-authority') || document.assistance.some((a) => a.centralAuthorities.length > 0),
    'contact-24-7': document.designations.some((d) => d.role?.value === 'point-of-contact' && d.availability?.value === '24/7') || document.parties.some((p) => p.contacts.some((c) => c.availability?.value === '24/7')),
    // Any designation serves as the channel's point of contact, as missing-points-of-contact reads
    // it in the parent itself (Convention 108 Art. 13(2)(a), which ETS 181 Art. 3(1) applies).
    'points-of-contact': document.designations.some((d) => d.role?.value !== undefined) || document.parties.some((p) => p.contacts.length > 0),
    'mutual-assistance': document.assistance.length > 0,
    exercises: document.exercises.length > 0,
    'incident-notification': document.protocols.length > 0,
  };
  return stated[topic] === true || document.clauses.some((clause) => clauseTopics(model, clause).has(topic));
}

/**
 * Whether the treaty this arrangement implements has a clause on the topic that counts here: its
 * general clauses always, its final clauses only where the arrangement says it takes them.
 */
function coveredByImplementedTreaty(model: SemanticModel, topic: ClauseTopic, channel: string | undefined): boolean {
  const treaty = model.implementedFile?.model;
  if (!treaty) return false;
  const item = inheritedItemOf[topic];
  if (finalClauseTopics.has(topic) && !(item && inheritsFromTreaty(model, item))) return false;
  return treaty.clauses.some((clause) => clauseTopics(model, clause).has(topic) && reachesChannel(clause, topic, channel));
}

/** The topics of a treaty's own final clauses, which an implementing arrangement does not share by default. */
const finalClauseTopics: ReadonlySet<ClauseTopic> = new Set<ClauseTopic>([
  'entry-into-force',
  'duration',
  'termination',
  'amendment',
  'disputes',
  'consent',
  'reservations',
  'languages',
  'registration',
  'depositary',
  'non-binding-status',
]);

/**
 * The final clauses an implementing arrangement that is silent on them takes from its treaty by
 * its nature (it has no existence apart from the treaty it implements):
 * `implementing-arrangement-final-clauses` reports them together, at info level.
 */
export const finalClausesOfTheTreaty: ReadonlySet<ClauseTopic> = new Set<ClauseTopic>(['duration', 'termination', 'amendment', 'disputes']);

/**
 * The item of `implements … with …` that takes a topic from the treaty. An arrangement that takes
 * effect with its treaty ("effective from the date of the entry into force of the Agreement") has
 * no consent procedure of its own: the treaty's gives it force.
 */
const inheritedItemOf: Partial<Record<ClauseTopic, InheritedItem>> = {
  'entry-into-force': 'effect',
  consent: 'effect',
  duration: 'duration',
  termination: 'termination',
  amendment: 'amendment',
  disputes: 'disputes',
  costs: 'costs',
};

/** Whether this arrangement says it takes the topic from the treaty it implements (`implements … with …`). */
export function takesFromTreaty(model: SemanticModel, topic: ClauseTopic): boolean {
  const item = inheritedItemOf[topic];
  return item !== undefined && inheritsFromTreaty(model, item);
}

/**
 * Whether a library clause used here (or in an annex's parent) declares that it satisfies the
 * rule, by code (`missing-costs`) or catalogue id (`MC22`), whatever topics it lists.
 */
export function librarySatisfies(model: SemanticModel, rule: Pick<Rule, 'code' | 'catalogueId'>): boolean {
  const satisfied = satisfiedByLibrary(model);
  return satisfied.has(rule.code) || (rule.catalogueId !== undefined && satisfied.has(rule.catalogueId));
}

/**
 * The codes and catalogue ids the library clauses of the instrument (and of its parent) say they
 * satisfy. Gathered once per model: every satisfiable rule asks, and each used to read every clause.
 */
const satisfiedByLibrary = oncePer((model: SemanticModel): ReadonlySet<string> => {
  const names = new Set<string>();
  for (const clauses of [model.ast.clauses, model.parentFile?.model?.clauses ?? []]) {
    for (const clause of clauses) for (const name of model.libraryClause(clause)?.satisfies ?? []) names.add(name);
  }
  return names;
});

/** The topics of a clause (also of another document, the parent), found the way the model finds its own. */
export function clauseTopics(model: SemanticModel, clause: Clause): ReadonlySet<ClauseTopic> {
  return model.topicsOf(clause);
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
  /** What a reviewer of a signed text can do about the finding (rules/rule.ts, `onConcludedText`). */
  readonly onConcludedText?: Rule['onConcludedText'];
  /** The topic a clause covers to satisfy the rule (and the library fix inserts). */
  readonly topic: ClauseTopic;
  /** The catalogue's "Applies" column. */
  applies(model: SemanticModel, instrument: Instrument): boolean;
  /** Whether a header statement already states the item. */
  stated(instrument: Instrument, model: SemanticModel): boolean;
  /** The header statement that states the item, when the language has one. */
  headerStatement?(model: SemanticModel, instrument: Instrument): string | undefined;
  /** A message with the specifics of this document, if the generic one is not enough. */
  describe?(model: SemanticModel, instrument: Instrument): string | undefined;
  /**
   * The most a profile may make of the finding here (rules/rule.ts, `Finding.profileCeiling`):
   * where the message itself says that nobody has anything to do, no profile raises it.
   */
  profileCeiling?(model: SemanticModel, instrument: Instrument): Severity | undefined;
  /** Where `profileCeiling` caps the finding, for the rules page (rules/rule.ts, `Rule.findingCeilings`). */
  findingCeilings?: readonly FindingCeiling[];
  /** What a reviewer of a signed text can do here, where the rule's `onConcludedText` does not fit (rules/rule.ts, `Finding.onConcludedText`). */
  concludedNote?(model: SemanticModel, instrument: Instrument): string | undefined;
  /**
   * Whether the clauses on the topic provide for a part of the instrument only (an annex's
   * amendment procedure), so that they do not state the item for the whole. Absent: they do.
   */
  coveredOnlyInPart?(model: SemanticModel, instrument: Instrument): boolean;
  /**
   * Whether the library's clause on the topic can be inserted here without deciding what the
   * text leaves open or contradicting what it states (a depositary's functions for ratifications
   * the text does not provide for; registration "by the Party in whose territory it was signed"
   * where it was signed in two places). Absent: it can. A `ClauseNeed` says which clause fits
   * (by id): the others on the topic do not.
   */
  libraryFits?(model: SemanticModel, instrument: Instrument): boolean | ClauseNeed;
  /**
   * Whether the text settles the item in words the fixes would contradict, so that no fix is
   * offered, only the finding (a treaty that lasts "until otherwise agreed by the Parties" has no
   * unilateral exit to add). Absent: fixes are offered.
   */
  settledInWords?(model: SemanticModel, instrument: Instrument): boolean;
  /**
   * A fix of the rule's own, preferred before the header statement and the library clause: the
   * smallest edit where the header withholds the item from the text on purpose (`status
   * non-binding unstated`: remove `unstated`, and the export writes the status paragraph).
   */
  ownFix?(model: SemanticModel, instrument: Instrument): CodeFix | undefined;
  /**
   * Header statements that answer a policy question the finding leaves to the drafter (whether
   * reservations are permitted): each is offered, titled with what it says, and none is preferred,
   * nor the library clause beside them, so that no single edit decides it (third quick-fix review,
   * questionable list; lg27). Replaces `headerStatement`.
   */
  policyChoices?(model: SemanticModel, instrument: Instrument): readonly { readonly statement: string; readonly title: string }[];
  /**
   * With `policyChoices`: the answer each library clause on the topic gives, by clause id, said in
   * its fix's title as the header forms say theirs: "No reservations may be made" decides what
   * `reservations none` decides (thirty-sixth run, probe 12). A clause not listed (a team
   * library's) is still titled a policy choice.
   */
  libraryChoices?: Readonly<Record<string, string>>;
}

/**
 * A title that reads as amending another treaty, without `amends` in the header: the final-clause
 * findings say what the statement would mean, and silence nothing on the title's word alone.
 */
function withAmendingHint(spec: InstrumentLevelSpec, model: SemanticModel, instrument: Instrument): string | undefined {
  const message = spec.describe?.(model, instrument);
  if (!finalClausesOfTheTreaty.has(spec.topic) || !titleSaysItAmends(model)) return message;
  return `${message ?? spec.message} The title reads as amending another treaty: if what this text adds becomes part of that treaty, its final clauses govern it — declare it (\`amends "<the treaty's title or file>"\`).`;
}

/** A library fix titled as the answer to the policy question its clause gives (see `libraryChoices`). */
function titledAsChoice(fix: CodeFix, choices: Readonly<Record<string, string>> | undefined): CodeFix {
  if (!fix.title.startsWith(libraryFixTitlePrefix)) return fix;
  const id = /\(([^()]+)\)$/.exec(fix.title)?.[1];
  const choice = (id !== undefined && choices?.[id]) || 'a policy choice: read what the clause decides before inserting it';
  return { ...fix, title: `${fix.title} (${choice})` };
}

/**
 * A rule for an item the whole instrument must state once (final clauses, costs, governance):
 * reported on the instrument kind keyword, satisfied by a header statement or a clause on the
 * topic, fixed by a library clause or the header statement.
 */
export function instrumentLevelRule(spec: InstrumentLevelSpec): Rule {
  // Read from the spec once: every analysis asks each rule whether it applies, and over specs of
  // many shapes `spec.applies` went through V8's megamorphic cache, which a full GC empties.
  const { applies, stated, coveredOnlyInPart, topic } = spec;
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
    onConcludedText: spec.onConcludedText,
    findingCeilings: spec.findingCeilings,
    check({ model, report }) {
      const instrument = standaloneInstrument(model);
      // A political declaration has no final clauses to miss: no parties to bind, nothing to enter into force.
      if (!instrument || model.isPoliticalDeclaration || !applies.call(spec, model, instrument)) return;
      if (stated.call(spec, instrument, model) || (coversTopic(model, topic) && !coveredOnlyInPart?.call(spec, model, instrument))) return;
      // An implementing arrangement that takes the item from its treaty states it by reference.
      const inherited = inheritedItemOf[spec.topic];
      if (inherited && inheritsFromTreaty(model, inherited)) return;
      // An implementing arrangement silent on these lives, ends and is read under its treaty:
      // `implementing-arrangement-final-clauses` says so, as information, not as a gap. Not one that
      // implements an act of the Union: a Directive has no final clauses to lend (r118, defect 1).
      // So is a protocol that "shall form an integral part of the Agreement" and is tied to it
      // (ETS 109 Art. 3), or is concluded: `integral-part-final-clauses` says so (fifty-seventh run,
      // item 1; treaty lawyer lr13, defect 4: the words "integral part" alone leave a draft asked).
      // So is an instrument that amends another treaty (`amends "…"`): what it adds is governed by
      // the final clauses of the treaty as amended, and `amending-instrument-final-clauses` says so
      // (VCLT Arts. 39, 40(4), 41; eighty-fifth run, item 1; lr19, D4–D5).
      if (finalClausesOfTheTreaty.has(spec.topic) && (finalClausesBorrowedFrom(model) || governedAsIntegralPart(model) || amendedTreaty(model))) return;
      const settled = spec.settledInWords?.(model, instrument) ?? false;
      const statement = settled ? undefined : spec.headerStatement?.(model, instrument);
      const library = settled ? false : (spec.libraryFits?.(model, instrument) ?? true);
      const own = settled ? undefined : spec.ownFix?.(model, instrument);
      const fixes = missingClauseFixes(model, spec.topic, statement ? { instrument, statement } : undefined, library);
      const choices = settled ? [] : (spec.policyChoices?.(model, instrument) ?? []).map((c) => headerStatementFix(model, instrument, c.statement, c.title)).filter((f): f is CodeFix => f !== undefined);
      report({
        range: instrument.kind.range,
        message: withAmendingHint(spec, model, instrument),
        profileCeiling: spec.profileCeiling?.(model, instrument),
        onConcludedText: spec.concludedNote?.(model, instrument),
        fixes: own
          ? [{ ...own, preferred: true }, ...fixes.map((f) => ({ ...f, preferred: false }))]
          : spec.policyChoices
            ? [...choices, ...fixes.map((f) => titledAsChoice(f, spec.libraryChoices))].map((f) => ({ ...f, preferred: false }))
            : fixes,
      });
    },
  });
}
