/**
 * "Export Instrument", "Preview Instrument" and `entente render`: the instrument in each output
 * format, all read from one rendering model (render/build-instrument.ts), so the preview, the
 * export and the command line never disagree. A draft with errors is marked DRAFT with its count
 * of unresolved problems (errors and warnings, from the same analysis the editor shows).
 */
import type { EntenteDiagnostic } from '../rules/diagnostic';
import type { SemanticModel } from '../model/semantic-model';
import { concludedText } from '../model/conclusion';
import { ruleByCode } from '../rules/registry';
import { toAkomaNtoso } from '../render/akoma-ntoso';
import { buildInstrument, type ProblemCount } from '../render/build-instrument';
import { arrange } from '../render/drafter-order';
import { toDocx } from '../render/docx';
import { toHtml } from '../render/html';
import type { RenderedInstrument } from '../render/instrument-model';
import { markdownParts } from '../render/markdown';
import { joinParts, type TextParts } from '../render/text-parts';
import { withinBudget } from '../render/render-budget';
import { KeptArticles } from '../render/kept-articles';
import { renderContext } from '../render/render-context';

export type { TextParts };
import { assertNever } from '../util/assert-never';

/** The text formats; Word (`docx`) is binary and made by `renderDocx`. */
export type RenderFormat = 'markdown' | 'html' | 'akn';

/**
 * The errors and warnings the DRAFT mark counts. On a concluded text a missing-clause finding counts
 * as a warning whatever a setting made of it: the text's silence is answered by the law or by the
 * record of its conclusion, and an authentic text is no draft for it (sixty-ninth run, item 1:
 * "DRAFT — 1 unresolved problem (1 error)" over a treaty signed at Bonn in 1993).
 */
export function problemCount(diagnostics: readonly EntenteDiagnostic[], model?: SemanticModel): ProblemCount {
  const concluded = model !== undefined && concludedText(model.ast) !== undefined;
  const error = (d: EntenteDiagnostic) => d.severity === 'error' && !(concluded && ruleByCode(d.code)?.family === 'missing-clause');
  return { errors: diagnostics.filter(error).length, warnings: diagnostics.filter((d) => d.severity === 'warning' || (d.severity === 'error' && !error(d))).length };
}

/**
 * What is rendered from each model, for the problem count it was marked with: the rendering
 * model (read by every format, the preview and each part of it the preview asks for) and the
 * texts, by format. A rendering depends on the model (its text, its neighbours, the library) and
 * that count, and a model is never changed once made (an edit, a neighbour's edit or a new
 * library makes a new one), so the preview and export of an unchanged document read what was
 * rendered before: at 100,000 lines building the rendering model takes about 0.3 s of CPU, and
 * each text about 0.1 s more. Only the latest count is kept per model.
 */
interface Kept {
  readonly errors: number;
  readonly warnings: number;
  doc: RenderedInstrument | undefined;
  readonly texts: Map<RenderFormat | 'preview', string>;
  /** The Markdown in parts (render/text-parts.ts), which its text joins. */
  markdown?: TextParts;
}

const rendered = new WeakMap<SemanticModel, Kept>();

function kept(model: SemanticModel, diagnostics: readonly EntenteDiagnostic[]): Kept {
  const count = problemCount(diagnostics, model);
  let entry = rendered.get(model);
  if (!entry || entry.errors !== count.errors || entry.warnings !== count.warnings) rendered.set(model, (entry = { ...count, doc: undefined, texts: new Map() }));
  return entry;
}

export function renderedInstrument(model: SemanticModel, diagnostics: readonly EntenteDiagnostic[] = []): RenderedInstrument {
  const entry = kept(model, diagnostics);
  return (entry.doc ??= buildInstrument(model, entry));
}

/** A text made from the rendering model, made once per model and problem count. */
export function keptText(model: SemanticModel, diagnostics: readonly EntenteDiagnostic[], key: RenderFormat | 'preview', make: (doc: RenderedInstrument) => string): string {
  const entry = kept(model, diagnostics);
  let text = entry.texts.get(key);
  if (text === undefined) entry.texts.set(key, (text = make(entry.doc ??= buildInstrument(model, entry))));
  return text;
}

