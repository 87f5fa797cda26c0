/**
 * The export made ahead, while the server is idle (issue 11: at 100,000 lines no request but the
 * full diagnostics above 100 ms). A first export of a 100,000-line text renders every article
 * (about half a second of CPU), an export after an edit checks every kept article and renders the
 * edited one (20–35 ms): more than a request may take. So after each publication of a document's
 * diagnostics, once no analysis is queued or running, the server makes the Markdown of that
 * version in short steps, keeping what each made: first the checks of the articles kept from the
 * text before, a few per step (service.renderChecksAhead), then each phase of the rendering
 * (arrangement, rendering model, Markdown: features/render-document.ts `RenderPhase`) in slices
 * (service.renderAhead: each slice renders articles for `renderSliceMs`, then stops between two of
 * them). The export asked for later joins the parts made. Before the checks were steps of their
 * own, each slice began the rendering again from its start — the drafter order's set-up and a walk
 * over every article — and checked articles until its time was up: after a keystroke at 100,000
 * lines ~14 slices of 8 ms and more, ~80 ms of CPU, a message waiting for the one running. It runs as formatting ahead does (formatting-ahead.ts): stopped at
 * its next step when the document changes (the newer version brings its own publication) or an
 * analysis becomes due.
 *
 * A request that arrives before the slices are done is not served from them: it renders the
 * version it is asked about itself (commands.ts), going on from the articles the slices made —
 * every kept part is checked as any rendering checks it — so it is never answered with an older
 * version, and never waits for more than the slice that is running.
 */
import type { EntenteService, RenderPhase, TextParts } from '../language';
import { analyseDocument } from './request-steps';

/** How long a slice runs: it stops at the first boundary (before an article is checked or made) after this, never at its first. */
export const renderSliceMs = 8;

/**
 * The steps of one document's export made ahead: its analysis (nothing when done), the checks
 * of the kept articles (`checksPerStep` a step: tests make it small), the slices of each phase of
 * its rendering, then (over stdio) the encoding of its parts a step at a time
 * (`encode`: kept-answers.ts `prepareParts`), so that the answer only writes bytes already made:
 * at 100,000 lines a first export's 8 MB took ~80 ms to encode in the request.
 */
export function* renderAheadSteps(
  service: EntenteService,
  uri: string,
  sliceMs = renderSliceMs,
  encode?: (parts: TextParts) => Iterator<unknown, void, void>,
  checksPerStep?: number,
): Generator<unknown, void, void> {
  yield* analyseDocument(service, uri);
  // After an edit most of a rendering is checking the articles kept from the text before; done
  // here in short steps, the slices that follow only render what changed, and no slice begins
  // again from the start for each few checks it made (the runner's steps stay short).
  yield* service.renderChecksAhead(uri, checksPerStep);
  // Each slice makes at least one article (a slice's first boundary never stops it), so the
  // slices end; should two renderings of one text ever undo each other's articles, the rest is
  // made in one go after this many, rather than never.
  let slices = 0;
  for (const phase of phases) {
    for (; slices < maxSlices; slices++) {
      // The slice's time counts from its start (what it re-runs of its phase to reach its first
      // boundary included: a keystroke that arrives meanwhile waits for all of it), but its first
      // boundary never stops it, so that each slice makes or checks at least one part and the slices end.
      const end = performance.now() + sliceMs;
      let first = true;
      const made = service.renderAhead(
        uri,
        () => {
          if (first) return (first = false);
          return performance.now() >= end;
        },
        phase,
      );
      if (made === undefined) return;
      yield 'render';
      if (made) break;
    }
  }
  if (slices >= maxSlices) service.renderAhead(uri, () => false);
  yield* encoded(service, uri, encode);
}

/** The phases made one after the other, each in slices of its own (features/render-document.ts `RenderPhase`). */
const phases: readonly RenderPhase[] = ['arrangement', 'instrument', 'markdown'];

/** The encoding steps of the parts just made (the same parts the request's renderParts returns). */
function* encoded(service: EntenteService, uri: string, encode: ((parts: TextParts) => Iterator<unknown, void, void>) | undefined): Generator<unknown, void, void> {
  if (!encode) return;
  const parts = service.renderParts(uri, 'markdown');
  if (!parts) return;
  const steps = encode(parts);
  while (!steps.next().done) yield 'encode';
}

/** More slices than a first rendering of the longest text takes (about 120 at 100,000 lines). */
const maxSlices = 5000;
