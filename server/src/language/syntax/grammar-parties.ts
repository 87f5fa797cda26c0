/** Who takes part: `use` of a file of declarations, the parties, and their points of contact. */
import type { Grammar } from './grammar-dsl';
import * as T from './tokens';

export function partyRules($: Grammar) {
  const rules = $.rules;
  return {
    /** `use "registry/partners.entente"` */
    use: $.RULE('use', () => {
      $.CONSUME(T.Use);
      $.CONSUME(T.StringLiteral, { LABEL: 'path' });
    }),

    /** `participant EE "Republic of Estonia" { … }` (or `party`, the treaty word). */
    party: $.RULE('party', () => {
      $.OR(($.alternatives.partyKeyword ??= [{ ALT: () => $.CONSUME(T.Party) }, { ALT: () => $.CONSUME(T.Participant) }]));
      $.CONSUME(T.Identifier, { LABEL: 'id' });
      $.OPTION(() => $.CONSUME(T.StringLiteral, { LABEL: 'name' }));
      $.OPTION2(() => $.block(($.alternatives.partyBlock ??= [{ ALT: () => $.SUBRULE(rules.partyItem) }, { ALT: () => $.SUBRULE(rules.stray) }, { ALT: () => $.SUBRULE(rules.misplacedInParty, { LABEL: 'misplaced' }) }])));
    }),

    partyItem: $.RULE('partyItem', () => {
      $.OR(
        ($.alternatives.partyItem ??= [
          {
            ALT: () => {
              $.CONSUME(T.Kind);
              $.CONSUME(T.Identifier, { LABEL: 'kind' });
            },
          },
          {
            ALT: () => {
              $.CONSUME(T.Jurisdiction);
              $.CONSUME2(T.Identifier, { LABEL: 'jurisdiction' });
            },
          },
          {
            ALT: () => {
              $.CONSUME(T.Represented);
              $.CONSUME(T.By);
              $.CONSUME(T.StringLiteral, { LABEL: 'representative' });
            },
          },
          {
            ALT: () => {
              $.CONSUME(T.Regimes);
              $.SUBRULE(rules.identifierList, { LABEL: 'regimes' });
            },
          },
          { ALT: () => $.SUBRULE(rules.contact) },
          {
            // `class open` · `class closed of 16`: the party is a class of States or organisations.
            ALT: () => {
              $.CONSUME(T.Class);
              $.CONSUME3(T.Identifier, { LABEL: 'openness' });
              $.OPTION(() => {
                $.CONSUME(T.Of);
                $.CONSUME(T.NumberLiteral, { LABEL: 'classSize' });
              });
            },
          },
        ]),
      );
    }),

    /** `contact Duty "CERT-EE duty desk" available 24/7 email "cert@cert.ee" phone "+372 …"` */
    contact: $.RULE('contact', () => {
      $.CONSUME(T.Contact);
      $.OPTION(() => $.CONSUME(T.Identifier, { LABEL: 'id' }));
      $.CONSUME(T.StringLiteral, { LABEL: 'name' });
      $.MANY(() =>
        $.OR(
          ($.alternatives.contactDetail ??= [
            {
              ALT: () => {
                $.CONSUME(T.Available);
                $.OR2(
                  ($.alternatives.availability ??= [
                    { ALT: () => $.CONSUME(T.TwentyFourSeven, { LABEL: 'hours' }) },
                    { ALT: () => $.CONSUME2(T.Identifier, { LABEL: 'hours' }) },
                  ]),
                );
              },
            },
            {
              ALT: () => {
                $.CONSUME(T.Email);
                $.CONSUME2(T.StringLiteral, { LABEL: 'email' });
              },
            },
            {
              ALT: () => {
                $.CONSUME(T.Phone);
                $.CONSUME3(T.StringLiteral, { LABEL: 'phone' });
              },
            },
          ]),
        ),
      );
    }),
  };
}
