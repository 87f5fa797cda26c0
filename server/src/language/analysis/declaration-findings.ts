/**
 * Whole-rule reuse (issue #11): a rule whose findings are each about one declaration
 * (`Rule.perDeclaration`) keeps them per declaration across analyses, and after an edit checks
 * again only the declarations the edit replaced and those whose looked-up names now resolve to a
 * declaration the edit replaced, added or removed; every other declaration's findings are reported
 * again as they were.
 *
 * What a kept finding rests on, and why it still holds:
 * - the declaration's node: a kept node is the very same object at the very same place
 *   (model/document-change.ts; syntax/shift.ts copies a node whose lines move, never moves it);
 * - the names the check looked up (util/read-recorder.ts notes each `resolve`, `party`,
 *   `isSignatory`, `signatories`, `visible`, `declarationsNamed`): a name resolves differently
 *   only where a declaration that declares it was replaced, added or removed, and then every
 *   declaration that looked it up is checked again;
 * - the rule's `facts`, the instrument headers and the imported documents: when any differs
 *   from the last analysis, every declaration is checked again.
 *
 * The raw findings are kept, before severity, ceilings and concluded-text fixes: the runner's
 * `report` makes those of the current model every time (analyze.ts). The state is per rule,
 * document and service (util/last-states.ts), made from one tree, and used only for the change
 * counted from that tree. A property test holds the findings of an edited document equal to a
 * fresh analysis's (test/analysis/declaration-findings-reuse.test.ts).
 */
import type { EntenteDocument } from '../ast/nodes';
import { rowOf } from '../constructs/table';
import { documentChange, type DocumentChange } from '../model/document-change';
import type { SemanticModel } from '../model/semantic-model';
import { movedFrom } from '../syntax/shift';
import type { DeclarationCheck, Finding, Rule } from '../rules/rule';
import { withReport, type SharedContext } from './check-context';
import { LastStates } from '../util/last-states';
import { oncePer } from '../util/once-per';
import { readKey, recordingReads } from '../util/read-recorder';

interface RuleState {
  /** The tree the findings are of. */
  readonly from: EntenteDocument;
  readonly facts: string;
  readonly imported: readonly EntenteDocument[];
  /**
   * By place in `from.declarations`, only where there is any: what was found, and the names
   * looked up meanwhile (most declarations have neither, so a keystroke copies nothing of the
   * size of the document). Owned by the latest state and updated in place, as is `readers`.
   */
  readonly findings: Map<number, readonly Finding[]>;
  readonly reads: Map<number, readonly string[]>;
  /** By name looked up, the places that looked it up. */
  readonly readers: Map<string, Set<number>>;
}

const states = new WeakMap<Rule, LastStates<RuleState>>();
const documentsPerRule = 8;

/** How many declarations the last run of each rule checked (tests count work, not time). */
export const declarationsChecked = new Map<string, number>();

/**
 * Runs a per-declaration rule (`perDeclaration`, the rule's own) on the model, reusing what it
 * found in the declarations the change from the last analysis kept; each finding goes to `report`.
 * `base` is the check context less `report`.
 */
