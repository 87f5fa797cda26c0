/**
 * What `unknown-jurisdiction` says of a withdrawn ISO 3166-1 code (BU, CS, DD, SU, YU), and which
 * fix it offers. The words turn on what ISO's list says became of the country (ast/iso3166-3.ts):
 *
 * - renamed (BU, DY, HV, ZR): the same State under a new name, so its code of the time and its code
 *   now both name the party; calling the current code "a successor's" would tell a reviewer that a
 *   treaty with Burma does not bind Myanmar (lr26 D3);
 * - divided or merged (CS, DD, YD): the former State's own code, a successor's code naming another
 *   State as the party (r108 D1);
 * - continued (the USSR by the Russian Federation, Serbia and Montenegro by the Republic of Serbia):
 *   the continuing State's code names the same State, no "other State" (lr26 D3, lr27 D2); a text
 *   dated after the former name stopped answering (the USSR from 26 December 1991, its formal end)
 *   was not entered into under it, so no fix writes it (lr27 D3); one dated between the Alma-Ata
 *   Declaration and that end (22 to 25 December 1991) may have been the USSR's or not: the finding
 *   says so and writes no code either way (lr28 D9);
 * - a code that stood for two States in turn (YU: the SFRY, then the FRY, Serbia and Montenegro from 4
 *   February 2003) or was given twice (CS): which State was the party is a fact; the text's date
 *   settles it where only one State bore the name then, and the fix is then offered on a concluded
 *   text too: the jurisdiction is the transcription's record of who the party was, not a word of the
 *   treaty (lr26 D4, D5). "Another State" is said of the SFRY's and Czechoslovakia's successors only.
 *
 * Sources: see ast/iso3166-3.ts; the Russian Federation's continuation of the USSR's membership: the
 * Repertoire of the Practice of the Security Council 1989-1992 (read: ask.un.org, "Where can I find
 * the letters of 24 December 1991"): "the membership of the Union of Soviet Socialist Republics in
 * the United Nations … was being continued by the Russian Federation".
 */
import { formerCodesOf, formerCountry, formerCountryWords, formerShortName } from '../../ast/iso3166-3';
import type { Range } from '../../ast/positions';
import { andList } from '../../util/word-list';
import type { CodeFix } from '../rule';
import { replacementFixes } from './ordinary-helpers';

export interface FormerCodeAdvice {
  readonly message: string;
  readonly fixes: readonly CodeFix[];
  /** On a concluded text whose fixes are withheld: what the reviewer does instead (no amending instrument). */
  readonly onConcludedText?: string;
}

/** Why a concluded text's jurisdiction is corrected without an amending instrument: it records a fact, it is no word of the treaty (lr26 D5). */
const headerValueNote = 'the jurisdiction is the transcription\'s record of which State was the party, not a word of the treaty: correct it to the code of the State that concluded it, as the text\'s names show.';

/**
 * Advice for a withdrawn alpha-2 code, or undefined if no former country had it. `concludedOn`:
 * the text's date of conclusion (YYYY-MM-DD) on a concluded text.
 */
export function formerCodeAdvice(written: string, range: Range, concludedOn: string | undefined): FormerCodeAdvice | undefined {
  const former = formerCodesOf(written);
  if (former.length === 0) return undefined;
  const was = `'${written}' is no longer an ISO 3166-1 code: it was ISO's code for ${andList(former.map((f) => formerCountryWords(f, 'withdrawn in')))}`;
  if (former.length > 1) return givenTwice(written, was, former, range, concludedOn);
  const code = former[0]!;
  const f = formerCountry(code)!;
  if (f.inTurn) {
    return {
      message: `${was}, which stood for two States in turn: ${andList([...f.inTurn])}. Say which State was the party: ISO 3166-3 has one code for the name, ${code}, which does not tell them apart. ${fryContinued}; the code of another State formed from the SFRY would name another State as the party.${yugoslaviaOn(concludedOn)}`,
      fixes: [],
    };
  }
  const fixes = replacementFixes(range, [code]);
  if (f.change === 'renamed' && f.now) {
    return {
      message: `${was}, the State now called ${f.now.name}: a change of name, not a new State. Write ${code}, its code under the name of the time, or ${f.now.code}, the same State's code now.`,
      fixes: [...fixes, ...replacementFixes(range, [f.now.code])],
    };
  }
  if (code === 'SUHH' && f.continuedBy) {
    const by = f.continuedBy;
    const divided = `${was}, which ISO's list records as divided into thirteen States (Belarus and Ukraine, coded separately before, are not listed).`;
    if (concludedOn !== undefined && concludedOn >= by.from) {
      // From its formal end the USSR entered into nothing: no fix writes it as the party (lr27 D3, lr28 D9).
      return {
        message: `${divided} The text is dated ${concludedOn}, when the USSR had ceased to exist (the Alma-Ata Declaration of 21 December 1991; its formal end on 26 December 1991), so it was not the party. ${by.code} names ${by.name}, which ${by.why}: write ${by.code} if the party was ${by.name}, or the code of the other State that concluded the text.`,
        fixes: [],
      };
    }
    if (concludedOn !== undefined && concludedOn > almaAtaDeclaration) {
      // The Union's organs still acted (lr28 D9): the date does not say whether the USSR was the party, and no fix guesses.
      return {
        message: `${divided} The text is dated ${concludedOn}, between the Alma-Ata Declaration of 21 December 1991, which says that the USSR "ceases to exist", and the Union's formal end on 26 December 1991, the day after its President resigned: the date does not show whether the USSR was the party. Check the text's names: write ${code} if the USSR concluded it, or the code of the State that did: ${by.code} names ${by.name}, which ${by.why}.`,
        fixes: [],
      };
    }
    return {
      message: `${divided} Write ${code}, the code of the USSR itself, for a text the USSR entered into. ${by.code} names ${by.name}, which ${by.why}, for a text it concluded under that name.`,
      fixes,
    };
  }
  if (f.change === 'merged' && f.into && f.laterCode) {
    return { message: `${was}, which ISO's list records as merged into ${f.into.name}. For a party that was ${formerShortName(code)} write ${code}, its code under the name of the time; ${f.laterCode.words}.`, fixes };
  }
  if (f.change === 'merged' && f.into) {
    return {
      message: `${was}, which merged into ${f.into.name}. For a party that was ${formerShortName(code)} write its ISO 3166-3 code, ${code}; not ${f.into.code}, which would name another State as the party.`,
      fixes,
    };
  }
  if (f.change === 'divided') {
    return { message: `${was}, which ISO's list records as divided, with no single successor. For a party that was that State write its ISO 3166-3 code, ${code}; not the code of a successor State, which would name another State as the party.`, fixes };
  }
  return { message: `${was}. For a party that was that State or territory write its ISO 3166-3 code, ${code}.`, fixes };
}

