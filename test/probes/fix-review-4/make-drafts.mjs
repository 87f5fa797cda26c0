// Makes a drafter's working copy of each real instrument: the same text with its conclusion
// removed. Taken out: (1) the date of signature in the header (`signed|done|issued … on DATE`,
// each `by X at "…" on DATE` part) and the date of opening for signature (`opened for … on DATE`);
// (2) the date of each note or letter of an exchange (`note|letter … on DATE`); (3) the text's own
// final formula / testimonium / signature blocks: a clause that is only that (FinalFormula,
// Testimonium, Slotformule, Signatures, the annexed Convention's signature
// formula), and, inside any other clause, the text from "IN WITNESS" (or a letter's "(sd.)" signature) to the end of the clause.
// Nothing else changes (the header comments and the expectations stay as comments).
// Usage: node test/probes/fix-review-4/make-drafts.mjs [outDir]   (default test/probes/fix-review-4/drafts)
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { resolve, join } from 'node:path';
const root = resolve(new URL('../../..', import.meta.url).pathname);
const src = join(root, 'test/real-instruments');
const out = resolve(process.argv[2] ?? join(root, 'test/probes/fix-review-4/drafts'));
mkdirSync(out, { recursive: true });
const DATE = /\s+on\s+\d{4}-\d{2}-\d{2}/;
const DATES = /\s+on\s+\d{4}-\d{2}-\d{2}/g;
const dropClause = (id, title) =>
  /^(FinalFormula|Testimonium|ProtocolTestimonium|Signatures|ConventionSignature)$/.test(id) ||
  /^(Final formula|Slotformule|Testimonium\b|Signatures$|.*signature formula$)/i.test(title);
// where a signature block starts inside a clause: the testimonium, or a letter's "(sd.)" signature
const SIGN = /IN WITNESS|\(sd\.\)/;
const log = [];
for (const f of readdirSync(src).filter((x) => x.endsWith('.entente')).sort()) {
  const lines = readFileSync(join(src, f), 'utf8').split('\n');
  const res = []; const did = [];
  let inTriple = false, skipping = false, cutting = false, inHeader = false;
  for (const line of lines) {
    const triples = (line.match(/"""/g) ?? []).length;
    if (!inTriple) {
      const m = /^clause\s+(\w+)\s+"([^"]*)"/.exec(line);
      if (m && dropClause(m[1], m[2])) {
        did.push(`clause ${m[1]} "${m[2]}" removed`);
        skipping = triples % 2 === 1; // skip to the closing """
        inTriple = skipping;
        continue;
      }
      if (/^(treaty|memorandum|arrangement|framework|protocol|annex|declaration)\s+"/.test(line) && line.includes('{')) inHeader = true;
      let l = line;
      if (inHeader && /^\s*(signed|done|issued|opened)\b/.test(l) && DATE.test(l)) { did.push(`header: ${l.trim()}`); l = l.replace(DATES, ''); }
      if (inHeader && /^\s*}/.test(l)) inHeader = false;
      if (/^(note|letter)\s+\w+/.test(l) && DATE.test(l)) { did.push(`${l.split('"')[0].trim()}: date removed`); l = l.replace(DATES, ''); }
      res.push(l);
      if (triples % 2 === 1) inTriple = true;
      continue;
    }
    // inside a triple-quoted text
    if (triples % 2 === 1) { // closing line
      inTriple = false;
      if (skipping) { skipping = false; continue; }
      if (cutting) { cutting = false; res.push('"""'); continue; }
      const i = line.search(SIGN);
      if (i >= 0) { did.push(`testimonium cut: ${line.slice(i, i + 40)}…`); const head = line.slice(0, i).trimEnd(); if (head.trim()) res.push(head); res.push('"""'); continue; }
      res.push(line); continue;
    }
    if (skipping || cutting) continue;
    const i = line.search(SIGN);
    if (i >= 0) { did.push(`testimonium cut: ${line.slice(i, i + 40)}…`); cutting = true; const head = line.slice(0, i).trimEnd(); if (head.trim()) res.push(head); continue; }
    res.push(line);
  }
  writeFileSync(join(out, f), res.join('\n'));
  log.push(`${f}\n  ${did.join('\n  ') || '(nothing removed)'}`);
}
writeFileSync(join(out, 'DRAFTS.txt'), log.join('\n') + '\n');
console.log(log.join('\n'));
