/**
 * Entry point of the language server bundle (dist/server.cjs). The transport comes from the
 * command line as `vscode-languageserver/node` understands it: `--stdio` (Neovim, tests),
 * `--node-ipc` (the VS Code client) or `--socket=<port>`. Over stdio the server writes with a
 * writer that sends kept answers without encoding or copying them again (kept-answers.ts,
 * pieces-writer.ts).
 */
import { createConnection, ProposedFeatures, StreamMessageReader } from 'vscode-languageserver/node';
import { Console } from 'node:console';
import { KeptAnswers } from './kept-answers';
import { Lifecycle } from './lifecycle';
import { PiecesWriter } from './pieces-writer';
import { startServer } from './server';

// The lifecycle sees every message before any handler: it refuses requests out of order.
const lifecycle = new Lifecycle();
const stdio = process.argv.includes('--stdio');
const answers = new KeptAnswers(stdio);
const connection = stdio
  ? createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new PiecesWriter(process.stdout, answers), lifecycle.options)
  : createConnection(ProposedFeatures.all, lifecycle.options);
if (stdio) {
  // What the library does when it opens stdio itself: the server ends with its input (status 0
  // only after "shutdown"), and nothing else may write to stdout, which carries the protocol
  // (whatever a dependency prints goes to stderr; the library sends it to the client's log).
  for (const event of ['end', 'close']) process.stdin.on(event, () => process.exit(lifecycle.shutDown ? 0 : 1));
  globalThis.console = new Console(process.stderr, process.stderr);
}
// A failed promise somewhere (a client that rejects a request) must not end the server.
process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${String(reason)}`));
startServer(connection, lifecycle, answers);
connection.listen();
