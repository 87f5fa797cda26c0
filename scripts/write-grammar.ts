import { readFileSync, writeFileSync } from 'node:fs';
import { cstTypes, ebnf, textMateGrammar } from './grammar-artifacts';

writeFileSync(new URL('../grammar/entente.ebnf', import.meta.url), ebnf());
writeFileSync(new URL('../server/src/language/syntax/cst.generated.ts', import.meta.url), cstTypes());
const textMate = new URL('../syntaxes/entente.tmLanguage.json', import.meta.url);
writeFileSync(textMate, textMateGrammar(readFileSync(textMate, 'utf8')));
console.log('wrote grammar/entente.ebnf, server/src/language/syntax/cst.generated.ts and the keywords of syntaxes/entente.tmLanguage.json');
