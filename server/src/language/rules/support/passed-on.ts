/**
 * Information meant to be acted on and passed on, in the text's own words: a notice of an incident
 * to the States it threatens, or an exchange under an instrument whose data go to all States free
 * of charge, or to the public (a register the Parties must open to anyone: forty-ninth run). Neither a handling marking (MC15) nor a limit on use (MC19) has anything to protect
 * there: the notice exists to be acted on by whoever must respond, the data to be spread
 * (thirty-ninth run, closing items 1–3). What makes a marking or a use limit right is the content,
 * so the exemption stops where the words name cyber-security, personal, classified, confidential
 * or criminal-case content, or describe persons (their health, their particulars: lr13, defect 6), where a category is declared (`carries …`), or where a national CERT
 * is a member: those channels stay presumed sensitive.
 */
import type { Channel } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { oncePer } from '../../util/once-per';
import { singleSpaced } from '../../util/single-spaced';
import { cyberSecurityWords, hasCertMember, suspectOfOffence } from './channel-kinds';
import { clauseTopics } from './applicability';
import { saysInProse } from './instrument-prose';

/**
 * A notice to the States an incident threatens: "When the appropriate authorities of a Party learn
 * of a pollution incident, they shall notify other States whose interests are likely to be affected
 * by such incident" (OPRC-HNS Protocol 2000, Art. 3(3), read: BWBV0004763); "inform all States
 * whose interests are affected or likely to be affected" (OPRC 1990, Art. 5(1)(c), read:
 * BWBV0002364); "notify … those States which are or may be physically affected" (Early
 * Notification 1986, Art. 2, read: BWBV0002139). A warning is sent so that those it reaches act on it.
 */
const noticeToAffected =
  /\b(?:notify|notifies|inform|informs|warn|warns|alert|alerts)\b[^.;]{0,160}?\b(?:States|Parties|countries)\b[^.;]{0,60}?\b(?:likely\s+to\s+be|may\s+be|are|is)\s+(?:physically\s+)?affected\b/i;

/**
 * What moves for the search for and rescue of persons in distress, in the channel's own words: a
 * request that rescue units enter another Party's territory "solely for the purpose of searching for
 * the position of maritime casualties and rescuing the survivors of such casualties", giving "full
 * details of the projected mission and the need for it" (SAR Convention 1979, Annex 3.1.3, to be
 * acknowledged "immediately", 3.1.4); ship positions given "to other States when so requested for
 * search and rescue purposes" (Annex 5.4.2, read: BWBV0003096; fifty-ninth run, items 1–2). An
 * operational message, made to be acted on at once by whoever must rescue, of the family of the
 * request for assistance (OPRC 1990, Art. 7(1)) and the distress data (COSPAS-SARSAT 1988) already
 * exempt. The words must make the search and the rescue, both, the end ("for", "for the purpose
 * of", "to facilitate"): "information on search and rescue capabilities" says what moves, not why.
 */
const forSearchAndRescue =
  /\b(?:for|to\s+facilitate)\s+(?:the\s+)?(?:purposes?\s+of\s+)?(?:search|searching)\b[^.;]{0,120}?\b(?:rescue|rescuing)\b/i;

/**
 * An instrument whose own words give its data to everyone: "provide distress alert and location
 * data from the System to the international community … on a non-discriminatory basis" and "The
 * reception and transmission of distress alert data … shall be provided free of charge to all
 * States" (COSPAS-SARSAT Programme Agreement 1988, Arts. 2(b), 6.3, read: BWBV0002153). Data, alerts
 * or information, given to all States or the international community, free of charge or without
 * discrimination: both halves, in one sentence, not a fee waived for assistance or a market opened.
 */
const data = String.raw`\b(?:data|information|alerts?)\b`;
const toAll = String.raw`\bto\s+(?:all\s+(?:the\s+)?States|the\s+international\s+community)\b`;
const freely = String.raw`\b(?:free\s+of\s+charge|(?:on\s+a\s+)?non-discriminatory\s+basis)\b`;
const givenToAll = [new RegExp(`${data}[^.;]{0,200}?${toAll}[^.;]{0,120}?${freely}`, 'i'), new RegExp(`${data}[^.;]{0,200}?${freely}[^.;]{0,40}?${toAll}`, 'i')];

/**
 * An instrument whose own words make its information public: "Each Party shall ensure public
 * access to information contained in its pollutant release and transfer register, without an
 * interest having to be stated" (PRTR Protocol 2003, Art. 11(1), read: BWBV0002912; forty-ninth
 * run, items 2–3); "make such information available to the public" (Aarhus Convention 1998, Art.
 * 4(1)). What the Parties share "under this Protocol" is what anyone may ask for; withholding from
 * the public (Art. 12) is an exception each Party may make, not a confidentiality of exchanges.
 */
const madePublic = [
  /\bpublic\s+access\s+to\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?information\b/iu,
  /\bmakes?\s+(?:such\s+|the\s+|this\s+|that\s+)?(?:[\p{L}-]+\s+){0,2}?information\s+available\s+to\s+the\s+public\b/iu,
];

