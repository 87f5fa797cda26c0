// One server under test in bench/server.ts: its session (restarted after a timeout), the text of
// its document, and its samples, each with the round it was taken in.
import { performance } from 'node:perf_hooks';
import type { Model } from './generator';
import { LspSession, offsetAt, type Position, type ServerKind, type Timed } from './lsp';
import type { RequestFigure, ServerPlan } from './server';
import { spots, type Spots } from './server-setup';
import type { RoundSample } from './scaling';
import { summarize } from './stats';

/** One server under test: its session (restarted after a timeout), document state and figures. */
export class Side {
  /** The round the sample being taken belongs to (bench/server.ts `alternate`), and that round's JSON.parse baseline at this side's size. */
  round = 0;
  roundBaseline: { ms: number; cpu: number } | undefined;
  /** Each successful sample with its round, for the scaling between sizes (bench/scaling.ts). */
  readonly paired = new Map<string, RoundSample[]>();
  session!: LspSession;
  text: string;
  version = 1;
  restarts = 0;
  peakRss: number[] = [];
  readonly notes: string[] = [];
  readonly skipped = new Set<string>();
  readonly samples = new Map<string, number[]>();
  readonly cpuSamples = new Map<string, number[]>();
  /** The server's CPU time when the sample being taken started. */
  cpuMark: number | undefined;
  readonly figures = new Map<string, RequestFigure>();
  readonly startups: number[] = [];
  diagnosticsOnOpen = NaN;
  readonly spots: Spots;

  constructor(
    readonly kind: ServerKind,
    readonly uri: string,
    readonly original: string,
    model: Model,
    readonly settings: Record<string, unknown>,
    readonly plan: ServerPlan,
  ) {
    this.text = original;
    this.spots = spots(kind, original, model);
  }

  /** A fresh server with the document open and its first diagnostics in; returns open → diagnostics ms. */
  async start(): Promise<number | undefined> {
    if (this.session) this.retire();
    this.session = await LspSession.start(this.kind, { settings: this.settings });
    this.startups.push(this.session.startupMs);
    await this.session.ready();
    this.text = this.original;
    this.version = 1;
    this.markCpu();
    const opened = performance.now();
    const first = this.session.waitDiagnostics((p) => p.uri === this.uri, this.plan.diagnosticsTimeoutS * 1000);
    await this.session.open(this.uri, this.text, 1);
    const published = await first;
    if (!published) return undefined;
    this.diagnosticsOnOpen = published.diagnostics.length;
    return published.at - opened;
  }

  retire(): void {
    const rss = this.session.peakRssMb();
    if (rss !== undefined) this.peakRss.push(rss);
    this.session.kill();
  }

  async stop(): Promise<void> {
    const rss = this.session.peakRssMb();
    if (rss !== undefined) this.peakRss.push(rss);
    await this.session.stop();
  }

  /** Notes the server's CPU time at the start of a sample (call it before the timed window). */
  markCpu(): void {
    this.cpuMark = this.session.cpuMs();
  }

  /** The other servers running meanwhile (bench/server.ts runs every size's servers side by side). */
  peers: Side[] = [];

  /**
   * For a request on a settled document: waits until the server is idle (LspSession.settle), and
   * the other servers running beside it too (in the same windows, so it costs nothing when they
   * are), so that a sample does not compete with what another server's last sample left behind;
   * then marks.
   */
  async settleAndMark(): Promise<void> {
    await Promise.all([this.session.settle(), ...this.peers.filter((p) => p.session && !p.session.exited).map((p) => p.session.settle())]);
    this.markCpu();
  }

  record(name: string, timed: Timed<unknown>, answer?: string): void {
    const figure = this.figures.get(name) ?? {};
    if (timed.timedOutAfterS !== undefined) figure.timedOutAfterS = timed.timedOutAfterS;
    else if (timed.error !== undefined) (figure.errors ??= []).push(timed.error);
    else {
      const list = this.samples.get(name) ?? [];
      list.push(timed.ms);
      this.samples.set(name, list);
      if (answer !== undefined) figure.answer = answer;
      const now = this.session.cpuMs();
      const used = this.cpuMark !== undefined && now !== undefined ? now - this.cpuMark : undefined;
      if (used !== undefined) {
        const cpu = this.cpuSamples.get(name) ?? [];
        cpu.push(used);
        this.cpuSamples.set(name, cpu);
      }
      const paired = this.paired.get(name) ?? [];
      paired.push({ round: this.round, ms: timed.ms, cpu: used, baselineMs: this.roundBaseline?.ms, baselineCpu: this.roundBaseline?.cpu });
      this.paired.set(name, paired);
    }
    this.cpuMark = undefined;
    this.figures.set(name, figure);
  }

  /** After a timeout: the server is stuck computing; kill it and start afresh. */
  async recover(name: string, what: string): Promise<void> {
    this.skipped.add(name);
    this.restarts++;
    this.notes.push(`${what} timed out; the server was restarted and the remaining ${name} samples skipped`);
    await this.start();
  }

  /** Types one character at `at` (or deletes the one before it) and returns the new version. */
  async keystroke(at: Position, insert: string | undefined): Promise<number> {
    this.version++;
    const offset = offsetAt(this.text, at);
    if (insert !== undefined) {
      this.text = this.text.slice(0, offset) + insert + this.text.slice(offset);
      await this.session.change(this.uri, this.version, { range: { start: at, end: at }, text: insert }, () => this.text);
    } else {
      this.text = this.text.slice(0, offset - 1) + this.text.slice(offset);
      const start = { line: at.line, character: at.character - 1 };
      await this.session.change(this.uri, this.version, { range: { start, end: at }, text: '' }, () => this.text);
    }
    return this.version;
  }

  /** The diagnostics published for `version` (YAML's carry no version: the first after `since`). */
  waitVersion(version: number, since: number): Promise<{ at: number } | undefined> {
    return this.session.waitDiagnostics(
      (p) => p.uri === this.uri && (this.kind === 'entente' ? p.version === version : p.at >= since),
      this.plan.diagnosticsTimeoutS * 1000,
    );
  }

  summary(name: string): RequestFigure {
    const figure = { ...(this.figures.get(name) ?? {}) };
    const samples = this.samples.get(name);
    if (samples && samples.length > 0) figure.summary = summarize(samples);
    const cpu = this.cpuSamples.get(name);
    if (cpu && cpu.length > 0) figure.cpu = summarize(cpu);
    return figure;
  }
}
