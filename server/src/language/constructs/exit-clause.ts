/**
 * The exit clause a header's `termination` / `denunciation` / `withdrawal` statement becomes: who may
 * leave, to whom the notice goes, and from whose receipt the notice period runs.
 */
import type { Instrument } from '../ast/nodes';
import type { Paragraph, RenderContext } from './construct';
import { terminationTiming } from './duration-clause';

/** How the instrument is left: an MoU is discontinued; a treaty terminated, denounced or withdrawn from, as the header says. */
export function exitWords(h: Instrument, r: RenderContext): { heading: string; verb: string; noun: string; object: string } {
  const This = `this ${r.self}`;
  if (!r.treaty) return r.signatories > 2 ? { heading: 'Discontinuation', verb: 'discontinue its participation in', noun: 'Discontinuation', object: This } : { heading: 'Discontinuation', verb: 'discontinue', noun: 'Discontinuation', object: This };
  const keyword = h.termination?.keyword.value;
  if (keyword === 'withdrawal') return { heading: 'Withdrawal', verb: 'withdraw from', noun: 'Withdrawal', object: This };
  if (keyword === 'denunciation' || (keyword !== 'termination' && r.signatories > 2)) return { heading: 'Denunciation', verb: 'denounce', noun: 'Denunciation', object: This };
  // Among three or more, one Party terminates the treaty only as far as it is concerned (r94, defect 1).
  return { heading: 'Termination', verb: 'terminate', noun: 'Termination', object: r.signatories > 2 ? `${This} as far as it is concerned` : This };
}

/**
 * To whom the notice goes (`to`, after "by notification"), and whose receipt the period runs from
 * where the sentence must say it (`by`, after "receipt of the notification").
 *
 * - Two signatories: the other one.
 * - A treaty with a depositary: the Depositary (VCLT Art. 78(a)); its receipt counts, as in the
 *   Convention on Nuclear Safety, Art. 33(2) (BWBV0001256) and the Basel Convention, Art. 27(2)
 *   (BWBV0002081).
 * - Three or more and no depositary, treaty or MoU: the notice goes to each of the others (VCLT
 *   Art. 67(2): "an instrument communicated to the other parties"; Art. 78(a): "if there is no
 *   depositary, be transmitted direct to the States for which it is intended"), as the real texts
 *   without one say: "upon written notice to the other parties and shall terminate 60 days after
 *   receipt of such notice" (Netherlands–United Nations and specialised agencies, technical
 *   assistance, Art. I(5), BWBV0004484); "Any stationing Party may withdraw from the Convention upon
 *   two years' notice to the other Parties" (exchange of notes of 25 September 1990 on the presence
 *   of foreign forces in Germany, para. 3, BWBV0004687). Each receipt is its own day (Art. 78(b):
 *   made "only upon its receipt by the State to which it was transmitted"), and neither text says
 *   whose counts: the first or the last receipt is the drafter's choice, so a blank (lr24, D7).
 * - A treaty whose single original is kept by someone (`deposited with`) but that designates no
 *   depositary: whether that custodian receives notifications as depositary or the Parties notify
 *   each other is the drafter's choice; the sentence names neither. Whose receipt counts then
 *   depends on that choice: the custodian's, or, where the other Parties are notified, each
 *   receipt is its own day (Art. 78(b)), as without a custodian — so a blank for it too (treaty
 *   lawyer lr26, D11: "six months after the date of receipt of the notification" left the day open).
 */
function receiver(h: Instrument, r: RenderContext): { to: string; by: string; byAtLeast: string } {
  if (r.signatories === 2) return { to: ` to the other ${r.participant}`, by: '', byAtLeast: '' };
  const depositaries = h.depositary?.values.length ?? 0;
  if (r.treaty && depositaries > 1) return { to: ' addressed to one of the Depositaries', by: '', byAtLeast: ' by the Depositary to which it is addressed' };
  if (r.treaty && depositaries === 1) return { to: ' addressed to the Depositary', by: '', byAtLeast: ' by the Depositary' };
  if (r.treaty && h.signature?.depositedWith) {
    const whose = ` ${r.placeholder(`by the custodian of the original, or by which of the other ${r.participants}: the first or the last to receive it`)}`;
    return { to: ` addressed to ${r.placeholder(`the custodian of the original, if it is to receive notifications as depositary, or the other ${r.participants}`)}`, by: whose, byAtLeast: whose };
  }
  const whose = ` ${r.placeholder(`by which of the other ${r.participants}: the first or the last to receive it`)}`;
  return { to: ` to the other ${r.participants}`, by: whose, byAtLeast: whose };
}

export function termination(h: Instrument, r: RenderContext): Paragraph[] {
  const t = h.termination;
  if (!t) return [];
  const words = exitWords(h, r);
  const who = r.signatories === 2 ? `Either ${r.participant}` : `Any ${r.participant}`;
  const { to, by, byAtLeast } = receiver(h, r);
  const notification = r.treaty ? 'notification' : 'notice';
  // A tacit renewal for a period the header does not state: when the right runs is a blank; an
  // indefinite extension: the right runs after the initial period, and that period is a blank (duration-clause.ts).
  const when = terminationTiming(h, r);
  const subject = when.opening ? `${when.opening}${who.charAt(0).toLowerCase()}${who.slice(1)}` : who;
  const first = `${subject} may ${words.verb} ${words.object}${when.within} by ${notification}${to}${when.closing}.`;
  const notice = t.notice ? r.quantity(t.notice) : r.placeholder('period of notice');
  // Among three or more, leaving takes effect for the one that leaves; the instrument stays in force for the others (r94, defect 1).
  const forIt = r.signatories > 2 ? ` for that ${r.participant}` : '';
  // `with notice of at least 6 months`: the notice is a minimum, so the one leaving may choose a later
  // day. The sentence fixes the day where the notification names none, the notice after its receipt,
  // and lets it name a later one (lr23, D6: "on the date stated in the notification" left no day
  // where it stated none); among three or more, for that one only (lr22, D10). The formula of the
  // Convention on Nuclear Safety, Art. 33(2) ("Denunciation shall take effect one year following the
  // date of the receipt of the notification by the Depositary, or on such later date as may be
  // specified in the notification"; read: BWBV0001256) and the Basel Convention, Art. 27(2) (BWBV0002081).
  if (t.notice && t.noticeMinimum) return [`${first} ${words.noun} ${r.will} take effect${forIt} ${notice} after receipt of the ${notification}${byAtLeast}, or on such later date as the ${notification} may specify.`];
  return [`${first} ${words.noun} ${r.treaty ? 'shall take' : 'will take'} effect${forIt} ${notice} after the date of receipt of the ${notification}${by}.`];
}
