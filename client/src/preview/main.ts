/**
 * The preview webview's script (bundled by esbuild into dist/preview.js; it runs in the webview,
 * under the page's Content-Security-Policy: no eval, no inline script, nothing remote). It draws
 * what the extension posts: the rendered instrument, part by part as the drafter scrolls to it; the parties and channels as a graph laid
 * out by ELK (elkjs, layered algorithm), channels coloured by their TLP label or shown as
 * classified; the timeline of the term as an axis with the events on it; the incident clock;
 * and the final-clause checklist, whose missing items reveal their finding in the editor.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { PreviewData, PreviewPartData } from '../../../server/src/language';
import { PreviewParts } from './parts';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };
const vscode = acquireVsCodeApi();
const elk = new ELK();
const svgNs = 'http://www.w3.org/2000/svg';

/** TLP 2.0 colours (FIRST), with the text colour that keeps contrast on each. */
const tlpColours: Readonly<Record<string, { fill: string; text: string; dashed?: boolean }>> = {
  'TLP:RED': { fill: '#ff2b2b', text: '#000' },
  'TLP:AMBER+STRICT': { fill: '#ffc000', text: '#000', dashed: true },
  'TLP:AMBER': { fill: '#ffc000', text: '#000' },
  'TLP:GREEN': { fill: '#33ff00', text: '#000' },
  'TLP:CLEAR': { fill: '#ffffff', text: '#000' },
};
const classifiedColour = { fill: '#1f2a5a', text: '#fff' };
const unmarked = { fill: '#e0e0e0', text: '#000' };

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, parent?: Element): SVGElementTagNameMap[K] {
  const node = document.createElementNS(svgNs, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  parent?.appendChild(node);
  return node;
}

function text(parent: Element, x: number, y: number, value: string, attrs: Record<string, string | number> = {}): SVGTextElement {
  const t = el('text', { x, y, 'font-size': 12, 'font-family': 'system-ui, sans-serif', ...attrs }, parent);
  t.textContent = value;
  return t;
}

/** Long names wrap onto lines of about 26 characters. */
function wrap(label: string, width = 26): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.slice(0, 4);
}

async function drawDiagram(data: PreviewData): Promise<void> {
  const host = document.getElementById('diagram')!;
  const legend = document.getElementById('legend')!;
  const sizes = new Map(data.diagram.nodes.map((n) => {
    const lines = n.kind === 'party' ? wrap(n.label) : [n.label, ...(n.detail ? wrap(n.detail, 22) : [])];
    return [n.id, { lines, width: Math.max(...lines.map((l) => l.length)) * 6.6 + 20, height: lines.length * 15 + 12 }];
  }));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT', 'elk.spacing.nodeNode': '18', 'elk.layered.spacing.nodeNodeBetweenLayers': '40', 'elk.edgeRouting': 'SPLINES' },
    children: data.diagram.nodes.map((n) => ({ id: n.id, width: sizes.get(n.id)!.width, height: sizes.get(n.id)!.height })),
    edges: data.diagram.edges.map((e) => ({ id: e.id, sources: [e.from], targets: [e.to] })),
  };
  const laid = await elk.layout(graph);
  const width = (laid.width ?? 300) + 20;
  const height = (laid.height ?? 100) + 20;
  const svg = el('svg', { viewBox: `-10 -10 ${width} ${height}`, width, height });
  const title = el('title', {}, svg);
  title.textContent = `${data.diagram.nodes.filter((n) => n.kind === 'party').length} parties and ${data.diagram.nodes.filter((n) => n.kind === 'channel').length} channels`;
  for (const edge of laid.edges ?? []) {
    for (const section of edge.sections ?? []) {
      const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
      el('polyline', { points: points.map((p) => `${p.x},${p.y}`).join(' '), fill: 'none', stroke: '#555', 'stroke-width': 1.4 }, svg);
    }
  }
  for (const node of laid.children ?? []) {
    const info = data.diagram.nodes.find((n) => n.id === node.id)!;
    const { lines } = sizes.get(node.id)!;
    const g = el('g', { transform: `translate(${node.x ?? 0},${node.y ?? 0})` }, svg);
    const colour = info.kind === 'party' ? { fill: '#fff', text: '#111' } : info.classified ? classifiedColour : (tlpColours[info.marking ?? ''] ?? unmarked);
    el('rect', {
      width: node.width ?? 0,
      height: node.height ?? 0,
      rx: info.kind === 'party' ? 3 : 12,
      fill: colour.fill,
      stroke: info.kind === 'party' ? '#123552' : '#333',
      'stroke-width': info.kind === 'party' ? 2 : 1.2,
      ...('dashed' in colour && colour.dashed ? { 'stroke-dasharray': '4 2' } : {}),
    }, g);
    lines.forEach((line, i) => text(g, 10, 18 + i * 15, line, { fill: colour.text, 'font-weight': info.kind === 'channel' && i === 0 ? 'bold' : 'normal' }));
  }
  host.replaceChildren(svg);
  const used = new Set(data.diagram.nodes.filter((n) => n.kind === 'channel').map((n) => (n.classified ? 'classified' : (n.marking ?? 'unmarked'))));
  legend.replaceChildren(
    ...[...used].map((m) => {
      const item = document.createElement('span');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      const colour = m === 'classified' ? classifiedColour : (tlpColours[m] ?? unmarked);
      swatch.style.setProperty('background', colour.fill);
      item.append(swatch, m === 'classified' ? 'classified (level shown)' : m);
      return item;
    }),
  );
}

