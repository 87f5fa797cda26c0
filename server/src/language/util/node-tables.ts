/**
 * What was read of a node (a declaration, a prose text), kept with it across analyses in a weak
 * map of the service that built the model (issue #11): one map per service for each use, where
 * there used to be one for the whole program.
 *
 * Why per service: a full collection clears the entries of dead nodes but leaves their slots
 * marked deleted, and V8 rehashes a weak map's whole table in place on the next insertion when
 * its deleted slots outnumber half its live entries. With one table for every service, the trees
 * another service parsed and dropped (a fresh analysis of the same text, the benchmark's full
 * analysis between two keystrokes, a command-line run or a test in the same process) left tens
 * of thousands of deleted slots, and the next keystroke's first insertion into each table
 * rehashed them all: at 10,000 lines 1.4 ms of an 11 ms keystroke (perf, bench-like single
 * keystrokes), in six tables. A service's tables hold only its own documents' nodes, and go with
 * the service.
 *
 * The service is the scope of its prose memo (prose-memo.ts), as for `LastStates`; models built
 * without a service share one set of tables. Keyed by any object: util imports nothing from the
 * AST or the model folders.
 */
import { proseMemoOf, type ProseMemo } from './prose-memo';

/** The tables of each service, by the prose memo that stands for it. */
const tablesOf = new WeakMap<ProseMemo, WeakMap<object, unknown>[]>();
let tableCount = 0;

/** A use of per-node tables: ask `of(model)` once per model (or per loop over nodes), then look nodes up in the map it gives. */
export class NodeTable<K extends object, V> {
  private readonly id = tableCount++;

  /** This use's table in the service that built `model` (any object: one built without a service gets the shared table). */
  of(model: object): WeakMap<K, V> {
    const scope = proseMemoOf(model);
    let tables = tablesOf.get(scope);
    if (tables === undefined) tablesOf.set(scope, (tables = []));
    let table = tables[this.id];
    if (table === undefined) tables[this.id] = table = new WeakMap();
    return table as WeakMap<K, V>;
  }
}
