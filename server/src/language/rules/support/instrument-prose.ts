/**
 * The prose an instrument says things in, for checks that ask "does the text say X anywhere?":
 * its clauses (written or from the library), its definitions, and the clauses of the instrument
 * it belongs to (an annex's parent, an implementing arrangement's treaty), which apply to it too.
 */
import type { Clause, Declaration, EntenteDocument } from '../../ast/nodes';
import { documentChange, sameWords, someDeclaration } from '../../model/document-change';
import type { SemanticModel } from '../../model/semantic-model';
import { rowOf } from '../../constructs/table';
import { declarationMemo } from '../../util/declaration-memo';
import { movedFrom } from '../../syntax/shift';
import { proseMemoOf } from '../../util/prose-memo';
import { singleSpaced, singleSpacedValue } from '../../util/single-spaced';
import { spacedClauseText } from './spaced-clause-text';
import { isAscii, testFastKnowing } from '../../util/ascii-twin';

/** Gathered once per model: several checks ask, and each used to rebuild (and re-space) every text. */
const proseOf = new WeakMap<SemanticModel, readonly string[]>();
/** A model's answers, per pattern: two survival checks ask the same question. */
const answersOf = new WeakMap<SemanticModel, Map<RegExp, boolean>>();
/** One string per pattern, naming it in the prose memo (its source and flags are its meaning). */
const patternNames = new WeakMap<RegExp, string>();

/**
 * The texts of the instrument's clauses (library clauses included), every other piece of its
 * prose (definitions, descriptions, scopes, purposes, breach procedures…), and its parent's or
 * treaty's clauses.
 */
export function instrumentProse(model: SemanticModel): readonly string[] {
  let texts = proseOf.get(model);
  if (!texts) {
    const clauses: Clause[] = [...model.ast.clauses, ...(model.parentFile?.model?.clauses ?? []), ...(model.implementedFile?.model?.clauses ?? [])];
    const all = clauses.map((c) => spacedClauseText(model, c));
    for (const { text, owner } of model.prose()) if (owner.type !== 'Clause') all.push(singleSpacedValue(text));
    // Re-spacing leaves an empty text empty and a non-empty one non-empty.
    proseOf.set(model, (texts = all.filter((t) => t.length > 0)));
  }
  return texts;
}

/** A text with every run of white space as one space, as the prose patterns expect it. */
function spaced(text: string): string {
  return singleSpaced(text);
}

/**
 * Whether any of the instrument's prose matches `pattern`. `prefilter`, when given, must match
 * every text `pattern` matches (a regex of literals each branch of `pattern` needs, with the same
 * flags): the expensive pattern then runs only on texts that can match. Each text's answer is
 * remembered in the service's prose memo, so after an edit only the changed texts are scanned.
 * Patterns with state (global, sticky) are not remembered.
 */
export function saysInProse(model: SemanticModel, pattern: RegExp, prefilter?: RegExp): boolean {
  let answers = answersOf.get(model);
  if (!answers) answersOf.set(model, (answers = new Map()));
  const known = answers.get(pattern);
  if (known !== undefined) return known;
  const matches: Matches = (text, ascii) => (!prefilter || testFastKnowing(prefilter, text, ascii)) && testFastKnowing(pattern, text, ascii);
  let answer: boolean;
  if (pattern.global || pattern.sticky || prefilter?.global || prefilter?.sticky) {
    answer = instrumentProse(model).some((text) => matches(text, isAscii(text)));
  } else {
    const name = patternName(pattern);
    answer = declarationsSay(model, name, matches) || othersSay(model, name, matches);
  }
  answers.set(pattern, answer);
  return answer;
}

/**
 * Whether the prose of one of the document's own declarations matches: each declaration's texts
 * and its answers to every pattern asked so far are kept with its node (util/declaration-memo.ts;
 * a clause's text is its body's, a function of the node), and the document's answer to each
 * pattern is patched from the last tree's (model/document-change.ts): a pattern no kept
 * declaration said is asked of the replaced ones only, and one a kept declaration said is said
 * still. So after a keystroke only the edited declaration is scanned, and no declaration is looked up.
 */
