/**
 * Commands the VS Code client calls through `workspace/executeCommand`. Their names differ from
 * the client's palette commands (`entente.export`, `entente.preview`…), because the language
 * client registers every server command under its own name.
 *
 * An unknown command is answered with InvalidParams: the method `workspace/executeCommand`
 * exists, only its `command` parameter names nothing (JSON-RPC 2.0 keeps MethodNotFound for a
 * method that does not exist). Commands live in a Map, so `constructor`, `__proto__` or
 * `toString` are unknown commands like any other name, never properties of an object.
 */
import type { CancellationToken, ExecuteCommandParams } from 'vscode-languageserver/node';
import { instantiateTemplate, listTemplates, placeholderInput, ruleExplanation, ruleSummaries, slotOf, type PreviewPart } from '../../language';
import { guardAsync, invalidParams, readObject, shortQuote } from '../guard';
import type { LspFeature, ServerContext } from '../context';
import { analyseDocument } from '../request-steps';
import { slicedRequest } from '../sliced-work';

type Command = (args: unknown[], context: ServerContext, token?: CancellationToken) => unknown;

/**
 * Rendering marks a draft by its errors, so it needs the document's analysis: run first in
 * cancellable slices (RequestCancelled on `$/cancelRequest`, ContentModified when the document
 * changes meanwhile), then the rendering reads the cached result.
 */
async function analysed(command: string, uri: string, context: ServerContext, token: CancellationToken | undefined): Promise<void> {
  const revision = context.revision(uri);
  await slicedRequest(command, analyseDocument(context.service, uri), { token, stale: () => context.revision(uri) !== revision });
}

const renderFormats = ['markdown', 'html', 'akn', 'docx'] as const;

/**
 * `entente.render {uri, format: "markdown" | "html" | "akn" | "docx"}` → the rendered instrument
 * as a string; a Word document (`docx`) as its bytes in base64.
 */
async function render(args: unknown[], context: ServerContext, token?: CancellationToken): Promise<string | object> {
  const arg = readObject(args[0], 'the argument of entente.render ({uri, format})');
  if (typeof arg.uri !== 'string') throw invalidParams('entente.render needs {uri, format}');
  const format = arg.format === undefined ? 'markdown' : renderFormats.find((f) => f === arg.format);
  if (!format) throw invalidParams('format must be "markdown", "html", "akn" or "docx"');
  // Like every request, rendering answers for documents the editor holds open, never reads a file.
  const uri = arg.uri;
  if (!context.isOpen(uri)) throw invalidParams(`entente.render: ${shortQuote(uri)} is not an open document`);
  await analysed('entente.render', uri, context, token);
  if (format === 'docx') {
    return context.service.renderDocx(uri).then((bytes) => {
      if (!bytes) throw invalidParams(`entente.render: ${shortQuote(uri)} could not be rendered as a Word document`);
      return Buffer.from(bytes).toString('base64');
    });
  }
  // Over stdio, the Markdown is sent in parts, never joined: the encoder writes the bytes of the
  // articles an edit left alone as it wrote them before (kept-answers.ts).
  const parts = format === 'markdown' && context.keepParts ? context.service.renderParts(uri, format) : undefined;
  if (parts !== undefined) return context.keepParts!(parts);
  const rendered = context.service.render(uri, format);
  if (rendered === undefined) throw invalidParams(`entente.render: ${shortQuote(uri)} is not an open document`);
  // The core keeps the rendering of an unchanged document; so does the encoder, its JSON.
  return context.keep(rendered);
}

/**
 * `entente.previewData {uri, today?, part?, panel?}` → what the preview shows: the rendered instrument
 * (HTML and its style sheet), the parties and channels, the timeline, the incident clock and the
 * final-clause checklist. `today` is the editor's date (ISO); the server's clock otherwise.
 * `part: {from, count}` asks for those blocks of the rendered instrument only (the head, then one
 * per article), and the answer says which it holds of how many (`part: {from, count, total}`):
 * the preview asks for what the drafter scrolls to, not the whole text. The answer names its
 * panel (`panel`); `panel` in the argument names the one the preview shows, and when it is the
 * same the answer leaves the panel out and says so (`samePanel: true`).
 */
async function preview(args: unknown[], context: ServerContext, token?: CancellationToken): Promise<unknown> {
  const arg = readObject(args[0], 'the argument of entente.previewData ({uri, today?, part?, panel?})');
  if (typeof arg.uri !== 'string') throw invalidParams('entente.previewData needs {uri}');
  if (arg.today !== undefined && (typeof arg.today !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(arg.today))) throw invalidParams('"today" must be a date written YYYY-MM-DD');
  if (arg.panel !== undefined && typeof arg.panel !== 'string') throw invalidParams('"panel" names the panel the preview shows: a string from an earlier answer');
  const part = arg.part === undefined ? undefined : previewPart(arg.part);
  if (context.isOpen(arg.uri)) await analysed('entente.previewData', arg.uri, context, token);
  const data = context.isOpen(arg.uri) ? context.service.previewRefresh(arg.uri, typeof arg.today === 'string' ? arg.today : new Date(), part, arg.panel) : undefined;
  if (data === undefined) throw invalidParams(`entente.previewData: ${shortQuote(arg.uri)} is not an open document`);
  return data;
}

