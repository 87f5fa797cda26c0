/**
 * Entry point of the language server bundle (dist/server.cjs). The transport comes from the
 * command line as `vscode-languageserver/node` understands it: `--stdio` (Neovim, tests),
 * `--node-ipc` (the VS Code client) or `--socket=<port>`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { Lifecycle } from './lifecycle';
import { startServer } from './server';

// The lifecycle sees every message before any handler: it refuses requests out of order.
const lifecycle = new Lifecycle();
const connection = createConnection(ProposedFeatures.all, lifecycle.options);
// A failed promise somewhere (a client that rejects a request) must not end the server.
process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${String(reason)}`));
startServer(connection, lifecycle);
connection.listen();
