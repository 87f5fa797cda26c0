/** `security-agreement GSA "…" between EE, FI up to SECRET { level … equals … breach procedure … }` */
import type { SecurityAgreement } from '../ast/nodes';
import { classificationLevels } from '../ast/vocabulary';
import { closed, name, named, outlineNamed, reference, text, type ConstructRow, type Paragraph, type RenderContext, type SlotTable } from './construct';
import { breachStatement } from './shared';

const slots = {
  'securityAgreement.id': name('security-agreement'),
  'securityAgreement.name': text('prose'),
  'securityAgreement.parties': reference('party'),
  'securityAgreement.level': closed(classificationLevels, 'classification level'),
  'levelEquivalence.level': closed(classificationLevels, 'classification level'),
  'levelEquivalence.party': reference('party'),
  'levelEquivalence.marking': text('prose'),
} as const satisfies SlotTable;

export const securityAgreement = {
  rule: 'securityAgreement',
  display: 'a security agreement',
  starts: ['security-agreement'],
  docs: {
    'security-agreement': 'Declares a security-of-information agreement between parties, the highest level it covers (`up to SECRET`) and the table of equivalent classification markings.',
  },
  statements: {
    rule: 'securityAgreementItem',
    rows: {
      level: {
        rule: 'levelEquivalence',
        starts: ['level'],
        display: 'level … equals',
        docs: {
          level: 'A row of the equivalence table: `level SECRET equals EE "SALAJANE", FI "SALAINEN"`.',
          equals: 'Introduces each party\'s national marking for the classification level.',
        },
      },
      breach: breachStatement,
    },
  },
  slots,
  declares: (a) => named('security-agreement', a),
  references: (a) => [
    [slots['securityAgreement.parties'], a.parties],
    [slots['levelEquivalence.party'], a.equivalences.flatMap((e) => e.markings.map((m) => m.party))],
  ],
  prose: (a) => [a.breachProcedure],
  outline: (a, o) => outlineNamed(o, 'security-agreement', a, a.name?.value),
  // The agreement under which classified information is protected: cited by its title, its table of
  // equivalent markings as a table, its breach procedure. In an MoU the table is only noted: an
  // equivalence has legal effect only in the binding agreement itself (legal-review.md §2.1).
  render: {
    order: 15,
    articles: (agreements, r) => agreements.map((a) => ({ heading: 'Protection of classified information', paragraphs: agreementParagraphs(a, r), establishes: a.id ? [`security-agreement:${a.id.text}`] : [] })),
  },
  snippets: [
    {
      label: 'security-agreement',
      detail: 'security-of-information agreement',
      body: 'security-agreement ${1:GSA} "${2:General Security Agreement}" between ${3:EE}, ${4:FI} up to ${5|SECRET,CONFIDENTIAL,RESTRICTED,TOP-SECRET|} {\n  level ${5} equals ${3} "${6:marking}", ${4} "${7:marking}"\n  breach procedure "${8:procedure}"\n}\n$0',
    },
  ],
} satisfies ConstructRow<SecurityAgreement>;

function agreementParagraphs(a: SecurityAgreement, r: RenderContext): Paragraph[] {
  const title = a.name ? r.phrase(a.name) : r.placeholder('title of the security agreement');
  const between = a.parties.length === 0 || r.isEveryone(a.parties) ? '' : ` concluded between ${r.names(a.parties)}`;
  const level = a.upTo?.value ? a.upTo.value.replace(/-/g, ' ') : a.upTo ? r.placeholder('classification level') : undefined;
  const paragraphs: Paragraph[] = [
    `Classified information${level ? ` up to and including ${level}` : ''} exchanged under this ${r.self} ${r.will} be protected in accordance with the ${title.replace(/^the\s+/i, '')}${between}.`,
  ];
  if (a.equivalences.length > 0) {
    const parties = [...new Map(a.equivalences.flatMap((e) => e.markings.map((m) => [m.party.text, m.party] as const))).values()];
    const rows = a.equivalences.map((e) => [e.level?.value?.replace(/-/g, ' ') ?? r.placeholder('classification level'), ...parties.map((p) => {
      const marking = e.markings.find((m) => m.party.text === p.text)?.marking;
      return marking ? r.phrase(marking) : r.placeholder('national marking');
    })]);
    const intro = r.treaty
      ? `The security classification levels of the ${r.participants} correspond as follows:`
      : `The ${r.participants} note that, under that agreement, the security classifications correspond as follows:`;
    paragraphs.push({ text: intro, table: { head: ['Level', ...parties.map((p) => capitalise(r.partyName(p).replace(/^the\s+/, '')))], rows } });
  }
  if (a.breachProcedure) paragraphs.push(`In the event of a breach of security, ${r.phrase(a.breachProcedure).replace(/^./, (c) => c.toLowerCase())}.`);
  return paragraphs;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
