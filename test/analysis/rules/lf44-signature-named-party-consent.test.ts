/**
 * lr26, D1: `signature-not-counted` beside an entry into force on one named Party's act (`effect …
 * after ratification by NL`, the NL–US cemeteries form, BWBV0004383 Art. VII). The "count every
 * consent" edit rewrote it as `after last consent-to-be-bound`, making the treaty wait for every
 * Party's consent — another entry into force (VCLT Art. 24(1), read: BWBV0003441). The edit now
 * replaces the act only, keeping the Party: `after consent-to-be-bound by NL`, on which the check is
 * silent. Near miss: with no named Party the edit still counts every consent.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';

/** The lr26 probe sig2.entente, with the effect line given. */
const probe = (consent: string, effect: string) =>
  `treaty "Agreement on cyber cooperation" {\n  status binding\n  consent by ${consent}\n  effect ${effect}\n  duration indefinite\n  termination with notice of 6 months\n  amendment by written agreement\n  disputes by negotiation\n}\nparty NL "The Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty US "The United States of America" { kind state jurisdiction US }\n`;
const notCounted = (text: string) => diagnose(text).filter((d) => d.code === 'signature-not-counted');
const applied = (text: string, edit: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }) => {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
};
const effectLine = (text: string) => text.split('\n').find((l) => /^ {2}effect /u.test(l))!.trim();

describe('lf44: signature-not-counted keeps the named Party whose act brings the treaty into force (lr26, D1)', () => {
  const shared = probe('signature, ratification', 'on first day of month following 1 months after ratification by NL');

  it('the probe: the advice and the edit count NL’s consent by any means, not every consent', () => {
    const [d, ...more] = notCounted(shared);
    assert.deepEqual(more, []);
    assert.match(d.message, /if NL may be bound by signature alone, count NL's consent by any means \(`consent-to-be-bound by NL`\)\.$/u);
    assert.doesNotMatch(d.message, /count every consent/u);
    const [fix] = d.fixes;
    assert.equal(fix.title, "Count NL's consent by any means, signature included, for entry into force");
    const edited = applied(shared, fix.edits[0]);
    assert.equal(effectLine(edited), 'effect on first day of month following 1 months after consent-to-be-bound by NL');
    // The edited text is one the check accepts, and it parses.
    assert.deepEqual(notCounted(edited), []);
    assert.deepEqual(diagnose(edited).filter((x) => x.severity === 'error'), []);
  });

  it('the named Party’s own list: its advice names the Party too, and the edit keeps "last" and the Party', () => {
    const text = probe('signature, ratification for NL, signature for US', 'after last ratification by NL');
    const [d] = notCounted(text);
    assert.match(d.message, /if NL may be bound by signature alone, count NL's consent by any means \(`consent-to-be-bound by NL`\)\.$/u);
    const every = d.fixes.find((f) => /^Count NL's consent/u.test(f.title))!;
    assert.equal(effectLine(applied(text, every.edits[0])), 'effect after last consent-to-be-bound by NL');
  });

  it('a concluded text: the advice is an entry into force on NL’s consent', () => {
    const text = probe('signature, ratification', 'after ratification by NL').replace('status binding', 'status binding\n  signed at "The Hague" on 1970-01-01');
    const [d] = notCounted(text);
    assert.match(d.message, /if NL may be bound by signature alone, declare an entry into force on `consent-to-be-bound by NL`\./u);
  });

  it('near miss: no named Party, the edit still counts every consent', () => {
    const text = probe('signature, ratification', 'after last ratification');
    const [d] = notCounted(text);
    assert.match(d.message, /if a State may be bound by signature alone, count every consent \(`consent-to-be-bound`\)\.$/u);
    const every = d.fixes.find((f) => f.title === 'Count every consent, signature included, for entry into force')!;
    assert.equal(effectLine(applied(text, every.edits[0])), 'effect after last consent-to-be-bound');
  });
});
