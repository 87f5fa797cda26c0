/**
 * lf51, treaty lawyer lr29 defect D10: "Critical Infrastructure/Key Resources" (NL–US homeland
 * security Agreement 2012, Art. 1; read: BWBV0006073) is written in the preamble as "physical and
 * cyber-based critical infrastructure/key resources". The all-lowered form of a term of several
 * words lowered only the first letter of "Infrastructure/Key", so that use was missed and the term
 * was called "defined but never used … or delete the definition". Words joined by a slash are words.
 */
import assert from 'node:assert/strict';
import { repoText } from '../../helpers/fix-review';
import { diagnose } from '../../helpers/fixture';

const header = 'treaty "Agreement on Homeland Security" {\n  status binding\n}\n';
const define = (term: string) => `define "${term}" means "the systems and assets so designated"\n`;
const clause = (body: string) => `clause Preamble "Preamble" """\n  ${body}\n"""\n`;
const codes = (text: string, code: string) => diagnose(text).filter((d) => d.code === code);

describe('lf51 D10: a slash-joined term written with every word lowered is used in lower case, not unused', () => {
  it('the real words: "critical infrastructure/key resources" is the lower-case form, noted, not unused', () => {
    const text = header + define('Critical Infrastructure/Key Resources') + clause('Stressing that physical and cyber-based critical infrastructure/key resources and other homeland/civil security capabilities are essential;');
    assert.deepEqual(codes(text, 'unused-term'), []);
    const notes = codes(text, 'term-used-in-lower-case');
    assert.equal(notes.length, 1);
    assert.match(notes[0].message, /“critical infrastructure\/key resources”|"critical infrastructure\/key resources"/);
  });

  it('the real file: no unused-term on the term; the other two (Sending Party, Transport Security) stay', () => {
    const real = codes(repoText('test/real-instruments/nl-us-homeland-security-2012.entente'), 'unused-term').map((d) => d.message);
    assert.equal(real.some((m) => m.includes('Critical Infrastructure/Key Resources')), false);
    assert.equal(real.some((m) => m.startsWith('"Sending Party"')), true);
    assert.equal(real.some((m) => m.startsWith('"Transport Security"')), true);
  });

  it('near miss: a text that never writes the words is still told the term is unused', () => {
    const text = header + define('Critical Infrastructure/Key Resources') + clause('Stressing that physical and cyber-based infrastructure and other homeland/civil security capabilities are essential;');
    assert.equal(codes(text, 'unused-term').length, 1);
  });

  it('near miss: only the first letter lowered ("critical Infrastructure/Key Resources") is not the term', () => {
    const text = header + define('Critical Infrastructure/Key Resources') + clause('Stressing that critical Infrastructure/Key Resources are essential;');
    assert.equal(codes(text, 'unused-term').length, 1);
  });
});
