/**
 * A channel as the text of its article: who exchanges what, or who provides it to whom (`from`),
 * and how far the exchange is hedged; for which purpose, under which marking, handling legend or
 * classification, with whom it may be shared onward, the time limits, the contacts and the
 * breach procedure. Each sentence says what one statement of the channel states, in the
 * instrument's own wording, and names parties, contacts and agreements by their names, never by
 * their identifiers.
 */
import type { Channel, HandlingMarking, Name, Text } from '../ast/nodes';
import type { OnwardSharing } from '../ast/vocabulary';
import { assertNever } from '../util/assert-never';
import { safeguardKinds } from '../ast/safeguard-kinds';
import type { RenderContext } from './construct';
import { asSentence, hasMainVerb, purposeSentence } from './purpose-sentence';
import { contactsLead, deadlineSentence, isOneWay, passedWord, receivingSide, statesTimeLimit, textWordsOnly } from './channel-voice';
import { withThe } from '../util/with-the';
import { capitalise } from '../util/capitalise';

/**
 * "Exchange of information"; with several channels, told apart by what protects them. A channel
 * on which only some members send (`from`) is no exchange: "Provision of information"; one in the
 * text's words only (`as-written`, or carrying quoted words), with no `from`, "Information".
 */
export function channelHeading(c: Channel, count: number): string {
  // The text's own words alone (`as-written`) with no `from`: whether anything is exchanged is for
  // the words to say. "Exchange of information" over Early Notification Art. 2, a duty to notify
  // that runs one way, presented it as reciprocal; a heading is context (VCLT Art. 31(2); treaty
  // lawyer lr7, defect 5).
  // So where what is carried is in the text's words (`carries "Letters of Request"`, a category beside
  // them only classifying them: `undertaking`): a Letter of Request is transmitted to a Central
  // Authority, not "exchange of information" (HCCH 1970 Arts. 1–2; hundred-and-first run, defect 5);
  // the heading and the note's label then assert no exchange.
  if (textWordsOnly(c)) {
    if (count > 1 && c.classification) return 'Classified information';
    if (count > 1 && c.marking?.value) return `Information marked ${c.marking.value}`;
    return 'Information';
  }
  const noun = isOneWay(c) ? 'Provision' : 'Exchange';
  if (count <= 1) return `${noun} of information`;
  if (c.classification) return `${noun} of classified information`;
  if (c.marking?.value) return `${noun} of information marked ${c.marking.value}`;
  return `${noun} of information`;
}

