/**
 * `missing-registration` on a treaty that names the Convention on International Civil Aviation adds
 * that Convention's own registration (ninety-second run, defect 2): "Any such arrangement shall be
 * forthwith registered with the Council, which shall make it public as soon as possible" (Chicago
 * Convention Art. 83; read: BWBV0005507), on the condition that it is an arrangement of a
 * contracting State. A text that names only the Organization, or no aviation text, is not told of it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { diagnose } from '../helpers/fixture';

const registration = (text: string) => diagnose(text).filter((d) => d.code === 'missing-registration').map((d) => d.message);
const treaty = (words: string) => `treaty "Air Services Agreement" {\n  status binding\n  effect on signature\n}\nparty NL "Netherlands" { kind state jurisdiction NL }\nparty NO "Norway" { kind state jurisdiction NO }\nclause Art2 "Article 2" """\n  ${words}\n"""\n`;
const art83 = /Art\. 83 of it also asks that it be registered with the ICAO Council \("Any such arrangement shall be forthwith registered with the Council, which shall make it public as soon as possible"\)/;

describe('missing-registration names the ICAO Council where the text names the Chicago Convention', () => {
  it('NL–Norway air services 1962: Art. 2(3) names the Convention, and the note adds Art. 83 with its condition', () => {
    const text = readFileSync(new URL('../real-instruments/nl-no-air-services-1962.entente', import.meta.url), 'utf8');
    const [message] = registration(text);
    assert.match(message ?? '', /The text names the Convention on International Civil Aviation: if it is an arrangement of a contracting State of that Convention, /);
    assert.match(message, art83);
  });

  it('a draft naming the Convention is told too', () => {
    const [message] = registration(treaty('The airlines shall operate in conformity with the Convention on International Civil Aviation.'));
    assert.match(message ?? '', art83);
  });

  it('near misses: the Organization alone, or no aviation text, adds nothing', () => {
    for (const words of ['Notice shall be communicated to the International Civil Aviation Organization.', 'The Parties shall cooperate on road transport.']) {
      const [message] = registration(treaty(words));
      assert.ok(message, words);
      assert.doesNotMatch(message, /ICAO Council|Art\. 83/, words);
    }
  });
});
