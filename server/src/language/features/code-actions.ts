/**
 * Code actions: the quick fixes each diagnostic carries, "suppress on the next line with a
 * reason", "fix all" of the rule at hand (beside its quick fixes, when the file has more than one
 * such finding), and one source action, "Fix all Entente problems", that applies every finding's
 * fix at once (the Source Action menu and `editor.codeActionsOnSave` run it).
 *
 * Nothing that changes what the text means in law, or asserts a fact, is applied unseen: fix all,
 * fix all of a rule and fix on save take only a finding's preferred fix, and only when it is
 * `mechanical` (rules/rule.ts `FixEffect`); legal and factual fixes are offered one by one, under
 * titles that say what they change, and are never marked preferred (the editor's auto-fix applies
 * a preferred fix without showing it).
 */
import { unsuppressible } from '../analysis/suppressions';
import type { LineIndex, Range } from '../ast/positions';
import type { ParseResult } from '../syntax/parse';
import * as T from '../syntax/tokens';
import type { EntenteDiagnostic } from '../rules/diagnostic';
import type { CodeFix } from '../rules/rule';
import { SortedKeys } from '../util/sorted-keys';
import type { FeatureHost } from './host';
import type { CodeAction, CodeActionKind, DiagnosticRef, TextEdit, WorkspaceEdit } from './types';

/** The one "fix all" source action: what the Source Action menu lists and fix-on-save runs. */
export const fixAllKind = 'source.fixAll.entente';

export function codeActions<D extends DiagnosticRef>(host: FeatureHost, uri: string, _range: Range, diagnostics: readonly D[], only?: readonly string[]): CodeAction<D>[] {
  const text = host.text(uri);
  const parsed = host.parse(uri);
  if (text === undefined || parsed === undefined) return [];
  const wanted = (kind: CodeActionKind) => !only || only.length === 0 || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const all = host.diagnostics(uri);
  const lines = text.split(/\r\n?|\n/);
  const actions: CodeAction<D>[] = [];
  const contextCodes = new Set<string>();
  // The document's diagnostics by code and range, and its prose blocks, each found once per request.
  const byKey = new Map<string, EntenteDiagnostic>();
  for (const d of all) if (!byKey.has(diagnosticKey(d.code, d.range))) byKey.set(diagnosticKey(d.code, d.range), d);
  let prose: ProseBlocks | undefined;
  const proseBlocks = () => (prose ??= new ProseBlocks(parsed));
  for (const given of diagnostics) {
    const code = given.code === undefined ? undefined : String(given.code);
    const core = code === undefined ? undefined : byKey.get(diagnosticKey(code, given.range));
    if (!core) continue;
    if (wanted('quickfix')) {
      for (const fix of core.fixes) actions.push({ ...fixEdits(fix, uri), title: fix.title, kind: 'quickfix', diagnostics: [given], isPreferred: fix.preferred && fix.effect === 'mechanical' });
      // A comment cannot hide a syntax error, a failure, or a suppression rule's own finding.
      if (!unsuppressible(core.code)) actions.push(suppression(core, proseBlocks(), lines, uri, given));
    }
    if (automaticFix(core)) contextCodes.add(core.code);
  }
  const fixable = all.filter((d) => automaticFix(d) !== undefined);
  const everything = (kind: CodeActionKind) => fixAll(fixable, uri, (n) => `Fix all Entente problems that have a mechanical fix (${n})`, kind);
  if (wanted('quickfix')) {
    // One rule's findings all at once, offered beside that rule's quick fix; with a single
    // finding it would repeat the quick fix.
    for (const code of contextCodes) {
      const same = fixable.filter((d) => d.code === code);
      const action = same.length > 1 ? fixAll(same, uri, (n) => `Fix all ${code} in this file (${n})`, 'quickfix') : undefined;
      if (action) actions.push(action as CodeAction<D>);
    }
  }
  if (only?.some((o) => o.startsWith('source') && fixAllKind.startsWith(o))) {
    // The Source Action menu and fix-on-save ask for source actions by kind.
    const action = everything(fixAllKind);
    if (action) actions.push(action as CodeAction<D>);
  } else if (wanted('quickfix') && contextCodes.size > 0 && fixable.some((d) => !contextCodes.has(d.code))) {
    // The light bulb shows no source action (VS Code filters them out of it), so on a fixable
    // finding the same "fix everything" is offered as a quick fix too, when it does more than
    // the fixes of the rules at hand.
    const action = everything('quickfix');
    if (action) actions.push(action as CodeAction<D>);
  }
  return actions;
}

function suppression<D extends DiagnosticRef>(d: EntenteDiagnostic, blocks: ProseBlocks, lines: string[], uri: string, given: D): CodeAction<D> {
  const prose = blocks.enclosing(d.range);
  if (prose) return proseSuppression(d, prose, lines, uri, given);
  const line = d.range.start.line;
  const indent = /^\s*/.exec(lines[line] ?? '')?.[0] ?? '';
  const at = { line, character: 0 };
  const edit = (reason: string): WorkspaceEdit => ({ changes: { [uri]: [{ range: { start: at, end: at }, newText: `${indent}// entente-disable-next-line ${d.code} -- ${reason}\n` }] } });
  return {
    title: `Suppress ${d.code} on the next line with a reason`,
    kind: 'quickfix',
    diagnostics: [given],
    edit: edit('reason'),
    snippetEdit: edit('${1:reason}'),
  };
}

