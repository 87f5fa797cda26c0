/**
 * CONTRIBUTING.md's recipe for a construct, followed mechanically on a scratch copy of the core:
 * `observer OSCE "…" at Board`, an organisation that attends a body's meetings and declares a
 * new kind of name. Exactly the six hand-written files the recipe lists change, plus the
 * generated CST types; the copy then type-checks, and the new construct works in completion,
 * hover, linking, the outline, formatting and rendering without touching any of those features.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScratchCore } from './scratch-core';

/** The recipe's six files, each changed as CONTRIBUTING.md says. */
function followRecipe(core: ScratchCore): void {
  // 1. The keyword.
  core.insertAfter('syntax/tokens.ts', "export const Assistance = keyword('assistance', 'top');\n", "export const Observer = keyword('observer', 'top');\n");
  // 2. The grammar rule, and its alternative at top level.
  core.insertAfter('syntax/grammar-document.ts', '          { ALT: () => $.SUBRULE(rules.assistance) },\n', '          { ALT: () => $.SUBRULE(rules.observer) },\n');
  core.insertBefore(
    'syntax/grammar-document.ts',
    '  };\n}\n',
    `
    /** \`observer OSCE "Organization for Security and Co-operation in Europe" at Board\` */
    observer: $.RULE('observer', () => {
      $.CONSUME(T.Observer);
      $.CONSUME(T.Identifier, { LABEL: 'id' });
      $.OPTION(() => $.CONSUME(T.StringLiteral, { LABEL: 'name' }));
      $.OPTION2(() => {
        $.CONSUME(T.At);
        $.CONSUME2(T.Identifier, { LABEL: 'body' });
      });
    }),
`,
  );
  // 3. The AST node, in the Declaration union.
  core.insertAfter('ast/nodes.ts', 'export type Declaration =\n', '  | Observer\n');
  core.insertAfter(
    'ast/nodes.ts',
    "export type * from './header-nodes';\n",
    `
export interface Observer extends NodeBase {
  readonly type: 'Observer';
  readonly id: Name | undefined;
  readonly name: Text | undefined;
  readonly body: Name | undefined;
}
`,
  );
  // 4. The builder, and its entry in the builder table.
  core.insertAfter('syntax/build-declarations.ts', '  Assistance: (ctx, node) => buildAssistance(ctx, node as C.AssistanceCstNode),\n', '  Observer: (ctx, node) => buildObserver(ctx, node as C.ObserverCstNode),\n');
  core.write(
    'syntax/build-declarations.ts',
    core.read('syntax/build-declarations.ts') +
      `
function buildObserver(ctx: BuildContext, node: C.ObserverCstNode): DeclarationOf<'Observer'> {
  const c = node.children;
  return { type: 'Observer', id: ctx.name(c.id), name: ctx.text(c.name), body: ctx.name(c.body), range: ctx.nodeRange(node) };
}
`,
  );
  // 5. The row.
  core.write(
    'constructs/observer.ts',
    `/** \`observer OSCE "…" at Board\`: an organisation that attends a body's meetings without being a party. */
import type { Observer } from '../ast/nodes';
import { name, named, outlineNamed, reference, text, type ConstructRow, type SlotTable } from './construct';

const slots = {
  'observer.id': name('observer'),
  'observer.name': text('prose'),
  'observer.body': reference('body'),
} as const satisfies SlotTable;

export const observer = {
  rule: 'observer',
  display: 'an observer',
  starts: ['observer'],
  docs: { observer: 'Declares an observer: an organisation that attends the meetings of a body (\`at Board\`) without being a party.' },
  statements: undefined,
  slots,
  declares: (o) => named('observer', o),
  references: (o) => [[slots['observer.body'], [o.body]]],
  prose: () => [],
  outline: (o, context) => outlineNamed(context, 'observer', o, o.name?.value),
  render: {
    order: 65,
    articles: (observers, r) =>
      observers.map((o) => ({ heading: 'Observers', paragraphs: [\`\${o.name ? r.phrase(o.name) : r.placeholder('name of the observer')} may attend the meetings of the \${r.bodyName(o.body)} as an observer.\`] })),
  },
  snippets: [{ label: 'observer', detail: 'observer at a body', body: 'observer \${1:Id} "\${2:Name}" at \${3:Body}\\n$0' }],
} satisfies ConstructRow<Observer>;
`,
  );
  // 6. The table: the row, and the new kind of name.
  core.insertAfter('constructs/table.ts', "import { instrument } from './instrument';\n", "import { observer } from './observer';\n");
  core.insertAfter('constructs/table.ts', '  Assistance: assistance,\n', '  Observer: observer,\n');
  core.insertAfter('constructs/table.ts', 'export type SymbolKind = ', "'observer' | ");
  core.insertAfter('constructs/table.ts', "  clause: { noun: 'clause', outline: 'Key', colour: 'type', completion: 'clause' },\n", "  observer: { noun: 'observer', outline: 'Object', colour: 'class', completion: 'value' },\n");
}

