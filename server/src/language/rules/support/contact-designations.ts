/**
 * Whether a text designates contacts — points of contact, competent or security authorities,
 * liaison officers — or obliges the parties to designate them and make them known (catalogue MC12;
 * twenty-fourth real-instrument run, items 8–9). A sentence that names them and designates,
 * notifies, makes known, establishes (them, not a body beside them), appoints or identifies them does: "Each State Party shall
 * make known to the Agency and to other States … its competent authorities and point of contact"
 * (Early Notification Convention 1986, Art. 7(1)); "the Parties shall ensure the establishment of
 * a National Security Authority" (NATO 1997, Art. 2); "shall identify and make known to each other
 * directly or through the International Atomic Energy Agency their central authority and point of
 * contact" (Physical Protection Convention 1980, Art. 5(1)). So does a sentence in which the text
 * itself says who they are ("The competent authorities … shall be: …", "are"), and one that makes
 * them the ends of an exchange between the parties, naming each party's end by its function as
 * the liaison bodies are named (missing-contacts.ts): "the competent authorities of a Party may,
 * without prior request, forward to the competent authorities of another Party information"
 * (Second Additional Protocol to the European Convention on Mutual Assistance 2001, Art. 11(1));
 * "Details of the implementation … will be the subject of separate arrangements to be concluded
 * between the competent authorities of the two countries" (Netherlands–Sweden 1984, Art. 7). A
 * sentence that only mentions them does not: "submit the case … to its competent authorities for the purpose of
 * prosecution", "The competent authorities of both States agree", "report promptly to the
 * competent authorities" (Financing of Terrorism Convention 1999, Arts. 10(1), 16(1)(b),
 * 18(1)(b)(iii)).
 */
import type { Channel } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { singleSpaced } from '../../util/single-spaced';
import { clausesSay } from './instrument-prose';
import { escapeRegExp } from '../../util/escape-regexp';
import { matchesOf } from '../../util/all-matches';

/** Who the contacts are. */
// "the appropriate Ministry" names an end by its function as "the competent authority" does
// (ETS 20, 1955, Art. 3; sixty-first run, defect 5).
const contactNoun = String.raw`(?:points?\s+of\s+contact|contact\s+points?|competent\s+authorit(?:y|ies)|(?:national\s+)?security\s+authorit(?:y|ies)|liaison\s+officers?|(?:appropriate|competent)\s+Minist(?:ry|ries))`;
const contact = new RegExp(String.raw`\b${contactNoun}\b`, 'i');

/** A designation or a notification of them. */
const designating =
  /\b(?:designat(?:e|es|ed|ing|ion|ions)|notif(?:y|ies|ied|ying|ication|ications)|mak(?:e|es|ing)\s+known|made\s+known|inform(?:s|ed|ing)?|communicat(?:e|es|ed|ing)|appoint(?:s|ed|ing|ment)?|nominat(?:e|es|ed|ing)|identif(?:y|ies|ied|ying)|indicat(?:e|es|ed)|specif(?:y|ies|ied))\b/i;

/**
 * An establishment of them: the contacts are what is established — "the Parties shall ensure the
 * establishment of a National Security Authority" (NATO 1997, Art. 2), "a national contact point
 * shall be established", "the points of contact established under …". Parties establish many other
 * things, and a sentence that establishes something else beside a mention of the contacts
 * designates none: "the competent authorities concerned may establish joint investigative bodies"
 * (the authorities establish a body), "shall consider establishing a financial intelligence unit to
 * be responsible for receiving, analysing and disseminating to the competent authorities reports of
 * suspicious financial transactions" (a unit that reports to them at home; UN Convention against
 * Corruption 2003, Arts. 49 and 58, read: BWBV0001830; thirty-second run, after the run).
 */
const establishedContacts = new RegExp(
  String.raw`\bestablish(?:es|ed|ing|ment)?(?:\s+of)?(?:\s+(?:a|an|the|its|their|one|or|more|own|single|national|central))*\s+${contactNoun}` +
    String.raw`|\b${contactNoun}\s+(?:so\s+)?established\b|\b${contactNoun}\b[^.;:]{0,60}?\b(?:be|been|is|are)\s+established\b`,
  'i',
);

/** The text itself saying who they are: "The competent authorities … shall be: …", "… are the Ministry". */
const namedHere = new RegExp(String.raw`\b${contactNoun}\b[^.;:]{0,80}?\b(?:shall\s+be|will\s+be|are|is)\b\s*(?::|the\b|for\b|in\b)`, 'i');

/**
 * The contacts as the ends of an exchange between the parties: "between the competent authorities
 * of the two countries", "to the competent authorities of another Party"; or the receiving end named
 * by its function in the country the text describes: "The appropriate Ministry in the country
 * responsible for the requesting cripple shall transmit such request for entry directly to the
 * appropriate Ministry in the country able to provide the necessary treatment" (ETS 20, 1955, Art.
 * 3, read: BWBV0005100; sixty-first run, defect 5) — both ends by function, as in CETS 182 Art. 11(1).
 */
