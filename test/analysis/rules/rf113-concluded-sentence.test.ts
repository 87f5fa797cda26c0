/**
 * Hundred-and-thirteenth real-instrument run, defect 2: on the NL–Bhutan Agreement on sustainable
 * development (1994; BWBV0001235) the `treaty-mou-wording` finding on Art. V(1) ("Each Government will
 * establish a national mechanism") carried "The text is concluded (the signature date is 1994-03-21): no
 * fix that changes it is offered; the point is for an amending instrument or the next draft." and the one
 * on Art. VI ("Both Governments will inform each other") did not: the sentence was added only where a
 * rewrite was withheld (analysis/concluded-text-fixes.ts), and Art. VI's "will" is offered none. The rule
 * now says it on every finding on a concluded text (`onConcludedText`), as the other rules that advise on
 * fixless findings do. Near miss: the same text read as a draft carries the sentence on neither.
 *
 * Over the corpus: every info or warning finding on a concluded real instrument says the text is
 * concluded or signed, in its rule's words, except the codes listed below. The snapshot read here is the
 * one the differential test (test/analysis/differential) holds equal to the checker's output.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { draftOf, findingsOf, repoText } from '../../helpers/fix-review';
import { parse } from '../../../server/src/language/syntax/parse';
import { concludedText } from '../../../server/src/language/model/conclusion';
import { snapshotPath } from '../differential/corpus';

const bhutan = 'test/real-instruments/nl-bhutan-sustainable-development-1994.entente';
// lr30 D9: MoU wording in a signed treaty is a drafting convention, no defect: no amending instrument is called for.
const sentence = 'The text is concluded (the signature date is 1994-03-21): no rewrite is offered, and none is called for: the point is for the next draft.';

/**
 * Codes whose findings on a concluded text by design say no such sentence: they state what the law makes
 * of the signed text, or address the transfers made under it or the transcription, not its words.
 */
const byDesign = new Set([
  // How a text is read under the treaty it implements, amends or is part of: "Check that the Agreement's final clauses cover it, and declare it".
  'implementing-arrangement-final-clauses',
  'integral-part-final-clauses',
  'amending-instrument-final-clauses',
  // The Union law that governs the treaty in force (GDPR Art. 96) and what an amending instrument would be concluded under.
  'missing-union-law-clause',
  // The transfers made under the treaty, whose basis is a present question (GDPR Arts. 46, 96), not an edit of the text.
  'possible-transfer-without-safeguards',
  'missing-transfer-safeguards',
  // A check of the transcription against the text.
  'notifier-not-a-party',
  // The law that answers the silence, said as such ("The silence is that rule, not a gap"; VCLT Arts. 33, 56).
  'missing-termination',
  'missing-language-clause',
  // A present check of each Party's constitutional law against the amendment tracks the text sets, not a request to redraft it.
  'treaty-amendment-by-decision',
  // Only on an excerpt: the term may be used in the articles left out; nothing is wrong with the text.
  'unused-term',
]);

const saysConcluded = /The text is concluded|signed text/;
/**
 * Findings of other codes that by design say no such sentence: a channel the text puts under another
 * convention has its contacts by reference, and the finding asks that they be recorded, not that the
 * text be redrafted (treaty lawyer lr29, D6).
 */
const byDesignWords = /put what it carries under another convention/;

describe('r113 D2: every finding on a concluded text says so', () => {
  it('NL–Bhutan 1994: both treaty-mou-wording findings end with the concluded-text sentence', () => {
    const found = findingsOf(repoText(bhutan), 'treaty-mou-wording');
    assert.equal(found.length, 2);
    for (const d of found) assert.ok(d.message.endsWith(sentence), d.message);
  });

  it('NL–Bhutan read as a draft: neither finding says the text is concluded', () => {
    const found = findingsOf(draftOf(repoText(bhutan)), 'treaty-mou-wording');
    assert.equal(found.length, 2);
    for (const d of found) assert.doesNotMatch(d.message, /The text is concluded/);
  });

  it('on the concluded real instruments, only the listed codes omit it', () => {
    const snapshot = JSON.parse(readFileSync(snapshotPath, 'utf8')) as Record<string, { code: string; severity: string; message: string }[]>;
    const omitted = new Map<string, string>();
    for (const [file, list] of Object.entries(snapshot)) {
      if (!file.startsWith('test/real-instruments/') || !concludedText(parse(repoText(file)).ast)) continue;
      for (const d of list) {
        if ((d.severity === 'info' || d.severity === 'warning') && !saysConcluded.test(d.message) && !byDesign.has(d.code) && !byDesignWords.test(d.message)) omitted.set(d.code, `${file}: ${d.message.slice(0, 160)}`);
      }
    }
    assert.deepEqual([...omitted], []);
  });
});
