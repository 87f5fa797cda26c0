import { mkdirSync, writeFileSync } from 'node:fs';
import { rulesDocument } from './rules-doc';

mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesDocument());
console.log('wrote docs/rules.md');
