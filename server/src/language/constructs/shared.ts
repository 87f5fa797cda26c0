/**
 * What several constructs share: the slots of the grammar's common pieces (quantities,
 * deadlines, `EE.Duty`, prose), the statements more than one block has (`contacts`,
 * `breach procedure`), and the meaning of keywords that belong to no one construct
 * (connectives, and `protocol`, `under` and `from`, which several constructs use differently).
 */
import { clockStarts, durationUnits } from '../ast/vocabulary';
import { closed, reference, text, type Slot, type StatementRow } from './construct';

export const sharedSlots = {
  'quantity.amount': { kind: 'number' },
  'quantity.unit': closed(durationUnits, 'unit', true),
  'qualifiedName.qualifier': reference('party'),
  'qualifiedName.name': { kind: 'contact' },
  'prose.text': text('prose'),
  'deadline.via': reference('channel'),
  'deadline.start': closed(clockStarts, 'start of the time limit'),
} as const satisfies Record<string, Slot>;

/** `contacts EE.Duty, FI.Desk` (channels, incident protocols, exercises). */
export const contactsStatement: StatementRow = {
  rule: 'contactsItem',
  starts: ['contacts'],
  display: 'contacts',
  docs: { contacts: 'The parties\' contacts who operate the channel: `contacts EE.Duty, FI.Desk`.' },
};

/** `breach procedure "…"` (channels, security agreements). */
export const breachStatement: StatementRow = {
  rule: 'breachProcedure',
  starts: ['breach'],
  display: 'breach procedure',
  docs: {
    breach: '`breach procedure "…"`: what happens when shared information is compromised or mishandled.',
    procedure: 'The breach procedure, in prose.',
  },
};

export const sharedDocs: Readonly<Record<string, string>> = {
  protocol:
    'At the top of a file, starts the header of a protocol that supplements or amends another instrument; followed by an id and a block, declares an incident protocol: who notifies whom, how fast and through which channel.',
  under: 'In a channel: the security agreement that protects classified information. In assistance: the mutual-legal-assistance treaty.',
  within: 'A deadline: `within 24 hours`, `within 1 month`, and from when it runs: `within 24 hours of awareness`. Where the text states a standard instead of a period, write its word: `forthwith`, `immediately`, `promptly`, `without-delay`, `without-undue-delay`.',
  via: 'The channel through which a notification or report is sent.',
  forthwith:
    'A deadline stated as a standard, not a period: `notify FI forthwith` ("shall forthwith notify", Convention on Early Notification of a Nuclear Accident 1986, Art. 2(a)). It is printed in those words and never converted into hours; a check that asks for a deadline is satisfied by it, and no check compares it with a number of hours.',
  immediately:
    'A deadline stated as a standard, not a period: `notify FI immediately` ("shall circulate it immediately", Early Notification 1986, Art. 14(1)). Printed in those words, never converted into hours.',
  promptly:
    'A deadline stated as a standard, not a period: `report follow-up promptly` ("promptly provide … such available information", Early Notification 1986, Art. 2(b)). Printed in those words, never converted into hours.',
  'without-delay':
    'A deadline stated as a standard, not a period: `notify States without-delay` ("then, without delay, inform all States whose interests are affected", OPRC 1990, Art. 5(1)(c)). Printed "without delay", never converted into hours.',
  'without-undue-delay':
    'A deadline stated as a standard, not a period: `notify CSIRT without-undue-delay` (the words of GDPR Art. 33(1) and NIS2 Art. 23(1), whose numbers of hours are separate limits the text states beside it). Printed "without undue delay", never converted into hours.',
  every: 'A cadence: `every 12 months`.',
  annually: 'Once a year (every 12 months).',
  biennially: 'Every two years (every 24 months).',
  least: '`at least 60 days`, `at least annually`: a minimum ("not less than sixty days", "not less than annually").',
  principle:
    '`meets in principle annually`: the cadence the text sets as the rule, "in principle" ("The Committee shall meet at the request of either Contracting Party, in principle once a year", NL–Jordan 1978, Art. 8), not a minimum as `at least` is. Printed "in principle once a year".',
  of: 'Connects a notice period (`notice of 6 months`), an annex to its parent (`annex "…" of "parent.entente"`), or a deadline to the event that starts it (`within 24 hours of awareness`).',
  at: 'The place of signature; `at least` makes the period after it a minimum.',
  on: 'A date or event: `on 2027-03-01`, `on signature`.',
  after: 'The event after which the instrument takes effect: `after ratification`, `30 days after last notification`; in `consent by`, when accession opens: `accession after entry-into-force` ("may accede to the present Convention after it has entered into force", Hague Service Convention 1965, Art. 28); in `termination`, when the right to leave runs: `termination after initial period` (only once the initial period of the `duration` has ended).',
  last: '`after last notification`: counted from the last party\'s notification.',
  by: 'Introduces who or how: `represented by`, `led by`, `consent by`, `amendment by`, `disputes by`, `implemented by`, who notifies (`notify FI by EE`), a number of parties, or in `consent by` that accession is open only on invitation (`accession by invitation`).',
  for: 'Introduces a period (`renewable for 5 years`, `renewable tacitly for indefinite period`, `preservation for 90 days`), the beneficiaries of capacity building, the channels a designation serves, the channels a clause\'s topics reach (`about points-of-contact for Exchange`: the clause counts for those channels only), or the Party whose means of consent precede it (`consent by notification for NL, signature for US`).',
  between: 'The parties to a channel or security agreement.',
  up: '`up to SECRET`: the highest classification level a security agreement covers.',
  to: 'Introduces a recipient: `escalate to Body`, `up to SECRET`, onward sharing `to` the only recipients a consent opens (declared parties or the text\'s words in quotes: `with-written-consent to "other Government authorities of the Contracting Parties"`), `notified to` whom a designation is made known, the beneficiaries of a transfer, or in `effect` whom the notifications of entry into force go to where the text names the receiver (`after last notification to "the Government of the Federal Republic of Germany"` or `to DE`, with its article: "all signatories have informed the Government of the Federal Republic of Germany", Arolsen 1993, Art. 3; without `to` the Parties notify each other).',
  from: 'In a channel, `from OPCW`: only these members send what the channel carries, the others receive (without it, every member sends). Elsewhere it introduces the provider of a transfer, `from library` for a library clause, or the lowest level covered: `classification from CONFIDENTIAL` ("CONFIDENTIAL and above").',
  unstated:
    'The text does not state it, and what is written beside it is the reader\'s (a transcriber\'s or a drafter\'s). `status non-binding unstated`: the text does not state its status; every check reads the status as written, but `missing-non-binding-statement` reports the silence (on a draft, remove `unstated` to have the status stated), and the export generates no status sentence, since the signatories made none. `signed on unstated`: the text was signed and does not state when (the Brawijaya–Wageningen Letter of Intent of 1979, undated in the series); it is read as concluded, so no fix that changes its words is offered, and the export dates nothing ("Signed at …" without a date, or no formula with `without formula`).',
  with: 'Introduces a notice (`with notice of 6 months`), the other participants of an exercise, what an implementing arrangement takes from its treaty (`implements "…" with status, duration`), or the proposal note that carries the agreement\'s terms (`note Proposal … with terms`).',
};
