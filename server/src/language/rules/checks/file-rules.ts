/**
 * Files a document brings in (`use`, `annex … of`, `implements`, `incorporates … from`, `amends`) that were not read, and uses that lead back to
 * the document. (A path that leads to no file at all is `unresolved-file`, declaration-rules.ts.)
 *
 * What is read is the host's decision (docs/security.md): only regular files inside the workspace
 * folders — for the command line, the folders and files it was given and the working folder —
 * after resolving symbolic links, each within a size limit checked before reading. A file outside
 * gets the same message whether or not it exists, and nothing else about it.
 */
import { maxImportedCharacters, maxImportedFiles, type UsedFile, type UsedFileFailure } from '../../model/imports';
import { quoteInput } from '../../util/bounded-text';
import { maxFileBytes } from '../../util/limits';
import { deleteLinesEdit } from '../support/ordinary-helpers';
import { defineRule } from '../rule';

const mebibytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;

/** Why a file was not read, in the drafter's terms, and what to do. */
const reasons: Record<Exclude<UsedFileFailure, 'not-found'>, string> = {
  'outside-workspace': 'is outside the workspace: not read. Entente reads only files inside the workspace folders; move the file into the workspace, or remove the reference to it.',
  'not-a-file': 'is not a regular file (a folder, a device or a pipe): not read. Name an .entente file.',
  'too-large': `is larger than ${mebibytes(maxFileBytes)}: not read. Split it into smaller files.`,
  unreadable: 'cannot be read (no permission, or it changed while being read): not read.',
  'import-limit': `brings in more files than Entente reads for one document (${maxImportedFiles} files or ${mebibytes(maxImportedCharacters)} of text, counting the files they use): the rest are not read. Use fewer or smaller registries.`,
};

function notRead(file: UsedFile): string | undefined {
  const failure = file.failure;
  return failure === undefined || failure === 'not-found' ? undefined : reasons[failure];
}

export const fileNotRead = defineRule({
  code: 'file-not-read',
  family: 'declaration',
  defaultSeverity: 'error',
  message: 'Refer only to .entente files inside the workspace, within the size limit.',
  rationale:
    'A workspace may come from anywhere, so Entente reads only regular files inside the workspace folders (for the command line: the folders and files it is given and the working folder), after resolving symbolic links, and none larger than the size limit; a path that leads elsewhere — an absolute path, `../…` out of the workspace, a symbolic link out of it — is not followed, and nothing about what lies there is shown. Every name the file should supply is then unknown, as for a file that does not exist.',
  source: 'Entente security model (docs/security.md)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'use "../shared/partners.entente"\nparticipant EE "Estonia"\n',
    fix: 'use "registry/partners.entente"\nparticipant EE "Estonia"\n',
    files: { 'registry/partners.entente': 'participant FI "Finland"\n' },
  },
  check({ model, report }) {
    for (const file of model.usedFiles) {
      const reason = notRead(file);
      if (reason) report({ range: file.path.range, message: `"${quoteInput(file.path.value)}" ${reason}` });
    }
    const parent = model.parentFile;
    const reason = parent && notRead(parent);
    if (parent && reason) report({ range: parent.path.range, message: `The parent instrument "${quoteInput(parent.path.value)}" ${reason}` });
    const treaty = model.implementedFile;
    const treatyReason = treaty && notRead(treaty);
    if (treaty && treatyReason) report({ range: treaty.path.range, message: `The implemented instrument "${quoteInput(treaty.path.value)}" ${treatyReason}` });
    for (const file of model.incorporatedFiles) {
      const why = notRead(file);
      if (why) report({ range: file.path.range, message: `The incorporated instrument "${quoteInput(file.path.value)}" ${why}` });
    }
    const amended = model.amendedFile;
    const amendedReason = amended && notRead(amended);
    if (amended && amendedReason) report({ range: amended.path.range, message: `The amended treaty "${quoteInput(amended.path.value)}" ${amendedReason}` });
  },
});

/** The file name at the end of a URI, for a message. */
function fileName(uri: string): string {
  return decodeURIComponentSafe(uri.slice(uri.lastIndexOf('/') + 1));
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export const useCycle = defineRule({
  code: 'use-cycle',
  family: 'declaration',
  defaultSeverity: 'warning',
  message: 'Remove a use that leads back to this file.',
  rationale:
    'A file that uses itself, or uses a registry that uses it back, brings in nothing new: its own declarations are already here. Usually the use is left over, or the two files should share a third registry instead. Each such use is reported once, on the use in this file.',
  source: 'Entente language reference (cross-file references)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'use "main.entente"\nparticipant EE "Estonia"\n',
    fix: 'participant EE "Estonia"\n',
  },
  check({ model, report }) {
    for (const file of [...model.usedFiles, ...(model.parentFile ? [model.parentFile] : [])]) {
      const cycle = file.cycle;
      if (!cycle) continue;
      if (cycle.length <= 2) {
        const use = model.ast.uses.find((u) => u.path === file.path);
        report({
          range: file.path.range,
          message: 'This file uses itself, which brings in nothing: remove this use.',
          fixes: use ? [{ title: 'Remove this use', edits: [deleteLinesEdit(model, use.range)], preferred: true, effect: 'mechanical' }] : [],
        });
        continue;
      }
      const way = cycle.map((uri) => quoteInput(fileName(uri), 40)).join(' → ');
      report({ range: file.path.range, message: `This use leads back to this file (${way}): remove it, or the use that closes the circle.` });
    }
  },
});

export const fileRules = [fileNotRead, useCycle];
