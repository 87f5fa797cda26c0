/**
 * `missing-union-law-clause` after the seventeenth and eighteenth real-instrument runs: the same
 * test of "third country" as the transfer rules (the Norgerhaven agreement moved to Switzerland,
 * probe Q1), no GDPR presumed for a sender whose regime is not declared (the NL–US notes of 1991),
 * and the Union itself a party beside its Member States — the central case for a disconnection
 * clause (the Macolin Convention, probes P1–P5).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { diagnose } from '../helpers/fixture';

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(`${root}test/real-instruments/${path}`, 'utf8');
const unionLaw = (text: string) => diagnose(text).filter((d) => d.code === 'missing-union-law-clause');
const transfers = (text: string) => diagnose(text).filter((d) => /transfer-without-safeguards$/.test(d.code));

describe('missing-union-law-clause: which destinations are third countries (seventeenth run, probe Q1)', () => {
  const norgerhaven = read('nl-no-norgerhaven-prison-2015.entente');
  const norwayIn = (jurisdiction: string, text = norgerhaven) => text.replace('party NO "The Kingdom of Norway" {\n  kind state\n  jurisdiction NO', `party NO "The Kingdom of Norway" {\n  kind state\n  jurisdiction ${jurisdiction}`);

  it('a law-enforcement sender to Switzerland or Norway: no transfer finding, and no note calling it a third country', () => {
    for (const jurisdiction of ['NO', 'CH', 'IS']) {
      assert.deepEqual(transfers(norwayIn(jurisdiction)).map((d) => d.code), [], jurisdiction);
      assert.deepEqual(unionLaw(norwayIn(jurisdiction)).map((d) => d.message), [], jurisdiction);
    }
  });

  it('near miss: to Ukraine both the transfer prompt and the note, naming the Directive', () => {
    const [note] = unionLaw(norwayIn('UA'));
    assert.match(note.message, /transfers of personal data to a third country \(Law Enforcement Directive \(Directive \(EU\) 2016\/680, Chapter V\)\)/);
    assert.ok(transfers(norwayIn('UA')).length > 0);
  });

  it('under the GDPR Switzerland is a third country (its adequacy decision is a Chapter V basis): the note names the GDPR', () => {
    const gdpr = norwayIn('CH', norgerhaven.replace('  regimes LED\n', '  regimes GDPR\n'));
    assert.match(unionLaw(gdpr)[0]?.message ?? '', /transfers of personal data to a third country \(GDPR Chapter V\)/);
    assert.deepEqual(unionLaw(norwayIn('NO', norgerhaven.replace('  regimes LED\n', '  regimes GDPR\n'))), [], 'Norway applies the GDPR through the EEA');
  });
});

describe('missing-union-law-clause: a sender whose regime is not declared (eighteenth run)', () => {
  const notes = read('nl-us-sentenced-persons-notes-1991.entente');

  it('names the GDPR or the Law Enforcement Directive, not the GDPR alone; a declared regime is named alone', () => {
    const [note] = unionLaw(notes);
    // Concluded in 1991, the note is dated (fifty-second run): the matter is named alike.
    assert.match(note.message, /^Union rules now cover what this treaty with a third country deals with \(transfers of personal data to a third country \(Chapter V of the GDPR or of the Law Enforcement Directive, whichever governs the sender’s processing\)\)/);
    assert.doesNotMatch(note.message, /GDPR Chapter V/);
    const led = unionLaw(notes.replace('  jurisdiction NL\n', '  jurisdiction NL\n  regimes LED\n'))[0].message;
    assert.match(led, /\(Law Enforcement Directive \(Directive \(EU\) 2016\/680, Chapter V\)\)/);
    assert.doesNotMatch(led, /GDPR/);
  });

  it('near miss: the note stays for the bilateral NL–US agreement; not for data processed outside Union law', () => {
    assert.equal(unionLaw(notes).length, 1);
    assert.deepEqual(unionLaw(notes.replace('  jurisdiction NL\n', '  jurisdiction NL\n  regimes outside-union-law\n')), []);
  });
});

describe('missing-union-law-clause: the Union itself a party (seventeenth run, Macolin)', () => {
  const macolin = read('coe-macolin-sports-manipulation-2014.entente');
  /** Probe P4: a Member State (GDPR) and Japan added to the exchange of Arts. 12–14. */
  const p4 = macolin
    .replace('// Arts. 12–14: exchange of information', 'party FR "The French Republic" { kind state jurisdiction FR regimes GDPR }\nparty JP "Japan" { kind state jurisdiction JP }\n\n// Arts. 12–14: exchange of information')
    .replace('channel Exchange between CoE-Members,', 'channel Exchange between FR, JP, CoE-Members,');

  it('with a Member State and a third country declared: the Union and its Member States may both be Parties', () => {
    const [note] = unionLaw(p4);
    assert.equal(note.severity, 'info');
    assert.match(note.message, /^The Union \(EU\) and its Member States \(FR\) may both be Parties, with a third country, on matters Union rules cover \(.*transfers of personal data to a third country \(GDPR Chapter V\).*\): say how Union law applies between the Union and its Member States and among the Member States \(for example a disconnection clause\)\.$/);
  });

  it('with classes of States only (the committed file): said conditionally, the checker cannot know who is in a class', () => {
    const [note] = unionLaw(macolin);
    assert.match(note.message, /^The Union \(EU\) is a Party beside classes of States \(CoE-Members, CulturalConvention-States, Elaboration-States, Invited-States\) whose members the checker cannot know: if they include EU Member States and third countries, the Union and its Member States may both be Parties on matters Union rules cover/);
    assert.match(note.message, /mutual legal assistance in criminal matters/);
  });

  it('near misses: a Union-law clause; classes without the Union; the Union with a third country only; the Union with a Member State only', () => {
    const q = '"""';
    assert.deepEqual(unionLaw(`${macolin}\nclause Disconnection ${q}\n  Parties which are members of the European Union shall, in their mutual relations, apply Community and European Union rules.\n${q}\n`), []);
    const withoutUnion = macolin.replace(/party EU "The European Union" \{[^}]*\}\n/, '').replaceAll('CulturalConvention-States, EU, ', 'CulturalConvention-States, ');
    assert.deepEqual(unionLaw(withoutUnion), [], 'classes of States alone say nothing of who is in them (ETS 30, IAEA 1986)');
    const eu = (other: string) => `treaty "Agreement" { status binding }\nparty EU "The European Union" { kind international-organisation jurisdiction EU }\n${other}channel Data between EU, X { carries personal-data }\n`;
    assert.deepEqual(unionLaw(eu('party X "United States" { kind state jurisdiction US }\n')), [], 'an agreement of the Union alone (EU–US PNR 2007)');
    assert.deepEqual(unionLaw(eu('party X "Netherlands" { kind state jurisdiction NL }\n')), [], 'the Union and a Member State, no third country (a seat agreement)');
  });
});
