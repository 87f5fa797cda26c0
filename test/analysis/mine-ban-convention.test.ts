/**
 * The forty-fourth real-instrument run (test/real-instruments/FORTY-FOURTH-RUN.md), from its text:
 * the Mine Ban Convention 1997 (BWBV0001384), Arts. 7, 8 and 13–22.
 *
 * Closing item 1: the Art. 7 transparency reports — which the Secretary-General "shall transmit … to
 * the States Parties" (Art. 7(3)) — were asked for a use limitation because one of their items, "the
 * location of all mined areas that contain, or are suspected to contain, anti-personnel mines"
 * (Art. 7(1)(c)), was read as a criminal case ("suspected"). A place suspected of holding mines is
 * not a person suspected of an offence; "persons suspected of involvement in such offences" (UNTOC
 * Art. 27(1)(b)(i)) still is.
 */
import assert from 'node:assert/strict';
import { findingsOf, repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';

const mineBan = repoText('test/real-instruments/ottawa-anti-personnel-mine-ban-1997.entente');

const purpose = (text: string) => findingsOf(text, 'missing-purpose-limitation');

/** Replace exactly one occurrence, so that a changed transcription fails the test loudly. */
function replaced(text: string, from: string, to: string): string {
  assert.equal(text.split(from).length - 1, 1, `expected one occurrence of ${from}`);
  return text.replace(from, to);
}

/** The 1-based line of a declaration that starts with these words. */
const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
const onLine = (text: string, start: string) => purpose(text).filter((d) => d.range.start.line + 1 === lineOf(text, start));

const art7c = 'the location of all mined areas that contain, or are suspected to contain, anti-personnel mines under its jurisdiction or control';

/** A two-State channel that carries one item, in the text's words. */
const described = (words: string) => `participant NL "the Netherlands"\nparticipant BE "Belgium"\nchannel Reports between NL, BE {\n  carries "${words}"\n}\n`;

describe('forty-fourth real-instrument run, item 1: mined areas "suspected to contain" mines are no criminal case (Mine Ban Art. 7(1)(c))', () => {
  it('Mine Ban as transcribed: the Reports channel is not asked for a use limitation', () => {
    assert.ok(mineBan.includes(art7c));
    assert.deepEqual(onLine(mineBan, 'channel Reports'), []);
  });

  it('under --profile strict the Reports channel has no error', () => {
    const line = lineOf(mineBan, 'channel Reports');
    const errors = diagnose(mineBan, { settings: { profile: 'strict' } }).filter((d) => d.severity === 'error' && d.range.start.line + 1 === line);
    assert.deepEqual(errors, []);
  });

  it('the item alone, in a channel of its own, is words only and stays silent', () => {
    assert.deepEqual(purpose(described(art7c)), []);
  });

  it('near miss: persons suspected of an offence (UNTOC Art. 27(1)(b)(i)) keep the finding', () => {
    for (const words of [
      'The identity, whereabouts and activities of persons suspected of involvement in such offences',
      'Organized criminal groups known to take part or suspected of taking part in the illicit manufacturing of or trafficking in firearms',
      'the whereabouts of suspects',
    ]) {
      assert.equal(purpose(described(words)).length, 1, words);
      const text = replaced(mineBan, `"${art7c}"`, `"${words}"`);
      assert.equal(onLine(text, 'channel Reports').length, 1, words);
    }
  });
});

const art816 = 'handling in-confidence "All information provided in confidence and not related to the subject matter of the fact-finding mission shall be treated on a confidential basis. (Article 8(16))"';

describe('forty-fourth real-instrument run, item 2: transcribing Art. 8(16) ("provided in confidence") brings no use-limitation finding', () => {
  it('Mine Ban as transcribed: the Clarification channel is not asked for a purpose', () => {
    assert.ok(mineBan.includes(art816));
    assert.deepEqual(onLine(mineBan, 'channel Clarification'), []);
  });

  it('the same channel without the handling statement is silent too (probe 2): stating the text changes nothing', () => {
    const without = replaced(mineBan, `  ${art816}\n`, '');
    assert.deepEqual(onLine(without, 'channel Clarification'), []);
  });

  it('"information which they receive in confidence" (Physical Protection Convention 1980, Art. 6(1)) is the same rule', () => {
    const text = replaced(mineBan, art816, 'handling in-confidence "States Parties shall take appropriate measures consistent with their national law to protect the confidentiality of any information which they receive in confidence by virtue of the provisions of this Convention from another State Party. (Article 6(1))"');
    assert.deepEqual(onLine(text, 'channel Clarification'), []);
  });

  it('near miss: all exchanged information declared confidential (Benelux crisis-management MoU 2006, Art. 5) keeps the finding', () => {
    const benelux = repoText('test/real-instruments/benelux-crisis-management-mou-2006.entente');
    assert.equal(onLine(benelux, 'channel Informatie').length, 1);
    const text = replaced(mineBan, art816, 'handling in-confidence "De in het kader van dit memorandum van overeenstemming uitgewisselde informatie is confidentieel."');
    assert.equal(onLine(text, 'channel Clarification').length, 1);
  });

  it('near miss: a bare `handling in-confidence`, or official secrecy, keeps the finding', () => {
    for (const handling of ['handling in-confidence', 'handling official-secrecy "Any information received by a Contracting Party under this Agreement shall be treated as confidential."']) {
      const text = replaced(mineBan, art816, handling);
      assert.equal(onLine(text, 'channel Clarification').length, 1, handling);
    }
  });
});

const art812 = 'the necessary equipment which shall be used exclusively for gathering information on the alleged compliance issue';

describe('forty-fourth run, point 3: equipment "used exclusively for gathering information" (Mine Ban Art. 8(12)) is no rule on the use of information', () => {
  // A bare `handling in-confidence` keeps a finding on Clarification, whose message is read here.
  const reported = replaced(mineBan, art816, 'handling in-confidence');
  const message = (text: string) => onLine(text, 'channel Clarification').map((d) => d.message).join('\n');

  it('the finding does not name clause Art8 as the text\'s rule on the use of information', () => {
    assert.ok(mineBan.replace(/\s+/g, ' ').includes(art812));
    assert.match(message(reported), /^Channel Clarification does not limit the use of what it carries/);
    assert.doesNotMatch(message(reported), /own rule on the use of information/);
  });

  it('near miss: information "which shall be used exclusively for" a purpose is a use rule, and the note names clause Art8', () => {
    const text = replaced(reported, 'the necessary equipment which shall be', 'the necessary information which shall be');
    assert.match(message(text), /The text has its own rule on the use of information \(clause Art8\)/);
  });

  it('near miss: "information and equipment … shall be used only for" names information with the thing', () => {
    const text = replaced(reported, 'the necessary equipment which shall be', 'the necessary information and equipment which shall be');
    assert.match(message(text), /The text has its own rule on the use of information \(clause Art8\)/);
  });
});
