/**
 * CF10: periods that cannot run within the instrument's fixed term: a notice period at least as
 * long as the term, an exercise or meeting interval longer than it. Own consistency checks.
 */
import type { Cadence, Quantity } from '../../ast/nodes';
import type { Range } from '../../ast/positions';
import { defineRule } from '../rule';

/**
 * Compare two periods: exactly in months when both are in months or years (12 months = 1 year),
 * else in days (a month counts 30 days, a year 365). Undefined when a unit is unknown.
 */
export function comparePeriods(a: Quantity, b: Quantity): number | undefined {
  const months = (q: Quantity) => (q.unit.value === 'month' ? q.amount : q.unit.value === 'year' ? q.amount * 12 : undefined);
  const ma = months(a);
  const mb = months(b);
  if (ma !== undefined && mb !== undefined) return ma - mb;
  const days = (q: Quantity) => (q.unit.value === 'month' ? q.amount * 30 : q.unit.value === 'year' ? q.amount * 365 : q.days);
  const da = days(a);
  const db = days(b);
  return da === undefined || db === undefined ? undefined : da - db;
}

function written(q: Quantity): string {
  return `${q.amount} ${q.unit.text}`;
}

export const noticeNotShorterThanTerm = defineRule({
  code: 'notice-not-shorter-than-term',
  catalogueId: 'CF10',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'Make the notice period shorter than the duration, or the notice can never take effect within the term.',
  rationale:
    'Notice of termination or withdrawal given on the first day of a fixed term that is no longer than the notice period takes effect only when the term has already ended; the exit clause is then dead letter, which is usually a drafting slip. The same holds for notice of non-renewal of a term renewed automatically (`renewable automatically … unless notice of 6 months`): notice that must come that long before the term ends can never be given in time. A minimum (`at least 6 months`) is compared as written.',
  source: 'Own consistency check (drafting-rules.md CF10)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'memorandum "MoU" {\n  duration 6 months\n  discontinue with notice of 6 months\n}\n',
    fix: 'memorandum "MoU" {\n  duration 2 years\n  discontinue with notice of 6 months\n}\n',
  },
  check({ model, report }) {
    const header = model.ast.instrument;
    const term = header?.duration?.term;
    if (!term) return;
    // A right that runs only after the initial period (`termination after initial period`) is used
    // in the renewal, not within the term: its notice is no more bound by the term's length.
    const notice = header?.termination?.afterInitial ? undefined : header?.termination?.notice;
    const difference = notice ? comparePeriods(notice, term) : undefined;
    if (notice && difference !== undefined && difference >= 0) {
      report({
        range: notice.range,
        message: `The notice period (${written(notice)}) is not shorter than the duration (${written(term)}): notice could never take effect within the term.`,
        related: [{ uri: model.uri, range: term.range, message: `The duration is ${written(term)}.` }],
      });
    }
    const nonRenewal = header?.duration?.unless?.notice;
    const renewalDifference = nonRenewal ? comparePeriods(nonRenewal, term) : undefined;
    if (nonRenewal && renewalDifference !== undefined && renewalDifference >= 0) {
      report({
        range: nonRenewal.range,
        message: `Notice of non-renewal (${written(nonRenewal)}) is not shorter than the term (${written(term)}): it would have to be given before the term starts. Shorten the notice or lengthen the term.`,
        related: [{ uri: model.uri, range: term.range, message: `The duration is ${written(term)}.` }],
      });
    }
  },
});

