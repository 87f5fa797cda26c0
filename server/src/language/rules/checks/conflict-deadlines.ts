/**
 * CF11: an incident protocol's deadlines against the statutory deadlines that bind the parties
 * it concerns (drafting-rules.md §D). An agreement cannot extend a legal deadline; a protocol
 * slower than the law makes a party report late to its authority or to its partner.
 */
import type { IncidentProtocol, Quantity } from '../../ast/nodes';
import type { Regime } from '../../ast/vocabulary';
import type { PartyFacts, SemanticModel } from '../../model/semantic-model';
import { defineRule, type RelatedInformation } from '../rule';

type Stage = 'first' | 'intermediate' | 'final';

interface StatutoryDeadline {
  readonly hours: number;
  readonly what: string;
}

/** Statutory deadlines per regime and stage (hours from awareness of the incident). */
const statute: Readonly<Record<Stage, Partial<Record<Regime, StatutoryDeadline>>>> = {
  first: {
    DORA: { hours: 4, what: 'initial notification within 4 hours of classifying a major ICT incident (DORA Art. 19; RTS 2025/301)' },
    NIS2: { hours: 24, what: 'early warning within 24 hours (NIS2 Art. 23(4)(a))' },
    GDPR: { hours: 72, what: 'personal-data breach notified within 72 hours (GDPR Art. 33(1))' },
    CIRCIA: { hours: 72, what: 'covered incident reported within 72 hours (CIRCIA, once CISA’s final rule applies)' },
  },
  intermediate: {
    NIS2: { hours: 72, what: 'incident notification within 72 hours (NIS2 Art. 23(4)(b))' },
    DORA: { hours: 72, what: 'intermediate report within 72 hours (DORA Art. 19; RTS 2025/301)' },
  },
  final: {
    // One month after the 72-hour notification (NIS2) or the 72-hour intermediate report (DORA).
    NIS2: { hours: 720 + 72, what: 'final report one month after the incident notification (NIS2 Art. 23(4)(d))' },
    DORA: { hours: 720 + 72, what: 'final report one month after the intermediate report (DORA Art. 19; RTS 2025/301)' },
  },
};

/** CIRCIA: a ransom payment is reported within 24 hours. */
const ransomPayment: StatutoryDeadline = { hours: 24, what: 'ransom payment reported within 24 hours (CIRCIA)' };

/** The parties a protocol concerns: those notified and the members of the channel used, else every signatory. */
function concernedParties(model: SemanticModel, protocol: IncidentProtocol): PartyFacts[] {
  const ids = new Set<string>();
  for (const n of protocol.notifications) {
    for (const r of n.recipients) ids.add(r.text);
    const via = n.deadline?.via ? model.resolve('channel', n.deadline.via.text) : undefined;
    if (via?.node.type === 'Channel') for (const m of via.node.members) ids.add(m.text);
  }
  const parties = [...ids].map((id) => model.party(id)).filter((p): p is PartyFacts => p !== undefined);
  return parties.length > 0 ? parties : [...model.signatories];
}

function isRansomPayment(protocol: IncidentProtocol): boolean {
  return protocol.triggers.some((t) => {
    const value = t.value ? ('multiline' in t.value ? t.value.value : t.value.text) : '';
    return /ransom[\s-]*payment/i.test(value);
  });
}

/** The strictest statutory deadline for a stage among the parties, with who is bound by it. */
function strictest(parties: readonly PartyFacts[], stage: Stage, ransom: boolean): { limit: StatutoryDeadline; bound: { party: PartyFacts; regime: Regime }[] } | undefined {
  let limit: StatutoryDeadline | undefined;
  let bound: { party: PartyFacts; regime: Regime }[] = [];
  for (const party of parties) {
    for (const regime of party.regimes) {
      // DORA is the sector-specific act for financial entities: where it binds, NIS2's
      // incident reporting does not apply (NIS2 Art. 4(1), recital 28).
      if (regime === 'NIS2' && party.regimes.has('DORA')) continue;
      let deadline = statute[stage][regime];
      if (regime === 'CIRCIA' && stage === 'first' && ransom) deadline = ransomPayment;
      if (!deadline) continue;
      if (!limit || deadline.hours < limit.hours) {
        limit = deadline;
        bound = [{ party, regime }];
      } else if (deadline === limit) {
        // Only those bound by the very deadline the message cites: an equal deadline of
        // another regime would name a party under a statute that does not bind it.
        bound.push({ party, regime });
      }
    }
  }
  return limit ? { limit, bound } : undefined;
}

