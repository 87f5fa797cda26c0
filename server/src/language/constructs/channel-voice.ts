/**
 * Who acts in the sentences of a channel's article after its undertaking, and how strongly: the
 * same as the undertaking says. A deadline, a purpose, a breach or a contacts sentence that says
 * "The Parties shall provide the information requested within ten working days" after "The Republic
 * of Latvia may provide …" turns a permission into a duty, and puts it on both Parties (treaty
 * lawyer lr7, defect 1). So:
 * - a duty of whoever provides the information is conditional where the channel does not bind its
 *   senders (`may`, `shall-endeavour`, `as-written`, or a value outside the set): "Where the Republic
 *   of Latvia provides the information requested, it shall do so within ten working days"; under
 *   `shall` it stays a duty, of the senders that `from` names, or of the Parties;
 * - a duty of whoever receives it ("acknowledge receipt", "inform the originating Party") is the
 *   receiving side's: the receivers `from` leaves, or "the receiving Party";
 * - the information is "provided" on a one-way channel, "exchanged" on a mutual one, and
 *   "communicated" where the text's own words alone say what passes (`as-written`, or carried words
 *   in the text's terms, no `from`: `textWordsOnly`), whose points of contact are "under this Article"
 *   and whose senders' time limits are owed by "[who]", the undertaking's blank.
 */
import { conditionOnFirstActIn, firstMainClause, secondMainClauseIn } from './main-clauses';
import type { Channel, ChannelDeadline, Name } from '../ast/nodes';
import type { RenderContext } from './construct';
import { dutyRunsTo, shortName } from './duty-addressee';
import { capitalise } from '../util/capitalise';

/** `from OPCW` names some members but not all: they send, the others receive. */
export function isOneWay(c: Channel): boolean {
  return c.senders.length > 0 && c.members.some((m) => !c.senders.some((s) => s.text === m.text));
}

export function receiversOf(c: Channel): readonly Name[] {
  return c.members.filter((m) => !c.senders.some((s) => s.text === m.text));
}

/** Whether the channel binds its senders to send: `shall`, or no modality (its default). */
export function bindsSenders(c: Channel): boolean {
  return !c.modality || c.modality.value === 'shall';
}

/**
 * Whether what passes, who sends it and to whom are for the text's own words to say: `as-written`, or
 * carried words in the text's own terms (`carries "Letters of Request"`, a category beside them only
 * classifying them), with no `from`. Such a channel states no exchange: a Letter of Request goes from
 * a judicial authority to the Central Authority of the State of execution (HCCH 1970 Arts. 1–2;
 * hundred-and-first run, defect 5; treaty lawyer lr23, defect 2), so its heading, undertaking and
 * every sentence after it say neither "exchange" nor who sends.
 */
export function textWordsOnly(c: Channel): boolean {
  return !isOneWay(c) && (c.modality?.value === 'as-written' || c.carriesText.length > 0);
}

/** "provided" (one way), "exchanged" (mutual), "communicated" (the text's words only, no direction). */
export function passedWord(c: Channel): string {
  if (isOneWay(c)) return 'provided';
  return textWordsOnly(c) ? 'communicated' : 'exchanged';
}

/** "The points of contact for this exchange", where the channel is one; "under this Article" otherwise. */
export function contactsLead(c: Channel, unit: string): string {
  return passedWord(c) === 'exchanged' ? 'The points of contact for this exchange are' : `The points of contact under this ${unit} are`;
}

/**
 * A duty of the side that receives: it acknowledges or confirms receipt of what it was sent, to
 * whomever the words name ("acknowledge receipt", "confirm to Estonia the receipt of each report";
 * treaty lawyer lr13, defect 2), or reports to the originator ("inform the originating Party of any
 * unauthorised disclosure"). "Confirm receipt of a request" is the requested side's, which is the
 * side that provides (the tax information agreements).
 */
