/**
 * Every closed-set word of a document with the set it belongs to, and every quantity: what the
 * value checks walk. Listing them here, next to each other, keeps a new closed field of the AST
 * from silently escaping the out-of-range check (add it here when adding it to nodes.ts).
 */
import type { Instrument } from '../../ast/header-nodes';
import type { Deadline, Declaration, EntenteDocument, Name, Quantity, Timing, Word } from '../../ast/nodes';
import { topicFromName, topicNames } from '../../ast/topics';
import {
  accessionInvitations,
  accessionOpenings,
  availabilities,
  channelClassifications,
  classificationLevels,
  classificationSchemes,
  classOpenness,
  channelModalities,
  clockStarts,
  countNouns,
  dataCategories,
  dayWords,
  designationRoles,
  durationUnits,
  exchangeHedges,
  formulaOmissions,
  handlingCaveats,
  indefiniteWords,
  initialWords,
  instrumentForms,
  meetingTerms,
  monthWords,
  noteContents,
  noEquivalents,
  oneWayHandlings,
  onwardSharingRules,
  ordinalWords,
  originalsNouns,
  originalsWords,
  partyKinds,
  periodWords,
  provisionalEnds,
  provisionalModalities,
  laterOfEvents,
  laterOfWhich,
  regimes,
  renewalModes,
  signatureWords,
  statuses,
  timingEvents,
  tlpLabels,
  type Vocabulary,
} from '../../ast/vocabulary';

export interface ClosedWord {
  readonly word: Word;
  /** The allowed values. */
  readonly values: readonly string[];
  /** What the word is, for messages: `TLP label`, `party kind`… */
  readonly what: string;
}

const indefinite: Vocabulary<'indefinite'> = { values: ['indefinite'], meaning: { indefinite: 'No fixed term.' } };

export function closedWords(ast: EntenteDocument): ClosedWord[] {
  const result: ClosedWord[] = [];
  for (const node of [...ast.instruments, ...ast.declarations]) for (const word of closedWordsOf(node)) result.push(word);
  return result;
}

/**
 * The closed-set words of one instrument header or declaration: a function of the node alone,
 * so a check may keep what it finds in them per node (util/declaration-memo.ts).
 */
export function closedWordsOf(node: Instrument | Declaration): ClosedWord[] {
  const result: ClosedWord[] = [];
  const add = (word: Word | undefined, vocab: Vocabulary<string>, what: string) => {
    // An empty text is a word lost in error recovery: the syntax error already covers it.
    if (word && word.text !== '') result.push({ word, values: vocab.values, what });
  };
  switch (node.type) {
    case 'Instrument':
      for (const item of node.items) {
        if (item.type === 'Status') add(item.value, statuses, 'status');
        else if (item.type === 'Duration') {
          add(item.indefinite, indefinite, 'duration');
          add(item.renewal, renewalModes, 'renewal');
          add(item.renewalIndefinite?.indefinite, indefiniteWords, 'renewal period');
          add(item.renewalIndefinite?.period, periodWords, 'word after `indefinite`');
        } else if (item.type === 'Effect' || item.type === 'SubsequentEffect' || item.type === 'ProvisionalApplication') {
          addTiming(item, add);
          if (item.type === 'ProvisionalApplication') {
            add(item.modality, provisionalModalities, 'provisional-application modality');
            add(item.untilEvent, provisionalEnds, 'final-clause event');
          }
          if (item.type === 'SubsequentEffect') {
            add(item.laterOf?.event, laterOfEvents, 'final-clause event');
            add(item.laterOf?.which, laterOfWhich, '`whichever is` word');
          }
        } else if (item.type === 'Signature') {
          add(item.originals?.word, originalsWords, 'number of originals');
          add(item.originals?.noun, originalsNouns, 'noun for the originals');
          add(item.without, formulaOmissions, 'part of the final formula');
        }
        else if (item.type === 'Termination') {
          add(item.afterInitial?.initial, initialWords, 'period after which a Party may leave');
          add(item.afterInitial?.period, periodWords, 'word after `initial`');
        }
        else if (item.type === 'OpenedForSignature') add(item.what, signatureWords, 'opening');
        else if (item.type === 'Consent') {
          for (const opening of item.openings) add(opening.after, accessionOpenings, 'final-clause event');
          for (const invitation of item.invitations) add(invitation.by, accessionInvitations, 'condition of accession');
        }
        else if (item.type === 'Form') add(item.form, instrumentForms, 'form');
      }
      // A subject the checks do not know is credited to nothing: `incorporates point-of-contact`
      // would leave the drafter believing a missing-clause check is satisfied.
      for (const incorporation of node.incorporations) for (const topic of incorporation.topics) add(topicWord(topic), topicVocabulary, 'clause topic');
      // Likewise `omitted "Annex V" about breach-procedur`: a misspelt topic would cap nothing, silently.
      for (const topics of node.omitted?.partTopics ?? []) for (const topic of topics) add(topicWord(topic), topicVocabulary, 'clause topic');
      break;
    case 'Note':
      add(node.carries, noteContents, 'what the note carries');
      break;
    case 'GovernanceBody':
      for (const term of node.meetingTerms) add(term, meetingTerms, 'meeting');
      break;
    case 'Party':
      add(node.classOf?.openness, classOpenness, 'class');
      add(node.kind, partyKinds, 'party kind');
      for (const regime of node.regimes) add(regime, regimes, 'regime');
      for (const contact of node.contacts) add(contact.availability, availabilities, 'availability');
      break;
    case 'SecurityAgreement':
      add(node.upTo, classificationLevels, 'classification level');
      add(node.from, classificationLevels, 'classification level');
      add(node.scheme, classificationSchemes, 'classification scheme');
      for (const equivalence of node.equivalences) {
        add(equivalence.level, classificationLevels, 'classification level');
        for (const cell of equivalence.markings) {
          add(cell.none, noEquivalents, 'quoted marking or none');
          add(cell.handling, oneWayHandlings, 'one-way handling');
        }
      }
      break;
    case 'Channel':
      for (const category of node.carries) add(category, dataCategories, 'data category');
      add(node.marking, tlpLabels, 'TLP label');
      add(node.classification, channelClassifications, 'classification level');
      add(node.onwardSharing, onwardSharingRules, 'onward-sharing rule');
      for (const marking of node.handlingMarkings) add(marking.caveat, handlingCaveats, 'handling marking');
      for (const hedge of node.hedges) add(hedge, exchangeHedges, 'condition of exchange');
      add(node.modality, channelModalities, 'modality');
      break;
    case 'Designation':
      add(node.role, designationRoles, 'kind of designation');
      add(node.availability, availabilities, 'availability');
      break;
    case 'Clause':
      // A subject the checks do not know is credited to nothing (`about bogus`).
      for (const topic of node.topics) add(topicWord(topic), topicVocabulary, 'clause topic');
      break;
    default:
      break;
  }
  for (const deadline of deadlinesOf(node)) add(deadline.start, clockStarts, 'start of the time limit');
  for (const quantity of quantitiesOf(node)) add(quantity.unit, durationUnits, 'duration unit');
  return result;
}

