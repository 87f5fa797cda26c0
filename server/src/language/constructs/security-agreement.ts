/** `security-agreement GSA "…" between EE, FI up to SECRET { level … equals … breach procedure … }` */
import type { SecurityAgreement } from '../ast/nodes';
import { classificationLevels } from '../ast/vocabulary';
import { closed, name, named, outlineNamed, reference, text, type ConstructRow, type SlotTable } from './construct';
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
  // The instrument cites an agreement where a channel's classified information is protected under it.
  render: undefined,
  snippets: [
    {
      label: 'security-agreement',
      detail: 'security-of-information agreement',
      body: 'security-agreement ${1:GSA} "${2:General Security Agreement}" between ${3:EE}, ${4:FI} up to ${5|SECRET,CONFIDENTIAL,RESTRICTED,TOP-SECRET|} {\n  level ${5} equals ${3} "${6:marking}", ${4} "${7:marking}"\n  breach procedure "${8:procedure}"\n}\n$0',
    },
  ],
} satisfies ConstructRow<SecurityAgreement>;
