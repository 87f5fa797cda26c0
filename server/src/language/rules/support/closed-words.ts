/**
 * Every closed-set word of a document with the set it belongs to, and every quantity: what the
 * value checks walk. Listing them here, next to each other, keeps a new closed field of the AST
 * from silently escaping the out-of-range check (add it here when adding it to nodes.ts).
 */
import type { Deadline, EntenteDocument, Name, Quantity, Timing, Word } from '../../ast/nodes';
import { topicFromName, topicNames } from '../../ast/topics';
import {
  availabilities,
  channelClassifications,
  classificationLevels,
  classificationSchemes,
  classOpenness,
  clockStarts,
  countNouns,
  dataCategories,
  dayWords,
  designationRoles,
  durationUnits,
  exchangeHedges,
  handlingCaveats,
  instrumentForms,
  meetingTerms,
  monthWords,
  noEquivalents,
  oneWayHandlings,
  onwardSharingRules,
  ordinalWords,
  originalsNouns,
  originalsWords,
  partyKinds,
  provisionalEnds,
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
  const add = (word: Word | undefined, vocab: Vocabulary<string>, what: string) => {
    // An empty text is a word lost in error recovery: the syntax error already covers it.
    if (word && word.text !== '') result.push({ word, values: vocab.values, what });
  };
  for (const instrument of ast.instruments) {
    for (const item of instrument.items) {
      if (item.type === 'Status') add(item.value, statuses, 'status');
      else if (item.type === 'Duration') {
        add(item.indefinite, indefinite, 'duration');
        add(item.renewal, renewalModes, 'renewal');
      } else if (item.type === 'Effect' || item.type === 'SubsequentEffect' || item.type === 'ProvisionalApplication') {
        addTiming(item, add);
        if (item.type === 'ProvisionalApplication') add(item.untilEvent, provisionalEnds, 'final-clause event');
      } else if (item.type === 'Signature') {
        add(item.originals?.word, originalsWords, 'number of originals');
        add(item.originals?.noun, originalsNouns, 'noun for the originals');
      }
      else if (item.type === 'OpenedForSignature') add(item.what, signatureWords, 'opening');
      else if (item.type === 'Form') add(item.form, instrumentForms, 'form');
    }
  }
  for (const body of ast.bodies) for (const term of body.meetingTerms) add(term, meetingTerms, 'meeting');
  for (const party of ast.parties) add(party.classOf?.openness, classOpenness, 'class');
  for (const party of ast.parties) {
    add(party.kind, partyKinds, 'party kind');
    for (const regime of party.regimes) add(regime, regimes, 'regime');
    for (const contact of party.contacts) add(contact.availability, availabilities, 'availability');
  }
  for (const agreement of ast.securityAgreements) {
    add(agreement.upTo, classificationLevels, 'classification level');
    add(agreement.from, classificationLevels, 'classification level');
    add(agreement.scheme, classificationSchemes, 'classification scheme');
    for (const equivalence of agreement.equivalences) {
      add(equivalence.level, classificationLevels, 'classification level');
      for (const cell of equivalence.markings) {
        add(cell.none, noEquivalents, 'quoted marking or none');
        add(cell.handling, oneWayHandlings, 'one-way handling');
      }
    }
  }
  for (const channel of ast.channels) {
    for (const category of channel.carries) add(category, dataCategories, 'data category');
    add(channel.marking, tlpLabels, 'TLP label');
    add(channel.classification, channelClassifications, 'classification level');
    add(channel.onwardSharing, onwardSharingRules, 'onward-sharing rule');
    for (const marking of channel.handlingMarkings) add(marking.caveat, handlingCaveats, 'handling marking');
    for (const hedge of channel.hedges) add(hedge, exchangeHedges, 'condition of exchange');
  }
  for (const designation of ast.designations) {
    add(designation.role, designationRoles, 'kind of designation');
    add(designation.availability, availabilities, 'availability');
  }
  for (const deadline of deadlines(ast)) add(deadline.start, clockStarts, 'start of the time limit');
  for (const quantity of quantities(ast)) add(quantity.unit, durationUnits, 'duration unit');
  // A subject the checks do not know is credited to nothing: `about bogus` or `incorporates
  // point-of-contact` would leave the drafter believing a missing-clause check is satisfied.
  for (const clause of ast.clauses) for (const topic of clause.topics) add(topicWord(topic), topicVocabulary, 'clause topic');
  for (const instrument of ast.instruments) {
    for (const incorporation of instrument.incorporations) for (const topic of incorporation.topics) add(topicWord(topic), topicVocabulary, 'clause topic');
  }
  return result;
}

const topicVocabulary: Vocabulary<string> = { values: topicNames, meaning: {} };

/** A topic name as the model reads it (`Costs`, `costs`, `EntryIntoForce`): known or not. */
function topicWord(name: Name): Word {
  return { text: name.text, range: name.range, value: topicFromName(name.text) };
}

/** Every time limit written in the document: an incident protocol's and a channel's (`within … of …`). */
function deadlines(ast: EntenteDocument): Deadline[] {
  const result: (Deadline | undefined)[] = [];
  for (const protocol of ast.protocols) {
    for (const n of protocol.notifications) result.push(n.deadline);
    for (const r of protocol.reports) result.push(r.deadline);
    for (const e of protocol.escalations) result.push(e.deadline);
  }
  for (const channel of ast.channels) for (const d of channel.deadlines) result.push(d.deadline);
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

/** Every quantity written in the document: terms, notices, deadlines, cadences, delays. */
export function quantities(ast: EntenteDocument): Quantity[] {
  const result: (Quantity | undefined)[] = [];
  for (const instrument of ast.instruments) {
    for (const item of instrument.items) {
      if (item.type === 'Duration') result.push(item.term, item.renewalTerm, item.unless?.notice);
      else if (item.type === 'Termination') result.push(item.notice);
      else if (item.type === 'Effect' || item.type === 'SubsequentEffect') result.push(item.delay);
      else if (item.type === 'ProvisionalApplication') result.push(item.delay, item.notice);
    }
  }
  for (const deadline of deadlines(ast)) result.push(deadline.within);
  for (const exercise of ast.exercises) if (exercise.cadence?.word === 'every') result.push(exercise.cadence.interval);
  for (const body of ast.bodies) if (body.meets?.word === 'every') result.push(body.meets.interval);
  for (const assistance of ast.assistance) result.push(assistance.preservation);
  return result.filter((q): q is Quantity => q !== undefined);
}
