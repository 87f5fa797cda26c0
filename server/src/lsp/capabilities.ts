/**
 * The server's capabilities, built from the same list of features whose handlers server.ts
 * registers: each is advertised exactly when its handler is registered.
 */
import type { ServerCapabilities } from 'vscode-languageserver/node';
import type { LspFeature, ServerContext } from './context';
import { codeActionFeature } from './handlers/code-actions';
import { executeCommandFeature } from './handlers/commands';
import { completionFeature } from './handlers/completion';
import { formattingFeature } from './handlers/formatting';
import { codeLensFeature, inlayHintFeature } from './handlers/hints';
import { definitionFeature, highlightFeature, hoverFeature, referencesFeature } from './handlers/navigation';
import { renameFeature } from './handlers/rename';
import { foldingFeature, documentLinkFeature, semanticTokensFeature } from './handlers/structure';
import { documentSymbolFeature, workspaceSymbolFeature } from './handlers/symbols';

export const lspFeatures: readonly LspFeature[] = [
  completionFeature,
  hoverFeature,
  definitionFeature,
  referencesFeature,
  highlightFeature,
  renameFeature,
  documentSymbolFeature,
  workspaceSymbolFeature,
  foldingFeature,
  semanticTokensFeature,
  documentLinkFeature,
  formattingFeature,
  codeActionFeature,
  inlayHintFeature,
  codeLensFeature,
  executeCommandFeature,
];

export function buildCapabilities(context: ServerContext): ServerCapabilities {
  const capabilities: ServerCapabilities = {};
  for (const feature of lspFeatures) Object.assign(capabilities, feature.capabilities(context));
  return capabilities;
}
