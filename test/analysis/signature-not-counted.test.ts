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
import { draftOf } from '../helpers/fix-review';

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