export function renderDocument(model: SemanticModel, format: RenderFormat, diagnostics: readonly EntenteDiagnostic[] = []): string {
  if (format === 'markdown') return keptText(model, diagnostics, format, () => joinParts(renderParts(model, format, diagnostics)));
  return keptText(model, diagnostics, format, (doc) => renderAs(doc, format));
}

/**
 * The rendering in parts, which `renderDocument`'s text joins (render/text-parts.ts): for a writer
 * that sends the parts' bytes without making the whole string. Made once per model and problem count.
 */
export function renderParts(model: SemanticModel, _format: 'markdown', diagnostics: readonly EntenteDiagnostic[] = []): TextParts {
  const entry = kept(model, diagnostics);
  return (entry.markdown ??= markdownParts(entry.doc ??= buildInstrument(model, entry)));
}

/**
 * The phases of the Markdown made ahead, each kept whole once made: the arrangement of the
 * articles (drafter-order.ts, kept per model), the rendering model (`renderedInstrument`), then
 * its parts. A slice of a later phase begins again from that phase's start, not the first's: at
 * 100,000 lines each is a walk over every article (a few milliseconds after an edit, once every
 * kept article's check is made: `keptChecksAhead`), and a slice that ran all three while a
 * keystroke waited was the longest step of the work made ahead.
 */
export type RenderPhase = 'arrangement' | 'instrument' | 'markdown';

/**
 * One slice of a phase of the Markdown made ahead (lsp/render-ahead.ts): the rendering
 * `renderParts` makes, up to the phase's end, stopped between two articles once `up()` says the
 * slice's time is up (render/render-budget.ts). True once the phase is made (after the last, a
 * request only joins the parts); false when it stopped, keeping the articles it made for the next
 * slice or request; undefined when the document's analysis of this model under these settings is
 * not done (`analysed`): a slice never runs an analysis.
 */
export function renderPartsAhead<S>(
  model: SemanticModel | undefined,
  analysed: { readonly model: SemanticModel; readonly settings: S; readonly diagnostics: readonly EntenteDiagnostic[] } | undefined,
  settings: S,
  up: () => boolean,
  phase: RenderPhase = 'markdown',
): boolean | undefined {
  if (!model || analysed?.model !== model || analysed.settings !== settings) return undefined;
  const entry = kept(model, analysed.diagnostics);
  const made = withinBudget(up, () => {
    if (entry.markdown !== undefined || phase === 'markdown') return renderParts(model, 'markdown', analysed.diagnostics);
    if (entry.doc !== undefined || phase === 'instrument') return (entry.doc ??= buildInstrument(model, entry));
    return arrange(model, renderContext(model));
  });
  return made !== undefined;
}

/** Checks per step of `keptChecksAhead`: a step stays well under a millisecond at 100,000 lines. */
const checksPerStep = 128;

/**
 * Before the slices of a rendering made ahead (lsp/render-ahead.ts), the checks of the articles
 * kept from the text before an edit, a few per step (render/kept-articles.ts `checkSteps`), so
 * that the slices that follow only render what the edit changed. Nothing when the analysis of
 * this model is not done (as `renderPartsAhead`) or its Markdown is made.
 */
export function* keptChecksAhead<S>(
  model: SemanticModel | undefined,
  analysed: { readonly model: SemanticModel; readonly settings: S; readonly diagnostics: readonly EntenteDiagnostic[] } | undefined,
  settings: S,
  perStep = checksPerStep,
): Generator<string, void, void> {
  if (!model || analysed?.model !== model || analysed.settings !== settings || kept(model, analysed.diagnostics).markdown !== undefined) return;
  const steps = KeptArticles.of(model, renderContext(model)).checkSteps(model.ast.declarations, perStep);
  while (!steps.next().done) yield 'check';
}

function renderAs(doc: RenderedInstrument, format: RenderFormat): string {
  switch (format) {
    case 'markdown':
      return joinParts(markdownParts(doc));
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
