/**
 * Whether the text itself gives its ENTRY INTO FORCE a day before it was signed: "This Agreement
 * shall be deemed to have entered into force on 1 January 1991", "shall enter into force on the
 * date of signature, with retroactive effect from 1 January 1991". A treaty "enters into force in
 * such manner and upon such date as it may provide or as the negotiating States may agree" (VCLT
 * Art. 24(1); read: BWBV0003441), so such a date is the text's own, not a transcriber's slip
 * (treaty lawyer lr20, defect 2).
 *
 * Only words about the entry into force count (treaty lawyer lr21, defect 1). Not words that deny
 * retroactivity ("No provision of this Agreement shall be applied retroactively"), and not words
 * that fix when the treaty applies or has effect ("shall have effect with effect from 1 January of
 * the year following its entry into force", the tax-treaty form; "shall apply with effect from 1
 * January 1991"): application to earlier periods or facts (Art. 28, "a different intention") does
 * not move the day the treaty entered into force, which is what a recorded date states.
 *
 * Also the words that state the day a header's `effect on` names as the start of the text's
 * operation (`statesStartOn`): `effect-before-signature` and `invalid-entry-into-force-record`
 * both take an `effect on` before the signature as the text's own only where the text says so in
 * words (lr21, defect 9).
 */
import type { Day } from './timing';
import { monthNames } from '../util/month-names';
import { singleSpaced } from '../util/single-spaced';
import { matchesOf } from '../util/all-matches';
import { escapeRegExp } from '../util/escape-regexp';

const months = monthNames.join('|');
/** A day with its year, in words or ISO: "1 January 1991", "January 1, 1991", "the first of January 1991", "1991-01-01". Not "1 January of the year following". */
const datedDay = String.raw`(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:${months}),?\s+\d{4}|(?:${months})\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|first\s+(?:day\s+)?of\s+(?:${months}),?\s+\d{4}|\d{4}-\d{2}-\d{2})`;
/** Words between an entry into force and its retroactive day that make the day one of application instead: "enter into force on signature and shall apply with effect from …". */
const application = String.raw`\b(?:appl(?:y|ies|ied|ication|icable)|(?:have|has|take|takes)\s+effect|provisions|toepassing|van\s+toepassing|s['’]appliquer|appliquera|applicable|effet\s+à\s+(?:partir|compter))\b`;
const notApplication = String.raw`(?:(?!${application})[^.;])*?`;

/** The words that give a treaty's entry into force a day before its signature, in English, French and Dutch. */
const retroactiveEntryIntoForce = new RegExp(
  [
    String.raw`\bdeemed\s+to\s+have\s+(?:entered|come)\s+into\s+force\b`,
    String.raw`\b(?:enter|enters|entered|entering|come|comes|came|coming)\s+into\s+force\b${notApplication}\b(?:retro(?:active|spective)(?:ly)?\b|with\s+effect\s+(?:as\s+)?(?:from|of)\s+${datedDay})`,
    String.raw`\bretro(?:active|spective)ly\s+(?:enter|come)\s+into\s+force\b`,
    String.raw`\bréputée?s?\s+(?:être\s+)?entrée?s?\s+en\s+vigueur\b`,
    String.raw`\bentre(?:ra|nt|ront)?\s+en\s+vigueur\b${notApplication}\beffet\s+rétroactif\b`,
    String.raw`\bin\s+werking\b${notApplication}\bterugwerkende\s+kracht\b`,
    String.raw`\bterugwerkende\s+kracht\b${notApplication}\bin\s+werking\b`,
    String.raw`\bgeacht\s+in\s+werking\s+te\s+zijn\s+getreden\b`,
  ].join('|'),
  'iu',
);

