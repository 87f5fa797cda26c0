/**
 * `subsequently … or on entry-into-force whichever is later`, as the UN conventions word it: "For
 * each State … ratifying, accepting, approving or acceding to this Convention after the deposit of
 * the thirtieth instrument of such action, this Convention shall enter into force on the thirtieth
 * day after the date of deposit by such State … of the relevant instrument or on the date this
 * Convention enters into force pursuant to paragraph 1 of this article, whichever is later" (UNCAC
 * Art. 68(2)). The States it speaks of are those that consent once the threshold of `effect` is
 * reached, before its entry into force too; the paragraph follows the one on entry into force
 * (header-clauses.ts), so "the preceding paragraph" is that one.
 */
import type { EffectClause, Instrument, LaterOf } from '../ast/nodes';
import type { RenderContext } from './construct';

/**
 * The sentence, given the State's own date as the header words it (`own`), the act it counts from
 * where that is one means of consent (`act`: "ratifies this Convention"; the States spoken of are
 * those that perform it, header-clauses.ts) and how the threshold event of `effect` is written
 * (`anchor`: "the date on which thirty States have expressed …").
 */
export function laterOfSentence(l: LaterOf, own: string, act: string | undefined, anchor: (effect: EffectClause, event: string) => string, h: Instrument, r: RenderContext): string {
  const e = h.effect;
  const event = e?.event?.value ?? e?.event?.text;
  const threshold = e && event && e.count !== undefined ? anchor(e, event) : undefined;
  const who = threshold ? `after ${threshold}` : e ? 'after the conditions for its entry into force have been met' : 'after its adoption';
  const inForce = r.treaty ? 'enters into force' : 'comes into effect';
  const other = l.event?.value === 'entry-into-force' ? (e ? `on the date this ${r.self} ${inForce} in accordance with the preceding paragraph` : `on the date of its entry into force`) : r.placeholder('other date');
  const which = l.which?.value === 'later' ? 'whichever is later' : r.placeholder('whichever is later');
  return `For each State that ${act ?? `expresses its consent to be bound by this ${r.self}`} ${who}, this ${r.self} ${r.will} ${r.enterIntoForce} ${own} or ${other}, ${which}.`;
}
