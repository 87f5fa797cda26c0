/**
 * A line diff (longest common subsequence) for showing how a clause copy departs from the
 * approved library text. Clauses are short, so the quadratic table is cheap; past 400 lines the
 * diff falls back to "all removed, all added" rather than spend time.
 */
export function lineDiff(before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length * b.length > 160000) return [...a.map((l) => '- ' + l), ...b.map((l) => '+ ' + l)].join('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push('  ' + a[i]);
      i++;
      j++;
    } else if (i < a.length && (j >= b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      // Removed lines before added ones, as unified diffs show a replacement.
      out.push('- ' + a[i++]);
    } else {
      out.push('+ ' + b[j++]);
    }
  }
  return out.join('\n');
}
