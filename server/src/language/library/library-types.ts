/**
 * The clause library as the language core sees it. The library itself (built-in clauses, team
 * folders, the file format and its loader) lives beside this file; checks, completion and quick
 * fixes depend only on this interface.
 */
import type { InstrumentKind } from '../ast/vocabulary';
import type { ClauseSubject } from '../ast/subjects';
import type { ClauseTopic } from '../ast/topics';

/** Treaty wording ("shall", "Parties", "enter into force", "Article") or MoU wording ("will", "Participants"…). */
export type Wording = 'treaty' | 'mou';

export interface LibraryClause {
  /** Stable id, e.g. `costs/mou`. Team clauses with the same id override built-in ones. */
  readonly id: string;
  /** The catalogue title, qualifiers included ("Duration (indefinite)"): what listings and hover show. */
  readonly title: string;
  /**
   * The heading the signed text prints over the clause ("Duration"): the file's `heading`, or the
   * title where the file gives none. A catalogue qualifier such as "(multilateral)" tells drafters
   * which variant they take; it is no part of the instrument.
   */
  readonly heading: string;
  readonly wording: Wording;
  /** The instrument kinds it fits. */
  readonly kinds: readonly InstrumentKind[];
  /**
   * The topics it covers. The first is its principal topic, the one it is written to provide:
   * a quick fix offers a clause only for a finding on that topic, not for one it covers in
   * passing (a capacity-building clause that mentions the status of seconded personnel).
   */
  readonly topics: readonly ClauseTopic[];
  /** The field of cooperation its text is written for (ast/subjects.ts); absent = any instrument. */
  readonly subject?: ClauseSubject;
  /** Rule codes (e.g. `missing-costs`) or catalogue ids (e.g. `MC22`) it satisfies. */
  readonly satisfies: readonly string[];
  /** The approved text; `{{name}}` placeholders (see placeholders). */
  readonly text: string;
  readonly placeholders: readonly { readonly name: string; readonly description: string; readonly default?: string }[];
  readonly rationale: string;
  readonly source: string;
  readonly status: 'approved' | 'draft' | 'deprecated';
  readonly version: string;
  /**
   * Earlier approved texts this version replaces, and why: a copy written out from one of them (a
   * quick fix inserts the text) is not an edit but an outdated approval, and is reported as such.
   */
  readonly superseded?: readonly SupersededText[];
  /** For bilateral or multilateral instruments only (e.g. a depositary clause); absent = either. */
  readonly scope?: 'bilateral' | 'multilateral';
  /** `built-in`, or the team folder's path. */
  readonly origin: string;
}

/** An earlier approved text of a clause: its version, its text (with its placeholders) and why it was replaced. */
export interface SupersededText {
  readonly version: string;
  readonly text: string;
  readonly reason: string;
}

/** What the instrument looks like, to rank clauses that fit it first. */
export interface ClauseFit {
  readonly kind?: InstrumentKind;
  readonly multilateral?: boolean;
}

/** A problem in a library file, reported with its path and line; it never stops the rest. */
export interface LibraryProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export interface ClauseLibrary {
  get(id: string): LibraryClause | undefined;
  all(): readonly LibraryClause[];
  /**
   * Clauses that cover a topic, best first for the wording asked and, when given, for the
   * instrument's kind and number of parties (a bilateral treaty gets the bilateral formula).
   */
  forTopic(topic: ClauseTopic, wording?: Wording, fit?: ClauseFit): readonly LibraryClause[];
  readonly problems: readonly LibraryProblem[];
}

/** A library with no clauses: what the core uses when none is injected. */
export const emptyLibrary: ClauseLibrary = {
  get: () => undefined,
  all: () => [],
  forTopic: () => [],
  problems: [],
};
