/**
 * Incident-protocol integrity (review §3 item 8): a deadline says from when it runs, a trigger by
 * severity says what the severity means, and a notification says who notifies. NIS2 is the model
 * (a significant incident defined by its effects, Art. 23(3); deadlines "of becoming aware",
 * Art. 23(4)); it binds entities towards their CSIRT, not the parties, so it is cited as a model.
 * None offers a quick fix: the event that starts the time, the meaning of a severity and who
 * notifies are the drafters' decisions, and each changes the obligation.
 */
import { declarationsBesides } from '../support/rule-inputs';
import type { Declaration, IncidentProtocol, Text } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { concludedText } from '../../model/conclusion';
import { timeLimitWithoutStart } from './time-limit-without-start';
import { combinedParts, declarationParts, sameWords, sameWordsMoved } from '../../model/document-change';
import { proseMemoOf, type ProseMemo } from '../../util/prose-memo';
import { matchAllFast, testFast } from '../../util/ascii-twin';
import { defineDeclarationRule, defineRule, type Rule } from '../rule';
import { escapeRegExp } from '../../util/escape-regexp';
import { thirdPartyCitation, VIENNA_1986_SOURCE } from '../support/vienna-convention';
import { identityKey } from '../../util/identity-key';
import { oncePer } from '../../util/once-per';
import { singleSpaced } from '../../util/single-spaced';

/** Words that name a severity scale or threshold in a definition or clause. */
const thresholdWords = /\b(?:severity|significan(?:t|ce)|major|critical|serious|large-scale)\b/iu;

/**
 * What gives a severity a meaning in this document, gathered once (asking each protocol to scan
 * every clause was quadratic): the defined terms, and the clauses that set out a scale ("an
 * incident is of high severity where …").
 */
interface SeverityMeanings {
  readonly terms: readonly string[];
  readonly scaleClauses: readonly string[];
}

const severityMeanings = oncePer(readSeverityMeanings);

function readSeverityMeanings(model: SemanticModel): SeverityMeanings {
  // The same list (the same object) while no definition changed, as the scales below.
  const terms = combinedParts('severity-terms', model, '', (d) => (d.type === 'Definition' ? (d.term?.value.toLowerCase() ?? '') : undefined), definedTogether, sameWords);
  const memo = proseMemoOf(model);
  // A pure function of the clause's text: remembered across edits, and for a clause with a body
  // (whose text is its node's) kept with the node, the scales of all such clauses put together
  // only when one of them changed, so that a keystroke looks up one clause.
  const ofBodies = combinedParts('severity-scale', model, '', (d) => (d.type === 'Clause' && d.body ? scaleOf(memo, d.body.value) : undefined), scalesTogether, sameWords);
  const ofLibrary: string[] = [];
  for (const clause of model.ast.clauses) {
    const scale = clause.body ? undefined : scaleOf(memo, model.clauseText(clause) ?? '');
    if (scale !== undefined) ofLibrary.push(scale);
  }
  if (ofLibrary.length === 0) return { terms, ...ofBodies };
  return { terms, scaleClauses: [...ofBodies.scaleClauses, ...ofLibrary] };
}

function definedTogether(terms: readonly (string | undefined)[]): readonly string[] {
  return terms.filter((term): term is string => term !== undefined);
}

function scalesTogether(scales: readonly (string | undefined)[]): Pick<SeverityMeanings, 'scaleClauses'> {
  return { scaleClauses: scales.filter((scale): scale is string => scale !== undefined) };
}

function scaleOf(memo: ProseMemo, text: string): string | undefined {
  return memo.get('severity-scale', text, setsOutAScale) ? text : undefined;
}

/** Whether a clause sets out a scale. */
function setsOutAScale(text: string): boolean {
  return testFast(thresholdWords, text) && testFast(scaleVerbs, text);
}

const scaleVerbs = /\b(?:means|is\s+considered|shall\s+be\s+considered|where|if)\b/iu;

