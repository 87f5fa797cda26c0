/**
 * Hundredth run, defect 1: `consent by signature, ratification` beside `effect after last
 * ratification by 6 States`. The means of consent are alternatives, so the export said consent "shall
 * be expressed by signature or ratification" for the NATO Ottawa Agreement 1951, which "shall be open
 * for signature … and shall be subject to ratification" (Art. 26(1)), and nothing warned.
 * `signature-not-counted` now does: a warning on a draft, a note on a concluded text.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { diagnose } from '../helpers/fixture';
import { afterEachFix, draftOf } from '../helpers/fix-review';

const code = 'signature-not-counted';
const ottawa = readFileSync(new URL('../real-instruments/nato-ottawa-status-agreement-1951.entente', import.meta.url), 'utf8');
const asFirstDeclared = ottawa.replace('  consent by ratification\n', '  consent by signature, ratification\n');
const found = (text: string, profile?: string) => diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === code);

describe('signature-not-counted: `consent by` lists signature but entry into force counts only another act (r100 D1)', () => {
  it('the Ottawa Agreement as first declared, as a draft: a warning, with both remedies as legal fixes', () => {
    assert.notEqual(asFirstDeclared, ottawa);
    const [d] = found(draftOf(asFirstDeclared));
    assert.equal(d?.severity, 'warning');
    assert.match(d.message, /^`consent by` lists signature, but the entry into force counts only ratifications: the list means alternatives, so the text says a State may consent by signature alone \(VCLT Arts\. 11, 12\(1\)/u);
    assert.match(d.message, /If signature is subject to ratification, drop signature; if a State may be bound by signature alone, count every consent \(`consent-to-be-bound`\)\.$/u);
    assert.deepEqual(d.fixes.map((f) => f.effect), ['legal', 'legal']);
    assert.deepEqual(d.fixes.map((f) => f.edits.map((e) => e.newText)), [[''], ['consent-to-be-bound']]);
  });

  it('the same header on the concluded text: a note under every profile, asking only to check the header against the text', () => {
    for (const profile of [undefined, 'treaty-review', 'strict']) {
      const [d] = found(asFirstDeclared, profile);
      assert.equal(d?.severity, 'info', String(profile));
      assert.match(d.message, /^The header lists signature among the means of consent, but the entry into force counts only ratifications/u);
      assert.deepEqual(d.fixes, []);
    }
  });

  it('near misses: the Ottawa Agreement as transcribed, signature counted (`consent-to-be-bound`), notifications, and signature alone', () => {
    assert.deepEqual(found(ottawa), []);
    assert.deepEqual(found(draftOf(asFirstDeclared.replace('effect after last ratification by 6 States', 'effect after last consent-to-be-bound by 6 States'))), []);
    const bilateral = (consent: string, effect: string) => `treaty "Agreement" {\n  status binding\n  consent by ${consent}\n  ${effect}\n}\nparty A "State A" { kind state }\nparty B "State B" { kind state }\n`;
    assert.deepEqual(found(bilateral('signature', 'effect 30 days after last notification')), []);
    assert.deepEqual(found(bilateral('signature, approval', 'effect on first day of second month after last notification')), []);
    assert.equal(found(bilateral('signature, approval', 'effect after last approval')).length, 1);
  });

  it('the Budapest example of grammar/README.md lists no signature, as Art. 36(2) makes the Convention subject to ratification', () => {
    const readme = readFileSync(new URL('../../grammar/README.md', import.meta.url), 'utf8');
    assert.match(readme, /opened for signature\n {2}consent by ratification, acceptance, approval, accession\n/u);
    assert.doesNotMatch(readme, /consent by signature, ratification, acceptance, approval, accession/u);
  });
});

/**
 * Treaty lawyer lr23, D3: a fix title says the clause its edit produces, and "drop signature" is
 * offered only where what is left is the act the entry into force counts. `consent by signature,
 * acceptance` beside `effect after last ratification` once offered "Drop signature: consent by
 * ratification", which left `consent by acceptance`, still in conflict; with signature alone the
 * message said "drop signature", which would leave `consent by` empty.
 */
