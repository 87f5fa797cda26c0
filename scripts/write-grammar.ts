import { writeFileSync } from 'node:fs';
import { cstTypes, ebnf } from './grammar-artifacts';

writeFileSync(new URL('../grammar/entente.ebnf', import.meta.url), ebnf());
writeFileSync(new URL('../server/src/language/syntax/cst.generated.ts', import.meta.url), cstTypes());
console.log('wrote grammar/entente.ebnf and server/src/language/syntax/cst.generated.ts');