/**
 * Whether one of the scale clauses, in lower case, has `word` as one of its words (a run of
 * `[\p{L}\p{N}_]`): asked per severity value, of which a document has a few, instead of
 * listing every word of every scale clause. The lower-case texts and the answers are kept with
 * the list of clauses (which a keystroke elsewhere leaves as it was).
 */
function scaleHasWord(clauses: readonly string[], word: string): boolean {
  let kept = scaleWords.get(clauses);
  if (!kept) scaleWords.set(clauses, (kept = { lower: clauses.map((text) => text.toLowerCase()), answers: new Map() }));
  let answer = kept.answers.get(word);
  if (answer === undefined) kept.answers.set(word, (answer = kept.lower.some((text) => holdsWord(text, word))));
  return answer;
}

const scaleWords = new WeakMap<readonly string[], { readonly lower: readonly string[]; readonly answers: Map<string, boolean> }>();

/** Whether `word` (word characters only) stands in `text` with no word character on either side. */
function holdsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!wordCharacterAt(text, codePointStartBefore(text, at)) && !wordCharacterAt(text, at + word.length)) return true;
  }
  return false;
}

const wordCharacter = /^[\p{L}\p{N}_]$/u;

/** Whether the code point at `index` is a word character (false outside the text). */
function wordCharacterAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  return wordCharacter.test(String.fromCodePoint(text.codePointAt(index)!));
}

/** Where the code point that ends at `index` starts (-1 at the start of the text). */
function codePointStartBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? index - 2 : index - 1;
}

/** Whether the protocol's severity is given a meaning: a threshold, a defined term, a trigger that uses one. */
function severityDefined(meanings: SeverityMeanings, protocol: IncidentProtocol, value: string): boolean {
  if (protocol.threshold) return true;
  const { terms } = meanings;
  const word = value.toLowerCase();
  if (terms.some((t) => t.includes(word) || (word === 'high' && /\bhigh[\s-]severity\b/.test(t)))) return true;
  // `category "Significant Incident …"`: another condition of the trigger names a defined term.
  const conditions = protocol.triggers.map((t) => (t.value && 'value' in t.value ? t.value.value.toLowerCase() : ''));
  if (conditions.some((c) => terms.some((t) => t.length > 0 && c.includes(t)))) return true;
  // A clause that sets out the scale: a one-word value is looked up among its words; a longer
  // one (rare) is searched for as a phrase.
  if (/^[\p{L}\p{N}_]+$/u.test(word)) return scaleHasWord(meanings.scaleClauses, word);
  const phrase = new RegExp(String.raw`\b${escapeRegExp(word)}\b`, 'iu');
  return meanings.scaleClauses.some((text) => phrase.test(text));
}

/**
 * `severityDefined`, kept with the protocol's node while the terms and the scale clauses are the
 * very same lists (they are made again only when a definition or a clause changed): a keystroke
 * elsewhere asks no protocol again. `value` is read from the node, so it is the node's too.
 */
function keptSeverityDefined(meanings: SeverityMeanings, protocol: IncidentProtocol, value: string): boolean {
  const kept = definedOf.get(protocol);
  if (kept && kept.terms === meanings.terms && kept.scaleClauses === meanings.scaleClauses) return kept.defined;
  const defined = severityDefined(meanings, protocol, value);
  definedOf.set(protocol, { terms: meanings.terms, scaleClauses: meanings.scaleClauses, defined });
  return defined;
}

const definedOf = new WeakMap<IncidentProtocol, { readonly terms: readonly string[]; readonly scaleClauses: readonly string[]; readonly defined: boolean }>();

function severityTrigger(protocol: IncidentProtocol): IncidentProtocol['triggers'][number] | undefined {
  for (const trigger of protocol.triggers) if (trigger.attribute.text === 'severity') return trigger;
  return undefined;
}

