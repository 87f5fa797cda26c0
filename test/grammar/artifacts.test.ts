import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cstTypes, ebnf, textMateGrammar } from '../../scripts/grammar-artifacts';

describe('generated grammar artifacts', () => {
  it('grammar/entente.ebnf matches the parser (run `npm run grammar` if not)', () => {
    const onDisk = readFileSync(new URL('../../grammar/entente.ebnf', import.meta.url), 'utf8');
    assert.equal(onDisk, ebnf(), 'grammar/entente.ebnf is stale: run `npm run grammar`');
  });

  it('the CST types match the parser (run `npm run grammar` if not)', () => {
    const onDisk = readFileSync(new URL('../../server/src/language/syntax/cst.generated.ts', import.meta.url), 'utf8');
    assert.equal(onDisk, cstTypes(), 'cst.generated.ts is stale: run `npm run grammar`');
  });

  it('the TextMate grammar colours the keywords of tokens.ts by role (run `npm run grammar` if not)', () => {
    const onDisk = readFileSync(new URL('../../syntaxes/entente.tmLanguage.json', import.meta.url), 'utf8');
    assert.equal(onDisk, textMateGrammar(onDisk), 'the keywords of syntaxes/entente.tmLanguage.json are stale: run `npm run grammar`');
    JSON.parse(onDisk);
  });

  it('names every rule of the grammar in the EBNF', () => {
    const text = ebnf();
    for (const rule of ['document', 'instrument', 'party', 'contact', 'securityAgreement', 'channel', 'incidentProtocol', 'exercise', 'cooperation', 'governanceBody', 'definition', 'clause', 'assistance', 'junk', 'stray']) {
      assert.match(text, new RegExp(`^${rule} = `, 'm'), `rule ${rule} missing`);
    }
  });
});