/**
 * CS: Czechoslovakia until 1993, Serbia and Montenegro from 2003 to 2006 (ISO gave it the code on 23
 * July 2003). The date of a concluded text settles which, where one of them bore the code then.
 */
function givenTwice(written: string, was: string, former: readonly string[], range: Range, concludedOn: string | undefined): FormerCodeAdvice {
  const message = `${was}. For a party that was Czechoslovakia write CSHH, its ISO 3166-3 code; not the code of a successor State, which would name another State as the party. For Serbia and Montenegro write CSXX, its code under the name of the time; ${serbiaContinues}.`;
  const settled = concludedOn === undefined ? undefined : former.find((code) => bore(code, concludedOn));
  if (concludedOn !== undefined && settled) {
    return { message: `${message} The text is dated ${concludedOn}, when '${written}' stood for ${formerShortName(settled)} alone: ${settled}.`, fixes: replacementFixes(range, [settled]) };
  }
  if (concludedOn !== undefined && concludedOn >= serbiaFrom) {
    return {
      message: `${message} The text is dated ${concludedOn}, after the State union ended on 3 June 2006: if the party was the Republic of Serbia, write RS; if Montenegro, ME.`,
      fixes: replacementFixes(range, ['RS']).map((fix) => ({ ...fix, effect: 'factual' as const })),
      onConcludedText: headerValueNote,
    };
  }
  const neither = concludedOn === undefined ? '' : ` On the text's date, ${concludedOn}, neither State bore the code: check the date and the party.`;
  return {
    message: `${message}${neither}`,
    fixes: replacementFixes(range, former).map((fix) => ({ ...fix, effect: 'factual' as const })),
    onConcludedText: headerValueNote,
  };
}

/** The day of the Alma-Ata Declaration (ast/iso3166-3.ts): a text dated after it and before the USSR's formal end is left to be checked. */
const almaAtaDeclaration = '1991-12-21';

/** The FRY's name changed to Serbia and Montenegro (ICAO's note, ast/iso3166-3.ts); the Republic of Serbia continues that State from 3 June 2006. */
const serbiaAndMontenegroFrom = '2003-02-04';
const serbia = formerCountry('CSXX')!.continuedBy!;
const serbiaFrom = serbia.from;
const serbiaContinues = `${serbia.code} names the same State now: ${serbia.name} ${serbia.why}`;
const fryContinued = 'The Federal Republic of Yugoslavia, named Serbia and Montenegro from 4 February 2003 (CSXX), is the State the Republic of Serbia continues since 3 June 2006: RS names it now, ME names Montenegro, a new State';

/** Whether the former country bore its name on that day: Czechoslovakia until its end on 31 December 1992, Serbia and Montenegro from 4 February 2003 until 3 June 2006. */
function bore(code: string, day: string): boolean {
  if (code === 'CSHH') return day < '1993-01-01';
  if (code === 'CSXX') return day >= serbiaAndMontenegroFrom && day < serbiaFrom;
  return false;
}

/** YU on a dated text: which State then bore the name (the SFRY before 1992, the FRY from 1993, Serbia and Montenegro, then the Republic of Serbia). */
function yugoslaviaOn(concludedOn: string | undefined): string {
  if (concludedOn === undefined) return '';
  if (concludedOn < '1992-01-01') return ` The text is dated ${concludedOn}, before 1992: the Socialist Federal Republic of Yugoslavia.`;
  if (concludedOn < '1993-01-01') return '';
  if (concludedOn < serbiaAndMontenegroFrom) return ` The text is dated ${concludedOn}: the Federal Republic of Yugoslavia, the State RS names now.`;
  if (concludedOn < serbiaFrom) return ` The text is dated ${concludedOn}, when the State was named Serbia and Montenegro: CSXX, or RS, the same State now.`;
  return ` The text is dated ${concludedOn}, after 3 June 2006: the Republic of Serbia (RS), or Montenegro (ME).`;
}