const betweenParties = new RegExp(
  String.raw`\bbetween\s+(?:the\s+|their\s+)?${contactNoun}\b|\b(?:to|from|with)\s+the\s+${contactNoun}\s+of\s+(?:another|the\s+other|the\s+requesting|the\s+requested|each\s+other)\b` +
    String.raw`|\b(?:to|from|with)\s+the\s+${contactNoun}\s+(?:of|in)\s+the\s+(?:country|State|Party)\s+(?:responsible|able|which|that|where|concerned|requested|requesting)\b`,
  'i',
);

/**
 * A list of what is designated, introduced by the designation: "This system shall include as a
 * minimum: a) the designation of: (i) the competent national authority or authorities …; (ii) the
 * national operational contact point or points, which shall be responsible for the receipt and
 * transmission of oil pollution reports …" (OPRC 1990, Art. 6(1)(a); thirty-fifth run, item 6).
 * Its items, which end in semicolons, are read as one sentence with the words that introduce them.
 */
const designationList = /\b(?:designation|designat(?:e|es|ed))(?:\s+of)?\s*:/i;

/** The text's sentences, a designation's list kept whole; other sentences split at semicolons too. */
function sentencesOf(text: string): string[] {
  return singleSpaced(text)
    .split(/(?<=\.)\s+/)
    .flatMap((sentence) => (designationList.test(sentence) ? [sentence] : sentence.split(/(?<=;)\s+/)));
}

/** Whether one of the text's sentences designates or names contacts, or makes them the ends of an exchange. */
export function designatesContacts(text: string): boolean {
  if (!contact.test(text)) return false;
  return sentencesOf(text).some((sentence) => contact.test(sentence) && (designating.test(sentence) || establishedContacts.test(sentence) || namedHere.test(sentence) || betweenParties.test(sentence)));
}

/**
 * A channel the text routes through its depositary: "communicate the final outcome of the
 * proceedings to the Secretary-General of the United Nations, who shall transmit the information to
 * the other States Parties" (Financing of Terrorism Convention 1999, Art. 19); "notify, directly or
 * through the Secretary-General of the United Nations, the States Parties" (Art. 9(6)). The
 * depositary is the one address every party knows, and it relays to the others: no party needs a
 * contact of its own for it.
 */
export function routedThroughDepositary(model: SemanticModel, channel: Channel): boolean {
  const words = singleSpaced(channel.hedgeText?.value ?? '').toLowerCase();
  if (words === '') return false;
  if (/\b(?:to|through|via)\s+the\s+depositary\b/.test(words)) return true;
  // Any of the depositaries the header names (`depositary "A", "B"`).
  return (model.ast.instrument?.depositary?.values ?? []).some((depositary) => {
    const name = 'value' in depositary ? singleSpaced(depositary.value).replace(/^the\s+/i, '').toLowerCase() : undefined;
    return name !== undefined && name.length > 3 && new RegExp(String.raw`\b(?:to|through|via)\s+(?:the\s+)?${escapeRegExp(name)}`).test(words);
  });
}

/**
 * A channel the text routes through a secretariat it names, one that relays to the parties what
 * it receives: "The secretariat shall: (i) convene, prepare and service the meetings of the
 * Contracting Parties; (ii) transmit to the Contracting Parties information received or prepared
 * in accordance with the provisions of this Convention" (Convention on Nuclear Safety 1994, Art.
 * 28(2); forty-second run, item 2). It plays the depositary's part: one address every party knows,
 * which passes on to the others what reaches it. That the reports reach it is the text's too: "the
 * secretariat will assume the translation into the designated language of reports submitted in
 * any other language of the meeting" (Art. 26(3)). The channel goes there where its words say so
 * ("through the secretariat"), or where they submit the information for review at the meetings of
 * the parties the secretariat serves: "Each Contracting Party shall submit for review, prior to
 * each meeting referred to in Article 20, a report" (Art. 5); each Party is represented at those
 * meetings by "one delegate" (Art. 24(1)), and the form and date of submission are for the Rules
 * of Procedure (Art. 22(1)).
 *
 * What the secretariat relays decides, not the verb: it must pass on what it receives under the
 * text ("information received"), or what the channel carries ("the reports submitted pursuant to
 * Article 5" for a channel of reports). A secretariat that transmits only its own work — "circulate
 * to the Contracting Parties the provisional agenda of each meeting", "transmit to the Contracting
 * Parties the decisions adopted at each meeting" — or only services meetings, relays nothing the
 * parties send (an independent lawyer's check of the forty-second run). A report for review where
 * the text names no secretariat (or depositary) has no address; information the channel's words
 * send to the parties directly ("to the other Contracting Parties … for consideration at the next
 * review meeting"), or a notice to them ("provided with appropriate information for emergency
 * planning and response", Art. 16(2)), is not routed through either: each keeps the finding.
 */
