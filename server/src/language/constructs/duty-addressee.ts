/**
 * Whether a duty runs to a named member: the member is the one the duty's verb of communication is
 * owed to, its indirect object (treaty lawyer lr12, defects 1–2). `channel-one-way-mutual-duty` and the
 * export read a duty that runs to a sender of a one-way channel as the other members' duty.
 *
 * Only where the member fills the verb's own slot:
 * - the person a verb informs: "inform EE of incidents", "notify Estonia", "consult the Republic of
 *   Estonia", "provide EE with the reports";
 * - the "to" of a verb that passes something on, after its object: "report incidents to EE", "reply
 *   to EE", "provide the reports to the Republic of Estonia";
 * - the author of what is answered: "reply to requests from EE", "answer requests from Estonia".
 *
 * Not where the member is only what the duty is about: "inform the other Parties of cyber threats to
 * the Republic of Estonia", "inform LV and FI of any request addressed to EE", "of any attack
 * attributed to EE", "information relating to EE": the verb's slot is filled by the other Parties,
 * and the "to" belongs to a noun or a participle. Where the object between the verb and "to" holds a
 * preposition, a participle, or a noun that takes "to" itself ("report threats to EE"), the words
 * cannot tell which, and the duty is not read as running to the member.
 *
 * The verb must head the duty: at its start (after adverbs or "shall"), after a comma, or after "and",
 * "or", "then" — not inside a noun phrase ("of requests to assist EE").
 *
 * Treaty lawyer lr13, defect 2: the verbs were a list, and "confirm to Estonia the receipt of each
 * report", "explain to EE the action taken", "indicate to EE the measures taken", "give EE notice of
 * the measures taken" were missed, so the export gave the receivers' duty to the sender ("The
 * Republic of Estonia shall confirm to Estonia …"). So also:
 * - "to" the member right after the verb that opens the duty, any verb ("confirm to EE", "explain to
 *   EE", "signal to EE"): nothing stands between for the "to" to belong to, unless the word is a noun
 *   that takes "to" itself ("threats to EE") or a verb whose "to" is no addressee ("relate to EE");
 * - the member as the first object of a verb of giving ("give EE notice", "send EE a copy");
 * - the verbs of answering and acknowledging among those that pass something on ("acknowledge the
 *   report to EE", "explain the measures to EE").
 */
import { escapeRegExp } from '../util/escape-regexp';

/** Where a verb of the duty stands: its start, after "shall", a comma, or "and"/"or"/"then"; adverbs allowed. */
const head = String.raw`(?:^\s*|[,;:]\s*|\b(?:and|or|then|shall|will|must)\s+)(?:[a-z]+ly\s+)*`;

/** Verbs whose object is the one told: "inform EE", "notify Estonia". */
const tellVerb = String.raw`(?:inform|notify|tell|advise|alert|warn|update|brief|consult|contact|assist|answer)`;
/** Verbs whose recipient follows "with" the object: "provide EE with the reports". */
const equipVerb = String.raw`(?:provide|supply|furnish)`;
/** Verbs that pass something on to someone: "report incidents to EE", "reply to EE", "explain the measures to EE". */
const passVerb = String.raw`(?:report|provide|send|transmit|forward|submit|communicate|deliver|give|disclose|supply|furnish|notify|reply|respond|write|return|pass|present|make|confirm|acknowledge|explain|indicate|signal|describe|justify|specify|state|declare|announce|transfer|release|relay|hand|circulate|refer|address)`;
/** Verbs whose first object is the one given to: "give EE notice", "send Estonia a copy". */
const giveVerb = String.raw`(?:give|send|grant|offer|show|hand|pay|forward|render|afford|lend|owe|write)`;
/** Where any verb opens the duty: its start, or after "shall", "will", "must", "then" (adverbs allowed); not after a comma or "and", where a noun may stand. */
const opening = String.raw`(?:^\s*|\b(?:shall|will|must|then)\s+)(?:[a-z]+ly\s+)*`;
/** Words whose "to" is not an addressee: verbs of relation ("relate to EE", "belong to EE", "agree to"). */
const relationVerb = String.raw`(?:relate|belong|pertain|adhere|conform|correspond|amount|attach|happen|occur|agree|consent|object|apply|extend|seem|appear|prefer|owing|due|prior|pursuant|according|contrary|similar|equal|equivalent|relevant|subject|next|close|up|as|so|and|or|but|not|also|then)`;

