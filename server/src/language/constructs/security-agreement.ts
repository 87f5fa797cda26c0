/**
 * `security-agreement GSA "…" between EE, FI [from LEVEL] [up to LEVEL] { scheme … concluded …
 * level … equals … breach procedure … }`
 */
import type { LevelEquivalence, LevelMarking, SecurityAgreement } from '../ast/nodes';
import { classificationLevels, classificationSchemes, noEquivalents, oneWayHandlings } from '../ast/vocabulary';
import { closed, name, named, outlineNamed, reference, text, type ConstructRow, type RenderContext, type SlotTable } from './construct';
import { breachStatement } from './shared';

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
  // Articles 10–15 come before the channels (20) that exchange information under it.
  render: {
    order: 15,
    articles: (agreements, r) => agreements.map((a) => ({ heading: `Protection of classified information (${a.id?.text ?? 'security agreement'})`, paragraphs: agreementParagraphs(a, r) })),
  },
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

function agreementParagraphs(a: SecurityAgreement, r: RenderContext): string[] {
  const name = a.name?.value ?? a.id?.text ?? 'the security agreement';
  const paragraphs: string[] = [];
  const levels = a.from && a.upTo ? ` of the levels ${a.from.text} to ${a.upTo.text}` : a.from ? ` of the level ${a.from.text} and above` : a.upTo ? ` up to the level ${a.upTo.text}` : '';
  if (a.concluded) {
    const where = a.concluded.place ? ` at ${a.concluded.place.value}` : '';
    const when = a.concluded.date?.valid ? ` on ${r.date(a.concluded.date)}` : '';
    const concluded = where || when ? `, concluded${where}${when}` : ', which is in force between them';
    paragraphs.push(`Classified information${levels} exchanged between ${r.names(a.parties)} ${r.will} be protected in accordance with ${name}${concluded}.`);
  } else {
    paragraphs.push(`${r.names(a.parties)} ${r.will} protect classified information${levels} exchanged under ${r.self.replace('This', 'this')}.`);
  }
  if (a.scheme?.value === 'common') paragraphs.push(`The ${r.participants} ${r.will} apply ${a.schemeName?.value ?? 'a common classification scheme'} to classified information exchanged.`);
  if (a.scheme?.value === 'receiving-party') paragraphs.push(`Classified information received ${r.will} be given the equivalent level of classification in the country of receipt as it was given in the country of origin.`);
  if (a.equivalences.length > 0) paragraphs.push(`The equivalent security classifications are: ${a.equivalences.map((row) => equivalenceRow(row, r)).join('; ')}.`);
  if (a.breachProcedure) paragraphs.push(`In case of loss or compromise: ${r.sentence(a.breachProcedure)}`);
  return paragraphs;
}

function equivalenceRow(row: LevelEquivalence, r: RenderContext): string {
  const cells = row.markings.map((m) => cell(m, r)).join(' = ');
  return row.level ? `${row.level.text}: ${cells}` : cells;
}

function cell(m: LevelMarking, r: RenderContext): string {
  const party = r.partyName(m.party);
  if (m.marking) return `${m.marking.value} (${party})`;
  const instead = m.handledAs ? `, ${m.handling?.value === 'marked-as' ? 'marked' : 'safeguarded as'} ${m.handledAs.value}` : '';
  return `no equivalent (${party}${instead})`;
}
