/**
 * Declarations about working together and the text itself: exercises, capacity building and
 * technology transfer, governance bodies, definitions, clauses and legal assistance. See
 * parser-shared.ts.
 */
import { SharingRules } from './parser-sharing';
import * as T from './tokens';

export class CooperationRules extends SharingRules {
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
          { ALT: () => this.SUBRULE(this.contactsItem) },
          { ALT: () => this.SUBRULE(this.stray) },
        ]),
      );
      this.CONSUME(T.RCurly);
    });
  });

  /** `capacity-building Training by EE for FI { … }` · `technology-transfer Tools from EE to FI { … }` */
  protected cooperation = this.RULE('cooperation', () => {
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
  protected governanceBody = this.RULE('governanceBody', () => {
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
}
