/** Rename and prepare-rename; the core's refusal ("cannot rename a keyword") becomes an error the editor shows. */
import { ErrorCodes, ResponseError, type PrepareRenameParams, type RenameParams } from 'vscode-languageserver/node';
import { isRefusal } from '../../language/features/types';
import { documentRequest, type LspFeature } from '../context';
import { invalidParams, readPosition } from '../guard';

export const renameFeature: LspFeature = {
  name: 'rename',
  capabilities: () => ({ renameProvider: { prepareProvider: true } }),
  register(connection, context) {
    connection.onPrepareRename(
      documentRequest(context, 'prepareRename', null, (uri, p: PrepareRenameParams) => {
        const target = context.features.prepareRename(uri, readPosition(p.position));
        if (isRefusal(target)) throw new ResponseError(ErrorCodes.InvalidRequest, target.error);
        return target;
      }),
    );
    connection.onRenameRequest(
      documentRequest(context, 'rename', null, (uri, p: RenameParams) => {
        if (typeof p.newName !== 'string') throw invalidParams('newName must be a string');
        const edit = context.features.rename(uri, readPosition(p.position), p.newName);
        if (isRefusal(edit)) throw new ResponseError(ErrorCodes.InvalidRequest, edit.error);
        return edit;
      }),
    );
  },
};
