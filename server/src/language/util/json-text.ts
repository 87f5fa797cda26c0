/**
 * JSON written by people — `.entente.json` and team clause-library files — read the way VS Code
 * reads its own settings files: a leading UTF-8 byte order mark is not text, comments and
 * trailing commas are allowed (JSONC).
 *
 * Two hazards of hostile files are closed here, for every caller:
 * - nesting: jsonc-parser's tree builder recurses once per level, so a 12 kB file of 3,000
 *   nested brackets overflowed the stack. The nesting is measured first with jsonc-parser's
 *   scanner (a loop, no recursion) and a file deeper than `maxJsonNesting` is not parsed;
 * - prototype keys: building objects with `obj[key] = value` turns a key `"__proto__"` into a
 *   prototype, so the object seems to hold properties the file never gave it. `jsonValue`
 *   defines every key as an own property; validators then reject such keys by name.
 */
import { createScanner, parseTree, printParseErrorCode, SyntaxKind, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';

/** Deeper than any settings or library file needs (a library file is five levels deep). */
export const maxJsonNesting = 32;

/** Keys that name JavaScript's object machinery; never a setting, rule code or field. */
export const prototypeKeys: readonly string[] = ['__proto__', 'constructor', 'prototype'];

export function isPrototypeKey(key: string): boolean {
  return prototypeKeys.includes(key);
}

/**
 * A file's text as an editor shows it: VS Code drops a leading UTF-8 byte order mark, so a
 * column counted with it would be one too many on the first line. Every host reader uses this.
 */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * One pass of jsonc-parser's scanner: the offset of the first bracket that goes deeper than
 * `limit` (or undefined), and whether the text holds anything but comments and white space.
 */
export function measureJson(text: string, limit = maxJsonNesting): { tooDeepAt: number | undefined; blank: boolean } {
  const scanner = createScanner(text, true);
  let depth = 0;
  let blank = true;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    blank = false;
    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) {
      if (++depth > limit) return { tooDeepAt: scanner.getTokenOffset(), blank };
    } else if (kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) {
      depth = Math.max(0, depth - 1);
    }
  }
  return { tooDeepAt: undefined, blank };
}

export interface JsonProblem {
  /** Offset in the text without its byte order mark. */
  readonly offset: number;
  /** `syntax`: not JSON(C) at all; `nesting`: deeper than `maxJsonNesting`. */
  readonly kind: 'syntax' | 'nesting';
  readonly message: string;
}

export interface JsoncTree {
  /** The text parsed: the input without a byte order mark (offsets refer to it). */
  readonly text: string;
  /** Undefined for a file that holds nothing (or only comments), as well as for a broken one. */
  readonly root: Node | undefined;
  readonly problems: readonly JsonProblem[];
}

/**
 * Parses JSONC into jsonc-parser's tree. A file nested too deeply yields one problem and no
 * tree; an empty file (or one of comments only) yields neither tree nor problem, as an empty
 * settings file does in VS Code — callers decide what an empty file means.
 */
export function parseJsoncTree(input: string): JsoncTree {
  const text = withoutByteOrderMark(input);
  const { tooDeepAt, blank } = measureJson(text);
  if (tooDeepAt !== undefined) {
    return { text, root: undefined, problems: [{ offset: tooDeepAt, kind: 'nesting', message: `nested more than ${maxJsonNesting} levels deep (no settings or clause-library file needs more); not parsed` }] };
  }
  if (blank) return { text, root: undefined, problems: [] };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  return { text, root, problems: errors.map((e) => ({ offset: e.offset, kind: 'syntax' as const, message: `JSON syntax: ${describe(printParseErrorCode(e.error))}` })) };
}

/**
 * The value of a tree node as plain data, every object key an own property. Recursion is
 * bounded by `maxJsonNesting`: trees come from `parseJsoncTree`.
 */
export function jsonValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const object: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || typeof key.value !== 'string') continue;
        Object.defineProperty(object, key.value, { value: value ? jsonValue(value) : undefined, enumerable: true, writable: true, configurable: true });
      }
      return object;
    }
    case 'array':
      return (node.children ?? []).map(jsonValue);
    default:
      return node.value;
  }
}

/** `CloseBraceExpected` → `close brace expected`. */
function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
