/** Rename and prepare-rename; the core's refusal ("cannot rename a keyword") becomes an error the editor shows. */
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { isRefusal } from '../../language';
import { documentRequest, steppedDocumentRequest, type LspFeature } from '../context';
import { linkEveryDocument } from '../request-steps';
import { invalidParams, readPosition } from '../guard';

export const renameFeature: LspFeature = {
  name: 'rename',
  capabilities: () => ({ renameProvider: { prepareProvider: true } }),
  register(connection, context) {
    connection.onPrepareRename(
      documentRequest(context, 'textDocument/prepareRename', null, (p) => readPosition(p.position), (uri, at) => {
        const target = context.features.prepareRename(uri, at);
        if (isRefusal(target)) throw new ResponseError(ErrorCodes.InvalidRequest, target.error);
        return target;
      }),
    );
    // A rename edits every linked document: they are linked first in cancellable slices.
    connection.onRenameRequest(
      steppedDocumentRequest(
        context,
        'textDocument/rename',
        null,
        (p) => {
          if (typeof p.newName !== 'string') throw invalidParams('textDocument/rename needs "newName", a string');
          return { at: readPosition(p.position), newName: p.newName };
        },
        (uri) => linkEveryDocument(context.service, uri),
        (uri, { at, newName }) => {
          const edit = context.features.rename(uri, at, newName);
          if (isRefusal(edit)) throw new ResponseError(ErrorCodes.InvalidRequest, edit.error);
          return edit;
        },
      ),
    );
  },
};
