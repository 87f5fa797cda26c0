/**
 * Which library clause a quick fix may insert for a finding. A clause is offered only where it
 * does what the finding asks and nothing the instrument did not agree (quick-fix review, class B):
 *
 * - its principal topic (the first it lists) is the finding's topic: a capacity-building clause
 *   that mentions the status of seconded staff is no answer to a finding on the status of
 *   personnel, and a confidentiality clause is more than a finding on survival asks (item 7);
 * - it is written in the instrument's own voice: a treaty clause ("shall", "Parties") in an MoU,
 *   or an MoU clause in a treaty, brings in the other's wording; and where the status is an open
 *   question (the checker calls it undetermined) no clause is offered at all, since either voice
 *   tilts the evidence the drafter has been asked to weigh (item 17);
 * - the field it is written for, if any (cyber incidents, CSIRTs; criminal investigations), is
 *   one the instrument is about (instrument-subjects.ts; items 5, 7, 11, 12), and the one the
 *   finding names where it names one (Art. 35 of the Convention on Cybercrime: the criminal-
 *   justice 24/7 network, not an incident-response desk);
 * - it is written for the instrument's form where the form is known: a bilateral formula ("either
 *   Party", "in duplicate", a table for two parties) is no text for a multilateral instrument, nor
 *   a depositary's formula for a bilateral one;
 * - it adds terms and changes none: a clause that puts every activity under a condition ("subject
 *   to the availability of funds") is not offered where the text already states firm duties (a
 *   time limit, a payment, a duty to provide or act: firm-duties.ts), and a clause on a topic the text already settles in
 *   its own words, untagged, is not offered beside them (costs: compensation, refunds, sharing —
 *   payment-provisions.ts; twenty-third run, items 4 and 6), nor one whose Union-law paragraph
 *   the text already has in its own words;
 * - it does not state a use regime beside the instrument's own: transfer safeguards (purpose
 *   limitation with compatible further use on notice, no onward sharing without authorisation)
 *   are not offered where the text already rules on the use or disclosure of the information
 *   ("used solely for the purposes of this Agreement"; own-use-rules.ts, statesUseRegimeBesideOwn below;
 *   second quick-fix review, closing item 2);
 * - it names the Union by the names of the day of conclusion (document-values.ts): a clause that
 *   writes {{union}} or {{unionLaw}} is not offered for a treaty concluded before the Union had
 *   any name (unionNamedOnConclusion; second quick-fix review, closing item 4);
 * - a statement of status states the status and nothing more: a clause on the non-binding status
 *   that also puts the activities under a condition (`non-binding-status/mou`, para. 2: "in
 *   accordance with its national law and within the limits of its available resources") makes
 *   every commitment of the text conditional, which the finding did not ask and a drafter may not
 *   want; the plain clause (`non-binding-status/mou-plain`, the words the export writes for
 *   `status non-binding`) is offered instead (lg27: the same shape as the termination clauses below);
 * - it keeps no duty alive after the instrument ends that the text does not call for: a termination
 *   clause that also says information exchanged stays protected after termination (the library's
 *   `termination/…` clauses that list `survival` among their topics) binds the parties beyond the
 *   end, where VCLT Art. 70(1)(a) would release them; it is offered only where the survival checks
 *   would ask for that sentence (classified or TLP:RED/AMBER information exchanged, nothing said
 *   of it after the end: survival.ts), elsewhere the plain clause (`…-plain`; thirty-first run,
 *   point 4: the Aruba draft of a single transfer was offered a duty to protect information);
 * - it states no rule of use, secrecy or onward passing of what is exchanged where the instrument
 *   is made under a binding Union act that lays down its own (Directive 2011/16/EU, Art. 16:
 *   union-act-regime.ts; twenty-sixth run, item 3);
 * - it is offered to a draft only: a text whose signature or exchange of notes is dated before the
 *   month of Entente's reference data has been concluded, and a clause added to it would change
 *   an authenticated text as if it were a draft (twenty-third run: the NL–Somalia letters of 2008
 *   were offered `other-obligations/treaty`). That is the analysis's rule for every legal fix
 *   (analysis/concluded-text-fixes.ts), not this file's: the finding keeps its message and says
 *   the point is for an amendment;
 * - deprecated clauses never.
 * Among those that remain, the library's ranking decides (the instrument's kind, bilateral or
 * multilateral, team clauses first).
 */
import type { ClauseSubject } from '../../ast/subjects';
import type { LibraryClause } from '../../library/library-types';
import type { SemanticModel } from '../../model/semantic-model';
import type { ClauseTopic } from '../../model/topics';
import { conditionsTheInstrument } from './clause-conditions';
import { statesFirmDuties } from './firm-duties';
import { instrumentSubjects } from './instrument-subjects';
import { ownUseProvision, regulatesUseOfInformation } from './own-use-rules';
import { saysInProse } from './instrument-prose';
import { unionLawClause, unionLawWords } from './union-law-wording';
import { unionExistedOn } from '../../data/union-membership';
import { paymentProvisions } from './payment-provisions';
import { unionActRegime, useRegimeTopics } from './union-act-regime';
import { survivalCalledFor } from './survival';
import { unionParagraphCalledFor } from './union-membership';

/** What a finding asks of the clause beyond its topic. */
export interface ClauseNeed {
  /** The field the clause must be written for (a finding under Art. 35 needs the criminal-justice network). */
  readonly subject?: ClauseSubject;
  /** The one clause that answers the finding on this text, by id (registration by the Party that notifies last where the treaty was signed in neither Party's territory). */
  readonly id?: string;
}

