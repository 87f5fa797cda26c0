/**
 * What the samples promise beyond their AST: every sample (review-me included, whose problems
 * are all semantic) is free of syntax problems, their cross-file links point at files that
 * exist, and together they use every keyword of the language, so the samples double as a
 * tour of the whole grammar.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from '../../server/src/language/syntax/parse';
import { ententeLexer } from '../../server/src/language/syntax/lexer';
import { keywords } from '../../server/src/language/syntax/tokens';
import { formatRange } from './ast-dump';
import { reviewMe, sampleFiles } from './sample-files';

const samples = sampleFiles().map((s) => ({ ...s, text: readFileSync(s.path, 'utf8') }));

describe('samples', () => {
  it('include the review-me demonstration and clean instruments of every kind', () => {
    assert.ok(samples.some((s) => s.name === reviewMe), `samples/${reviewMe} is missing`);
    const kinds = new Set(samples.filter((s) => s.name !== reviewMe).map((s) => parse(s.text).ast.instrument?.kind.value));
    for (const kind of ['treaty', 'memorandum', 'arrangement', 'framework', 'annex', undefined]) {
      assert.ok(kinds.has(kind as never), `no clean sample of kind ${kind ?? '(registry, no header)'}`);
    }
  });

  for (const sample of samples) {
    it(`${sample.name} has no syntax problems`, () => {
      const problems = parse(sample.text).problems.map((p) => `${formatRange(p.range)} ${p.message}`);
      assert.deepEqual(problems, [], `samples/${sample.name} should be syntax-clean`);
    });

    it(`${sample.name} uses and annexes files that exist`, () => {
      const ast = parse(sample.text).ast;
      const paths = [...ast.uses.map((u) => u.path?.value), ast.instrument?.parent?.value].filter((p): p is string => p !== undefined);
      for (const path of paths) {
        assert.ok(existsSync(join(dirname(sample.path), path)), `samples/${sample.name} refers to "${path}", which does not exist`);
      }
    });
  }

  it('use every keyword of the language at least once', () => {
    const used = new Set<string>();
    for (const sample of samples) for (const token of ententeLexer.tokenize(sample.text).tokens) used.add(token.tokenType.name);
    const missing = keywords.filter((k) => !used.has(k.name)).map((k) => String(k.LABEL));
    assert.deepEqual(missing, [], 'keywords no sample uses');
  });

  it('share the partner registry between at least two instruments', () => {
    const users = samples.filter((s) => parse(s.text).ast.uses.some((u) => u.path?.value.endsWith('registry/partners.entente')));
    assert.ok(users.length >= 2, `only ${users.map((u) => u.name).join(', ')} use the registry`);
  });
});
