// The benchmark's data model: what bench/instrument.schema.json describes, and what bench/generator.ts
// generates and bench/generator-render.ts writes as Entente, JSON and YAML.

// ── The data model (what bench/instrument.schema.json describes) ─────────────────────────────

export interface Quantity { amount: number; unit: string }
export interface Contact { id: string; name: string; availability: '24/7' | 'office-hours'; email: string; phone?: string }
export interface Party { id: string; name: string; kind: string; jurisdiction: string; representedBy: string; contacts: Contact[]; regimes?: string[] }
export interface SecurityAgreement { id: string; title: string; between: string[]; upTo: string; levels: { level: string; equals: { party: string; marking: string }[] }[]; breachProcedure: string }
export interface Assistance { basis: string[]; preservationDays: number; centralAuthorities: { party: string; authority: string }[]; under: string }
export interface Body { id: string; name: string; members: string[]; meets: { every: Quantity }; chair: string; mandate: string }
export interface Definition { term: string; meaning: string }
export interface Channel {
  id: string;
  between: string[];
  carries: string[];
  marking?: string;
  classification?: { level: string; under: string };
  onwardSharing: { rule: string; to?: string[] };
  purpose: string;
  contacts: string[];
  breachProcedure: string;
}
/** The event a time limit runs from: `within 24 hours of awareness`. */
export type ClockStart = 'awareness' | 'detection' | 'classification' | 'notification';
export interface Protocol {
  id: string;
  when: { key: string; value: string }[];
  notify: { parties: string[]; within: Quantity; start: ClockStart; via: string };
  reports: { kind: string; within: Quantity; start: ClockStart; via?: string }[];
  escalate: { to: string; within: Quantity; start: ClockStart };
  /** What the trigger's severity means, where no defined term says it (`severity significant` has one). */
  threshold?: string;
  content: string;
  contacts: string[];
}
export interface Exercise { id: string; cadence: string | { every: Quantity }; ledBy: string; with: string[]; scope: string; first: string; contacts: string[] }
export interface Cooperation { type: 'capacity-building' | 'technology-transfer'; id: string; by: string[]; for: string[]; activities: string[]; description: string; intellectualProperty: string }
export interface Clause { id: string; heading: string; about: string[]; text: string }
export interface Header {
  kind: string;
  title: string;
  status: string;
  languages: { languages: string[]; authenticity?: string; prevailing?: string };
  signature: { wording: string; place: string; date: string };
  consent: string[];
  effect: { after?: Quantity; last?: boolean; event: string; byParties?: number };
  duration: string;
  termination: { wording: string; notice: Quantity };
  amendment: string[];
  disputes: { means: string[]; forum?: string };
  governingLaw: string;
  depositary: string;
  registration: string;
  reservations: string;
}
export interface Model {
  $schema: string;
  instrument: Header;
  parties: Party[];
  securityAgreements: SecurityAgreement[];
  assistance: Assistance | undefined;
  bodies: Body[];
  definitions: Definition[];
  channels: Channel[];
  protocols: Protocol[];
  exercises: Exercise[];
  cooperation: Cooperation[];
  clauses: Clause[];
}
export type Collection = 'parties' | 'securityAgreements' | 'assistance' | 'bodies' | 'definitions' | 'channels' | 'protocols' | 'exercises' | 'cooperation' | 'clauses';
/** Document order of the Entente rendering: [collection, index] pairs. */
export const documentOrder = new WeakMap<Model, [Collection, number][]>();

/** One item of a collection of the model. */
export type Item<C extends Collection> = C extends 'assistance' ? Assistance : Model[Exclude<C, 'assistance'>] extends (infer T)[] ? T : never;
