/**
 * `security-agreement GSA "…" between EE, FI [from LEVEL] [up to LEVEL] { scheme … concluded …
 * level … equals … breach procedure … }`
 */
import type { LevelMarking, SecurityAgreement } from '../ast/nodes';
import { classificationLevels, classificationSchemes, noEquivalents, oneWayHandlings } from '../ast/vocabulary';
import { oneArticleEach, closed, name, named, outlineNamed, reference, text, type ConstructRow, type Paragraph, type RenderContext, type SlotTable } from './construct';
import { breachStatement } from './shared';
import { withThe } from '../util/with-the';
import { capitalise } from '../util/capitalise';

const slots = {
  'securityAgreement.id': name('security-agreement'),
  'securityAgreement.name': text('prose'),
  'securityAgreement.parties': reference('party'),
  'securityAgreement.level': closed(classificationLevels, 'classification level'),
  'securityAgreement.floor': closed(classificationLevels, 'classification level'),
  'securityAgreementItem.scheme': closed(classificationSchemes, 'classification scheme'),
  'securityAgreementItem.schemeName': text('plain'),
  'securityAgreementItem.concludedAt': text('plain'),
  'securityAgreementItem.concludedOn': { kind: 'date' },
  'levelEquivalence.level': closed(classificationLevels, 'classification level'),
  'levelMarking.party': reference('party'),
  'levelMarking.marking': text('plain'),
  'levelMarking.none': closed(noEquivalents, 'quoted marking or none'),
  'levelMarking.handling': closed(oneWayHandlings, 'one-way handling'),
  'levelMarking.handledAs': text('plain'),
  // Not part of the language: words after a cell, read so that one stray word does not swallow
  // the rest of the row; the builder reports them as a syntax error and they reach no node.
  'levelMarking.extra': { kind: 'free' },
} as const satisfies SlotTable;

export const securityAgreement = {
  rule: 'securityAgreement',
  display: 'a security agreement',
  starts: ['security-agreement'],
  docs: {
    'security-agreement':
      'Declares a security-of-information agreement between parties, the levels it covers (`from CONFIDENTIAL` for "CONFIDENTIAL and above", `up to SECRET` for a ceiling; neither for every level), the classification scheme the parties apply and the table of equivalent markings. With `concluded …` it is an agreement in force elsewhere that this instrument cites.',
  },
  statements: {
    rule: 'securityAgreementItem',
    rows: {
      level: {
        rule: 'levelEquivalence',
        starts: ['level'],
        display: 'level … equals',
        docs: {
          level:
            'A row of the equivalence table: `level SECRET equals EE "SALAJANE", FI "SALAINEN"`; without a common level it maps national markings directly (`level equals NL "GEHEIM", SE "HEMLIG"`); `SE none` where a party has no equivalent, `none safeguarded-as "HEMLIG"` or `none marked-as "…"` for how it handles the level instead.',
          equals: 'Introduces each party\'s national marking for the classification level.',
        },
      },
      breach: breachStatement,
      scheme: {
        starts: ['scheme'],
        display: 'scheme',
        docs: {
          scheme:
            'Whose classification scheme the parties apply: `scheme common "NATO security classifications"` (one common scheme, no national table), `scheme national` (each its own, with the table) or `scheme receiving-party` (each gives what it receives the equivalent level of its own scheme).',
        },
      },
      concluded: {
        starts: ['concluded'],
        display: 'concluded',
        docs: {
          concluded:
            '`concluded at "Helsinki" on 2010-03-04`: the agreement is in force elsewhere and is cited here, not written here; its equivalence table and breach procedure apply without being copied into this instrument.',
        },
      },
    },
  },
  slots,
  declares: (a) => named('security-agreement', a),
  references: (a) => [
    [slots['securityAgreement.parties'], a.parties],
    [slots['levelMarking.party'], a.equivalences.flatMap((e) => e.markings.map((m) => m.party))],
  ],
  prose: (a) => [a.breachProcedure],
  outline: (a, o) => outlineNamed(o, 'security-agreement', a, a.name?.value),
  // The agreement under which classified information is protected: cited by its title, its table of
  // equivalent markings as a table, its breach procedure. In an MoU the table is only noted: an
  // equivalence has legal effect only in the binding agreement itself (legal-review.md §2.1).
  render: oneArticleEach(15, (a, r, siblings) => ({ heading: 'Protection of classified information', paragraphs: agreementParagraphs(a, r, siblings > 1), establishes: a.id ? [`security-agreement:${a.id.text}`] : [] })),
  snippets: [
    {
      label: 'security-agreement',
      detail: 'security-of-information agreement',
      body: 'security-agreement ${1:GSA} "${2:General Security Agreement}" between ${3:EE}, ${4:FI} up to ${5|SECRET,CONFIDENTIAL,RESTRICTED,TOP-SECRET|} {\n  level ${5} equals ${3} "${6:marking}", ${4} "${7:marking}"\n  breach procedure "${8:procedure}"\n}\n$0',
    },
    {
      label: 'security-agreement (in force)',
      detail: 'a security agreement in force, cited',
      body: 'security-agreement ${1:GSA} "${2:Agreement on the mutual protection of classified information}" between ${3:EE}, ${4:FI} {\n  concluded at "${5:Place}" on ${6:2010-01-01}\n}\n$0',
    },
  ],
} satisfies ConstructRow<SecurityAgreement>;

