/**
 * The duration article generated from the header (`duration 10 years renewable tacitly for 5 years
 * unless notice of at least 6 months`), and what it tells the termination article: a clause says
 * what the header states and nothing more (header-clauses.ts).
 *
 * A renewal period is printed only where the header declares one (`for …`). The real texts renew in
 * different ways: "automatically renewed thereafter each time for a further period of three years"
 * (NL–India technical cooperation 1983, Art. 8; read: BWBV0002676), "tacitly renewed for a further
 * period of one year" (NL–Sri Lanka 1981, Art. VII(2); BWBV0002681), but "extended for an indefinite
 * period, each Contracting Party reserving the right to terminate the Agreement upon notice of at
 * least six months" (NL–Egypt economic and technical cooperation 1975, Art. VII(2); BWBV0004723),
 * "extended tacitly for an indefinite period" (NL–Jordan 1978; BWBV0003869) and "continue in force
 * thereafter for an unlimited period. After the expiry of the period of ten years the present
 * Agreement may be terminated at any time" (NL–Thailand 1972, Art. XIV(2); BWBV0003531). The export
 * printed "renewed tacitly for further periods of ten years" for `renewable tacitly` with no `for`
 * (hundred-and-sixth run, defect 3): fixed terms where the drafter may mean an open-ended extension.
 * Without `for`, a renewal the Parties may decide names no period, and an automatic or tacit one
 * leaves the period a blank; beside it the termination article leaves blank whether the right runs
 * from the start or only after the initial term, since those texts allow it only after.
 *
 * `for indefinite period` states the open-ended extension in those texts' words: "It shall be
 * extended tacitly for an indefinite period, unless either Party gives notice of non-renewal at least
 * six months before the end of the initial period" (one extension, so the notice is tied to the
 * initial period, not to "the current period" of a renewal that recurs). The termination article
 * then says what the header states of the extension — a Party may leave it on the notice the
 * `termination` statement gives, "each Contracting Party reserving the right to terminate the
 * Agreement upon notice of at least six months" (NL–Egypt 1975 Art. VII(2), NL–Jordan 1978 Art.
 * 9(3)) — and leaves a blank for the initial period, on which the header is silent and those texts
 * give no right: a right to leave it is never printed.
 */
import type { DurationClause, Instrument } from '../ast/nodes';
import type { Paragraph, RenderContext } from './construct';

export function duration(h: Instrument, r: RenderContext): Paragraph[] {
  const d = h.duration;
  if (!d) return [];
  const This = `This ${r.self}`;
  const inForce = r.treaty ? 'in force' : 'in effect';
  if (d.indefinite) return [r.treaty ? `${This} is concluded for an indefinite period.` : `${This} will remain in effect for an indefinite period.`];
  const term = d.term ? r.quantity(d.term) : r.placeholder('term');
  const result = [`${This} ${r.will} remain ${inForce} for a period of ${term}.`];
  // `renewable` says that the term can be renewed, not how or by whom: the text says no more;
  // `automatically` or `tacitly` says how, `for …` for how long, and `unless …` what stops it.
  const further = d.renewalTerm ? `further periods of ${r.quantity(d.renewalTerm)}` : undefined;
  const mode = d.renewal?.value;
  if (d.renewable && extendedIndefinitely(d)) result.push(`It ${mode ? `${r.will} be extended ${mode}` : 'may be extended'} for an indefinite period${unless(d.unless, r, 'initial')}.`);
  else if (d.renewable && !mode) result.push(`It may be renewed${further ? ` for ${further}` : ''}${unless(d.unless, r, 'current')}.`);
  else if (d.renewable) result.push(`It ${r.will} be renewed ${mode} for ${further ?? r.placeholder('further periods of …, or an indefinite period')}${unless(d.unless, r, 'current')}.`);
  return [result.join(' ')];
}

/** `renewable … for indefinite period`: one extension with no end. */
export const extendedIndefinitely = (d: DurationClause): boolean => d.renewalIndefinite?.indefinite.value === 'indefinite';

/** When the termination article's right runs, where the duration says: words before the sentence, and after the object. */
export interface TerminationTiming {
  /** "After the initial period of ten years, " (the sentence's subject follows, lower-cased). */
  readonly opening: string;
  /** Before "by notification": a blank for when the right may be used. */
  readonly within: string;
  /** After the sentence: a blank for what the header does not say. */
  readonly closing: string;
}

/**
 * Where the `termination` statement says the right runs only after the initial period (`termination
 * after initial period`), the sentence opens with it and nothing is left blank: "After the initial
 * period of two years, either Party may terminate …", NL–Bangladesh 1977 Art. VI(b)'s "Each
 * Government shall then have the right to denounce the Agreement at any time giving three months'
 * notice" (read: BWBV0005634), "then" being once the initial period of two years has ended. Where
 * the header extends a fixed term for an indefinite period, the right runs in the extension and the
 * initial period is a blank (see above); where it renews the term automatically or tacitly for a
 * period it does not state, when the right may be used is a blank; otherwise nothing.
 */
export function terminationTiming(h: Instrument, r: RenderContext): TerminationTiming {
  const none = { opening: '', within: '', closing: '' };
  const d = h.duration;
  const after = h.termination?.afterInitial;
  if (after) {
    // A misspelt word (value-out-of-range) says nothing of when: a blank, never a right from the start.
    if (after.initial.value !== 'initial') return { opening: '', within: ` ${r.placeholder('when a Party may do so, in the text’s words')}`, closing: '' };
    return { opening: `After the initial period of ${d?.term ? r.quantity(d.term) : r.placeholder('initial period')}, `, within: '', closing: '' };
  }
  if (!d?.term || !d.renewable) return none;
  const initial = `the initial period of ${r.quantity(d.term)}`;
  if (extendedIndefinitely(d)) return { opening: `After ${initial}, `, within: '', closing: ` ${r.placeholder(`whether it may do so during ${initial}, in the text’s words`)}` };
  if (!d.renewal?.value || d.renewalTerm) return none;
  return { opening: '', within: ` ${r.placeholder(`at any time, or only after ${initial}`)}`, closing: '' };
}

/**
 * `unless notice of at least 6 months` · `unless decided otherwise`: what stops a renewal, as stated.
 * The notice is given before the end of the `current` period of a recurring renewal, or of the
 * `initial` period before an indefinite extension.
 */
function unless(u: DurationClause['unless'], r: RenderContext, period: 'current' | 'initial'): string {
  if (!u) return '';
  if (u.byNotice) {
    const before = u.notice ? ` ${u.noticeMinimum ? 'at least ' : ''}${r.quantity(u.notice)} before the end of the ${period} period` : '';
    if (r.signatories === 2) return `, unless either ${r.participant} gives notice of non-renewal${before}`;
    // Among three or more, a notice of non-renewal takes out the one that gives it; the others renew
    // ("for such Contracting Parties as have not denounced it", European Interim Agreement on Social
    // Security 1953, Art. 16): "unless any Party gives notice" read as one Party ending it for all (r94, defect 1).
    return ` for the ${r.participants} that have not given notice of non-renewal${before}; such a notice ${r.will} take effect only for the ${r.participant} that gives it, at the end of ${u.notice ? 'that' : `the ${period}`} period`;
  }
  return u.words.length > 0 ? `, unless ${u.words.map((w) => w.text).join(' ')}` : '';
}