const receiverDuty = /\b(?:originating|sending|transmitting)\s+(?:Party|Participant|State|Government|authority)\b|\b(?:acknowledge|confirm)\s+(?:to\s+(?:[\w'’-]+\s+){1,6}?)?(?:the\s+)?receipt\b(?!\s+of\s+(?:a|the)\s+request)/i;

/**
 * Who receives on a one-way channel, as the subject of a duty of the receiving side: the receiver by
 * name where there is one, else "The receiving Party"; undefined on a mutual channel, where every
 * member receives.
 */
export function receivingSide(c: Channel, r: RenderContext): string | undefined {
  if (!isOneWay(c)) return undefined;
  const receivers = receiversOf(c);
  return receivers.length === 1 ? capitalise(r.names(receivers)) : `The receiving ${r.participant}`;
}

/** `deadline "provide the information requested" within 10 working-days of request`, as the channel's voice says it. */
export function deadlineSentence(c: Channel, d: ChannelDeadline, r: RenderContext): string {
  const written = d.duty ? r.phrase(d.duty) : undefined;
  const duty = written === undefined ? r.placeholder('what is to be done') : ownSentence(written) ? written : verbPhrase(written);
  const limit = `${r.within(d.deadline)}${r.since(d.deadline)}`;
  const via = r.via(d.deadline);
  const when = `${limit}${via}`;
  const oneWay = isOneWay(c);
  // A sentence of the text's own, with its subject and its "shall", is no verb phrase to put after "The
  // Parties shall": "The Parties shall If the Central Authority considers …" moved the Central Authority's
  // duty onto the Parties (HCCH 1970 Arts. 5, 6, 13; hundred-and-first run, defect 3). Printed as written;
  // a time limit the words do not state is left a blank for the drafter to write into them.
  if (d.duty && ownSentence(duty)) {
    const sentence = asWrittenSentence(duty);
    return statesTimeLimit(duty, when) ? sentence : `${sentence} ${r.placeholder(`time limit “${when.trim()}”, to be written into the sentence before`)}`;
  }
  if (d.duty && receiverDuty.test(firstMainClause(duty))) {
    const who = receivingSide(c, r) ?? `The receiving ${r.participant}`;
    return `${who} ${timed(r, duty, limit, via)}.`;
  }
  // A duty on the points of contact, or among the members ("inform each other"), binds every member
  // whose contacts are listed, not the senders only (lr9, defect 10: "[EE] shall inform each other").
  // Its subject agrees with its words: "The Parties shall inform each other of … their points of
  // contact", but "Each Party shall inform the other Parties of … its point of contact" (lr10, defect 9).
  // On a one-way channel a reciprocal duty on anything else would make the receivers send: who owes
  // it is left blank, and `channel-one-way-mutual-duty` says why.
  const conflict = d.duty ? oneWayConflict(c, duty, (id) => [id.text, r.names([id])]) : undefined;
  if (conflict) return `${r.placeholder(conflictPlaceholder(conflict))} ${timed(r, duty, limit, via)}.`;
  if (d.duty && (contactChange.test(duty) || reciprocal.test(duty))) {
    const everyone = r.isEveryone(c.members);
    const each = !reciprocal.test(duty) && distributive.test(duty);
    const subject = each ? (everyone ? `Each ${r.participant}` : `Each of ${r.names(c.members)}`) : everyone ? `The ${r.participants}` : capitalise(r.names(c.members));
    return `${subject} ${timed(r, duty, limit, via)}.`;
  }
  // Those who send: `from`, or every member; "the Parties" only where the members are all of them.
  const senders = oneWay ? c.senders : c.members;
  const everyone = !oneWay && r.isEveryone(c.members);
  // Carried words in the text's own terms say nothing of who sends: who owes the time limit is the
  // same blank as the undertaking's "[who]", never "The Parties", which made every Party a sender.
  if (bindsSenders(c) && textWordsOnly(c)) return `${r.placeholder('who')} ${timed(r, duty, limit, via)}.`;
  if (bindsSenders(c)) return `${everyone ? `The ${r.participants}` : capitalise(r.names(senders))} ${timed(r, duty, limit, via)}.`;
  // A permission or an endeavour: the time limit binds only a sender that does provide.
  const who = everyone ? `a ${r.participant}` : either(senders, r);
  // Words that open with their own phrase ("once informed, notify …") are not bent into the third
  // person ("onces informed"): the sentence with "it shall" takes them whole.
  const acted = d.duty && !openingPhraseFirst.test(duty) ? thirdPerson(duty) : undefined;
  const unit = r.treaty ? 'Article' : 'paragraph';
  if (acted === undefined) return `Where ${who} provides information under this ${unit}, it ${timed(r, duty, limit, via)}.`;
  return `Where ${who} ${acted}, it ${r.will} do so${when}.`;
}

/**
 * The modal, the duty and its time limit. At the end of a verb phrase that ends in a relative clause
 * the time limit reads as that clause's: "inform the other Party of any incident that may affect it
 * within 72 hours" says when the incident affects it (lr23's probe c3), and so does a subordinate
 * clause's: "notify the other Party as soon as it may do so within 72 hours" (issue 11's closing note). Set after the modal it can
 * only be the duty's: "shall, within 72 hours, inform the other Party of any incident that may affect
 * it"; a one-word limit without commas ("shall promptly inform …"). Not between the object and the
 * relative clause: "inform the other Party within 72 hours of any incident …" reads as 72 hours
 * counted from the incident, and "… of any incident within 72 hours that …" as incidents within 72
 * hours; nor can the object's end be found without parsing the words.
 */
function timed(r: RenderContext, duty: string, when: string, via: string): string {
  const will = r.will;
  const limit = when.trim();
  // A second main clause with its own subject and modal after ";" ("transmit the request to the
  // competent authority; where the authority refuses it, the authority shall give its reasons"): the
  // limit at the end binds the second duty, after the modal the first, and which one the drafter meant
  // the words do not say. Printed as written, the limit a blank to write into them (treaty lawyer
  // lr28, D1), as a sentence of the text's own is (`deadlineSentence`).
  if (limit !== '' && secondMainClauseIn(duty) !== undefined) return `${will} ${duty} ${r.placeholder(`time limit “${`${limit}${via}`.trim()}”, to be written into the words before`)}`;
  // An opening phrase and its comma ("once informed, notify …", "upon request, inform …") is set off
  // after the modal by a comma before it too: "shall, once informed, notify …", never "shall once
  // informed, notify …", which is not the drafter's sentence (treaty lawyer lr26, D8).
  const opens = openingPhraseFirst.test(duty);
  // At the end the limit would bind what ends the words; after the modal, the duty's own act (a clause after
  // ";" conditioned on that act, "unless such opposition is made", is about it: lf52, main-clauses.ts).
  if (limit === '' || !(endsInRelativeClause.test(duty) || endsInSubordinateClause.test(duty) || conditionOnFirstActIn(duty))) {
    // A closing aside keeps its comma before the limit: "deficiencies in the request, if any, within 60
    // days", not "if any within 60 days", which dates the deficiencies (treaty lawyer lr28, D3).
    return `${will}${opens ? ',' : ''} ${duty}${limit !== '' && closingAside.test(duty) ? ',' : ''}${when}${via}`;
  }
  // The channel moves with the limit, joined by "and" so that it too is the duty's, not the request's
  // ("within 72 hours of the request through the channel …" made it the request's) nor the clause's at
  // the end ("… if the incident affects it through the channel …"): "shall, within 72 hours of the
  // request and through the channel referred to in Article 2, notify …" (treaty lawyer lr28, D5).
  if (via !== '') return `${will}, ${limit} and${via}, ${duty}`;
  return /\s/u.test(limit) ? `${will}, ${limit}, ${duty}` : `${will} ${limit}${opens ? ',' : ''} ${duty}`;
}


/** A short aside closing the words, set off by a comma: ", if any", ", where appropriate". */
const closingAside = /,\s*(?:if\s+any|if\s+necessary|if\s+appropriate|where\s+(?:appropriate|necessary|applicable)|as\s+appropriate)$/iu;
/** A relative clause after the first word of a verb phrase: "… of any incident that may affect it", "…, which may forward it". */
const endsInRelativeClause = /\s(?:that|which|who|whom|whose)\s+\S/iu;
/**
 * A subordinate clause with a subject of its own after the first word of a verb phrase: "notify the
 * other Party as soon as it may do so" took "within 72 hours" after it as that clause's, when it may
 * do so (closing note of issue 11). A conjunction that only opens a clause ("as soon as", "if",
 * "where"…) before its subject, a pronoun or a determiner. One that is also a preposition ("before",
 * "after", "until", "since") before a pronoun or a determiner too: "notify the other Party before the
 * exercise within 72 hours" reads as the 72 hours before the exercise, another duty (treaty lawyer
 * lr28, D4). Not "if any", "as soon as possible", "where appropriate": no subject, no clause.
 */
const endsInSubordinateClause =
  /\s(?:(?:as\s+soon\s+as|if|unless|when|whenever|where|wherever|because|although|though|while|whilst|whether)\s+(?:it|they|he|she|we|the|this|that|these|those|such|its|their|a|an|each|either|any|no)|(?:before|after|until|till|since)\s+(?:it|they|he|she|we|the|this|that|these|those|its|their|a|an|each|any))\s+\S/iu;

/**
 * Words that are a sentence of their own: a capital first, and a modal verb of the main clause, after
 * its subject ("The competent authority … shall notify …", "Requests for verification of nationality
 * shall be answered …", "It shall …"), or after a subordinate clause that opens the words ("If the
 * Central Authority considers …, it shall inform …"; "Where", "In every instance"). A modal of a clause
 * inside a verb phrase is not the main clause's: "Inform the other Party of any incident that may affect
 * it" is a verb phrase, and printed as written it bound no Party and lost its time limit (treaty lawyer
 * lr23, defect 1). Nor is "Confirm receipt of a request … and shall notify …", whose "shall" is joined by
 * "and" to the verb before it.
 *
 * The case of the first letter does not decide: "the requested Party shall, within 30 days, inform …"
 * and "the competent authority shall reply" are sentences as much as their capitalised forms, and put
 * after "The Parties shall" they moved the requested Party's duty onto every Party (lr24 D4's
 * lower-case leftover). Only a word in lower case that opens a verb and its object ("notify the other
 * Party as soon as it may …") is always a verb phrase: that is how a time limit's duty is written.
 */
export function ownSentence(written: string): boolean {
  const lowerCase = lowerCaseOpening.test(written);
  const words = lowerCase ? sentenceCase(written) : written;
  const modal = /(\S+)\s+(?:shall|will|must|may)\b/u.exec(words);
  if (!capitalOpening.test(words) || modal === null || /^(?:and|or|but)$/iu.test(modal[1])) return false;
  if (subordinateOpening.test(words) || subjectOpening.test(words)) return true;
  // An opening phrase and its comma ("Upon request,", "Notwithstanding paragraph 1,", "In principle,"):
  // the clause after it decides (treaty lawyer lr24, D4).
  const opening = adverbialOpening.exec(words);
  if (opening) return ownSentence(capitalise(words.slice(opening[0].length).trimStart()));
  // A verb and its object first ("Report any incident …, which shall …", "Inform the other Party of any
  // incident that may …"): a modal after a relative clause, or a comma, is that clause's (lr23, D1). In
  // lower case it is the verb phrase a duty is written as, unless its first word is a preposition.
  if (bareVerbOpening.test(words)) {
    const preposition = prepositionOpening.test(words);
    if (lowerCase && !preposition) return false;
    const beforeModal = words.slice(0, modal.index + modal[1].length);
    return !clauseInside.test(preposition ? beforeModal.replace(prepositionOpening, '') : beforeModal);
  }
  // Otherwise the first word is the subject's noun ("Incidents which affect the other Party shall be
  // reported", "Personal data, where no longer required, shall be erased"): the modal is a clause's
  // only where that clause's word is its subject ("Report incidents which may affect …"), an inserted
  // phrase between commas set aside (lr24, D4).
  return !modalOfClause.test(words.slice(0, modal.index + modal[0].length).replace(/,[^,]*,/gu, ' '));
}

/** Words that open a phrase before the clause: "Upon request,", "Notwithstanding paragraph 1,", "Within the period set, …", "At the request of …,". */
const adverbialWord = String.raw`(?:Upon|On|Notwithstanding|In|Subject|Without|Except|Save|For|Under|Pursuant|After|Before|Following|Within|At|By|During|Furthermore|Moreover|However|Accordingly|Nevertheless)`;
/** A phrase and its comma that open the words before their clause: "Upon request,", "Notwithstanding paragraph 1,", "In principle,". */
const adverbialOpening = new RegExp(String.raw`^["“‘(]?${adverbialWord}\b[^,]*,`, 'u');
/**
 * A verb phrase that opens with a phrase or a subordinate clause and its comma, in either case: "Upon
 * request, inform …", "Once informed, notify …", "Until the incident is resolved, cooperate …", "as soon
 * as possible, share …". Not "Save" (a verb: "save the logs, then …"), and not a verb first.
 */
const openingPhraseFirst = new RegExp(
  String.raw`^["“‘(]?(?!save\b)(?:${adverbialWord}|once|until|till|as|since|though|although|while|whilst|when|whenever|where|wherever|if|unless|because|in\s+case)\b[^,]*,\s*\S`,
  'iu',
);
/** A preposition first, not a verb: "notwithstanding the provisions of paragraph 1 the requested Party shall …". */
const prepositionOpening = new RegExp(String.raw`^["“‘(]?(?!Save\b)${adverbialWord}\b`, 'u');
/** A capital first, or a name whose capitals follow a small letter ("eIDAS notifications shall …"), which no sentence capitalises. */
const capitalOpening = /^["“‘(]?\p{Ll}*\p{Lu}/u;
/** A first word in lower case letters only ("the", "if", "requests"), which a sentence would capitalise; not "eIDAS". */
const lowerCaseOpening = /^["“‘(]?\p{Ll}+(?=[\s,]|$)/u;
/** A verb and its object first: "Inform the other Party …", "Report any incident …", "Notify each other …". */
const bareVerbOpening = /^["“‘(]?\p{Lu}\p{Ll}+\s+(?:the|a|an|any|each|every|all|its|their|such|both|either|without|immediately|promptly|forthwith)\b/u;
/**
 * Words that open a relative or subordinate clause inside a verb phrase: "any incident that may affect
 * it", "as soon as it may do so", "before it may act".
 */
const clauseWord = String.raw`(?:that|which|who|whom|whose|whether|if|unless|where|when|whenever|what|how|while|whereas|because|although|though|as|after|before|until|once|since)`;
/** A modal whose subject is a relative or subordinate word just before it ("which may", "that shall", "who will", "whether it may", "as soon as it may"), or a comma ("…, shall"). */
const modalOfClause = new RegExp(String.raw`(?:\b${clauseWord}\s+(?:[^\s,]+\s+)?|,\s*)(?:shall|will|must|may)$`, 'iu');

/** Words that open a subordinate clause before the main one: "If …, it shall". */
const subordinateOpening = /^["“‘(]?(?:If|Where|When|Whenever|Unless|In\s+every\s+instance|In\s+the\s+event|In\s+case|As\s+soon\s+as)\b/u;
/** A determiner or pronoun first: the words open with their subject, never with a verb. */
const subjectOpening = /^["“‘(]?(?:The|This|These|That|Those|Such|It|They|Each|Every|Either|Neither|No|A|An|Any|All|Both|Its|Their|None)\b/u;
/** A relative or subordinate clause, or a comma, before the modal: the modal is that clause's ("any incident that may affect it", "…, which may forward it"). */
const clauseInside = new RegExp(String.raw`\b${clauseWord}\b|,`, 'iu');

/** A verb phrase as it follows "shall": its first word in lower case where only its capital set it apart ("Inform …" → "inform …"; "CSIRT" stays). */
function verbPhrase(words: string): string {
  return /^\p{Lu}\p{Ll}+(?=\s|$)/u.test(words) ? words.charAt(0).toLowerCase() + words.slice(1) : words;
}

/** The words as a sentence: its first word capitalised where it is in lower case, a full stop added where they end without one, nothing else changed. */
function asWrittenSentence(words: string): string {
  const sentence = lowerCaseOpening.test(words) ? sentenceCase(words) : words;
  return /[.!?]["”’)\]]*$/u.test(sentence) ? sentence : `${sentence}.`;
}

/** "the requested Party shall …" → "The requested Party shall …"; an opening quotation mark or bracket kept before it. */
function sentenceCase(words: string): string {
  return words.replace(/^(["“‘(]?)(\p{Ll})/u, (_, mark: string, letter: string) => `${mark}${letter.toUpperCase()}`);
}

/**
 * Whether words state a time limit already: its words as the export prints them ("forthwith", "within
 * 24 hours") and, where a verb phrase is given (`deadline "notify …" forthwith`), its verb ("shall notify
 * forthwith …", NL–CY oil stocks 2008, Art. 6(4)). Where they do, no sentence is generated beside them:
 * "Where a Party notifies …, it shall do so forthwith" after the text's "shall notify forthwith" made
 * an unconditional duty a condition (ninety-ninth run, defect 3).
 */
export function statesTimeLimit(words: string, when: string, duty?: string): boolean {
  const text = words.replace(/\s+/gu, ' ').toLowerCase();
  const limit = when.trim().replace(/\s+/gu, ' ').toLowerCase();
  if (limit === '' || !text.includes(limit)) return false;
  const verb = duty?.trim().split(/\s+/u).find((w) => !/ly$/u.test(w))?.toLowerCase();
  return verb === undefined || ownSentence(duty!) || new RegExp(`\\b${verb.replace(/[^a-z]/gu, '')}`, 'u').test(text);
}

/** A change of contacts, which every member keeps for itself: "any change in their points of contact"; not "notify the points of contact". */
const contactChange = /\bchanges?\b.*\b(?:points?\s+of\s+contact|contacts?|contact\s+(?:points?|details))\b/iu;
/** A duty among the members: "each other", "one another". */
const reciprocal = /\b(?:each\s+other|one\s+another)\b/iu;
/** A duty each member owes on its own: "the other Parties", "its point of contact". */
const distributive = /\bthe\s+other\s+(?:Parties|Party|Participants|Participant|States|members?)\b|\bits\b/iu;

/**
 * Why a time limit of a one-way channel cannot be the senders' alone, where it cannot, with the
 * text's own words for it (treaty lawyer lr10, defect 9; lr11, defects 5–6):
 * - `reciprocal`: "inform one another" / "each other" binds every member, the receivers too;
 * - `exchange`: "exchange information" takes two sides, and one State cannot exchange alone;
 * - `self`: the duty runs to a sender ("inform EE of incidents", "notify Estonia", "reply to requests
 *   from EE" with `from EE`): the senders would owe it to themselves, so the text means the others
 *   owe it to them. The sender must be the addressee of the duty's verb, not what the duty is about
 *   ("inform the other Parties of threats to EE" is EE's duty; lr12, defects 1–2: constructs/duty-addressee.ts).
 * A change of contacts is every member's own, and a duty of the receiving side ("inform the
 * originating Party") is the receivers': neither is one. `namesOf` gives a member's names (its id
 * and the name it is declared with), for `self`.
 */
export interface OneWayConflict {
  readonly kind: 'reciprocal' | 'exchange' | 'self';
  /** The words of the duty that make it so: "each other", "exchange", "EE". */
  readonly words: string;
}

export function oneWayConflict(c: Channel, duty: string, namesOf: (id: Name) => readonly string[] = (id) => [id.text]): OneWayConflict | undefined {
  if (!isOneWay(c) || contactChange.test(duty) || receiverDuty.test(firstMainClause(duty))) return undefined;
  const mutual = reciprocal.exec(duty);
  if (mutual) return { kind: 'reciprocal', words: mutual[0] };
  const exchange = exchangeVerb.exec(duty);
  if (exchange) return { kind: 'exchange', words: exchange[1] };
  // The duty runs to a sender only where the sender is its verb's addressee ("inform EE", "report
  // incidents to EE", "reply to requests from EE"), by any of its names, the short one too ("notify
  // Estonia"), not where it is what the duty is about ("threats to EE"; lr12, defects 1–2). A short
  // name another member shares is not read.
  const receiverNames = receiversOf(c).flatMap((m) => namesWithShort(namesOf(m)).map((n) => n.toLowerCase()));
  for (const sender of c.senders) {
    const names = namesWithShort(namesOf(sender)).filter((n) => !receiverNames.includes(n.toLowerCase()));
    const words = dutyRunsTo(duty, names);
    if (words) return { kind: 'self', words };
  }
  return undefined;
}

/** A member's names and, where it is declared by a State's full name, its short name ("Estonia"). */
function namesWithShort(names: readonly string[]): string[] {
  const short = names.map(shortName).filter((n): n is string => n !== undefined);
  return [...names, ...short.filter((n) => !names.some((m) => m.toLowerCase() === n.toLowerCase()))];
}

/** "exchange information", "promptly exchange": the verb, not the noun ("the exchange of information", "an exchange"). */
const exchangeVerb = /(?:^|\b(?:and|or|shall|to|will|also|promptly|regularly)\s+|^\s*\w+ly\s+)(exchange)\b(?!\s+of\b)/iu;

/** Whether a time limit of a one-way channel cannot be the senders' alone (oneWayConflict). */
export function oneWayReciprocal(c: Channel, duty: string, namesOf?: (id: Name) => readonly string[]): boolean {
  return oneWayConflict(c, duty, namesOf) !== undefined;
}

/** The blank for who owes such a duty, quoting the text's own words (lr11, defect 6). */
export function conflictPlaceholder(conflict: OneWayConflict): string {
  if (conflict.kind === 'reciprocal') return `who owes this: the channel is one-way, but “${conflict.words}” binds every member`;
  if (conflict.kind === 'exchange') return `who owes this: the channel is one-way, but “${conflict.words}” takes two sides`;
  return `who owes this: the channel is one-way from ${conflict.words}, and the duty runs to ${conflict.words}`;
}

/** "the Republic of Estonia", "the Republic of Estonia or the Republic of Finland". */
function either(ids: readonly Name[], r: RenderContext): string {
  const each = ids.map((id) => r.names([id]));
  return each.length <= 1 ? each.join('') : `${each.slice(0, -1).join(', ')} or ${each[each.length - 1]}`;
}

/**
 * "provide the information requested" → "provides the information requested"; "promptly inform" →
 * "promptly informs". Undefined for what is no bare verb phrase (a sentence of the text's own, a
 * negation, a modal), which is then not bent into another form.
 */
export function thirdPerson(phrase: string): string | undefined {
  const words = phrase.split(' ');
  const at = /ly$/.test(words[0]) && words.length > 1 ? 1 : 0;
  const verb = words[at];
  if (!/^[a-z]+$/.test(verb) || /^(?:not|never|shall|will|may|must|should|can|is|are|it|they|the|a|an|each|every|any)$/.test(verb)) return undefined;
  words[at] = irregular[verb] ?? (/(?:s|sh|ch|x|z|o)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`);
  return words.join(' ');
}

const irregular: Readonly<Record<string, string>> = { be: 'is', have: 'has', do: 'does', go: 'goes' };

