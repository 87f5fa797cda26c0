/**
 * Quick fixes and "fix all". The diagnostics the editor sends back are handed to the core,
 * which re-finds their fixes from range and code, and returns them unchanged inside the
 * actions (so the editor links each fix to its squiggle).
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import { documentRequest, type LspFeature } from '../context';
import { readRange } from '../guard';

/** Sent with "fix all" so the editor offers it on save (`editor.codeActionsOnSave`). */
export const fixAllKind = 'source.fixAll.entente';

export const codeActionFeature: LspFeature = {
  name: 'codeAction',
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind, CodeActionKind.Refactor], resolveProvider: false } }),
  register(connection, context) {
    connection.onCodeAction(
      documentRequest(context, 'codeAction', [], (uri, p: CodeActionParams): CodeAction[] => {
        const diagnostics: Diagnostic[] = Array.isArray(p.context?.diagnostics) ? p.context.diagnostics.filter((d) => d && typeof d === 'object' && d.range) : [];
        const only = Array.isArray(p.context?.only) ? p.context.only.filter((k): k is string => typeof k === 'string') : undefined;
        return context.features.codeActions(uri, readRange(p.range), diagnostics, only).map((a) => ({
          title: a.title,
          kind: a.kind,
          diagnostics: a.diagnostics,
          edit: a.edit,
          isPreferred: a.isPreferred,
        }));
      }),
    );
  },
};
