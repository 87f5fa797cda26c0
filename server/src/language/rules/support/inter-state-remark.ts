/**
 * A channel among a class of States (a multilateral treaty's parties) whose text only asks them to
 * endeavour to share, or makes what they send public: a missing point of contact there is a note,
 * not a warning (forty-eighth run, items 1–2).
 *
 * "each Party shall endeavour to: … provide to other Parties upon request information relevant to
 * any potential environmental risk"; "Each Party undertakes, to the extent possible, to share
 * information that may be helpful to other Parties"; annual reports "shall be circulated to all
 * Parties and to the Committee, considered at the next Antarctic Treaty Consultative Meeting, and
 * made publicly available" (Protocol on Environmental Protection to the Antarctic Treaty 1991, Arts.
 * 6(1)(c), 6(2), 17(2); read: BWBV0001835). Between States a request or a report goes through the
 * channels States use with one another unless the text names others; where no one can be held to
 * send, or what is sent is published, a named contact is good practice, not something the text
 * lacks. A duty to send that is not hedged, a time limit, an incident protocol that notifies
 * through the channel, a bilateral channel, or an end that is not a State keeps the warning.
 *
 * The same holds where the instrument makes the information public itself: "Each Party shall
 * ensure public access to information contained in its pollutant release and transfer register,
 * without an interest having to be stated" (PRTR Protocol 2003, Art. 11(1); read: BWBV0002912),
 * with the Parties to "cooperate and assist each other … c) In sharing information under this
 * Protocol on releases and transfers within border areas" (Art. 16(1); forty-ninth run, item 4).
 * The regional economic integration organisations a treaty admits as a class of Parties beside the
 * States (Art. 24) are Parties like them, reached as they are; a named organisation or authority is not.
 */
import type { Channel } from '../../ast/nodes';
import { isStateKind } from '../../ast/vocabulary';
import type { SemanticModel } from '../../model/semantic-model';
import { duty, sendingWord } from './permissive-forwarding';
import { publicUnderTheInstrument } from './passed-on';
import { singleSpaced } from '../../util/single-spaced';

/** Why the exchange needs no addressee here; `words`, the hedges as the message cites them (the text's in quotes, declared ones as code). */
export type AddresseeNotNeeded = { readonly why: 'hedged'; readonly words: readonly string[] } | { readonly why: 'published' } | { readonly why: 'public-register' };

/** "shall endeavour to", "to the extent possible", "as far as practicable", "best efforts": a duty to try. */
const effortOnly = /\bendeavou?r\s+to\b|\bto\s+the\s+(?:extent|degree)\s+(?:possible|practicable|feasible)\b|\bas\s+far\s+as\s+(?:possible|practicable)\b|\bbest\s+efforts?\b/i;

/**
 * The declared hedges that make the whole exchange a matter of effort. Not `on-request` (a request
 * is answered), nor `as-appropriate`: "shall, as appropriate, cooperate with one another by
 * exchanging information" leaves the choice of what to share, not whether to try (UN Trafficking
 * Protocol 2000, Art. 10(1); its reviewer judged the warning debatable for other reasons).
 */
const effortHedges = new Set(['when-practical', 'to-the-extent-possible']);

/**
 * A class of States, or more than two States, and nothing else at its ends but a class of
 * international organisations that are Parties beside them (the REIOs of a UN treaty).
 */
export function amongStates(model: SemanticModel, channel: Channel): boolean {
  const members = [...new Set(channel.members.map((m) => m.text))];
  const parties = members.map((m) => model.party(m));
  const statesOrTheirPeers = (p: (typeof parties)[number]) =>
    p !== undefined && (isStateKind(p.effective.kind?.value) || (p.effective.kind?.value === 'international-organisation' && p.classOf !== undefined));
  if (parties.length === 0 || !parties.every(statesOrTheirPeers) || !parties.some((p) => isStateKind(p?.effective.kind?.value))) return false;
  return members.length > 2 || parties.some((p) => p?.classOf !== undefined && isStateKind(p.effective.kind?.value));
}

/** An incident protocol whose notifications, reports or escalations run through the channel: someone must be reached in time. */
export function notifiedThrough(model: SemanticModel, channel: Channel): boolean {
  const id = channel.id?.text;
  if (id === undefined) return false;
  return model.ast.protocols.some((protocol) =>
    [...protocol.notifications, ...protocol.reports, ...protocol.escalations].some((step) => step.deadline?.via?.text === id),
  );
}

/**
 * The hedges of the channel's words where every sentence that speaks of sending is hedged ("shall
 * endeavour to: … provide", "undertakes, to the extent possible, to share"); undefined where one is
 * not, or none speaks of sending.
 */
function hedgedWords(sentences: readonly string[]): string[] | undefined {
  if (sentences.length === 0) return undefined;
  const hedges = sentences.map((s) => effortOnly.exec(s)?.[0]);
  return hedges.every((h) => h !== undefined) ? [...new Set(hedges.map((h) => h!.toLowerCase()))] : undefined;
}

/** Whether, and why, the channel's ends need no named contact for the exchange to work. */
export function addresseeNotNeeded(model: SemanticModel, channel: Channel): AddresseeNotNeeded | undefined {
  if (channel.deadlines.length > 0 || !amongStates(model, channel) || notifiedThrough(model, channel)) return undefined;
  if (channel.onwardSharing?.value === 'public') return { why: 'published' };
  if (publicUnderTheInstrument(model, channel)) return { why: 'public-register' };
  const sentences = singleSpaced(channel.hedgeText?.value ?? '')
    .split(/(?<=[.;])\s+/)
    .filter((s) => sendingWord.test(s));
  // A duty to send in words of its own ("shall forthwith notify") is no effort, whatever the header word says.
  if (sentences.some((s) => !effortOnly.test(s) && duty.test(s))) return undefined;
  const declared = channel.hedges.filter((h) => h.value !== undefined && effortHedges.has(h.value)).map((h) => `\`${h.value}\``);
  if (declared.length > 0) return { why: 'hedged', words: declared };
  const words = hedgedWords(sentences);
  return words ? { why: 'hedged', words: words.map((w) => `"${w}"`) } : undefined;
}
