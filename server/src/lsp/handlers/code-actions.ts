/**
 * Quick fixes and "fix all". The diagnostics the editor sends back are handed to the core,
 * which re-finds their fixes from range and code, and returns them unchanged inside the
 * actions (so the editor links each fix to its squiggle).
 */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import { steppedDocumentRequest, type LspFeature } from '../context';
import { analyseDocument } from '../request-steps';
import { invalidParams, readObject, readRange } from '../guard';

/** Sent with "fix all" so the editor offers it on save (`editor.codeActionsOnSave`). */
export const fixAllKind = 'source.fixAll.entente';

/**
 * `context` is required by the specification ({diagnostics, only?}); the diagnostics come back
 * to the core, which re-finds them by code and range, so each must carry a well-formed range.
 */
function readCodeActionContext(value: unknown): { diagnostics: Diagnostic[]; only: string[] | undefined } {
  const ctx = readObject(value, '"context" of textDocument/codeAction ({diagnostics: [...]})');
  if (!Array.isArray(ctx.diagnostics)) throw invalidParams('context.diagnostics must be a list of diagnostics (empty when there are none)');
  const diagnostics = ctx.diagnostics.map((d: unknown, i) => {
    const diagnostic = readObject(d, `context.diagnostics[${i}]`);
    readRange(diagnostic.range, `context.diagnostics[${i}].range`);
    if (diagnostic.code !== undefined && diagnostic.code !== null && typeof diagnostic.code !== 'string' && typeof diagnostic.code !== 'number') {
      throw invalidParams(`context.diagnostics[${i}].code must be a string or a number`);
    }
    return diagnostic as unknown as Diagnostic;
  });
  if (ctx.only !== undefined && ctx.only !== null && !(Array.isArray(ctx.only) && ctx.only.every((k) => typeof k === 'string'))) {
    throw invalidParams('context.only must be a list of code action kinds');
  }
  return { diagnostics, only: Array.isArray(ctx.only) ? (ctx.only as string[]) : undefined };
}

export const codeActionFeature: LspFeature = {
  name: 'codeAction',
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind, CodeActionKind.Refactor], resolveProvider: false } }),
  register(connection, context) {
    // The fixes come from the document's analysis: run (or finished) in cancellable slices first.
    connection.onCodeAction(
      steppedDocumentRequest(
        context,
        'textDocument/codeAction',
        [],
        (p) => ({ range: readRange(p.range), ...readCodeActionContext(p.context) }),
        (uri) => analyseDocument(context.service, uri),
        (uri, { range, diagnostics, only }): CodeAction[] =>
          context.features.codeActions(uri, range, diagnostics, only).map((a) => ({
            title: a.title,
            kind: a.kind,
            diagnostics: a.diagnostics,
            edit: a.edit,
            isPreferred: a.isPreferred,
          })),
      ),
    );
  },
};
