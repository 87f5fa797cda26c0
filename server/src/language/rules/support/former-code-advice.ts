/**
 * What `unknown-jurisdiction` says of a withdrawn ISO 3166-1 code (BU, CS, DD, SU, YU), and which
 * fix it offers. The words turn on what ISO's list says became of the country (ast/iso3166-3.ts):
 *
 * - renamed (BU, DY, HV, ZR): the same State under a new name, so its code of the time and its code
 *   now both name the party; calling the current code "a successor's" would tell a reviewer that a
 *   treaty with Burma does not bind Myanmar (lr26 D3);
 * - divided or merged (CS, DD, YD): the former State's own code, a successor's code naming another
 *   State as the party (r108 D1);
 * - the USSR: divided in ISO's list, but the Russian Federation continues its UN membership, so the
 *   words claim no "other State", only that RU names the Russian Federation (lr26 D3);
 * - a code that stood for two States in turn (YU: the SFRY, then the FRY) or was given twice (CS):
 *   which State was the party is a fact; the text's date settles it where only one State bore the
 *   code then, and the fix is then offered on a concluded text too: the jurisdiction is the
 *   transcription's record of who the party was, not a word of the treaty (lr26 D4, D5).
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
import { listOr, replacementFixes } from './ordinary-helpers';

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
    const year = concludedOn ? Number(concludedOn.slice(0, 4)) : undefined;
    const dated = year === undefined ? '' : year < 1992 ? ` The text is dated ${concludedOn}, before 1992: ${f.inTurn[0]!.replace(/ \(.*$/u, '')}.` : year > 1992 && year < 2004 ? ` The text is dated ${concludedOn}: ${f.inTurn[1]!.replace(/ \(.*$/u, '')}.` : '';
    return {
      message: `${was}, which stood for two States in turn: ${andList([...f.inTurn])}. Say which State was the party: ISO 3166-3 has one code for the name, ${code}, which does not tell them apart, and the code of a State formed since would name another State as the party.${dated}`,
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
  if (code === 'SUHH') {
    return {
      message: `${was}, which ISO's list records as divided among fifteen States. Write ${code}, the code of the USSR itself, the State that entered into the treaty. The Russian Federation continues the USSR's membership of the United Nations (its President's letter of 24 December 1991); RU names the Russian Federation, for a text it concluded under that name.`,
      fixes,
    };
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
  const message = `${was}, each since divided. For a party that was one of those States write its ISO 3166-3 code, ${listOr(former)}; not the code of a successor State, which would name another State as the party.`;
  const year = concludedOn ? Number(concludedOn.slice(0, 4)) : undefined;
  const settled = year === undefined ? undefined : former.find((code) => bore(code, year));
  if (year !== undefined && settled) {
    return { message: `${message} The text is dated ${concludedOn}, when '${written}' stood for ${formerShortName(settled)} alone: ${settled}.`, fixes: replacementFixes(range, [settled]) };
  }
  const neither = year === undefined ? '' : ` On the text's date, ${concludedOn}, neither State bore the code: check the date and the party.`;
  return {
    message: `${message}${neither}`,
    fixes: replacementFixes(range, former).map((fix) => ({ ...fix, effect: 'factual' as const })),
    onConcludedText: headerValueNote,
  };
}

/** Whether the former country bore its alpha-2 code in that year: CSHH until 1992, CSXX from 2003 (read: iso.org, 2003-07-23) until its withdrawal. */
function bore(code: string, year: number): boolean {
  if (code === 'CSHH') return year <= 1992;
  if (code === 'CSXX') return year >= 2003 && year <= 2006;
  return false;
}