/** Nouns that take "to" themselves: "threats to EE", "access to EE", "damage to EE". */
const toNoun = String.raw`(?:threats?|risks?|damage|harm|dangers?|access|injury|prejudice|amendments?|changes?|additions?|exceptions?|references?|attacks?|obstacles?|vulnerabilit(?:y|ies)|exposure|relations?|regard|respect|contributions?)`;

/**
 * A word of the object between a passing verb and its "to": not a preposition, a relative word, a
 * participle ("addressed", "relating"), or a noun that takes "to" itself ("threats to", "access to").
 */
const objectWord = String.raw`(?!(?:of|on|in|for|from|by|with|about|under|against|concerning|regarding|at|into|onto|upon|within|between|among|through|to|that|which|who|whom|whose|where|when|if|unless|as|than|${toNoun}|subject|due|prior|pursuant|according|owing|similar|equal|equivalent|contrary|relevant)\b)(?![a-z]+ed\b)(?![a-z]+ing\b)[\w'’-]+,?`;

/** The verb that opens the duty, any verb, not a noun that takes "to", a relation, a participle: "confirm", "explain", "signal". */
const anyVerb = String.raw`(?!(?:${toNoun}|${relationVerb})\b)(?![a-z]+ed\b)(?![a-z]+ing\b)[a-z]+`;

/** What is answered: "requests", "any justified request", "queries". */
const asked = String.raw`(?:(?:any|all|the|each|every|such)\s+)?(?:[a-z]+\s+)?(?:requests?|quer(?:y|ies)|inquir(?:y|ies)|enquir(?:y|ies)|questions?)(?:\s+(?:received|made|submitted|sent|addressed))?`;
/** Verbs that answer a request: "reply to requests from EE", "comply with requests from EE". */
const answerVerb = String.raw`(?:(?:reply|respond)\s+to|answer|comply\s+with|execute|act\s+(?:on|upon))`;


/** The member's name as the duty's addressee, in any of the three forms. */
function addresseePatterns(name: string): RegExp[] {
  const who = String.raw`(?:the\s+)?${escapeRegExp(name)}\b(?!['’]s)`;
  return [
    new RegExp(String.raw`${head}${tellVerb}\s+${who}`, 'iu'),
    new RegExp(String.raw`${head}${equipVerb}\s+${who}\s+with\b`, 'iu'),
    new RegExp(String.raw`${head}${passVerb}(?:\s+${objectWord}){0,6}?\s+to\s+${who}`, 'iu'),
    new RegExp(String.raw`${head}${answerVerb}\s+${asked}\s+from\s+${who}`, 'iu'),
    new RegExp(String.raw`${opening}${anyVerb}\s+to\s+${who}`, 'iu'),
    new RegExp(String.raw`${head}${giveVerb}\s+${who}\s+(?!(?:to|and|or|of|in|on|for|with|by)\b)[\w'’-]`, 'iu'),
  ];
}

/** Of the names given, the one the duty runs to, as it is given; undefined where it runs to none. */
export function dutyRunsTo(duty: string, names: readonly string[]): string | undefined {
  for (const name of names) {
    const bare = name.replace(/^the\s+/i, '').trim();
    if (bare === '') continue;
    if (addresseePatterns(bare).some((p) => p.test(duty))) return name;
  }
  return undefined;
}

/**
 * The short name of a State declared by its full name: "the Republic of Estonia" → "Estonia", "the
 * Government of the Kingdom of the Netherlands" → "Netherlands", "the Federal Republic of Germany" →
 * "Germany"; undefined where the name has no such form ("Finland", "the United Kingdom of Great
 * Britain and Northern Ireland", "the Swiss Confederation").
 */
export function shortName(name: string): string | undefined {
  const full = name.trim().replace(/^the\s+/i, '');
  const short = full.replace(/^Government\s+of\s+(?:the\s+)?/i, '').replace(stateForm, '').trim();
  return short !== full && short !== '' && /^\p{Lu}/u.test(short) ? short : undefined;
}

/** "Republic of", "Kingdom of the", "Federal Republic of", "Grand Duchy of", "Democratic People's Republic of". */
const stateForm = /^(?:(?:Federal|Democratic|Socialist|Islamic|Arab|Hellenic|Italian|French|Czech|Slovak|Portuguese|Federative|Bolivarian|Oriental|Cooperative|People['’]s|Plurinational)\s+)*(?:Republic|Kingdom|Principality|Grand\s+Duchy|State|Sultanate|Commonwealth)\s+of\s+(?:the\s+)?/i;
