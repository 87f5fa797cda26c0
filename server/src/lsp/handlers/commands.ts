/**
 * Commands the VS Code client calls through `workspace/executeCommand`. Their names differ from
 * the client's palette commands (`entente.export`, `entente.preview`…), because the language
 * client registers every server command under its own name.
 */
import { ErrorCodes, ResponseError, type ExecuteCommandParams } from 'vscode-languageserver/node';
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

export const serverCommands: Record<string, Command> = {
  'entente.render': render,
};

export const executeCommandFeature: LspFeature = {
  name: 'executeCommand',
  available: () => true,
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
