/**
 * The Entente grammar: one Chevrotain CstParser, in one file (grammar files are exempt from the
 * file-size guideline; Chevrotain's own example grammars keep a language in one class).
 *
 * It only recognises structure; every meaning (closed values, quantities, dates, which string
 * is a heading) is given by the AST builder, and what each labelled position refers to is
 * written once in the slot table (constructs/). Error recovery is on, so one typo never hides
 * the rest of the document: the `junk` and `stray` rules consume text that starts nothing, in
 * linear time, and the AST builder reports it.
 *
 * Shape, so the tables can rely on it: every block is `{ (item | stray)* }` with one item rule
 * per construct (`channelItem`, `exerciseItem`…), and each alternative of an item rule is one
 * statement, starting with its keyword. Rules are class fields, so a mistyped SUBRULE is a
 * compile error.
 *
 * Performance (Chevrotain's guide): one parser instance for every parse (`input =` resets it),
 * `OR` alternatives built once and cached in `alternatives`, not rebuilt on every call, and a
 * small `maxLookahead`.
 */
import { CstParser, type CstNode, type IOrAlt, type IToken } from 'chevrotain';
import { errorMessageProvider } from './error-messages';
import { misplacedIn, type BlockItemRule } from './misplaced-statements';
import * as T from './tokens';

export class EntenteParser extends CstParser {
  /** Each `OR`'s alternatives, built on the first call (Chevrotain's "cache arrays of alternatives"). */
  private readonly alternatives: { [or: string]: IOrAlt<unknown>[] | undefined } = {};

  constructor() {
    super(T.allTokens, { recoveryEnabled: true, maxLookahead: 2, nodeLocationTracking: 'onlyOffset', errorMessageProvider });
    this.performSelfAnalysis();
  }

  /**
   * Runs one rule over `tokens` (completion asks whether a statement is complete): the CST and
   * the errors, including input left over after the rule.
   */
  parseRule(rule: string, tokens: IToken[]): { cst: CstNode; errors: number } {
    this.input = tokens;
    const run = (this as unknown as Record<string, (() => CstNode) | undefined>)[rule];
    if (typeof run !== 'function' || !this.getGAstProductions()[rule]) throw new Error(`no grammar rule ${rule}`);
    const cst = run.call(this);
    return { cst, errors: this.errors.length };
  }

  // ── The document ────────────────────────────────────────────────────────────────────────────

  public document = this.RULE('document', () => {
    this.MANY(() =>
      this.OR(
        (this.alternatives.document ??= [
          { ALT: () => this.SUBRULE(this.topLevel) },
          // Taken only where `topLevel` cannot start (alternatives are tried in order): the
          // ambiguity is the point of the second `junk` form below.
          { ALT: () => this.SUBRULE(this.junk), IGNORE_AMBIGUITIES: true },
        ]),
      ),
    );
  });

  /**
   * Text that cannot start a declaration. Consumed here (and reported by the AST builder) so
   * that the declarations after it still parse: recovery in linear time, with no re-parse.
   * `protocol` followed by neither a name nor a title (`protocol 24/7Incident {`) is junk too:
   * it is the one top-level keyword that starts two constructs, so no rule is entered to
   * recover inside, and without this form the parse stopped there and the rest of the
   * document (its clauses, exercises, bodies…) went unread and was reported missing.
   */
  protected junk = this.RULE('junk', () => {
    this.OR(
      (this.alternatives.junk ??= [
        { ALT: () => this.AT_LEAST_ONE(() => this.CONSUME(T.NotTopLevel, { LABEL: 'tokens' })) },
        {
          ALT: () => {
            this.CONSUME(T.Protocol);
            this.MANY(() => this.CONSUME2(T.NotTopLevel, { LABEL: 'tokens' }));
          },
        },
      ]),
    );
  });

  protected topLevel = this.RULE('topLevel', () => {
    this.OR(
      (this.alternatives.topLevel ??= [
        { ALT: () => this.SUBRULE(this.instrument) },
        { ALT: () => this.SUBRULE(this.use) },
        { ALT: () => this.SUBRULE(this.party) },
        { ALT: () => this.SUBRULE(this.securityAgreement) },
        { ALT: () => this.SUBRULE(this.channel) },
        { ALT: () => this.SUBRULE(this.incidentProtocol) },
        { ALT: () => this.SUBRULE(this.exercise) },
        { ALT: () => this.SUBRULE(this.cooperation) },
        { ALT: () => this.SUBRULE(this.governanceBody) },
        { ALT: () => this.SUBRULE(this.definition) },
        { ALT: () => this.SUBRULE(this.clause) },
        { ALT: () => this.SUBRULE(this.assistance) },
        { ALT: () => this.SUBRULE(this.note) },
        { ALT: () => this.SUBRULE(this.designation) },
      ]),
    );
  });

  /** Text inside a block that starts no statement of that block; reported by the AST builder. */
  protected stray = this.RULE('stray', () => {
    this.AT_LEAST_ONE(() => this.CONSUME(T.Stray, { LABEL: 'tokens' }));
  });

  /**
   * A statement of another block written in this one, with the stray text after it: read as
   * misplaced so the block goes on after it (misplaced-statements.ts); reported by the AST builder.
   */
  private misplaced(name: string, itemRule: BlockItemRule) {
    const category = misplacedIn(itemRule);
    return this.RULE(name, () => {
      this.CONSUME(category, { LABEL: 'tokens' });
      this.MANY(() => this.CONSUME(T.Stray, { LABEL: 'tokens' }));
    });
  }

  protected misplacedInHeader = this.misplaced('misplacedInHeader', 'headerItem');
  protected misplacedInParty = this.misplaced('misplacedInParty', 'partyItem');
  protected misplacedInSecurityAgreement = this.misplaced('misplacedInSecurityAgreement', 'securityAgreementItem');
  protected misplacedInChannel = this.misplaced('misplacedInChannel', 'channelItem');
  protected misplacedInProtocol = this.misplaced('misplacedInProtocol', 'protocolItem');
  protected misplacedInExercise = this.misplaced('misplacedInExercise', 'exerciseItem');
  protected misplacedInCooperation = this.misplaced('misplacedInCooperation', 'cooperationItem');
  protected misplacedInAssistance = this.misplaced('misplacedInAssistance', 'assistanceItem');

  /**
   * Every block has this one shape: `{`, then statements (`item`) or stray text, then `}`. Its
   * DSL calls use occurrence 9, which no rule uses itself, so a block fits in any rule.
   */
  private block(alternatives: IOrAlt<unknown>[]): void {
    this.CONSUME9(T.LCurly);
    this.MANY9(() => this.OR9(alternatives));
    this.CONSUME9(T.RCurly);
  }

  // ── Pieces used everywhere ──────────────────────────────────────────────────────────────────

  /** `24 hours`, `6 months`, `5 years` */
  protected quantity = this.RULE('quantity', () => {
    this.CONSUME(T.NumberLiteral, { LABEL: 'amount' });
    this.CONSUME(T.Identifier, { LABEL: 'unit' });
  });

