/**
 * channel-hedge-not-in-words (treaty lawyer lr7, item 3): a hedge or modality a channel declares must
 * be found in its own quoted words where those words are all the text prints — after `modality
 * as-written`, and on a concluded text. A warning in a draft, a note on a concluded text. Near
 * misses: the words state it in one of its usual forms, or in the words of what is carried; a draft
 * whose generated sentence states it; a condition quoted alone, which states no modality; Dutch
 * words; every real instrument and sample that declares hedges (no finding on any).
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { replaced } from '../helpers/replaced-once';

const code = 'channel-hedge-not-in-words';
const found = (text: string, profile?: string) => diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === code);

const head = (signed = '') => `treaty "Agreement" {\n  status binding\n${signed}}\nparty EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\n`;
const channel = (lines: string, signed = '') => `${head(signed)}channel Intel between EE, FI {\n  carries indicators\n${lines}}\n`;
const signed = '  signed at "Tallinn" on 2019-05-02\n';

describe('channel-hedge-not-in-words: a declared hedge or modality the channel\'s own words do not state (lr7 item 3)', () => {
  it('as-written, in a draft: `where-appropriate` beside words without it is a warning that names the forms looked for', () => {
    const [finding, ...rest] = found(channel('  modality as-written\n  exchange where-appropriate "The Parties shall exchange indicators of compromise."\n'));
    assert.deepEqual(rest, []);
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /^Channel Intel declares `where-appropriate` \(where appropriate\), but its own quoted words do not say it: none of its usual forms \("where appropriate", "as appropriate", "if … deem it appropriate"\) is in them\. Nothing prints it after `as-written` words/);
    assert.equal(finding.range.start.line, 8);
  });

  it('near miss: the words state it, in the text\'s form or a paraphrase', () => {
    assert.deepEqual(found(channel('  modality as-written\n  exchange where-appropriate "States Parties shall, in particular, take effective measures: (d) To exchange, where appropriate, information"\n')), []);
    assert.deepEqual(found(channel('  modality as-written\n  exchange subject-to-national-law "States Parties shall cooperate closely with one another, consistent with their respective domestic legal and administrative systems"\n')), []);
    assert.deepEqual(found(channel('  modality as-written\n  exchange without-prior-request "The Customs administrations shall provide each other, either on request or on their own initiative, with information"\n')), []);
  });

  it('`on-request` is not found in "without prior request"', () => {
    const words = '  modality as-written\n  exchange on-request "the competent authorities of a State Party may, without prior request, transmit information"\n';
    assert.equal(found(channel(words)).length, 1);
    assert.deepEqual(found(channel(words.replace('without prior request', 'upon request'))), []);
  });

  it('UNCAC 2003 (concluded, every channel as-written): no finding; a hedge its words do not state is a note', () => {
    const uncac = repoText('test/real-instruments/un-convention-against-corruption-2003.entente');
    assert.deepEqual(found(uncac), []);
    // Art. 48(1)(a) says "if the States Parties concerned deem it appropriate" in what it carries: found there.
    assert.deepEqual(found(replaced(uncac, '  exchange "States Parties shall cooperate closely', '  exchange where-appropriate "States Parties shall cooperate closely')), []);
    // Art. 48(1)(d), (f) exchange with no request: `on-request` is stated nowhere in them.
    const asked = replaced(uncac, '  exchange "States Parties shall, in particular, take effective measures: (d)', '  exchange on-request "States Parties shall, in particular, take effective measures: (d)');
    const [note, ...rest] = found(asked);
    assert.deepEqual(rest, []);
    assert.equal(note.severity, 'info');
    assert.match(note.message, /^Channel MeansAndMethods declares `on-request` .* The text is concluded and stands as signed; this note is on the transcription\. If the text states it in words not quoted here, or in words the check does not know, quote them; if it states it nowhere, the declaration claims a term the signed text does not have/);
    // No change is advised before a reader has looked (fifty-fifth run, item 1).
    assert.doesNotMatch(note.message, /remove/);
    for (const profile of ['strict', 'treaty-review']) assert.deepEqual(found(asked, profile).map((d) => d.severity), ['info'], profile);
  });

  it('the Arms Trade Treaty as it was: Art. 15(2) alone for an `as-appropriate` Art. 15(3) states (a note); with Art. 15(3) quoted, none', () => {
    const att = repoText('test/real-instruments/un-arms-trade-treaty-2013.entente');
    assert.deepEqual(found(att), []);
    const before = replaced(att, ' States Parties are encouraged to consult on matters of mutual interest and to share information, as appropriate, to support the implementation of this Treaty. (Article 15(3))"', '"');
    assert.deepEqual(found(before).map((d) => [d.severity, d.message.slice(0, 61)]), [['info', 'Channel Cooperation declares `as-appropriate` (as appropriate']]);
  });

  it('a concluded text: a modality its words contradict is a note; a condition quoted alone states no modality', () => {
    const [note] = found(channel('  modality may\n  exchange on-request "The Parties shall exchange indicators of compromise upon request."\n', signed));
    assert.equal(note.severity, 'info');
    assert.match(note.message, /declares `modality may` \(a permission to send\)/);
    assert.deepEqual(found(channel('  modality may\n  exchange on-request "upon request (Article 8)"\n', signed)), []);
    assert.deepEqual(found(channel('  modality shall-endeavour\n  exchange "States Parties are encouraged to exchange information"\n', signed)), []);
  });

  it('near miss: a draft with a modality of its own (the generated sentence states the hedge), and Dutch words', () => {
    assert.deepEqual(found(channel('  modality may\n  exchange where-appropriate "The Parties may exchange indicators of compromise on request."\n')), []);
    assert.deepEqual(found(channel('  modality as-written\n  exchange subject-to-national-law "in individuele gevallen, ook zonder verzoek daartoe"\n')), []);
  });

  it('no finding on any real instrument or sample that declares hedges', () => {
    const files = [
      ...readdirSync('test/real-instruments').filter((f) => f.endsWith('.entente')).map((f) => `test/real-instruments/${f}`),
      ...readdirSync('samples').filter((f) => f.endsWith('.entente')).map((f) => `samples/${f}`),
    ];
    const hedged = files.filter((f) => /^\s*exchange\s+(?:[a-z-]+(?:,\s*)?)+/m.test(repoText(f)) || /^\s*modality\s/m.test(repoText(f)));
    assert.ok(hedged.length >= 40, String(hedged.length));
    for (const file of hedged) assert.deepEqual(found(repoText(file)).map((d) => d.message), [], file);
  });
});
