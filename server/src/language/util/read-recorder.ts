/**
 * The names a per-declaration check looked up while it read one declaration (issue #11): the
 * rule runner keeps a declaration's findings across analyses only while every name it resolved
 * still resolves to the same declaration (analysis/declaration-findings.ts). The model notes each
 * lookup here (`noteRead`); nothing is noted outside `recordingReads`, so the cost elsewhere is
 * one check of a variable.
 *
 * A key is `kind` and `name` on two lines; `kind` and `*` stand for every name of the kind (a list
 * of them, or a fact that changes whenever one of them does). Noting too much is safe (the
 * declaration is checked again more often); noting too little is not, and the property tests hold
 * it (test/analysis/declaration-findings-reuse.test.ts).
 */

let current: string[] | undefined;

/** Runs `check.check(context, declaration)`, noting in `reads` every name the model is asked for meanwhile (no closure: called once per declaration checked). */
export function recordingReads<C, D>(reads: string[], check: { check(context: C, declaration: D): void }, context: C, declaration: D): void {
  const outer = current;
  current = reads;
  try {
    check.check(context, declaration);
  } finally {
    current = outer;
  }
}

/** Called by the model on each lookup of a name of a kind (`*`: every name of the kind). */
export function noteRead(kind: string, name: string): void {
  if (current !== undefined) current.push(`${kind}\n${name}`);
}

/** The key a declared name is noted under, and the key of its whole kind. */
export function readKey(kind: string, name: string): string {
  return `${kind}\n${name}`;
}