/**
 * What describes the persons themselves, not their number or their rescue (treaty lawyer lr13,
 * defect 6): "the medical condition of the persons on board", "their state of health", "the list of
 * passengers", "particulars of the crew". Health data of identified persons is personal data of the
 * most protected kind (GDPR Art. 9(1), not read here: EUR-Lex is not reachable), exactly what a use
 * limit is for; the SAR Convention's exempt messages carry a mission and ship positions (Annex 3.1.3,
 * 5.4.2), not such data. "Public health", "the number of persons on board" and "rescuing the
 * survivors" (the mission's end, Annex 3.1.3) describe no one.
 */
const aboutPersons = String.raw`state\s+of\s+health|(?<!\bpublic\s)health\s+(?:data|records?|conditions?|status)|medical\s+(?:conditions?|data|records?|history|details|status|state|treatment)|injur(?:y|ies)\s+(?:of|to|suffered)|injured\s+persons|personal\s+details|(?:details|lists?|particulars|nationalit(?:y|ies)|identit(?:y|ies))\s+of\s+(?:the\s+)?(?:persons|people|passengers|crew(?:\s+members)?|survivors|casualties|patients)|(?:passenger|crew)\s+lists?`;

/**
 * Content for which a marking or a use limit is right, named in the channel's words: personal,
 * classified or confidential content, what describes persons (`aboutPersons`), criminal cases, and
 * the systems and flaws a cyber incident touches ("other Parties whose information systems are
 * likely to be affected" is a cyber notice, though none of `cyberSecurityWords` is in it).
 */
const sensitiveContent = new RegExp(
  String.raw`\b(?:${aboutPersons}|personal\s+(?:data|information|particulars)|data\s+(?:subjects?|breach(?:es)?)|identity|names?\s+of|classified|confidential(?:ity)?|in\s+confidence|secret|restricted|prosecutions?|judicial\s+proceedings|criminal\s+proceedings|investigations?|${suspectOfOffence}|offenders?|evidence|(?:information|computer|ICT|IT)\s+systems?|networks?|software|vulnerabilit(?:y|ies)|exploits?)\b`,
  'i',
);

function channelWords(channel: Channel): string {
  return singleSpaced([channel.hedgeText, channel.purpose, ...channel.carriesText].map((t) => t?.value ?? '').join(' '));
}

/** Whether one of the instrument's own clauses (not its definitions) says what `patterns` say. */
function ownClausesSay(model: SemanticModel, patterns: readonly RegExp[]): boolean {
  return model.ast.clauses.some((clause) => {
    if (clauseTopics(model, clause).has('definitions')) return false;
    const text = singleSpaced(model.clauseText(clause) ?? '');
    return patterns.some((r) => r.test(text));
  });
}

/** Whether the instrument's own clauses give its data to all States freely. */
const disseminatesToAll = oncePer((model: SemanticModel): boolean => givenToAll.some((r) => saysInProse(model, r)) && ownClausesSay(model, givenToAll));

/** Whether the instrument's own clauses open its information to the public (a public register). */
// The prose memo answers first (only an edited text is rescanned after a keystroke); the clauses are
// read one by one only where some prose of the instrument says it.
const opensToThePublic = oncePer((model: SemanticModel): boolean => madePublic.some((r) => saysInProse(model, r)) && ownClausesSay(model, madePublic));

/**
 * Whether what a channel moves is information the instrument makes public (PRTR Art. 11(1)): no
 * category declared, no marking, nothing in its words that a marking protects, no CERT member.
 */
export function publicUnderTheInstrument(model: SemanticModel, channel: Channel): boolean {
  return nothingSensitive(model, channel) && opensToThePublic(model);
}

function nothingSensitive(model: SemanticModel, channel: Channel): boolean {
  if (channel.carries.length > 0 || channel.marking || channel.classification || channel.handlingMarkings.length > 0) return false;
  const words = channelWords(channel);
  return !sensitiveContent.test(words) && !cyberSecurityWords(words) && !hasCertMember(model, channel);
}

/**
 * Whether what a channel moves is meant to be acted on and passed on: a notice to the States an
 * incident threatens (its own words), or an exchange under an instrument that gives its data to
 * all States freely; and nothing in it that a marking or a use limit protects.
 */
export function meantToBePassedOn(model: SemanticModel, channel: Channel): boolean {
  if (!nothingSensitive(model, channel)) return false;
  const words = channelWords(channel);
  return noticeToAffected.test(words) || forSearchAndRescue.test(words) || disseminatesToAll(model) || opensToThePublic(model) || notifiesNonParties(model, channel);
}

/**
 * Whether a protocol sends a notification through the channel to addressees that are not parties,
 * stated, not read from words: recipients described in the text's words (`notify "all States whose
 * interests are affected …" … via C`) or a non-party the text names (`non-party IAEA`).
 * What goes to them cannot be held to a use limit or a marking the instrument sets (VCLT Art. 34):
 * it is sent to be acted on and passed on, as the words of a notice to the affected States are.
 */
function notifiesNonParties(model: SemanticModel, channel: Channel): boolean {
  const id = channel.id?.text;
  if (!id) return false;
  return model.ast.protocols.some((p) =>
    p.notifications.some((n) => n.deadline?.via?.text === id && (n.describedRecipients.length > 0 || n.recipients.some((r) => !model.party(r.text) && model.resolve('non-party', r.text) !== undefined))),
  );
}
