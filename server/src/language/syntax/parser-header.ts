/** The instrument header: `memorandum "…" { status … effect … duration … }`. See parser-shared.ts. */
import { SharedRules } from './parser-shared';
import * as T from './tokens';

export class HeaderRules extends SharedRules {
  // ── Instrument header ─────────────────────────────────────────────────────────────────────

  /** `memorandum "Title" { … }`, or `annex "Title" of "parent.entente" { … }`. */
  protected instrument = this.RULE('instrument', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Treaty) },
      { ALT: () => this.CONSUME(T.Memorandum) },
      { ALT: () => this.CONSUME(T.Arrangement) },
      { ALT: () => this.CONSUME(T.Framework) },
      { ALT: () => this.CONSUME(T.Protocol) },
      { ALT: () => this.CONSUME(T.Annex) },
    ]);
    this.CONSUME(T.StringLiteral, { LABEL: 'title' });
    this.OPTION(() => {
      this.CONSUME(T.Of);
      this.CONSUME2(T.StringLiteral, { LABEL: 'parent' });
    });
    this.CONSUME(T.LCurly);
    this.MANY(() =>
      this.OR2([{ ALT: () => this.SUBRULE(this.headerItem) }, { ALT: () => this.SUBRULE(this.stray) }]),
    );
    this.CONSUME(T.RCurly);
  });

  protected headerItem = this.RULE('headerItem', () => {
    this.OR([
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
    ]);
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
    this.OPTION(() =>
      this.OR([{ ALT: () => this.CONSUME(T.Authentic) }, { ALT: () => this.CONSUME(T.EquallyValid) }]),
    );
    this.OPTION2(() => {
      this.CONSUME(T.Prevailing);
      this.CONSUME(T.Identifier, { LABEL: 'prevailing' });
    });
  });

  /** `signed at "Tallinn" on 2027-03-01` (MoU wording) or `done at … on …` (treaty wording). */
  protected signatureItem = this.RULE('signatureItem', () => {
    this.OR([{ ALT: () => this.CONSUME(T.Signed) }, { ALT: () => this.CONSUME(T.Done) }]);
    this.OPTION(() => {
      this.CONSUME(T.At);
      this.CONSUME(T.StringLiteral, { LABEL: 'place' });
    });
    this.OPTION2(() => {
      this.CONSUME(T.On);
      this.CONSUME(T.DateLiteral, { LABEL: 'date' });
    });
  });

  /**
   * `effect on signature` · `effect on 2027-05-01` · `effect after ratification by 3 parties` ·
   * `effect 30 days after last notification`
   */
  protected effectItem = this.RULE('effectItem', () => {
    this.CONSUME(T.Effect);
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.On);
          this.OR2([
            { ALT: () => this.CONSUME(T.DateLiteral, { LABEL: 'date' }) },
            { ALT: () => this.CONSUME(T.Identifier, { LABEL: 'event' }) },
          ]);
        },
      },
      {
        ALT: () => {
          this.OPTION(() => this.SUBRULE(this.quantity, { LABEL: 'delay' }));
          this.CONSUME(T.After);
          this.OPTION2(() => this.CONSUME(T.Last));
          this.CONSUME2(T.Identifier, { LABEL: 'event' });
          this.OPTION3(() => {
            this.CONSUME(T.By);
            this.CONSUME(T.NumberLiteral, { LABEL: 'count' });
            this.OPTION4(() => this.CONSUME3(T.Identifier, { LABEL: 'countNoun' }));
          });
        },
      },
    ]);
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
    this.OR([
      { ALT: () => this.SUBRULE(this.quantity, { LABEL: 'term' }) },
      { ALT: () => this.CONSUME(T.Identifier, { LABEL: 'indefinite' }) },
    ]);
    this.OPTION(() => {
      this.CONSUME(T.Renewable);
      this.OPTION2(() => {
        this.CONSUME(T.For);
        this.SUBRULE2(this.quantity, { LABEL: 'renewalTerm' });
      });
    });
  });

  /** `withdrawal with notice of 6 months` (also termination, discontinue, denunciation). */
  protected terminationItem = this.RULE('terminationItem', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Termination) },
      { ALT: () => this.CONSUME(T.Withdrawal) },
      { ALT: () => this.CONSUME(T.Discontinue) },
      { ALT: () => this.CONSUME(T.Denunciation) },
    ]);
    this.OPTION(() => {
      this.CONSUME(T.With);
      this.CONSUME(T.Notice);
      this.CONSUME(T.Of);
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
        [T.Identifier, T.To, T.Of, T.With, T.For, T.On, T.After, T.By, T.At, T.From, T.Between].map((type) => ({
          ALT: () => this.CONSUME2(type, { LABEL: 'words' }),
        })),
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
    this.OR([{ ALT: () => this.CONSUME(T.Governing) }, { ALT: () => this.CONSUME(T.Applicable) }]);
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
}