/** A negation before the words in their clause: "No provision … shall be deemed to have entered into force", "shall not enter into force retroactively", "n'entre pas", "niet". */
const negation = /\b(?:not|no|nothing|never|neither|nor|none)\b|\bn['’]|\b(?:niet|geen|nul(?:le)?|aucune?)\b/iu;

/** Words that open a clause subordinate to the one that gives the entry into force: "As …", "If …", "which …", "Comme …", "Indien …". */
const subordinator = String.raw`(?:as|if|since|because|although|though|while|whilst|whereas|when|where|unless|until|once|provided\s+that|given\s+that|considering\s+that|in\s+case|comme|si|puisque|lorsque|quand|bien\s+que|indien|aangezien|daar|nu|wanneer|als|tenzij|zodra)`;
const leadingSubordinate = new RegExp(String.raw`^\s*${subordinator}\b`, 'iu');
const insertedSubordinate = new RegExp(String.raw`,\s*(?:which|who|whom|whose|${subordinator})\b[^,]*,`, 'giu');

/** Words that open a comma-delimited part with no subject: a verb group ("shall be deemed …") or an inserted phrase ("other than Article 3", "in accordance with …", "as agreed"). */
const subjectlessOpening = String.raw`(?:shall|will|may|must|should|is|are|was|were|be|been|has|have|had|not|also|then|thereupon|hereby|retroactively|enter|enters|entered|come|comes|came|other\s+than|except|save|including|excluding|in|with|without|subject|notwithstanding|under|pursuant|by|for|from|on|at|to|after|before|upon|within|between|among|which|who|${subordinator})`;
/** The auxiliaries and adverbs between a subject and its verb: "shall", "will not", "is to", "hereby". */
const auxiliary = String.raw`(?:shall|will|should|must|may|is\s+to|did|does|do|not|also|only|then|thereupon|accordingly|therefore|hereby|retroactively)`;
/** A comma-delimited part that cannot open the main clause, since it has no subject. */
const opensWithoutSubject = new RegExp(String.raw`^\s*${subjectlessOpening}\b`, 'iu');
/** Such a part set between commas inside a clause: ", in accordance with the wish of the Parties,", ", as amended,". */
const insertedPhrase = new RegExp(String.raw`,\s*${subjectlessOpening}\b[^,]*,`, 'giu');

/** The verbs a subject is followed by, after its auxiliaries: "this Agreement shall", "this Agreement entered". */
const finiteVerb = String.raw`(?:shall|will|should|must|may|is|are|was|were|has|have|had|enter|enters|entered|come|comes|came)`;
/**
 * A subject anywhere in a part, not only at its start: a word that is no verb-group or inserted-phrase
 * word just before a finite verb ("by mutual consent this Agreement shall …"); not " shall be deemed to
 * have", " other than Article 3" (lr24, D6).
 */
const subjectInside = new RegExp(String.raw`(?:^|\s)(?!(?:${subjectlessOpening}|${auxiliary}|be|to|deemed|considered)\b)[\p{L}\p{N}'’-]+\s+(?:${auxiliary}\s+)*${finiteVerb}\b`, 'iu');

/**
 * The main clause after a leading subordinate one: from the comma that closes the subordinate clause,
 * the last comma before the verb unless what follows it has no subject ("If the Parties so agree, no
 * provision of this Agreement, other than Article 3, shall …": lr23, D5). The walk stops at a part
 * with a subject anywhere in it, so that it does not reach the condition's own words ("If, within
 * thirty days, neither Party objects, by mutual consent this Agreement shall …": lr24, D6). `verb`:
 * the first word after the head, which follows the last part's subject ("… this Agreement entered").
 */
function afterLeadingSubordinate(head: string, verb: string): string {
  const parts = head.split(',');
  const last = parts.length - 1;
  const hasSubject = (index: number) => subjectInside.test(index === last ? `${parts[index]} ${verb}` : parts[index]);
  let first = last;
  while (first > 1 && opensWithoutSubject.test(parts[first]) && !hasSubject(first)) first -= 1;
  return parts.slice(first).join(',');
}

/** A relative clause closed by a comma before the verb: its words ("Article 3 which shall not apply,") are not the main clause's (lr24, D6). Not "that", which also opens a clause of the main verb ("agreed that no provision …"). */
const closedRelative = /\b(?:which|who|whom|whose)\b[^,]*(?=,)/giu;

/**
 * The words of the main clause up to the end of the match, where a negation would govern the
 * entry-into-force verb: without a leading subordinate clause ("As the Parties were not able to
 * sign it before that date, …", "If neither Party …, …") or one set between commas (", which …,").
 * A negation there says nothing of the entry into force (treaty lawyer lr22, D3); one in the
 * subject or the verb group does ("No provision …", "shall not").
 */
function governingWords(sentence: string, start: number, end: number): string {
  const head = sentence.slice(0, start).replace(insertedSubordinate, ' ').replace(closedRelative, ' ');
  const verb = /^\s*\S*/u.exec(sentence.slice(start))![0];
  return (leadingSubordinate.test(head) ? afterLeadingSubordinate(head, verb) : head) + sentence.slice(start, end);
}

/** The sentences of a clause text: split after a full stop or semicolon before a capital or a quotation mark. */
function sentences(text: string): string[] {
  return singleSpaced(text).split(/(?<=[.;])\s+(?=[\p{Lu}"“‘(])/u);
}

/** Whether a sentence gives the entry into force an earlier day, in words no negation governs. */
function givesRetroactiveEntryIntoForce(sentence: string): boolean {
  const match = retroactiveEntryIntoForce.exec(sentence);
  return match !== null && !negation.test(governingWords(sentence, match.index, match.index + match[0].length));
}

/** Whether any of the clause texts gives the treaty an entry into force from an earlier day in its own words. */
export function providesRetroactiveEntryIntoForce(texts: readonly string[]): boolean {
  return texts.some((text) => /force|vigueur|werking/iu.test(text) && sentences(text).some(givesRetroactiveEntryIntoForce));
}

/** Words that tie a day to the treaty's application, not to its entry into force: "shall be applied with effect from", "shall have effect from" (VCLT Art. 28). */
const applicationVerb = /\b(?:appl(?:y|ies|ied|ying|ication|icable)|(?:have|has|having)\s+effect|toegepast|toepassing|appliqu\p{L}*)\b/giu;
/** Words that tie it to the entry into force or the operation of the whole text: "enter into force", "remain in operation", "take effect". */
const startVerb = /\b(?:(?:enter|enters|entered|entering|come|comes|came|coming)\s+into\s+(?:force|effect|operation)|in\s+(?:force|operation)|(?:take|takes|took|taken)\s+effect|effective|en\s+vigueur|in\s+werking)\b/giu;

/** A day offered with another, the later to count: "whichever is the later", "whichever occurs later". */
const laterOf = /\bwhichever\s+(?:is|comes|occurs|falls|shall\s+be)\s+(?:the\s+)?later\b/iu;

/** The index after the last match of a global pattern in a text; -1 where it has none. */
function lastEnd(pattern: RegExp, text: string): number {
  let end = -1;
  for (const m of matchesOf(text, pattern)) end = m.index + m[0].length;
  return end;
}

/** The verb that dates an entry into force: "enter(s)/entered/come(s)/came into force on". */
const entryIntoForceOn = String.raw`\b(?:enter|enters|entered|come|comes|came)\s+into\s+force\s+on`;

/** The nouns an instrument is called by. */
const instrumentNoun = String.raw`(?:agreement|convention|treaty|protocol|memorandum|arrangement|understanding|accord|charter|covenant|framework|declaration|instrument|exchange\s+of\s+(?:notes|letters))`;
/**
 * This instrument named as a subject: "This Agreement", "The present Convention", "this Memorandum of
 * Understanding", "This Administrative Agreement", "This understanding" (NL–UK letters of 1986, para.
 * 10), "It" — in any case, since some texts print their final clauses in capitals ("THIS AGREEMENT
 * SHALL ENTER INTO FORCE ON …"); also "The provisions of this Agreement". Only an instrument's noun after "this" or "the present": not "This
 * Article" (a provision) nor another treaty ("The Protocol of 1985").
 */
const thisInstrument = String.raw`(?:(?:(?:the\s+)?provisions\s+of\s+)?(?:this|the\s+present)\s+(?:(?!(?:the|an?|and|or|of|its)\b|${instrumentNoun}\b)[\p{L}-]+\s+){0,2}?${instrumentNoun}(?:\s+of\s+understanding)?)\b`;
/** Where a clause with its own subject opens: the sentence start (after a paragraph number such as "2." or "(2)"), a comma, semicolon or colon, or "that". */
const clauseOpening = String.raw`(?:^\s*(?:\(?[\p{N}a-z]{1,4}[.)]\s+)?|[,;:]\s*|\bthat\s+)`;
/** This instrument as the subject of a clause: named where a clause opens or after "and", "or", "but" ("… and this Agreement shall …"); "It" only where a clause opens, since after a conjunction it is the first clause's subject, which may be another treaty. */
const thisInstrumentAsSubject = String.raw`(?:${clauseOpening}(?:${thisInstrument}|it\b)|\b(?:and|or|but)\s+${thisInstrument})`;

/** The verb group before "entered into force on": auxiliaries, and "(shall) be deemed / be considered to have", "has" (lr24, D1). */
const verbGroupBefore = new RegExp(String.raw`(?:\s+${auxiliary})*(?:\s+(?:be\s+(?:deemed|considered)\s+to\s+)?(?:have|has|had))?\s*$`, 'iu');
/** Where the subject's clause opens: a comma, semicolon, colon or "that" (the last one before the verb group). */
const clauseBoundary = /[,;:]|\bthat\b/giu;
/** A paragraph number opening the clause: "2.", "(2)". */
const paragraphNumber = /^\s*(?:\(?[\p{N}a-z]{1,4}[.)]\s+)?/iu;
/** A prepositional phrase before the subject: "by mutual consent this Agreement …". */
const leadingPhrase = String.raw`(?:(?:by|with|upon|on|in|under|for|pursuant\s+to|subject\s+to)\s+[^,;:]*?\s+)?`;
/** The noun an instrument's words may call it by: "an Agreement" that "This Note and Your Excellency's reply shall constitute", the exchange-of-notes formula (lr24, D2). */
const constitutedRelative = new RegExp(String.raw`\bconstitut(?:e|es|ed|ing)\s+an?\s+(?:[\p{L}-]+\s+){0,2}?${instrumentNoun}\b[^,;:]*?\s+(?:which|that)$`, 'iu');
const thisInstrumentFirst = new RegExp(String.raw`^${thisInstrument}`, 'iu');
const thisInstrumentAfterPhrase = new RegExp(String.raw`^${leadingPhrase}(?:${thisInstrument}|it)$|\b(?:and|or|but)\s+${thisInstrument}$`, 'iu');

/**
 * Whether this instrument is the subject of the verb that follows the head: "This Agreement shall
 * enter into force on …", after the sentence start, a comma or "that", with what the subject
 * carries ("This Agreement and its Annex", "This Agreement between the Kingdom of the Netherlands and
 * the Republic of Estonia", "The provisions of this Agreement"), the instrument's own name with "the"
 * ("The Agreement", `selfName`), and "an Agreement … which" that this Note and the reply constitute;
 * the verb group may be "shall be deemed to have" (lr24, D1, D2). Not another treaty ("The Convention
 * of 1990, which entered into force on …", "The Protocol came into force …" in an Agreement) nor an
 * object of this one ("This Agreement replaces the Convention which entered …", "This Article",
 * "Article 5 of this Agreement"): lr23, D4.
 */
function namesThisInstrument(head: string, selfName: string | undefined): boolean {
  const before = head.replace(/,[^,]*,/gu, ' ').replace(verbGroupBefore, '');
  if (constitutedRelative.test(before)) return true;
  if (/\b(?:which|that|who)$/iu.test(before)) return false;
  const subject = before.slice(Math.max(0, lastEnd(clauseBoundary, before))).replace(paragraphNumber, '').trim();
  if (thisInstrumentFirst.test(subject) || thisInstrumentAfterPhrase.test(subject)) return true;
  return selfName !== undefined && new RegExp(String.raw`^the\s+(?:said\s+)?${escapeRegExp(selfName)}$`, 'iu').test(subject);
}

/**
 * This instrument as the subject of the verb phrase that ends just before a "from" day: "This
 * understanding will remain in operation from …", "This Agreement shall apply with effect from …",
 * "This Administrative Agreement shall come into operation with retroactive effect as of …" (NL–UK
 * 2008, Section 18), "This Agreement shall enter into force on signature, with effect from …". The
 * verb phrase opens no clause of its own: no relative word ("… replaces the Convention which applies
 * from …", "that applies from …") and no coordinated clause with a subject of its own ("… and the
 * Protocol shall apply from …"); "and shall apply" keeps this instrument as its subject.
 */
const verbPhraseWord = String.raw`(?:(?!(?:which|who|whom|whose|whereby|that|and|or|but)\b)[^\s,;:]+|(?:and|or)(?=\s+${auxiliary}\b|\s+(?:be|have|has|apply|applies|enter|enters|remain|remains|take|takes|come|comes|operate|operates)\b))`;
const thisInstrumentBeforeFrom = new RegExp(String.raw`${thisInstrumentAsSubject}(?:,?\s+${verbPhraseWord})*,?\s*$`, 'iu');

/** The main clause's words before a "from" day: inserted subordinate clauses and subjectless inserted phrases dropped, after the last semicolon or colon, at most the last 400 characters (a clause no longer than that is read whole; a longer one reads as no subject, and the finding stays). */
function clauseBeforeFrom(sentence: string, start: number): string {
  const head = governingWords(sentence, start, start).replace(insertedPhrase, ' ');
  const clause = head.slice(Math.max(head.lastIndexOf(';'), head.lastIndexOf(':')) + 1);
  return clause.length > 400 ? '' : clause;
}

/**
 * Whether the words give THIS instrument's day, in words no negation governs: "This Agreement shall
 * enter into force on …", "This Agreement shall apply with effect from …"; not "shall not enter into
 * force on … but on …", "The Protocol of 1985 shall apply as from …", "Nothing in this Agreement
 * shall take effect from …" (lr23, D4). `from`: the day follows a verb phrase ("from", "as from",
 * "as of", "with effect from"), not the verb itself ("enter into force on").
 */
function thisInstrumentGoverns(sentence: string, start: number, end: number, from: boolean, selfName?: string): boolean {
  if (negation.test(governingWords(sentence, start, end))) return false;
  if (from) return thisInstrumentBeforeFrom.test(clauseBeforeFrom(sentence, start));
  return namesThisInstrument(governingWords(sentence, start, start), selfName);
}

/**
 * Whether some text says the instrument operates from the given day ("This understanding will
 * remain in operation from 1 January 1986", NL–UK letters of April and May 1986, para. 10; "It shall
 * apply with retrospective effect from 1 January 1986"; twentieth real-instrument run), or enters
 * into force on it ("This Agreement shall enter into force on 1 January 1991": the date it provides,
 * VCLT Art. 24(1); treaty lawyer lr22, D2): the words that make an `effect on` before the signature
 * deliberate, not a slip (`effect-before-signature`). Either way only where this instrument is the
 * subject and no negation governs the verb (`thisInstrumentGoverns`; lr23, D4, and its "from" forms).
 *
 * With `entryIntoForce`, only a day the words give the entry into force or the start of the whole
 * text's operation: not one the same sentence ties to the treaty's application ("shall enter into
 * force on the date of its signature and shall be applied with effect from 1 January 1991"), since
 * applied to an earlier period a treaty still enters into force when it provides (Art. 28; lr22,
 * D11) — what a recorded date of entry into force is checked against. The verb nearest before the
 * day decides. `selfName`: what the instrument calls itself ("Agreement"), so that "The Agreement
 * shall enter into force on …" is its own (lr24, D2).
 */
export function statesStartOn(texts: readonly string[], day: Day, entryIntoForce = false, selfName?: string): boolean {
  const month = monthNames[day.month - 1];
  const iso = `${String(day.year).padStart(4, '0')}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
  const written = `(?:${day.day}(?:st|nd|rd|th)?\\s+${month},?\\s+${day.year}|${month}\\s+${day.day}(?:st|nd|rd|th)?,?\\s+${day.year}|${iso})`;
  const stated = new RegExp(`\\b(?:from|as\\s+from|as\\s+of|with\\s+effect\\s+from|retro(?:active|spective)(?:ly)?\\s+(?:to|from))\\s+(?:the\\s+)?${written}`, 'giu');
  const enteredOn = new RegExp(`${entryIntoForceOn}\\s+(?:the\\s+)?${written}`, 'giu');
  const tiedToStart = (before: string) => !entryIntoForce || lastEnd(applicationVerb, before) <= lastEnd(startVerb, before); // both -1: no verb, the day stands as stated
  const endOf = (m: RegExpExecArray) => m.index + m[0].length;
  // "on 1 January 1991 or on the date of the later notification, whichever is the later": not that day.
  const startsThere = (sentence: string) =>
    !laterOf.test(sentence) &&
    (matchesOf(sentence, stated).some((m) => tiedToStart(sentence.slice(0, endOf(m))) && thisInstrumentGoverns(sentence, m.index, endOf(m), true)) ||
      matchesOf(sentence, enteredOn).some((m) => tiedToStart(sentence.slice(0, endOf(m))) && thisInstrumentGoverns(sentence, m.index, endOf(m), false, selfName)));
  return texts.some((text) => sentences(text).some(startsThere));
}
