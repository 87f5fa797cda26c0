/**
 * Instruments written independently of the analyser (project issue #3): six clean instruments
 * and an annex drafted from the grammar README, the language brief and the drafting rules only,
 * and flawed copies with realistic mistakes planted in them.
 *
 * Clean fixtures: no diagnostics at all. Every info or hint the first run raised was a real gap
 * in the instrument and was fixed in it as a drafter would (the Japan–India MoC gained a claims
 * clause for its secondments, MC23); none is left to judge correct. The false positives that run
 * found were fixed in the analyser, with regression tests beside each rule's own tests.
 *
 * Flawed fixtures: exactly the expected findings, each on its line and on the word at fault.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createEntenteService } from '../../server/src/language/service';

const folder = new URL('./fixtures/', import.meta.url);

/** Every fixture by its path relative to the folder, so `use` and `annex … of` paths resolve. */
const files: Record<string, string> = {};
for (const entry of readdirSync(folder, { recursive: true, withFileTypes: false }) as string[]) {
  if (entry.endsWith('.entente')) files[entry.replace(/\\/g, '/')] = readFileSync(new URL(entry, folder), 'utf8');
}

const instruments = Object.keys(files).filter((f) => !f.startsWith('registry/'));
/** The clean instruments, and the partner registry they `use`, which must be clean too. */
const clean = Object.keys(files).filter((f) => !f.startsWith('flawed-'));

/** `line (1-based) code 'word under the range'`, sorted, for a readable diff. */
function findings(name: string): string[] {
  const lines = files[name].split('\n');
  // Each fixture is opened at its own path, so an annex in a subfolder finds `../parent`.
  const service = createEntenteService({ readFile: (uri) => files[uri.replace('file:///fixture/', '')] });
  const uri = `file:///fixture/${name}`;
  service.open(uri, files[name]);
  return service.diagnostics(uri)
    .map((d) => {
      const { start, end } = d.range;
      const word = start.line === end.line ? lines[start.line].slice(start.character, end.character) : `${lines[start.line].slice(start.character)}…`;
      return `${start.line + 1} ${d.code} '${word}'`;
    })
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b));
}

const expected: Record<string, string[]> = {
  'flawed-jp-in-shall.entente': [
    // Intellectual-property prose is now scanned like every other prose.
    "34 mou-binding-wording 'shall'",
    "46 mou-binding-wording 'shall'",
  ],
  'flawed-nordic-no-depositary.entente': [
    "5 missing-depositary 'treaty'",
    "28 missing-classification-equivalence 'CONFIDENTIAL'",
    "37 classification-above-agreement 'TOP-SECRET'",
  ],
  'flawed-us-uk-tlp.entente': ["37 onward-sharing-beyond-tlp 'with-clients'"],
  'flawed-cepol-coe-transfer.entente': ["34 transfer-without-safeguards 'COE'"],
  'flawed-md-ro-deadline.entente': [
    "36 tlp-red-audience 'TLP:RED'",
    "37 tlp-red-audience 'with-consent'",
    "52 deadline-exceeds-statute '72 hours'",
  ],
  'flawed-md-ro-annex.entente': [
    // The annex has no dates of its own: its parent's signature starts the term.
    "26 exercise-outside-term '2026-06-15'",
    "30 mou-binding-wording 'shall'",
  ],
  'flawed-au-arbitration.entente': [
    "12 mou-third-party-disputes 'arbitration'",
    "63 contact-not-channel-member 'RW.Cert'",
    "88 notified-not-on-channel 'RW'",
    "99 mou-binding-wording 'enter into force'",
    "99 mou-binding-wording 'shall'",
  ],
  'flawed-ee-us-mixed.entente': [
    "6 prevailing-language-not-listed 'French'",
    "10 notice-not-shorter-than-term '12 months'",
    "13 mou-treaty-procedure 'article-102'",
    "28 missing-breach-procedure 'Cases'",
    "28 transfer-without-safeguards 'CISA'",
    "36 interval-longer-than-term '24 months'",
    "41 mou-binding-commitment 'will contribute'",
    "42 mou-binding-commitment 'indemnify'",
    "42 mou-treaty-wording 'Parties'",
  ],
  'flawed-lt-pl-treaty.entente': [
    "3 missing-costs 'treaty'",
    "7 signature-and-ratification 'ratification'",
    "11 treaty-amendment-by-decision 'written decision'",
    "13 domestic-governing-law '\"the law of England and Wales\"'",
    "14 bilateral-treaty-depositary 'depositary'",
    "15 bilateral-treaty-reservations 'permitted'",
    "31 unused-declaration 'LTPL'",
    "35 missing-breach-procedure 'Defence'",
    "37 classified-tlp-only 'TLP:AMBER'",
    "38 onward-to-non-party 'within-organisation'",
    "45 preservation-under-60-days '30 days'",
  ],
};

describe('independent instruments (issue #3)', () => {
  it('has the six clean instruments, the annex, the registry and a flawed copy for every expectation', () => {
    assert.ok(clean.length >= 8, `clean fixtures: ${clean.join(', ')}`);
    assert.deepEqual(instruments.filter((f) => f.startsWith('flawed-')).sort(), Object.keys(expected).sort());
  });

  for (const name of clean) {
    it(`${name}: no diagnostics`, () => {
      assert.deepEqual(findings(name), []);
    });
  }

  for (const [name, codes] of Object.entries(expected)) {
    it(`${name}: exactly the planted mistakes, on the word at fault`, () => {
      assert.deepEqual(findings(name), [...codes].sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b)));
    });
  }
});