export const undefinedSeverity = defineDeclarationRule({
  code: 'undefined-severity',
  family: 'definition',
  defaultSeverity: 'info',
  message: 'Say what the severity that triggers this protocol means: add `threshold "…"` to the protocol, or define the term.',
  rationale:
    'A protocol triggered by "severity high" obliges nobody to anything until the parties agree what "high" is. NIS2 defines its trigger by effects: "An incident shall be considered to be significant if: (a) it has caused or is capable of causing severe operational disruption of the services or financial loss for the entity concerned; (b) it has affected or is capable of affecting other natural or legal persons by causing considerable material or non-material damage" (Art. 23(3)); an instrument that aligns its trigger with that test, or sets its own scale, says so in words (`threshold "…"`, or a defined term the trigger uses). NIS2 is cited as a model, not as law for the parties\' notifications to each other.',
  source: 'NIS2 Art. 23(1), (3) (read: EUR-Lex consolidated text of 27.12.2022), as a model',
  sourceStatus: 'verified',
  example: {
    trigger: 'protocol Major {\n  when severity high\n}\n',
    fix: 'protocol Major {\n  when severity high\n  threshold "an incident that has caused or can cause severe disruption of the services of a Participant or considerable damage to others"\n}\n',
  },
  // Each protocol's finding depends on its node and on what gives a severity a meaning: the
  // defined terms and the scale clauses, lists kept as the very same objects while unchanged
  // (combinedParts), so that a keystroke elsewhere checks only the edited protocol (issue #11).
  perDeclaration: {
    facts: (model) => identityKey('undefined-severity', [severityMeanings(model).terms, severityMeanings(model).scaleClauses]),
    check({ model, report }, protocol) {
      if (protocol.type !== 'IncidentProtocol') return;
      const trigger = severityTrigger(protocol);
      const value = trigger?.value ? ('value' in trigger.value ? trigger.value.value : trigger.value.text) : undefined;
      if (!trigger || !value) return;
      if (keptSeverityDefined(severityMeanings(model), protocol, value)) return;
      report({
        range: trigger.value!.range,
        message: `What is severity '${value}'${protocol.id ? ` in ${protocol.id.text}` : ''}? Say it in words: add \`threshold "…"\` to the protocol (NIS2 Art. 23(3) defines a significant incident by its effects), or define the term the trigger uses.`,
      });
    },
  },
});

/** A passive notification in prose: "the other country will be notified", with nobody named as notifying. */
const passiveNotice = /\b(?:shall|will|must|should)\s+(?:immediately\s+|promptly\s+|without\s+delay\s+)?be\s+(?:immediately\s+|promptly\s+)?(?:notified|informed|reported|advised)\b/giu;

export const passiveNotification = defineRule({
  code: 'passive-notification',
  family: 'conflict',
  defaultSeverity: 'info',
  // On a signed text its findings are no request to redraft it (r113 D2); where the paragraph names the
  // actor in another sentence ("The inspected State Party …", NL–OPCW 1998), the text is clear as signed
  // (treaty lawyer lr31, D6).
  onConcludedText: 'where another sentence of the clause names who notifies, the text is clear as signed and nothing is to be changed (suppress the finding with that reason); otherwise the point is for an amending instrument or the next draft.',
  message: 'Say who notifies: write the notification in the active voice ("the Party in whose territory the breach occurs shall notify …"), or `notify … by <Party>`.',
  rationale:
    'A duty to notify must have a subject: "the other country will be notified immediately" does not say which authority must act, nor therefore who has failed if nobody does. Statutory schemes name the duty-bearer ("Member States shall ensure that essential and important entities notify … its CSIRT", NIS2 Art. 23(1)). The check reads breach procedures and clauses on incident notification and breach for a passive "shall be notified / informed / reported" with no "by …" in the sentence; in a protocol, `notify X by Y` names the notifier (without `by`, the party that becomes aware notifies).',
  source: 'NIS2 Art. 23(1) (read: EUR-Lex consolidated text of 27.12.2022), as a model of a notification with a named duty-bearer',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI {\n  marking TLP:AMBER\n  breach procedure "The originator will be informed without delay."\n}\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI {\n  marking TLP:AMBER\n  breach procedure "The recipient will inform the originator without delay."\n}\n',
  },
  check({ model, report }) {
    // Per declaration (model/document-change.ts): after a keystroke only the edited declaration is
    // read again; a clause from the library is read each time (its topics are the library's).
    const parts = declarationParts('passive-notices', model, '', (d) => (d.type === 'Clause' && d.libraryRef !== undefined ? undefined : passiveIn(model, d)), sameWordsMoved);
    const declarations = model.ast.declarations;
    for (let i = 0; i < parts.length; i++) {
      const d = declarations[i];
      const found = d.type === 'Clause' && d.libraryRef !== undefined ? passiveIn(model, d) : parts[i];
      for (const { text, start, written } of found ?? none) {
        const offset = model.lines.offsetAt(text.range.start);
        report({
          range: model.lines.range(offset + start, offset + start + written.length),
          message: `'${singleSpaced(written)}': say who notifies (the active voice, or "… by the Party concerned").`,
        });
      }
    }
  },
});