export function channelParagraphs(c: Channel, r: RenderContext): string[] {
  const paragraphs = c.modality?.value === 'as-written' ? [] : [undertaking(c, r)];
  // Hedging words that are sentences of their own ("Without prejudice to domestic law, the competent
  // authorities … may …", UNCAC Art. 46(4)) follow as written rather than joined to the hedge list.
  // An infinitive item of the text's list ("To exchange, where appropriate, …", UNCAC Art. 48(1)(d)) or
  // a phrase in lower case is printed as written too, as a paragraph of its own, with no label: a
  // signed text never puts "Terms of the exchange: “…”" around the Parties' words (treaty lawyer lr7,
  // item 4). With `modality as-written` the words are the undertaking, whatever their form.
  const words = c.hedgeText ? r.phrase(c.hedgeText) : undefined;
  if (words !== undefined && (c.modality?.value === 'as-written' || !fitsInSentence(words))) {
    paragraphs.push(/^[A-Z]/.test(words) ? asSentence(words) : ownParagraph(words));
  }
  // The hedges of an as-written channel are for the checks only: the export prints the text's own
  // words and nothing after them. "Terms of the exchange: subject to national law." after UNCAC
  // Art. 48(1) added words the Parties did not sign, and could be read to make its duties yield to
  // national law (treaty lawyer lr7, defect 3). A hedge the words do not state is the drafter's to
  // write into the words.
  const unit = r.treaty ? 'Article' : 'paragraph';
  if (c.purpose) paragraphs.push(purposeSentence(r.phrase(c.purpose), /\.\s*$/.test(c.purpose.value), unit, r, passedWord(c), receivingSide(c, r)));
  if (c.marking) {
    paragraphs.push(c.marking.value
      ? `Information ${r.will} be marked ${c.marking.value} and handled in accordance with the Traffic Light Protocol (version 2.0) of the Forum of Incident Response and Security Teams (FIRST).`
      : `Information ${r.will} be marked ${r.placeholder('Traffic Light Protocol label')} and handled in accordance with the Traffic Light Protocol (version 2.0) of FIRST.`);
  }
  for (const m of c.handlingMarkings) paragraphs.push(handling(m, r));
  if (c.classification) {
    const what = classifiedWords(c, r);
    paragraphs.push(c.securityAgreement
      ? `${what} ${r.will} be ${passedWord(c)} only under, and protected in accordance with, ${withThe(r.agreementName(c.securityAgreement))}.`
      : `${what} ${r.will} be ${passedWord(c)} only under ${r.placeholder('security agreement that protects it')}.`);
  }
  if (c.recipients.length > 0) paragraphs.push(`Information ${r.will} be disclosed only to the following named recipients: ${r.list(c.recipients.map((t) => r.phrase(t)))}.`);
  // An as-written channel's onward-sharing rule is for the checks: "only with the prior consent of
  // the originating Party" beside UNCAC Art. 46(19) dropped its exculpatory exception (treaty lawyer
  // lr7, defect 2). The rule that binds is in the words (`exchange`, `purpose`), as the text has it.
  if (c.onwardSharing && c.modality?.value !== 'as-written') paragraphs.push(onward(c.onwardSharing.value, r, toWords(c, r), exceptWords(c.onwardExcept, r)));
  // A time limit the text's own words already impose (`as-written`) is not said again beside them.
  const asWritten = c.modality?.value === 'as-written' ? words : undefined;
  for (const d of c.deadlines) {
    if (asWritten === undefined || !statesTimeLimit(asWritten, `${r.within(d.deadline)}`, d.duty ? r.phrase(d.duty) : undefined)) paragraphs.push(deadlineSentence(c, d, r));
  }
  if (c.safeguards.length > 0 || c.safeguardsText) paragraphs.push(safeguards(c, r));
  if (c.contacts.length > 0) paragraphs.push(`${contactsLead(c, unit)} ${r.list(c.contacts.map((ref) => r.contactName(ref)))}.`);
  if (c.breachProcedure) paragraphs.push(breach(r.phrase(c.breachProcedure), r, passedWord(c)));
  return paragraphs;
}

/**
 * The channel's undertaking: who sends what to whom, as strongly as `modality` says and no more
 * ("may exchange", "shall endeavour to provide"; `shall` or no modality: "shall exchange", in an MoU
 * "will"). A modality outside the closed set is reported and printed as a blank, never as "shall".
 *
 * What is carried: where the text says it in its own words (`carries "…"`), those words are the
 * content, and a category written beside them (`carries personal-data, "information relating to
 * criminal matters"`, UNCAC Art. 46(4)) says what kind of content the words describe, for the
 * checks: it is not printed as if the text said it (treaty lawyer lr4: "personal data" appears in
 * none of UNCAC Arts. 46(4), 48, 56 nor in Early Notification Art. 2). Categories alone are the
 * drafter's choice of content and are printed ("indicators of compromise").
 */
/**
 * What the text's own carried words leave to the drafter on a channel with no `from`: who acts, by
 * which verb, towards whom. "The Parties shall exchange the following information: “Letters of
 * Request”." put on every Party a reciprocal duty the text does not impose — a Letter of Request goes
 * from a judicial authority to the Central Authority of the State of execution, HCCH 1970 Arts. 1–2 —
 * the very reading the heading "Information" withdrew (treaty lawyer lr23, defect 2). The declaration
 * says neither, so the sentence keeps what it does say (the modality, the hedges, the words) and
 * leaves the rest blank.
 */
const ownWordsVerb = 'transmit, provide or exchange, and to whom';

