/**
 * The one table from a topic the drafter's own clause covers to the generated final clauses it
 * replaces (export review, items 1, 2, 4, 7, 8, 25 and systemic finding 2).
 */
import type { HeaderItem } from '../ast/nodes';
import type { ClauseTopic } from '../ast/topics';
import type { RenderContext } from './construct';

/**
 * Where the drafter has written a clause on a topic (tagged `about …`, or headed so:
 * render/drafter-topics.ts), the export prints that clause and generates nothing from the header
 * on the same topic: two rules on one question in one signed text contradict each other
 * (Budapest Art. 45 beside a generated compulsory ICJ clause; Art. 47 beside a second
 * denunciation date). For each topic, the header statements whose generated sentences it
 * replaces; a statement a topic does not name is still generated. `consent` covers the opening
 * for signature, which is consent by signature's other half (Budapest Art. 36 "Signature and
 * entry into force", IAEA 1986 Art. 14); provisional application, form, applicable law and the
 * basis of an implementing arrangement have no topic a drafter's clause can name, and stay.
 * `languages` is said in the final formula (render/testimonium.ts reads it there).
 */
export const replacedByDrafter: { readonly [T in ClauseTopic]?: readonly HeaderItem['type'][] } = {
  'non-binding-status': ['Status'],
  consent: ['Consent', 'OpenedForSignature'],
  'entry-into-force': ['Effect', 'SubsequentEffect'],
  duration: ['Duration'],
  termination: ['Termination'],
  amendment: ['Amendment'],
  disputes: ['Disputes'],
  reservations: ['Reservations'],
  depositary: ['Depositary'],
  registration: ['Registration'],
  languages: ['Languages'],
};

/** Whether the drafter's own clauses say what a header statement would generate. */
export function drafterWrote(type: HeaderItem['type'], r: RenderContext): boolean {
  return Object.entries(replacedByDrafter).some(([topic, types]) => types.includes(type) && r.covered(topic as ClauseTopic));
}

