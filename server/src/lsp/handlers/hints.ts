/**
 * Computed dates: inlay hints beside durations and deadlines, code lenses above the header
 * (entry into force, expiry, next exercise). "Today" is the server's calendar day. The lenses
 * also say, above a library clause in letters that call the parties "the two Governments", the
 * words the export prints for the source's (features/letters-wording.ts).
 */
import { documentRequest, nothingMore, type LspFeature } from '../context';
import { readRange } from '../guard';

export const inlayHintFeature: LspFeature = {
  name: 'inlayHint',
  capabilities: () => ({ inlayHintProvider: { resolveProvider: false } }),
  register(connection, context) {
    connection.languages.inlayHint.on(
      documentRequest(context, 'textDocument/inlayHint', [], (p) => readRange(p.range), (uri, range) =>
        context.features.inlayHints(uri, range, new Date()).map((h) => ({
          position: h.position,
          label: h.label,
          tooltip: h.tooltip,
          paddingLeft: h.paddingLeft,
        })),
      ),
    );
  },
};

export const codeLensFeature: LspFeature = {
  name: 'codeLens',
  capabilities: () => ({ codeLensProvider: { resolveProvider: false } }),
  register(connection, context) {
    // A lens with an empty command id is shown as plain text: it informs, it does not act.
    connection.onCodeLens(
      documentRequest(context, 'textDocument/codeLens', [], nothingMore, (uri) =>
        context.features.codeLenses(uri, new Date()).map((l) => ({ range: l.range, command: { title: l.title, command: '' } })),
      ),
    );
  },
};
