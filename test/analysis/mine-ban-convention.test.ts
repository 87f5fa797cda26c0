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
import { replaced } from '../helpers/replaced-once';

const mineBan = repoText('test/real-instruments/ottawa-anti-personnel-mine-ban-1997.entente');

const purpose = (text: string) => findingsOf(text, 'missing-purpose-limitation');

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
const art82purpose = '  purpose "to clarify and seek to resolve questions relating to compliance with the provisions of this Convention by another State Party (Article 8(2))"\n';
const art61 = 'handling in-confidence "States Parties shall take appropriate measures consistent with their national law to protect the confidentiality of any information which they receive in confidence by virtue of the provisions of this Convention from another State Party. (Article 6(1))"';

/** The Clarification channel as the text would be without the purpose the transcription records. */
const unstated = replaced(mineBan, art82purpose, '');

/**
 * After the forty-fourth run (lf7): rt44 had made a described channel silent when its only handling
 * statement was the text's rule for what is "provided/received in confidence". Such a rule limits
 * disclosure, not use (Physical Protection Convention 1980, Art. 6(1)); the Mine Ban channels are
 * silent because the Secretary-General circulates what they carry to all States Parties (Art. 7(3),
 * 8(3), (5)) — a relay, as ICSANT Art. 19 in the Financing of Terrorism Convention's Outcome — and
 * because the Clarification channel's purpose is stated (Art. 8(2)).
 */
describe('after the forty-fourth run (lf7): a rule for what is given "in confidence" is no purpose limitation', () => {
  it('Mine Ban as transcribed, purpose stated (Art. 8(2)): the Clarification channel is silent', () => {
    assert.ok(mineBan.includes(art816) && mineBan.includes(art82purpose));
    assert.deepEqual(onLine(mineBan, 'channel Clarification'), []);
  });

  it('without its purpose the Clarification channel is asked for one, and only for one: Art. 8(3), (5) circulate it to all States Parties', () => {
    const [finding, ...rest] = onLine(unstated, 'channel Clarification');
    assert.equal(rest.length, 0);
    assert.match(finding.message, /^Channel Clarification does not limit the use of what it carries: add `purpose "…"`\. The text has the depositary transmit what it carries to the other Parties/);
  });

  it('"information which they receive in confidence" (Physical Protection Convention 1980, Art. 6(1)) keeps the finding too', () => {
    const text = replaced(unstated, art816, art61);
    assert.equal(onLine(text, 'channel Clarification').length, 1);
  });

  it('near miss: with no handling statement at all, the channel in words only stays silent (probe 2)', () => {
    assert.deepEqual(onLine(replaced(unstated, `  ${art816}\n`, ''), 'channel Clarification'), []);
  });

  it('near miss: all exchanged information declared confidential (Benelux crisis-management MoU 2006, Art. 5) keeps the finding', () => {
    const benelux = repoText('test/real-instruments/benelux-crisis-management-mou-2006.entente');
    assert.equal(onLine(benelux, 'channel Informatie').length, 1);
  });
});

/** A two-State channel of personal data, with the text's words on how it moves. */
const relayed = (words: string) =>
  `participant NL "the Netherlands"\nparticipant BE "Belgium"\nchannel Submissions between NL, BE {\n  carries personal-data\n  exchange "${words}"\n}\n`;

describe('after the forty-fourth run (lf7): the Secretary-General\'s circulation to all States Parties is a relay, as ICSANT Art. 19', () => {
  it('Mine Ban Art. 7(3), 8(3), 8(5): no onward rule asked, no library clause offered', () => {
    for (const words of [
      'The Secretary-General of the United Nations shall transmit all such reports received to the States Parties. (Article 7(3))',
      'The Secretary-General of the United Nations shall transmit the submission, accompanied by all appropriate information pertaining to the Request for Clarification, to all States Parties (Article 8(3))',
      'The Secretary-General of the United Nations shall thereupon communicate this proposal and all information submitted by the States Parties concerned, to all States Parties (Article 8(5))',
    ]) {
      const [finding, ...rest] = purpose(relayed(words));
      assert.equal(rest.length, 0, words);
      assert.match(finding.message, /add `purpose "…"`\. The text has the depositary transmit/, words);
      assert.deepEqual(finding.fixes ?? [], [], words);
    }
  });

  it('near miss: to "the States Parties concerned", or to the requesting State Party, is no relay to all', () => {
    for (const words of [
      'The Secretary-General of the United Nations shall transmit the submission to the States Parties concerned',
      'The Secretary-General of the United Nations shall transmit the response to the requesting State Party',
    ]) {
      const [finding] = purpose(relayed(words));
      assert.match(finding.message, /add `purpose "…"` and an `onward sharing …` rule/, words);
    }
  });
});

const art812 = 'the necessary equipment which shall be used exclusively for gathering information on the alleged compliance issue';

describe('forty-fourth run, point 3: equipment "used exclusively for gathering information" (Mine Ban Art. 8(12)) is no rule on the use of information', () => {
  // A bare `handling in-confidence` keeps a finding on Clarification, whose message is read here.
  // Nor the circulation to all States Parties (Art. 8(3), (5)), whose relay note would take the place of the own-use note.
  const circulation = ' ... The Secretary-General of the United Nations shall transmit the submission, accompanied by all appropriate information pertaining to the Request for Clarification, to all States Parties (Article 8(3)) ... The Secretary-General of the United Nations shall thereupon communicate this proposal and all information submitted by the States Parties concerned, to all States Parties (Article 8(5))';
  const reported = replaced(replaced(unstated, art816, 'handling in-confidence'), circulation, '');
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

const cppnm = repoText('test/real-instruments/iaea-physical-protection-nuclear-material-1980.entente');
const cppnmOn = (text: string, start: string) => findingsOf(text, 'missing-purpose-limitation').filter((d) => d.range.start.line + 1 === lineOf(text, start));
const art52b = '  purpose "with a view to protecting threatened nuclear material, verifying the integrity of the shipping container, or recovering unlawfully taken nuclear material (Article 5(2)(b));';

describe('after the forty-fourth run (lf7): Physical Protection Convention 1980 — Art. 6(1) is no use rule; Art. 5(2)(b) states the purpose', () => {
  it('ThreatInfo, with the purpose of Art. 5(2)(b) and 5(3) recorded, is silent', () => {
    assert.ok(cppnm.includes(art52b));
    assert.deepEqual(cppnmOn(cppnm, 'channel ThreatInfo'), []);
  });

  it('ThreatInfo without its purpose is reported: its Art. 6(1) confidentiality rule does not silence it', () => {
    const without = cppnm.split('\n').filter((l) => !l.startsWith(art52b)).join('\n');
    assert.equal(cppnmOn(without, 'channel ThreatInfo').length, 1);
  });

  it('TransportAssurances (Art. 4), which states no purpose, is reported; Proceedings (personal data) keeps its finding', () => {
    assert.equal(cppnmOn(cppnm, 'channel TransportAssurances').length, 1);
    assert.equal(cppnmOn(cppnm, 'channel Proceedings').length, 1);
  });
});
