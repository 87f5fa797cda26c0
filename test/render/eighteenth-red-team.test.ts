/**
 * The exported text of the eighteenth red-team run's probes (test/probes/eighteenth/REPORT.md),
 * as the lawyer who wrote them read it: each test renders a probe (or the template it was made
 * from) and asserts what the signed text must, and must not, say.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { RenderedInstrument } from '../../server/src/language';
import { readDocx } from './docx-reader';
import { openFile, repoRoot } from './render-fixtures';

const probe = (name: string) => {
  const { service, uri } = openFile(join(repoRoot, 'test/probes/eighteenth', `${name}.entente`));
  return { md: service.render(uri, 'markdown')!, akn: service.render(uri, 'akn')!, doc: service.renderModel(uri)! };
};

const paragraphs = (doc: RenderedInstrument) => doc.articles.flatMap((a) => a.paragraphs.map((p) => (typeof p === 'string' ? p : p.text)));

describe('eighteenth red team: the exported text', () => {
  it('item 11: a security agreement cited as concluded, without place or date, is cited by its title, with no dangling "concluded"', () => {
    const { md, doc } = probe('template-bilateral-treaty-sample');
    const protection = paragraphs(doc).find((p) => p.startsWith('Classified information up to and including SECRET'));
    assert.equal(protection, 'Classified information up to and including SECRET exchanged under this Agreement shall be protected in accordance with the Agreement between the Republic of Estonia and the Republic of Finland on the Mutual Protection of Classified Information.');
    assert.doesNotMatch(md, /concluded\./);
  });

  it('item 12: a language left unanswered by a template is a counted blank of the final formula, not a language', () => {
    const { doc } = probe('template-bilateral-mou-language-unfilled');
    assert.equal(doc.testimonium.length, 1);
    assert.match(doc.testimonium[0], /^Signed at Tallinn on 1 March 2027, in the English and \uE000\[language of the text\]\uE001 languages, both texts being equally valid\./);
    const blanks = (text: string) => text.split('\uE000').length - 1;
    assert.ok(doc.draft && doc.draft.blanks >= blanks(doc.testimonium[0]) && blanks(doc.testimonium[0]) === 1, doc.draft?.label);
  });

  it('item 14: a library clause taken without a heading is headed by its heading for the signed text, not its catalogue title, in every format', async () => {
    const path = join(repoRoot, 'test/probes/eighteenth/nordic-baltic-convention-multilateral-clauses.entente');
    const { service, uri } = openFile(path);
    const headings = service.renderModel(uri)!.articles.map((a) => a.heading);
    for (const heading of ['Purpose and scope', 'Notification of incidents', 'Central authorities', 'Entry into force', 'Duration', 'Amendment', 'Denunciation', 'Settlement of disputes', 'Registration']) {
      assert.ok(headings.includes(heading), `${heading}: ${headings.join(' | ')}`);
    }
    const docx = await readDocx((await service.renderDocx(uri))!);
    const outputs = { md: service.render(uri, 'markdown')!, html: service.render(uri, 'html')!, akn: service.render(uri, 'akn')!, docx: docx.body.map((b) => (b.kind === 'p' ? b.text : '')).join('\n') };
    for (const [format, text] of Object.entries(outputs)) {
      assert.doesNotMatch(text, /\((?:multilateral|indefinite)|acceptance by all Parties\)/, format);
      assert.match(text, /Amendment/, format);
    }
    const mou = probe('nlsg-mou-every-mou-clause').doc.articles.map((a) => a.heading);
    assert.ok(mou.includes('Equivalence of security classifications') && mou.includes('Safeguards for transfers of personal data'), mou.join(' | '));
    assert.ok(!mou.some((h) => /\(/.test(h)), mou.join(' | '));
  });
});
