/**
 * The evidence on an instrument's status, as a finding may say it on an excerpt (lr8, defect 5).
 *
 * The signals are read from the transcription (its header and its clauses): on a whole text they
 * are the text's, but on an excerpt (`omitted "…"`) the parts left out may hold words and clauses
 * either way — NL–US 1978 leaves out Annexes I, II and IV to VIII, and Annex VIII says "This Annex
 * shall enter into force upon signature" (read: BWBV0003739). So on an excerpt the finding says the
 * signals are the transcription's ("nothing in the transcription says which"), never the
 * instrument's, and ends naming the parts that may hold others. The
 * signal that is an absence, "no treaty final clauses", is said of the transcription; where an
 * omitted part is declared `about` a final clause's topic (consent, depositary, registration,
 * reservations), it is not said at all — the part is declared to hold one, as the excerpt cap of
 * analysis/excerpt-severity.ts reads the same declaration.
 */
import type { ClauseTopic } from '../../ast/topics';
import { omittedList, omittedParts, omittedPartsAbout } from '../../model/excerpt';
import type { SemanticModel } from '../../model/semantic-model';
import { describeStatusSignals, statusSignals, type StatusSignals } from '../../model/status-signals';

/** The topics of the treaty final clauses whose absence is the signal "no treaty final clauses". */
const finalClauseTopics: readonly ClauseTopic[] = ['consent', 'depositary', 'registration', 'reservations'];

const noFinalClauses = /^no treaty final clauses\b/;

export interface StatusEvidence {
  /** "signals of a treaty: …; signals of an MoU: …". */
  readonly described: string;
  /** Where nothing says the status: "here", or "in the transcription". */
  readonly where: string;
  /** The sentence an excerpt's finding ends with; empty on a whole text. */
  readonly excerpt: string;
  readonly signals: StatusSignals;
}

export function statusEvidence(model: SemanticModel): StatusEvidence {
  const signals = statusSignals(model);
  const parts = omittedParts(model);
  if (parts.length === 0) return { described: describeStatusSignals(signals), where: 'here', excerpt: '', signals };
  const holding = omittedPartsAbout(model, finalClauseTopics).length > 0;
  const mou = signals.mou.flatMap((s) => (!noFinalClauses.test(s.label) ? [s] : holding ? [] : [{ ...s, label: s.label.replace(noFinalClauses, 'no treaty final clauses in the transcription') }]));
  const said = { treaty: signals.treaty, mou };
  const verb = parts.length === 1 ? 'is' : 'are';
  return {
    described: describeStatusSignals(said),
    where: 'in the transcription',
    excerpt: ` The signals are read from the transcription only: the omitted ${omittedList(parts)} ${verb} not read, and may hold others.`,
    signals: said,
  };
}
