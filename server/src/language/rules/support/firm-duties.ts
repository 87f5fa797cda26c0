/**
 * The commitments an instrument already states firmly: a time limit (a declared deadline, or
 * "within …", "no later than …", "without delay", "as soon as possible" beside its own operative
 * verb) or a payment (payment-provisions.ts). A library clause that puts every activity under a
 * condition ("All activities under this Memorandum are subject to the availability of funds and
 * personnel", "Activities under this Agreement shall be subject to the availability of appropriated
 * funds") changes them: the one-month exchange of the DE–NL tax-rulings MoU 2015 (Art. 2(3)) and
 * the refund "without delay" of the NL–Somalia letters 2008 would become conditional (twenty-third
 * run). library-fit.ts therefore offers such a clause only where the text states no firm duty yet.
 *
 * A firm duty to act or provide counts too ("The Parties undertake … to provide each other with
 * the greatest possible measure of mutual assistance", CoE insider trading 1989, Art. 2; "shall
 * make available to the Contracting Parties", "shall promote", ACS 1999, Arts. 3(3), 4, 5): a
 * funds condition would make the treaty's core undertaking conditional (second quick-fix review,
 * closing item 3; VCLT Art. 26). Only words of obligation followed by a verb of performance count:
 * "may provide", "shall meet", "shall designate" or "shall not transmit" leave the clause on offer.
 */
import { analyseVoice, foreignAt } from '../../model/prose-voice';
import type { Deadline } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { proseSpans } from './conflict-prose';
import { paymentProvisions } from './payment-provisions';
import { oncePer } from '../../util/once-per';
import { matchesOf } from '../../util/all-matches';

const timeLimit = /(?<![\p{L}])(?:within\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|thirty|sixty|ninety)\b|no\s+later\s+than|not\s+later\s+than|without\s+delay|as\s+soon\s+as\s+possible|immediately|forthwith|promptly)/iu;

const firmDuties = oncePer((model: SemanticModel) => declaredDeadline(model) || paymentProvisions(model).length > 0 || timeLimitedCommitment(model) || dutyToPerform(model));

/** Whether the instrument states a firm duty: a time limit on a commitment, or a payment. */
export function statesFirmDuties(model: SemanticModel): boolean {
  return firmDuties(model);
}

/** A deadline the instrument declares: a period, or a standard (`forthwith`), as "without delay" in prose counts. */
function declaredDeadline(model: SemanticModel): boolean {
  const ast = model.ast;
  const firm = (d: Deadline | undefined) => d?.within !== undefined || d?.standard !== undefined;
  return ast.channels.some((c) => c.deadlines.some((d) => firm(d.deadline))) || ast.protocols.some((p) => [...p.notifications, ...p.reports, ...p.escalations].some((n) => firm(n.deadline)));
}

/**
 * A clause with a time limit and a verb of duty ("will be forwarded … no later than one month",
 * "shall refund … without delay") in the instrument's own voice: what it cites or reports of
 * another instrument is left out (prose-voice.ts, the analysis the wording checks already made).
 */
function timeLimitedCommitment(model: SemanticModel): boolean {
  for (const span of proseSpans(model)) {
    if (span.title) continue;
    let voice: ReturnType<typeof analyseVoice> | undefined;
    for (const limit of matchesOf(span.text, timeLimits)) {
      // The clause around the time limit, between stops: "activities carried out immediately
      // following the disaster" in a definitions list is a description, not a duty (ACS 1999, Art. 1).
      const from = Math.max(span.text.lastIndexOf('.', limit.index), span.text.lastIndexOf(';', limit.index), span.text.lastIndexOf(':', limit.index)) + 1;
      const stop = /[.;:]/u.exec(span.text.slice(limit.index));
      const to = stop ? limit.index + stop.index : span.text.length;
      for (const verb of matchesOf(span.text.slice(from, to), dutyVerb)) {
        voice ??= analyseVoice(span.text, span.context);
        if (!foreignAt(voice, from + verb.index, from + verb.index + verb[0].length)) return true;
      }
    }
  }
  return false;
}

const timeLimits = new RegExp(timeLimit.source, 'giu');
const dutyVerb = /(?<![\p{L}])(?:will|shall|must|undertakes?\s+to|(?:is|are)\s+(?:obliged|obligated|required)\s+to)(?![\p{L}])/giu;

/**
 * Words of obligation in the instrument's own voice followed by a verb of performance: "shall
 * provide", "shall make available", "undertake … to provide", "shall, upon request, afford". Not
 * "will": in an MoU it states an intention, which a funds proviso suits (costs/mou).
 */
function dutyToPerform(model: SemanticModel): boolean {
  for (const span of proseSpans(model)) {
    if (span.title) continue;
    let voice: ReturnType<typeof analyseVoice> | undefined;
    for (const duty of matchesOf(span.text, performanceDuty)) {
      if (negated.test(span.text.slice(Math.max(0, duty.index - 40), duty.index))) continue;
      voice ??= analyseVoice(span.text, span.context);
      if (!foreignAt(voice, duty.index, duty.index + duty[0].length)) return true;
    }
  }
  return false;
}

/** A subject that denies the duty: "Neither Party shall provide", "No Party shall supply". */
const negated = /(?<![\p{L}])(?:neither|no|nor)\s+(?:\p{L}+\s+){0,3}$/iu;

/** The verbs of performance: giving help, information or resources, or carrying out a programme. */
const performanceVerb = String.raw`(?:provide|afford|render|grant|supply|furnish|make\s+available|assist|execute|carry\s+out|promote)`;
/** An obligation, then at most a short aside ("in accordance with the provisions of this chapter", "upon request") before the verb. */
const performanceDuty = new RegExp(
  String.raw`(?<![\p{L}])(?:shall|must|undertakes?(?:\s*,[^.;:,]{0,80},\s*|\s+)to|(?:is|are)\s+(?:obliged|obligated|required)\s+to)(?:\s*,[^.;:,]{0,40},)?\s+(?:also\s+|jointly\s+|each\s+other\s+)?${performanceVerb}(?![\p{L}])`,
  'giu',
);
