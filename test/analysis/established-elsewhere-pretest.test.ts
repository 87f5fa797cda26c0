/**
 * Three readings the rules share made cheaper without changing what they find (issue #11, pl51):
 * - a clause is split into sentences and each tested for one that says another act established a
 *   body only where its whole text passes the two tests every such sentence passes
 *   (`mayEstablishElsewhere`, rules/support/established-elsewhere.ts);
 * - whether a long text is all ASCII is remembered per string (util/ascii-twin.ts);
 * - what a header's prose cites (`§Name`, "paragraph 2") is kept with the header's text nodes
 *   (rules/checks/provision-references.ts).
 * The pre-test must never pass over a text one of whose sentences the reading finds; the memo must
 * answer what a scan answers; the kept header findings must be a fresh service's after each edit.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { establishingIn, mayEstablishElsewhere } from '../../server/src/language/rules/support/established-elsewhere';
import { isAscii } from '../../server/src/language/util/ascii-twin';
import { followEdits } from '../helpers/follow-edits';

/** The patterns' words, near misses, case variants, what separates sentences, and non-ASCII letters (ſ and K fold to s and k under `iu`). */
const pieces = [
  'establish', 'established', 'Establishes', 'ESTABLISHING', 'establishment', 'set up', 'set  up', 'set\nup', 'setup', 'created', 'creating', 'create', 'recreated',
  'resolution', 'Resolution (98) 7', 'decision', 'Decisions', 'statute', 'statutes', 'partial agreement', 'enlarged agreement', 'partial  agreement',
  'this Convention', 'the present Agreement', 'hereby', 'thereby', 'the Group of States against Corruption (GRECO)', 'GRECO', 'the Committee',
  ' ', ' ', ' ', '\u00a0', '. ', '; ', '.', ';', '.\n', ',', '-', '_', 'x', '9', 'é', 'ſ', 'K', 'ſtatute', 'Kreated',
];

const prose = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((ps) => ps.join(''));

describe('readings shared by the rules, made cheaper and exact (pl51)', () => {
  it('an establishing sentence is found only in a text that passes the pre-test (generated prose, ASCII or not)', () => {
    fc.assert(
      fc.property(prose, (text) => {
        for (const ascii of isAscii(text) ? [true, false] : [false]) {
          if (establishingIn(text, ascii).length > 0) assert.ok(mayEstablishElsewhere(text, ascii), JSON.stringify(text));
        }
      }),
      { seed: 51, numRuns: 4000 },
    );
  });

  it('the pre-test passes the texts that hold such a sentence (it is not vacuous) and not a plain clause', () => {
    const greco = 'Recalling Resolution (98) 7 authorising the partial and enlarged agreement establishing the Group of States against Corruption (GRECO). The Parties shall cooperate.';
    assert.ok(mayEstablishElsewhere(greco, true));
    assert.equal(establishingIn(greco, true).length, 1);
    assert.equal(mayEstablishElsewhere('The Parties shall meet once a year. The Committee may adopt recommendations.', true), false);
  });

  it('a remembered ASCII answer is what a scan gives, for the same string, an equal copy, and after many other texts', () => {
    const scan = (t: string) => !/[^\x00-\x7f]/.test(t);
    const long = fc.tuple(fc.string({ minLength: 250, maxLength: 600 }), fc.constantFrom('', 'é', '\u00a0', 'x', '\u{1F600}')).map(([a, b]) => a + b);
    fc.assert(
      fc.property(fc.array(long, { minLength: 1, maxLength: 30 }), (texts) => {
        for (const t of texts) assert.equal(isAscii(t), scan(t));
        for (const t of texts) assert.equal(isAscii((' ' + t).slice(1)), scan(t));
      }),
      { seed: 51, numRuns: 300 },
    );
    // Past two generations (a million characters each): forgotten texts are scanned again.
    const many = Array.from({ length: 5000 }, (_, i) => `${'a'.repeat(400)}${i}${i % 7 === 0 ? 'é' : ''}`);
    for (const t of many) assert.equal(isAscii(t), scan(t));
    for (const t of many) assert.equal(isAscii(t), scan(t));
  });

  it('the header’s citations follow edits to the header and below it as a fresh service finds them', () => {
    const start = `treaty "Convention" {
  status binding
  reservations "only those provided for in §Assistance, paragraph 1 and §Nowhere, paragraph 2"
}
party EE "Estonia" { kind state }
party FI "Finland" { kind state }
clause Assistance "Assistance" about mutual-assistance """
  The Parties shall assist each other.
"""
clause Costs "Costs" about costs """
  Each Party shall bear its own costs.
"""
`;
    const cited = (ds: { code: string; message: string }[]) => ds.filter((d) => d.code === 'unknown-provision-reference' || d.code === 'generated-number-reference').map((d) => `${d.code}: ${d.message.slice(0, 30)}`).sort().join(' | ');
    const seen = followEdits(
      start,
      [
        ['prose typed below the header', (t) => t.replace('assist each other.', 'assist each other promptly.')],
        ['the cited name declared', (t) => t.replace('clause Costs "Costs"', 'clause Nowhere "Costs"')],
        ['the header edited: another name cited', (t) => t.replace('§Nowhere', '§Elsewhere')],
        ['a line added above the header', (t) => `\n${t}`],
        ['prose typed below again', (t) => t.replace('its own costs.', 'its own costs, unless agreed.')],
        ['the header edited: the unknown name gone', (t) => t.replace(' and §Elsewhere, paragraph 2', '')],
      ],
      cited,
    );
    assert.ok(seen[0].includes('§Nowhere'), seen[0]);
    assert.ok(!seen[1].includes('§Nowhere'), seen[1]);
    assert.ok(seen[2].includes('§Elsewhere'), seen[2]);
    assert.ok(!seen[5].includes('§Elsewhere'), seen[5]);
  });
});
