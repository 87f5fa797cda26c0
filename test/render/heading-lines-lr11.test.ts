/**
 * Treaty lawyer lr11, defect 9: the WCO Customs Co-operation Council Convention 1950 export printed
 * "## Article II" and then "Article II" again: the transcription copies each article as printed,
 * its heading line first ("###Article II", read: BWBV0003093), under a clause heading that already
 * says it. A clause's leading paragraphs that repeat the parts of its heading are left out, so the
 * heading prints once (the same in the CTBT and CWC transcriptions). Near misses: a first paragraph
 * with other words, a heading part that is not the first lines, and a clause that is only its heading line.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { repoText } from '../helpers/fix-review';
import { withoutHeadingLines } from '../../server/src/language/constructs/clause';

function markdown(text: string): string {
  const service = createEntenteService({ readFile: () => undefined });
  const uri = 'file:///t/heading-lines.entente';
  service.open(uri, text);
  return service.render(uri, 'markdown')!;
}
const draft = (heading: string, body: string) => `memorandum "Draft" {\n  status non-binding\n}\nclause Art "${heading}" """\n${body}\n"""\n`;

describe('lr11 defect 9: a clause heading is not printed again from the text', () => {
  it('WCO 1950: "## Article II" is not followed by "Article II"; the Annex heading lines print once', () => {
    const md = markdown(repoText('test/real-instruments/wco-customs-co-operation-council-convention-1950.entente'));
    assert.match(md, /## Article II\n\n\(a\)\. The Members of the Council shall be:/u);
    // The Annex's first article keeps its lines below the Annex's own title ("Legal capacity, privileges and immunities of the Council"), which the heading does not say.
    assert.doesNotMatch(md, /^Article (?:II|III|XX)$/mu);
    assert.match(md, /## Annex — Article II — Juridical personality\n\nSection 2\\?\.\n/u);
  });

  it('a draft: the repeated lines go, ignoring case and a closing point', () => {
    const md = markdown(draft('Article 4 — Costs', 'ARTICLE 4.\n\nCosts\n\nEach Participant will bear its own costs.'));
    assert.match(md, /Article 4 — Costs\*{0,2}\n\nEach Participant will bear its own costs\./u);
    assert.doesNotMatch(md, /ARTICLE 4\.|^Costs$/mu);
  });

  it('near misses: other words stay; a heading line is not looked for below the first lines; the last paragraph stays', () => {
    assert.deepEqual(withoutHeadingLines(['Article II applies to the Council.', 'More.'], 'Article II'), ['Article II applies to the Council.', 'More.']);
    assert.deepEqual(withoutHeadingLines(['The Council is set up.', 'Article II'], 'Article II'), ['The Council is set up.', 'Article II']);
    assert.deepEqual(withoutHeadingLines(['Article II'], 'Article II'), ['Article II']);
    assert.deepEqual(withoutHeadingLines([{ text: 'Costs', label: '(a)' }, 'x'], 'Costs'), [{ text: 'Costs', label: '(a)' }, 'x']);
    // The heading's parts in their order only: "Costs" then "Article 4" drops "Costs" alone.
    assert.deepEqual(withoutHeadingLines(['Costs', 'Article 4', 'x'], 'Article 4 — Costs'), ['Article 4', 'x']);
  });
});
