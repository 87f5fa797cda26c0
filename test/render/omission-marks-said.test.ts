/**
 * Every mark of a part the transcription declares omitted says it is not transcribed (lr8, defect 4):
 * where the printed numbering's first jump says "not printed" (the transcription's `define`s may hold
 * those articles' words), the declared parts in it were merged into the jump's one mark and the
 * transcriber's "not transcribed" was lost (Budapest, ETS 182, STL).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { omissionMarks } from '../../server/src/language/render/omission-marks';
import { numberingGapsAt } from '../../server/src/language/render/numbering-gaps';
import { diskService, repoRoot } from './render-fixtures';

/** The marks before the first article: above the definitions' insertion, and after it (ninety-fifth run, defect 4), joined by " | ". */
function firstMark(file: string): string | undefined {
  const path = join(repoRoot, 'test/real-instruments', file);
  const service = diskService();
  const uri = `file://${path}`;
  service.open(uri, readFileSync(path, 'utf8'));
  const first = service.renderModel(uri)!.articles[0];
  return first.gapAfterInsertion === undefined ? first.gapBefore : `${first.gapBefore} | ${first.gapAfterInsertion}`;
}

describe('omission marks: a declared part is said "not transcribed" in a "not printed" jump', () => {
  it('Budapest and STL: the article the definitions hold "not printed", the declared ones "not transcribed"; ETS 182: all declared', () => {
    // (The definitions that stand there in no clause follow as the marked insertion: definitions-in-place.ts.)
    assert.equal(firstMark('budapest-convention.entente'), '[Article 1’s wording is not printed; the definitions the transcription places here follow.] | [Articles 2 to 22 are not transcribed.]');
    assert.equal(firstMark('nl-un-stl-headquarters-agreement-2007.entente'), '[Article 1’s wording is not printed; the definitions the transcription places here follow.] | [Articles 2 to 5 are not transcribed.]');
    assert.equal(firstMark('coe-ets182-second-mla-protocol-2001.entente'), '[Articles 1 to 10 are not transcribed.]');
  });

  it('splits a "not printed" jump by the declared numbers, in number order; near misses keep one mark', () => {
    const printed = ['Article 9', 'Article 10'];
    const gaps = numberingGapsAt(printed, 'not printed');
    assert.equal(omissionMarks(printed, ['Articles 3 to 5'], gaps).before.get(0), '[Articles 1 and 2 are not printed.] [Articles 3 to 5 are not transcribed.] [Articles 6 to 8 are not printed.]');
    assert.equal(omissionMarks(printed, ['Article 8'], gaps).before.get(0), '[Articles 1 to 7 are not printed.] [Article 8 is not transcribed.]');
    // Near miss: nothing declared in the jump — its own mark alone.
    assert.equal(omissionMarks(printed, [], gaps).before.get(0), '[Articles 1 to 8 are not printed.]');
    // Near miss: a "not transcribed" jump covered in part keeps its own mark, which says it of every number.
    const later = ['Article 1', 'Article 9'];
    assert.equal(omissionMarks(later, ['Articles 3 to 5'], numberingGapsAt(later, 'not printed')).before.get(1), '[Articles 2 to 8 are not transcribed.]');
  });
});
