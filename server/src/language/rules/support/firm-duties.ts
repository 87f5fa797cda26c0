/**
 * The commitments an instrument already states firmly: a time limit (a declared deadline, or
 * "within …", "no later than …", "without delay", "as soon as possible" beside its own operative
 * verb) or a payment (payment-provisions.ts). A library clause that puts every activity under a
 * condition ("All activities under this Memorandum are subject to the availability of funds and
 * personnel", "Activities under this Agreement shall be subject to the availability of appropriated
 * funds") changes them: the one-month exchange of the DE–NL tax-rulings MoU 2015 (Art. 2(3)) and
 * the refund "without delay" of the NL–Somalia letters 2008 would become conditional (twenty-third
 * run). library-fit.ts therefore offers such a clause only where the text states no firm duty yet.
 */
import { findWording } from '../../model/wording';
import type { SemanticModel } from '../../model/semantic-model';
import { proseSpans } from './conflict-prose';
import { paymentProvisions } from './payment-provisions';

const timeLimit = /(?<![\p{L}])(?:within\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|thirty|sixty|ninety)\b|no\s+later\s+than|not\s+later\s+than|without\s+delay|as\s+soon\s+as\s+possible|immediately|forthwith|promptly)/iu;

const byModel = new WeakMap<SemanticModel, boolean>();

/** Whether the instrument states a firm duty: a time limit on a commitment, or a payment. */
export function statesFirmDuties(model: SemanticModel): boolean {
  let firm = byModel.get(model);
  if (firm === undefined) byModel.set(model, (firm = declaredDeadline(model) || paymentProvisions(model).length > 0 || timeLimitedCommitment(model)));
  return firm;
}

function declaredDeadline(model: SemanticModel): boolean {
  const ast = model.ast;
  return (
    ast.channels.some((c) => c.deadlines.some((d) => d.deadline?.within !== undefined)) ||
    ast.protocols.some((p) => [...p.notifications, ...p.reports, ...p.escalations].some((n) => n.deadline?.within !== undefined))
  );
}

/** A sentence of the instrument's own voice with an operative verb (either vocabulary's) and a time limit. */
function timeLimitedCommitment(model: SemanticModel): boolean {
  for (const span of proseSpans(model)) {
    if (span.title || !timeLimit.test(span.text)) continue;
    for (const sentence of sentences(span.text)) {
      if (!timeLimit.test(sentence.text)) continue;
      const operative = [...findWording(sentence.text, 'treaty', { context: span.context }), ...findWording(sentence.text, 'mou', { context: span.context })];
      if (operative.some((m) => m.entry.sense === 'operative')) return true;
      // A passive duty ("will be forwarded … no later than one month"). Read without the voice
      // analysis: a cited duty counted here only withholds a conditioning clause, the safe side.
      if (/(?<![\p{L}])(?:will|shall|must)\s+be\s+\p{L}+ed\b/iu.test(sentence.text)) return true;
    }
  }
  return false;
}

function sentences(text: string): { text: string }[] {
  return text.split(/(?<=[.;])\s+|\n\s*\n/u).map((t) => ({ text: t }));
}