/**
 * `entente.previewPart {uri, part: {from, count}}` → `{html, part: {from, count, total}}`: those
 * blocks of the rendered instrument without the panel, which the preview has from its last
 * `entente.previewData` (at 100,000 lines the panel alone is 1.3 MB): what it asks for as the
 * drafter scrolls.
 */
async function part(args: unknown[], context: ServerContext, token?: CancellationToken): Promise<unknown> {
  const arg = readObject(args[0], 'the argument of entente.previewPart ({uri, part})');
  if (typeof arg.uri !== 'string') throw invalidParams('entente.previewPart needs {uri, part}');
  const asked = previewPart(arg.part, 'entente.previewPart');
  if (context.isOpen(arg.uri)) await analysed('entente.previewPart', arg.uri, context, token);
  const data = context.isOpen(arg.uri) ? context.service.previewPart(arg.uri, asked) : undefined;
  if (data === undefined) throw invalidParams(`entente.previewPart: ${shortQuote(arg.uri)} is not an open document`);
  return data;
}

function previewPart(value: unknown, command = 'entente.previewData'): PreviewPart {
  const part = readObject(value, `"part" of ${command} ({from, count})`);
  const whole = (n: unknown, least: number): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= least;
  if (!whole(part.from, 0) || !whole(part.count, 1)) throw invalidParams('"part" needs {from, count}: a block to start at (0 or more) and how many (1 or more)');
  return { from: part.from, count: part.count };
}

/**
 * `entente.listTemplates` → [{id, title, description, fileName, placeholders}] for the quick pick;
 * each placeholder with its slot and the answers it accepts (`input`: a RegExp source and a hint).
 */
function templates(): unknown {
  return listTemplates().map((t) => ({
    id: t.id,
    title: t.title,
    description: t.description,
    fileName: t.fileName,
    placeholders: t.placeholders.map((p) => ({ name: p.name, description: p.description, default: p.default, sample: p.sample, slot: slotOf(p), input: placeholderInput(p) })),
  }));
}

/**
 * `entente.instantiateTemplate {id, values, snippet?}` → the instrument text; with `snippet`
 * the unanswered placeholders are tab stops the drafter fills in the editor.
 */
function instantiate(args: unknown[]): string {
  const arg = readObject(args[0], 'the argument of entente.instantiateTemplate ({id, values})');
  if (typeof arg.id !== 'string') throw invalidParams('entente.instantiateTemplate needs {id, values}');
  // A map without prototype: a placeholder named `__proto__` is a name like any other.
  const values: Record<string, string> = Object.create(null) as Record<string, string>;
  if (arg.values !== undefined) {
    for (const [name, value] of Object.entries(readObject(arg.values, '"values"'))) if (typeof value === 'string') values[name] = value;
  }
  const result = instantiateTemplate(arg.id, values, { snippet: arg.snippet === true });
  if (!result) throw invalidParams(`unknown template ${shortQuote(arg.id)}; the templates are ${listTemplates().map((t) => t.id).join(', ')}`);
  return result.text;
}

/** `entente.ruleExplanation {code}` → the rule explained as Markdown (where a rule link leads). */
function explainRule(args: unknown[], context: ServerContext): string {
  const arg = readObject(args[0], 'entente.ruleExplanation');
  if (typeof arg.code !== 'string') throw invalidParams('entente.ruleExplanation needs {code}');
  const markdown = ruleExplanation(arg.code, context.service.getSettings());
  if (markdown === undefined) throw invalidParams(`unknown rule ${shortQuote(arg.code)}`);
  return markdown;
}

/** `entente.listRules` → [{code, catalogueId?, family, message, severity}] under the current settings. */
function rules(_args: unknown[], context: ServerContext): unknown {
  return ruleSummaries(context.service.getSettings());
}

export const serverCommands: ReadonlyMap<string, Command> = new Map<string, Command>([
  ['entente.render', render],
  ['entente.previewData', preview],
  ['entente.previewPart', part],
  ['entente.listTemplates', templates],
  ['entente.instantiateTemplate', instantiate],
  ['entente.ruleExplanation', explainRule],
  ['entente.listRules', rules],
]);

export const executeCommandFeature: LspFeature = {
  name: 'executeCommand',
  capabilities: () => ({ executeCommandProvider: { commands: [...serverCommands.keys()] } }),
  register(connection, context) {
    connection.onExecuteCommand((params: ExecuteCommandParams, token?: CancellationToken) =>
      guardAsync(
        context.log,
        'workspace/executeCommand',
        async () => {
          const p = readObject(params, 'the parameters of workspace/executeCommand ({command, arguments})');
          if (typeof p.command !== 'string') throw invalidParams('workspace/executeCommand needs "command", a string');
          const command = serverCommands.get(p.command);
          if (!command) throw invalidParams(`unknown command ${shortQuote(p.command)}; this server runs ${[...serverCommands.keys()].join(', ')}`);
          if (p.arguments !== undefined && p.arguments !== null && !Array.isArray(p.arguments)) throw invalidParams('"arguments" of workspace/executeCommand must be a list');
          return command(Array.isArray(p.arguments) ? p.arguments : [], context, token);
        },
        token,
      ),
    );
  },
};
