/**
 * Ninety-first run, defect 1: missing-transfer-safeguards on the NL–Antigua and Barbuda TIEA 2009
 * (read: BWBV0003493). (a) Art. 8(2) applies "the provisions of Chapter 6, in particular the Article
 * 199, of the Economic Partnership Agreement …" to personal data "accordingly": the finding must not
 * say the instrument does not state the elements, only that this text does not in its own words,
 * quote the incorporation and ask the reader to check the other instrument. (b) Art. 96's condition
 * is open (signed 2009, consent by notifications the text does not date): the finding names the
 * record that settles it (`entered into force on <date> "<source>"`), never takes the signature for
 * the consent, and says nothing of it where a record could not change the finding. Near misses: a
 * text signed after 24 May 2016, words that apply no other instrument, a multilateral treaty, a
 * definitive signature.
 */
import assert from 'node:assert/strict';
import { wholeText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { replaced } from '../helpers/replaced-once';

// The text as the reviewer transcribed it, without the date of entry into force the lead recorded since
// (Trb. 2010, 108), which settles the Art. 96 condition these cases vary.
const recordedTiea = wholeText('test/real-instruments/nl-ag-tiea-2009.entente');
const tiea = replaced(recordedTiea, /\n  entered into force on [^\n]*/u, '');
const signature = 'done at "Mexico City" on 2009-09-02 in duplicate';
const incorporation =
  'the provisions of Chapter 6, in particular the Article 199, of the Economic Partnership Agreement between the Cariforum States and the European Community and its Member States shall be applied accordingly.';
const safeguardsWords = `In case of exchange of information in respect of an identified or identifiable individual, ${incorporation}`;
const findings = (text: string, profile?: string) => diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === 'missing-transfer-safeguards');
const only = (text: string, profile?: string) => {
  const [finding, ...rest] = findings(text, profile);
  assert.deepEqual(rest, []);
  assert.ok(finding, 'missing-transfer-safeguards raised');
  return finding;
};
/** The same text with Art. 8(2) in other words, in the safeguards text and the clause alike. */
const withWords = (words: string) => tiea.split(safeguardsWords).join(words);
const record = 'A note, not a warning, while the only open question is when it was concluded: record its entry into force from the treaty series (`entered into force on <date> "<source>"`); in force before 24 May 2016, it was concluded before that day and this stays a note; in force on or after it, Art. 96 may not keep it, and this is a warning.';

