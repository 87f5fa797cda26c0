/**
 * lr27 D2-D5 (research/lr27/REPORT.md; probes reg.entente, former-codes.sh): what `unknown-jurisdiction`
 * and the jurisdiction hover say of the USSR, Serbia and Montenegro, the FRY and the Democratic
 * Republic of Viet-Nam.
 * - D2: the Republic of Serbia continues Serbia and Montenegro, which is the FRY renamed on 4 February
 *   2003: RS names the same State, not "another State"; CS after 3 June 2006 is not CSXX, YU after 4
 *   February 2003 is Serbia and Montenegro. "Another State" stays for Czechoslovakia and the SFRY.
 * - D3: SU on a text dated after the USSR ended (Alma-Ata, 21 December 1991): no SUHH fix, RU named.
 * - D4: ISO's list (TCVN 7217-3:2013) divides the USSR into thirteen States, not fifteen.
 * - D5: VD claims no "another State".
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { jurisdictionHovers } from '../features/sessions/session-helpers';

/** research/lr27/probes/reg.entente, with the second party's code and the date of the loop in former-codes.sh. */
const reg = (code: string, date: string) =>
  `treaty "Agreement on economic cooperation" {\n  status binding\n  consent by signature\n  effect on signature\n  done at "The Hague" on ${date}\n  duration indefinite\n  termination with notice of 6 months\n  amendment by written agreement\n  disputes by negotiation\n}\nparty NL "The Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty XX "The other State" { kind state jurisdiction ${code} }\n`;
const finding = (code: string, date: string) => diagnose(reg(code, date)).find((d) => d.code === 'unknown-jurisdiction');
const message = (code: string, date: string) => finding(code, date)?.message ?? '';
const fixes = (code: string, date: string) => (finding(code, date)?.fixes ?? []).map((x) => [x.edits[0]?.newText, x.effect]);

describe('former ISO codes (lr27 D2-D5)', () => {
  it('D2: CS 2004 (the probe): CSXX, and RS the same State now, not a successor naming another State', () => {
    const m = message('CS', '2004-01-01');
    assert.match(m, /For Serbia and Montenegro write CSXX, its code under the name of the time; RS names the same State now: the Republic of Serbia continues its membership of the United Nations and its treaties since 3 June 2006/);
    assert.match(m, /ME names Montenegro, a new State/);
    assert.doesNotMatch(m, /each since divided/);
    assert.match(m, /when 'CS' stood for Serbia and Montenegro alone: CSXX\./);
    assert.deepEqual(fixes('CS', '2004-01-01'), [['CSXX', 'mechanical']]);
  });

  it('D2: CS dated 2006-08-01, after the State union ended: no CSXX fix, RS or ME asked', () => {
    const m = message('CS', '2006-08-01');
    assert.doesNotMatch(m, /stood for Serbia and Montenegro alone/);
    assert.match(m, /after the State union ended on 3 June 2006: if the party was the Republic of Serbia, write RS; if Montenegro, ME\./);
    assert.ok(!fixes('CS', '2006-08-01').some(([, effect]) => effect === 'mechanical'));
  });

  it('D2: YU 1995 (the probe) is the FRY, the State RS names now; YU 2003-09-01 is Serbia and Montenegro', () => {
    const m = message('YU', '1995-01-01');
    assert.match(m, /The Federal Republic of Yugoslavia, named Serbia and Montenegro from 4 February 2003 \(CSXX\), is the State the Republic of Serbia continues since 3 June 2006/);
    assert.doesNotMatch(m, /and the code of a State formed since would name another State/);
    assert.match(message('YU', '2003-09-01'), /The text is dated 2003-09-01, when the State was named Serbia and Montenegro: CSXX, or RS, the same State now\./);
    assert.doesNotMatch(message('YU', '2003-09-01'), /dated 2003-09-01: the Federal Republic of Yugoslavia/);
  });

  it('D2 near miss: Czechoslovakia and the SFRY keep "another State"', () => {
    assert.match(message('CS', '1980-01-01'), /For a party that was Czechoslovakia write CSHH, its ISO 3166-3 code; not the code of a successor State, which would name another State as the party\./);
    assert.match(message('YU', '1980-01-01'), /the code of another State formed from the SFRY would name another State as the party/);
    assert.match(message('YU', '1980-01-01'), /before 1992: the Socialist Federal Republic of Yugoslavia\./);
  });

  it('D2: the hover on CSXX says the Republic of Serbia continues it, not "not a successor State"; CSHH keeps it', () => {
    const hover = jurisdictionHovers();
    assert.match(hover('CSXX'), /RS names the Republic of Serbia, which continues its membership of the United Nations and its treaties since 3 June 2006/);
    assert.doesNotMatch(hover('CSXX'), /not a successor State/);
    assert.doesNotMatch(hover('SUHH'), /not a successor State/);
    assert.doesNotMatch(hover('VDVN'), /not a successor State/);
    assert.match(hover('CSHH'), /not a successor State/);
  });

  it('D3: SU on a text dated 1995 (the probe): the USSR was not the party, no fix, RU named', () => {
    const m = message('SU', '1995-01-01');
    assert.doesNotMatch(m, /the State that entered into the treaty/);
    // lr28 D9: the USSR's formal end (26 December 1991) is named beside the Alma-Ata Declaration.
    assert.match(m, /The text is dated 1995-01-01, when the USSR had ceased to exist \(the Alma-Ata Declaration of 21 December 1991; its formal end on 26 December 1991\), so it was not the party\./);
    assert.match(m, /write RU if the party was the Russian Federation, or the code of the other State that concluded the text\./);
    assert.deepEqual(fixes('SU', '1995-01-01'), []);
  });

  it('D3 near miss: SU on a text dated 1991-12-21 or before keeps the SUHH fix', () => {
    assert.deepEqual(fixes('SU', '1991-12-21'), [['SUHH', 'mechanical']]);
    assert.match(message('SU', '1980-01-01'), /Write SUHH, the code of the USSR itself, for a text the USSR entered into\./);
  });

  it('D4: thirteen States in ISO\'s list, Belarus and Ukraine said apart; never fifteen', () => {
    const m = message('SU', '1980-01-01');
    assert.match(m, /which ISO's list records as divided into thirteen States \(Belarus and Ukraine, coded separately before, are not listed\)\./);
    assert.doesNotMatch(m, /fifteen/);
  });

  it('D5: VD (the probe) makes no "another State" claim; YD (near miss) keeps it', () => {
    const m = message('VD', '1970-01-01');
    assert.doesNotMatch(m, /another State/);
    assert.match(m, /write VDVN, its code under the name of the time; VN names the Socialist Republic of Viet Nam/);
    assert.deepEqual(fixes('VD', '1970-01-01'), [['VDVN', 'mechanical']]);
    assert.match(message('YD', '1980-01-01'), /not YE, which would name another State as the party\./);
  });
});