const topicVocabulary: Vocabulary<string> = { values: topicNames, meaning: {} };

/** A topic name as the model reads it (`Costs`, `costs`, `EntryIntoForce`): known or not. */
function topicWord(name: Name): Word {
  return { text: name.text, range: name.range, value: topicFromName(name.text) };
}

/** The time limits written in a declaration: an incident protocol's and a channel's (`within … of …`). */
export function deadlinesOf(node: Instrument | Declaration): Deadline[] {
  const result: (Deadline | undefined)[] = [];
  if (node.type === 'IncidentProtocol') {
    for (const n of node.notifications) result.push(n.deadline);
    for (const r of node.reports) result.push(r.deadline);
    for (const e of node.escalations) result.push(e.deadline);
  } else if (node.type === 'Channel') for (const d of node.deadlines) result.push(d.deadline);
  return result.filter((d): d is Deadline => d !== undefined);
}

/**
 * A timing's closed words: its event (`after ratification`), what a threshold counts (`by 5
 * States`) and `first day of second month`. (`including 3 CoE-Members` names a party: the
 * linker resolves it.)
 */
function addTiming(timing: Timing, add: (word: Word | undefined, vocab: Vocabulary<string>, what: string) => void): void {
  add(timing.event, timingEvents, 'final-clause event');
  add(timing.countNoun, countNouns, 'threshold noun');
  const f = timing.firstDay;
  if (!f) return;
  add(f.day, dayWords, 'day');
  add(f.ordinal, ordinalWords, 'month');
  add(f.month, monthWords, 'month');
}

/** The quantities of one instrument header or declaration: terms, notices, deadlines, cadences, delays. */
export function quantitiesOf(node: Instrument | Declaration): Quantity[] {
  const result: (Quantity | undefined)[] = [];
  if (node.type === 'Instrument') {
    for (const item of node.items) {
      if (item.type === 'Duration') result.push(item.term, item.renewalTerm, item.unless?.notice);
      else if (item.type === 'Termination') result.push(item.notice);
      else if (item.type === 'Effect' || item.type === 'SubsequentEffect') result.push(item.delay);
      else if (item.type === 'ProvisionalApplication') result.push(item.delay, item.notice);
    }
  } else if (node.type === 'Exercise') {
    if (node.cadence?.word === 'every') result.push(node.cadence.interval);
  } else if (node.type === 'GovernanceBody') {
    if (node.meets?.word === 'every') result.push(node.meets.interval);
  } else if (node.type === 'Assistance') result.push(node.preservation);
  for (const deadline of deadlinesOf(node)) result.push(deadline.within);
  return result.filter((q): q is Quantity => q !== undefined);
}