describe('signature-not-counted: each fix does what its title says (lr23 D3)', () => {
  const header = (consent: string) => `treaty "Agreement on Cyber Cooperation" {\n  status binding\n  consent by ${consent}\n  effect after last ratification\n}\nparty A "Kingdom of the Netherlands" { kind state }\nparty B "Republic of Estonia" { kind state }\n`;
  const consentLine = (text: string) => /consent by [^\n]*/u.exec(text)?.[0];

  it('signature, ratification: "Drop signature: consent by ratification" leaves exactly that, and the finding goes', () => {
    const [drop, every] = afterEachFix(header('signature, ratification'), code);
    assert.equal(drop.title, 'Drop signature: consent by ratification (signature subject to ratification)');
    assert.equal(consentLine(drop.text), 'consent by ratification');
    assert.deepEqual(found(drop.text), []);
    assert.match(every.title, /^Count every consent/u);
  });

  it('signature, acceptance (probe s2): no drop fix, the message names acceptance as uncounted too', () => {
    const text = header('signature, acceptance');
    assert.deepEqual(afterEachFix(text, code).map((f) => f.title), ['Count every consent, signature included, for entry into force']);
    const [d] = found(text);
    assert.match(d.message, /The list also has acceptance, which the entry into force does not count either: count every consent \(`consent-to-be-bound`\), or, if the treaty is subject to ratification alone, declare `consent by ratification`\.$/u);
    assert.doesNotMatch(d.message, /drop signature/u);
  });

  it('signature, ratification, acceptance, approval, accession (probe p): no drop fix that would leave acceptance and approval uncounted', () => {
    const text = header('signature, ratification, acceptance, approval, accession');
    assert.deepEqual(afterEachFix(text, code).map((f) => f.title), ['Count every consent, signature included, for entry into force']);
    assert.match(found(text)[0].message, /The list also has acceptance, approval, which the entry into force does not count either: count every consent \(`consent-to-be-bound`\), or, if the treaty is subject to ratification alone, declare `consent by ratification, accession`\.$/u);
  });

  it('signature, ratification, accession: accession (VCLT Art. 15) is kept, and the title says so', () => {
    const [drop] = afterEachFix(header('signature, ratification, accession'), code);
    assert.equal(drop.title, 'Drop signature: consent by ratification, accession (signature subject to ratification)');
    assert.equal(consentLine(drop.text), 'consent by ratification, accession');
    assert.deepEqual(found(drop.text), []);
  });

  it('signature alone: "declare `consent by ratification`", and the fix replaces signature by ratification', () => {
    const text = header('signature');
    const [d] = found(text);
    assert.match(d.message, /If signature is subject to ratification, declare `consent by ratification`; if a State may be bound by signature alone, count every consent/u);
    assert.doesNotMatch(d.message, /drop signature/u);
    const [replace] = afterEachFix(text, code);
    assert.equal(replace.title, 'Replace signature by ratification: consent by ratification (signature subject to it)');
    assert.equal(consentLine(replace.text), 'consent by ratification');
    assert.deepEqual(found(replace.text), []);
  });

  it('signature, accession (lr24 D3, probe s1): no drop that would leave signatories no means of consent — signature is replaced by ratification, accession kept', () => {
    const text = header('signature, accession');
    const [d] = found(text);
    assert.match(d.message, /If signature is subject to ratification, declare `consent by ratification, accession`; if a State may be bound by signature alone, count every consent/u);
    assert.doesNotMatch(d.message, /drop signature/u);
    const [replace, every] = afterEachFix(text, code);
    assert.equal(replace.title, 'Replace signature by ratification: consent by ratification, accession (signature subject to ratification)');
    assert.equal(consentLine(replace.text), 'consent by ratification, accession');
    assert.deepEqual(found(replace.text), []);
    assert.match(every.title, /^Count every consent/u);
  });

  it('accession, signature: the counted act takes signature\'s place in the list', () => {
    const [replace] = afterEachFix(header('accession, signature'), code);
    assert.equal(consentLine(replace.text), 'consent by accession, ratification');
  });

  it('near miss: signature, acceptance, accession — acceptance is uncounted too, so no single remedy is offered', () => {
    assert.deepEqual(afterEachFix(header('signature, acceptance, accession'), code).map((f) => f.title), ['Count every consent, signature included, for entry into force']);
  });

  it('on a concluded text, signature, accession: check it against the text, then `consent by ratification, accession`', () => {
    const [d] = found(header('signature, accession').replace('  status binding\n', '  status binding\n  done at "Tallinn" on 2020-06-01 in duplicate\n'));
    assert.match(d.message, /if the text makes signature subject to ratification \("shall be subject to ratification"\), declare `consent by ratification, accession`;/u);
  });

  it('on a concluded text, signature alone: check it against the text, then `consent by ratification`', () => {
    const [d] = found(header('signature').replace('  status binding\n', '  status binding\n  done at "Tallinn" on 2020-06-01 in duplicate\n'));
    assert.equal(d?.severity, 'info');
    assert.match(d.message, /Check it against the text: if the text makes signature subject to ratification \("shall be subject to ratification"\), declare `consent by ratification`;/u);
  });
});