/**
 * With more than one security agreement, each article says which information its agreement
 * protects: the information of the channels exchanged under it. "Classified information exchanged
 * under this Agreement" in each would put all of it under every agreement at once (two regimes
 * for the same information, contradicting the channels' own articles).
 */
function agreementParagraphs(a: SecurityAgreement, r: RenderContext, several: boolean): Paragraph[] {
  const title = a.name ? r.phrase(a.name) : r.placeholder('title of the security agreement');
  const between = a.parties.length === 0 || r.isEveryone(a.parties) ? '' : ` between ${r.names(a.parties)}`;
  const channels = several && a.id ? r.channelsUnder(a.id) : [];
  const exchanged =
    channels.length === 0 ? `exchanged under this ${r.self}` : `exchanged through the ${channels.length === 1 ? 'channel' : 'channels'} referred to in ${r.list(channels.map((c) => r.refer('channel', c)))}`;
  const paragraphs: Paragraph[] = [
    `Classified information${levels(a, r)} ${exchanged} ${r.will} be protected in accordance with the ${title.replace(/^the\s+/i, '')}${concluded(a, r, between)}.`,
  ];
  if (a.scheme?.value === 'common') paragraphs.push(`The ${r.participants} ${r.will} apply ${a.schemeName ? withThe(r.phrase(a.schemeName)) : 'a common classification scheme'} to the classified information exchanged.`);
  if (a.scheme?.value === 'receiving-party') paragraphs.push(`Classified information received ${r.will} be given the equivalent level of classification in the country of receipt as it was given in the country of origin.`);
  if (a.equivalences.length > 0) {
    const parties = [...new Map(a.equivalences.flatMap((e) => e.markings.map((m) => [m.party.text, m.party] as const))).values()];
    // A table may set the parties' markings side by side without a level of its own.
    const withLevel = a.equivalences.some((e) => e.level);
    const rows = a.equivalences.map((e) => [
      ...(withLevel ? [e.level?.value ? e.level.value.replace(/-/g, ' ') : r.placeholder('classification level')] : []),
      ...parties.map((p) => cell(e.markings.find((m) => m.party.text === p.text), r)),
    ]);
    const intro = r.treaty
      ? `The security classification levels of the ${r.participants} correspond as follows:`
      : `The ${r.participants} note that, under that agreement, the security classifications correspond as follows:`;
    paragraphs.push({ text: intro, table: { head: [...(withLevel ? ['Level'] : []), ...parties.map((p) => capitalise(r.partyName(p).replace(/^the\s+/, '')))], rows } });
  }
  if (a.breachProcedure) paragraphs.push(`In the event of a breach of security, ${r.phrase(a.breachProcedure).replace(/^./, (c) => c.toLowerCase())}.`);
  return paragraphs;
}

/** ` up to and including SECRET`, ` of the levels CONFIDENTIAL to SECRET`, ` of the level CONFIDENTIAL and above`. */
function levels(a: SecurityAgreement, r: RenderContext): string {
  const word = (w: SecurityAgreement['upTo']) => (w?.value ? w.value.replace(/-/g, ' ') : r.placeholder('classification level'));
  if (a.from && a.upTo) return ` of the levels ${word(a.from)} to ${word(a.upTo)}`;
  if (a.from) return ` of the level ${word(a.from)} and above`;
  if (a.upTo) return ` up to and including ${word(a.upTo)}`;
  return '';
}

/**
 * `concluded at "Brussels" on 1997-03-06`: where and when the agreement was concluded, as the text
 * says. A bare `concluded` says only that it is in force elsewhere: the title cites it, and
 * "concluded" with nothing after it would dangle at the end of the sentence.
 */
function concluded(a: SecurityAgreement, r: RenderContext, between: string): string {
  const c = a.concluded;
  const where = c?.place?.value.trim() ? ` at ${r.phrase(c.place)}` : '';
  const when = c?.date ? ` on ${r.date(c.date, 'date on which it was concluded')}` : '';
  const details = `${between}${where}${when}`;
  return details ? ` concluded${details}` : '';
}

/** A party's marking, or "No equivalent" and how it handles the level instead (NL–SE 1984, Section 2(a)). */
function cell(m: LevelMarking | undefined, r: RenderContext): string {
  if (!m) return r.placeholder('national marking');
  if (m.marking) return r.phrase(m.marking);
  if (!m.none) return r.placeholder('national marking');
  if (!m.handledAs) return 'No equivalent';
  const how = m.handling?.value === 'marked-as' ? 'marked' : m.handling?.value === 'safeguarded-as' ? 'safeguarded as' : r.placeholder('how the level is handled');
  return `No equivalent (${how} ${r.phrase(m.handledAs)})`;
}
