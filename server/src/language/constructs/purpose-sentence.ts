/**
 * The sentence that limits the use of what a channel carries, worded from whatever its `purpose`
 * holds. Drafters write the purpose in several shapes, and each needs its own sentence:
 * - a noun phrase: "handling of incidents" → "… used only for the purpose of handling of incidents";
 * - a phrase that already names the purpose: "the purpose of bidding on, and performing, a
 *   prospective defense contract" (NL–US 1978) → "… used only for the purpose of bidding …", not
 *   "for the purpose of the purpose of";
 * - a prepositional or infinitive phrase: "for the purpose of the application of the Convention"
 *   (NL–UK 2008), "to verify the validity or contents of a certificate" (NL–PH 2001) → "… used only
 *   to verify …";
 * - the rest of a sentence whose subject is the information: "may be disclosed only to persons or
 *   authorities …" (AW–CZ 2015 Art. 8(1)) → "Information exchanged under this Article may be
 *   disclosed only to …";
 * - the rest of a sentence whose subject is the parties, as an item of "The Parties shall:":
 *   "(iii) not use classified information … for purposes other than …" (NATO 1997 Art. 1) →
 *   "The Parties shall not use …" (on a one-way channel "The receiving Party shall not use …", or the
 *   receiver by name: only it receives);
 * - whole sentences copied from the instrument: "Any information received under this Agreement
 *   shall be used solely for the purposes of this Agreement …" (NL–AE 2015 Art. 16(1)) → printed
 *   as they are, as their own sentences, with the instrument's own list marker ("b.", "c)") left
 *   off, since the export numbers its own paragraphs; so is a purpose in Dutch ("ter onderzoek van
 *   ernstige strafbare feiten", NL–US 2010 Art. 8(1)), which no English frame can take in;
 * - a use: "for use by medical doctor only" (NL–OPCW 1998) → "… shall be for use by medical doctor only".
 * Spliced after "used only for the purpose of", only the first read right (lf3, item 1).
 */
import type { RenderContext } from './construct';
import { matchesOf } from '../util/all-matches';

type Wording = Pick<RenderContext, 'will' | 'participants'>;

/**
 * `words`: the purpose as a phrase (one line, no final full stop); `endsSentence`: whether the
 * drafter ended it with a full stop, which makes a capitalised text a sentence of its own.
 */
export function purposeSentence(words: string, endsSentence: boolean, unit: string, r: Wording, passed = 'exchanged', users?: string): string {
  const text = words.replace(listMarker, '');
  // "provided" on a one-way channel: nothing is exchanged (treaty lawyer lr7).
  const information = `Information ${passed} under this ${unit}`;
  if (/^(?:ter|ten)\s/i.test(text)) return asSentence(text);
  if (/^for\s+use\s+by\s/i.test(text)) return `${information} ${r.will} be ${lowerFirst(text)}.`;
  if (/^to\s/i.test(text)) return `${information} ${r.will} be used only ${lowerFirst(text)}.`;
  if (predicateOfInformation.test(text)) return `${information} ${lowerFirst(text)}.`;
  // Who uses what is received: on a one-way channel only the receiving side ("The receiving Party
  // shall not use …", or the receiver by name), never "The Parties", which binds the sender too
  // (treaty lawyer lr7, item 5).
  if (predicateOfParties.test(text)) return `${users ?? `The ${r.participants}`} ${r.will} ${lowerFirst(text)}.`;
  if (hasMainVerb(text)) return asSentence(text);
  if (/^the\s+purposes?\s+of\s/i.test(text)) return `${information} ${r.will} be used only for ${lowerFirst(text)}.`;
  if (/^purposes?\s+of\s/i.test(text)) return `${information} ${r.will} be used only for the ${lowerFirst(text)}.`;
  if (preposition.test(text)) return `${information} ${r.will} be used only ${lowerFirst(text)}.`;
  if (endsSentence && /^[A-Z]/.test(text)) return asSentence(text);
  return `${information} ${r.will} be used only for the purpose of ${text}.`;
}

/** The source's own list marker: "b. ", "6. ", "(iii) ", "c) ". */
const listMarker = /^(?:\(?(?:[a-z]|[ivx]{1,5}|\d{1,3})\)|(?:[a-z]|\d{1,3})\.)\s+/i;

/** "may be disclosed only to …", "shall be used solely …": the information is the subject. */
const predicateOfInformation = /^(?:may|shall|will|must|should|can|is|are)\s/i;

/** "not use classified information …", "use classified information … only for …" (an item of "The Parties shall:"). */
const predicateOfParties = /^(?:not\s|use\s(?!of\b))/i;

/** "for the purposes of …", "for purposes of defense …", "in support of …", "within …". */
const preposition = /^(?:for|in|within|under)\s/i;

/**
 * Finite verbs that make a text a sentence of its own ("shall be used", "does not go beyond",
 * "DHS uses EU PNR", "wordt … gebruikt"), lower case so that the month of May is none of them.
 */
const finiteVerb = /\b(?:shall|may|will|must|should|can|cannot|could|would|might|is|are|was|were|does|do|has|have|uses|wordt|worden)\b/g;

/** A verb in a relative or comparative clause ("offences that may be committed", "as is necessary") does not, nor an infinitive ("what to do"). */
const subordinate = /\b(?:that|which|who|whom|whose|where|as)\b/i;

/**
 * Read in the first part only: "protection of the networks of NATO …; Threat Information is not used
 * for any other purpose" (NCIRC–CERT-EU sample) is a noun phrase with a sentence after it.
 */
export function hasMainVerb(text: string): boolean {
  const first = text.split(';')[0];
  for (const match of matchesOf(first, finiteVerb)) {
    const before = first.slice(0, match.index).split(/[,;:(]/).pop() ?? '';
    const lastWords = before.trim().split(/\s+/).slice(-4).join(' ');
    if (!subordinate.test(lastWords) && !/\bto$/i.test(lastWords)) return true;
    // "The authorities to whom information is transmitted shall ensure …" (Hague 1996 Art. 42): the
    // relative clause has its own verb ("is transmitted") before this one, which is then the main verb.
    const relative = matchesOf(before, /\b(?:that|which|who|whom|whose|where|as)\b/gi).pop();
    if (relative?.index !== undefined && !/\bto$/i.test(lastWords) && new RegExp(finiteVerb.source).test(before.slice(relative.index + relative[0].length))) return true;
  }
  return false;
}

/** Capitalised, with its full stop; a citation left after the full stop ("… its request. (Article 7(1))") goes inside. */
export function asSentence(text: string): string {
  const cited = text.replace(/\.\s+(\((?:[^()]|\([^()]*\))*\))$/, ' $1');
  return `${cited.charAt(0).toUpperCase()}${cited.slice(1)}${/[.!?]$/.test(cited) ? '' : '.'}`;
}

/** "For the purposes of …" inside a sentence; an acronym ("DHS") keeps its capitals. */
function lowerFirst(text: string): string {
  return /^[A-Z][A-Z]/.test(text) ? text : `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
