/**
 * Entry point of the language server bundle (dist/server.cjs). The transport comes from the
 * command line as `vscode-languageserver/node` understands it: `--stdio` (Neovim, tests),
 * `--node-ipc` (the VS Code client) or `--socket=<port>`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
startServer(connection);
connection.listen();
