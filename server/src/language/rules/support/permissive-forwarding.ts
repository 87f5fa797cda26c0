/**
 * A channel between States whose only words are a permission to forward, or an endeavour to permit
 * forwarding, made subject to domestic law, with no duty on anyone to send: "Without prejudice to
 * its domestic law, each State Party shall endeavour to take measures to permit it to forward … information on
 * proceeds of offences … to another State Party without prior request" (UN Convention against
 * Corruption 2003, Art. 56, read: BWBV0001830); "Without prejudice to domestic law, the competent
 * authorities of a State Party may, without prior request, transmit information relating to
 * criminal matters" (Art. 46(4)). The text names no ends but the States ("each State Party … to
 * another State Party") and leaves who forwards and who receives to domestic law on purpose: no
 * one need send anything, so there is no exchange whose ends a point of contact would serve (treaty
 * lawyer's check lr1, 2026-12-05, point 1b). Art. 46(13)'s central authorities receive requests for
 * mutual legal assistance only. A channel with a duty to send ("shall forthwith notify", Early
 * Notification Convention 1986, Art. 2; "shall be transmitted to the central authorities", UNCAC
 * Art. 46(13)), a time limit, or ends that are not States is not this.
 */
import type { Channel } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { singleSpaced } from '../../util/single-spaced';

/** Sending, in the verb forms a permission or a duty takes. */
const sending = String.raw`(?:transmit(?:s|ted)?|forward(?:s|ed)?|provid(?:e|es|ed)|send(?:s)?|sent|communicat(?:e|es|ed)|notif(?:y|ies|ied)|inform(?:s|ed)?|exchang(?:e|es|ed)|shar(?:e|es|ed)|report(?:s|ed)?|suppl(?:y|ies|ied)|furnish(?:es|ed)?|disclos(?:e|es|ed)|pass(?:es|ed)?\s+on)`;

/** A word of sending, in any of those forms (also read by inter-state-remark.ts). */
export const sendingWord = new RegExp(String.raw`\b${sending}\b`, 'i');

/** "may, without prior request, transmit"; "shall endeavour to take measures to permit it to forward". */
const permission = new RegExp(String.raw`\bmay\b[^.;]{0,80}?\b${sending}\b|\bendeavou?r\s+to\b[^.;]{0,80}?\b${sending}\b`, 'i');

/**
 * A duty to send: "shall forthwith notify", "shall be transmitted", "undertakes to provide". A
 * "shall" followed at once by "endeavour" is an endeavour, and "shall not" a prohibition.
 */
export const duty = new RegExp(
  String.raw`\b(?:shall|must|will|undertakes?\s+to|agrees?\s+to|(?:is|are)\s+(?:obliged|required|bound)\s+to)\b(?!\s+not\b)(?!\s+endeavou?r\b)[^.;]{0,120}?\b${sending}\b`,
  'i',
);

/** "Without prejudice to (its) domestic law", "subject to (its) national law": the words of the hedge. */
const domesticLaw = /\b(?:without\s+prejudice\s+to|subject\s+to|in\s+accordance\s+with|consistent\s+with)\s+(?:its\s+|their\s+(?:respective\s+)?)?(?:own\s+)?(?:domestic|national|internal)\s+law\b/i;

/** Whether the channel's ends are States (and only States) and its only words permit forwarding under domestic law. */
export function onlyPermitsForwardingUnderDomesticLaw(model: SemanticModel, channel: Channel): boolean {
  if (!channel.hedges.some((h) => h.value === 'subject-to-national-law') || channel.deadlines.length > 0) return false;
  // `modality shall` declares a duty to send, whatever the words say. `may` or `shall-endeavour`
  // declares a permission or an endeavour: the words need not say it again, but none of them may
  // bind anyone to send.
  const modality = channel.modality?.value;
  if (modality === 'shall') return false;
  const declaredPermission = modality === 'may' || modality === 'shall-endeavour';
  const words = singleSpaced(channel.hedgeText?.value ?? '');
  if (!domesticLaw.test(words)) return false;
  // Every sentence that speaks of sending permits it ("The Parties exchange …" is a duty in a
  // treaty's present tense), and none binds anyone to send.
  const sentences = words.split(/(?<=[.;])\s+/).filter((s) => sendingWord.test(s));
  if (sentences.some((s) => duty.test(s))) return false;
  if (!declaredPermission && (sentences.length === 0 || !sentences.every((s) => permission.test(s)))) return false;
  return channel.members.length > 0 && channel.members.every((m) => model.party(m.text)?.effective.kind?.value === 'state');
}
