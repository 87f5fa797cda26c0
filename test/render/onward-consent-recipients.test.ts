/**
 * lg31, item 1: the recipients a consent opens, in the text's own words. NL–AE customs 2015 Art.
 * 16(1) lets information go beyond the Customs administrations only where the furnishing
 * administration "has expressly approved in writing its use … by other Government authorities of
 * the Contracting Parties", and "it shall not be transferred to third countries": the consent
 * opens those authorities and nothing else. `onward sharing with-written-consent to "other
 * Government authorities of the Contracting Parties"` says so (before, `to` took declared parties
 * only, and `to NL, AE` printed "only with the Parties", the Parties themselves). The words are
 * kept as written, printed in the sentence, and a declared party beside them still links.
 * The TIEAs' Art. 8 is the other shape — disclosure without consent to the persons it lists,
 * consent for "any other person or entity or authority or any other jurisdiction" — which
 * `except "…"` already states; those transcriptions now say it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatText } from '../../server/src/language/features/format';
import { parse } from '../../server/src/language/syntax/parse';
import { applyEdits } from '../helpers/edits';
import { fixture, mainUri } from '../features/feature-fixture';
import { draftedVariant } from './drafted-variant';
import { agreementUri, estoniaFinlandAgreement, onwardSharingAgreement, openedAgreement, repoRoot } from './render-fixtures';

const uri = agreementUri;
const opened = openedAgreement;
const agreement = onwardSharingAgreement;
const authorities = '"other Government authorities of the Contracting Parties"';

describe('onward sharing: the recipients a consent opens, in the text\'s words (lg31, item 1)', () => {
  it('parses words in quotes after `to`, beside declared parties, and keeps them', () => {
    const { ast, problems } = parse(`channel C between EE, FI { onward sharing with-written-consent to EE, ${authorities} except "the Customs administrations" }`);
    const c = ast.channels[0];
    assert.deepEqual(problems, []);
    assert.deepEqual(c.onwardTo.map((n) => n.text), ['EE']);
    assert.deepEqual(c.onwardToDescribed.map((t) => t.value), ['other Government authorities of the Contracting Parties']);
    assert.deepEqual(c.onwardExcept.map((e) => ('multiline' in e ? e.value : e.text)), ['the Customs administrations']);
  });

  it('prints them in the generated sentence as the only recipients the consent opens (NL–AE Art. 16(1))', () => {
    const md = opened(agreement(`with-written-consent to ${authorities}`)).render(uri, 'markdown')!;
    assert.match(md, /Information shall be shared onward only with the prior written consent of its originator, and only with other Government authorities of the Contracting Parties\./);
    const both = opened(agreement(`with-consent to FI, ${authorities}`)).render(uri, 'markdown')!;
    assert.match(both, /prior consent of its originator, and only with the Republic of Finland and other Government authorities of the Contracting Parties\./);
  });

  it('a declared party beside the words still links: go to definition reaches its declaration', () => {
    const { service, position } = fixture(`party EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nchannel C between EE, FI { onward sharing with-written-consent to F$0I, ${authorities} }`);
    const [target] = service.definition(mainUri, position);
    assert.equal(target?.range.start.line, 1);
    // Near miss: an onward recipient declared nowhere is still no unknown reference (it may be outside the instrument).
    assert.ok(!opened(agreement(`with-written-consent to Europol, ${authorities}`)).diagnostics(uri).some((d) => d.code === 'unknown-reference'));
  });

  it('words after a rule that is not consent are reported, not dropped from the export without a word', () => {
    const { problems } = parse(`channel C between EE, FI { onward sharing community to ${authorities} }`);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /Recipients in quotes after `to` are those a consent opens/);
    // Near misses: declared parties after `to` under any rule, and words under either consent rule, parse clean.
    assert.deepEqual(parse('channel C between EE, FI { onward sharing with-clients to Acme }').problems, []);
    assert.deepEqual(parse(`channel C between EE, FI { onward sharing with-consent to ${authorities} }`).problems, []);
  });

  it('the checks that read onward sharing are unchanged by the words: consent stays the source\'s permission', () => {
    const codes = (rule: string, marking = '') => opened(agreement(rule, marking)).diagnostics(uri).map((d) => d.code);
    for (const marking of ['  marking TLP:RED\n', '  marking TLP:AMBER\n']) {
      assert.ok(!codes(`with-written-consent to ${authorities}`, marking).includes('onward-sharing-beyond-tlp'), marking);
    }
    const gsa = estoniaFinlandAgreement('  carries classified\n  onward sharing with-written-consent to "third countries"\n').replace('channel Intel', 'security-agreement GSA between EE, FI up to SECRET\nchannel Intel');
    assert.ok(!opened(gsa).diagnostics(uri).some((d) => d.code === 'onward-to-non-party'));
  });

  it('the formatter keeps the words', () => {
    const text = `channel C between EE, FI {\n onward sharing   with-written-consent to   ${authorities}\n}\n`;
    const out = applyEdits(text, formatText(text, { tabSize: 2, insertSpaces: true }));
    assert.match(out, /\n {2}onward sharing with-written-consent to "other Government authorities of the Contracting Parties"\n/);
  });

  it('completion after `to` offers the declared parties; hover on `to` and on the rule tells of the words', () => {
    const { service, position } = fixture('party EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nchannel C between EE, FI { onward sharing with-consent to $0 }');
    const labels = service.complete(mainUri, position).map((i) => i.label);
    assert.ok(labels.includes('EE') && labels.includes('FI'), labels.join(', '));
    const hover = (source: string) => {
      const f = fixture(source);
      return JSON.stringify(f.service.hover(mainUri, f.position)?.contents ?? '');
    };
    assert.match(hover(`channel C between EE { onward sharing with-consent t$0o ${authorities} }`), /only recipients a consent opens/);
    assert.match(hover(`channel C between EE { onward sha$0ring with-consent to ${authorities} }`), /the only recipients the consent opens/);
  });

  it('the transcriptions say it: NL–AE with `to`, the TIEAs with `except`; each quotes its text', () => {
    const render = (name: string) => {
      const source = readFileSync(join(repoRoot, 'test/real-instruments', `${name}.entente`), 'utf8');
      return { source: source.replace(/\s+/g, ' '), md: opened(draftedVariant(source, name)).render(uri, 'markdown')!.replace(/\s+/g, ' ') };
    };
    const ae = render('nl-ae-customs-mutual-assistance-2015');
    assert.ok(ae.source.includes('expressly approved in writing its use for other purposes or by other Government authorities of the Contracting Parties'));
    assert.match(ae.md, /prior written consent of its originator, and only with other Government authorities of the Contracting Parties\./);
    const art8 = 'persons or authorities (including courts and administrative bodies)';
    for (const name of ['nl-ws-tax-information-exchange-2009', 'nl-li-tax-information-exchange-2009', 'aw-cz-tax-information-exchange-2015', 'nl-ai-tax-information-exchange-2009']) {
      const { source, md } = render(name);
      assert.ok(source.includes('may not be disclosed to any other person or entity or authority or any other jurisdiction without the express written consent'), name);
      assert.ok(md.includes(`shared onward only with the prior written consent of its originator, except with ${art8}`), name);
    }
  });
});
