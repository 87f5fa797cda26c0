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
  if (d.renewable && !d.renewal?.value) result.push(`It may be renewed${further ? ` for ${further}` : ''}${unless(d.unless, r)}.`);
  else if (d.renewable) result.push(`It ${r.will} be renewed ${d.renewal?.value === 'tacitly' ? 'tacitly' : 'automatically'} for ${further ?? r.placeholder('further periods of …, or an indefinite period')}${unless(d.unless, r)}.`);
  return [result.join(' ')];
}

/**
 * Where the header renews the term automatically or tacitly for a period it does not state, the
 * words the termination article puts before "by notification": a blank for when the right may be
 * used (see above); otherwise nothing.
 */
export function terminationFrom(h: Instrument, r: RenderContext): string {
  const d = h.duration;
  if (!d?.term || !d.renewable || !d.renewal?.value || d.renewalTerm) return '';
  return ` ${r.placeholder(`at any time, or only after the initial period of ${r.quantity(d.term)}`)}`;
}

/** `unless notice of at least 6 months` · `unless decided otherwise`: what stops a renewal, as stated. */
function unless(u: DurationClause['unless'], r: RenderContext): string {
  if (!u) return '';
  if (u.byNotice) {
    const period = u.notice ? ` ${u.noticeMinimum ? 'at least ' : ''}${r.quantity(u.notice)} before the end of the current period` : '';
    if (r.signatories === 2) return `, unless either ${r.participant} gives notice of non-renewal${period}`;
    // Among three or more, a notice of non-renewal takes out the one that gives it; the others renew
    // ("for such Contracting Parties as have not denounced it", European Interim Agreement on Social
    // Security 1953, Art. 16): "unless any Party gives notice" read as one Party ending it for all (r94, defect 1).
    return ` for the ${r.participants} that have not given notice of non-renewal${period}; such a notice ${r.will} take effect only for the ${r.participant} that gives it, at the end of ${u.notice ? 'that' : 'the current'} period`;
  }
  return u.words.length > 0 ? `, unless ${u.words.map((w) => w.text).join(' ')}` : '';
}
