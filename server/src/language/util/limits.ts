/**
 * Every limit on what Entente reads and analyses, in one place (docs/security.md lists them with
 * what happens when one is passed). The core enforces the limits on text it is handed; the host
 * (host/node-files.ts) enforces the one on files before reading them.
 */

/**
 * A document longer than this (in UTF-16 characters) is not analysed: one `document-too-large`
 * error says so. 8 Mi holds a 100,000-line treaty (about 6.3 million characters). The server
 * answers requests between the steps of an analysis (lsp/sliced-work.ts), but one step is one
 * rule over the whole document: at this size it stays responsive only while every rule is
 * linear (issue 11 item 3) — hostile inputs are counted in test/hostile.
 */
export const maxDocumentLength = 8 * 1024 * 1024;

/**
 * A file larger than this (in bytes) is not read at all: a used file or parent gets a diagnostic
 * on its path, a file given to the command line a `document-too-large` error, an indexed or
 * library file a log line. A file within it holds at most `maxDocumentLength` characters.
 */
export const maxFileBytes = 4 * 1024 * 1024;

/**
 * Lines longer than this get a `line-too-long` warning (editors stop colouring them there too:
 * VS Code's `editor.maxTokenizationLineLength`). They are still analysed: every check's work is
 * linear in the length of the text, and skipping the line would make the checks that look for a
 * clause report it missing.
 */
export const maxLineLength = 20_000;

/** Past this many findings of one rule in a document, one more finding says how many were left out. */
export const maxFindingsPerRule = 1000;