export function runDeclarationRule(model: SemanticModel, rule: Rule, perDeclaration: DeclarationCheck, base: SharedContext, report: (finding: Finding) => void): void {
  let byDocument = states.get(rule);
  if (!byDocument) states.set(rule, (byDocument = new LastStates(documentsPerRule)));
  const facts = perDeclaration.facts?.(model) ?? '';
  const imported = importedTrees(model);
  const last = byDocument.get(model, model.uri);
  const change = documentChange(model);
  const declarations = model.ast.declarations;
  let state: RuleState;
  let checked = 0;
  // One context for the whole run: its `report` collects into the list of the declaration being checked.
  let collected: Finding[] | undefined;
  const context = withReport(base, (finding) => (collected ??= []).push(finding));
  const reads: string[] = [];
  const checkAt = (into: RuleState, place: number) => {
    checked++;
    collected = undefined;
    reads.length = 0;
    recordingReads(reads, perDeclaration, context, declarations[place]);
    if (collected) into.findings.set(place, collected);
    if (reads.length > 0) {
      const keys = [...new Set(reads)];
      into.reads.set(place, keys);
      index(into.readers, keys, place);
    }
  };
  const fresh = (): RuleState => ({ from: model.ast, facts, imported, findings: new Map(), reads: new Map(), readers: new Map() });
  if (last && last.from === model.ast && last.facts === facts && sameList(last.imported, imported)) {
    // The same tree asked again (another settings object): the same findings.
    state = last;
  } else if (change && last && last.from === change.from && change.instrumentKept && last.facts === facts && sameList(last.imported, imported)) {
    const changed = changedNames(change);
    if (change.replacedAt && change.from.declarations.length === declarations.length) {
      state = { from: model.ast, facts: last.facts, imported: last.imported, findings: last.findings, reads: last.reads, readers: last.readers };
      const again = new Set<number>();
      // A replaced node that is only its predecessor copied onto other lines (an Enter above it)
      // keeps the answer where that found nothing; readers of edited names are checked again.
      for (const place of change.replacedAt) if (!changed.copied.has(place) || state.findings.has(place)) again.add(place);
      for (const key of changed.edited) for (const place of state.readers.get(key) ?? []) again.add(place);
      // A finding may point at a declaration it looked up: where that moved, it is made again.
      if (changed.moved.size > 0) for (const place of state.findings.keys()) if (state.reads.get(place)?.some((key) => changed.moved.has(key))) again.add(place);
      for (const place of again) {
        unindex(state.readers, state.reads.get(place), place);
        state.findings.delete(place);
        state.reads.delete(place);
        checkAt(state, place);
      }
    } else {
      // Lines added or removed: a kept node keeps its findings unless a name it looked up changed
      // (or moved, where it found something: a finding may point at the declaration it looked up);
      // a node copied onto other lines keeps its origin's answer where that found nothing.
      const placeBefore = new Map<object, number>();
      change.from.declarations.forEach((d, i) => placeBefore.set(d, i));
      const originBefore = new Map<object, number>();
      change.from.declarations.forEach((d, i) => originBefore.set(movedFrom(d) ?? d, i));
      state = fresh();
      for (let place = 0; place < declarations.length; place++) {
        const d = declarations[place];
        const same = placeBefore.get(d);
        const before = same ?? originBefore.get(movedFrom(d) ?? d);
        const reads = before === undefined ? undefined : last.reads.get(before);
        const findings = before === undefined ? undefined : last.findings.get(before);
        const stale =
          before === undefined ||
          (same === undefined && findings !== undefined) ||
          reads?.some((key) => changed.edited.has(key) || (findings !== undefined && changed.moved.has(key)));
        if (stale) {
          checkAt(state, place);
          continue;
        }
        if (findings) state.findings.set(place, findings);
        if (reads) {
          state.reads.set(place, reads);
          index(state.readers, reads, place);
        }
      }
    }
  } else {
    state = fresh();
    for (let place = 0; place < declarations.length; place++) checkAt(state, place);
  }
  byDocument.set(model, model.uri, state);
  declarationsChecked.set(rule.code, checked);
  // In the order of the declarations, as a check of the whole document reports them (most rules
  // find nothing in a document: no list of places is made then).
  if (state.findings.size === 0) return;
  const places = [...state.findings.keys()].sort((a, b) => a - b);
  for (const place of places) for (const finding of state.findings.get(place)!) report(finding);
}

function index(readers: Map<string, Set<number>>, reads: readonly string[], place: number): void {
  for (const key of reads) {
    let places = readers.get(key);
    if (!places) readers.set(key, (places = new Set()));
    places.add(place);
  }
}

function unindex(readers: Map<string, Set<number>>, reads: readonly string[] | undefined, place: number): void {
  for (const key of reads ?? []) readers.get(key)?.delete(place);
}

function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The trees of the documents the model brings in: one list per model, not one per rule. */
const importedTrees = oncePer((model: SemanticModel): readonly EntenteDocument[] => model.importedDocuments.map((d) => d.ast));

/**
 * The names that may resolve differently after the change: each name the added and removed
 * declarations declare, each of their kinds as a whole (`*`), and for a party every party (which
 * parties sign: `isSignatory`, `signatories`). `moved`: those of a declaration only copied onto
 * other lines (the same words, syntax/shift.ts), which resolve to the same words at other
 * positions; `edited`: the others.
 */
const changedNames = oncePer((change: DocumentChange): { readonly edited: ReadonlySet<string>; readonly moved: ReadonlySet<string>; readonly copied: ReadonlySet<number> } => {
  const removedOrigins = new Set<object>(change.removed.map((d) => movedFrom(d) ?? d));
  const addedOrigins = new Set<object>(change.added.map((d) => movedFrom(d) ?? d));
  const edited = new Set<string>();
  const moved = new Set<string>();
  for (const d of [...change.added, ...change.removed]) {
    const origin = movedFrom(d) ?? d;
    const into = removedOrigins.has(origin) && addedOrigins.has(origin) ? moved : edited;
    for (const symbol of rowOf(d).declares(d)) {
      into.add(readKey(symbol.kind, symbol.name));
      into.add(readKey(symbol.kind, '*'));
    }
    if (d.type === 'Party') {
      into.add(readKey('party', '*'));
      if (d.id) into.add(readKey('party', d.id.text));
    }
  }
  // A name both moved and edited (declared twice) is edited.
  for (const key of edited) moved.delete(key);
  // The replaced places whose node is the last one's copied onto other lines (the same words).
  const copied = new Set<number>();
  const replaced = change.replacedAt ?? [];
  for (let i = 0; i < replaced.length; i++) {
    const before = change.from.declarations[replaced[i]];
    const now = change.added[i];
    if ((movedFrom(before) ?? before) === (movedFrom(now) ?? now)) copied.add(replaced[i]);
  }
  return { edited, moved, copied };
});
