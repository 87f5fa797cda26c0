/**
 * The twenty-second real-instrument run (test/real-instruments/TWENTY-SECOND-RUN.md): a proper
 * name quoted after "named" or "called" is not an undefined term, an undefined term is reported
 * once however often it is quoted, and a termination by consent of the parties together ("The two
 * Governments may amend or terminate this Agreement at any time by agreement") is a termination
 * clause. Each held to the sentence it came from and to the near miss that must stay reported.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { diagnose } from '../helpers/fixture';

const header = 'treaty "Agreement" {\n  status binding\n  effect on signature\n}\nparty NL "The Government of the Kingdom of the Netherlands" {\n  kind government\n  jurisdiction NL\n}\nparty GB "The Government of the United Kingdom" {\n  kind government\n  jurisdiction GB\n}\n';
const diagnostics = (text: string, code: string) => diagnose(header + text).filter((d) => d.code === code);
const findings = (text: string, code: string) => diagnostics(text, code).map((d) => d.message);

describe('twenty-second real-instrument run', () => {
  // NL–UK gas pipeline Agreement 2005, Art. 1 (definition of "Pipeline").
  const pipeline = 'the pipeline for the transmission of Natural Gas between the pigtrap situated at the facilities named “Noord-Holland” located in the municipality of Anna Paulowna in the Netherlands';

  describe('undefined-term: a quoted proper name', () => {
    it('does not report a name introduced by "named", "called", "known as", "designated as" or "referred to as"', () => {
      assert.deepEqual(findings(`clause Art1 """${pipeline}."""\n`, 'undefined-term'), []);
      for (const introduction of ['called', 'known as', 'designated as', 'referred to as', 'named the', 'called the']) {
        const sentence = `the pigtrap situated at the facilities ${introduction} “Noord-Holland” located in Anna Paulowna.`;
        assert.deepEqual(findings(`clause Art1 """${sentence}"""\n`, 'undefined-term'), [], sentence);
      }
    });

    it('still reports a quoted capitalised term with no such introduction', () => {
      for (const sentence of [
        'the pigtrap situated at the facilities at “Noord-Holland” located in Anna Paulowna.',
        'the pigtrap situated at the “Noord-Holland” facilities in Anna Paulowna.',
        'The so-called “Shared Platform” shall be used for the exchange.',
        'The facilities renamed “Noord-Holland” shall be inspected.',
      ]) {
        assert.equal(findings(`clause Art1 """${sentence}"""\n`, 'undefined-term').length, 1, sentence);
      }
    });
  });

  describe('undefined-term: one slip, one finding', () => {
    // The `define` transcribes Art. 1 beside the verbatim article: the same words are quoted twice.
    it('reports an undefined term once, at its first occurrence, with the other places as related information', () => {
      const text = `define "Pipeline" means "the pipeline between the pigtrap at the “Gas Station” and Bacton"\nclause Art1 """the pipeline between the pigtrap at the “Gas Station” and Bacton."""\nclause Art9 """The “Gas Station” shall be inspected."""\n`;
      const found = diagnostics(text, 'undefined-term');
      assert.equal(found.length, 1);
      assert.match(found[0].message, /quoted so in 3 places/u);
      assert.equal(found[0].related.length, 2);
      const lines = text.split('\n');
      const first = header.split('\n').length - 1 + lines.findIndex((l) => l.includes('“Gas Station”'));
      assert.equal(found[0].range.start.line, first, 'at the first occurrence');
    });

    it('still reports two different undefined terms each once', () => {
      const text = 'clause Art1 """The “Gas Station” and the “Compressor Site” shall be inspected."""\nclause Art2 """The “Gas Station” is in Anna Paulowna."""\n';
      assert.equal(findings(text, 'undefined-term').length, 2);
    });

    it('no longer reports the committed pipeline file (the two findings of the first run)', () => {
      const file = readFileSync('test/real-instruments/nl-gb-bbl-gas-pipeline-2005.entente', 'utf8');
      assert.deepEqual(diagnose(file).filter((d) => d.code === 'undefined-term'), []);
    });
  });

  describe('missing-termination: termination by consent of the two Governments', () => {
    // Art. 20(3), and the reviewer's probe 1: the `termination` tag removed, the words kept.
    const article20 = (words: string) => `clause Art20 "Article 20 – Entry into Force" about amendment """\n  3. ${words}\n"""\n`;

    it('reads a joint subject with coordinated verbs as a termination clause (no error, no duration warning)', () => {
      for (const words of [
        'The two Governments may amend or terminate this Agreement at any time by agreement.',
        'The two Governments may terminate this Agreement at any time by agreement.',
        'The two Governments may amend or terminate this Agreement by mutual agreement.',
        'The Parties may, by mutual consent, terminate this Agreement.',
        'The Contracting Parties may terminate or suspend this Agreement by agreement.',
      ]) {
        assert.deepEqual(findings(article20(words), 'missing-termination'), [], words);
        assert.deepEqual(findings(article20(words), 'missing-duration'), [], words);
      }
    });

    it('does so on the committed pipeline file with the tag removed', () => {
      const file = readFileSync('test/real-instruments/nl-gb-bbl-gas-pipeline-2005.entente', 'utf8').replace('about entry-into-force, amendment, termination', 'about entry-into-force, amendment');
      const codes = diagnose(file).map((d) => d.code);
      assert.ok(!codes.includes('missing-termination'));
      assert.ok(!codes.includes('missing-duration'));
    });

    it('still reports a text that only amends, or ends something else', () => {
      for (const words of [
        'The two Governments may amend this Agreement at any time by agreement.',
        'The two Governments may terminate the provisional application at any time by agreement.',
        'The Parties may terminate the assistance at any time by agreement.',
        'The two Governments may amend or supplement this Agreement by mutual agreement.',
      ]) {
        assert.equal(findings(article20(words), 'missing-termination').length, 1, words);
      }
    });
  });
});