export const intervalLongerThanTerm = defineRule({
  code: 'interval-longer-than-term',
  catalogueId: 'CF10',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'The exercise or meeting interval is longer than the fixed term, which cannot be renewed: it can take place at most once; shorten the interval or lengthen the term.',
  rationale:
    'An exercise every 36 months under a 2-year MoU that cannot be renewed, or a review body meeting less often than the instrument lasts, promises a recurrence that cannot happen within the term: the first occurrence can take place, no second one. A term that can be renewed can outlast the interval, so a renewable term is not reported.',
  source: 'Own consistency check (drafting-rules.md CF10)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'memorandum "MoU" { duration 1 year }\nexercise Shield biennially\n',
    fix: 'memorandum "MoU" { duration 1 year }\nexercise Shield every 6 months\n',
  },
  check({ model, report }) {
    const duration = model.ast.instrument?.duration;
    const term = duration?.term;
    // A renewable term can run past the interval, however long each renewal (and the language
    // does not limit the number of renewals), so the cadence can recur.
    if (!term || duration.renewable) return;
    const check = (cadence: Cadence | undefined, what: string) => {
      const interval = cadence?.interval;
      if (!cadence || !interval) return;
      const difference = comparePeriods(interval, term);
      if (difference === undefined || difference <= 0) return;
      const range: Range = cadence.word === 'every' ? interval.range : cadence.range;
      report({
        range,
        message: `${what} recurs every ${written(interval)}, longer than the fixed term (${written(term)}), which cannot be renewed: it can take place at most once. Shorten the interval or lengthen the term.`,
        related: [{ uri: model.uri, range: term.range, message: `The duration is ${written(term)}.` }],
      });
    };
    for (const exercise of model.ast.exercises) check(exercise.cadence, `Exercise ${exercise.id?.text ?? ''}`.trim());
    for (const body of model.ast.bodies) check(body.meets, `Body ${body.id?.text ?? ''}`.trim());
  },
});

/**
 * `termination after initial period` says when the right to leave runs: once the initial period of
 * the `duration` has ended and the instrument goes on ("If it has not been denounced three months
 * before the date of its termination it shall be tacitly renewed … Each Government shall then have
 * the right to denounce the Agreement at any time", NL–Bangladesh 1977 Art. VI(b)). Without a fixed
 * term that is renewed or extended, there is no such period: with no `duration`, or an indefinite
 * one, the words have nothing to refer to; with a term not renewed, the instrument ends when it
 * expires and the right could never be used.
 */
export const terminationAfterNoInitialPeriod = defineRule({
  code: 'termination-after-no-initial-period',
  catalogueId: 'CF10',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'The right to leave runs `after initial period`, but the header states no initial period that the instrument outlasts: give the `duration` a fixed term that is `renewable`, or remove `after initial period`.',
  rationale:
    'A right to terminate that exists only after the initial period ("Each Government shall then have the right to denounce the Agreement at any time giving three months\' notice", once the initial period of two years has ended and the Agreement has been tacitly renewed: NL–Bangladesh technical cooperation Agreement 1977, Art. VI(b)) presupposes a fixed first term after which the instrument continues, by renewal or extension. Where the header states no duration, or an indefinite one, the initial period is undefined; where the term is not renewed, the instrument ends when it expires and the right could never be used. Either way the exit clause does not say when a Party may leave.',
  source: 'NL–Bangladesh technical cooperation Agreement (1977), Art. VI(b) (read: Dutch treaty series BWBV0005634); own consistency check (drafting-rules.md CF10)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'treaty "Agreement" {\n  duration 2 years\n  termination after initial period with notice of 3 months\n}\n',
    fix: 'treaty "Agreement" {\n  duration 2 years renewable tacitly for 1 year\n  termination after initial period with notice of 3 months\n}\n',
  },
  check({ model, report }) {
    const header = model.ast.instrument;
    const after = header?.termination?.afterInitial;
    if (!header || !after) return;
    const duration = header.duration;
    const related = duration ? [{ uri: model.uri, range: duration.range, message: 'The duration as stated.' }] : [];
    if (!duration?.term)
      report({ range: after.range, message: `The right to leave runs \`after initial period\`, but the header states ${duration ? 'no fixed term' : 'no duration'}, so there is no initial period for it to follow: state the first term and its renewal (\`duration 2 years renewable tacitly for 1 year\`), or remove \`after initial period\`.`, related });
    else if (!duration.renewable)
      report({ range: after.range, message: `The right to leave runs \`after initial period\`, but the term (${written(duration.term)}) is not renewed or extended: the instrument ends when it expires, and the right could never be used. Say how the term is renewed (\`renewable …\`), or remove \`after initial period\`.`, related });
  },
});

export const termRules = [noticeNotShorterThanTerm, intervalLongerThanTerm, terminationAfterNoInitialPeriod];
