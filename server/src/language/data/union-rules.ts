/**
 * When the Union rules the checker names came to be, for rules that ask whether an instrument was
 * concluded before them (fifty-second real-instrument run: a note on "matters Union rules cover"
 * asked for a Council authorisation for a double-taxation agreement of 1991, when no Union existed).
 *
 * Sources.
 * - GDPR (Regulation (EU) 2016/679): "Done at Brussels, 27 April 2016"; "This Regulation shall
 *   enter into force on the twentieth day following that of its publication" and "It shall apply
 *   from 25 May 2018" (Art. 99(1)–(2)); "International agreements involving the transfer of
 *   personal data to third countries or international organisations which were concluded by
 *   Member States prior to 24 May 2016, and which comply with Union law as applicable prior to that
 *   date, shall remain in force until amended, replaced or revoked" (Art. 96). Read: the Formex text
 *   of the Official Journal, maastrichtlawtech/eur-lex-visualiser, src/__fixtures__/gdpr.fmx.xml.
 * - Law Enforcement Directive (Directive (EU) 2016/680), Art. 61: the same for agreements in the
 *   field of judicial cooperation in criminal matters and police cooperation concluded before 6 May
 *   2016 — not read in its text (its rule as the EDPB recalls it, Statement 04/2021).
 * - The Treaty on European Union, "op 7 februari 1992 te Maastricht tot stand gekomen" (Rijkswet of
 *   17 December 1992, BWBR0005772, read), enters into force on 1 January 1993 if every instrument of
 *   ratification is deposited, otherwise on the first day of the month after the last deposit (Art.
 *   54(2) of the consolidated text, BWBV0001507, read); that this was 1 November 1993 is from memory
 *   (data/union-membership.ts `unionNamesOn` uses the same day).
 */
import type { MembershipDay } from './union-membership';

export interface KeptInForceCutoff {
  /** The day, as UTC milliseconds. */
  readonly time: number;
  readonly date: string;
  readonly article: string;
}

/** GDPR Art. 96 and LED Art. 61: agreements concluded by Member States before these dates stay in force. */
/** By transfer regime (model/applicability.ts `TransferRegime`; a string here, so that data/ imports nothing from model/). */
export const grandfatheredBefore: Readonly<Record<string, KeptInForceCutoff | undefined>> = {
  GDPR: { time: Date.UTC(2016, 4, 24), date: '24 May 2016', article: 'GDPR Art. 96' },
  LED: { time: Date.UTC(2016, 4, 6), date: '6 May 2016', article: 'Art. 61 of the Law Enforcement Directive' },
};

/** The Treaty on European Union took effect on this day (see above): before it there was no Union and no Union rule. */
export const unionFounded = { iso: '1993-11-01', words: '1 November 1993', day: { year: 1993, month: 11, day: 1 } } as const;

const utc = (day: MembershipDay) => Date.UTC(day.year, day.month - 1, day.day);
const iso = (day: MembershipDay) => `${String(day.year).padStart(4, '0')}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;

/** Whether the day precedes the Union itself. */
export function beforeTheUnion(day: MembershipDay): boolean {
  return iso(day) < unionFounded.iso;
}

/**
 * Whether the day precedes the transfer rules of every regime named (the day each regime's
 * grandfathering clause names): an agreement concluded then is one GDPR Art. 96 (LED Art. 61) keeps
 * in force, not one made under those rules. A regime with no such clause never predates.
 */
export function beforeTransferRules(day: MembershipDay, regimes: readonly string[]): boolean {
  return regimes.length > 0 && regimes.every((r) => {
    const cutoff = grandfatheredBefore[r];
    return cutoff !== undefined && utc(day) < cutoff.time;
  });
}

/**
 * The Treaty of Lisbon took effect on this day: the consolidated TFEU marks its amendments "per 1
 * december 2009" (read: BWBV0001506, e.g. Art. 155(2)). Before it, judicial cooperation in criminal
 * matters — mutual legal assistance among it — was the Union's third pillar, Title VI of the Treaty
 * on European Union (from memory; lr9, defect 7), where Member States made their own agreements with
 * third countries; no Council authorisation under the TFEU's rules is asked of a text concluded then.
 */
export const lisbonInForce = { iso: '2009-12-01', words: '1 December 2009', day: { year: 2009, month: 12, day: 1 } } as const;

/** Whether the day precedes the Treaty of Lisbon (and so Art. 82 TFEU). */
export function beforeLisbon(day: MembershipDay): boolean {
  return iso(day) < lisbonInForce.iso;
}