type BlockKind = 'prose' | 'comment';

/** The lines of a prose block or block comment, first and last. */
interface EnclosingBlock {
  readonly first: number;
  readonly last: number;
  readonly kind: BlockKind;
}

/**
 * The lines of the prose block (`"""…"""`) or block comment a finding lies in, when it starts on
 * an earlier line: a comment written on the line above the finding would become part of the
 * prose or comment, so such a finding is suppressed by a disable/enable pair around the whole
 * block instead.
 */
class ProseBlocks {
  private readonly lines: LineIndex;
  /** The triple-quoted strings, in document order: [start, end) offsets. */
  private readonly blocks: { start: number; end: number; kind: BlockKind }[] = [];

  // The tokens and comments kept with the parse, not a second lexing of the document. A block
  // comment over several lines swallows a comment written inside it just the same (a `*/`
  // typed early leaves the rest of the comment as text, on a line that starts inside it).
  constructor(parsed: ParseResult) {
    this.lines = parsed.lines;
    const prose: { start: number; end: number; kind: BlockKind }[] = [];
    // Read in place (syntax/token-sequence.ts): no token object is made for the document's tokens.
    const tokens = parsed.tokenSequence;
    for (let i = 0; i < tokens.length; i++) {
      const type = tokens.typeAt(i);
      if (type === T.TripleString || type === T.UnterminatedTripleString) prose.push({ start: tokens.startAt(i), end: tokens.endAt(i), kind: 'prose' });
    }
    const comments: { start: number; end: number; kind: BlockKind }[] = [];
    for (const c of parsed.comments) {
      if (c.tokenType === T.BlockComment || c.tokenType === T.UnterminatedComment) comments.push({ start: c.startOffset, end: c.startOffset + c.image.length, kind: 'comment' });
    }
    // Both lists are in document order and never overlap: a linear merge keeps them sorted.
    let i = 0;
    let j = 0;
    while (i < prose.length || j < comments.length) {
      if (j >= comments.length || (i < prose.length && prose[i].start < comments[j].start)) this.blocks.push(prose[i++]);
      else this.blocks.push(comments[j++]);
    }
  }

  /**
   * The block holding the start of the finding's line, where "next line" would put its comment:
   * a finding that follows a block's closing quotes on the same line is covered too, since the
   * comment would land inside that block.
   */
  enclosing(range: Range): EnclosingBlock | undefined {
    const offset = this.lines.offsetAt({ line: range.start.line, character: 0 });
    // The last block that starts before the offset is the only one that can hold it.
    let low = 0;
    let high = this.blocks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.blocks[mid].start < offset) low = mid + 1;
      else high = mid;
    }
    const block = this.blocks[low - 1];
    if (!block || offset >= block.end) return undefined;
    return { first: this.lines.positionAt(block.start).line, last: this.lines.positionAt(block.end).line, kind: block.kind };
  }
}

function proseSuppression<D extends DiagnosticRef>(d: EntenteDiagnostic, prose: EnclosingBlock, lines: string[], uri: string, given: D): CodeAction<D> {
  const indent = /^\s*/.exec(lines[prose.first] ?? '')?.[0] ?? '';
  const before = { line: prose.first, character: 0 };
  const atEnd = prose.last + 1 >= lines.length;
  const after = atEnd ? { line: prose.last, character: lines[prose.last].length } : { line: prose.last + 1, character: 0 };
  const enable = `${indent}// entente-enable ${d.code}`;
  const edit = (reason: string): WorkspaceEdit => ({
    changes: {
      [uri]: [
        { range: { start: before, end: before }, newText: `${indent}// entente-disable ${d.code} -- ${reason}\n` },
        { range: { start: after, end: after }, newText: atEnd ? '\n' + enable : enable + '\n' },
      ],
    },
  });
  return {
    title: prose.kind === 'prose' ? `Suppress ${d.code} in this prose with a reason` : `Suppress ${d.code} around this comment with a reason`,
    kind: 'quickfix',
    diagnostics: [given],
    edit: edit('reason'),
    snippetEdit: edit('${1:reason}'),
  };
}

/**
 * The fix that may be applied without the drafter seeing it: the finding's preferred fix, when it
 * is mechanical. Never a first fix in place of a preferred one (that would be the checker's
 * choice among the drafter's options), never a legal or factual one.
 */
export function automaticFix(d: EntenteDiagnostic): CodeFix | undefined {
  const fix = d.fixes.find((f) => f.preferred);
  return fix?.effect === 'mechanical' ? fix : undefined;
}

