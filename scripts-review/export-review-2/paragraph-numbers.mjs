// For each .entente file: render to md and compare every numbered paragraph of the export
// ("N. text") with the number the same text carries in the source file ("M. text" or "M) text" or
// "(M) text"). Reports paragraphs whose exported number differs from the source's, and exported
// numbers whose text is unnumbered in the source (a number the text does not have).
// Usage: node scripts-review/export-review-2/paragraph-numbers.mjs file.entente...
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
const norm = (s) => s.replace(/\\([\[\]().*_-])/g, '$1').replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
for (const f of process.argv.slice(2)) {
  let md;
  try { md = execFileSync('node', ['dist/cli.cjs', 'render', f, '--to', 'md'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }); }
  catch (e) { md = e.stdout ?? ''; }
  const src = norm(readFileSync(f, 'utf8').split('\n').filter((l) => !/^\s*\/\//.test(l)).join('\n'));
  const out = [];
  for (const line of md.split('\n')) {
    const m = /^(\s*)(\d+)\. (.{12,})$/.exec(line);
    if (!m) continue;
    const n = m[2];
    const text = norm(m[3]).slice(0, 40);
    // every occurrence of the text in the source, with the number (if any) just before it
    const found = [];
    for (let at = src.indexOf(text); at >= 0; at = src.indexOf(text, at + 1)) {
      const before = src.slice(Math.max(0, at - 12), at);
      const sm = /(?:^|[\s"(])\(?(\d+)[.)]\)?\s?$/.exec(before);
      found.push(sm ? sm[1] : null);
    }
    if (found.length === 0) continue; // generated text: not checked here
    if (found.includes(n)) continue;
    if (found.every((x) => x === null)) out.push(`  exported "${n}." where the source has no number: ${text}`);
    else out.push(`  exported "${n}." where the source has "${found.filter(Boolean).join('/')}": ${text}`);
  }
  console.log(`## ${basename(f, '.entente')}: ${out.length} numbering differences`);
  for (const o of out) console.log(o);
}
