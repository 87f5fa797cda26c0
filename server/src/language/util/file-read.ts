/** What the core asks its host for files it was not handed, and what the host answers. */

/**
 * Why the host did not hand over a file. The host decides (host/node-files.ts): `outside-workspace`
 * for any path that leads out of the workspace folders (after resolving symbolic links; nothing
 * about such a file is revealed, not even whether it exists), `not-a-file` for a folder, device or
 * pipe, `too-large` past the byte limit (checked before reading), `unreadable` for the rest.
 */
export type FileFailure = 'not-found' | 'outside-workspace' | 'not-a-file' | 'too-large' | 'unreadable';

export type FileRead = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly failure: FileFailure };

/**
 * How the core reads a file it was not handed (a `use`d registry, a parent instrument): the host
 * answers with the text or the reason it was not read. A plain string (the text) or undefined
 * (not found) is accepted too, for hosts that serve texts from memory.
 */
export type ReadFile = (uri: string) => FileRead | string | undefined;
