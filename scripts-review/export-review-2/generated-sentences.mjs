// For each .entente file given: render to md, split the export into sentences, and list every
// sentence that is not a verbatim substring of the source file (after normalising whitespace,
// quotes and Markdown markup). Output: one block per file to stdout.
// Usage: node scripts-review/export-review-2/generated-sentences.mjs out-dir file.entente...
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename } from 'node:path';

const [outDir, ...files] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const norm = (s) => s
  .replace(/\\"/g, '"')
  .replace(/[“”„]/g, '"').replace(/[‘’]/g, "'")
  .replace(/\*\*|__|\*|`/g, '')
  .replace(/\\([\[\]\(\)\.\-\*_#>+!|])/g, '$1')
  .replace(/\s+/g, ' ').trim().toLowerCase();

for (const f of files) {
  const name = basename(f, '.entente');
  let md;
  try { md = execFileSync('node', ['dist/cli.cjs', 'render', f, '--to', 'md'], { encoding: 'utf8' }); }
  catch (e) { md = e.stdout ?? ''; console.log(`## ${name}: render exit ${e.status}`); }
  writeFileSync(`${outDir}/${name}.md`, md);
  // the source with comments removed (the header is not the instrument's text)
  const src = readFileSync(f, 'utf8').split('\n').map((l) => l.replace(/^\s*\/\/.*$/, '')).join('\n');
  const nsrc = norm(src);
  const out = [];
  for (const rawLine of md.split('\n')) {
    let line = rawLine.replace(/^\s*(#+|>|[-*]|\d+\.)\s+/, '').trim();
    if (!line) continue;
    // split into sentences at ". " followed by capital / ( / " and at "; " is kept
    const sentences = line.split(/(?<=[.:;!?])\s+(?=[A-Z(“"\[])/);
    for (const s of sentences) {
      const n = norm(s);
      if (n.length < 3) continue;
      if (nsrc.includes(n)) continue;
      // tolerate a sentence whose only change is a trailing period
      if (nsrc.includes(n.replace(/[.;:,]$/, ''))) continue;
      out.push(s);
    }
  }
  console.log(`## ${name} (${out.length} generated or altered sentences)`);
  for (const s of out) console.log(`- ${s}`);
  console.log();
}
