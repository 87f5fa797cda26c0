/**
 * Commands the VS Code client calls through `workspace/executeCommand`. Their names differ from
 * the client's palette commands (`entente.export`, `entente.preview`…), because the language
 * client registers every server command under its own name.
 */
import { ErrorCodes, ResponseError, type ExecuteCommandParams } from 'vscode-languageserver/node';
import { ruleExplanation, ruleSummaries } from '../../language/features/rule-explanation';
import { instantiateTemplate, listTemplates, placeholderInput, slotOf } from '../../language/templates/templates';
import { guard, invalidParams, readObject } from '../guard';
import type { LspFeature, ServerContext } from '../context';

type Command = (args: unknown[], context: ServerContext) => unknown;

/** `entente.render {uri, format: "markdown" | "html"}` → the rendered instrument as a string. */
function render(args: unknown[], context: ServerContext): string {
  const arg = readObject(args[0], 'entente.render');
  if (typeof arg.uri !== 'string') throw invalidParams('entente.render needs {uri, format}');
  const format = arg.format === 'html' ? 'html' : arg.format === 'markdown' || arg.format === undefined ? 'markdown' : undefined;
  if (!format) throw invalidParams('format must be "markdown" or "html"');
  const rendered = context.service.render(arg.uri, format);
  if (rendered === undefined) throw new ResponseError(ErrorCodes.InvalidParams, `unknown document ${arg.uri}`);
  return rendered;
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
  const arg = readObject(args[0], 'entente.instantiateTemplate');
  if (typeof arg.id !== 'string') throw invalidParams('entente.instantiateTemplate needs {id, values}');
  const values: Record<string, string> = {};
  if (arg.values !== undefined) {
    for (const [name, value] of Object.entries(readObject(arg.values, 'values'))) if (typeof value === 'string') values[name] = value;
  }
  const result = instantiateTemplate(arg.id, values, { snippet: arg.snippet === true });
  if (!result) throw invalidParams(`unknown template ${arg.id}; the templates are ${listTemplates().map((t) => t.id).join(', ')}`);
  return result.text;
}

/** `entente.ruleExplanation {code}` → the rule explained as Markdown (where a rule link leads). */
function explainRule(args: unknown[], context: ServerContext): string {
  const arg = readObject(args[0], 'entente.ruleExplanation');
  if (typeof arg.code !== 'string') throw invalidParams('entente.ruleExplanation needs {code}');
  const markdown = ruleExplanation(arg.code, context.service.getSettings());
  if (markdown === undefined) throw invalidParams(`unknown rule ${arg.code}`);
  return markdown;
}

/** `entente.listRules` → [{code, catalogueId?, family, message, severity}] under the current settings. */
function rules(_args: unknown[], context: ServerContext): unknown {
  return ruleSummaries(context.service.getSettings());
}

export const serverCommands: Record<string, Command> = {
  'entente.render': render,
  'entente.listTemplates': templates,
  'entente.instantiateTemplate': instantiate,
  'entente.ruleExplanation': explainRule,
  'entente.listRules': rules,
};

export const executeCommandFeature: LspFeature = {
  name: 'executeCommand',
  capabilities: () => ({ executeCommandProvider: { commands: Object.keys(serverCommands) } }),
  register(connection, context) {
    connection.onExecuteCommand((params: ExecuteCommandParams) =>
      guard(context.log, 'executeCommand', () => {
        const command = typeof params?.command === 'string' ? serverCommands[params.command] : undefined;
        if (!command) throw invalidParams(`unknown command ${String(params?.command)}`);
        return command(Array.isArray(params.arguments) ? params.arguments : [], context);
      }),
    );
  },
};
