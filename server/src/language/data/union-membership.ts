/**
 * Membership of the Union at a date: when each Member State joined, and when the United Kingdom
 * left. The rules that speak of an instrument "concluded by a Member State" or "with a third
 * country" ask it on the instrument's date of conclusion (model/conclusion.ts), not of today's list
 * (`euMemberStates`): Croatia concluding a treaty in 2010 was not a Member State (who-is-bound
 * review, probe 12d), and the United Kingdom in 2019 was one (probe 12e).
 *
 * Sources, one per date (fifty-sixth run, item 1: every date printed, and each named here).
 * Read in the Dutch treaty series (statengeneraal/laws-markdown @91556a80), each the accession
 * treaty's article that fixes its entry into force "mits alle akten van bekrachtiging voor die datum
 * zijn neergelegd" (that they were is not in those texts):
 *   Greece, 1 January 1981 — Accession Treaty of Athens, 28 May 1979, Art. 2 (read: BWBV0006410);
 *   Spain and Portugal, 1 January 1986 — Treaty of 12 June 1985, Art. 2(2) (read: BWBV0002952);
 *   the ten States of 2004, 1 May 2004 — Treaty of Athens, 16 April 2003, Art. 2(2) (read: BWBV0001642);
 *   Bulgaria and Romania, 1 January 2007 — Treaty of Luxembourg, 25 April 2005, Art. 4(2) (read:
 *     BWBV0001819; its 1 January 2008 alternative, on a Council decision under Art. 39 of the Act or
 *     Protocol, was not taken — from the Official Journal's notice of entry into force, not read);
 *   Croatia, 1 July 2013 — Treaty of Brussels, 9 December 2011, Art. 3(3) (read: BWBV0005638).
 * Not in the series (its index and link targets searched for the accession treaties; only the Dutch
 * approval act of the 1994 Treaty, BWBR0007121, which fixes no date): Denmark, Ireland and the
 * United Kingdom, 1 January 1973 — Treaty of Brussels of 22 January 1972, Art. 2 (OJ L 73,
 * 27.3.1972), not read; Austria, Finland and Sweden, 1 January 1995 — Treaty of Corfu of 24 June
 * 1994, Art. 2(2), as adjusted by Council Decision 95/1/EC (OJ L 1, 1.1.1995), not read; the United
 * Kingdom's withdrawal on 31 January 2020 and the end of the transition period on 31 December 2020 —
 * the Withdrawal Agreement, Arts. 126 and 185 (OJ L 29, 31.1.2020), not read (as the who-is-bound
 * review states them).
 * TFEU Art. 351 (read: Dutch text BWBV0001506, snapshot 2014-10-03) dates the agreements it
 * protects by "vóór 1 januari 1958 of, voor de toetredende staten, vóór de datum van hun
 * toetreding": the founders' date here is 1 January 1958 for that reason.
 */
import { euMemberStates } from '../ast/vocabulary';
import { monthNames } from '../util/month-names';
import { europeanTerritory } from './realms';

/** A day as the model carries it (timing.ts `Day`), compared as yyyymmdd. */
export interface MembershipDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const key = (d: MembershipDay) => d.year * 10000 + d.month * 100 + d.day;

/** Accession dates, yyyymmdd (founders: 19580101, the date TFEU Art. 351 names). Sources: the comment above. */
const accession: Readonly<Record<string, number>> = {
  BE: 19580101, DE: 19580101, FR: 19580101, IT: 19580101, LU: 19580101, NL: 19580101,
  DK: 19730101, IE: 19730101, GB: 19730101,
  GR: 19810101, ES: 19860101, PT: 19860101,
  AT: 19950101, FI: 19950101, SE: 19950101,
  CY: 20040501, CZ: 20040501, EE: 20040501, HU: 20040501, LV: 20040501, LT: 20040501, MT: 20040501, PL: 20040501, SK: 20040501, SI: 20040501,
  BG: 20070101, RO: 20070101,
  HR: 20130701,
};

/** The accession date as yyyymmdd (the table above), for ordering States by it. */
export function accessionKey(jurisdiction: string | undefined): number | undefined {
  return jurisdiction ? accession[jurisdiction] : undefined;
}

/** The day a State ceased to be a Member State, and the day Union law ceased to apply to it (transition). */
const withdrawal: Readonly<Record<string, { left: number; gone: number; leftWords: string; lawUntil: number; lawUntilWords: string }>> = {
  // `gone`: the first day it was no longer a Member State (it still was on the day it left).
  GB: { left: 20200131, gone: 20200201, leftWords: '31 January 2020', lawUntil: 20201231, lawUntilWords: '31 December 2020' },
};