/** Drives the scratch core as an editor would and prints what each feature answers. */
const probe = `
import { createEntenteService } from './server/src/language/index';
import { LineIndex } from './server/src/language/ast/positions';

const service = createEntenteService();
const uri = 'file:///scratch/mou.entente';
const base = 'memorandum "M" { status non-binding }\\nparticipant EE "Estonia"\\nparticipant FI "Finland"\\nbody Board "Joint Board" members EE, FI\\n';
const at = (text: string) => { service.update(uri, text); return new LineIndex(text).positionAt(text.length); };
const labels = (text: string) => service.complete(uri, at(text)).map((i) => i.label);

const declared = base + 'observer OSCE "Organization for Security and Co-operation in Europe" at Board\\n';
service.update(uri, declared);
const result = {
  diagnostics: service.diagnostics(uri).map((d) => d.code),
  topLevel: labels(base),
  afterAt: labels(base + 'observer OSCE "O" at '),
  newName: labels(base + 'observer '),
  outline: (service.update(uri, declared), service.documentSymbols(uri).map((s) => s.kind + ':' + s.name + ':' + (s.detail ?? ''))),
  hover: service.hover(uri, { line: 4, character: 2 })?.contents ?? '',
  references: service.references(uri, { line: 3, character: 6 }, true).map((l) => l.range.start.line),
  markdown: service.render(uri, 'markdown') ?? '',
  unknownBody: (service.update(uri, base + 'observer UN "United Nations" at Nowhere\\n'), service.diagnostics(uri).map((d) => d.code + ' ' + d.message)),
  syntaxError: (service.update(uri, base + 'observer UN "United Nations" at\\n'), service.diagnostics(uri).map((d) => d.message)),
  formatted: (() => {
    const messy = base + 'observer    OSCE   "OSCE"\\n   at Board';
    service.update(uri, messy);
    const lines = new LineIndex(messy);
    return service.format(uri, { tabSize: 2, insertSpaces: true })
      .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.newText }))
      .sort((a, b) => b.start - a.start)
      .reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), messy);
  })(),
};
console.log(JSON.stringify(result));
`;

describe('architecture: the recipe for a new construct (CONTRIBUTING.md), followed on a scratch copy', function () {
  this.timeout(180_000);
  let core: ScratchCore;
  let typeErrors: string[];
  let generated: { status: number | null; stderr: string };
  let answers: Record<string, unknown> & {
    diagnostics: string[];
    topLevel: string[];
    afterAt: string[];
    newName: string[];
    outline: string[];
    hover: string;
    references: number[];
    markdown: string;
    unknownBody: string[];
    syntaxError: string[];
    formatted: string;
  };

  before(() => {
    core = new ScratchCore();
    followRecipe(core);
    generated = core.run('scripts/write-grammar.ts');
    typeErrors = core.typecheck();
    writeFileSync(join(core.root, 'probe.ts'), probe);
    const run = core.run('probe.ts');
    assert.equal(run.status, 0, run.stderr);
    answers = JSON.parse(run.stdout);
  });
  after(() => core.remove());

  it('touches the six hand-written files of the recipe, and only the generated CST types besides', () => {
    assert.equal(generated.status, 0, generated.stderr);
    const handWritten = ['ast/nodes.ts', 'constructs/observer.ts', 'constructs/table.ts', 'syntax/build-declarations.ts', 'syntax/grammar-document.ts', 'syntax/tokens.ts'];
    assert.deepEqual(core.changedFiles(), [...handWritten, 'syntax/cst.generated.ts'].sort());
    assert.ok(handWritten.length <= 6);
  });

  it('type-checks under the core’s own tsconfig', () => {
    assert.deepEqual(typeErrors, []);
  });

  it('parses, links and checks: a declaration with no finding; an unknown body is reported; a syntax error names the construct', () => {
    assert.deepEqual(answers.diagnostics.filter((code) => code === 'syntax-error' || code === 'unknown-reference'), []);
    assert.ok(answers.unknownBody.some((d) => d.startsWith("unknown-reference Unknown governance body 'Nowhere'")), answers.unknownBody.join('\n'));
    assert.ok(answers.syntaxError.some((m) => / in an observer /.test(m)), answers.syntaxError.join('\n'));
    assert.deepEqual(answers.references, [3, 4], 'the body is found where it is declared and where the observer names it');
  });

  it('appears in completion: its keyword and snippet where a declaration starts, bodies after `at`, nothing for its new name', () => {
    assert.ok(answers.topLevel.includes('observer') && answers.topLevel.includes('observer …'), answers.topLevel.join());
    assert.deepEqual(answers.afterAt, ['Board']);
    assert.deepEqual(answers.newName, []);
  });

  it('appears in hover, the outline and the rendering', () => {
    assert.match(answers.hover, /^\*\*observer\*\* — Declares an observer/);
    assert.ok(answers.outline.includes('Object:OSCE:Organization for Security and Co-operation in Europe'), answers.outline.join('\n'));
    assert.match(answers.markdown, /## Paragraph \d+ — Observers\n\nOrganization for Security and Co-operation in Europe may attend the meetings of the Joint Board as an observer\./);
  });

  it('is laid out by the formatter', () => {
    assert.match(answers.formatted, /\nobserver OSCE "OSCE"\n {2}at Board\n$/);
  });
});
