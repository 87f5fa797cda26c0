/**
 * What missing-costs and missing-body-costs quote is quoted whole (treaty lawyer lr7, defect 2). On
 * the Convention on the Marking of Plastic Explosives 1991 the note said the Commission "meets at the
 * Headquarters of the International Civil Aviation Organization", leaving out "or at such places and
 * times as may be directed or approved by the Council" (Art. V(4); BWBV0003003), and quoted its two
 * models in part: the Convention on Nuclear Safety Art. 28(2) (BWBV0001256) and the Budapest
 * Convention Art. 46(4) (BWBV0001839), whose "…" dropped what the Parties bear. Every quotation the
 * notes print is now found whole in the Convention's text or in those articles as read.
 */
import assert from 'node:assert/strict';
import { repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { replaced } from '../helpers/replaced-once';

const icao = repoText('test/real-instruments/icao-marking-plastic-explosives-1991.entente');
const findings = (text: string, code: string) => diagnose(text).filter((d) => d.code === code);

/** The two models, as read in the Dutch treaty series (English text). */
const read = [
  'The costs incurred by the Agency in carrying out the functions referred to in sub-paragraphs (i) and (ii) above shall be borne by the Agency as part of its regular budget.',
  '(i) convene, prepare and service the meetings of the Contracting Parties;',
  '4.   Except where assumed by the Council of Europe, expenses incurred in carrying out the provisions of paragraph 1 shall be borne by the Parties in the manner to be determined by them.',
].join(' ');

/** Each "…" of a message, with a quotation inside it in single marks back in double ones. */
function quotations(message: string): string[] {
  return [...message.matchAll(/"([^"]+)"/g)].map((m) => m[1].replace(/[‘’]/g, '"'));
}

function assertQuotedWhole(message: string, text: string): void {
  const quotes = quotations(message);
  assert.ok(quotes.length >= 4, message);
  for (const quote of quotes) {
    assert.ok(!quote.includes('…'), `cut: "${quote}"`);
    assert.ok(text.includes(quote) || read.includes(quote), `not in the text as written: "${quote}"`);
  }
}

describe('the costs notes quote the text and their models whole (lr7 defect 2)', () => {
  it('missing-costs on ICAO 1991: Art. V(4) whole, "or at such places and times as may be directed or approved by the Council" included', () => {
    const [finding] = findings(icao, 'missing-costs');
    assert.match(finding.message, /"Sessions of the Commission shall be convened, at least once a year at the Headquarters of the International Civil Aviation Organization, or at such places and times as may be directed or approved by the Council"/);
    assert.doesNotMatch(finding.message, /it meets at the Headquarters/);
    assertQuotedWhole(finding.message, icao);
  });

  it('missing-body-costs beside a costs clause that names other costs: the same quotations, whole', () => {
    const costs = `${icao}\nclause Costs about costs """The cost of destroying unmarked explosives shall be borne by the State Party in whose territory they are found."""\n`;
    const [note] = findings(costs, 'missing-body-costs');
    assertQuotedWhole(note.message, costs);
  });

  it('near miss: a seat sentence with no alternative is quoted as it stands, and nothing is added to it', () => {
    const only = replaced(icao, 'at least once a year at the Headquarters of the International Civil Aviation Organization, or at such places and times as may be directed or approved by the Council.', 'at the Headquarters of the International Civil Aviation Organization.');
    const [finding] = findings(only, 'missing-costs');
    assert.match(finding.message, /; "Sessions of the Commission shall be convened, at the Headquarters of the International Civil Aviation Organization"; the International Civil Aviation Organization is not a party\./);
    assertQuotedWhole(finding.message, only);
  });
});
