/**
 * Provisional application the text only permits (NINETY-SEVENTH-RUN defect 3; NL–Egypt 1976,
 * BWBV0003674, Art. VIII(a): "This Agreement however may provisionally be applied as from the date
 * of its signature by both parties"). `provisional application permitted on signature` says so, and
 * every message then states the consequences as a condition, since the text does not say that it
 * was applied; "shall be applied provisionally" (no `permitted`) keeps the plain statement.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { formatText } from '../../server/src/language/features/format';
import { applyEdits, fixture, mainUri } from '../features/feature-fixture';
import { diagnose } from '../helpers/fixture';
import { wholeText } from '../helpers/fix-review';

const treaty = (dated: boolean, provisional: string) => `treaty "Agreement" {
  status binding
  ${dated ? 'done at "Cairo" on 1976-10-30 in duplicate' : ''}
  effect after last notification
  ${provisional}
}
party NL "The Government of the Kingdom of the Netherlands" { kind state jurisdiction NL }
party TH "The Government of the Kingdom of Thailand" { kind state jurisdiction TH }
`;
const permitted = 'provisional application permitted on signature';
const shall = 'provisional application on signature';
const message = (text: string, code: string) => diagnose(text).find((d) => d.code === code)?.message ?? '';

describe('provisional application the text only permits (r97 defect 3)', () => {
  it('provisional-application-end states the end as a condition, signed or draft', () => {
    assert.match(message(treaty(true, permitted), 'provisional-application-end'), /^If the treaty was applied provisionally, as the text permits \(it does not say that it was\), that application ends on entry into force, and the text states no earlier end/);
    assert.match(message(treaty(false, permitted), 'provisional-application-end'), /^If the treaty is applied provisionally, as the text permits, that application ends on entry into force; say whether a Party may end it earlier/);
  });

  it('near miss: "shall be applied provisionally" keeps the plain statement', () => {
    assert.match(message(treaty(true, shall), 'provisional-application-end'), /^Provisional application ends on entry into force, and the text states no earlier end/);
    assert.match(message(treaty(false, shall), 'provisional-application-end'), /^Provisional application ends on entry into force; say whether/);
    assert.match(message(treaty(true, shall), 'missing-registration'), / As it is applied provisionally, it may be registered as provisionally applied, before it enters into force/);
  });

  it('missing-registration says a permitted application may be registered if it was made', () => {
    const signed = message(treaty(true, permitted), 'missing-registration');
    assert.match(signed, / If it was applied provisionally, as the text permits \(it does not say that it was\), it may be registered as provisionally applied, before it enters into force \(Regulations to give effect to Art\. 102, Art\. 1\(2\)\)\./);
    assert.doesNotMatch(signed, /As it is applied provisionally/);
    assert.match(message(treaty(false, permitted), 'missing-registration'), / If it is applied provisionally, as the text permits \(it does not say that it will be\), it may be registered/);
  });

  it('NL–Egypt 1976: both notes are conditional', () => {
    const egypt = wholeText('test/real-instruments/nl-eg-technical-cooperation-1976.entente');
    assert.match(message(egypt, 'provisional-application-end'), /^If the treaty was applied provisionally, as the text permits/);
    assert.match(message(egypt, 'missing-registration'), /If it was applied provisionally, as the text permits/);
  });

  it('a word other than `permitted` is out of range; the statement formats and round-trips', () => {
    const found = diagnose(treaty(false, 'provisional application allowed on signature')).filter((d) => d.code === 'value-out-of-range');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /'allowed' is not a provisional-application modality/);
    assert.deepEqual(diagnose(treaty(false, permitted)).filter((d) => d.code === 'value-out-of-range' || d.code === 'syntax-error'), []);
    const text = treaty(false, permitted);
    const messy = text.replace(permitted, 'provisional  application   permitted on  signature');
    assert.match(applyEdits(messy, formatText(messy, { tabSize: 2, insertSpaces: true })), /\n {2}provisional application permitted on signature\n/);
  });

  it('the draft export and the date hint say "may"; near miss: without it, "shall" and "applied"', () => {
    const render = (text: string) => {
      const service = createEntenteService({ readFile: () => undefined });
      service.open('file:///t/main.entente', text);
      return service.render('file:///t/main.entente', 'markdown') ?? '';
    };
    assert.match(render(treaty(false, permitted)), /This Agreement may be applied provisionally from the date of its signature\./);
    assert.match(render(treaty(false, shall)), /This Agreement shall be applied provisionally from the date of its signature\./);
    const whole = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };
    const dated = (p: string) => treaty(false, p.replace('on signature', 'on 2027-06-01'));
    const hints = (t: string) => fixture(t).service.inlayHints(mainUri, whole, '2027-01-10').map((h) => h.label);
    assert.ok(hints(dated(permitted)).includes('may be applied provisionally from 2027-06-01'), JSON.stringify(hints(dated(permitted))));
    assert.ok(hints(dated(shall)).includes('applied provisionally from 2027-06-01'));
  });

  it('explains `permitted` on hover and offers it after `provisional application`', () => {
    const { service, position } = fixture(treaty(false, 'provisional application perm$0itted on signature'));
    const hover = service.hover(mainUri, position)?.contents ?? '';
    assert.match(hover, /permits provisional application/);
    // lr22, D9: applied under the text's own clause, it rests on Art. 25(1)(a), not on an agreement outside it (b).
    assert.match(hover, /VCLT Art\. 25\(1\)\(a\): "the treaty itself so provides"\); whether and from when the Parties applied it is not in the text\./);
    assert.doesNotMatch(hover, /25\(1\)\(b\)|some other manner/);
    const typing = fixture(treaty(false, 'provisional application $0'));
    assert.ok(typing.service.complete(mainUri, typing.position).some((i) => i.label === 'permitted'));
  });
});
