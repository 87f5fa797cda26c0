/**
 * One document's analysis as a job that can be advanced a step at a time and shared: the
 * language server's diagnostics run, a render command and a synchronous caller may all ask for
 * the same model's diagnostics, and whoever asks next continues the work already done instead
 * of starting over. A job is for one model under one settings object; a changed text gives a
 * new model and so a new job, and the old one is simply never advanced again.
 */
import type { AnalysisSettings } from '../config/settings';
import type { SemanticModel } from '../model/semantic-model';
import type { EntenteDiagnostic } from '../rules/diagnostic';
import { analysisSteps } from './analyze';

export class AnalysisJob {
  private readonly steps: Generator<string, EntenteDiagnostic[], void>;
  private finished: EntenteDiagnostic[] | undefined;
  /** Rules run so far (for tests and logs that count work rather than time it). */
  stepsRun = 0;

  constructor(
    readonly model: SemanticModel,
    readonly settings: AnalysisSettings,
  ) {
    this.steps = analysisSteps(model, settings);
  }

  /** The diagnostics once every step has run. */
  get result(): EntenteDiagnostic[] | undefined {
    return this.finished;
  }

  /** Runs one step; returns the code of the rule it ran, or undefined when the job is (now) finished. */
  step(): string | undefined {
    if (this.finished) return undefined;
    const next = this.steps.next();
    if (next.done) {
      this.finished = next.value;
      return undefined;
    }
    this.stepsRun++;
    return next.value;
  }

  for(model: SemanticModel, settings: AnalysisSettings): boolean {
    return this.model === model && this.settings === settings;
  }
}

/** Runs a generator to its end and returns its value: the synchronous form of a stepwise computation. */
export function drain<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
