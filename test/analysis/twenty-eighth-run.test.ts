/**
 * The twenty-eighth real-instrument run (test/real-instruments/TWENTY-EIGHTH-RUN.md): the UN
 * Convention against Transnational Organized Crime 2000 and the Council of Europe Convention on
 * the Prevention of Terrorism 2005 (CETS 196). Its closing list: a two-term definition opening a
 * list item ("f) “Freezing” or “seizure” shall mean"), victims' compensation taken for a payment
 * between the Parties, a rule on spontaneous information named as the rule of another channel, and
 * a channel whose own words let the sender impose binding use conditions reported as unlimited;
 * its points for the engineers: the Law Enforcement Directive first on a police channel that has
 * no purpose statement, each Union-side sender under its own regime, and Art. 61 of the Directive
 * said conditionally for a convention dated only by its opening for signature. Each case is built
 * from the two texts' own sentences, with the near misses that must keep their finding.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { EntenteDiagnostic } from '../../server/src/language/index';
import { diagnose } from '../helpers/fixture';

const untocPath = 'test/real-instruments/un-transnational-organized-crime-convention-2000.entente';
const cets196Path = 'test/real-instruments/coe-cets196-prevention-of-terrorism-2005.entente';
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const untoc = read(untocPath);
const cets196 = read(cets196Path);

const q = '"""';
const of = (found: readonly EntenteDiagnostic[], code: string) => found.filter((d) => d.code === code);
const on = (text: string, found: readonly EntenteDiagnostic[], words: string) => found.filter((d) => lineOf(text, d.range.start.line).slice(d.range.start.character).startsWith(words));
const lineOf = (text: string, line: number) => text.split('\n')[line] ?? '';

/** A copy of `text` with `what` replaced, failing loudly when the words are not there. */
function edit(text: string, what: string, by: string): string {
  assert.ok(text.includes(what), `not in the text: ${what}`);
  return text.replace(what, by);
}

/** Two named States added to the text, as the reviewer's probes did (probe 2: NL and US; probe 6: NL and TR). */
function withStates(text: string, before: string, states: readonly [string, string, string][]): string {
  const parties = states.map(([id, name, where]) => `party ${id} "${name}" {\n  kind state\n  jurisdiction ${where}\n}\n\n`).join('');
  return edit(text, before, `${parties}${before}`);
}

describe('twenty-eighth real-instrument run', () => {
  describe('closing item 1: a two-term definition opens its list item (UNTOC Art. 2(f)–(g))', () => {
    const convention = (definition: string, use: string) =>
      `define "Freezing" means "temporarily prohibiting the transfer, conversion, disposition or movement of property"\nclause Art2 "Article 2" ${q}\n  For the purposes of this Convention:\n  ${definition}\n${q}\nclause Art12 "Article 12" ${q}\n  ${use}\n${q}\n`;
    const lowerCase = (text: string) => of(diagnose(text), 'term-used-in-lower-case');
    const art12 = 'States Parties shall adopt such measures as may be necessary to enable the identification, tracing, freezing or seizure of any item referred to in paragraph 1.';

    it('raises no note on “Freezing” in the transcription', () => {
      assert.deepEqual(on(untoc, lowerCase(untoc), '"Freezing"'), []);
      assert.deepEqual(lowerCase(untoc), []);
    });

    it('reads "f) “Freezing” or “seizure” shall mean" and "g) “Confiscation”, which includes forfeiture where applicable, shall mean" as item openings', () => {
      assert.deepEqual(lowerCase(convention('f) “Freezing” or “seizure” shall mean temporarily prohibiting the transfer of property;', art12)), []);
      const confiscation = `define "Confiscation" means "the permanent deprivation of property by order of a court"\nclause Art2 "Article 2" ${q}\n  For the purposes of this Convention:\n  g) “Confiscation”, which includes forfeiture where applicable, shall mean the permanent deprivation of property by order of a court or other competent authority;\n${q}\nclause Art12 "Article 12" ${q}\n  States Parties shall adopt, to the greatest extent possible, such measures as may be necessary to enable confiscation of proceeds of crime.\n${q}\n`;
      assert.deepEqual(lowerCase(confiscation), []);
    });

    it('near misses: the capital is still noted after a comma, or where no words define the terms', () => {
      const afterComma = lowerCase(convention('For the purposes of this Convention, “Freezing” or “seizure” shall mean temporarily prohibiting the transfer of property.', art12));
      assert.equal(afterComma.length, 1);
      assert.match(afterComma[0].message, /^"Freezing" is used only as "freezing"/);
      assert.equal(lowerCase(convention('f) “Freezing” or “seizure” are measures ordered by a court;', art12)).length, 1);
    });
  });
});