const eventColours: Readonly<Record<string, string>> = { signature: '#123552', effect: '#11661d', exercise: '#b35c00', meeting: '#5a3d99', notice: '#a00000', renewal: '#0b6e75', end: '#0b6e75' };
const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86400000;

function drawTimeline(data: PreviewData): void {
  const host = document.getElementById('timeline')!;
  const list = document.getElementById('events')!;
  if (data.timeline.length === 0) {
    host.textContent = 'No dates yet: the header gives no date of signature or of effect.';
    list.replaceChildren();
    return;
  }
  const first = dayNumber(data.timeline[0].date);
  const last = Math.max(dayNumber(data.timeline[data.timeline.length - 1].date), first + 365);
  const width = 520;
  const x = (iso: string) => 20 + ((dayNumber(iso) - first) / (last - first)) * (width - 40);
  const svg = el('svg', { viewBox: `0 0 ${width} 90`, width, height: 90 });
  el('title', {}, svg).textContent = `Timeline from ${data.timeline[0].date} to ${data.timeline[data.timeline.length - 1].date}`;
  el('line', { x1: 20, y1: 50, x2: width - 20, y2: 50, stroke: '#333', 'stroke-width': 1.5 }, svg);
  for (let year = Number(data.timeline[0].date.slice(0, 4)) + 1; dayNumber(`${year}-01-01`) <= last; year++) {
    const px = x(`${year}-01-01`);
    el('line', { x1: px, y1: 45, x2: px, y2: 55, stroke: '#333' }, svg);
    text(svg, px - 14, 70, String(year), { 'font-size': 11, fill: '#333' });
  }
  if (dayNumber(data.today) >= first && dayNumber(data.today) <= last) {
    const px = x(data.today);
    el('line', { x1: px, y1: 22, x2: px, y2: 60, stroke: '#a00000', 'stroke-dasharray': '3 2' }, svg);
    text(svg, px + 3, 20, 'today', { 'font-size': 10, fill: '#a00000' });
  }
  data.timeline.forEach((e, i) => {
    const px = x(e.date);
    el('circle', { cx: px, cy: 50, r: e.kind === 'exercise' || e.kind === 'meeting' ? 4 : 6, fill: eventColours[e.kind] ?? '#333', stroke: '#fff' }, svg);
    if (e.kind !== 'exercise' && e.kind !== 'meeting') text(svg, Math.min(px - 10, width - 110), i % 2 === 0 ? 36 : 86, e.label.split(' (')[0], { 'font-size': 10, fill: eventColours[e.kind] ?? '#333' });
  });
  host.replaceChildren(svg);
  list.replaceChildren(
    ...data.timeline.map((e) => {
      const li = document.createElement('li');
      const time = document.createElement('time');
      time.dateTime = e.date;
      time.textContent = e.date;
      li.append(time, e.label);
      return li;
    }),
  );
}

function drawClock(data: PreviewData): void {
  const list = document.getElementById('clock')!;
  const longest = Math.max(1, ...data.deadlines.map((d) => d.hours));
  list.replaceChildren(
    ...data.deadlines.map((d) => {
      const li = document.createElement('li');
      const label = document.createElement('span');
      label.textContent = `${d.label}: ${d.hours < 48 ? `${d.hours} h` : `${Math.round(d.hours / 24)} days`}`;
      const svg = el('svg', { viewBox: '0 0 200 10', width: 200, height: 10, 'aria-hidden': 'true' });
      el('rect', { x: 0, y: 1, height: 8, width: Math.max(2, (Math.log1p(d.hours) / Math.log1p(longest)) * 200), fill: '#123552' }, svg);
      li.append(label, svg);
      return li;
    }),
  );
  if (data.deadlines.length === 0) list.textContent = 'No incident protocol with deadlines.';
}