export function routedThroughSecretariat(model: SemanticModel, channel: Channel): boolean {
  const words = singleSpaced(channel.hedgeText?.value ?? '');
  if (words === '') return false;
  const toSecretariat = /\b(?:to|through|via)\s+the\s+secretariat\b/iu.test(words);
  const forReviewAtMeeting =
    /\bsubmit/iu.test(words) &&
    /\bfor\s+(?:review|consideration|examination)\b/iu.test(words) &&
    /\bmeetings?\b|\bConference\s+of\s+the\s+(?:States\s+)?Parties\b/iu.test(words) &&
    !toTheParties.test(words);
  if (!toSecretariat && !forReviewAtMeeting) return false;
  const carried = carriedNoun(channel);
  const relaysWhatReachesIt = (text: string) => secretariatRelays(text, carried);
  return clausesSay(model, `secretariat-relays:${carried?.source ?? ''}`, relaysWhatReachesIt, { parent: false });
}

/** Parties, not a party's belongings ("relating to the Party's obligations"). */
const parties = String.raw`(?:Contracting\s+|High\s+Contracting\s+|States\s+)?Part(?:y|ies)\b(?!['’]s)`;

/** The parties as the addressees of a sending: "to the Contracting Parties", "to each other Party". */
const toTheParties = new RegExp(String.raw`\bto\s+(?:all\s+|each\s+of\s+)?the\s+(?:other\s+)?${parties}|\bto\s+(?:each|every|all)\s+other\s+${parties}`, 'iu');

/** A secretariat's duty ("The secretariat shall:", "the secretariat will"), up to its verbs. */
const secretariatDuty = /\bsecretariat\b[^.]*?\b(?:shall|will)\b/iu;

/** A verb of relaying and what follows it, up to the end of its sub-paragraph or sentence. */
const relayVerb = /\b(?:transmit|circulate|distribute|communicate|forward)(?:s|ing)?\b([^;.]*)/giu;

/** What the secretariat has received: "information received or prepared", "the notifications it receives". */
const received = /\b(?:received|receives)\b/iu;

/** Words too general to say that what is relayed is what the channel carries. */
const generalNouns = /^(?:information|data|details|material|matters?|documents?|communications?)$/iu;

/**
 * What the channel carries, as the parties send it: the noun that heads its `carries` words ("a
 * report on the measures …" → report), unless general, followed by a word of sending ("the reports
 * submitted pursuant to Article 5") or by the parties ("the reports of the Contracting Parties").
 * The secretariat's own "report of each meeting" is not what the parties send.
 */
function carriedNoun(channel: Channel): RegExp | undefined {
  const head = /^\s*(?:(?:a|an|the|any|all|such)\s+)?([\p{L}-]{4,})/iu.exec(channel.carriesText[0]?.value ?? '')?.[1];
  if (!head || generalNouns.test(head)) return undefined;
  const noun = String.raw`\b${escapeRegExp(head.replace(/s$/iu, ''))}s?`;
  const sent = String.raw`\s+(?:submitted|provided|furnished|sent|communicated|transmitted|presented)\b`;
  const ofTheParties = String.raw`\s+(?:of|by|from)\s+(?:the|each|a|any)\s+(?:other\s+)?${parties}`;
  return new RegExp(`${noun}(?:${sent}|${ofTheParties})`, 'iu');
}

/**
 * Whether a clause has a secretariat relay to the parties what it receives, or what the channel
 * carries (`carried`): "The secretariat shall: … (ii) transmit to the Contracting Parties
 * information received or prepared in accordance with the provisions of this Convention" (CNS Art.
 * 28(2)); not "circulate to the Contracting Parties the provisional agenda of each meeting".
 */
function secretariatRelays(text: string, carried: RegExp | undefined): boolean {
  if (!/secretariat/iu.test(text)) return false;
  for (const sentence of singleSpaced(text).split(/(?<=\.)\s+/u)) {
    const duty = secretariatDuty.exec(sentence);
    if (!duty) continue;
    for (const verb of matchesOf(sentence.slice(duty.index + duty[0].length), relayVerb)) {
      const relayed = verb[1];
      if (toTheParties.test(relayed) && (received.test(relayed) || (carried?.test(relayed) ?? false))) return true;
    }
  }
  return false;
}

/**
 * A channel of requests in an instrument that gives its assistance under the mutual legal
 * assistance treaties in force between the parties (`assistance { under "…" }`: "in conformity with
 * any treaties or other arrangements on mutual legal assistance … that may exist between them",
 * Financing of Terrorism Convention 1999, Art. 12(5)): requests go to the central authorities those
 * treaties designate, as `missing-central-authority` reads the same words (Budapest Art. 27(1)).
 */
export function requestsUnderMlaTreaty(model: SemanticModel, channel: Channel): boolean {
  return channel.hedges.some((h) => h.value === 'on-request') && model.ast.assistance.some((a) => a.mlaTreaty !== undefined);
}

