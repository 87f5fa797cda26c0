/**
 * The Entente concrete-syntax parser: a Chevrotain CstParser with error recovery on, so one
 * typo never hides the rest of the document. It only recognises structure; every meaning
 * (enums, quantities, dates, which string is a heading) is given by the AST builder.
 *
 * Rules are class fields, so a mistyped SUBRULE is a compile error. One parser instance is
 * shared by every parse (see `parse.ts`); `input =` resets its state.
 */
import { CstParser, type CstNode, type IToken } from 'chevrotain';
import { errorMessageProvider } from './error-messages';
import * as T from './tokens';

export class EntenteParser extends CstParser {
  constructor() {
    super(T.allTokens, { recoveryEnabled: true, maxLookahead: 3, nodeLocationTracking: 'onlyOffset', errorMessageProvider });
    this.performSelfAnalysis();
  }

  public document = this.RULE('document', () => {
    this.MANY(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.topLevel) },
        { ALT: () => this.SUBRULE(this.junk) },
      ]),
    );
  });

  /**
   * Text that cannot start a declaration. Consumed here (and reported by the AST builder) so
   * that the declarations after it still parse: recovery in linear time, with no re-parse.
   */
  private junk = this.RULE('junk', () => {
    this.AT_LEAST_ONE(() => this.CONSUME(T.NotTopLevel, { LABEL: 'tokens' }));
  });

  /** Text inside a block that starts no statement of that block; reported by the AST builder. */
  private stray = this.RULE('stray', () => {
    this.AT_LEAST_ONE(() => this.CONSUME(T.Stray, { LABEL: 'tokens' }));
  });

  private topLevel = this.RULE('topLevel', () => {
    this.OR([
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
    ]);
  });

  // ── Instrument header ─────────────────────────────────────────────────────────────────────

  /** `memorandum "Title" { … }`, or `annex "Title" of "parent.entente" { … }`. */
  private instrument = this.RULE('instrument', () => {
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

  private headerItem = this.RULE('headerItem', () => {
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
  private statusItem = this.RULE('statusItem', () => {
    this.CONSUME(T.Status);
    this.CONSUME(T.Identifier, { LABEL: 'value' });
  });

  /** `languages English, Estonian equally-valid prevailing English` */
  private languagesItem = this.RULE('languagesItem', () => {
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
  private signatureItem = this.RULE('signatureItem', () => {
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
  private effectItem = this.RULE('effectItem', () => {
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
  private consentItem = this.RULE('consentItem', () => {
    this.CONSUME(T.Consent);
    this.CONSUME(T.By);
    this.SUBRULE(this.identifierList, { LABEL: 'means' });
  });

  /** `duration 5 years renewable for 5 years` · `duration indefinite` */
  private durationItem = this.RULE('durationItem', () => {
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
  private terminationItem = this.RULE('terminationItem', () => {
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
  private amendmentItem = this.RULE('amendmentItem', () => {
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
  private disputesItem = this.RULE('disputesItem', () => {
    this.CONSUME(T.Disputes);
    this.CONSUME(T.By);
    this.SUBRULE(this.identifierList, { LABEL: 'means' });
    this.OPTION(() => this.CONSUME(T.StringLiteral, { LABEL: 'forum' }));
  });

  /** `governing law international` · `applicable law "the law of England and Wales"` */
  private governingLawItem = this.RULE('governingLawItem', () => {
    this.OR([{ ALT: () => this.CONSUME(T.Governing) }, { ALT: () => this.CONSUME(T.Applicable) }]);
    this.CONSUME(T.Law);
    this.SUBRULE(this.wordOrString, { LABEL: 'law' });
  });

  /** `depositary "Secretary General of the Council of Europe"` or a party id. */
  private depositaryItem = this.RULE('depositaryItem', () => {
    this.CONSUME(T.Depositary);
    this.SUBRULE(this.wordOrString, { LABEL: 'depositary' });
  });

  /** `registration article-102` · `registration none` */
  private registrationItem = this.RULE('registrationItem', () => {
    this.CONSUME(T.Registration);
    this.SUBRULE(this.wordOrString, { LABEL: 'registration' });
  });

  /** `reservations none` · `reservations permitted` · `reservations "Articles 4 and 6 only"` */
  private reservationsItem = this.RULE('reservationsItem', () => {
    this.CONSUME(T.Reservations);
    this.SUBRULE(this.wordOrString, { LABEL: 'reservations' });
  });

  // ── Declarations ──────────────────────────────────────────────────────────────────────────

  /** `use "registry/partners.entente"` */
  private use = this.RULE('use', () => {
    this.CONSUME(T.Use);
    this.CONSUME(T.StringLiteral, { LABEL: 'path' });
  });

  /** `participant EE "Republic of Estonia" { … }` (or `party`, the treaty word). */
  private party = this.RULE('party', () => {
    this.OR([{ ALT: () => this.CONSUME(T.Party) }, { ALT: () => this.CONSUME(T.Participant) }]);
    this.CONSUME(T.Identifier, { LABEL: 'id' });
    this.OPTION(() => this.CONSUME(T.StringLiteral, { LABEL: 'name' }));
    this.OPTION2(() => {
      this.CONSUME(T.LCurly);
      this.MANY(() =>
        this.OR2([{ ALT: () => this.SUBRULE(this.partyItem) }, { ALT: () => this.SUBRULE(this.stray) }]),
      );
      this.CONSUME(T.RCurly);
    });
  });

  private partyItem = this.RULE('partyItem', () => {
    this.OR([
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
    ]);
  });

  /** `contact Duty "CERT-EE duty desk" available 24/7 email "cert@cert.ee" phone "+372 …"` */
  private contact = this.RULE('contact', () => {
    this.CONSUME(T.Contact);
    this.OPTION(() => this.CONSUME(T.Identifier, { LABEL: 'id' }));
    this.CONSUME(T.StringLiteral, { LABEL: 'name' });
    this.MANY(() =>
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.Available);
            this.OR2([
              { ALT: () => this.CONSUME(T.TwentyFourSeven, { LABEL: 'hours' }) },
              { ALT: () => this.CONSUME2(T.Identifier, { LABEL: 'hours' }) },
            ]);
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
    );
  });

  /** `security-agreement GSA "General Security Agreement" between EE, FI up to SECRET { … }` */
  private securityAgreement = this.RULE('securityAgreement', () => {
    this.CONSUME(T.SecurityAgreement);
    this.CONSUME(T.Identifier, { LABEL: 'id' });
    this.OPTION(() => this.CONSUME(T.StringLiteral, { LABEL: 'name' }));
    this.CONSUME(T.Between);
    this.SUBRULE(this.identifierList, { LABEL: 'parties' });
    this.OPTION2(() => {
      this.CONSUME(T.Up);
      this.CONSUME(T.To);
      this.CONSUME2(T.Identifier, { LABEL: 'level' });
    });
    this.OPTION3(() => {
      this.CONSUME(T.LCurly);
      this.MANY(() =>
        this.OR([
          { ALT: () => this.SUBRULE(this.levelEquivalence) },
          { ALT: () => this.SUBRULE(this.breachProcedure) },
          { ALT: () => this.SUBRULE(this.stray) },
        ]),
      );
      this.CONSUME(T.RCurly);
    });
  });

  /** `level SECRET equals EE "SALAJANE", FI "SALAINEN"` */
  private levelEquivalence = this.RULE('levelEquivalence', () => {
    this.CONSUME(T.Level);
    this.CONSUME(T.Identifier, { LABEL: 'level' });
    this.CONSUME(T.Equals);
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => {
        this.CONSUME2(T.Identifier, { LABEL: 'party' });
        this.CONSUME(T.StringLiteral, { LABEL: 'marking' });
      },
    });
  });

  /** `breach procedure "…"` */
  private breachProcedure = this.RULE('breachProcedure', () => {
    this.CONSUME(T.Breach);
    this.CONSUME(T.Procedure);
    this.SUBRULE(this.prose, { LABEL: 'text' });
  });

  /** `channel ThreatIntel between EE, FI { … }` */
  private channel = this.RULE('channel', () => {
    this.CONSUME(T.Channel);
    this.CONSUME(T.Identifier, { LABEL: 'id' });
    this.CONSUME(T.Between);
    this.SUBRULE(this.identifierList, { LABEL: 'members' });
    this.OPTION(() => {
      this.CONSUME(T.LCurly);
      this.MANY(() =>
        this.OR2([{ ALT: () => this.SUBRULE(this.channelItem) }, { ALT: () => this.SUBRULE(this.stray) }]),
      );
      this.CONSUME(T.RCurly);
    });
  });

  private channelItem = this.RULE('channelItem', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Carries);
          this.SUBRULE(this.identifierList, { LABEL: 'carries' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Marking);
          this.CONSUME(T.TlpLabel, { LABEL: 'tlp' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Classification);
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
      {
        ALT: () => {
          this.CONSUME(T.Contacts);
          this.AT_LEAST_ONE_SEP2({ SEP: T.Comma, DEF: () => this.SUBRULE(this.qualifiedName, { LABEL: 'contacts' }) });
        },
      },
      { ALT: () => this.SUBRULE(this.breachProcedure) },
    ]);
  });

  /** `protocol MajorIncident { when severity high … }` */
  private incidentProtocol = this.RULE('incidentProtocol', () => {
    this.CONSUME(T.Protocol);
    this.CONSUME(T.Identifier, { LABEL: 'id' });
    this.CONSUME(T.LCurly);
    this.MANY(() =>
      this.OR([{ ALT: () => this.SUBRULE(this.protocolItem) }, { ALT: () => this.SUBRULE(this.stray) }]),
    );
    this.CONSUME(T.RCurly);
  });

  private protocolItem = this.RULE('protocolItem', () => {
    this.OR([
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
    ]);
  });

  private triggerCondition = this.RULE('triggerCondition', () => {
    this.CONSUME(T.Identifier, { LABEL: 'attribute' });
    this.SUBRULE(this.wordOrString, { LABEL: 'value' });
  });

  /** `within 24 hours via ThreatIntel` */
  private deadline = this.RULE('deadline', () => {
    this.CONSUME(T.Within);
    this.SUBRULE(this.quantity, { LABEL: 'within' });
    this.OPTION(() => {
      this.CONSUME(T.Via);
      this.CONSUME(T.Identifier, { LABEL: 'via' });
    });
  });

  /** `exercise CyberShield every 12 months led by EE with FI { scope "…" first 2027-09-15 }` */
  private exercise = this.RULE('exercise', () => {
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
    this.OPTION4(() => {
      this.CONSUME(T.LCurly);
      this.MANY(() =>
        this.OR([
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
          { ALT: () => this.SUBRULE(this.stray) },
        ]),
      );
      this.CONSUME(T.RCurly);
    });
  });

  /** `every 12 months` · `annually` · `biennially` */
  private cadence = this.RULE('cadence', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Every);
          this.SUBRULE(this.quantity, { LABEL: 'interval' });
        },
      },
      { ALT: () => this.CONSUME(T.Annually) },
      { ALT: () => this.CONSUME(T.Biennially) },
    ]);
  });

  /** `capacity-building Training by EE for FI { … }` · `technology-transfer Tools from EE to FI { … }` */
  private cooperation = this.RULE('cooperation', () => {
    this.OR([{ ALT: () => this.CONSUME(T.CapacityBuilding) }, { ALT: () => this.CONSUME(T.TechnologyTransfer) }]);
    this.CONSUME(T.Identifier, { LABEL: 'id' });
    this.OPTION(() => {
      this.OR2([{ ALT: () => this.CONSUME(T.By) }, { ALT: () => this.CONSUME(T.From) }]);
      this.SUBRULE(this.identifierList, { LABEL: 'providers' });
    });
    this.OPTION2(() => {
      this.OR3([{ ALT: () => this.CONSUME(T.For) }, { ALT: () => this.CONSUME(T.To) }]);
      this.SUBRULE2(this.identifierList, { LABEL: 'beneficiaries' });
    });
    this.OPTION3(() => {
      this.CONSUME(T.LCurly);
      this.MANY(() =>
        this.OR4([
          {
            ALT: () => {
              this.CONSUME(T.Activities);
              this.SUBRULE3(this.identifierList, { LABEL: 'activities' });
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
          { ALT: () => this.SUBRULE(this.stray) },
        ]),
      );
      this.CONSUME(T.RCurly);
    });
  });

  /** `body SteeringCommittee "Joint Steering Committee" members EE, FI meets every 6 months` */
  private governanceBody = this.RULE('governanceBody', () => {
    this.CONSUME(T.Body);
    this.CONSUME(T.Identifier, { LABEL: 'id' });
    this.OPTION(() => this.CONSUME(T.StringLiteral, { LABEL: 'name' }));
    this.MANY(() =>
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.Members);
            this.SUBRULE(this.identifierList, { LABEL: 'members' });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Meets);
            this.SUBRULE(this.cadence, { LABEL: 'meets' });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Chair);
            this.CONSUME2(T.Identifier, { LABEL: 'chair' });
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

  /** `define "Incident" means "…"` */
  private definition = this.RULE('definition', () => {
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
  private clause = this.RULE('clause', () => {
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
  private assistance = this.RULE('assistance', () => {
    this.CONSUME(T.Assistance);
    this.CONSUME(T.LCurly);
    this.MANY(() =>
      this.OR([
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
        { ALT: () => this.SUBRULE(this.stray) },
      ]),
    );
    this.CONSUME(T.RCurly);
  });

  // ── Shared pieces ─────────────────────────────────────────────────────────────────────────

  /** `24 hours`, `6 months`, `5 years` */
  private quantity = this.RULE('quantity', () => {
    this.CONSUME(T.NumberLiteral, { LABEL: 'amount' });
    this.CONSUME(T.Identifier, { LABEL: 'unit' });
  });

  private identifierList = this.RULE('identifierList', () => {
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.Identifier, { LABEL: 'items' }) });
  });

  /** Free words, keywords included: `about termination, costs`. */
  private wordList = this.RULE('wordList', () => {
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.AnyWord, { LABEL: 'items' }) });
  });

  /** `EE.Duty` */
  private qualifiedName = this.RULE('qualifiedName', () => {
    this.CONSUME(T.Identifier, { LABEL: 'qualifier' });
    this.CONSUME(T.Dot);
    this.CONSUME2(T.Identifier, { LABEL: 'name' });
  });

  /** A closed word or free text; longer texts (a reservations article, IP terms) may be prose. */
  private wordOrString = this.RULE('wordOrString', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Identifier, { LABEL: 'word' }) },
      { ALT: () => this.CONSUME(T.StringLiteral, { LABEL: 'text' }) },
      { ALT: () => this.CONSUME(T.TripleString, { LABEL: 'text' }) },
    ]);
  });

  /** Prose: a one-line string or a triple-quoted block. */
  private prose = this.RULE('prose', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.StringLiteral, { LABEL: 'text' }) },
      { ALT: () => this.CONSUME(T.TripleString, { LABEL: 'text' }) },
    ]);
  });
}

export type { CstNode, IToken };
