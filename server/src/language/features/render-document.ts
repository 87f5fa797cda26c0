/**
 * "Export Instrument", "Preview Instrument" and `entente render`: the instrument in each output
 * format, all read from one rendering model (render/build-instrument.ts), so the preview, the
 * export and the command line never disagree. A draft with errors is marked DRAFT with its count
 * of unresolved problems (errors and warnings, from the same analysis the editor shows).
 */
import type { EntenteDiagnostic } from '../rules/diagnostic';
import type { SemanticModel } from '../model/semantic-model';
import { toAkomaNtoso } from '../render/akoma-ntoso';
import { buildInstrument, type ProblemCount } from '../render/build-instrument';
import { toDocx } from '../render/docx';
import { toHtml } from '../render/html';
import type { RenderedInstrument } from '../render/instrument-model';
import { toMarkdown } from '../render/markdown';
import { assertNever } from '../util/assert-never';

/** The text formats; Word (`docx`) is binary and made by `renderDocx`. */
export type RenderFormat = 'markdown' | 'html' | 'akn';

export function problemCount(diagnostics: readonly EntenteDiagnostic[]): ProblemCount {
  return { errors: diagnostics.filter((d) => d.severity === 'error').length, warnings: diagnostics.filter((d) => d.severity === 'warning').length };
}

export function renderedInstrument(model: SemanticModel, diagnostics: readonly EntenteDiagnostic[] = []): RenderedInstrument {
  return buildInstrument(model, problemCount(diagnostics));
}

export function renderDocument(model: SemanticModel, format: RenderFormat, diagnostics: readonly EntenteDiagnostic[] = []): string {
  const doc = renderedInstrument(model, diagnostics);
  switch (format) {
    case 'markdown':
      return toMarkdown(doc);
    case 'html':
      return toHtml(doc);
    case 'akn':
      return toAkomaNtoso(doc);
    default:
      return assertNever(format, 'render format');
  }
}

export function renderDocx(model: SemanticModel, diagnostics: readonly EntenteDiagnostic[] = []): Promise<Uint8Array> {
  return toDocx(renderedInstrument(model, diagnostics));
}
