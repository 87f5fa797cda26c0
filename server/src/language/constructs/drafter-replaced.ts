/**
 * The tables from what the drafter's own clauses cover to the generated articles they replace:
 * the final clauses generated from the header, in every text (export review, items 1, 2, 4, 7, 8,
 * 25 and systemic finding 2), and the articles generated from declarations, in a text whose
 * drafter numbers its own articles (systemic finding 3: render/drafter-order.ts).
 */
import type { HeaderItem } from '../ast/nodes';
import type { ClauseTopic } from '../ast/topics';
import type { RenderContext } from './construct';
import type { DeclarationKind, DeclarationOf } from './table';

/**
 * Where the drafter has written a clause on a topic (tagged `about …`, or headed so:
 * render/drafter-topics.ts), the export prints that clause and generates nothing from the header
 * on the same topic: two rules on one question in one signed text contradict each other
 * (Budapest Art. 45 beside a generated compulsory ICJ clause; Art. 47 beside a second
 * denunciation date). For each topic, the header statements whose generated sentences it
 * replaces; a statement a topic does not name is still generated. `consent` covers the opening
 * for signature, which is consent by signature's other half (Budapest Art. 36 "Signature and
 * entry into force", IAEA 1986 Art. 14); a clause about provisional application ("This Agreement
 * will be applied provisionally from the date of its signature", NL–Gambia 1993 Art. IX(1);
 * hundred-and-fourth run, defect 2) replaces `provisional application`. Form, applicable law and
 * the basis of an implementing arrangement have no topic a drafter's clause can name, and stay.
 * `languages` is said in the final formula (render/testimonium.ts reads it there).
 */
export const replacedByDrafter: { readonly [T in ClauseTopic]?: readonly HeaderItem['type'][] } = {
  'non-binding-status': ['Status'],
  consent: ['Consent', 'OpenedForSignature'],
  'entry-into-force': ['Effect', 'SubsequentEffect'],
  'provisional-application': ['ProvisionalApplication'],
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


/** What the drafter's clauses of one document cover, by tag or by heading (render/drafter-topics.ts). */
export interface DrafterCoverage {
  topic(topic: ClauseTopic): boolean;
  /** A drafter's heading names the exchange of information itself ("Article 2 – Exchange of information"). */
  readonly exchange: boolean;
  /** A drafter's heading names this, word for word ("Article 46 – Consultations of the Parties"). */
  named(name: string): boolean;
}

/**
 * In a text its drafter numbers, whether a drafter's clause says what a declaration's generated
 * article would: then the article is not printed (the drafter's article is the text, and a second
 * rule on the same subject beside it would contradict it or restate it in other words). Only
 * where the subject is one: the definitions the `define`s transcribe, the designation of
 * authorities and points of contact, mutual assistance, the protection of classified information,
 * incident notification, exercises, capacity building or technology transfer, a body the
 * drafter's heading names (or the only body, where a clause is about governance), and a channel
 * where the drafter's heading names the exchange of information itself. A construct without a
 * row here (a note, which is the drafter's own text) is never replaced; an article no clause
 * replaces is printed outside the drafter's numbering, and the export is a draft until it is
 * resolved (render/drafter-order.ts).
 */
export const drafterReplacesConstruct: { readonly [K in DeclarationKind]?: (node: DeclarationOf<K>, d: DrafterCoverage, all: readonly DeclarationOf<K>[]) => boolean } = {
  Definition: (_, d) => d.topic('definitions'),
  Designation: (_, d) => d.topic('points-of-contact') || d.topic('central-authority') || d.topic('contact-24-7'),
  Assistance: (_, d) => d.topic('mutual-assistance'),
  SecurityAgreement: (_, d) => d.topic('security-of-information'),
  IncidentProtocol: (_, d) => d.topic('incident-notification'),
  Exercise: (_, d) => d.topic('exercises'),
  Cooperation: (c, d) => d.topic(c.kind.value === 'technology-transfer' ? 'technology-transfer' : 'capacity-building'),
  GovernanceBody: (b, d, all) => (b.name !== undefined && d.named(b.name.value)) || (all.length === 1 && d.topic('governance')),
  Channel: (_, d) => d.exchange,
};
