/**
 * lr18, D6 (export, worst class): a concluded text's general definition is dropped only where
 * another article's words are its definition in full — kind "means" (never "includes", never a
 * name in brackets; "includes" only with the declaration's very words), the whole meaning after
 * normalisation, not its first three words. "For the
 * purposes of this Article, “Incident” includes only an event that disrupts an essential service …"
 * and "an event that disrupts the election systems of a Party (the Incident)" share the opening
 * "event that disrupts" with the declaration "an event that disrupts the security of network and
 * information systems": the general definition is printed, with the "also" note. Near misses: the
 * declaration's words in full are carried (for the whole text, or limited to the article with the
 * limit quoted); a meaning that goes on after the declaration's words is another meaning.
 */
import assert from 'node:assert/strict';
import { concludedTreaty, renderText } from './render-fixtures';
import { ownWordsOf } from '../../server/src/language/render/own-definitions';
import type { Definition } from '../../server/src/language/ast/nodes';

const art1 = 'clause Art1 "Article 1 – Definitions" about definitions """\n  For the purposes of this Convention:\n  g) “Dumping” does not include the disposal of wastes incidental to the normal operations of vessels.\n"""\n';
const defines = 'define "Dumping" means "any deliberate disposal in the maritime area of wastes"\ndefine "Incident" means "an event that disrupts the security of network and information systems"\n';
const art2 = 'clause Art2 "Article 2 – Obligations" """\n  The Parties shall prevent Dumping and notify each Incident.\n"""\n';
const art5 = (first: string) => `clause Art5 "Article 5 – Notification of major incidents" """\n  1. ${first}\n  2. Each Party shall notify the other of any Incident without delay.\n"""\n`;
const general = /“Incident”: an event that disrupts the security of network and information systems/;
const md = (first: string) => renderText(concludedTreaty(art1 + defines + art2 + art5(first)));

describe('lr18, D6: a general definition is carried only by words that are its meaning in full', () => {
  it('the probe: "includes only an event that disrupts an essential service" — printed, with the "also" note', () => {
    const out = md('For the purposes of this Article, “Incident” includes only an event that disrupts an essential service for more than twenty-four hours.');
    assert.match(out, general);
    assert.doesNotMatch(out, /Definition ‘Incident’ is not printed/);
    assert.match(out, /also says in its own words what ‘Incident’ includes, limited by “For the purposes of this Article”/);
  });

  it('the probe: "Where an event that disrupts the election systems of a Party occurs (the Incident)" — printed', () => {
    const out = md('Where an event that disrupts the election systems of a Party occurs (the Incident), that Party shall inform the other Party at once.');
    assert.match(out, general);
    assert.match(out, /also uses ‘Incident’ in brackets for what its own words describe/);
  });

  it('"“Incident” means an event that disrupts an essential service" (same opening, other meaning, whole text) — printed', () => {
    const out = md('“Incident” means an event that disrupts an essential service.');
    assert.match(out, general);
    assert.match(out, /also defines ‘Incident’ in its own words/);
  });

  it('near miss: "includes" with the declaration\'s very words is what the declaration transcribes (NL–CTA 1984 Art. 4) — carried, the note says what it includes', () => {
    const out = md('“Incident” includes an event that disrupts the security of network and information systems.');
    assert.doesNotMatch(out, general);
    assert.match(out, /the text’s own words say what it includes, in Article 5/);
  });

  it('near miss: the declaration\'s words in full after "means" (other case, curly quotes, a closing stop) — carried', () => {
    const out = md('“Incident” means An event that disrupts the security of network and information  systems.');
    assert.doesNotMatch(out, general);
    assert.match(out, /Definition ‘Incident’ is not printed from its declaration: the text’s own words define it, in Article 5/);
  });

  it('near miss: the same, limited to the article — carried, the limit quoted', () => {
    const out = md('For the purposes of this Article, “Incident” means an event that disrupts the security of network and information systems.');
    assert.doesNotMatch(out, general);
    assert.match(out, /the text’s own words define it, in Article 5 – Notification of major incidents, limited by “For the purposes of this Article”\./);
  });

  it('near miss: a meaning that goes on after the declaration\'s words is another meaning — printed', () => {
    assert.match(md('“Incident” means an event that disrupts the security of network and information systems of an operator of essential services.'), general);
  });

  it('unit: a short name for words that are the meaning in full is the declaration\'s; for other words it is not', () => {
    const d = { term: { value: 'Agency' }, meaning: { value: 'the International Atomic Energy Agency' } } as unknown as Definition;
    const own = ownWordsOf(d);
    assert.equal(own('The International Atomic Energy Agency (hereinafter referred to as “the Agency”) shall provide the secretariat.')?.same, true);
    assert.equal(own('The International Atomic Energy Agency’s Board (hereinafter referred to as “the Agency”) shall meet.')?.same, false);
    assert.equal(own('The International Atomic Energy Agency (the Agency) shall provide the secretariat.')?.same, false);
    // The words on both sides of the bracket (CZ–NL arrangement 2015, preamble), and a near miss with other words after it.
    const convention = ownWordsOf({ term: { value: 'Convention' }, meaning: { value: 'The Convention between A and B of 4 March 1974, including the Protocols of 26 June 1996 and 31 May 2013' } } as unknown as Definition);
    assert.equal(convention('The Convention between A and B of 4 March 1974 (hereinafter referred to as ‘the Convention’), including the Protocols of 26 June 1996 and 31 May 2013, Have agreed')?.same, true);
    assert.equal(convention('The Convention between A and B of 4 March 1974 (hereinafter referred to as ‘the Convention’), including the Protocol of 1996, Have agreed')?.same, false);
  });
});
