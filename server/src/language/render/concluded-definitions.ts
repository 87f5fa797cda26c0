/**
 * Where a concluded text's `define`s are printed when a clause of its own is on definitions: which
 * of them the article on definitions prints as the marked insertion, and which belong elsewhere.
 *
 * A clause that holds some of the article's definitions in its words stands for those only. OSPAR
 * 1992, Art. 1: the exclusions (g), (i) and (o) ("“Dumping” does not include …") transcribed as a
 * clause about definitions, the sixteen definitions (a)–(f), (h), (j)–(n), (p)–(s) as `define`s
 * before it; Istanbul 2011, Art. 3: (a) and (f) as the clause, (b)–(e) as `define`s after it. The
 * clause quoted defined terms, so it was taken for the whole article, and the export printed none
 * of the `define`s, without a mark, under a note saying "the text's own provisions are printed as
 * transcribed" (the seventy-first and seventy-third runs, defect 1: words of the text lost). So
 * each `define` the article's words do not define is printed beside them as the marked insertion
 * (definitions-insertion.ts), before them where the file puts it before, after them where after:
 * where each stands among the article's lettered items is not said, and the lead says so.
 *
 * Only the `define`s that belong to the article by their place in the file: those before it, and
 * those after it with no clause between. A `define` written beside another article is not that
 * article's (Joint Convention 1997: "Agency" before Art. 37, whose words say "(hereinafter referred
 * to as “the Agency”)", was printed in Art. 2, which defines a)–u) and not "Agency": the
 * seventy-second run, defect 2). Where some other clause's words define the term between quotation
 * marks ("hereinafter referred to as …", "“X” means …"), those words are printed and the note says
 * the declaration is carried by them; that holds too of a `define` grouped with the article (Istanbul:
 * "GREVIO", Art. 66(1)). A `define` written beside another article that no clause defines is printed
 * there, before the clause that follows it, as an insertion whose place in the text is not known.
 */
import type { Clause, Definition } from '../ast/nodes';
import type { SemanticModel } from '../model/semantic-model';
import { defines, holdsAny, onDefinitions } from './definitions-in-place';
import { definingAfter, ownWordsOf, type OwnWords } from './own-definitions';
import { matchesOf } from '../util/all-matches';
import { singleSpaced } from '../util/single-spaced';

/** A `define`'s term as another clause's own words state it (own-definitions.ts). */
export interface StatedBy {
  readonly clause: Clause;
  readonly own: OwnWords;
}

export interface ConcludedDefinitionsPlace {
  /** The clause of the article on definitions. */
  readonly clause: Clause;
  /** Printed as the insertion before its words, and after them. */
  readonly before: readonly Definition[];
  readonly after: readonly Definition[];
  /** Whether its words hold some of the article's definitions (the insertion's lead says it stands beside them). */
  readonly beside: boolean;
  /** The `define`s another clause's words define with the declaration's meaning, by that clause: not printed from the declaration (the note says so). */
  readonly carried: ReadonlyMap<Definition, StatedBy>;
  /** The `define`s printed whose term another clause's words also define, add to or name, in other words than theirs (the note says so). */
  readonly also: ReadonlyMap<Definition, readonly StatedBy[]>;
  /** The `define`s written beside another article, in no clause's words: printed before the clause that follows them. */
  readonly elsewhere: ReadonlyMap<Clause, readonly Definition[]>;
  /** The rest, written after the last article or before the final formula: not printed (the note names them). */
  readonly unplaced: readonly Definition[];
  /** Whether a paragraph of its words announces them and the next numbered paragraph follows at once: `after` is printed after that paragraph. */
  readonly within: boolean;
}

/**
 * Words of an article on definitions whose paragraph announces them and is followed at once by the
 * article's next numbered paragraph: the definitions stand between the two. NL–Montserrat TIEA 2009,
 * Art. 4: "1. For the purposes of this Agreement, unless otherwise defined:" then "2. As regards the
 * application …" (read: BWBV0004047), its (a)–(r) as `define`s after the clause. Its words end with
 * "2.", not ":", so the `define`s were not printed at all (the seventy-fifth run, defect 3). A
 * chapeau followed by lettered items is not this: the items are the definitions, in the words.
 */
export function announcesWithin(words: string): boolean {
  const lines = words.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  return lines.some((l, i) => /:$/.test(l) && i + 1 < lines.length && /^\(?\s*\d+\s*[.)]\s/.test(lines[i + 1]));
}

/**
 * The place of a concluded text's `define`s where a clause of it (not its preamble or final formula:
 * `clauses`) is on definitions and either holds some of them, announces them (its words end with
 * ":") or begins at a later paragraph; undefined elsewhere (the note names them, as before).
 */
