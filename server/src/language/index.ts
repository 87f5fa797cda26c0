/**
 * The one door into the language core, as vscode-json-languageservice's
 * `jsonLanguageService.ts` is for JSON: the service and the types its callers need. The
 * language server (`lsp/`), the command line (`cli/`), the Node host (`host/`) and the VS Code
 * client import the core only from here (a test scans their imports), so everything behind
 * this file may move without touching them.
 */

// The service: documents, phases and every editor feature.
export { createEntenteService, EntenteService, type EntenteServiceOptions } from './service';
export type { TextChange } from './syntax/text-changes';
export type { FileFailure, FileRead, ReadFile } from './workspace/document-store';
export { maxDocumentLength, maxFileBytes } from './util/limits';
export { documentTooLarge } from './analysis/limit-diagnostics';
export type { RenderFormat, RenderPhase } from './features/render-document';
export { joinParts, type TextParts } from './render/text-parts';
export type { RenderedInstrument, RenderedArticle, SignatureBlock } from './render/instrument-model';
export { aknNamespace } from './render/akoma-ntoso';
export type { PreviewData, PreviewPart, PreviewPartData, GlanceNode, TimelineEvent, ChecklistItem } from './features/preview-glance';
export type { PreviewAnswer } from './features/preview-panels';

// Editor-feature results, in LSP shapes without an LSP import.
export { LineIndex, type Position, type Range } from './ast/positions';
export type * from './features/types';
export { isRefusal, semanticTokenLegend } from './features/types';
export { semanticTokenEdits } from './features/semantic-token-blocks';

// Diagnostics and the rule table.
export type { EntenteDiagnostic } from './rules/diagnostic';
export { ruleDocumentationUrl } from './rules/diagnostic';
export { allRules } from './rules/registry';
export type { Rule, Severity, SourceStatus } from './rules/rule';
/** A quick fix's snippet text as plain text (tab stops replaced by their defaults). */
export { snippetToPlain } from './features/code-actions';

// Settings, with one meaning in VS Code and in `.entente.json`.
export type { AnalysisSettings, SeveritySetting } from './config/settings';
export { validateSettings, type ValidatedSettings } from './config/validate-settings';
// JSON with comments as VS Code reads its settings (`.entente.json`, team library files).
export { jsonValue, parseJsoncTree, withoutByteOrderMark, type JsoncTree } from './util/json-text';

// The clause library: built-in clauses plus layers the host reads from team folders.
export type { ClauseLibrary, LibraryClause, LibraryProblem, Wording } from './library/library-types';
export { builtInLayer, builtInLibrary } from './library/builtin-library';
export { createClauseLibrary, type LibraryLayer } from './library/clause-library';
export { parseLibraryFile, type LibraryFileResult } from './library/library-file';

// Instrument templates.
export { getTemplate, instantiateTemplate, listTemplates, placeholderInput, sampleValues, slotOf, type Template, type TemplatePlaceholder } from './templates/templates';
export { ruleExplanation, ruleSummaries } from './features/rule-explanation';
