/**
 * lr26 D3-D6 (research/lr26/REPORT.md; probes reg.entente, former-codes.sh): the words and fixes of
 * `unknown-jurisdiction` for a withdrawn ISO 3166-1 code, the jurisdiction hover, and the UN
 * membership of a former State.
 * - D3: a renamed State (BU, ZR, DY, HV) is the same State, not "a successor … another State"; the
 *   USSR is not said to be followed by "another State".
 * - D4: YU was withdrawn in 2003 and stood for the SFRY, then the FRY: no fix to YUCS, the message asks which.
 * - D5: CS on a concluded text: the fix the date settles, and no "amending instrument".
 * - D6: no Member after the State ceased to exist; the State's name, not its code, in the sentence.
 * Each has its near miss: a divided or merged State keeps the successor wording, a date that
 * settles nothing keeps the question, a date before the end keeps the membership.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { jurisdictionHovers } from '../features/sessions/session-helpers';
import { formerCountry } from '../../server/src/language/ast/iso3166-3';

/** research/lr26/probes/reg.entente, with the second party's code and the date of the loop in former-codes.sh. */
const reg = (code: string, date: string) =>
  `treaty "Agreement on economic cooperation" {\n  status binding\n  consent by signature\n  effect on signature\n  done at "The Hague" on ${date}\n  duration indefinite\n  termination with notice of 6 months\n  amendment by written agreement\n  disputes by negotiation\n}\nparty NL "The Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty XX "The other State" { kind state jurisdiction ${code} }\n`;
const finding = (code: string, date: string) => diagnose(reg(code, date)).find((d) => d.code === 'unknown-jurisdiction');
const registration = (code: string, date: string) => diagnose(reg(code, date)).find((d) => d.code === 'missing-registration')?.message ?? '';
const fixes = (f: ReturnType<typeof finding>) => (f?.fixes ?? []).map((x) => [x.edits[0]?.newText, x.effect]);

describe('former ISO codes (lr26 D3-D6)', () => {
  it('D3: BU 1980 names Myanmar as the same State, offers BUMM or MM, and calls nothing a successor', () => {
    const f = finding('BU', '1980-01-01');
    assert.match(f?.message ?? '', /the State now called Myanmar: a change of name, not a new State\. Write BUMM, its code under the name of the time, or MM, the same State's code now\./);
    assert.doesNotMatch(f?.message ?? '', /successor|another State/);
    assert.deepEqual(fixes(f), [['BUMM', 'mechanical'], ['MM', 'mechanical']]);
    for (const [code, now] of [['ZR', 'the Democratic Republic of the Congo'], ['DY', 'Benin'], ['HV', 'Burkina Faso']] as const) {
      const g = finding(code, '1980-01-01');
      assert.match(g?.message ?? '', new RegExp(`the State now called ${now}: a change of name`), code);
      assert.doesNotMatch(g?.message ?? '', /successor|another State/, code);
    }
  });

  it('D3: SU says the Russian Federation continues the USSR\'s UN membership, not "another State"', () => {
    const f = finding('SU', '1980-01-01');
    assert.match(f?.message ?? '', /Write SUHH, the code of the USSR itself.*RU names the Russian Federation, which continues the USSR's membership of the United Nations/);
    assert.doesNotMatch(f?.message ?? '', /another State/);
    assert.deepEqual(fixes(f), [['SUHH', 'mechanical']]);
  });

  it('D3 near miss: a merged or divided State keeps the successor wording (DD, CS)', () => {
    assert.match(finding('DD', '1980-01-01')?.message ?? '', /which merged into Germany\. For a party that was the German Democratic Republic write its ISO 3166-3 code, DDDE; not DE, which would name another State as the party\./);
    assert.match(finding('CS', '1980-01-01')?.message ?? '', /not the code of a successor State, which would name another State as the party/);
  });

  it('D3: the hover on BUMM says the same State; on CSHH, no successor', () => {
    const hover = jurisdictionHovers();
    assert.match(hover('BUMM'), /The State now called Myanmar \(MM\), under its name of the time: a change of name, not a new State\./);
    assert.doesNotMatch(hover('BUMM'), /successor/);
    assert.match(hover('CSHH'), /not a successor State/);
    assert.match(hover('YUCS'), /"Yugoslavia" \(removed from ISO 3166-1 in 2003\)\. The code stood for the Socialist Federal Republic of Yugoslavia \(until 1992\) and the Federal Republic of Yugoslavia/);
  });

  it('D4: YU 1995: withdrawn in 2003, two States in turn, no fix to YUCS', () => {
    const f = finding('YU', '1995-01-01');
    assert.equal(formerCountry('YUCS')?.withdrawn, 2003);
    assert.match(f?.message ?? '', /"Yugoslavia" \(withdrawn in 2003\), which stood for two States in turn: the Socialist Federal Republic of Yugoslavia \(until 1992\) and the Federal Republic of Yugoslavia \(from 1992\)/);
    assert.match(f?.message ?? '', /Say which State was the party/);
    assert.match(f?.message ?? '', /The text is dated 1995-01-01: the Federal Republic of Yugoslavia, the State RS names now\./);
    assert.doesNotMatch(f?.message ?? '', /1993|Socialist Federal Republic of"/);
    assert.deepEqual(fixes(f), []);
    assert.match(finding('YU', '1980-01-01')?.message ?? '', /before 1992: the Socialist Federal Republic of Yugoslavia\./);
  });

  it('D5: CS on a text concluded in 1980: the fix to CSHH, no amending instrument', () => {
    const f = finding('CS', '1980-01-01');
    assert.match(f?.message ?? '', /The text is dated 1980-01-01, when 'CS' stood for Czechoslovakia alone: CSHH\./);
    assert.doesNotMatch(f?.message ?? '', /amending instrument/);
    assert.deepEqual(fixes(f), [['CSHH', 'mechanical']]);
    assert.deepEqual(fixes(finding('CS', '2004-06-01')), [['CSXX', 'mechanical']]);
  });

  it('D5 near miss: CS dated when neither State bore it: no fix, the question, and still no amending instrument', () => {
    const f = finding('CS', '1995-01-01');
    assert.match(f?.message ?? '', /neither State bore the code: check the date and the party\./);
    assert.match(f?.message ?? '', /the jurisdiction is the transcription's record of which State was the party, not a word of the treaty/);
    assert.doesNotMatch(f?.message ?? '', /amending instrument/);
    assert.deepEqual(fixes(f), []);
  });

  it('D6: CSHH on 1993-03-01 and DDDE on 1991-05-01 are not called UN Members', () => {
    const cs = registration('CSHH', '1993-03-01');
    assert.doesNotMatch(cs, /NL, XX were UN Members/);
    assert.match(cs, /Art\. 102 does not bind XX for this treaty: it was not a UN Member when it entered into it \(Czechoslovakia ceased to exist on 31 December 1992, and its UN membership with it: check the date and the jurisdiction\)/);
    assert.match(registration('DDDE', '1991-05-01'), /the German Democratic Republic ceased to exist on 3 October 1990/);
  });

  it('D6 near miss: dated before the end, still a Member', () => {
    assert.match(registration('CSHH', '1992-12-31'), /NL, XX were UN Members on entering into the treaty/);
    assert.match(registration('DDDE', '1990-10-02'), /NL, XX were UN Members on entering into the treaty/);
  });
});
