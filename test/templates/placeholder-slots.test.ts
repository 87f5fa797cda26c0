/**
 * Skipping questions never breaks the parse (issue 10: skipped answers gave 37 syntax errors):
 * every template, with any subset of its placeholders unanswered, as plain text or as the
 * editor's snippet, parses without a problem; every answer the editor accepts parses too; and
 * the gaps a skipped date or jurisdiction leaves are reported by the checks that own them.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { expandSnippet } from '../helpers/snippets';
import { createEntenteService } from '../../server/src/language/service';
import { parse } from '../../server/src/language/syntax/parse';
import { instantiateTemplate, listTemplates, placeholderInput, sampleValues, slotOf, valueProblem, type Template } from '../../server/src/language/templates/templates';

function problemsOf(text: string): string[] {
  return parse(text).problems.map((p) => `${p.range.start.line + 1}:${p.range.start.character + 1} ${p.message}`);
}

/** Some placeholders answered with their sample, the others left unanswered. */
function partly(template: Template, answered: readonly boolean[]): Record<string, string> {
  return Object.fromEntries(template.placeholders.filter((_, i) => answered[i]).map((p) => [p.name, p.sample]));
}

describe('template placeholders that parse', () => {
  for (const template of listTemplates()) {
    describe(template.id, () => {
      it('parses with every question skipped, as text and as the editor snippet', () => {
        assert.deepEqual(problemsOf(instantiateTemplate(template.id, {})!.text), []);
        assert.deepEqual(problemsOf(expandSnippet(instantiateTemplate(template.id, {}, { snippet: true })!.text)), []);
      });

      it('parses with any questions skipped', () => {
        fc.assert(
          fc.property(fc.array(fc.boolean(), { minLength: template.placeholders.length, maxLength: template.placeholders.length }), fc.boolean(), (answered, snippet) => {
            const result = instantiateTemplate(template.id, partly(template, answered), { snippet })!;
            assert.deepEqual(problemsOf(snippet ? expandSnippet(result.text) : result.text), []);
          }),
          { numRuns: 40 },
        );
      });

      it('accepts its own sample values, each in its slot', () => {
        for (const p of template.placeholders) assert.equal(valueProblem(p, p.sample), undefined, `${p.name} = ${p.sample}`);
      });
    });
  }

  it('leaves in the editor the text the command line leaves (a mirrored tab stop repeats its default)', () => {
    for (const template of listTemplates()) {
      assert.equal(expandSnippet(instantiateTemplate(template.id, {}, { snippet: true })!.text), instantiateTemplate(template.id, {})!.text, template.id);
    }
  });

  it('parses with any answer the editor accepts', () => {
    const letters = ['a', 'Z', 'é', 'Ж', 'ص', '_'];
    const word = fc
      .tuple(fc.constantFrom(...letters), fc.array(fc.constantFrom(...letters, '0', '9', '-'), { maxLength: 8 }))
      .map(([first, rest]) => first + rest.join(''));
    const line = fc.string({ unit: 'grapheme', maxLength: 30 });
    const date = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    let tried = 0;
    for (const template of listTemplates()) {
      fc.assert(
        fc.property(fc.array(fc.tuple(word, line, date), { minLength: template.placeholders.length, maxLength: template.placeholders.length }), (answers) => {
          const values: Record<string, string> = {};
          template.placeholders.forEach((p, i) => {
            const [w, l, d] = answers[i]!;
            const value = { identifier: w, text: l, date: d }[slotOf(p)];
            // Only answers the editor's input box lets through (it checks the same pattern).
            if (valueProblem(p, value) === undefined) values[p.name] = value;
          });
          tried += Object.keys(values).length;
          for (const snippet of [false, true]) {
            const text = instantiateTemplate(template.id, values, { snippet })!.text;
            assert.deepEqual(problemsOf(snippet ? expandSnippet(text) : text), [], JSON.stringify(values));
          }
        }),
        { numRuns: 25 },
      );
    }
    assert.ok(tried > 500, String(tried));
  });

  it('refuses answers that would not parse, with the reason', () => {
    const [title, , date] = listTemplates()[0]!.placeholders;
    const id = listTemplates()[0]!.placeholders.find((p) => p.name === 'party1Id')!;
    assert.deepEqual([slotOf(title!), slotOf(date!), slotOf(id)], ['text', 'date', 'identifier']);
    for (const bad of ['say "hello"', 'a\\b', 'two\nlines']) assert.match(valueProblem(title!, bad) ?? '', /double quotes/, bad);
    for (const bad of ['2027-3-1', '1 March 2027', '']) assert.match(valueProblem(date!, bad) ?? '', /YYYY-MM-DD/, bad);
    for (const bad of ['Republic of Estonia', 'party', 'channel', '1st', 'EE.', '']) assert.match(valueProblem(id, bad) ?? '', /One word/, bad);
    for (const good of ['EE', 'CERT-EE', 'Eesti_Vabariik', 'Sécurité']) assert.equal(valueProblem(id, good), undefined, good);
    // The pattern travels to the editor as a RegExp source; it must mean there what it means here.
    assert.ok(new RegExp(placeholderInput(id).pattern).test('CERT-EE'));
    assert.ok(!new RegExp(placeholderInput(id).pattern).test('participant'));
  });

  it('leaves a skipped date and a skipped jurisdiction to the checks, which report them as errors', () => {
    const service = createEntenteService();
    const template = listTemplates().find((t) => t.id === 'bilateral-mou')!;
    const values = sampleValues(template);
    delete values.date;
    delete values.party1Jurisdiction;
    service.open('file:///w/skipped.entente', instantiateTemplate(template.id, values)!.text);
    const errors = service.diagnostics('file:///w/skipped.entente').filter((d) => d.severity === 'error');
    assert.deepEqual(errors.map((d) => d.code).sort(), ['invalid-date', 'unknown-jurisdiction']);
  });
});
