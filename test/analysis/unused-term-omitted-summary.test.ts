/**
 * `unused-term` on an excerpt names the parts it omits once, briefly (the sixty-sixth run, item 3):
 * on the UN Illicit Traffic Convention 1988 each of its ten findings repeated the 18 omitted parts,
 * some 1,200 characters, ten times over. With more than three parts the message gives their count
 * and the first three, and sends the drafter to the header's `omitted`, which lists them all; with
 * three or fewer it names them all, as before.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { findingsOf, repoText } from '../helpers/fix-review';

describe('unused-term on an excerpt: the omitted parts in brief (sixty-sixth run, item 3)', () => {
  it('UN Illicit Traffic 1988: ten findings, each with the count and the first three parts, well under 400 characters', () => {
    const findings = findingsOf(repoText('test/real-instruments/un-illicit-traffic-1988.entente'), 'unused-term');
    assert.equal(findings.length, 10);
    for (const f of findings) {
      assert.match(f.message, /^"[^"]+" is not used in the transcribed articles; this transcription is an excerpt, and the 18 parts it omits may use it \("Article 2 \(Scope of the Convention\)", "Article 3 \(Offences and sanctions\)", "Article 4 \(Jurisdiction\)" and 15 more, listed under the header's `omitted`\)\.$/);
      assert.ok(f.message.length < 400, `${f.message.length} characters`);
      assert.equal(f.severity, 'info');
    }
  });

  it('near misses: three parts or fewer are all named, as before; a whole text is told to use or delete the term', () => {
    const text = (omitted: string) => `treaty "Agreement" {\n  status binding\n${omitted}}\nparty EE "The Republic of Estonia" { kind state }\nparty FI "The Republic of Finland" { kind state }\ndefine "Incident" means "any event"\nclause Art1 "Article 1 – Cooperation" """\n  The Parties shall cooperate.\n"""\n`;
    const three = diagnose(text('  omitted "Article 2", "Article 3" and "the Annex"\n'.replace(' and ', ', '))).filter((d) => d.code === 'unused-term');
    assert.equal(three.length, 1);
    assert.equal(three[0].message, '"Incident" is not used in the transcribed articles; this transcription is an excerpt (omitted "Article 2", "Article 3" and "the Annex"), which may use it.');
    const four = diagnose(text('  omitted "Article 2", "Article 3", "Article 4", "the Annex"\n')).filter((d) => d.code === 'unused-term');
    assert.equal(four[0].message, '"Incident" is not used in the transcribed articles; this transcription is an excerpt, and the 4 parts it omits may use it ("Article 2", "Article 3", "Article 4" and 1 more, listed under the header\'s `omitted`).');
    const whole = diagnose(text('')).filter((d) => d.code === 'unused-term');
    assert.match(whole[0].message, /is defined but never used: use it in the text, or delete the definition\./);
  });
});
