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
 * Round 2 added instrument types round 1 lacked: a bilateral MLA treaty (Budapest Art. 29 and
 * 35, central authorities), a DORA arrangement between financial-sector CSIRTs, a binding
 * amending protocol, an annex in a subfolder whose parent is `../`, and an eight-party framework
 * from a registry with NATO, the EU and a company. Its run found a plural of a defined term not
 * counted as a use, DORA deadlines reported as binding under NIS2 too, one office-hours party
 * reported once per contact, and library clauses of the wrong wording passing unseen; all fixed
 * in the analyser. The MLA treaty's unlisted central-authority contacts were a drafting gap.
 *
 * Round 3 (applicability, issue #9) changed the law the checker applies, not the instruments'
 * intent. The clean copies were completed as a drafter would: the MD–RO and PT–BR safeguards
 * texts now state the content EDPB Guidelines 2/2020 expect; the LU–IE supervisors no longer
 * declare themselves bound by DORA; the Baltic framework says that its protocol leaves the
 * statutory reporting of its NIS2-bound company unaffected (the flawed copies got the same edits
 * where the planted mistakes lie elsewhere).
 *
 * Round 4 (syntax and legal-adviser checks, issue #9 items 5–6) completed the clean copies as a
 * drafter would where the new checks found real gaps: protocols say from when deadlines run
 * (`of awareness`, `of classification` for DORA) and what their severity means (`threshold`);
 * seconded staff respect the host's law; TLP:AMBER information stays confidential after
 * discontinuation (the library's confidentiality clause); the EE–GE and Nordic treaties say how
 * they relate to other agreements and Union law; the Nordic treaty's 2010 security agreement is
 * cited as in force (`concluded`) and its channel's breach procedure names who reports. The
 * flawed copies got the same edits where the planted mistakes lie elsewhere.
 *
 * After the who-is-bound review (item 19: the EEA Agreement does not carry NIS2, so Norway is a
 * third country for CSIRT exchange), the Nordic amending protocol says that Denmark and Sweden
 * apply it in accordance with Union law, in the clean and the flawed copy alike.
 *
 * After the Law Enforcement Directive came to lead on channels whose stated purpose is criminal
 * (the prevention, investigation, detection or prosecution of criminal offences, LED Art. 1(1)),
 * the EE–GE treaty's channel, "for the investigation and prosecution of criminal offences", names
 * its safeguards for what they are — the treaty's own Articles 9 to 11, a legally binding
 * instrument (LED Art. 37(1)(a)) — not `standard-data-protection-clauses`, a GDPR tool that is no
 * basis under the Directive; in the clean and the flawed copy alike.
 *
 * When generated-number-reference came to cover every text whose articles the export numbers (ex6),
 * it found the EE–GE treaty's "Articles 9 to 11 of this Treaty" cited the export's consent, entry
 * into force and duration: the treaty had no articles on personal data. Both copies gained the
 * clause that says what the safeguards text listed (`PersonalData`), cited by its name.
 *
 * When `signature-not-counted` came (hundredth run, defect 1: the means of consent are
 * alternatives), the Nordic treaty and protocol — "subject to ratification", in force after the third
 * ratification — listed signature as a means of consent their entry into force never counts: both
 * copies now say `consent by ratification`, as the drafter meant.
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
/** A flawed copy is named `flawed-…`, also in a subfolder (an annex beside its clean twin). */
const isFlawed = (f: string) => f.split('/').pop()!.startsWith('flawed-');
/** The clean instruments, and the partner registries they `use`, which must be clean too. */
const clean = Object.keys(files).filter((f) => !isFlawed(f));

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
    // Round 4: the 2010 agreement is in force (`concluded`), one line down.
    "29 missing-classification-equivalence 'CONFIDENTIAL'",
    "38 classification-above-agreement 'TOP-SECRET'",
  ],
  'flawed-us-uk-tlp.entente': ["37 onward-sharing-beyond-tlp 'with-clients'"],
  'flawed-cepol-coe-transfer.entente': ["34 transfer-without-safeguards 'COE'"],
  // Applicability round (issue #9): both planted mistakes are lawful. TLP 2.0 allows wider sharing
  // with the source's permission (`with-consent`), and the channel names a contact of each member;
  // NIS2 Art. 23(4) binds entities towards their own CSIRT, not a 72-hour CERT-to-CERT notice.
  'flawed-md-ro-deadline.entente': [],
  'flawed-md-ro-annex.entente': [
    // The annex has no dates of its own: its parent's signature starts the term.
    "27 exercise-outside-term '2026-06-15'",
    "31 mou-binding-wording 'shall'",
  ],
  'flawed-au-arbitration.entente': [
    "12 mou-third-party-disputes 'arbitration'",
    "63 contact-not-channel-member 'RW.Cert'",
    "89 notified-not-on-channel 'RW'",
    "100 mou-binding-wording 'enter into force'",
    "100 mou-binding-wording 'shall'",
  ],
  'flawed-ee-us-mixed.entente': [
    "6 prevailing-language-not-listed 'French'",
    "10 notice-not-shorter-than-term '12 months'",
    "13 mou-treaty-procedure 'article-102'",
    "28 missing-breach-procedure 'Cases'",
    // RIA is a government agency: the GDPR, the Law Enforcement Directive or neither may govern
    // its processing, so the missing Chapter V basis is a conditional warning.
    "28 possible-transfer-without-safeguards 'CISA'",
    // Round 4 (issue #9 item 6): nothing keeps TLP:AMBER information confidential after discontinuation.
    "30 missing-confidentiality-survival 'TLP:AMBER'",
    "36 interval-longer-than-term '24 months'",
    "41 mou-binding-commitment 'will contribute'",
    "42 mou-binding-commitment 'indemnify'",
    "42 mou-treaty-wording 'Parties'",
  ],
  'flawed-lt-pl-treaty.entente': [
    // No longer "3 missing-costs 'treaty'": a treaty that exchanges information and sets up no
    // exercise, capacity building, technology transfer or joint body is not asked for a costs
    // clause (MC22 narrowed on the real instruments: NATO 1997, ESA 2002, Budapest's Protocol).
    // Round 4 (issue #9 item 6): an EU Member State's treaty with no savings clause, and classified
    // and TLP:AMBER information that nothing keeps protected after termination.
    "3 missing-relation-to-other-obligations 'treaty'",
    "3 missing-survival 'treaty'",
    "7 signature-and-ratification 'ratification'",
    "11 treaty-amendment-by-decision 'written decision'",
    "13 domestic-governing-law '\"the law of England and Wales\"'",
    "14 bilateral-treaty-depositary 'depositary'",
    "15 bilateral-treaty-reservations 'permitted'",
    "31 unused-declaration 'LTPL'",
    "35 missing-breach-procedure 'Defence'",
    "37 classified-tlp-only 'TLP:AMBER'",
    "37 missing-confidentiality-survival 'TLP:AMBER'",
    // No longer "38 onward-to-non-party 'within-organisation'": need-to-know handling within the
    // recipient organisation is not release to a third party (NATO SOI 1997 Art. 1(iv)).
    "45 preservation-under-60-days '30 days'",
  ],
  // Round 2.
  'flawed-ee-ge-mla.entente': [
    "17 bilateral-treaty-reservations 'permitted'",
    // GE's duty desk and its central authority both work office hours: one finding, on the first.
    "32 budapest-35-without-24-7 'office-hours'",
    "40 missing-central-authority 'mutual-legal-assistance'",
    "41 preservation-under-60-days '45 days'",
    "44 missing-breach-procedure 'Requests'",
  ],
  'flawed-lu-ie-dora.entente': [
    // Applicability round: the two deadline-exceeds-statute findings were wrong (DORA binds the
    // financial entities, towards their supervisor); the real mistake is declaring the supervisors
    // bound by DORA, which the clean copy no longer does.
    "21 regime-not-binding-on-party 'DORA'",
    "29 regime-not-binding-on-party 'DORA'",
    "56 mou-binding-wording 'shall'",
  ],
  'flawed-nordic-protocol.entente': [
    "5 missing-depositary 'protocol'",
    "9 signature-and-ratification 'ratification'",
    "15 domestic-governing-law '\"the law of Sweden\"'",
  ],
  'annexes/flawed-pt-br-annex.entente': [
    // The annex takes its non-binding status from a parent one folder up.
    "12 onward-sharing-beyond-tlp 'with-clients'",
    // Planted when Brazil had no adequacy decision: mou-as-binding-instrument and
    // missing-transfer-safeguards on line 14. Since Commission Implementing Decision (EU) 2026/179
    // of 26 January 2026 a CSIRT subject to the LGPD, such as CERT.br, is covered (who-is-bound
    // review, item 2): no Chapter V basis is needed, and an error asking for one would be a false
    // positive. The fixture's opening comment ("Brazil has no EU adequacy decision") is of its time.
  ],
  'flawed-baltic-framework.entente': [
    "29 channel-member-not-signatory 'UA'",
    "37 transfer-without-safeguards 'NATO'",
    // The 72-month exercise under a 5-year term "renewable for 5 years" was planted as CF10, but
    // renewal carries the term past the interval, so it can recur: no finding (review probe t6,
    // legal review §1.3 interval-longer-than-term).
    "75 library-clause-wording '\"liability/treaty\"'",
  ],
};

describe('independent instruments (issue #3)', () => {
  it('has the clean instruments, annexes and registries of both rounds, and a flawed copy for every expectation', () => {
    assert.ok(clean.length >= 15, `clean fixtures: ${clean.join(', ')}`);
    assert.deepEqual(instruments.filter(isFlawed).sort(), Object.keys(expected).sort());
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