function undertaking(c: Channel, r: RenderContext): string {
  const written = c.carriesText.map((t) => r.phrase(t));
  const named = written.length > 0 ? [] : c.carries.map((k) => categoryWords[k.value ?? ''] ?? r.placeholder('category of information'));
  // The drafter's own words fit the list only as plain phrases; else they are quoted as written, after
  // "the following:", so that "the nuclear accident, its nature, …" (IAEA 1986) is not read as a thing
  // exchanged, nor its commas as the list's (ex11, point 3). No noun before them: "information" classed
  // the text's words as such, and a Letter of Request is a request "to obtain evidence, or to perform
  // some other judicial act" (HCCH 1970 Art. 1, read: BWBV0001993), not information (treaty lawyer
  // lr24, D5).
  const fits = written.every(fitsInSentence);
  const carried = fits ? [...named, ...written] : named;
  const quoted = fits ? '' : `the following: ${written.map((w) => `“${w}”`).join('; ')}`;
  const what = quoted ? (carried.length > 0 ? `${r.list(carried)} and ${quoted}` : quoted) : carried.length > 0 ? r.list(carried) : r.placeholder('categories of information');
  // `from OPCW`: the senders provide it to the other members, never "exchange" it.
  const receivers = c.members.filter((m) => !c.senders.some((s) => s.text === m.text));
  const oneWay = isOneWay(c);
  const who = oneWay ? capitalise(r.names(c.senders)) : r.isEveryone(c.members) ? `The ${r.participants}` : capitalise(r.names(c.members));
  // Quoted words end the sentence, so the receivers and the hedges come before them.
  const verb = oneWay ? (quoted ? `provide to ${r.names(receivers)}` : `provide ${what} to ${r.names(receivers)}`) : quoted ? 'exchange' : `exchange ${what}`;
  const how = `${c.contacts.length > 0 ? ' through their points of contact' : ''}${hedged(c, r)}`;
  const modal = modalWords(c, r);
  if (written.length > 0 && !oneWay) return `${r.placeholder('who')} ${modal} ${r.placeholder(ownWordsVerb)}${quoted ? `${how}${how ? ',' : ''} ${what}` : ` ${what}${how}`}.`;
  return quoted ? `${who} ${modal} ${verb}${how}${how ? ',' : ''} ${what}.` : `${who} ${modal} ${verb}${how}.`;
}

/** "shall" / "will", "shall endeavour to" / "will endeavour to", "may". */
function modalWords(c: Channel, r: RenderContext): string {
  if (!c.modality) return r.will;
  const value = c.modality.value;
  switch (value) {
    case 'shall':
      return r.will;
    case 'shall-endeavour':
      return `${r.will} endeavour to`;
    case 'may':
      return 'may';
    case 'as-written':
    case undefined:
      return r.placeholder('modality');
    default:
      return assertNever(value, 'modality');
  }
}

/** The words as written, a paragraph of their own: a full stop where they end without one, nothing else changed. */
function ownParagraph(words: string): string {
  return /[.;:!?]$/.test(words) ? words : `${words}.`;
}

/**
 * Whether a drafter's words can stand in a generated list ("exchange A, B and C", "subject to national
 * law and D"): one phrase in lower case, with no comma, semicolon, colon or sentence end of its own.
 * Anything else would merge with the list or read as a new sentence inside it ("on request and
 * Parties agree that …").
 */
function fitsInSentence(words: string): boolean {
  return /^[a-z]/.test(words) && !/[,;:]/.test(words) && !/[.!?](?:\s|$)/.test(words);
}

/** `exchange when-practical, subject-to-national-law`: the condition, in the words of the hedge, after the exchange. */
function hedged(c: Channel, r: RenderContext): string {
  const written = c.hedgeText ? r.phrase(c.hedgeText) : undefined;
  const hedges = [...c.hedges.map((h) => hedgeWords[h.value ?? ''] ?? r.placeholder('condition of the exchange')), ...(written !== undefined && fitsInSentence(written) ? [written] : [])];
  return hedges.length > 0 ? `, ${r.list(hedges)}` : '';
}

const hedgeWords: Readonly<Record<string, string>> = {
  'when-practical': 'when practical',
  'as-appropriate': 'as appropriate',
  'to-the-extent-possible': 'to the extent possible',
  'subject-to-national-law': 'subject to national law',
  'subject-to-available-funds': 'subject to the availability of funds',
  'consistent-with-existing-arrangements': 'consistent with existing arrangements',
  'on-request': 'on request',
  'where-appropriate': 'where appropriate',
  'without-prior-request': 'without prior request',
};

