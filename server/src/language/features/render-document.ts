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

/**
 * The texts rendered from each model, by format, for the problem count they were marked with.
 * A rendering depends on the model (its text, its neighbours, the library) and that count, and a
 * model is never changed once made (an edit, a neighbour's edit or a new library makes a new
 * one), so the preview and export of an unchanged document read the text rendered before: at
 * 100,000 lines rendering takes about 0.4 s of CPU. Only the latest count is kept per model.
 */
const rendered = new WeakMap<SemanticModel, { readonly errors: number; readonly warnings: number; readonly texts: Map<RenderFormat, string> }>();

export function renderDocument(model: SemanticModel, format: RenderFormat, diagnostics: readonly EntenteDiagnostic[] = []): string {
  const count = problemCount(diagnostics);
  let kept = rendered.get(model);
  if (!kept || kept.errors !== count.errors || kept.warnings !== count.warnings) rendered.set(model, (kept = { ...count, texts: new Map() }));
  let text = kept.texts.get(format);
  if (text === undefined) kept.texts.set(format, (text = renderAs(buildInstrument(model, count), format)));
  return text;
}

function renderAs(doc: RenderedInstrument, format: RenderFormat): string {
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
