/**
 * The document: top-level constructs (`topLevel`, one alternative per construct) and the text
 * between them that starts none. `junk` (between constructs) and `stray` (inside a block)
 * consume such text in linear time, so one typo never hides the rest of the document; the AST
 * builder reports it. A new construct's rule starts here, after `stray` (CONTRIBUTING.md).
 */
import type { Grammar } from './grammar-dsl';
import { misplacedIn, type BlockItemRule } from './misplaced-statements';
import * as T from './tokens';

export function documentRules($: Grammar) {
  const rules = $.rules;
  return {
    document: $.RULE('document', () => {
      $.MANY(() =>
        $.OR(
          ($.alternatives.document ??= [
            { ALT: () => $.SUBRULE(rules.topLevel) },
            // Taken only where `topLevel` cannot start (alternatives are tried in order): the
            // ambiguity is the point of the second `junk` form below.
            { ALT: () => $.SUBRULE(rules.junk), IGNORE_AMBIGUITIES: true },
          ]),
        ),
      );
    }),

    /**
     * Text that cannot start a declaration. Consumed here (and reported by the AST builder) so
     * that the declarations after it still parse: recovery in linear time, with no re-parse.
     * `protocol` followed by neither a name nor a title (`protocol 24/7Incident {`) is junk too:
     * it is the one top-level keyword that starts two constructs, so no rule is entered to
     * recover inside, and without this form the parse stopped there and the rest of the
     * document (its clauses, exercises, bodies…) went unread and was reported missing.
     */
    junk: $.RULE('junk', () => {
      $.OR(
        ($.alternatives.junk ??= [
          { ALT: () => $.AT_LEAST_ONE(() => $.CONSUME(T.NotTopLevel, { LABEL: 'tokens' })) },
          {
            ALT: () => {
              $.CONSUME(T.Protocol);
              $.MANY(() => $.CONSUME2(T.NotTopLevel, { LABEL: 'tokens' }));
            },
          },
        ]),
      );
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
          { ALT: () => $.SUBRULE(rules.nonParty) },
        ]),
      );
    }),

    /** Text inside a block that starts no statement of that block; reported by the AST builder. */
    stray: $.RULE('stray', () => {
      $.AT_LEAST_ONE(() => $.CONSUME(T.Stray, { LABEL: 'tokens' }));
    }),

    /** `non-party IAEA "International Atomic Energy Agency"`: named in the text, not a party to it. */
    nonParty: $.RULE('nonParty', () => {
      $.CONSUME(T.NonParty);
      $.CONSUME(T.Identifier, { LABEL: 'id' });
      $.OPTION(() => $.CONSUME(T.StringLiteral, { LABEL: 'name' }));
    }),

    misplacedInHeader: misplaced($, 'misplacedInHeader', 'headerItem'),
    misplacedInParty: misplaced($, 'misplacedInParty', 'partyItem'),
    misplacedInSecurityAgreement: misplaced($, 'misplacedInSecurityAgreement', 'securityAgreementItem'),
    misplacedInChannel: misplaced($, 'misplacedInChannel', 'channelItem'),
    misplacedInProtocol: misplaced($, 'misplacedInProtocol', 'protocolItem'),
    misplacedInExercise: misplaced($, 'misplacedInExercise', 'exerciseItem'),
    misplacedInCooperation: misplaced($, 'misplacedInCooperation', 'cooperationItem'),
    misplacedInAssistance: misplaced($, 'misplacedInAssistance', 'assistanceItem'),
  };
}

/**
 * A statement of another block written in this one, with the stray text after it: read as
 * misplaced so the block goes on after it (misplaced-statements.ts); reported by the AST builder.
 */
function misplaced($: Grammar, name: string, itemRule: BlockItemRule) {
  const category = misplacedIn(itemRule);
  return $.RULE(name, () => {
    $.CONSUME(category, { LABEL: 'tokens' });
    $.MANY(() => $.CONSUME(T.Stray, { LABEL: 'tokens' }));
  });
}
