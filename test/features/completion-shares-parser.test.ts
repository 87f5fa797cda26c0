/**
 * Completion asks the parser that parses documents (content assist, and whether a statement is
 * complete) instead of a parser of its own: the grammar is analysed once per process, not again
 * on the first completion. Each use resets the parser's state, so parses are the same before and
 * after any completion, a runaway one (its content assist stopped by the budget) included.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEntenteService } from '../../server/src/language/service';
import { grammarIndex } from '../../server/src/language/syntax/grammar-index';
import { parse, parser } from '../../server/src/language/syntax/parse';

const samplesDir = join(import.meta.dirname, '../../samples');
const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.entente')).map((f) => readFileSync(join(samplesDir, f), 'utf8'));

/** A party block broken by an edit, on which content assist runs out of budget. */
const broken = 'party P "Parties" {\n  kind state\n  class closed of 5\n  As between the Parties, the provisions shall apply to this\n\n * from a threshold of consents\n  kind state\n}\n';

describe('completion shares the document parser', () => {
  it('uses one parser for parsing and for the grammar index', () => {
    const index = grammarIndex() as unknown as { parser: unknown };
    assert.equal(index.parser, parser());
  });

  it('parses every sample the same before and after completions anywhere in them', () => {
    const before = samples.map((text) => parse(text));
    const service = createEntenteService();
    const texts = [...samples, broken];
    texts.forEach((text, i) => {
      const uri = `file:///w/doc${i}.entente`;
      service.open(uri, text);
      const lines = text.split('\n');
      for (let line = 0; line < lines.length; line += 7) service.complete(uri, { line, character: Math.min(lines[line].length, 9) });
    });
    const after = samples.map((text) => parse(text));
    for (let i = 0; i < samples.length; i++) {
      assert.deepEqual(after[i].ast, before[i].ast);
      assert.deepEqual(after[i].problems, before[i].problems);
    }
  });
});