/** `classification SECRET` (up to and including), `CONFIDENTIAL and above`, `any` (of whatever level the agreement covers). */
function classifiedWords(c: Channel, r: RenderContext): string {
  const value = c.classification?.value;
  if (!value) return `Classified information up to and including ${r.placeholder('classification level')}`;
  if (value === 'any') return 'Classified information of any level';
  if (value === 'UNCLASSIFIED') return 'Unclassified information';
  return c.andAbove ? `Classified information of the level ${levelWords(value)} and above` : `Classified information up to and including ${levelWords(value)}`;
}

/**
 * A handling marking other than TLP, as the legend or caveat the text prescribes. Where the words
 * given are a provision of their own (a sentence with a main verb: "The authorities to whom
 * information is transmitted shall ensure its confidentiality, in accordance with the law of their
 * State", Hague 1996 Art. 42), they are printed as written, not under a frame: each frame states a
 * standard of its own ("as its own information of the same kind is", "in confidence", "without the
 * consent of its originator") that the words may not (fifty-third real-instrument run, point 4).
 * The countries a marking is releasable to are a list, never a provision; nor is a description
 * with a verb only in its relative clause ("a legend containing … a statement to the effect that
 * access to the information is controlled"): a provision says what someone shall, will or may do.
 */
function handling(m: HandlingMarking, r: RenderContext): string {
  const words = m.text ? r.phrase(m.text) : undefined;
  const { will } = r;
  const caveat = m.caveat.value;
  if (words && caveat !== 'releasable-to' && hasMainVerb(words) && obligation.test(words)) return asSentence(words);
  switch (caveat) {
    case 'legend':
      if (!words) return `Information ${will} bear the legend ${r.placeholder('words of the legend')}.`;
      // Words that describe the legend ("the country of origin, … and the words `Releasable to EST'")
      // are what it states; the legend itself ("RELEASABLE TO EST, LVA") is quoted.
      return /^(?:the|a|an|its)\s/.test(words) ? `Information ${will} bear a legend stating ${typographic(words)}.` : `Information ${will} bear the legend “${typographic(words)}”.`;
    case 'releasable-to':
      return `Information ${will} be releasable only to ${words ?? r.placeholder('countries or bodies it is releasable to')}.`;
    case 'originator-controlled':
      return `Information ${will} not be released further without the consent of its originator${words ? ` (${words})` : ''}.`;
    case 'no-foreign':
      return `Information ${will} not be released to foreign nationals or governments${words ? ` (${words})` : ''}.`;
    case 'in-confidence':
      return `Information ${will} be handled in confidence${words ? ` (${words})` : ''}.`;
    case 'official-secrecy':
      return `Information received ${will} be subject to the official secrecy of the receiving ${r.participant}, as its own information of the same kind is${words ? ` (${words})` : ''}.`;
    case undefined:
      return `Information ${will} be handled ${r.placeholder('handling marking')}.`;
    default:
      return assertNever(caveat, 'handling marking');
  }
}

/** A modal verb of obligation or permission, in lower case so that the month of May is none. */
const obligation = /\b(?:shall|will|must|may|zal|zullen|moet|moeten|mag|mogen|dient|dienen)\b/u;

/**
 * The only recipients a consent opens (`to NCSC, "other Government authorities of the Contracting
 * Parties"`): parties by name, then others as the text describes them, as `except` prints them.
 */
function toWords(c: Channel, r: RenderContext): string | undefined {
  if (c.onwardTo.length + c.onwardToDescribed.length === 0) return undefined;
  return r.list([...(c.onwardTo.length > 0 ? [r.names(c.onwardTo)] : []), ...c.onwardToDescribed.map((t) => r.phrase(t))]);
}

/** Who is excepted from the onward-sharing rule: parties by name, others as the text describes them. */
function exceptWords(except: readonly (Name | Text)[], r: RenderContext): string | undefined {
  if (except.length === 0) return undefined;
  const ids = except.filter((e): e is Name => !('multiline' in e));
  const described = except.filter((e): e is Text => 'multiline' in e).map((t) => r.phrase(t));
  return r.list([...(ids.length > 0 ? [r.names(ids)] : []), ...described]);
}