export type MembershipOnDay = 'member' | 'before-accession' | 'withdrawn' | 'never';

/** Whether the State with this code was a Member State on the day (undefined day: today's list). */
export function membershipOn(jurisdiction: string | undefined, day: MembershipDay | undefined): MembershipOnDay {
  if (!jurisdiction) return 'never';
  const joined = accession[jurisdiction];
  if (joined === undefined) return 'never';
  if (!day) return euMemberStates.has(jurisdiction) ? 'member' : 'withdrawn';
  if (key(day) < joined) return 'before-accession';
  const left = withdrawal[jurisdiction];
  return left && key(day) > left.left ? 'withdrawn' : 'member';
}

/** The day a State acceded (the table above), and, for one that has left, the first day it was no longer a Member State: the days its membership changed, for dating consent against them. */
export function membershipChanges(jurisdiction: string | undefined): { readonly joined?: MembershipDay; readonly gone?: MembershipDay } {
  const joined = jurisdiction ? accession[jurisdiction] : undefined;
  const left = jurisdiction ? withdrawal[jurisdiction] : undefined;
  const asDay = (k: number): MembershipDay => ({ year: Math.floor(k / 10000), month: Math.floor(k / 100) % 100, day: k % 100 });
  return { ...(joined !== undefined ? { joined: asDay(joined) } : {}), ...(left ? { gone: asDay(left.gone) } : {}) };
}

export function isMemberStateOn(jurisdiction: string | undefined, day: MembershipDay | undefined): boolean {
  return membershipOn(jurisdiction, day) === 'member';
}

/** The accession date in words ("1 July 2013"), for messages. */
export function accessionWords(jurisdiction: string): string | undefined {
  const joined = accession[jurisdiction];
  if (joined === undefined) return undefined;
  return `${joined % 100} ${monthNames[Math.floor(joined / 100) % 100 - 1]} ${Math.floor(joined / 10000)}`;
}

/** For a State that has left: when it left and when Union law ceased to apply to it, in words. */
export function withdrawalWords(jurisdiction: string | undefined): { left: string; lawUntil: string } | undefined {
  const w = jurisdiction ? withdrawal[jurisdiction] : undefined;
  return w ? { left: w.leftWords, lawUntil: w.lawUntilWords } : undefined;
}

/** NIS2 (Directive (EU) 2022/2555) was adopted on 14 December 2022 (date from the who-is-bound brief): it cannot be cited for an earlier day. */
export function nis2ExistedOn(day: MembershipDay | undefined): boolean {
  return !day || key(day) >= 20221214;
}

/**
 * What the Union was called, and its law, on the day (ISO 8601): "the European Communities" before
 * the Treaty on European Union took effect (1 November 1993), and "Community law" before the Treaty
 * of Lisbon did (1 December 2009) — dates from memory (twentieth real-instrument run: the
 * Netherlands–United Kingdom letters of 1986 were concluded between two Member States of the
 * European Communities).
 */
export function unionNamesOn(isoDay: string): { readonly union: string; readonly law: string } {
  return { union: isoDay < '1993-11-01' ? 'the European Communities' : 'the European Union', law: isoDay < '2009-12-01' ? 'Community law' : 'Union law' };
}

/**
 * Whether the Union had a name on the day (ISO 8601): none before the Treaty of Rome took effect
 * (1 January 1958, the founders' date above), so a clause on its law has no words for a treaty
 * concluded earlier.
 */
export function unionExistedOn(isoDay: string): boolean {
  return isoDay >= '1958-01-01';
}

/**
 * What a European territory for whose external relations a Member State is responsible was and is
 * to the Union, for messages, date-free: "Gibraltar, to which the Treaties applied while GB was a
 * Member State, TFEU Art. 355(3), and outside the Union since GB withdrew on 31 January 2020, Union
 * law applying there until 31 December 2020"; as a destination of data, the last part only (data/realms.ts, `europeanTerritory`; hundred-and-sixteenth
 * run, defect 4). Undefined for any other code.
 */
export function europeanTerritoryWords(code: string | undefined, as: 'party' | 'destination' = 'party'): string | undefined {
  const territory = europeanTerritory(code);
  if (!territory) return undefined;
  const left = withdrawalWords(territory.state);
  if (as === 'destination') return left ? `${territory.name}, outside the Union since ${territory.state} withdrew on ${left.left}` : territory.name;
  const status = `to which the Treaties applied while ${territory.state} was a Member State, TFEU Art. 355(3)`;
  return left ? `${territory.name}, ${status}, and outside the Union since ${territory.state} withdrew on ${left.left}, Union law applying there until ${left.lawUntil}` : `${territory.name}, ${status}`;
}
