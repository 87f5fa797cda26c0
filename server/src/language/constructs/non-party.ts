/**
 * `non-party IAEA "International Atomic Energy Agency"`: an organisation (or a State) the text
 * names that is not a party to it — the Agency that receives a notification and relays it
 * ("directly or through the International Atomic Energy Agency", Early Notification 1986, Art. 2),
 * the Biosafety Clearing-House that is notified beside the affected States (Cartagena Protocol
 * 2000, Art. 17(1)). It is declared once, so that a protocol can name it as a recipient or a relay,
 * and it signs nothing: no signature block, no preamble, no duty. A treaty "does not create either
 * obligations or rights for a third State without its consent" (VCLT Art. 34; for organisations,
 * the 1986 Vienna Convention, Art. 34): only a party stands where a party is bound
 * (unknown-reference says so). The keyword is not `organisation`: that word is a drafter's slip for
 * the closed values `international-organisation` and `within-organisation`, which must still parse.
 */
import type { NonParty } from '../ast/nodes';
import { name, named, outlineNamed, text, type ConstructRow, type SlotTable } from './construct';

const slots = {
  'nonParty.id': name('non-party'),
  'nonParty.name': text('plain'),
} as const satisfies SlotTable;

export const nonParty = {
  rule: 'nonParty',
  display: 'a non-party',
  starts: ['non-party'],
  docs: {
    'non-party':
      'Declares an organisation (or a State) the text names that is not a party: `non-party IAEA "International Atomic Energy Agency"`. A protocol may notify it (`notify "States which are or may be physically affected", IAEA …`) or send through it (`directly or through IAEA`). It signs nothing and is bound by nothing (VCLT Art. 34): it can never be a channel member, a notifier or a body member.',
  },
  statements: undefined,
  slots,
  declares: (n) => named('non-party', n),
  references: () => [],
  prose: () => [],
  outline: (n, o) => outlineNamed(o, 'non-party', n, n.name?.value),
  // Named where it is notified or relays (the protocols' articles); it has no article of its own.
  render: undefined,
  snippets: [{ label: 'non-party', detail: 'organisation named in the text, not a party', body: 'non-party ${1:IAEA} "${2:International Atomic Energy Agency}"\n$0' }],
} satisfies ConstructRow<NonParty>;
