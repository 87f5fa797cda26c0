import { writeFileSync } from 'node:fs';
import { realInstrumentsDocument } from './real-instruments-doc';

writeFileSync(new URL('../docs/real-instruments.md', import.meta.url), realInstrumentsDocument());
console.log('wrote docs/real-instruments.md');
