/** `use "registry/partners.entente"`: parties, contacts and agreements from another file. */
import type { Use } from '../ast/nodes';
import { outlineLeaf, text, type ConstructRow, type SlotTable } from './construct';

const slots = {
  'use.path': text('file'),
} as const satisfies SlotTable;

export const use = {
  rule: 'use',
  display: 'a use declaration',
  starts: ['use'],
  docs: { use: 'Takes parties, contacts and agreements from another file, such as the team\'s partner registry: `use "registry/partners.entente"`.' },
  statements: undefined,
  slots,
  declares: () => [],
  references: (u) => [[slots['use.path'], [u.path]]],
  prose: () => [],
  outline: (u) => outlineLeaf(u.path?.value || 'use', 'File', u.range),
  // What a file uses is not part of the instrument's text.
  render: undefined,
  snippets: [],
} satisfies ConstructRow<Use>;