/** Every diagnostic's automatic fix, skipping edits that overlap ones already taken. */
function fixAll(diagnostics: EntenteDiagnostic[], uri: string, title: (applied: number) => string, kind: CodeActionKind): CodeAction | undefined {
  const changes: Record<string, TakenEdit[]> = {};
  // The edits taken, per file, by where they start: an overlap is found by looking at the one
  // edit before (scanning every taken edit per finding was quadratic in the number of findings).
  const taken = new Map<string, SortedKeys<TakenAt>>();
  const takenIn = (u: string) => taken.get(u) ?? taken.set(u, new SortedKeys()).get(u)!;
  let applied = 0;
  for (const d of diagnostics) {
    const fix = automaticFix(d);
    if (!fix) continue;
    const edits = fix.edits.map((e) => ({ uri: e.uri ?? uri, range: e.range, newText: fix.snippet ? snippetToPlain(e.newText) : e.newText }));
    if (edits.some((e) => conflicts(takenIn(e.uri), e.range))) continue;
    for (const e of edits) {
      const list = (changes[e.uri] ??= []);
      const keys = takenIn(e.uri);
      const start = positionKey(e.range.start);
      const at = keys.get(start) ?? {};
      if (isEmpty(e.range)) {
        // Insertions at one point (clauses added at the end of the file) become one edit, in the
        // order of the findings, so that no client has to guess their order; the same text is
        // inserted once (two findings answered by one library clause).
        const same = at.insertion;
        if (!same) list.push((at.insertion = { range: e.range, inserted: [e.newText], newText: e.newText }));
        else if (!same.inserted.includes(e.newText)) {
          same.inserted.push(e.newText);
          same.newText += e.newText;
        }
      } else {
        list.push({ range: e.range, inserted: [e.newText], newText: e.newText });
        at.end = Math.max(at.end ?? start, positionKey(e.range.end));
      }
      keys.set(start, at);
    }
    applied++;
  }
  if (applied === 0) return undefined;
  const plain = Object.fromEntries(Object.entries(changes).map(([u, list]) => [u, list.map((e): TextEdit => ({ range: e.range, newText: e.newText }))]));
  return { title: title(applied), kind, edit: { changes: plain } };
}

function fixEdits(fix: CodeFix, uri: string): { edit: WorkspaceEdit; snippetEdit?: WorkspaceEdit } {
  const build = (plain: boolean): WorkspaceEdit => {
    const changes: Record<string, TextEdit[]> = {};
    for (const e of fix.edits) (changes[e.uri ?? uri] ??= []).push({ range: e.range, newText: plain ? snippetToPlain(e.newText) : e.newText });
    return { changes };
  };
  return fix.snippet ? { edit: build(true), snippetEdit: build(false) } : { edit: build(false) };
}

/** Snippet text as plain text: tab stops become their default text, escapes are undone. */
export function snippetToPlain(snippet: string): string {
  let out = '';
  let openDefaults = 0;
  for (let i = 0; i < snippet.length; i++) {
    const ch = snippet[i];
    const rest = snippet.slice(i);
    const choice = /^\$\{[0-9]+\|([^|]*)\|\}/.exec(rest);
    const withDefault = /^\$\{[0-9]+:/.exec(rest);
    const bare = /^\$(?:[0-9]+|\{[0-9]+\})/.exec(rest);
    if (ch === '\\' && i + 1 < snippet.length) out += snippet[++i];
    else if (choice) {
      out += choice[1].split(',')[0];
      i += choice[0].length - 1;
    } else if (withDefault) {
      openDefaults++;
      i += withDefault[0].length - 1;
    } else if (bare) i += bare[0].length - 1;
    else if (ch === '}' && openDefaults > 0) openDefaults--;
    else out += ch;
  }
  return out;
}

interface TakenEdit {
  readonly range: Range;
  readonly inserted: string[];
  newText: string;
}

/** What the taken edits starting at one point are: an insertion there, and where a replacement there ends. */
interface TakenAt {
  insertion?: TakenEdit;
  end?: number;
}

/** A position as one number that orders as positions do. */
function positionKey(p: Range['start']): number {
  return Math.max(0, p.line) * 2 ** 26 + Math.min(Math.max(0, p.character), 2 ** 26 - 1);
}

function isEmpty(range: Range): boolean {
  return sameEnd(range.start, range.end);
}

/**
 * Whether an edit overlaps one taken (as `overlaps` says, two insertions at one point excepted).
 * Taken edits do not overlap one another, so only the last one starting before this edit's end
 * can reach into it.
 */
function conflicts(taken: SortedKeys<TakenAt>, range: Range): boolean {
  const start = positionKey(range.start);
  const end = positionKey(range.end);
  if (start === end) {
    // An insertion conflicts with a replacement that starts at or before it and ends after it.
    const before = taken.floor(start);
    return before?.value.end !== undefined && start < before.value.end;
  }
  const before = taken.floor(end, true);
  if (!before) return false;
  // A replacement conflicts with an insertion inside it or at its start (not at its end), and
  // with a replacement it overlaps (touching is fine).
  return (before.value.insertion !== undefined && start <= before.key) || (before.value.end !== undefined && start < before.value.end);
}

function diagnosticKey(code: string, range: Range): string {
  return `${code}\u0000${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

function sameEnd(p: Range['start'], q: Range['start']): boolean {
  return p.line === q.line && p.character === q.character;
}
