/**
 * A party that was a State since dissolved (HUNDRED-AND-EIGHTH-RUN.md defect 1): the Government of
 * the Czechoslovak Socialist Republic, party to the NL–Czechoslovakia Agreement of 19 November 1975
 * (BWBV0003866). No current ISO 3166-1 code is right (CZ would make the Czech Republic, a successor,
 * the party), so the jurisdiction is its ISO 3166-3 code CSHH (ast/iso3166-3.ts): no error, and
 * missing-registration names it a UN Member when it entered into the treaty, Czechoslovakia an
 * original Member (data/un-admissions.ts). Near misses: the withdrawn alpha-2 code CS is still an
 * error, whose fixes are the former countries' own codes and never a successor's; a code that is no
 * code at all is still an error; a former country whose admission was not read keeps the condition;
 * one admitted after the treaty's date is said not to have been a Member.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { wholeText } from '../helpers/fix-review';
import { diskService, endOf, uriOf } from '../features/sessions/session-helpers';
import { formerCodesOf, formerCountry } from '../../server/src/language/ast/iso3166-3';
import { unAdmission } from '../../server/src/language/data/un-admissions';

const czechoslovakia = wholeText('test/real-instruments/nl-czechoslovakia-economic-cooperation-1975.entente');
const withCode = (code: string) => czechoslovakia.replace('jurisdiction CSHH', `jurisdiction ${code}`);
const findings = (text: string, code: string) => diagnose(text).filter((d) => d.code === code);
const registration = (text: string) => findings(text, 'missing-registration')[0]?.message ?? '';
const draftParty = (code: string) => `party X "The Government of X" {\n  kind government\n  jurisdiction ${code}\n}\n`;

describe('ISO 3166-3 codes of former countries (r108 D1)', () => {
  it('NL–Czechoslovakia 1975, `jurisdiction CSHH`: no unknown-jurisdiction, and Czechoslovakia a UN Member on entering into it', () => {
    assert.match(czechoslovakia, /party CS "The Government of the Czechoslovak Socialist Republic" \{\n  kind government\n  jurisdiction CSHH\n\}/);
    assert.deepEqual(findings(czechoslovakia, 'unknown-jurisdiction'), []);
    assert.ok(diagnose(czechoslovakia).every((d) => d.severity !== 'error'), 'no error on the concluded text');
    const message = registration(czechoslovakia);
    assert.match(message, /NL acts for or in its State, a UN Member on entering into the treaty; CS acts for or in Czechoslovakia, a UN Member on entering into the treaty, so Art\. 102 of the UN Charter applies/);
    assert.doesNotMatch(message, /binds CS if/);
    assert.equal(unAdmission('CSHH')?.text, 'a UN Member from 24 October 1945');
  });

  it('near miss: the withdrawn code CS is still an error; its fixes are CSHH and CSXX, never CZ or SK', () => {
    const [finding, ...rest] = findings(withCode('CS'), 'unknown-jurisdiction');
    assert.equal(rest.length, 0);
    assert.equal(finding?.severity, 'error');
    assert.match(finding!.message, /'CS' is no longer an ISO 3166-1 code: it was ISO's code for "Czechoslovakia, Czechoslovak Socialist Republic" \(withdrawn in 1993\) and "Serbia and Montenegro" \(withdrawn in 2006\)/);
    assert.match(finding!.message, /For a party that was Czechoslovakia write CSHH, its ISO 3166-3 code; not the code of a successor State/);
    assert.doesNotMatch(finding!.message, /\bCZ\b|\bSK\b/);
    // The text's date (1975) settles which State bore CS: Czechoslovakia (lr26 D5). On a draft,
    // which of the two was meant is a fact the checker cannot know: offered one by one, none preferred.
    assert.deepEqual((finding!.fixes ?? []).map((f) => [f.edits[0]?.newText, f.effect]), [['CSHH', 'mechanical']]);
    const [onDraft] = findings(draftParty('CS'), 'unknown-jurisdiction');
    assert.deepEqual((onDraft?.fixes ?? []).map((f) => [f.edits[0]?.newText, f.effect, f.preferred ?? false]), [['CSHH', 'factual', false], ['CSXX', 'factual', false]]);
  });

  it('near miss: a withdrawn code of one former country: that country\'s code, the one it can have meant (DD: DDDE)', () => {
    const [finding] = findings(withCode('DD'), 'unknown-jurisdiction');
    assert.match(finding?.message ?? '', /"German Democratic Republic" \(withdrawn in 1990\).*DDDE/);
    assert.deepEqual((finding?.fixes ?? []).map((f) => [f.edits[0]?.newText, f.effect, f.preferred]), [['DDDE', 'mechanical', true]]);
  });

  it('near miss: a code that is neither ISO 3166-1 nor ISO 3166-3 is still an error, and a reassigned code is current', () => {
    assert.match(findings(withCode('CSH'), 'unknown-jurisdiction')[0]?.message ?? '', /'CSH' is not an ISO 3166-1 alpha-2 country code: .*ISO 3166-3 code \(e\.g\. CSHH for Czechoslovakia\)/);
    assert.match(findings(withCode('CSHX'), 'unknown-jurisdiction')[0]?.message ?? '', /is not an ISO 3166-1 alpha-2 country code/);
    assert.deepEqual(findings(withCode('SK'), 'unknown-jurisdiction'), [], 'SK is Slovakia now, not Sikkim');
    assert.equal(formerCountry('SKIN')?.name, 'Sikkim');
    assert.deepEqual(formerCodesOf('CS'), ['CSHH', 'CSXX']);
  });

  it('near miss: a former country whose admission Entente has not read keeps the condition (SUHH)', () => {
    const message = registration(withCode('SUHH'));
    assert.match(message, /Art\. 102 of the UN Charter binds CS if it was, or acted for, a UN Member when it entered into the treaty/);
    assert.equal(unAdmission('SUHH'), undefined);
  });

  it('near miss: a former country admitted after the treaty was entered into was not then a Member (DDDE, 1975 dated 1970)', () => {
    // An entry into force recorded in 1971 dates both consents before the admission (probe, not the source's dates).
    const earlier = withCode('DDDE').replace('done at "The Hague" on 1975-11-19', 'done at "The Hague" on 1970-11-19\n  entered into force on 1971-01-01 "probe"');
    assert.match(registration(earlier), /Art\. 102 does not bind CS for this treaty: its State was not a UN Member when it entered into it \(a UN Member from 18 September 1973\)/);
    assert.match(registration(withCode('DDDE')), /CS acts for or in the German Democratic Republic, a UN Member on entering into the treaty/);
  });

  it('hover and completion on `jurisdiction` know the former codes', () => {
    const service = diskService();
    const uri = uriOf('samples/scratch.entente');
    const text = 'party CS "The Government of the Czechoslovak Socialist Republic" {\n  kind government\n  jurisdiction CSHH\n}\n';
    service.update(uri, text);
    const at = text.indexOf('CSHH') + 2;
    assert.match(service.hover(uri, endOf(text.slice(0, at)))?.contents ?? '', /ISO 3166-3 code of a former country: "Czechoslovakia, Czechoslovak Socialist Republic" \(removed from ISO 3166-1 in 1993\).*not a successor State/);
    const typing = 'party CS "C" {\n  jurisdiction CS';
    service.update(uri, typing);
    const labels = service.complete(uri, endOf(typing)).map((item) => item.label);
    assert.ok(labels.includes('CSHH') && labels.includes('CSXX'), labels.join());
  });
});
