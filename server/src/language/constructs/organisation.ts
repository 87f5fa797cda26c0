/**
 * `organisation IAEA "International Atomic Energy Agency"`: an organisation the text names that is
 * not a party to it — the Agency that receives a notification and relays it ("directly or through
 * the International Atomic Energy Agency", Early Notification 1986, Art. 2), the Biosafety
 * Clearing-House that is notified beside the affected States (Cartagena Protocol 2000, Art. 17(1)).
 * It is declared once, so that a protocol can name it as a recipient or a relay, and it signs
 * nothing: no signature block, no preamble, no duty. A treaty "does not create either obligations
 * or rights for a third State without its consent" (VCLT Art. 34; for organisations, the 1986
 * Vienna Convention, Art. 34): only a party stands where a party is bound (unknown-reference says so).
 */
import type { Organisation } from '../ast/nodes';
import { name, named, outlineNamed, text, type ConstructRow, type SlotTable } from './construct';

const slots = {
  'organisation.id': name('organisation'),
  'organisation.name': text('plain'),
} as const satisfies SlotTable;

const meaning =
  'Declares an organisation the text names that is not a party (`organisation IAEA "International Atomic Energy Agency"`): a protocol may notify it (`notify "States which are or may be physically affected", IAEA …`) or send through it (`directly or through IAEA`). It signs nothing and is bound by nothing (VCLT Art. 34): it can never be a channel member, a notifier or a body member.';

export const organisation = {
  rule: 'organisation',
  display: 'an organisation',
  starts: ['organisation', 'organization'],
  docs: { organisation: meaning, organization: meaning },
  statements: undefined,
  slots,
  declares: (o) => named('organisation', o),
  references: () => [],
  prose: () => [],
  outline: (o, out) => outlineNamed(out, 'organisation', o, o.name?.value),
  // Named where it is notified or relays (the protocols' articles); it has no article of its own.
  render: undefined,
  snippets: [{ label: 'organisation', detail: 'organisation that is not a party', body: 'organisation ${1:IAEA} "${2:International Atomic Energy Agency}"\n$0' }],
} satisfies ConstructRow<Organisation>;
