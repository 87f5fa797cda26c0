/**
 * `depositary "A", "B"`: a treaty with several depositaries, as the Convention on mutual
 * administrative assistance in tax matters has: "the Secretary General of the Council of Europe or
 * the Secretary General of OECD (hereinafter referred to as the "Depositaries")" (Art. 2(3);
 * BWBV0005131), each keeping one of the two originals (final formula). VCLT Art. 76(1): "The
 * depositary may be one or more States, an international organization or the chief administrative
 * officer of the organization".
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language/index';
import { parse } from '../../server/src/language/syntax/parse';
import { checkNoDiagnostics, diagnose } from '../helpers/fixture';
import { taxConvention } from '../helpers/tax-convention';
import { draftedVariant } from '../render/drafted-variant';


const two = '"the Secretary General of the Council of Europe", "the Secretary General of OECD"';
const originals = (text: string) => diagnose(text).filter((d) => d.code === 'testimonium-originals');

describe('depositary as a list (thirty-seventh run, point 1 for the engineers)', () => {
  it('parses every depositary, in order, names and party ids alike', () => {
    const { ast, problems } = parse(taxConvention('in 2 copies', `${two}, CoE-Members`));
    assert.deepEqual(problems, []);
    const d = ast.instrument?.depositary;
    assert.deepEqual(
      d?.values.map((v) => ('value' in v ? v.value : v.text)),
      ['the Secretary General of the Council of Europe', 'the Secretary General of OECD', 'CoE-Members'],
    );
    assert.equal(d?.value && 'value' in d.value ? d.value.value : undefined, 'the Secretary General of the Council of Europe');
    // One depositary stays a list of one.
    assert.equal(parse(taxConvention('in single original', '"the Secretary General of the Council of Europe"')).ast.instrument?.depositary?.values.length, 1);
    // A trailing comma is a syntax error, not an empty depositary.
    assert.ok(parse(taxConvention('in 2 copies', `${two},`)).problems.length > 0);
  });

  it('testimonium-originals counts the list: two originals for two depositaries is silent', () => {
    assert.deepEqual(originals(taxConvention('in 2 copies', two)), []);
    assert.deepEqual(originals(taxConvention('in duplicate deposited with "the archives of the Council of Europe"', two)), []);
  });

  it('near misses: more originals than listed depositaries, or one listed depositary, are still reported', () => {
    assert.equal(originals(taxConvention('in 3 copies', two)).length, 1);
    assert.equal(originals(taxConvention('in 2 copies', '"the Secretary General of the Council of Europe"')).length, 1);
    // The single string keeps its reading: "Great Britain and Northern Ireland" is one name.
    assert.equal(originals(taxConvention('in duplicate', '"the Government of the United Kingdom of Great Britain and Northern Ireland"')).length, 1);
  });

  it('missing-depositary is satisfied by a list, and a listed party id is a reference to that party', () => {
    checkNoDiagnostics(taxConvention('in 2 copies', two), ['missing-depositary']);
    const unknown = diagnose(taxConvention('in 2 copies', `${two}, Nobody`)).filter((d) => d.code === 'unknown-reference' || d.code === 'undefined-reference');
    assert.equal(unknown.length, 1);
  });

  it('renders the Depositaries in the plural, and notice addressed to one of them (Tax Convention, Arts. 2(3), 31(1)), on its draft', () => {
    // Signed in 1988, the Convention's export prints no clause generated from its header (render/unprinted-note.ts): its draft does.
    const service = createEntenteService();
    const uri = 'file:///tax.entente';
    service.open(uri, draftedVariant(taxConvention('in 2 copies', two)));
    for (const format of ['markdown', 'html', 'akn'] as const) {
      const out = service.render(uri, format) ?? '';
      assert.match(out, /The Secretary General of the Council of Europe and the Secretary General of OECD shall be the Depositaries of this Convention\./, format);
      assert.match(out, /by notification addressed to one of the Depositaries/, format);
      assert.doesNotMatch(out, /the Depositary of this Convention/, format);
    }
    // One depositary keeps the singular.
    service.open(uri, draftedVariant(taxConvention('in single original', '"the Secretary General of the Council of Europe"')));
    const one = service.render(uri, 'markdown') ?? '';
    assert.match(one, /The Secretary General of the Council of Europe shall be the Depositary of this Convention\./);
    assert.match(one, /addressed to the Depositary\b/);
  });
});