function drawChecklist(data: PreviewData): void {
  const list = document.getElementById('checklist')!;
  list.replaceChildren(
    ...data.checklist.map((item) => {
      const li = document.createElement('li');
      li.className = item.state.replace(' ', '-');
      const state = document.createElement('span');
      state.className = 'state';
      state.textContent = item.state === 'present' ? '✓' : item.state === 'missing' ? '✗' : '–';
      state.setAttribute('aria-label', item.state);
      li.append(state, item.clause);
      if (item.finding) {
        const button = document.createElement('button');
        const message = item.finding.message;
        button.textContent = `show the finding: ${message.length > 70 ? `${message.slice(0, 67)}…` : message}`;
        button.title = `${item.finding.code}: ${message}`;
        li.append(' — ');
        button.addEventListener('click', () => vscode.postMessage({ type: 'reveal', range: item.finding!.range }));
        li.append(button);
      } else if (item.state === 'missing') li.append(' — missing');
      return li;
    }),
  );
}

/**
 * The rendered instrument, part by part (parts.ts): one element per part, in reading order; a
 * part not yet answered is a place-holder a screen high, so scrolling to it asks for it.
 */
const parts = new PreviewParts();
const partElements = new Map<number, HTMLElement>();
const inView = new Set<number>();
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      const from = Number((entry.target as HTMLElement).dataset.from);
      if (entry.isIntersecting) inView.add(from);
      else inView.delete(from);
    }
    askForParts();
  },
  { rootMargin: '100% 0px' },
);

function askForParts(): void {
  for (const from of parts.wanted(inView)) vscode.postMessage({ type: 'part', from, version: parts.version });
}

/** Puts an answered part's HTML in its element, and the elements in the order of the parts shown. */
function drawParts(answered?: { from: number; html: string }): void {
  const host = document.getElementById('document')!;
  const shown = new Set(parts.shown.map((p) => p.from));
  for (const [from, element] of partElements) {
    if (!shown.has(from)) {
      observer.unobserve(element);
      element.remove();
      partElements.delete(from);
      inView.delete(from);
    }
  }
  let previous: HTMLElement | undefined;
  for (const part of parts.shown) {
    let element = partElements.get(part.from);
    if (!element) {
      element = document.createElement('div');
      element.className = 'part';
      element.dataset.from = String(part.from);
      partElements.set(part.from, element);
      observer.observe(element);
    }
    if (previous ? previous.nextElementSibling !== element : host.firstElementChild !== element) {
      if (previous) previous.after(element);
      else host.prepend(element);
    }
    // The instrument's HTML comes from the language server's renderer, which escapes every text.
    if (answered && answered.from === part.from) element.innerHTML = answered.html;
    element.style.minHeight = part.count === 0 ? '100vh' : '';
    previous = element;
  }
}

function drawDocument(data: PreviewData): void {
  const part = data.part ?? { from: 0, count: 1, total: 1 };
  parts.update(part);
  drawParts({ from: part.from, html: data.html });
  askForParts();
}

window.addEventListener('message', (event: MessageEvent<{ type: string; data?: PreviewData | PreviewPartData; version?: number; samePanel?: boolean }>) => {
  if (event.data?.type === 'part' && event.data.data?.part) {
    const data = event.data.data;
    drawParts(parts.fill(data.part!, event.data.version ?? 0) ? { from: data.part!.from, html: data.html } : undefined);
    // A part answered for an earlier update, still in view, is asked for again.
    askForParts();
    return;
  }
  if (event.data?.type !== 'update' || !event.data.data || !('checklist' in event.data.data)) return;
  const data = event.data.data;
  drawDocument(data);
  // The panel shown is the one the server would send (it said so): the diagram is not laid out again.
  if (event.data.samePanel === true) {
    vscode.postMessage({ type: 'drawn' });
    return;
  }
  drawTimeline(data);
  drawClock(data);
  drawChecklist(data);
  void drawDiagram(data).then(() => {
    document.body.dataset.rendered = 'true';
    vscode.postMessage({ type: 'drawn' });
  });
});

vscode.postMessage({ type: 'ready' });
