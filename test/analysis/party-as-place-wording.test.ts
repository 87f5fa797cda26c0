/**
 * A party that is itself the place (lc30, 2d; fortieth real-instrument run, point 4): the transfer
 * messages read "KZ is in KZ, which has no EU adequacy decision" and the registration and
 * relation-to-other-obligations notes "NL acts for or in NL, a UN Member" wherever a drafter gave
 * a State (or its Government) its country's code as id — 34 findings of the corpus, read as a slip.
 * They now read as a drafter would: "KZ has no EU adequacy decision", "NL acts for or in its
 * State". ("NL is a State (NL)", a parenthesis in other transfer messages, is left: a dozen tests
 * read it, and rt41 works on those messages now.) Near misses keep the place: a CERT in KZ, a
 * State the drafter named otherwise, a Government of a part of a State (Flanders in BE).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { diagnose } from '../helpers/fixture';

const real = (name: string) => readFileSync(new URL(`../real-instruments/${name}.entente`, import.meta.url), 'utf8');
const message = (text: string, code: string) => diagnose(text).find((d) => d.code === code)?.message ?? '';

describe('a party that is itself the place is not said to be in itself', () => {
  it('Benelux–Kazakhstan 2015: "KZ has no EU adequacy decision", once, and no "KZ is in KZ"', () => {
    const found = message(real('benelux-kz-readmission-2015'), 'possible-transfer-without-safeguards');
    assert.match(found, /^If each Member State concluded it [^.]*\(GDPR Art\. 96\)\. KZ has no EU adequacy decision known to Entente as of \w+ \d{4}, and no GDPR Chapter V basis is stated for personal data from BE, LU and NL/);
    assert.doesNotMatch(found, /KZ is in KZ/);
  });

  it('under the Law Enforcement Directive too (NL–Cuba 2013): "CU has no adequacy decision under the Law Enforcement Directive"', () => {
    assert.match(message(real('nl-cu-sentenced-persons-2013'), 'possible-transfer-without-safeguards'), /^If the Member State concluded it [^.]*\(Art\. 61 of the Law Enforcement Directive\)\. CU has no adequacy decision under the Law Enforcement Directive \(the only one is for the United Kingdom\)/);
  });

  it('the registration note: "NL, FI act for or in their States, UN Members" (NL–Finland 1984)', () => {
    const note = message(real('nl-fi-customs-mutual-assistance-1984'), 'missing-registration');
    // One phrase for the Governments written with their State's code (sixty-ninth run, item 7).
    assert.match(note, /NL, FI act for or in their States, UN Members/);
    assert.doesNotMatch(note, /NL acts for or in NL/);
  });

  const treaty = 'treaty "Readmission Agreement" { status binding }\nparty NL "Kingdom of the Netherlands" { kind state jurisdiction NL regimes GDPR }\n';
  const channel = (to: string) => `channel Readmission between NL, ${to} {\n  carries personal-data\n  purpose "readmission"\n}\n`;

  it('near misses: a CERT in KZ is in KZ; a State named "Kazakhstan" is "Kazakhstan (KZ)"', () => {
    const cert = message(`${treaty}party KZCERT "KZ-CERT" { kind national-cert jurisdiction KZ }\n${channel('KZCERT')}`, 'possible-transfer-without-safeguards');
    assert.match(cert, /^KZCERT is in KZ, which has no EU adequacy decision known to Entente/);
    const named = message(`${treaty}party Kazakhstan "Republic of Kazakhstan" { kind state jurisdiction KZ }\n${channel('Kazakhstan')}`, 'possible-transfer-without-safeguards');
    assert.match(named, /^Kazakhstan \(KZ\) has no EU adequacy decision known to Entente/);
  });

  it('near miss: a Government named otherwise acts for or in its State\'s code (the Flemish Community in BE)', () => {
    const text = 'treaty "Agreement" { status binding }\nparty NL "Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty VL "Government of Flanders" { kind government jurisdiction BE }\n';
    assert.match(message(text, 'missing-registration'), /NL is a UN Member; VL acts for or in BE, a UN Member/);
  });
});