describe('ninety-first run, defect 1: missing-transfer-safeguards where the text applies another instrument, and what settles Art. 96', () => {
  it('NL–AG 2009: "this text does not state in its own words", the incorporation quoted, "check that instrument"; a note while its consent is undated (r115 D2)', () => {
    const finding = only(tiea);
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /names binding-instrument for personal data sent to AG, but this text does not state in its own words: data minimisation and accuracy; /u);
    assert.ok(finding.message.includes(`it applies another instrument's provisions to these data (“provisions of Chapter 6, in particular the Article 199, of the Economic Partnership Agreement between the Cariforum States and the European Community and its Member States shall be applied accordingly.”), which may state them: check that instrument.`), finding.message);
    assert.match(finding.message, /what neither states, EDPB Guidelines 2\/2020 expect of such an instrument/u);
    assert.match(finding.message, /\(GDPR Art\. 96\): what neither states is what an amendment or a new agreement would add\./u);
    assert.doesNotMatch(finding.message, /the instrument does not state/u);
    assert.ok(finding.message.includes(record), finding.message);
    // No profile raises it while only the consent date is open (r115 D2).
    assert.equal(only(tiea, 'strict').severity, 'info');
  });

  it('NL–AG 2009 as transcribed, its entry into force recorded (2010-03-01, Trb. 2010, 108): a note that states Art. 96, the incorporation still quoted', () => {
    const finding = only(recordedTiea);
    assert.equal(finding.severity, 'info');
    assert.equal(only(recordedTiea, 'strict').severity, 'info');
    assert.ok(finding.message.includes('check that instrument'), finding.message);
    assert.match(finding.message, /entered into force on 2010-03-01, as recorded in "Trb\. 2010, 108"/u);
    assert.ok(!finding.message.includes(record), finding.message);
  });

  it('the recorded date of entry into force before the day settles it: a note, and nothing asks for the record', () => {
    const finding = only(replaced(tiea, signature, `${signature}\n  entered into force on 2010-06-01 "Trb. 2010, 1"`));
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /A note, not a warning: the text is concluded and it entered into force on 2010-06-01, as recorded in "Trb\. 2010, 1"/u);
    assert.ok(!finding.message.includes('record its entry into force'), finding.message);
  });

  it('near miss: a date recorded on or after the day settles nothing, and the record is not asked for again', () => {
    const finding = only(replaced(tiea, signature, `${signature}\n  entered into force on 2016-06-01 "Trb. 2016, 1"`));
    assert.equal(finding.severity, 'warning');
    assert.ok(!finding.message.includes('record its entry into force'), finding.message);
  });

  it('near miss: signed after 24 May 2016, the incorporation is still quoted, the finding is not silenced, and nothing of Art. 96 is said', () => {
    const later = replaced(tiea, signature, 'done at "Mexico City" on 2017-09-04 in duplicate');
    const finding = only(later);
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /this text does not state in its own words: .*which may state them: check that instrument/u);
    assert.doesNotMatch(finding.message, /Art\. 96|record its entry into force/iu);
    assert.equal(only(later, 'strict').severity, 'error');
  });

  it('near miss: words that apply no other instrument leave "the instrument does not state"', () => {
    for (const words of [
      'In case of exchange of information in respect of an identified or identifiable individual, the provisions of this Agreement shall be applied accordingly.',
      'In case of exchange of information in respect of an identified or identifiable individual, the provisions of Article 8 of the Agreement shall apply.',
      'Information in respect of an identified or identifiable individual shall be processed in accordance with the domestic law of the receiving Party.',
      'The information shall be protected in accordance with the provisions of the present Convention.',
    ]) {
      const finding = only(withWords(words));
      assert.match(finding.message, /but the instrument does not state: /u, words);
      assert.doesNotMatch(finding.message, /another instrument/u, words);
    }
  });

  it('other words that apply another instrument: "in accordance with the … Convention", a Union act', () => {
    for (const words of [
      'Personal data shall be processed in accordance with the Council of Europe Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data.',
      'The provisions of Regulation (EU) 2016/679 shall apply to the personal data exchanged.',
    ]) {
      assert.match(only(withWords(words)).message, /this text does not state in its own words: .*it applies another instrument's provisions to these data \(“/u, words);
    }
  });

  it('the header\'s `incorporates data-protection from "…"` counts as the words do', () => {
    const declared = replaced(
      withWords('Each Party shall protect the information.'),
      signature,
      `${signature}\n  incorporates data-protection, transfer-safeguards from "Economic Partnership Agreement between the CARIFORUM States and the European Community" "Chapter 6"`,
    );
    assert.ok(only(declared).message.includes('it applies another instrument\'s provisions to these data (“Chapter 6” of “Economic Partnership Agreement between the CARIFORUM States and the European Community”, as the header records (`incorporates`))'), only(declared).message);
  });

  it('near miss: no record is asked for where it could not change the finding — consent on signature, a multilateral treaty', () => {
    const definitive = only(replaced(tiea, '  effect after last notification\n', '  consent by signature\n  effect on signature\n'));
    assert.equal(definitive.severity, 'info');
    assert.ok(!definitive.message.includes('record its entry into force'), definitive.message);
    const multilateral = only(replaced(tiea, '  effect after last notification\n', '  effect after last notification\n  consent by signature, ratification, accession\n'));
    assert.ok(!multilateral.message.includes('record its entry into force'), multilateral.message);
  });
});