  protected identifierList = this.RULE('identifierList', () => {
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.Identifier, { LABEL: 'items' }) });
  });

  /** Free words, keywords included: `about termination, costs`. */
  protected wordList = this.RULE('wordList', () => {
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.AnyWord, { LABEL: 'items' }) });
  });

  /** `EE.Duty` */
  protected qualifiedName = this.RULE('qualifiedName', () => {
    this.CONSUME(T.Identifier, { LABEL: 'qualifier' });
    this.CONSUME(T.Dot);
    this.CONSUME2(T.Identifier, { LABEL: 'name' });
  });

  /** `contacts EE.Duty, FI.Desk`: the points of contact a channel, protocol or exercise relies on. */
  protected contactsItem = this.RULE('contactsItem', () => {
    this.CONSUME(T.Contacts);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.qualifiedName, { LABEL: 'contacts' }) });
  });

  /** A closed word or free text; longer texts (a reservations article, IP terms) may be prose. */
  protected wordOrString = this.RULE('wordOrString', () => {
    this.OR(
      (this.alternatives.wordOrString ??= [
        { ALT: () => this.CONSUME(T.Identifier, { LABEL: 'word' }) },
        { ALT: () => this.CONSUME(T.StringLiteral, { LABEL: 'text' }) },
        { ALT: () => this.CONSUME(T.TripleString, { LABEL: 'text' }) },
      ]),
    );
  });

  /** Prose: a one-line string or a triple-quoted block. */
  protected prose = this.RULE('prose', () => {
    this.OR(
      (this.alternatives.prose ??= [
        { ALT: () => this.CONSUME(T.StringLiteral, { LABEL: 'text' }) },
        { ALT: () => this.CONSUME(T.TripleString, { LABEL: 'text' }) },
      ]),
    );
  });

  /** `every 12 months` · `annually` · `biennially` */
  protected cadence = this.RULE('cadence', () => {
    this.OR(
      (this.alternatives.cadence ??= [
        {
          ALT: () => {
            this.CONSUME(T.Every);
            this.SUBRULE(this.quantity, { LABEL: 'interval' });
          },
        },
        { ALT: () => this.CONSUME(T.Annually) },
        { ALT: () => this.CONSUME(T.Biennially) },
      ]),
    );
  });

  /**
   * `within 24 hours of awareness via ThreatIntel`: the time limit, the event that starts the
   * clock (any word, keywords included: `of classification`) and the channel.
   */
  protected deadline = this.RULE('deadline', () => {
    this.CONSUME(T.Within);
    this.SUBRULE(this.quantity, { LABEL: 'within' });
    this.OPTION2(() => {
      this.CONSUME(T.Of);
      this.CONSUME(T.AnyWord, { LABEL: 'start' });
    });
    this.OPTION(() => {
      this.CONSUME(T.Via);
      this.CONSUME(T.Identifier, { LABEL: 'via' });
    });
  });

  /** Recipients named by id or described in words: `NATO, "the Parties' contractors"`. */
  protected recipientList = this.RULE('recipientList', () => {
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () =>
        this.OR(
          (this.alternatives.recipientList ??= [
            { ALT: () => this.CONSUME(T.Identifier, { LABEL: 'ids' }) },
            { ALT: () => this.CONSUME(T.StringLiteral, { LABEL: 'descriptions' }) },
          ]),
        ),
    });
  });

  /** `breach procedure "…"` */
  protected breachProcedure = this.RULE('breachProcedure', () => {
    this.CONSUME(T.Breach);
    this.CONSUME(T.Procedure);
    this.SUBRULE(this.prose, { LABEL: 'text' });
  });

  // ── The instrument header ───────────────────────────────────────────────────────────────────

  /** `memorandum "Title" { … }`, or `annex "Title" of "parent.entente" { … }`. */
  protected instrument = this.RULE('instrument', () => {
    this.OR(
      (this.alternatives.instrumentKind ??= [
        { ALT: () => this.CONSUME(T.Treaty) },
        { ALT: () => this.CONSUME(T.Memorandum) },
        { ALT: () => this.CONSUME(T.Arrangement) },
        { ALT: () => this.CONSUME(T.Framework) },
        { ALT: () => this.CONSUME(T.Protocol) },
        { ALT: () => this.CONSUME(T.Annex) },
        { ALT: () => this.CONSUME(T.Declaration) },
      ]),
    );
    this.CONSUME(T.StringLiteral, { LABEL: 'title' });
    this.OPTION(() => {
      this.CONSUME(T.Of);
      this.CONSUME2(T.StringLiteral, { LABEL: 'parent' });
    });
    this.block((this.alternatives.instrumentBlock ??= [{ ALT: () => this.SUBRULE(this.headerItem) }, { ALT: () => this.SUBRULE(this.stray) }, { ALT: () => this.SUBRULE(this.misplacedInHeader, { LABEL: 'misplaced' }) }]));
  });

  protected headerItem = this.RULE('headerItem', () => {
    this.OR(
      (this.alternatives.headerItem ??= [
        { ALT: () => this.SUBRULE(this.statusItem) },
        { ALT: () => this.SUBRULE(this.languagesItem) },
        { ALT: () => this.SUBRULE(this.signatureItem) },
        { ALT: () => this.SUBRULE(this.effectItem) },
        { ALT: () => this.SUBRULE(this.consentItem) },
        { ALT: () => this.SUBRULE(this.durationItem) },
        { ALT: () => this.SUBRULE(this.terminationItem) },
        { ALT: () => this.SUBRULE(this.amendmentItem) },
        { ALT: () => this.SUBRULE(this.disputesItem) },
        { ALT: () => this.SUBRULE(this.governingLawItem) },
        { ALT: () => this.SUBRULE(this.depositaryItem) },
        { ALT: () => this.SUBRULE(this.registrationItem) },
        { ALT: () => this.SUBRULE(this.reservationsItem) },
        { ALT: () => this.SUBRULE(this.subsequentlyItem) },
        { ALT: () => this.SUBRULE(this.provisionalItem) },
        { ALT: () => this.SUBRULE(this.openedItem) },
        { ALT: () => this.SUBRULE(this.formItem) },
        { ALT: () => this.SUBRULE(this.incorporatesItem) },
        { ALT: () => this.SUBRULE(this.implementsItem) },
        { ALT: () => this.SUBRULE(this.implementedByItem) },
      ]),
    );
  });

  /** `status non-binding` */
  protected statusItem = this.RULE('statusItem', () => {
    this.CONSUME(T.Status);
    this.CONSUME(T.Identifier, { LABEL: 'value' });
  });

  /** `languages English, Estonian equally-valid prevailing English` */
  protected languagesItem = this.RULE('languagesItem', () => {
    this.CONSUME(T.Languages);
    this.SUBRULE(this.identifierList, { LABEL: 'languages' });
    this.OPTION(() => this.OR((this.alternatives.validity ??= [{ ALT: () => this.CONSUME(T.Authentic) }, { ALT: () => this.CONSUME(T.EquallyValid) }])));
    this.OPTION2(() => {
      this.CONSUME(T.Prevailing);
      this.CONSUME(T.Identifier, { LABEL: 'prevailing' });
    });
  });

  /**
   * `signed at "Tallinn" on 2027-03-01` (MoU wording), `done at … on …` (treaty wording) or
   * `issued at … on …` (a declaration); several signatures: `signed by US at "Washington" on
   * 1978-07-25, by NL at "The Hague" on 1978-08-24`; the testimonium: `done at "Paris" on
   * 2002-08-19 in single copy deposited with "the Government of France"`, `… in duplicate`.
   */
  protected signatureItem = this.RULE('signatureItem', () => {
    this.OR(
      (this.alternatives.signatureKeyword ??= [{ ALT: () => this.CONSUME(T.Signed) }, { ALT: () => this.CONSUME(T.Done) }, { ALT: () => this.CONSUME(T.Issued) }]),
    );
    this.OPTION3(() => {
      this.CONSUME(T.By);
      this.CONSUME(T.Identifier, { LABEL: 'signer' });
    });
    this.OPTION(() => {
      this.CONSUME(T.At);
      this.CONSUME(T.StringLiteral, { LABEL: 'place' });
    });
    this.OPTION2(() => {
      this.CONSUME(T.On);
      this.CONSUME(T.DateLiteral, { LABEL: 'date' });
    });
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE(this.signing, { LABEL: 'more' });
    });
    this.OPTION4(() => this.SUBRULE(this.originals));
    this.OPTION5(() => {
      this.CONSUME(T.Deposited);
      this.OPTION6(() => this.CONSUME(T.With));
      this.SUBRULE(this.wordOrString, { LABEL: 'depositedWith' });
    });
  });

  /** One more signature of the same text: `by NL at "The Hague" on 1978-08-24`. */
  protected signing = this.RULE('signing', () => {
    this.OPTION(() => {
      this.CONSUME(T.By);
      this.CONSUME(T.Identifier, { LABEL: 'signer' });
    });
    this.OPTION2(() => {
      this.CONSUME(T.At);
      this.CONSUME(T.StringLiteral, { LABEL: 'place' });
    });
    this.OPTION3(() => {
      this.CONSUME(T.On);
      this.CONSUME(T.DateLiteral, { LABEL: 'date' });
    });
  });

  /** How many originals the testimonium says: `in duplicate`, `in single copy`, `in 3 originals`. */
  protected originals = this.RULE('originals', () => {
    this.CONSUME(T.In);
    this.OR(
      (this.alternatives.originals ??= [
        {
          ALT: () => {
            this.CONSUME(T.NumberLiteral, { LABEL: 'count' });
            this.CONSUME(T.Identifier, { LABEL: 'noun' });
          },
        },
        {
          ALT: () => {
            this.CONSUME2(T.Identifier, { LABEL: 'word' });
            this.OPTION(() => this.CONSUME3(T.Identifier, { LABEL: 'noun' }));
          },
        },
      ]),
    );
  });

  /**
   * `effect on signature` · `effect on 2027-05-01` · `effect after ratification by 3 parties` ·
   * `effect 30 days after last notification` · `effect after notification by NL` ·
   * `effect on first day of month following 3 months after last consent-to-be-bound by 5 States
   * including 3 CoE-Members` · `effect on first day of second month after notification by NL`
   */
  protected effectItem = this.RULE('effectItem', () => {
    this.CONSUME(T.Effect);
    this.SUBRULE(this.timing);
  });

  /**
   * When something happens, as final clauses say it: on a date or an event, on the first day of
   * a month counted from an event, or a period after an event. Shared by `effect`,
   * `subsequently` and `provisional application`.
   */
  protected timing = this.RULE('timing', () => {
    this.OR(
      (this.alternatives.timing ??= [
        {
          ALT: () => {
            this.CONSUME(T.On);
            this.OR2(
              (this.alternatives.timingOn ??= [
                { ALT: () => this.CONSUME(T.DateLiteral, { LABEL: 'date' }) },
                { ALT: () => this.CONSUME(T.Identifier, { LABEL: 'onEvent' }) },
                {
                  ALT: () => {
                    this.SUBRULE(this.firstDay);
                    this.OPTION(() => {
                      this.SUBRULE(this.quantity, { LABEL: 'delay' });
                      this.CONSUME(T.After);
                    });
                    this.SUBRULE(this.effectAnchor, { LABEL: 'anchor' });
                  },
                },
              ]),
            );
          },
        },
        {
          ALT: () => {
            this.OPTION2(() => this.SUBRULE2(this.quantity, { LABEL: 'delay' }));
            this.CONSUME2(T.After);
            this.SUBRULE2(this.effectAnchor, { LABEL: 'anchor' });
          },
        },
      ]),
    );
  });

  /** `first day of second month after` · `first day of month following` (the date is then rounded to a month's first day). */
  protected firstDay = this.RULE('firstDay', () => {
    this.CONSUME(T.First);
    this.CONSUME(T.Identifier, { LABEL: 'day' });
    this.CONSUME(T.Of);
    // An alternation, not an OPTION: only alternations look two tokens ahead ("second month" / "month following").
    this.OR2(
      (this.alternatives.firstDayMonth ??= [
        {
          ALT: () => {
            this.CONSUME2(T.Identifier, { LABEL: 'ordinal' });
            this.CONSUME3(T.Identifier, { LABEL: 'month' });
          },
        },
        { ALT: () => this.CONSUME4(T.Identifier, { LABEL: 'month' }) },
      ]),
    );
    this.OR((this.alternatives.firstDayLink ??= [{ ALT: () => this.CONSUME(T.Following) }, { ALT: () => this.CONSUME(T.After) }]));
  });

  /**
   * The event a period runs from: `last notification by 2 parties`, `consent-to-be-bound by 5
   * States including 3 CoE-Members`, `notification by NL` (one named party notifies).
   */
  protected effectAnchor = this.RULE('effectAnchor', () => {
    this.OPTION(() => this.CONSUME(T.Last));
    this.CONSUME(T.Identifier, { LABEL: 'event' });
    this.OPTION2(() => {
      this.CONSUME(T.By);
      this.CONSUME(T.NumberLiteral, { LABEL: 'count' });
      this.OPTION3(() => this.CONSUME2(T.Identifier, { LABEL: 'countNoun' }));
      this.OPTION4(() => {
        this.CONSUME(T.Including);
        this.CONSUME2(T.NumberLiteral, { LABEL: 'includingCount' });
        this.CONSUME3(T.Identifier, { LABEL: 'including' });
      });
    });
    this.OPTION5(() => {
      this.CONSUME2(T.By);
      this.CONSUME4(T.Identifier, { LABEL: 'notifier' });
    });
  });

  /** `consent by signature, ratification` */
  protected consentItem = this.RULE('consentItem', () => {
    this.CONSUME(T.Consent);
    this.CONSUME(T.By);
    this.SUBRULE(this.identifierList, { LABEL: 'means' });
  });

  /** `duration 5 years renewable for 5 years` · `duration indefinite` */
  protected durationItem = this.RULE('durationItem', () => {
    this.CONSUME(T.Duration);
    this.OR(
      (this.alternatives.duration ??= [
        { ALT: () => this.SUBRULE(this.quantity, { LABEL: 'term' }) },
        { ALT: () => this.CONSUME(T.Identifier, { LABEL: 'indefinite' }) },
      ]),
    );
    this.OPTION(() => {
      this.CONSUME(T.Renewable);
      this.OPTION3(() => this.CONSUME2(T.Identifier, { LABEL: 'renewal' }));
      this.OPTION2(() => {
        this.CONSUME(T.For);
        this.SUBRULE2(this.quantity, { LABEL: 'renewalTerm' });
      });
      this.OPTION4(() => this.SUBRULE(this.unlessTerms));
    });
  });

  /**
   * What stops an automatic renewal: `unless notice of at least 6 months` (a Party gives notice of
   * non-renewal) or `unless decided otherwise` (the Parties decide otherwise).
   */
  protected unlessTerms = this.RULE('unlessTerms', () => {
    this.CONSUME(T.Unless);
    this.OR(
      (this.alternatives.unlessTerms ??= [
        {
          ALT: () => {
            this.CONSUME(T.Notice);
            this.OPTION(() => {
              this.CONSUME(T.Of);
              this.OPTION2(() => this.SUBRULE(this.atLeast));
              this.SUBRULE(this.quantity, { LABEL: 'notice' });
            });
          },
        },
        { ALT: () => this.AT_LEAST_ONE(() => this.CONSUME(T.Identifier, { LABEL: 'words' })) },
      ]),
    );
  });

  /** `at least`: the period that follows is a minimum ("not less than sixty days"). */
  protected atLeast = this.RULE('atLeast', () => {
    this.CONSUME(T.At);
    this.CONSUME(T.Least);
  });

  /** `withdrawal with notice of 6 months` (also termination, discontinue, denunciation). */
  protected terminationItem = this.RULE('terminationItem', () => {
    this.OR(
      (this.alternatives.terminationKeyword ??= [
        { ALT: () => this.CONSUME(T.Termination) },
        { ALT: () => this.CONSUME(T.Withdrawal) },
        { ALT: () => this.CONSUME(T.Discontinue) },
        { ALT: () => this.CONSUME(T.Denunciation) },
      ]),
    );
    this.OPTION(() => {
      this.CONSUME(T.With);
      this.CONSUME(T.Notice);
      this.CONSUME(T.Of);
      this.OPTION2(() => this.SUBRULE(this.atLeast));
      this.SUBRULE(this.quantity, { LABEL: 'notice' });
    });
  });

  /**
   * `amendment by written decision` · `amendment by written agreement subject to ratification`.
   * Free words, connectives included: no header statement starts with a connective.
   */
  protected amendmentItem = this.RULE('amendmentItem', () => {
    this.CONSUME(T.Amendment);
    this.CONSUME(T.By);
    this.AT_LEAST_ONE(() =>
      this.OR(
        // Words that are keywords elsewhere but start no header statement read as words here.
        (this.alternatives.amendmentWords ??= [T.Identifier, T.To, T.Of, T.With, T.For, T.On, T.After, T.By, T.At, T.From, T.Between, T.In, T.Following, T.Including, T.Until, T.Unless, T.Least, T.Application, T.Deposited, T.Exchange, T.Except, T.Article, T.Notified, T.Deadline, T.Handling, T.Threshold].map((type) => ({
          ALT: () => this.CONSUME2(type, { LABEL: 'words' }),
        }))),
      ),
    );
  });

  /** `disputes by consultation` · `disputes by arbitration "Permanent Court of Arbitration"` */
  protected disputesItem = this.RULE('disputesItem', () => {
    this.CONSUME(T.Disputes);
    this.CONSUME(T.By);
    this.SUBRULE(this.identifierList, { LABEL: 'means' });
    this.OPTION(() => this.CONSUME(T.StringLiteral, { LABEL: 'forum' }));
  });

  /** `governing law international` · `applicable law "the law of England and Wales"` */
  protected governingLawItem = this.RULE('governingLawItem', () => {
    this.OR((this.alternatives.lawKeyword ??= [{ ALT: () => this.CONSUME(T.Governing) }, { ALT: () => this.CONSUME(T.Applicable) }]));
    this.CONSUME(T.Law);
    this.SUBRULE(this.wordOrString, { LABEL: 'law' });
  });

  /** `depositary "Secretary General of the Council of Europe"` or a party id. */
  protected depositaryItem = this.RULE('depositaryItem', () => {
    this.CONSUME(T.Depositary);
    this.SUBRULE(this.wordOrString, { LABEL: 'depositary' });
  });

  /** `registration article-102` · `registration none` */
  protected registrationItem = this.RULE('registrationItem', () => {
    this.CONSUME(T.Registration);
    this.SUBRULE(this.wordOrString, { LABEL: 'registration' });
  });

  /** `reservations none` · `reservations permitted` · `reservations "Articles 4 and 6 only"` */
  protected reservationsItem = this.RULE('reservationsItem', () => {
    this.CONSUME(T.Reservations);
    this.SUBRULE(this.wordOrString, { LABEL: 'reservations' });
  });

  /**
   * Entry into force for each State that consents after the treaty is in force (VCLT Art. 24(3)):
   * `subsequently on first day of month following 3 months after consent-to-be-bound` ·
   * `subsequently 30 days after ratification`.
   */
  protected subsequentlyItem = this.RULE('subsequentlyItem', () => {
    this.CONSUME(T.Subsequently);
    this.SUBRULE(this.timing);
  });

  /**
   * `provisional application on signature` · `… on first day of second month following
   * signature` · `… until 2027-12-31` · `… with notice of 30 days` (VCLT Art. 25).
   */
  protected provisionalItem = this.RULE('provisionalItem', () => {
    this.CONSUME(T.Provisional);
    this.CONSUME(T.Application);
    this.SUBRULE(this.timing);
    this.OPTION(() => {
      this.CONSUME(T.Until);
      this.OR(
        (this.alternatives.provisionalUntil ??= [
          { ALT: () => this.CONSUME(T.DateLiteral, { LABEL: 'untilDate' }) },
          { ALT: () => this.CONSUME(T.Identifier, { LABEL: 'untilEvent' }) },
        ]),
      );
    });
    this.OPTION2(() => {
      this.CONSUME(T.With);
      this.CONSUME(T.Notice);
      this.OPTION3(() => {
        this.CONSUME(T.Of);
        this.OPTION4(() => this.SUBRULE(this.atLeast));
        this.SUBRULE(this.quantity, { LABEL: 'notice' });
      });
    });
  });

  /** `opened for signature at "Stockholm" on 2002-03-21 until 2002-03-31` */
  protected openedItem = this.RULE('openedItem', () => {
    this.CONSUME(T.Opened);
    this.CONSUME(T.For);
    this.CONSUME(T.Identifier, { LABEL: 'what' });
    this.OPTION(() => {
      this.CONSUME(T.At);
      this.CONSUME(T.StringLiteral, { LABEL: 'place' });
    });
    this.OPTION2(() => {
      this.CONSUME(T.On);
      this.CONSUME(T.DateLiteral, { LABEL: 'date' });
    });
    this.OPTION3(() => {
      this.CONSUME(T.Until);
      this.CONSUME2(T.DateLiteral, { LABEL: 'until' });
    });
  });

  /** `form exchange-of-notes`: the instrument is constituted by a note and a reply (VCLT Art. 13). */
  protected formItem = this.RULE('formItem', () => {
    this.CONSUME(T.Form);
    this.CONSUME(T.Identifier, { LABEL: 'form' });
  });

  /**
   * `incorporates amendment, disputes, costs from "budapest-convention.entente" "Articles 44, 45
   * and 46 of the Convention"`: the parent's provisions on those subjects apply to this one.
   */
  protected incorporatesItem = this.RULE('incorporatesItem', () => {
    this.CONSUME(T.Incorporates);
    this.SUBRULE(this.wordList, { LABEL: 'topics' });
    this.CONSUME(T.From);
    this.CONSUME(T.StringLiteral, { LABEL: 'source' });
    this.OPTION(() => this.CONSUME2(T.StringLiteral, { LABEL: 'articles' }));
  });

  /**
   * `implements "gsa.entente" article 7 with status, duration, termination` (an implementing
   * arrangement and the treaty it is concluded under, or `implements GSOIA`, a security agreement
   * declared here); the words after `with` are what it takes from the treaty.
   */
  protected implementsItem = this.RULE('implementsItem', () => {
    this.CONSUME(T.Implements);
    this.OR(
      (this.alternatives.implementsTarget ??= [
        { ALT: () => this.CONSUME(T.StringLiteral, { LABEL: 'file' }) },
        { ALT: () => this.CONSUME(T.Identifier, { LABEL: 'agreement' }) },
      ]),
    );
    this.OPTION(() => this.SUBRULE(this.articleRef, { LABEL: 'article' }));
    this.OPTION2(() => {
      this.CONSUME(T.With);
      this.SUBRULE(this.wordList, { LABEL: 'inherits' });
    });
  });

  /** `implemented by "mou.entente" article 7`: the arrangements concluded under this treaty. */
  protected implementedByItem = this.RULE('implementedByItem', () => {
    this.CONSUME(T.Implemented);
    this.CONSUME(T.By);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.StringLiteral, { LABEL: 'files' }) });
    this.OPTION(() => this.SUBRULE(this.articleRef, { LABEL: 'article' }));
  });

  /** `article 7` · `article VI` · `article "2.g"` */
  protected articleRef = this.RULE('articleRef', () => {
    this.CONSUME(T.Article);
    this.OR(
      (this.alternatives.articleRef ??= [
        { ALT: () => this.CONSUME(T.NumberLiteral, { LABEL: 'number' }) },
        { ALT: () => this.CONSUME(T.Identifier, { LABEL: 'number' }) },
        { ALT: () => this.CONSUME(T.StringLiteral, { LABEL: 'number' }) },
      ]),
    );
  });

  // ── Who shares what: use, parties, security agreements, channels, incident protocols ────────

  /** `use "registry/partners.entente"` */
  protected use = this.RULE('use', () => {
    this.CONSUME(T.Use);
    this.CONSUME(T.StringLiteral, { LABEL: 'path' });
  });

  /** `participant EE "Republic of Estonia" { … }` (or `party`, the treaty word). */
  protected party = this.RULE('party', () => {
    this.OR((this.alternatives.partyKeyword ??= [{ ALT: () => this.CONSUME(T.Party) }, { ALT: () => this.CONSUME(T.Participant) }]));
    this.CONSUME(T.Identifier, { LABEL: 'id' });
    this.OPTION(() => this.CONSUME(T.StringLiteral, { LABEL: 'name' }));
    this.OPTION2(() => this.block((this.alternatives.partyBlock ??= [{ ALT: () => this.SUBRULE(this.partyItem) }, { ALT: () => this.SUBRULE(this.stray) }, { ALT: () => this.SUBRULE(this.misplacedInParty, { LABEL: 'misplaced' }) }])));
  });

  protected partyItem = this.RULE('partyItem', () => {
    this.OR(
      (this.alternatives.partyItem ??= [
        {
          ALT: () => {
            this.CONSUME(T.Kind);
            this.CONSUME(T.Identifier, { LABEL: 'kind' });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Jurisdiction);
            this.CONSUME2(T.Identifier, { LABEL: 'jurisdiction' });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Represented);
            this.CONSUME(T.By);
            this.CONSUME(T.StringLiteral, { LABEL: 'representative' });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Regimes);
            this.SUBRULE(this.identifierList, { LABEL: 'regimes' });
          },
        },
        { ALT: () => this.SUBRULE(this.contact) },
        {
          // `class open` · `class closed of 16`: the party is a class of States or organisations.
          ALT: () => {
            this.CONSUME(T.Class);
            this.CONSUME3(T.Identifier, { LABEL: 'openness' });
            this.OPTION(() => {
              this.CONSUME(T.Of);
              this.CONSUME(T.NumberLiteral, { LABEL: 'classSize' });
            });
          },
        },
      ]),
    );
  });

  /** `contact Duty "CERT-EE duty desk" available 24/7 email "cert@cert.ee" phone "+372 …"` */
  protected contact = this.RULE('contact', () => {
    this.CONSUME(T.Contact);
    this.OPTION(() => this.CONSUME(T.Identifier, { LABEL: 'id' }));
    this.CONSUME(T.StringLiteral, { LABEL: 'name' });
    this.MANY(() =>
      this.OR(
        (this.alternatives.contactDetail ??= [
          {
            ALT: () => {
              this.CONSUME(T.Available);
              this.OR2(
                (this.alternatives.availability ??= [
                  { ALT: () => this.CONSUME(T.TwentyFourSeven, { LABEL: 'hours' }) },
                  { ALT: () => this.CONSUME2(T.Identifier, { LABEL: 'hours' }) },
                ]),
              );
            },
          },
          {
            ALT: () => {
              this.CONSUME(T.Email);
              this.CONSUME2(T.StringLiteral, { LABEL: 'email' });
            },
          },
          {
            ALT: () => {
              this.CONSUME(T.Phone);
              this.CONSUME3(T.StringLiteral, { LABEL: 'phone' });
            },
          },
        ]),
      ),
    );
  });

  /** `security-agreement GSA "General Security Agreement" between EE, FI up to SECRET { … }` */
  protected securityAgreement = this.RULE('securityAgreement', () => {
    this.CONSUME(T.SecurityAgreement);
    this.CONSUME(T.Identifier, { LABEL: 'id' });
    this.OPTION(() => this.CONSUME(T.StringLiteral, { LABEL: 'name' }));
    this.CONSUME(T.Between);
    this.SUBRULE(this.identifierList, { LABEL: 'parties' });
    // `from CONFIDENTIAL`: "CONFIDENTIAL and above"; no `up to`: no ceiling.
    this.OPTION4(() => {
      this.CONSUME(T.From);
      this.CONSUME3(T.Identifier, { LABEL: 'floor' });
    });
    this.OPTION2(() => {
      this.CONSUME(T.Up);
      this.CONSUME(T.To);
      this.CONSUME2(T.Identifier, { LABEL: 'level' });
    });
    this.OPTION3(() =>
      this.block((this.alternatives.securityAgreementBlock ??= [{ ALT: () => this.SUBRULE(this.securityAgreementItem) }, { ALT: () => this.SUBRULE(this.stray) }, { ALT: () => this.SUBRULE(this.misplacedInSecurityAgreement, { LABEL: 'misplaced' }) }])),
    );
  });

  protected securityAgreementItem = this.RULE('securityAgreementItem', () => {
    this.OR(
      (this.alternatives.securityAgreementItem ??= [
        { ALT: () => this.SUBRULE(this.levelEquivalence) },
        { ALT: () => this.SUBRULE(this.breachProcedure) },
        {
          // `scheme common "NATO security classifications"` · `scheme receiving-party`
          ALT: () => {
            this.CONSUME(T.Scheme);
            this.CONSUME(T.Identifier, { LABEL: 'scheme' });
            this.OPTION(() => this.CONSUME(T.StringLiteral, { LABEL: 'schemeName' }));
          },
        },
        {
          // `concluded at "The Hague" on 1960-08-18`: in force elsewhere, not written here.
          ALT: () => {
            this.CONSUME(T.Concluded);
            this.OPTION2(() => {
              this.CONSUME(T.At);
              this.CONSUME2(T.StringLiteral, { LABEL: 'concludedAt' });
            });
            this.OPTION3(() => {
              this.CONSUME(T.On);
              this.CONSUME(T.DateLiteral, { LABEL: 'concludedOn' });
            });
          },
        },
      ]),
    );
  });

  /**
   * `level SECRET equals EE "SALAJANE", FI "SALAINEN"` · `level equals NL "GEHEIM", SE "HEMLIG"`
   * (national to national, no common level) · `SE none safeguarded-as "HEMLIG"` (no equivalent;
   * one way).
   */
  protected levelEquivalence = this.RULE('levelEquivalence', () => {
    this.CONSUME(T.Level);
    this.OPTION(() => this.CONSUME(T.Identifier, { LABEL: 'level' }));
    this.CONSUME(T.Equals);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.levelMarking, { LABEL: 'cells' }) });
  });

  /**
   * One party's marking in a row: `EE "SALAJANE"` · `SE none` · `US none marked-as "Netherlands
   * RESTRICTED"`. Words after a cell, up to the next comma, are read here and reported by the
   * builder, so that one stray word does not swallow the rest of the row.
   */
  protected levelMarking = this.RULE('levelMarking', () => {
    this.CONSUME(T.Identifier, { LABEL: 'party' });
    this.OR(
      (this.alternatives.levelMarking ??= [
        { ALT: () => this.CONSUME(T.StringLiteral, { LABEL: 'marking' }) },
        {
          ALT: () => {
            this.CONSUME2(T.Identifier, { LABEL: 'none' });
            this.OPTION(() => {
              this.CONSUME3(T.Identifier, { LABEL: 'handling' });
              this.CONSUME2(T.StringLiteral, { LABEL: 'handledAs' });
            });
          },
        },
      ]),
    );
    this.MANY(() =>
      this.OR2(
        (this.alternatives.cellExtra ??= [T.Identifier, T.StringLiteral, T.NumberLiteral, T.DateLiteral, T.TlpLabel, T.TwentyFourSeven, T.UnterminatedString].map((type) => ({
          ALT: () => this.CONSUME4(type, { LABEL: 'extra' }),
        }))),
      ),
    );
  });

  /** `channel ThreatIntel between EE, FI { … }` */
  protected channel = this.RULE('channel', () => {
    this.CONSUME(T.Channel);
    this.CONSUME(T.Identifier, { LABEL: 'id' });
    this.CONSUME(T.Between);
    this.SUBRULE(this.identifierList, { LABEL: 'members' });
    this.OPTION(() => this.block((this.alternatives.channelBlock ??= [{ ALT: () => this.SUBRULE(this.channelItem) }, { ALT: () => this.SUBRULE(this.stray) }, { ALT: () => this.SUBRULE(this.misplacedInChannel, { LABEL: 'misplaced' }) }])));
  });

  protected channelItem = this.RULE('channelItem', () => {
    this.OR(
      (this.alternatives.channelItem ??= [
        {
          // `carries indicators, classified, "technical data packages"`
          ALT: () => {
            this.CONSUME(T.Carries);
            this.AT_LEAST_ONE_SEP2({
              SEP: T.Comma,
              DEF: () =>
                this.OR2(
                  (this.alternatives.carried ??= [
                    { ALT: () => this.CONSUME4(T.Identifier, { LABEL: 'carries' }) },
                    { ALT: () => this.CONSUME2(T.StringLiteral, { LABEL: 'carriesText' }) },
                  ]),
                ),
            });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Marking);
            this.CONSUME(T.TlpLabel, { LABEL: 'tlp' });
          },
        },
        {
          // `handling legend "…"` · `handling releasable-to "NLD, USA"` · `handling originator-controlled`
          ALT: () => {
            this.CONSUME(T.Handling);
            this.CONSUME5(T.Identifier, { LABEL: 'caveat' });
            this.OPTION5(() => this.SUBRULE3(this.prose, { LABEL: 'caveatText' }));
          },
        },
        {
          // `classification SECRET under GSA` · `classification from CONFIDENTIAL` · `classification any`
          ALT: () => {
            this.CONSUME(T.Classification);
            this.OPTION6(() => this.CONSUME(T.From));
            this.CONSUME(T.Identifier, { LABEL: 'level' });
            this.OPTION(() => {
              this.CONSUME(T.Under);
              this.CONSUME2(T.Identifier, { LABEL: 'agreement' });
            });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Onward);
            this.CONSUME(T.Sharing);
            this.CONSUME3(T.Identifier, { LABEL: 'onward' });
            this.OPTION2(() => {
              this.CONSUME(T.To);
              this.SUBRULE2(this.identifierList, { LABEL: 'onwardTo' });
            });
            this.OPTION4(() => {
              this.CONSUME(T.Except);
              this.SUBRULE(this.recipientList, { LABEL: 'onwardExcept' });
            });
          },
        },
        {
          // `exchange when-practical, subject-to-national-law "consistent with existing arrangements"`
          ALT: () => {
            this.CONSUME(T.Exchange);
            this.OR4(
              (this.alternatives.exchangeHedge ??= [
                {
                  ALT: () => {
                    this.SUBRULE4(this.identifierList, { LABEL: 'hedges' });
                    this.OPTION7(() => this.SUBRULE4(this.prose, { LABEL: 'hedgeText' }));
                  },
                },
                { ALT: () => this.SUBRULE5(this.prose, { LABEL: 'hedgeText' }) },
              ]),
            );
          },
        },
        {
          // `deadline "answer a visit request" within 3 working-days of request`
          ALT: () => {
            this.CONSUME(T.Deadline);
            this.SUBRULE6(this.prose, { LABEL: 'duty' });
            this.SUBRULE(this.deadline, { LABEL: 'timeLimit' });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Purpose);
            this.SUBRULE(this.prose, { LABEL: 'purpose' });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Safeguards);
            this.SUBRULE3(this.identifierList, { LABEL: 'safeguards' });
            this.OPTION3(() => this.SUBRULE2(this.prose, { LABEL: 'safeguardsText' }));
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Recipients);
            this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.StringLiteral, { LABEL: 'recipients' }) });
          },
        },
        { ALT: () => this.SUBRULE(this.contactsItem) },
        { ALT: () => this.SUBRULE(this.breachProcedure) },
      ]),
    );
  });

  /** `protocol MajorIncident { when severity high … }` */
  protected incidentProtocol = this.RULE('incidentProtocol', () => {
    this.CONSUME(T.Protocol);
    this.CONSUME(T.Identifier, { LABEL: 'id' });
    this.block((this.alternatives.protocolBlock ??= [{ ALT: () => this.SUBRULE(this.protocolItem) }, { ALT: () => this.SUBRULE(this.stray) }, { ALT: () => this.SUBRULE(this.misplacedInProtocol, { LABEL: 'misplaced' }) }]));
  });

  protected protocolItem = this.RULE('protocolItem', () => {
    this.OR(
      (this.alternatives.protocolItem ??= [
        {
          // `when severity high, category "ransomware"`
          ALT: () => {
            this.CONSUME(T.When);
            this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.triggerCondition, { LABEL: 'conditions' }) });
          },
        },
        {
          // `notify FI, EE within 24 hours via ThreatIntel`
          ALT: () => {
            this.CONSUME(T.Notify);
            this.OPTION(() => this.SUBRULE(this.identifierList, { LABEL: 'recipients' }));
            // `notify FI by EE within …`: who notifies (else the party that becomes aware).
            this.OPTION2(() => {
              this.CONSUME(T.By);
              this.SUBRULE2(this.identifierList, { LABEL: 'notifiers' });
            });
            this.SUBRULE(this.deadline);
          },
        },
        {
          // `report final within 1 month`
          ALT: () => {
            this.CONSUME(T.Report);
            this.CONSUME(T.Identifier, { LABEL: 'stage' });
            this.SUBRULE2(this.deadline);
          },
        },
        {
          // `escalate to SteeringCommittee within 48 hours`
          ALT: () => {
            this.CONSUME(T.Escalate);
            this.CONSUME(T.To);
            this.CONSUME2(T.Identifier, { LABEL: 'escalateTo' });
            this.SUBRULE3(this.deadline);
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Content);
            this.SUBRULE(this.prose, { LABEL: 'content' });
          },
        },
        {
          // `threshold "an incident that causes severe operational disruption …"`: what the trigger's severity means
          ALT: () => {
            this.CONSUME(T.Threshold);
            this.SUBRULE2(this.prose, { LABEL: 'threshold' });
          },
        },
        { ALT: () => this.SUBRULE(this.contactsItem) },
      ]),
    );
  });

  protected triggerCondition = this.RULE('triggerCondition', () => {
    this.CONSUME(T.Identifier, { LABEL: 'attribute' });
    this.SUBRULE(this.wordOrString, { LABEL: 'value' });
  });

  // ── Working together and the text itself ────────────────────────────────────────────────────

  /** `exercise CyberShield every 12 months led by EE with FI { scope "…" first 2027-09-15 contacts EE.Duty }` */
  protected exercise = this.RULE('exercise', () => {
    this.CONSUME(T.Exercise);
    this.CONSUME(T.Identifier, { LABEL: 'id' });
    this.OPTION(() => this.SUBRULE(this.cadence));
    this.OPTION2(() => {
      this.CONSUME(T.Led);
      this.CONSUME(T.By);
      this.CONSUME2(T.Identifier, { LABEL: 'lead' });
    });
    this.OPTION3(() => {
      this.CONSUME(T.With);
      this.SUBRULE(this.identifierList, { LABEL: 'participants' });
    });
    this.OPTION4(() => this.block((this.alternatives.exerciseBlock ??= [{ ALT: () => this.SUBRULE(this.exerciseItem) }, { ALT: () => this.SUBRULE(this.stray) }, { ALT: () => this.SUBRULE(this.misplacedInExercise, { LABEL: 'misplaced' }) }])));
  });

  protected exerciseItem = this.RULE('exerciseItem', () => {
    this.OR(
      (this.alternatives.exerciseItem ??= [
        {
          ALT: () => {
            this.CONSUME(T.Scope);
            this.SUBRULE(this.prose, { LABEL: 'scope' });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.First);
            this.CONSUME(T.DateLiteral, { LABEL: 'first' });
          },
        },
        { ALT: () => this.SUBRULE(this.contactsItem) },
      ]),
    );
  });

  /** `capacity-building Training by EE for FI { … }` · `technology-transfer Tools from EE to FI { … }` */
  protected cooperation = this.RULE('cooperation', () => {
    this.OR((this.alternatives.cooperationKind ??= [{ ALT: () => this.CONSUME(T.CapacityBuilding) }, { ALT: () => this.CONSUME(T.TechnologyTransfer) }]));
    this.CONSUME(T.Identifier, { LABEL: 'id' });
    this.OPTION(() => {
      this.OR2((this.alternatives.providersWord ??= [{ ALT: () => this.CONSUME(T.By) }, { ALT: () => this.CONSUME(T.From) }]));
      this.SUBRULE(this.identifierList, { LABEL: 'providers' });
    });
    this.OPTION2(() => {
      this.OR3((this.alternatives.beneficiariesWord ??= [{ ALT: () => this.CONSUME(T.For) }, { ALT: () => this.CONSUME(T.To) }]));
      this.SUBRULE2(this.identifierList, { LABEL: 'beneficiaries' });
    });
    this.OPTION3(() =>
      this.block((this.alternatives.cooperationBlock ??= [{ ALT: () => this.SUBRULE(this.cooperationItem) }, { ALT: () => this.SUBRULE(this.stray) }, { ALT: () => this.SUBRULE(this.misplacedInCooperation, { LABEL: 'misplaced' }) }])),
    );
  });

  protected cooperationItem = this.RULE('cooperationItem', () => {
    this.OR(
      (this.alternatives.cooperationItem ??= [
        {
          ALT: () => {
            this.CONSUME(T.Activities);
            this.SUBRULE(this.identifierList, { LABEL: 'activities' });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Description);
            this.SUBRULE(this.prose, { LABEL: 'description' });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Intellectual);
            this.CONSUME(T.Property);
            this.SUBRULE(this.wordOrString, { LABEL: 'intellectualProperty' });
          },
        },
      ]),
    );
  });

  /**
   * `body SteeringCommittee "Joint Steering Committee" members EE, FI meets every 6 months`: a
   * body's statements follow its name without braces.
   */
  protected governanceBody = this.RULE('governanceBody', () => {
    this.CONSUME(T.Body);
    this.CONSUME(T.Identifier, { LABEL: 'id' });
    this.OPTION(() => this.CONSUME(T.StringLiteral, { LABEL: 'name' }));
    this.MANY(() => this.SUBRULE(this.bodyItem));
  });

  protected bodyItem = this.RULE('bodyItem', () => {
    this.OR(
      (this.alternatives.bodyItem ??= [
        {
          ALT: () => {
            this.CONSUME(T.Members);
            this.SUBRULE(this.identifierList, { LABEL: 'members' });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Meets);
            this.SUBRULE(this.meeting, { LABEL: 'meets' });
            this.MANY(() => {
              this.CONSUME(T.Comma);
              this.SUBRULE2(this.meeting, { LABEL: 'meets' });
            });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Chair);
            this.CONSUME(T.Identifier, { LABEL: 'chair' });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Mandate);
            this.SUBRULE(this.prose, { LABEL: 'mandate' });
          },
        },
      ]),
    );
  });

  /** When a body meets: a cadence (`every 6 months`), a minimum (`at least annually`) or a word (`as-agreed`, `on-request`, `periodically`). */
  protected meeting = this.RULE('meeting', () => {
    this.OR(
      (this.alternatives.meeting ??= [
        {
          ALT: () => {
            this.SUBRULE(this.atLeast);
            this.SUBRULE(this.cadence, { LABEL: 'minimum' });
          },
        },
        { ALT: () => this.SUBRULE2(this.cadence, { LABEL: 'cadence' }) },
        { ALT: () => this.CONSUME(T.Identifier, { LABEL: 'term' }) },
      ]),
    );
  });

  /**
   * One note (or letter) of an exchange that constitutes the instrument:
   * `note Proposal "Note No. 181" from US to NL at "The Hague" on 1959-10-08 """…"""` ·
   * `note Reply from NL to US on 1959-10-08 answering Proposal`.
   */
  protected note = this.RULE('note', () => {
    this.OR((this.alternatives.noteKeyword ??= [{ ALT: () => this.CONSUME(T.Note) }, { ALT: () => this.CONSUME(T.Letter) }]));
    this.CONSUME(T.Identifier, { LABEL: 'id' });
    this.OPTION(() => this.CONSUME(T.StringLiteral, { LABEL: 'heading' }));
    this.OPTION2(() => {
      this.CONSUME(T.From);
      this.CONSUME2(T.Identifier, { LABEL: 'author' });
    });
    this.OPTION3(() => {
      this.CONSUME(T.To);
      this.CONSUME3(T.Identifier, { LABEL: 'addressee' });
    });
    this.OPTION4(() => {
      this.CONSUME(T.At);
      this.CONSUME2(T.StringLiteral, { LABEL: 'place' });
    });
    this.OPTION5(() => {
      this.CONSUME(T.On);
      this.CONSUME(T.DateLiteral, { LABEL: 'date' });
    });
    this.OPTION6(() => {
      this.CONSUME(T.Answering);
      this.CONSUME4(T.Identifier, { LABEL: 'answers' });
    });
    this.OPTION7(() => this.SUBRULE(this.prose, { LABEL: 'body' }));
  });

  /** `define "Incident" means "…"` */
  protected definition = this.RULE('definition', () => {
    this.CONSUME(T.Define);
    this.CONSUME(T.StringLiteral, { LABEL: 'term' });
    this.CONSUME(T.Means);
    this.SUBRULE(this.prose, { LABEL: 'meaning' });
  });

  /**
   * `clause Costs "Costs" about costs """…"""` · `clause Confidentiality from library "confidentiality/mou"`
   * The strings after the id are read by the AST builder: a triple-quoted string is always the
   * body; of plain strings, the last is the body unless the clause comes from the library.
   */
  protected clause = this.RULE('clause', () => {
    this.CONSUME(T.Clause);
    this.CONSUME(T.Identifier, { LABEL: 'id' });
    this.OPTION(() => this.CONSUME(T.StringLiteral, { LABEL: 'heading' }));
    this.OPTION2(() => {
      this.CONSUME(T.About);
      this.SUBRULE(this.wordList, { LABEL: 'topics' });
    });
    this.OPTION3(() => {
      this.CONSUME(T.From);
      this.CONSUME(T.Library);
      this.CONSUME2(T.StringLiteral, { LABEL: 'libraryRef' });
    });
    this.OPTION4(() => this.SUBRULE(this.prose, { LABEL: 'body' }));
  });

  /** `assistance { basis budapest-35 preservation for 90 days central authority EE "Ministry of Justice" }` */
  protected assistance = this.RULE('assistance', () => {
    this.CONSUME(T.Assistance);
    this.block((this.alternatives.assistanceBlock ??= [{ ALT: () => this.SUBRULE(this.assistanceItem) }, { ALT: () => this.SUBRULE(this.stray) }, { ALT: () => this.SUBRULE(this.misplacedInAssistance, { LABEL: 'misplaced' }) }]));
  });

  protected assistanceItem = this.RULE('assistanceItem', () => {
    this.OR(
      (this.alternatives.assistanceItem ??= [
        {
          ALT: () => {
            this.CONSUME(T.Basis);
            this.SUBRULE(this.identifierList, { LABEL: 'basis' });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Preservation);
            this.CONSUME(T.For);
            this.OPTION(() => this.SUBRULE(this.atLeast));
            this.SUBRULE(this.quantity, { LABEL: 'preservation' });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Central);
            this.CONSUME(T.Authority);
            this.CONSUME(T.Identifier, { LABEL: 'authorityParty' });
            this.CONSUME(T.StringLiteral, { LABEL: 'authorityName' });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Under);
            this.CONSUME2(T.StringLiteral, { LABEL: 'mlaTreaty' });
          },
        },
      ]),
    );
  });

  // ── Designations ─────────────────────────────────────────────────────────────────────────────

  /**
   * `designate central-authority notified to "the Secretary General …"` (each party shall
   * designate one; names come later) · `designate competent-authority NL "Minister of Defence"`
   * (a designation the text makes) · `designate point-of-contact available 24/7 for Exchange`.
   */
  protected designation = this.RULE('designation', () => {
    this.CONSUME(T.Designate);
    this.CONSUME(T.Identifier, { LABEL: 'role' });
    this.OPTION(() => {
      this.CONSUME2(T.Identifier, { LABEL: 'party' });
      this.OPTION2(() => this.CONSUME(T.StringLiteral, { LABEL: 'name' }));
    });
    this.OPTION3(() => {
      this.CONSUME(T.Available);
      this.OR(
        (this.alternatives.designationHours ??= [
          { ALT: () => this.CONSUME(T.TwentyFourSeven, { LABEL: 'hours' }) },
          { ALT: () => this.CONSUME3(T.Identifier, { LABEL: 'hours' }) },
        ]),
      );
    });
    this.OPTION4(() => {
      this.CONSUME(T.For);
      this.SUBRULE(this.identifierList, { LABEL: 'for' });
    });
    this.OPTION5(() => {
      this.CONSUME(T.Notified);
      this.CONSUME(T.To);
      this.SUBRULE(this.prose, { LABEL: 'notifiedTo' });
    });
  });
}

export type { CstNode, IToken };
