/**
 * Checks of the suppression comments themselves (see analysis/suppressions.ts). They are rules
 * like any other, so they share severity settings and documentation; none can be suppressed.
 */
import { parseSuppressions, reasonPlaceholder } from '../support/suppression-comments';
import { closest, replacementFixes } from '../support/ordinary-helpers';
import { retiredRule, retirementNotice } from '../retired';
import { quoteInput } from '../../util/bounded-text';
import { defineRule, type Rule } from '../rule';

const example = (comment: string) =>
  `participant EE "Estonia"\nparticipant FI "Finland"\n${comment}\nchannel Intel between EE, SE\n`;

export const suppressionWithoutReason = defineRule({
  code: 'suppression-without-reason',
  family: 'suppression',
  defaultSeverity: 'warning',
  message: 'Say why after ` -- `: a suppression without a reason suppresses nothing.',
  rationale:
    'A reviewer who sees a finding waived must be able to judge the waiver; without a stated reason the suppression is ignored, so the finding stays visible until someone explains it.',
  source: 'Entente suppression comments',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: example('// entente-disable-next-line unknown-reference'),
    fix: example('// entente-disable-next-line unknown-reference -- SE joins by accession next year'),
  },
  check({ model, report }) {
    for (const suppression of parseSuppressions(model).suppressions) {
      if (suppression.reason) continue;
      const end = suppression.comment.range.end;
      report({
        range: suppression.directive,
        message: 'This suppression has no reason, so it suppresses nothing: add ` -- ` and say why the finding does not apply.',
        fixes: [
          {
            title: 'Add a reason',
            edits: [{ range: { start: end, end }, newText: suppression.hasSeparator ? ` \${1:${reasonPlaceholder}}` : ` -- \${1:${reasonPlaceholder}}` }],
            // Nothing in the instrument changes, but the reason switches the suppression on: it
            // says the finding does not apply, which only the drafter can say (never in bulk).
            effect: 'factual',
            snippet: true,
            preferred: true,
          },
        ],
      });
    }
  },
});

export const unknownSuppressionCode = defineRule({
  code: 'unknown-suppression-code',
  family: 'suppression',
  defaultSeverity: 'warning',
  message: 'Name an existing check in the suppression (see docs/rules.md for the codes).',
  rationale: 'A misspelt code suppresses nothing, so the drafter believes a finding is waived while it is not; an empty one is unfinished.',
  source: 'Entente suppression comments',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: example('// entente-disable-next-line unknown-refrence -- SE joins by accession next year'),
    fix: example('// entente-disable-next-line unknown-reference -- SE joins by accession next year'),
  },
  check({ model, knownRuleNames, report }) {
    const codes = [...knownRuleNames];
    const known = new Set(codes);
    for (const suppression of parseSuppressions(model).suppressions) {
      if (suppression.codes.length === 0) {
        report({ range: suppression.directive, message: 'Name the check to suppress, e.g. `// entente-disable-next-line unknown-reference -- reason`.' });
      }
      for (const code of suppression.codes) {
        if (known.has(code.text)) continue;
        // A retired code once existed: say so and why, rather than "no check" with a guess.
        const retired = retiredRule(code.text);
        if (retired) {
          report({
            range: code.range,
            message: `${retirementNotice(code.text, retired)} Delete it from this suppression.`,
            fixes: [
              suppression.codes.length === 1
                ? { title: 'Delete this suppression', edits: [{ range: suppression.deletion, newText: '' }], effect: 'mechanical' as const, preferred: true }
                : { title: `Delete the retired code ${code.text}`, edits: [{ range: code.listRange, newText: '' }], effect: 'mechanical' as const, preferred: true },
            ],
          });
          continue;
        }
        const suggestions = closest(code.text, codes);
        const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(' or ')}?` : '';
        report({ range: code.range, message: `There is no check '${quoteInput(code.text)}': correct the code.${hint}`, fixes: replacementFixes(code.range, suggestions, undefined, code.text) });
      }
    }
  },
});

export const unusedSuppression: Rule = defineRule({
  code: 'unused-suppression',
  family: 'suppression',
  defaultSeverity: 'warning',
  message: 'Delete this suppression: nothing it names is reported here.',
  rationale:
    'A suppression that hides nothing is left over from an earlier draft, or sits on the wrong line; either way it misleads the reviewer about what was waived. `syntax-error` can never be suppressed.',
  source: 'Entente suppression comments',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: example('// entente-disable-next-line unknown-reference -- SE joins by accession next year').replace('EE, SE', 'EE, FI'),
    fix: example('').replace('EE, SE', 'EE, FI').replace('\n\n', '\n'),
  },
  check() {
    // Whether a suppression hides anything is known only once every other rule has reported:
    // the suppression pass (analysis/suppressions.ts) reports these findings under this rule.
  },
});

export const suppressionRules = [suppressionWithoutReason, unknownSuppressionCode, unusedSuppression];