function stageOf(stage: string | undefined): Stage | undefined {
  const s = stage?.toLowerCase();
  if (s === 'initial') return 'first';
  if (s === 'interim' || s === 'intermediate') return 'intermediate';
  if (s === 'final') return 'final';
  return undefined;
}

/**
 * The deadline to write instead: a final report is due "one month" after the notification or
 * intermediate report, so its limit (792 hours from awareness) is offered as the month the
 * statute speaks of, never as "33 days".
 */
function formatHours(hours: number): string {
  if (hours >= 720) {
    const months = Math.floor(hours / 720);
    return `${months} ${months === 1 ? 'month' : 'months'}`;
  }
  return hours % 24 === 0 && hours > 72 ? `${hours / 24} days` : `${hours} hours`;
}

export const deadlineExceedsStatute = defineRule({
  code: 'deadline-exceeds-statute',
  catalogueId: 'CF11',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'Shorten the deadline to the strictest statutory deadline that binds a party it concerns.',
  rationale:
    'NIS2 requires an early warning within 24 hours and a notification within 72 hours (Art. 23(4)); DORA, which replaces NIS2 reporting for financial entities (NIS2 Art. 4(1)), an initial notification within 4 hours of classification, an intermediate report within 72 hours and a final report a month later; the GDPR notification of a personal-data breach within 72 hours (Art. 33); CIRCIA 72 hours, or 24 hours for a ransom payment. An instrument cannot extend these; a slower protocol makes reports late. CIRCIA applies only once CISA’s final rule takes effect; DORA timings rest on the RTS as reported by secondary sources.',
  source: 'NIS2 Art. 4(1), 23(4); DORA Art. 19 and RTS 2025/301; GDPR Art. 33; CIRCIA (6 U.S.C. 681b)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia" { jurisdiction EE }\nparticipant FI "Finland" { jurisdiction FI }\nprotocol Major {\n  notify EE, FI within 48 hours\n}\n',
    fix: 'participant EE "Estonia" { jurisdiction EE }\nparticipant FI "Finland" { jurisdiction FI }\nprotocol Major {\n  notify EE, FI within 24 hours\n}\n',
  },
  check({ model, report }) {
    for (const protocol of model.ast.protocols) {
      const parties = concernedParties(model, protocol);
      if (parties.length === 0) continue;
      const ransom = isRansomPayment(protocol);
      const deadlines: { stage: Stage; within: Quantity }[] = [];
      const first = protocol.notifications[0]?.deadline?.within;
      if (first) deadlines.push({ stage: 'first', within: first });
      for (const r of protocol.reports) {
        const stage = stageOf(r.stage?.text);
        const within = r.deadline?.within;
        // An `initial` report counts as the first notification only when nobody is notified before it.
        if (!stage || !within || (stage === 'first' && first)) continue;
        deadlines.push({ stage, within });
      }
      for (const { stage, within } of deadlines) {
        if (within.hours === undefined) continue;
        const found = strictest(parties, stage, ransom);
        if (!found || within.hours <= found.limit.hours) continue;
        const names = found.bound.map((b) => `${b.party.id} (${b.regime})`).join(', ');
        const related: RelatedInformation[] = found.bound
          .map(({ party, regime }) => {
            const declaration = party.local ?? party.record;
            return declaration?.id
              ? { uri: party.local ? model.uri : party.uri, range: declaration.id.range, message: `${party.id} is bound by ${regime}: ${found.limit.what}.` }
              : undefined;
          })
          .filter((r): r is RelatedInformation => r !== undefined);
        const replacement = formatHours(found.limit.hours);
        report({
          range: within.range,
          message: `${within.amount} ${within.unit.text} is longer than the ${found.limit.what}, which binds ${names}: shorten it to ${replacement}.`,
          related,
          fixes: [{ title: `Shorten to ${replacement}`, edits: [{ range: within.range, newText: replacement }], preferred: true }],
        });
      }
    }
  },
});

export const deadlineRules = [deadlineExceedsStatute];
