/**
 * The document: top-level constructs (`topLevel`, one alternative per construct) and the text
 * between them that starts none. `junk` (between constructs) and `stray` (inside a block)
 * consume such text in linear time, so one typo never hides the rest of the document; the AST
 * builder reports it. A new construct's rule starts here, after `stray` (CONTRIBUTING.md).
 */
import type { Grammar } from './grammar-dsl';
import * as T from './tokens';

export function documentRules($: Grammar) {
  const rules = $.rules;
  return {
    document: $.RULE('document', () => {
      $.MANY(() => $.OR(($.alternatives.document ??= [{ ALT: () => $.SUBRULE(rules.topLevel) }, { ALT: () => $.SUBRULE(rules.junk) }])));
    }),

    /**
     * Text that cannot start a declaration. Consumed here (and reported by the AST builder) so
     * that the declarations after it still parse: recovery in linear time, with no re-parse.
     */
    junk: $.RULE('junk', () => {
      $.AT_LEAST_ONE(() => $.CONSUME(T.NotTopLevel, { LABEL: 'tokens' }));
    }),

    topLevel: $.RULE('topLevel', () => {
      $.OR(
        ($.alternatives.topLevel ??= [
          { ALT: () => $.SUBRULE(rules.instrument) },
          { ALT: () => $.SUBRULE(rules.use) },
          { ALT: () => $.SUBRULE(rules.party) },
          { ALT: () => $.SUBRULE(rules.securityAgreement) },
          { ALT: () => $.SUBRULE(rules.channel) },
          { ALT: () => $.SUBRULE(rules.incidentProtocol) },
          { ALT: () => $.SUBRULE(rules.exercise) },
          { ALT: () => $.SUBRULE(rules.cooperation) },
          { ALT: () => $.SUBRULE(rules.governanceBody) },
          { ALT: () => $.SUBRULE(rules.definition) },
          { ALT: () => $.SUBRULE(rules.clause) },
          { ALT: () => $.SUBRULE(rules.assistance) },
          { ALT: () => $.SUBRULE(rules.note) },
          { ALT: () => $.SUBRULE(rules.designation) },
        ]),
      );
    }),

    /** Text inside a block that starts no statement of that block; reported by the AST builder. */
    stray: $.RULE('stray', () => {
      $.AT_LEAST_ONE(() => $.CONSUME(T.Stray, { LABEL: 'tokens' }));
    }),
  };
}
