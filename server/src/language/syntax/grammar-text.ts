/** The text itself: the notes (or letters) of an exchange, defined terms, and clauses, written here or taken from the library. */
import type { Grammar } from './grammar-dsl';
import * as T from './tokens';

export function textRules($: Grammar) {
  const rules = $.rules;
  return {
    /**
     * One note (or letter) of an exchange that constitutes the instrument:
     * `note Proposal "Note No. 181" from US to NL at "The Hague" on 1959-10-08 """…"""` ·
     * `note Reply from NL to US on 1959-10-08 answering Proposal`.
     */
    note: $.RULE('note', () => {
      $.OR(($.alternatives.noteKeyword ??= [{ ALT: () => $.CONSUME(T.Note) }, { ALT: () => $.CONSUME(T.Letter) }]));
      $.CONSUME(T.Identifier, { LABEL: 'id' });
      $.OPTION(() => $.CONSUME(T.StringLiteral, { LABEL: 'heading' }));
      $.OPTION2(() => {
        $.CONSUME(T.From);
        $.CONSUME2(T.Identifier, { LABEL: 'author' });
      });
      $.OPTION3(() => {
        $.CONSUME(T.To);
        $.CONSUME3(T.Identifier, { LABEL: 'addressee' });
      });
      $.OPTION4(() => {
        $.CONSUME(T.At);
        $.CONSUME2(T.StringLiteral, { LABEL: 'place' });
      });
      $.OPTION5(() => {
        $.CONSUME(T.On);
        $.CONSUME(T.DateLiteral, { LABEL: 'date' });
      });
      $.OPTION6(() => {
        $.CONSUME(T.Answering);
        $.CONSUME4(T.Identifier, { LABEL: 'answers' });
      });
      // `with terms`: the proposal note that carries the agreement's provisions (constructs/note.ts).
      $.OPTION8(() => {
        $.CONSUME(T.With);
        $.CONSUME5(T.Identifier, { LABEL: 'carries' });
      });
      $.OPTION7(() => $.SUBRULE(rules.prose, { LABEL: 'body' }));
    }),

    /** `define "Incident" means "…"` */
    definition: $.RULE('definition', () => {
      $.CONSUME(T.Define);
      $.CONSUME(T.StringLiteral, { LABEL: 'term' });
      $.CONSUME(T.Means);
      $.SUBRULE(rules.prose, { LABEL: 'meaning' });
    }),

    /** One `about` group of a clause: `points-of-contact, confidentiality [for Exchange, Requests]`. */
    clauseAbout: $.RULE('clauseAbout', () => {
      $.SUBRULE(rules.wordList, { LABEL: 'topics' });
      $.OPTION(() => {
        $.CONSUME(T.For);
        $.SUBRULE(rules.identifierList, { LABEL: 'for' });
      });
    }),

    /**
     * `clause Costs "Costs" about costs """…"""` · `clause Confidentiality from library "confidentiality/mou"`
     * The strings after the id are read by the AST builder: a triple-quoted string is always the
     * body; of plain strings, the last is the body unless the clause comes from the library.
     */
    clause: $.RULE('clause', () => {
      $.CONSUME(T.Clause);
      $.CONSUME(T.Identifier, { LABEL: 'id' });
      $.OPTION(() => $.CONSUME(T.StringLiteral, { LABEL: 'heading' }));
      // `about points-of-contact for Exchange, Requests`: topics that reach only those channels.
      // `about` may repeat, so that one article can tag some topics for every channel and others
      // for some (FCTC Protocol Art. 22: confidentiality for all, designation for Arts. 20, 21, 24).
      $.MANY(() => {
        $.CONSUME(T.About);
        $.SUBRULE(rules.clauseAbout, { LABEL: 'about' });
      });
      $.OPTION3(() => {
        $.CONSUME(T.From);
        $.CONSUME(T.Library);
        $.CONSUME2(T.StringLiteral, { LABEL: 'libraryRef' });
      });
      $.OPTION4(() => $.SUBRULE(rules.prose, { LABEL: 'body' }));
    }),
  };
}
