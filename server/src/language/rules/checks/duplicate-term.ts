/**
 * `duplicate-term`: a term defined twice (one of the definition rules, definition-rules.ts, in a file of its own).
 */
import type { DeclaredSymbol } from '../../model/symbols';
import { quoteInput } from '../../util/bounded-text';
import { defineRule } from '../rule';

export const duplicateTerm = defineRule({
  code: 'duplicate-term',
  family: 'definition',
  defaultSeverity: 'error',
  message: 'Define each term once: merge the two definitions.',
  rationale: 'Two definitions of one term leave the reader to guess which applies; a court would have to choose between them.',
  source: 'Entente language reference (definitions)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'define "Incident" means "an event that compromises a network"\ndefine "Incident" means "any breach of security"\nclause Notice "Notice" """Each Incident will be reported."""\n',
    fix: 'define "Incident" means "an event that compromises a network"\nclause Notice "Notice" """Each Incident will be reported."""\n',
  },
  check({ model, report }) {
    const seen = new Map<string, DeclaredSymbol>();
    for (const symbol of model.symbols) {
      if (symbol.kind !== 'term') continue;
      const first = seen.get(symbol.name);
      if (!first) {
        seen.set(symbol.name, symbol);
        continue;
      }
      report({
        range: symbol.nameRange,
        message: `"${quoteInput(symbol.name)}" is already defined: merge the two definitions into one.`,
        related: [{ uri: model.uri, range: first.nameRange, message: `First definition of "${quoteInput(symbol.name)}"` }],
      });
    }
  },
});