function declarationsSay(model: SemanticModel, name: string, matches: Matches): boolean {
  const declarations = model.ast.declarations;
  let said = saidIn.get(model.ast);
  if (!said) saidIn.set(model.ast, (said = new Map()));
  const known = said.get(name);
  if (known !== undefined) return known >= 0;
  const kept = declarationMemo('prose-patterns', model, '');
  const says = (i: number) => {
    const d = declarations[i];
    // A copy of a declaration an edit moved to other lines says what its origin said.
    const own = kept.get(d, ownProse, sameWords, movedFrom(d) ?? d, d.range.start.line);
    if (own.texts.length === 0) return false;
    let answer = own.answers.get(name);
    if (answer === undefined) own.answers.set(name, (answer = someMatches(own, matches)));
    return answer;
  };
  const change = documentChange(model);
  const before = change?.replacedAt && saidIn.get(change.from)?.get(name);
  let at = -1;
  if (before !== undefined && change?.replacedAt) {
    // Aligned lists: a declaration at an index not replaced is the same node, with the same answer.
    if (before >= 0 && !change.replacedAt.includes(before)) at = before;
    else if (before < 0) at = change.replacedAt.find(says) ?? -1;
    else at = declarations.findIndex((_, i) => says(i));
  } else {
    at = declarations.findIndex((_, i) => says(i));
  }
  said.set(name, at);
  return at >= 0;
}

/** Per tree, each pattern's answer: the index of a declaration whose prose says it, or -1. */
const saidIn = new WeakMap<EntenteDocument, Map<string, number>>();

/**
 * Whether a pattern (and its prefilter) matches a text, told whether the text is all ASCII: each
 * text is scanned for that once, where it is kept, instead of once per pattern asked of it.
 */
type Matches = (text: string, ascii: boolean) => boolean;

/** A declaration's texts, whether each is all ASCII, and its answers to the patterns asked so far. */
interface OwnProse {
  readonly texts: readonly string[];
  readonly ascii: readonly boolean[];
  readonly answers: Map<string, boolean>;
}

function ownProse(d: Declaration): OwnProse {
  const texts = ownTexts(d);
  return { texts, ascii: texts.map(isAscii), answers: new Map() };
}

function someMatches(own: OwnProse, matches: Matches): boolean {
  for (let i = 0; i < own.texts.length; i++) if (matches(own.texts[i], own.ascii[i])) return true;
  return false;
}

/** A declaration's non-empty texts as `instrumentProse` reads them, re-spaced: a clause's body, any other declaration's prose. */
function ownTexts(d: Declaration): string[] {
  const raw = d.type === 'Clause' ? (d.body ? [d.body] : []) : rowOf(d).prose(d).flatMap((text) => (text ? [text] : []));
  return raw.filter((t) => t.value.length > 0).map(singleSpacedValue);
}

/**
 * The rest of `instrumentProse`: library clauses taken without a body (their text is the library's) and
 * the parent's or treaty's clauses. One memo entry per text holds its answers to every pattern
 * asked so far (one copy of the text).
 */
function othersSay(model: SemanticModel, name: string, matches: Matches): boolean {
  const memo = proseMemoOf(model);
  const said = (raw: string) => {
    if (raw.length === 0) return false;
    const known = memo.get('prose-patterns', raw, (stored) => { const text = spaced(stored); return { text, ascii: isAscii(text), answers: new Map<string, boolean>() }; });
    let answer = known.answers.get(name);
    if (answer === undefined) known.answers.set(name, (answer = matches(known.text, known.ascii)));
    return answer;
  };
  for (const clause of model.ast.clauses) if (!clause.body && said(model.clauseText(clause) ?? '')) return true;
  for (const clause of [...(model.parentFile?.model?.clauses ?? []), ...(model.implementedFile?.model?.clauses ?? [])]) if (said(model.clauseText(clause) ?? '')) return true;
  return false;
}

/** A pattern's meaning as a string: its flags and source. */
function patternName(pattern: RegExp): string {
  let name = patternNames.get(pattern);
  if (name === undefined) patternNames.set(pattern, (name = `${pattern.flags}\u0004${pattern.source}`));
  return name;
}

/**
 * Whether `says` (a pure function of one text, named by `name`) holds of the text of one of the
 * instrument's clauses — its own, written or from the library, and, with `parent`, its parent's —
 * or of a text `alsoOwn` gives for one of its other declarations (a protocol's content). The
 * written texts are asked per declaration and the answers patched from the last tree
 * (`someDeclaration`), so after a keystroke only the edited clause is read; a library clause's
 * text and the parent's clauses go through the prose memo.
 */
export function clausesSay(model: SemanticModel, name: string, says: (text: string) => boolean, options: { parent: boolean; alsoOwn?: (d: Declaration) => string | undefined }): boolean {
  const ownText = (d: Declaration) => (d.type === 'Clause' ? d.body?.value : options.alsoOwn?.(d));
  if (someDeclaration(`clauses-say:${name}`, model, '', (d) => { const text = ownText(d); return text !== undefined && says(text); })) return true;
  const memo = proseMemoOf(model);
  const said = (text: string | undefined) => text !== undefined && memo.get(name, text, says);
  for (const clause of model.ast.clauses) if (!clause.body && said(model.libraryClause(clause)?.text)) return true;
  if (options.parent) for (const clause of model.parentFile?.model?.clauses ?? []) if (said(model.clauseText(clause))) return true;
  return false;
}
