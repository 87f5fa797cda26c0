/**
 * Fifty-sixth real-instrument run (test/real-instruments/FIFTY-SIXTH-RUN.md), item 1:
 * missing-relation-to-other-obligations on the OECD Convention of 14 December 1960 called Austria,
 * Denmark, Ireland and Portugal "an EU Member State" with no qualifier, because the "not when this
 * treaty was concluded" of their group was printed after its last member only, and Sweden's entry
 * said "they acceded later". Now every party's words carry the whole qualifier and the date of its
 * State's accession (data/union-membership.ts names the source of each); one pattern for all.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';
import { repoText } from '../../helpers/fix-review';
import { replaced } from '../../helpers/replaced-once';

const oecd = repoText('test/real-instruments/oecd-convention-1960.entente');

function relation(text: string): string {
  const found = diagnose(text).filter((d) => d.code === 'missing-relation-to-other-obligations');
  assert.equal(found.length, 1);
  return found[0].message;
}

/** The phrase the note gives one party, up to the next party's phrase or the end of the list. */
function phraseOf(message: string, id: string): string {
  const m = new RegExp(`(?:\\(|; )(${id} (?:acts|is|was|are|were) .*?)(?=; [A-Z]{2}(?:, [A-Z]{2})* (?:acts|is|was|are|were) |\\); silent|\\): add)`, 'u').exec(message);
  assert.ok(m, `no phrase for ${id} in: ${message}`);
  return m[1];
}

const treaty = (date: string, parties: string) =>
  `treaty "T" {\n  status binding\n  done at "Paris" on ${date}\n}\n${parties}\nclause Art1 "Article 1" """\n  The Parties shall co-operate.\n"""\n`;
const state = (id: string) => `party ${id} "${id}" { kind state jurisdiction ${id} }\n`;
const government = (id: string) => `party ${id} "The Government of ${id}" { kind government jurisdiction ${id} }\n`;

describe('fifty-sixth run, item 1: every Member State dated against the day of conclusion, one pattern for all', () => {
  it('the OECD Convention (1960): each group of States that acceded later carries its own qualifier and date', () => {
    const message = relation(oecd);
    const later = (ids: string, date: string) =>
      `${ids} act for or in their States, EU Member States since ${date}, bound by Union law now but not when this treaty was signed (1960-12-14), nor when consent to be bound was given if that was before accession (the header does not date consent)`;
    assert.ok(message.includes(`(BE, FR, DE, IT, LU, NL act for or in their States, Member States of the European Communities when this treaty was signed (1960-12-14), bound by Community law then; `), message);
    assert.ok(message.includes(`; ${later('DK, IE', '1 January 1973')}; `), message);
    assert.ok(message.includes('; GR acts for or in its State, an EU Member State since 1 January 1981, bound by Union law now but not when this treaty was signed (1960-12-14), nor when consent to be bound was given if that was before accession (the header does not date consent); '), message);
    assert.ok(message.includes(`; ${later('PT, ES', '1 January 1986')}; `), message);
    assert.ok(message.includes(`; ${later('AT, SE', '1 January 1995')}); silent`), message);
    assert.doesNotMatch(message, /later|they acceded|an EU Member State;/);
    // Not a Member State then and not one now: never named.
    for (const id of ['GB', 'CH', 'NO', 'US']) assert.doesNotMatch(message, new RegExp(`\\b${id}\\b`));
    // The whole note stays within a message: the citation after the list is not cut.
    assert.match(message, /\(VCLT Art\. 30, .*; UN Charter Art\. 103\)\. The text is concluded/);
  });

  it('States written as States agree in number: one State "is", several with the same date "are … States"', () => {
    const message = relation(treaty('1970-05-01', state('NL') + state('DK') + state('IE') + state('AT')));
    assert.match(message, /NL was a Member State of the European Communities when this treaty was signed \(1970-05-01\), bound by Community law then/);
    assert.match(message, /DK, IE are EU Member States since 1 January 1973, bound by Union law now but not when this treaty was signed \(1970-05-01\), nor when consent to be bound was given if that was before accession \(the header does not date consent\)/);
    assert.match(message, /AT is an EU Member State since 1 January 1995, bound by Union law now but not when this treaty was signed \(1970-05-01\), nor when consent to be bound was given if that was before accession \(the header does not date consent\)/);
  });

  it('dates read in the accession treaties: Bulgaria and Romania 1 January 2007, Croatia 1 July 2013', () => {
    const message = relation(treaty('2006-03-01', government('BG') + government('HR') + government('NL')));
    assert.match(message, /BG acts for or in its State, an EU Member State since 1 January 2007, bound by Union law now but not when this treaty was signed \(2006-03-01\), nor when consent to be bound was given if that was before accession \(the header does not date consent\)/);
    assert.match(message, /HR acts for or in its State, an EU Member State since 1 July 2013, bound by Union law now but not when this treaty was signed \(2006-03-01\), nor when consent to be bound was given if that was before accession \(the header does not date consent\)/);
    assert.ok(message.includes('NL acts for or in its State, an EU Member State bound by Union law'), message);
  });

  it('the United Kingdom, a Member State on the day, is named with the day it withdrew', () => {
    const message = relation(treaty('2015-06-01', government('GB') + government('NL')));
    assert.equal(phraseOf(message, 'GB'), 'GB acts for or in its State, a Member State of the European Union when this treaty was signed (2015-06-01), bound by Union law then (withdrawn from the Union on 31 January 2020; whether it still was one when it consented to be bound, the header does not say)');
  });

  it('near miss: a day after every accession names each government an EU Member State bound by Union law, undated', () => {
    const message = relation(replaced(oecd, 'on 1960-12-14', 'on 2015-12-14'));
    assert.ok(message.includes('(AT, BE, DK, FR, DE, GR, IE, IT, LU, NL, PT, ES, SE act for or in their States, EU Member States bound by Union law; '), message);
    assert.doesNotMatch(message, /since/);
    // The United Kingdom, a Member State in 2015, is named as one then (and with its withdrawal).
    assert.match(phraseOf(message, 'GB'), /^GB acts for or in its State, a Member State of the European Union when this treaty was signed \(2015-12-14\)/);
  });

  it('near miss: the day of accession itself is membership, the day before is not', () => {
    assert.match(relation(treaty('1995-01-01', state('NL') + state('AT'))), /\(NL, AT are EU Member States bound by Union law\)/);
    assert.match(relation(treaty('1994-12-31', state('NL') + state('AT'))), /AT is an EU Member State since 1 January 1995, bound by Union law now but not when/);
  });
});