/** "the receiving Participant will inform …" follows "In the event of a breach"; "as set out in …" follows "dealt with". */
function breach(procedure: string, r: RenderContext, passed: string): string {
  const unit = r.treaty ? 'Article' : 'paragraph';
  if (/^(as|in accordance|under|pursuant|according)\b/i.test(procedure)) return `A breach of security affecting information ${passed} under this ${unit} ${r.will} be dealt with ${procedure}.`;
  return `In the event of a breach of security affecting information ${passed} under this ${unit}, ${procedure.charAt(0).toLowerCase()}${procedure.slice(1)}.`;
}

/** `TOP-SECRET` is written TOP SECRET in a text. */
export function levelWords(level: string): string {
  return level.replace(/-/g, ' ');
}

/**
 * The Art. 46 safeguards a channel names, in words that bind nobody to a statute: the kind is
 * described ("standard data protection clauses"), never qualified "within the meaning of Article
 * 46(2)(c) of Regulation (EU) 2016/679". The GDPR binds only some parties (those the document
 * declares bound by it, `regimes GDPR`); a sentence of the signed text naming it would put every
 * party under it, a third State too (NL–Samoa 2009, export review item 12). Which article of
 * which statute the safeguards answer for a party is that party's law, not the text's words, and
 * the checks (`transfer-without-safeguards`) read it from the declared regimes instead.
 */
function safeguards(c: Channel, r: RenderContext): string {
  const kinds = c.safeguards.map((s) => safeguardKinds[s.text]?.words ?? r.placeholder('kind of safeguard'));
  return `Personal data ${r.will} be transferred only under ${kinds.length > 0 ? r.list(kinds) : 'the following safeguards'}${c.safeguardsText ? `: ${r.phrase(c.safeguardsText)}` : ''}.`;
}

const categoryWords: Readonly<Record<string, string>> = {
  indicators: 'indicators of compromise',
  vulnerabilities: 'information on vulnerabilities',
  'incident-reports': 'incident reports',
  'malware-samples': 'malware samples',
  'personal-data': 'personal data',
  classified: 'classified information',
  'best-practice': 'best practice',
  'threat-assessments': 'threat assessments',
  'electronic-evidence': 'electronic evidence',
  'traffic-data': 'traffic data',
  'subscriber-information': 'subscriber information',
  'third-party-information': 'information received from third parties',
};

/** The onward-sharing rule; `except …` names those it does not restrict. */
function onward(value: OnwardSharing | undefined, r: RenderContext, to: string | undefined, except: string | undefined): string {
  const rule = onwardRule(value, r, to);
  return except ? `${rule.replace(/[.]$/, '')}, except with ${except}.` : rule;
}

function onwardRule(value: OnwardSharing | undefined, r: RenderContext, to: string | undefined): string {
  const { will } = r;
  switch (value) {
    case 'none':
      return `Information ${will} not be shared beyond its recipients.`;
    case 'within-organisation':
      return `Information ${will} be shared only within the receiving organisation.`;
    case 'with-clients':
      return `The recipient may share information with its clients on a need-to-know basis.`;
    case 'community':
      return `The recipient may share information within its community, but not through publicly accessible channels.`;
    case 'public':
      return `Information may be disclosed publicly.`;
    // `with-consent` says "consent", not "written": the form is the text's choice (UNCAC Art. 46(19), "prior consent").
    // "of its originator", not "of the originating Party": the language cannot say who consents, and
    // the text may give it to an organ, not the State ("the Customs administration furnishing such
    // information", NL–AE 2015 Art. 16(1); lr6 item 3); the sentence must name no other body.
    case 'with-consent':
    case 'with-written-consent':
      return `Information ${will} be shared onward only with the prior ${value === 'with-written-consent' ? 'written ' : ''}consent of its originator${to ? `, and only with ${to}` : ''}.`;
    case undefined:
      return `Information ${will} be shared onward only ${r.placeholder('onward-sharing rule')}.`;
    default:
      return assertNever(value, 'onward-sharing rule');
  }
}

/** A TeX-style quotation in prose (`Releasable to EST') as typographic single quotes: ‘Releasable to EST’. */
function typographic(text: string): string {
  return text.replace(/`([^`']*)'/g, '‘$1’');
}
