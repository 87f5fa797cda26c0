/**
 * Statutory incident-reporting duties: who is bound, towards whom, by when, and from which event
 * each deadline runs. None of them governs a notification between States, ministries, CERTs or
 * alliance bodies under a treaty or MoU: each binds an entity towards its own authority, and
 * runs separately from anything a cooperation instrument sets.
 *
 * Sources (research/sources/): nis2-2022-2555.md (Art. 23(1), (4): EUR-Lex consolidated text,
 * verified); gdpr-2016-679.md (Art. 33: OJ Formex text, verified); dora-2022-2554-and-rts-2025-301.md
 * (DORA Art. 19 from a verbatim reproduction; Delegated Regulation (EU) 2025/301 Art. 5(1)(a)–(b)
 * from a reproduction of the OJ text, 5(1)(c) partly read). CIRCIA (circia.md): secondary
 * sources only; its deadlines apply once CISA's final rule takes effect, which nobody found
 * published as of late 2026.
 */
import type { Regime } from '../ast/vocabulary';

export interface ReportingStage {
  /** What is sent, with its deadline and the event the deadline runs from. */
  readonly text: string;
  readonly pinpoint: string;
}

export interface ReportingDuty {
  readonly regime: Regime;
  readonly instrument: string;
  /** Who the statute binds, in words. */
  readonly bound: string;
  /** To whom the duty runs. */
  readonly recipient: string;
  readonly trigger: string;
  readonly stages: readonly ReportingStage[];
  readonly caveat?: string;
  readonly verified: boolean;
  /** False while the duty is not shown to apply (CIRCIA before CISA's final rule): then nobody is told it binds. */
  readonly inEffect: boolean;
}

export const reportingDuties: Readonly<Partial<Record<Regime, ReportingDuty>>> = {
  NIS2: {
    regime: 'NIS2',
    instrument: 'Directive (EU) 2022/2555 (NIS2), Art. 23',
    bound: 'essential and important entities (Arts. 2–3)',
    recipient: 'its CSIRT or competent authority',
    trigger: 'a significant incident (Art. 23(3))',
    stages: [
      { text: 'an early warning within 24 hours of becoming aware of it', pinpoint: 'Art. 23(4)(a)' },
      { text: 'an incident notification within 72 hours of becoming aware of it', pinpoint: 'Art. 23(4)(b)' },
      { text: 'a final report within one month of the incident notification', pinpoint: 'Art. 23(4)(d)' },
    ],
    verified: true,
    inEffect: true,
  },
  DORA: {
    regime: 'DORA',
    instrument: 'Regulation (EU) 2022/2554 (DORA), Art. 19, and Delegated Regulation (EU) 2025/301, Art. 5(1)',
    bound: 'financial entities (Art. 2(1)(a)–(t) and (2))',
    recipient: 'its competent authority (Art. 19(1))',
    trigger: 'a major ICT-related incident',
    stages: [
      {
        text: 'an initial notification within 4 hours of classifying the incident as major and at the latest 24 hours after becoming aware of it',
        pinpoint: 'RTS Art. 5(1)(a)',
      },
      { text: 'an intermediate report within 72 hours of submitting the initial notification', pinpoint: 'RTS Art. 5(1)(b)' },
      { text: 'a final report within one month of the latest intermediate report', pinpoint: 'RTS Art. 5(1)(c)' },
    ],
    caveat: 'the RTS were read in a reproduction of the Official Journal text; the end of Art. 5(1)(c) and the weekend rule were not read',
    verified: true,
    inEffect: true,
  },
  GDPR: {
    regime: 'GDPR',
    instrument: 'Regulation (EU) 2016/679 (GDPR), Art. 33',
    bound: 'a controller (and a processor towards its controller)',
    recipient: 'its supervisory authority',
    trigger: 'a personal data breach',
    stages: [
      {
        text: 'a notification without undue delay and, where feasible, within 72 hours of becoming aware of the breach, with reasons for any delay',
        pinpoint: 'Art. 33(1)',
      },
    ],
    verified: true,
    inEffect: true,
  },
  CIRCIA: {
    regime: 'CIRCIA',
    instrument: 'the US Cyber Incident Reporting for Critical Infrastructure Act of 2022 (6 U.S.C. 681b)',
    bound: 'covered entities in critical-infrastructure sectors',
    recipient: 'CISA',
    trigger: 'a covered cyber incident or a ransom payment',
    stages: [
      { text: 'a report within 72 hours of reasonably believing that a covered cyber incident has occurred', pinpoint: '681b(a)(1)' },
      { text: 'a report within 24 hours of making a ransom payment', pinpoint: '681b(a)(2)' },
    ],
    caveat: 'it applies only once CISA’s final rule takes effect, which was not established as of late 2026; the Act was read only in secondary sources',
    verified: false,
    inEffect: false,
  },
};
