/**
 * Declarations about who shares what: use, parties and contacts, security agreements, channels
 * and incident protocols. See parser-shared.ts.
 */
import { HeaderRules } from './parser-header';
import * as T from './tokens';

export class SharingRules extends HeaderRules {
  // ── Declarations ──────────────────────────────────────────────────────────────────────────

  /** `use "registry/partners.entente"` */
  protected use = this.RULE('use', () => {
    this.CONSUME(T.Use);
    this.CONSUME(T.StringLiteral, { LABEL: 'path' });
  });

  /** `participant EE "Republic of Estonia" { … }` (or `party`, the treaty word). */
  protected party = this.RULE('party', () => {
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

  protected partyItem = this.RULE('partyItem', () => {
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
  protected contact = this.RULE('contact', () => {
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
  protected securityAgreement = this.RULE('securityAgreement', () => {
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
  protected levelEquivalence = this.RULE('levelEquivalence', () => {
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

  /** `channel ThreatIntel between EE, FI { … }` */
  protected channel = this.RULE('channel', () => {
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

  protected channelItem = this.RULE('channelItem', () => {
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
  protected incidentProtocol = this.RULE('incidentProtocol', () => {
    this.CONSUME(T.Protocol);
    this.CONSUME(T.Identifier, { LABEL: 'id' });
    this.CONSUME(T.LCurly);
    this.MANY(() =>
      this.OR([{ ALT: () => this.SUBRULE(this.protocolItem) }, { ALT: () => this.SUBRULE(this.stray) }]),
    );
    this.CONSUME(T.RCurly);
  });

  protected protocolItem = this.RULE('protocolItem', () => {
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
      { ALT: () => this.SUBRULE(this.contactsItem) },
    ]);
  });

  protected triggerCondition = this.RULE('triggerCondition', () => {
    this.CONSUME(T.Identifier, { LABEL: 'attribute' });
    this.SUBRULE(this.wordOrString, { LABEL: 'value' });
  });
}
