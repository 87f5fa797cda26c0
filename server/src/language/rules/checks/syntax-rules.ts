/** Syntax errors as a rule, so they share severity handling and documentation with the checks. */
import { defineRule } from '../rule';

export const syntaxError = defineRule({
  code: 'syntax-error',
  family: 'syntax',
  defaultSeverity: 'error',
  message: 'Fix the syntax here: the text does not follow the Entente grammar.',
  rationale:
    'The instrument cannot be analysed where its text does not parse. Parsing recovers after each error, so every other declaration is still checked.',
  source: 'Entente grammar (grammar/entente.ebnf)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'memorandum "MoU" {\n  status non-binding\n  effect on signature\n  garbage\n}\n',
    fix: 'memorandum "MoU" {\n  status non-binding\n  effect on signature\n}\n',
  },
  check(context) {
    for (const problem of context.model.parsed.problems) context.report({ range: problem.range, message: problem.message });
  },
});

export const syntaxRules = [syntaxError];
