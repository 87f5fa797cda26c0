/**
 * The preview's panel (the diagram, the timeline, the incident clock, the checklist) sent only
 * when it changed. At 100,000 lines the panel is 1.3 MB of JSON, which the server wrote, the
 * editor read and the webview laid out again (the diagram by ELK) on every refresh, though a
 * keystroke in a clause's text changes none of it. Each panel sent is named (`panel`); the
 * preview says which one it shows, and when the new panel is the same, the answer carries its
 * name and not the panel (`samePanel`).
 *
 * The same means equal, value by value, to the panel last named for that document: a name is
 * never reused for another panel (nor by another server process), so a preview that shows the
 * named panel shows this one.
 */
import type { PreviewData } from './preview-glance';
import { sameValue } from '../util/same-values';

/** The fields of the panel, which an answer for a preview that shows the same panel leaves out. */
type PanelField = 'diagram' | 'timeline' | 'today' | 'deadlines' | 'checklist';

/** What the preview is answered: the rendered part, and the panel unless it shows the same one. */
export type PreviewAnswer = (PreviewData & { readonly panel: string; readonly samePanel?: undefined }) | (Omit<PreviewData, PanelField> & { readonly panel: string; readonly samePanel: true });

export class PreviewPanels {
  private readonly last = new Map<string, { readonly name: string; readonly panel: Pick<PreviewData, PanelField> }>();
  private named = 0;
  /** Names differ from one service (one server process) to another: a preview that outlives a restarted server never takes the new one's panel for its own. */
  private readonly prefix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

  /** `data` named by its panel; without the panel when `shown` names this same one. */
  answer(uri: string, data: PreviewData, shown: string | undefined): PreviewAnswer {
    const { diagram, timeline, today, deadlines, checklist, ...rest } = data;
    const panel = { diagram, timeline, today, deadlines, checklist };
    let last = this.last.get(uri);
    if (!last || !sameValue(last.panel, panel)) this.last.set(uri, (last = { name: `${this.prefix}-${++this.named}`, panel }));
    return shown === last.name ? { ...rest, panel: last.name, samePanel: true } : { ...data, panel: last.name };
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}
