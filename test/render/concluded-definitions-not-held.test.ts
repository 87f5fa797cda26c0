/**
 * A concluded text's `define`s that a clause `about definitions` covers but no clause defines in its
 * words are named in the note, never dropped (sixty-fourth run, item 3): ETS 14 Art. 2(a)(i) and
 * (iii) ("Assistance", "Country of origin") as `define`s beside clause Art2 holding the chapeau,
 * (ii) and (b). The chapeau lists the terms ("the terms “assistance”, … and “country of origin”
 * shall have the following meanings") and defines none; Art. 1's "(hereinafter referred to as
 * “assistance”)" is a short name for other words than the `define`'s meaning.
 *
 * Near miss: a term the clause defines in its words ("“archives” includes all records …", NL–CTA
 * 1984) stays printed there and is not named.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diskService, repoRoot } from './render-fixtures';

function note(file: string): string {
  const path = join(repoRoot, 'test/real-instruments', file);
  const service = diskService();
  const uri = `file://${path}`;
  service.open(uri, readFileSync(path, 'utf8'));
  return JSON.stringify(service.renderModel(uri));
}

describe('a concluded text drops no `define` a definitions clause covers without holding it (sixty-fourth run, item 3)', () => {
  // Since the seventy-first run (defect 1): printed beside the article's words as the marked insertion, not only named.
  it('ETS 14: "Assistance" and "Country of origin" are printed as the marked insertion beside Art. 2\'s words', () => {
    const model = note('coe-social-medical-assistance-1953.entente');
    assert.match(model, /“Assistance”: /);
    assert.match(model, /“Country of origin”: /);
    assert.doesNotMatch(model, /Definitions ‘Assistance’ and ‘Country of origin’/);
  });

  it('near miss: NL–CTA 1984 "archives", defined in the clause\'s words, is not printed from its declaration, and the note says where the text defines it', () => {
    const model = note('nl-cta-headquarters-agreement-1984.entente');
    assert.doesNotMatch(model, /“archives”: /);
    assert.match(model, /Definition ‘archives’ is not printed from its declaration: the text’s own words say what it includes, in Article 4/);
  });
});
