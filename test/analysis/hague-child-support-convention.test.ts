/**
 * The forty-sixth real-instrument run (test/real-instruments/FORTY-SIXTH-RUN.md), from its texts:
 * the Hague Child Support Convention 2007 (BWBV0005392) and the NL–UN IRMCT headquarters Agreement
 * 2015 (BWBV0006484).
 *
 * Closing items 1–2: "Any reference to a “Contracting State” or “State” in this Convention shall
 * apply equally to a Regional Economic Integration Organisation" (Art. 59(5)) quotes the
 * Convention's own expressions to widen them, and "contracting State" and "party" are the Vienna
 * Convention's terms (VCLT Art. 2(1)(f)–(g)): neither is an undefined term, an error under `strict`.
 *
 * Closing item 5: where the United Nations is a party it registers ex officio (Regulations to give
 * effect to Art. 102, Art. 4(1)(a)), as the finding says: no profile raises it above info.
 */
import assert from 'node:assert/strict';
import { findingsOf, wholeText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { replaced } from '../helpers/replaced-once';

const hague = wholeText('test/real-instruments/hcch-child-support-recovery-convention-2007.entente');
const irmct = wholeText('test/real-instruments/nl-un-irmct-headquarters-agreement-2015.entente');
const scsl = wholeText('test/real-instruments/nl-scsl-archives-notes-2010.entente');
const opcw = wholeText('test/real-instruments/nl-opcw-facility-agreement-1998.entente');

const undefinedTerms = (text: string) => findingsOf(text, 'undefined-term').map((d) => /^"([^"]+)"/.exec(d.message)?.[1]);
const clause = (sentence: string) => `clause Art59 """${sentence}"""\n`;

const art59 = 'Any reference to a “Contracting State” or “State” in this Convention shall';

describe('forty-sixth real-instrument run, items 1–2: the Convention quoting its own "Contracting State" and "State" (Art. 59(5))', () => {
  it('the Convention as transcribed: no undefined-term, and no error under --profile strict', () => {
    assert.equal(hague.split(art59).length - 1, 1);
    assert.deepEqual(undefinedTerms(hague), []);
    const errors = diagnose(hague, { settings: { profile: 'strict' } }).filter((d) => d.severity === 'error');
    assert.deepEqual(errors.map((d) => d.code), []);
  });

  it("the text's own expression quoted to be widened is not a term, whatever the expression", () => {
    for (const sentence of [
      'Any reference to a “Contracting State” or “State” in this Convention shall apply equally to a Regional Economic Integration Organisation that is a Party to it, where appropriate.',
      'Any reference to a “Central Authority” in this Convention shall apply equally to a public body designated under Article 36.',
      'Any reference to the “Requesting Body” shall be read as including the Central Authority.',
      // UNTOC Art. 2(j), without the article (read before this run).
      'References to “States Parties” under this Convention shall apply to such organizations within the limits of their competence.',
    ]) {
      assert.deepEqual(undefinedTerms(clause(sentence)), [], sentence);
    }
  });

  it('the terms of treaty law (VCLT Art. 2(1)(f)–(g)) need no definition wherever they are quoted', () => {
    // The same words in Art. 59(5) without the "reference to" formula (the second reason alone).
    const bare = replaced(hague, art59, 'Each “Contracting State” or “State” referred to in this Convention shall');
    assert.deepEqual(undefinedTerms(bare), []);
    for (const term of ['Party', 'the Parties', 'Contracting Party', 'State Party', 'States Parties', 'High Contracting Parties']) {
      assert.deepEqual(undefinedTerms(clause(`Each “${term}” shall inform the depositary.`)), [], term);
    }
  });

  it('near misses: a quoted term of art the text leaves undefined is still reported', () => {
    // NL–SCSL archives notes 2010, Art. 3: "the “Chain of Custody” of the archives" (the reviewer's `expect?`).
    assert.deepEqual(undefinedTerms(scsl), ['Chain of Custody']);
    // "with reference to" the term is a use of it, not a mention of the text's expression.
    const used = replaced(scsl, 'responsible for the “Chain of Custody”', 'responsible, with reference to the “Chain of Custody”');
    assert.deepEqual(undefinedTerms(used), ['Chain of Custody']);
    // A party's role in the text is the text's to define (Croatia–Curaçao 2013, nineteenth run).
    assert.deepEqual(undefinedTerms(clause('Each “Member State” shall inform the other Contracting State.')), ['Member State']);
    assert.deepEqual(undefinedTerms(clause('Each “Requesting State” shall apply equally to the Central Authority.')), ['Requesting State']);
    // The formula's own words, but about something else: "a reference to a “Contact Point” is made".
    assert.deepEqual(undefinedTerms(clause('A reference to a “Contact Point” is made in the annex.')), ['Contact Point']);
  });
});

describe('forty-sixth real-instrument run, item 5: missing-registration where the United Nations registers ex officio', () => {
  const registration = (text: string, settings: Record<string, unknown>) => diagnose(text, { settings }).filter((d) => d.code === 'missing-registration');

  it('the IRMCT Agreement: info under every profile, with the ex officio sentence', () => {
    for (const profile of ['treaty-review', 'strict', undefined]) {
      const [d, ...rest] = registration(irmct, profile ? { profile } : {});
      assert.deepEqual(rest, []);
      assert.equal(d.severity, 'info', String(profile));
      assert.match(d.message, /registers it ex officio/);
    }
  });

  // Both texts are concluded: since lr15 (D2) a note under every profile there too, for another
  // reason (the duty is the Charter's and needs no clause); the near miss is in what the note says.
  it('near miss: an agreement with another international organisation is not said to be registered ex officio', () => {
    const [d] = registration(opcw, { profile: 'treaty-review' });
    assert.equal(d.severity, 'info');
    assert.doesNotMatch(d.message, /ex officio/);
    assert.match(d.message, /each Party that was a UN Member when it entered into the treaty is bound to have it registered as soon as possible \(Art\. 102\(1\): every treaty "entered into by any Member of the United Nations after the present Charter comes into force" "shall as soon as possible be registered"\); no amending instrument is needed\.$/);
  });

  it('near miss: the IRMCT Agreement without the United Nations as a party is not said to be registered ex officio', () => {
    const other = replaced(irmct, 'party UN "The United Nations" {', 'party UN "The Organisation for the Prohibition of Chemical Weapons" {');
    const [d] = registration(other, { profile: 'treaty-review' });
    assert.equal(d.severity, 'info');
    assert.doesNotMatch(d.message, /ex officio/);
  });

  it('near miss: a per-rule setting still decides', () => {
    const [d] = registration(irmct, { rules: { 'missing-registration': 'warning' } });
    assert.equal(d.severity, 'warning');
  });
});
