/**
 * The questions of "New Instrument from Template…" as a sequence the drafter moves through:
 * answer, skip one, go back, or skip all that remain. Free of VS Code (unit-tested in
 * test/client/); templates.ts shows it in an input box. An empty answer skips the question: the
 * template then leaves a placeholder that still parses (the server's placeholder-slots.ts).
 */

/** A question as the server lists it (`entente.listTemplates`). */
export interface WizardQuestion {
  readonly name: string;
  readonly description: string;
  readonly default?: string;
  readonly sample?: string;
  /** What an answer must look like to parse where the placeholder stands. */
  readonly input?: { readonly pattern: string; readonly hint: string };
}

export type WizardMove = { readonly kind: 'answer'; readonly value: string } | { readonly kind: 'skip' } | { readonly kind: 'back' } | { readonly kind: 'skipRest' };

export class TemplateWizard {
  private index = 0;
  private readonly answers = new Map<string, string>();

  constructor(readonly questions: readonly WizardQuestion[]) {}

  get done(): boolean {
    return this.index >= this.questions.length;
  }

  get current(): WizardQuestion | undefined {
    return this.questions[this.index];
  }

  /** "3 of 19": the current question's number, counted from 1. */
  get progress(): { readonly step: number; readonly total: number } {
    return { step: Math.min(this.index + 1, this.questions.length), total: this.questions.length };
  }

  /** What the input box shows for the current question: the earlier answer, else the default. */
  get initialValue(): string {
    const q = this.current;
    return q ? (this.answers.get(q.name) ?? q.default ?? '') : '';
  }

  /** Why `value` cannot answer the current question, or undefined (an empty value skips it). */
  problem(value: string): string | undefined {
    const input = this.current?.input;
    const trimmed = value.trim();
    if (trimmed === '' || !input) return undefined;
    return new RegExp(input.pattern).test(trimmed) ? undefined : input.hint;
  }

  /** Applies a move; an answer that `problem` refuses is not taken (returns false). */
  move(move: WizardMove): boolean {
    const q = this.current;
    switch (move.kind) {
      case 'back':
        if (this.index > 0) this.index--;
        return true;
      case 'skipRest':
        // Answers given earlier to the questions that remain (before going back) are kept.
        this.index = this.questions.length;
        return true;
      case 'skip':
        if (!q) return false;
        this.answers.delete(q.name);
        this.index++;
        return true;
      case 'answer': {
        if (!q || this.problem(move.value) !== undefined) return false;
        const value = move.value.trim();
        if (value === '') return this.move({ kind: 'skip' });
        this.answers.set(q.name, value);
        this.index++;
        return true;
      }
    }
  }

  /** The answers given, by placeholder name (what `entente.instantiateTemplate` takes). */
  values(): Record<string, string> {
    return Object.fromEntries(this.answers);
  }

  /** The questions left without an answer, in order. */
  unanswered(): WizardQuestion[] {
    return this.questions.filter((q) => !this.answers.has(q.name));
  }

  /** True once the drafter has typed any answer (worth a confirmation before discarding). */
  get hasAnswers(): boolean {
    return this.answers.size > 0;
  }
}
