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
  it('ETS 14: "Assistance" and "Country of origin" are named as not printed', () => {
    assert.match(note('coe-social-medical-assistance-1953.entente'), /Definitions ‘Assistance’ and ‘Country of origin’/);
  });

  it('near miss: NL–CTA 1984 "archives", defined in the clause\'s words, is not named', () => {
    assert.doesNotMatch(note('nl-cta-headquarters-agreement-1984.entente'), /Definition ‘archives’/);
  });
});
