import assert from 'node:assert/strict';
import { parse } from '../../server/src/language/syntax/parse';
import { createEntenteService } from '../../server/src/language/service';
import { getTemplate, instantiateTemplate, listTemplates, sampleValues } from '../../server/src/language/templates/templates';

/** Fill a template with its samples and analyse it (an annex gets the bilateral MoU as parent). */
function diagnoseTemplate(id: string) {
  const template = getTemplate(id)!;
  const parent = instantiateTemplate('bilateral-mou', sampleValues(getTemplate('bilateral-mou')!))!.text;
  const service = createEntenteService({ readFile: (uri) => (uri === 'file:///work/memorandum.entente' ? parent : undefined) });
  const uri = `file:///work/${template.fileName}`;
  service.open(uri, instantiateTemplate(id, sampleValues(template))!.text);
  return { service, uri, diagnostics: service.diagnostics(uri) };
}

describe('templates', () => {
  it('offers the five kinds of instrument, each with described placeholders', () => {
    assert.deepEqual(listTemplates().map((t) => t.id), ['bilateral-mou', 'bilateral-treaty', 'multilateral-treaty', 'cert-arrangement', 'annex']);
    for (const t of listTemplates()) {
      const used = new Set([...t.text.matchAll(/\{\{([\w.-]+)\}\}/g)].map((m) => m[1]));
      assert.deepEqual([...used].sort(), t.placeholders.map((p) => p.name).sort(), `${t.id}: declared and used placeholders differ`);
    }
  });

  for (const template of listTemplates()) {
    it(`${template.id}: filled with sample values, parses and passes every check with no error or warning`, () => {
      const { diagnostics, service, uri } = diagnoseTemplate(template.id);
      assert.deepEqual(parse(service.documents.get(uri)!.text).problems, []);
      const serious = diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
      assert.deepEqual(serious.map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`), []);
      // Infos and hints are allowed only where a reviewer would agree; none are expected today.
      assert.deepEqual(diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`), []);
    });
  }

  it('reports placeholders left without value and default as missing, and marks them in the text', () => {
    const result = instantiateTemplate('bilateral-mou', { title: 'MoU on Cyber Security' })!;
    assert.ok(result.missing.includes('party1Id'));
    assert.ok(!result.missing.includes('title'));
    assert.match(result.text, /memorandum "MoU on Cyber Security"/);
    assert.match(result.text, /participant party1Id "\[party1Name\]"/);
  });

  it('uses defaults, ignores values for unknown names and can produce snippet tab stops', () => {
    const treaty = getTemplate('multilateral-treaty')!;
    const values = { ...sampleValues(treaty), unrelated: 'x' };
    delete (values as Record<string, string>).consentsNeeded;
    const result = instantiateTemplate('multilateral-treaty', values)!;
    assert.deepEqual(result.missing, []);
    assert.match(result.text, /following the date of deposit of the third instrument of ratification/);
    const snippet = instantiateTemplate('annex', {}, { snippet: true })!;
    assert.match(snippet.text, /^\/\/ \$\{1:\[title\]\}\nannex "\$\{1\}" of "\$\{2:\[parent\]\}"/);
    assert.equal(instantiateTemplate('no-such-template', {}), undefined);
  });

  it('flags a template filled with a wrong value (the template test can fail)', () => {
    const template = getTemplate('bilateral-mou')!;
    const service = createEntenteService();
    service.open('file:///w/x.entente', instantiateTemplate(template.id, { ...sampleValues(template), date: '2027-02-30' })!.text);
    assert.ok(service.diagnostics('file:///w/x.entente').some((d) => d.severity === 'error'));
  });
});