/**
 * The savings clause without the Union-law paragraph: for a text with no Member State named, or
 * open to all States (fourth quick-fix review, item 3); where a Member State is a party the full
 * clause is the one, and where that text has its own Union-law words neither is offered.
 */
const savingsWithoutUnionLaw = 'other-obligations/treaty-plain';

/** The best library clause for a finding on a topic, or undefined when none fits. */
export function libraryClauseFor(model: SemanticModel, topic: ClauseTopic, need: ClauseNeed = {}): LibraryClause | undefined {
  if (statusOpen(model)) return undefined;
  if (settledInOwnWords(model, topic)) return undefined;
  if (useRegimeTopics.has(topic) && unionActRegime(model)) return undefined;
  const subjects = instrumentSubjects(model);
  const form = model.form.form;
  return model.library
    .forTopic(topic, model.wording, { kind: model.kind, multilateral: model.isMultilateral })
    .find(
      (c) =>
        c.status !== 'deprecated' &&
        c.topics[0] === topic &&
        c.wording === model.wording &&
        (c.scope === undefined || form === undefined || c.scope === form) &&
        (c.subject === undefined || subjects.has(c.subject)) &&
        (need.subject === undefined || c.subject === need.subject) &&
        (need.id === undefined || c.id === need.id) &&
        !(conditionsTheInstrument(c.text) && (statesFirmDuties(model) || c.topics[0] === 'non-binding-status')) &&
        !(c.topics.slice(1).includes('union-law') && (unionLawSettled(model) || !unionParagraphCalledFor(model))) &&
        !(c.id === savingsWithoutUnionLaw && unionParagraphCalledFor(model)) &&
        !(keepsProtectionAfterExit(c) && !protectionAfterExitCalledFor(model)) &&
        unionNamedOnConclusion(model, c) &&
        !statesUseRegimeBesideOwn(model, c),
    );
}

/**
 * Whether the text already provides on the topic in its own words, untagged, so that a library
 * clause would sit beside those provisions and may contradict them: for costs, words that allocate
 * payments between the signatories ("shall refund the amount … without delay", "shared equally");
 * for purpose limitation, its own rule on the use of information or an exchange through an
 * international organisation (own-use-rules.ts; twenty-fourth run, item 3).
 */
export function settledInOwnWords(model: SemanticModel, topic: ClauseTopic): boolean {
  if (topic === 'purpose-limitation') return ownUseProvision(model) !== undefined;
  return topic === 'costs' && paymentProvisions(model).length > 0;
}

/**
 * Whether the text already says how Union law applies — a clause tagged so, or its own words
 * ("shall apply it in accordance with European Union law") — so that a clause whose further
 * paragraph keeps Union law for the Member States (`other-obligations/treaty`) would restate it
 * beside the text's own provision. Only Union law is read so: a further topic of another clause
 * (purpose limitation in the transfer safeguards) is part of what the finding asks.
 */
function unionLawSettled(model: SemanticModel): boolean {
  return model.hasClauseAbout('union-law') || saysInProse(model, unionLawClause, unionLawWords);
}

/** An exit clause with a paragraph that keeps the protection of information alive after the exit. */
function keepsProtectionAfterExit(clause: LibraryClause): boolean {
  return clause.topics[0] === 'termination' && clause.topics.includes('survival');
}

/**
 * Where a survival paragraph answers what the survival checks would ask once the text can end,
 * and no binding Union act lays down the use regime itself (the survival clause is withheld
 * there too, above).
 */
function protectionAfterExitCalledFor(model: SemanticModel): boolean {
  return survivalCalledFor(model) && !unionActRegime(model);
}

/**
 * Whether the clause would state a use regime beside the one the instrument already states: a
 * clause whose principal topic is transfer safeguards (its para. 2 lets the receiver process for
 * any compatible purpose on notice, its para. 8 forbids sharing within the receiving State) in a
 * text that already says what the information may be used for and by whom. The finding stays: the
 * safeguards it lists are still to be written, in terms consistent with the text's own rule.
 * Siblings of this condition for other clauses (purpose limitation) are expected beside it.
 */
export function statesUseRegimeBesideOwn(model: SemanticModel, clause: LibraryClause): boolean {
  return clause.topics[0] === 'transfer-safeguards' && regulatesUseOfInformation(model);
}

/**
 * Whether the clause's names for the Union and its law ({{union}}, {{unionLaw}}) have words on the
 * day the instrument was concluded: "Member State of the European Union … Union law" written
 * into a treaty of 1989 states a legal order that did not exist (the document fills the names of
 * the day instead: "the European Communities", "Community law"); before 1958 no name fits, and the
 * clause is withheld. An undated draft takes today's names.
 */
export function unionNamedOnConclusion(model: SemanticModel, clause: LibraryClause): boolean {
  const concluded = model.concludedOn;
  return concluded === undefined || unionExistedOn(concluded) || !unionPlaceholder.test(clause.text);
}

const unionPlaceholder = /\{\{\s*(?:union|unionLaw)\s*\}\}/u;

/**
 * An instrument whose status is undetermined: declared so, or a kind that decides nothing with
 * no status declared (a memorandum whose text points to a treaty, an arrangement, a protocol). A
 * document without a header (a registry, a fragment) writes in the words its parties are declared
 * with, and is not asked to decide a status.
 */
export function statusOpen(model: SemanticModel): boolean {
  return model.ast.instrument !== undefined && model.legalNature === undefined;
}
