/**
 * The templates' own samples export with no blank (eighteenth red team items 4 and 13): a library
 * clause with a value to fill is written out with the library's approved value or the template's
 * answer, so `entente new … --sample` gives a text that checks clean and is not a DRAFT; the annex
 * states capacity building once and the status of seconded personnel without a blank.
 */
import assert from 'node:assert/strict';
import { createEntenteService, instantiateTemplate, listTemplates, sampleValues, getTemplate } from '../../server/src/language';
import { libraryCopy } from '../../server/src/language/templates/library-copy';

/** A template filled with its samples, rendered; an annex gets the bilateral MoU or treaty as parent. */
function rendered(id: string, parentId = 'bilateral-mou') {
  const parentTemplate = getTemplate(parentId)!;
  const parent = instantiateTemplate(parentId, sampleValues(parentTemplate))!.text;
  const template = getTemplate(id)!;
  const service = createEntenteService({ readFile: (uri) => (uri === `file:///work/${parentTemplate.fileName}` ? parent : undefined) });
  const uri = `file:///work/${template.fileName}`;
  service.open(uri, instantiateTemplate(id, { ...sampleValues(template), ...(id === 'annex' ? { parent: parentTemplate.fileName } : {}) })!.text);
  return { service, uri, doc: service.renderModel(uri)!, md: service.render(uri, 'markdown')! };
}

describe('templates: the samples export with no blank', () => {
  for (const template of listTemplates()) {
    it(`${template.id}: not a DRAFT, no bracketed blank in the exported text`, () => {
      const { doc, md } = rendered(template.id);
      assert.equal(doc.draft, undefined, doc.draft?.label);
      assert.doesNotMatch(md, /\\\[|\[[a-z][^\]]*\]/);
    });
  }

  it('the values the probes found blank are the library\'s approved ones', () => {
    assert.match(rendered('bilateral-mou').md, /within thirty days of the coming into effect of this Memorandum/);
    assert.match(rendered('bilateral-treaty').md, /within thirty days of the entry into force of this Agreement/);
    const convention = rendered('multilateral-treaty').md;
    assert.match(convention, /at least three months before the meeting of the Parties/);
    assert.match(convention, /a period of twelve months after the date of receipt of the notification by the Depositary/);
    assert.match(convention, /not been settled within twelve months of the written request/);
  });

  it('the annex, under an MoU or a treaty: one capacity-building article, and the status of seconded personnel without a blank', () => {
    for (const parent of ['bilateral-mou', 'bilateral-treaty']) {
      const { doc, service, uri } = rendered('annex', parent);
      assert.deepEqual(doc.articles.map((a) => a.heading), ['Joint exercise', 'Capacity building', 'Status of seconded personnel'], parent);
      assert.equal(doc.draft, undefined, parent);
      const status = doc.articles[2].paragraphs[0];
      // A drafter's paragraph is printed with its own label (here none): its text is `text`.
      assert.match(typeof status === 'string' ? status : status.text, /This Annex confers no privileges or immunities on them/);
      assert.deepEqual(service.diagnostics(uri).map((d) => d.code), [], parent);
    }
  });

  it('a template cannot write out a library clause whose blank it does not answer', () => {
    assert.throws(() => libraryCopy({ id: 'Depositary', heading: 'Depositary', ref: 'depositary/treaty', self: 'Convention' }), /needs a value for \{\{depositaryName\}\}/);
    assert.match(libraryCopy({ id: 'Depositary', heading: 'Depositary', ref: 'depositary/treaty', self: 'Convention', values: { depositaryName: '{{depositary}}' } }), /^clause Depositary "Depositary" from library "depositary\/treaty" """\n {2}1\. The \{\{depositary\}\} shall be the Depositary of this Convention\./);
  });
});