export function concludedDefinitionsPlace(model: SemanticModel, clauses: readonly Clause[]): ConcludedDefinitionsPlace | undefined {
  const definitions = model.ast.definitions.filter((d) => d.term?.value.trim());
  if (definitions.length === 0) return undefined;
  const words = (c: Clause) => model.clauseText(c) ?? '';
  const onThem = clauses.filter((c) => onDefinitions(model, c));
  // Holding definitions: a `define`'s term, or any term its words define ("“women” includes girls …",
  // "“Dumping” does not include …"): Istanbul Art. 3 transcribed without repeating (a) as a `define`
  // lost (b)–(e) from the export, under a note saying their place was not known (lr17, D7).
  const holding = onThem.find((c) => holdsAny(words(c), definitions) || definesSomeTerm(words(c)));
  const announcing = onThem.find((c) => /:\s*$/.test(words(c)));
  const continuing = onThem.find((c) => Number(/^\(?\s*(\d+)\s*[.)]\s/.exec(words(c).trim())?.[1] ?? 0) >= 2);
  const within = !holding && !announcing && !continuing ? onThem.find((c) => announcesWithin(words(c))) : undefined;
  const clause = holding ?? announcing ?? continuing ?? within;
  if (!clause) return undefined;
  const line = (n: { range: { start: { line: number } } }) => n.range.start.line;
  const at = line(clause);
  const all = model.ast.clauses;
  // With the article: before it in the file, or after it with no clause between.
  const grouped = (d: Definition) => line(d) < at || !all.some((c) => line(c) > at && line(c) < line(d));
  const before: Definition[] = [];
  const after: Definition[] = [];
  const carried = new Map<Definition, StatedBy>();
  const also = new Map<Definition, StatedBy[]>();
  const elsewhere = new Map<Clause, Definition[]>();
  const unplaced: Definition[] = [];
  for (const d of definitions) {
    if (defines(words(clause), d)) continue;
    // Carried only by words that are the declaration's: "For the purposes of this Article, “Incident”
    // includes only …" or "… (the Incident)" in other words is not the text's general definition (lr17, D6).
    const own = ownWordsOf(d);
    const stated = all.flatMap((c): StatedBy[] => {
      const said = c === clause ? undefined : own(words(c));
      return said ? [{ clause: c, own: said }] : [];
    });
    const same = stated.find((s) => s.own.same);
    if (same) {
      carried.set(d, same);
      continue;
    }
    let printed = true;
    if (grouped(d)) (line(d) < at && holding ? before : after).push(d);
    else {
      const next = all.find((c) => line(c) > line(d));
      if (next && clauses.includes(next)) elsewhere.set(next, [...(elsewhere.get(next) ?? []), d]);
      else (unplaced.push(d), (printed = false));
    }
    if (printed && stated.length > 0) also.set(d, stated);
  }
  // Announced by its words ("… the following meanings:"), or held in part by them: after; before words that begin at a later paragraph.
  if (!holding && !announcing && !within) before.push(...after.splice(0));
  return { clause, before, after, beside: holding !== undefined, carried, also, elsewhere, unplaced, within: within !== undefined };
}

/** A quoted term and words after it that define it, or exclude from it: "“X” means …", "“X” includes …", "“Dumping” does not include …" (OSPAR 1992 Art. 1(g)). */
function definesSomeTerm(words: string): boolean {
  const text = singleSpaced(words).toLowerCase();
  for (const m of matchesOf(text, /[“"‘'`]{1,2}[^“”"‘’'`]{1,80}[”"’'`]{1,2}/gu)) {
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40);
    if (definingAfter.test(after) || /^[”"’'`]{0,2}\s*(?:does|shall)\s+not\s+include\b/u.test(after)) return true;
  }
  return false;
}

/**
 * Where a concluded text has no article on definitions (`concludedDefinitionsPlace` undefined), the
 * `define`s not printed whose declaration another article's words state in full: "1. For the
 * purposes of this Article, “Incident” means …" in Article 3. The note said "this export does not
 * know its place in the text" of such a definition, and a reader may think the signed text has a
 * general definition the export leaves out (treaty lawyer lr19, D11); it now says the text's own
 * words define it, in which article, and quotes the limit. Only words that are the declaration's in
 * full (own-definitions.ts, `same`); the first clause that has them.
 */
export function carriedByOwnWords(model: SemanticModel, clauses: readonly Clause[], definitions: readonly Definition[]): ReadonlyMap<Definition, StatedBy> {
  const carried = new Map<Definition, StatedBy>();
  for (const d of definitions) {
    if (!d.term?.value.trim()) continue;
    const own = ownWordsOf(d);
    for (const clause of clauses) {
      const said = own(model.clauseText(clause) ?? '');
      if (said?.same) {
        carried.set(d, { clause, own: said });
        break;
      }
    }
  }
  return carried;
}
