/**
 * The insertion that prints a concluded text's `define`s, and the note after the text, name no
 * connector of the text's (ninetieth run, defect 2): "such as “means”" misdescribed NL–Hungary
 * 1987, whose Art. 1 says "the term “investments” shall comprise every kind of asset …, more
 * particularly, though not exclusively" (read: BWBV0002345) — an open definition, not "means". A
 * `define` does not hold the connector, so the export says only that the words joining each term
 * to its meaning are not reproduced; the text's own words, where a clause carries them, are printed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderText } from './render-fixtures';

const hungary = readFileSync(new URL('../real-instruments/nl-hungary-investments-1987.entente', import.meta.url), 'utf8');

describe('the definitions insertion names no connector the text may not have', () => {
  it('NL–Hungary 1987: neither the insertion nor the note says “means”', () => {
    for (const format of ['markdown', 'html'] as const) {
      const out = renderText(hungary, format);
      assert.match(out, /the words that join each term to its meaning, whatever they are/, format);
      assert.match(out, /such as the words that join each term to its meaning/, format);
      assert.doesNotMatch(out, /such as (?:“|&ldquo;)means/, format);
      assert.doesNotMatch(out, /\bmeans\b/, format);
    }
  });

  it('near miss: a clause that carries the text’s own “means” is printed with it', () => {
    const text = hungary.replace('define "owned or controlled" means', 'clause Art1bis "Article 1 bis" """\n  The term “owned or controlled” means ownership.\n"""\ndefine "owned or controlled" means');
    assert.match(renderText(text), /The term “owned or controlled” means ownership\./);
  });
});
