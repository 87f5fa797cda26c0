/**
 * `signature-not-counted` where the entry into force turns on one named Party's act (`effect after
 * ratification by NL`, the form of the NL–US cemeteries Agreement 1970, Art. VII, BWBV0004383, with a
 * per-Party consent, ast/consent-lists.ts). Read with VCLT Arts. 11–16 (BWBV0003441): the means of
 * consent are alternatives (Art. 11), signature binds where the treaty so provides (Art. 12(1)(a)),
 * ratification where the State signed subject to it (Art. 14(1)(c)).
 * - The named Party's own list with signature beside ratification: raised, naming that Party; the fix
 *   drops signature from its list only.
 * - Another Party's list: silent. The entry into force counts none of that Party's acts, and the old
 *   finding (on the first list with signature) offered to drop the other Party's signature, taking away
 *   a means of consent the entry into force does not speak of.
 * - One list for every Party: raised, naming the Party, with advice for a list per Party and no edit of
 *   the shared list (dropping signature there took it from the other Party too).
 * Near misses: the cemeteries form itself (`notification for NL, signature for US`, `after notification
 * by NL`) stays silent; with no named Party the finding reads as before.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';

const treaty = (consent: string, effect: string) =>
  `treaty "Agreement" {\n  status binding\n  consent by ${consent}\n  effect ${effect}\n}\nparty NL "The Government of the Kingdom of the Netherlands" { kind government jurisdiction NL }\nparty US "The Government of the United States of America" { kind government jurisdiction US }\n`;
const findings = (consent: string, effect: string) => {
  const text = treaty(consent, effect);
  return diagnose(text).filter((d) => d.code === 'signature-not-counted').map((d) => ({ d, text }));
};
/** The source with one fix's edits applied. */
const applied = (text: string, edits: readonly { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]) => {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)).reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
};
const header = (text: string) => text.split('\n').filter((l) => /^ {2}(?:consent|effect) /u.test(l)).map((l) => l.trim()).join(' | ');

describe('lf42: signature-not-counted with a named Party whose act brings the treaty into force', () => {
  it('the named Party’s list: raised on its signature, naming it; the drop leaves the other Party’s signature', () => {
    const [found, ...more] = findings('signature, ratification for US, signature, ratification for NL', 'after ratification by NL');
    assert.deepEqual(more, []);
    const { d, text } = found;
    // The second "signature": NL's, not the US's.
    assert.equal(d.range.start.character, 'consent by signature, ratification for US, '.length + 2);
    assert.match(d.message, /^`consent by` lists signature for NL, but the entry into force counts only NL's ratification: .* so the text says NL may consent by signature alone .*, and the treaty would then never enter into force\./u);
    const drop = d.fixes.find((f) => /^Drop signature/u.test(f.title));
    assert.ok(drop, d.fixes.map((f) => f.title).join(' | '));
    assert.equal(header(applied(text, drop.edits)), 'consent by signature, ratification for US, ratification for NL | effect after ratification by NL');
    // NL's consent by any means, still NL's alone (lr26, D1): not every Party's consent.
    const every = d.fixes.find((f) => /^Count NL's consent by any means/u.test(f.title))!;
    assert.equal(header(applied(text, every.edits)), 'consent by signature, ratification for US, signature, ratification for NL | effect after consent-to-be-bound by NL');
  });

  it('another Party’s list: silent, since the entry into force counts none of that Party’s acts', () => {
    assert.deepEqual(findings('signature, ratification for US, ratification for NL', 'after ratification by NL'), []);
    assert.deepEqual(findings('ratification for NL, signature, approval for US', '30 days after ratification by NL'), []);
  });

  it('one list for every Party: raised, naming the Party, advice per Party, no edit of the shared list', () => {
    const [{ d }] = findings('signature, ratification', 'after ratification by NL');
    assert.match(d.message, /counts only NL's ratification: .* NL may consent by signature alone/u);
    assert.match(d.message, /If NL's signature is subject to ratification, give each Party its own means, NL's without signature \(`consent by ratification for NL, signature, ratification for US`\)/u);
    assert.deepEqual(d.fixes.map((f) => f.title), ["Count NL's consent by any means, signature included, for entry into force"]);
    const [{ d: alone }] = findings('signature', 'after ratification by NL');
    assert.match(alone.message, /\(`consent by ratification for NL, signature for US`\)/u);
    assert.deepEqual(alone.fixes.map((f) => f.title), ["Count NL's consent by any means, signature included, for entry into force"]);
  });

  describe('near misses', () => {
    it('the cemeteries form and a notification that may follow a binding signature stay silent', () => {
      assert.deepEqual(findings('notification for NL, signature for US', 'after notification by NL'), []);
      assert.deepEqual(findings('signature, notification for NL, signature for US', 'after notification by NL'), []);
      assert.deepEqual(findings('ratification for NL, signature for US', 'after ratification by NL'), []);
    });
    it('no named Party: the finding reads as before, with its drop fix', () => {
      const [{ d }] = findings('signature, ratification', 'after last ratification');
      assert.match(d.message, /^`consent by` lists signature, but the entry into force counts only ratifications: .* a State may consent by signature alone .* such a State would never count\. If signature is subject to ratification, drop signature;/u);
      assert.deepEqual(d.fixes.map((f) => f.title), ['Drop signature: consent by ratification (signature subject to ratification)', 'Count every consent, signature included, for entry into force']);
    });
  });
});
