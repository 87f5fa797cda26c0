/**
 * Entry point of the language server bundle (dist/server.cjs). The transport comes from the
 * command line as `vscode-languageserver/node` understands it: `--stdio` (Neovim, tests),
 * `--node-ipc` (the VS Code client) or `--socket=<port>`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
// A failed promise somewhere (a client that rejects a request) must not end the server.
process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${String(reason)}`));
startServer(connection);
connection.listen();
