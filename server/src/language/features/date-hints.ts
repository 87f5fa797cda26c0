/** Inlay hints and code lenses for the computed dates (computed-dates.ts), with `today` given. */
import type { Range } from '../ast/positions';
import { fromToday } from './calendar';
import { computedDates } from './computed-dates';
import type { FeatureHost } from './host';
import type { CodeLens, InlayHint, Today } from './types';

export function inlayHints(host: FeatureHost, uri: string, range: Range, today: Today): InlayHint[] {
  const model = host.model(uri);
  const day = fromToday(today);
  if (!model || !day) return [];
  return computedDates(model, day)
    .filter((d) => d.anchor.end.line >= range.start.line && d.anchor.end.line <= range.end.line)
    .map((d) => ({ position: d.anchor.end, label: d.label, tooltip: d.tooltip, paddingLeft: true }));
}

/** One lens per construct, on its first line, joining what is computed for it. */
export function codeLenses(host: FeatureHost, uri: string, today: Today): CodeLens[] {
  const model = host.model(uri);
  const day = fromToday(today);
  if (!model || !day) return [];
  const byOwner = new Map<string, CodeLens>();
  for (const d of computedDates(model, day)) {
    const key = `${d.owner.start.line}:${d.owner.start.character}`;
    const title = d.label[0].toUpperCase() + d.label.slice(1);
    const existing = byOwner.get(key);
    const range = { start: d.owner.start, end: d.owner.start };
    byOwner.set(key, { range, title: existing ? `${existing.title} · ${title}` : title });
  }
  return [...byOwner.values()];
}