const none: readonly never[] = [];

/**
 * The passive notices of the texts of one declaration the check reads: a channel's or a security
 * agreement's breach procedure, a protocol's content, the body of a clause on incident
 * notification or breach procedure; each at its offset in the text's source (a kept node's place
 * in the document moves when a line before it changes length). The source is scanned, so that a
 * match maps to its place; a pure function of that source, remembered across edits.
 */
function passiveIn(model: SemanticModel, d: Declaration): readonly { readonly text: Text; readonly start: number; readonly written: string }[] | undefined {
  const text =
    d.type === 'Channel' || d.type === 'SecurityAgreement'
      ? d.breachProcedure
      : d.type === 'IncidentProtocol'
        ? d.content
        : d.type === 'Clause' && (model.topicsOf(d).has('incident-notification') || model.topicsOf(d).has('breach-procedure'))
          ? d.body
          : undefined;
  if (!text) return undefined;
  const found = proseMemoOf(model).get('passive-notice', model.exactSource(text), passiveNotices);
  return found.length === 0 ? undefined : found.map(({ start, written }) => ({ text, start, written }));
}

const byWord = /\bby\b/iu;

/** Each passive notification in a source text with no "by …" after it in its sentence. */
function passiveNotices(raw: string): readonly { start: number; written: string }[] {
  const found: { start: number; written: string }[] = [];
  // Through the pattern's ASCII twin where the text allows (util/ascii-twin.ts): `giu` costs
  // V8 several times the scan of the same pattern without `u`.
  for (const match of matchAllFast(passiveNotice, raw)) {
    const after = raw.slice(match.index + match[0].length);
    const stop = after.search(/[.;"]/);
    const sentence = stop < 0 ? after : after.slice(0, stop);
    if (!testFast(byWord, sentence)) found.push({ start: match.index, written: match[0] });
  }
  return found;
}

/**
 * Words that name, explicitly, a State that is not a party: "a State not Party to this
 * Convention", "a State not a Party", "a non-Party State", "a third State". Any case: a text
 * writes "non-party" as often as "non-Party".
 */
const explicitNonParty = /\bnot\s+(?:an?\s+|the\s+)?(?:State\s+)?Part(?:y|ies)\b|\bnon-?\s?(?:State\s+)?Part(?:y|ies)\b|\bnon-?\s?Contracting\b|\bthird\s+(?:States?|Part(?:y|ies)|countr(?:y|ies))\b/iu;

/**
 * Where the head of a noun phrase ends: at its first post-modifier ("the master | of a ship",
 * "the State | in whose territory", "an operator | under the jurisdiction of a Party") or verb
 * ("When a State | becomes aware"). The head noun is the last word before it.
 */
const headEnds = /[,;(]|\s(?:of|in|under|on|at|flying|whose|which|that|who|to|with|within|from|by|for|referred|concerned|having|where|when|if|becomes?|is|are|shall|has|have|receives?|detects?)\b/iu;

/** Head nouns that name a private actor: the master, the operator, any person, nationals… */
const privateHeads = /^(?:masters?|operators?|persons?|people|compan(?:y|ies)|nationals?|owners?|shipowners?|carriers?|captains?|pilots?|undertakings?|individuals?|corporations?|firms?|providers?|manufacturers?|exporters?|importers?)$/iu;

/** Head nouns that name an international organisation (capitalised, as the texts write them): "the Agency", "the Organization". */
const organisationHeads = /^(?:Agency|Organi[sz]ation|Nations)$/u;

type Bearer = 'a State that is not a party' | 'an international organisation' | 'a private actor';

/**
 * What, if anything, the words explicitly name as the one who notifies other than a party: a
 * State the text says is not a party, a declared non-party or an organisation, or a private
 * actor. Each coordinated part ("the Agency or a State Party") is read by its head noun, so that
 * a party's mention in a post-modifier ("the master of a ship flying the flag of a Party") neither
 * makes a private actor a party nor is an organisation in one ("each Member State of the Agency")
 * a bearer. Everything else is silent: in a treaty "a State", "the flag State", "the
 * Administration", "each Side" mean a party — the treaty binds only its parties by construction.
 */
export function namedNonPartyBearer(words: string, nonPartyNames: readonly string[]): Bearer | undefined {
  if (explicitNonParty.test(words)) return 'a State that is not a party';
  for (const part of words.split(/\s*,\s*|\s+(?:or|and)\s+/u)) {
    const stop = part.search(headEnds);
    const head = (stop < 0 ? part : part.slice(0, stop)).trim();
    if (head.length === 0) continue;
    const last = head.split(/\s+/u).pop()!;
    if (privateHeads.test(last)) return 'a private actor';
    if (organisationHeads.test(last) || nonPartyNames.some((name) => endsWithWords(head, name))) return 'an international organisation';
  }
  return undefined;
}

/** Whether the head ends with the name as whole words ("the IAEA" ends with "IAEA"; "the Sun" does not end with "UN"). */
function endsWithWords(head: string, name: string): boolean {
  const h = head.toLowerCase();
  const n = name.toLowerCase();
  return h === n || h.endsWith(` ${n}`);
}

export const notifierNotAParty = defineRule({
  code: 'notifier-not-a-party',
  family: 'conflict',
  defaultSeverity: 'warning',
  findingCeilings: [
    { severity: 'warning', where: '— it is advice on a reading of the text, and a concluded text stands as it is' },
    { severity: 'info', where: 'on a concluded text, whose words naming who notifies stand as signed (sixty-fifth run, item 4)' },
  ],
  // Which law of treaties, if any, says so turns on the instrument (support/vienna-convention.ts): each finding cites it.
  message: 'The words describing who notifies name a non-party or a private actor: only a party is bound by the instrument. Check the transcription against the text.',
  rationale:
    '"A treaty does not create either obligations or rights for a third State without its consent" (VCLT Art. 34), and an MoU commits only those who sign it. The incident treaties put the duty to notify on a Party: "the State Party referred to in that article shall: (a) forthwith notify … those States which are or may be physically affected" (Early Notification 1986, Art. 2); "Whenever a Party receives a report … it shall … then, without delay, inform all States whose interests are affected" (OPRC 1990, Art. 5(1)); "When a State becomes aware of cases in which the marine environment is in imminent danger …, it shall immediately notify other States it deems likely to be affected" (UNCLOS Art. 198). In a treaty "a State", "each State", "the flag State", "the coastal State", "the Administration", "each Side" mean a party: the treaty binds only its parties by construction, so such words are never reported. The check reports only words that explicitly name another bearer in their head noun: a State the text says is not a party ("a State not Party to this Convention", "a non-Party State", "a third State"), an international organisation ("the Agency", a declared `non-party`), or a private actor ("the master of a ship flying the flag of a Party", "an operator under the jurisdiction of a Party", "any person in the territory of the State Party"). Where the text itself says so, the duty reaches that actor only through a Party\'s law, or not at all; it is a warning, never an error in any profile, and on a concluded text a note: its words stand as signed, and a text that names the private actor commonly binds the Parties to give the duty effect through their law ("the Master … shall report", MARPOL 1973 Protocol I Art. I(1), with Art. V(2): "Parties … shall issue, or cause to be issued, regulations or instructions"; sixty-fifth run, item 4). For a private actor the finding cites Art. 26 ("Every treaty in force is binding upon the parties to it"), not Art. 34, which is on third States, and a private person is none ("“third State” means a State not a party to the treaty", Art. 2(1)(h)).',
  source: 'VCLT Arts. 2(1)(h), 26, 34 (read: Dutch treaty series BWBV0003441); MARPOL 1973 Protocol I Arts. I(1), V(2) (read: BWBV0003241); Convention on Early Notification of a Nuclear Accident 1986, Art. 2 (read: BWBV0002139); OPRC 1990, Art. 5(1) (read: BWBV0002364); UNCLOS 1982, Art. 198 (read: BWBV0003172); ' + VIENNA_1986_SOURCE,
  sourceStatus: 'verified',
  example: {
    trigger: 'party States "All States" {\n  kind state\n  class open\n}\nprotocol Accident {\n  notify "those States which are or may be physically affected" by "any person who detects a release" forthwith\n}\n',
    fix: 'party States "All States" {\n  kind state\n  class open\n}\nprotocol Accident {\n  notify "those States which are or may be physically affected" by "the State Party referred to in article 1" forthwith\n}\n',
  },
  inputs: (model) => [declarationsBesides(model, 'Clause')], // the protocols' notifiers, the non-parties: no clause
  check({ model, report }) {
    let names: readonly string[] | undefined;
    // On a signed text the words stand as signed: the finding is a note on their reading (who is
    // bound, and how), not a defect to correct (MARPOL 1973 Protocol I Arts. I(1), V(2)).
    let ceiling: 'warning' | 'info' | undefined;
    for (const protocol of model.ast.protocols) {
      for (const n of protocol.notifications) {
        for (const words of n.describedNotifiers) {
          names ??= nonPartyNames(model);
          const bearer = namedNonPartyBearer(words.value, names);
          if (!bearer) continue;
          report({
            range: words.range,
            message: `'${words.value}' names ${bearer} as the one who notifies; only a party is bound (${thirdPartyCitation(model, bearer === 'an international organisation' ? 'organisation' : bearer === 'a private actor' ? 'private' : 'state')}). Check the transcription against the text: where the text puts the duty on a Party, use its words or \`by <id>\`; where the text itself names ${bearer === 'a private actor' ? 'the private actor, a Party binds it only through its own law' : 'that bearer, the instrument binds it only with its consent'}.`,
            // Advice on a reading, never a defect `strict` should make an error; on a concluded text a note.
            profileCeiling: (ceiling ??= concludedText(model.ast) ? 'info' : 'warning'),
          });
        }
      }
    }
  },
});

/** The declared non-parties' names and ids, without a leading article ("International Atomic Energy Agency", "IAEA"). */
function nonPartyNames(model: SemanticModel): readonly string[] {
  const names: string[] = [];
  for (const d of model.ast.declarations) {
    if (d.type !== 'NonParty') continue;
    const name = d.name?.value.replace(/^(?:the|an?)\s+/i, '').trim();
    if (name) names.push(name);
    if (d.id) names.push(d.id.text);
  }
  return names;
}

export const protocolIntegrityRules: Rule[] = [timeLimitWithoutStart, undefinedSeverity, passiveNotification, notifierNotAParty];

