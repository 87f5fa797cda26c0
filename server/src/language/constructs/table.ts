/**
 * The construct table: one row per declaration kind and the instrument header, and one row per
 * kind of name they declare. Both are typed by their key unions (`Declaration['type']`,
 * `SymbolKind`), so a kind added to the AST without a row here fails `npm run typecheck`, and
 * every consumer (builder, linker, completion, hover, outline, formatting, rendering, syntax
 * errors) learns of a new construct from its row alone.
 */
import type { Declaration, HeaderItem, Instrument } from '../ast/nodes';
import type { ConstructRow, OutlineKind, Slot, StatementRow } from './construct';
import { assistance } from './assistance';
import { channel } from './channel';
import { clause } from './clause';
import { cooperation } from './cooperation';
import { definition } from './definition';
import { designation } from './designation';
import { exercise } from './exercise';
import { governanceBody } from './governance-body';
import { incidentProtocol } from './incident-protocol';
import { instrument } from './instrument';
import { note } from './note';
import { nonParty } from './non-party';
import { party } from './party';
import { securityAgreement } from './security-agreement';
import { sharedDocs, sharedSlots } from './shared';
import { use } from './use';

// ── Kinds of names ──────────────────────────────────────────────────────────────────────────

export type SymbolKind = 'party' | 'contact' | 'security-agreement' | 'channel' | 'protocol' | 'exercise' | 'cooperation' | 'body' | 'term' | 'clause' | 'note' | 'non-party';

/**
 * The standard LSP semantic-token types names and closed values are coloured with, in the
 * order of the semantic-token legend (features/types.ts), so every theme colours them.
 */
export const colourKinds = ['class', 'property', 'interface', 'struct', 'function', 'event', 'method', 'namespace', 'variable', 'type', 'enumMember'] as const;
export type ColourKind = (typeof colourKinds)[number];

export interface SymbolKindRow {
  /** How messages name it: "Unknown governance body 'X'". */
  readonly noun: string;
  readonly outline: OutlineKind;
  readonly colour: ColourKind;
  /** The completion kind of its names (LSP maps these to icons). */
  readonly completion: 'party' | 'contact' | 'channel' | 'security-agreement' | 'body' | 'term' | 'clause' | 'value';
}

export const symbolKinds: { readonly [K in SymbolKind]: SymbolKindRow } = {
  party: { noun: 'party', outline: 'Class', colour: 'class', completion: 'party' },
  contact: { noun: 'contact', outline: 'Field', colour: 'property', completion: 'contact' },
  'security-agreement': { noun: 'security agreement', outline: 'Struct', colour: 'struct', completion: 'security-agreement' },
  channel: { noun: 'channel', outline: 'Interface', colour: 'interface', completion: 'channel' },
  protocol: { noun: 'protocol', outline: 'Function', colour: 'function', completion: 'value' },
  exercise: { noun: 'exercise', outline: 'Event', colour: 'event', completion: 'value' },
  cooperation: { noun: 'cooperation block', outline: 'Method', colour: 'method', completion: 'value' },
  body: { noun: 'governance body', outline: 'Namespace', colour: 'namespace', completion: 'body' },
  term: { noun: 'defined term', outline: 'Constant', colour: 'variable', completion: 'term' },
  clause: { noun: 'clause', outline: 'Key', colour: 'type', completion: 'clause' },
  note: { noun: 'note', outline: 'String', colour: 'variable', completion: 'value' },
  'non-party': { noun: 'non-party', outline: 'Object', colour: 'class', completion: 'party' },
};

// ── Constructs ──────────────────────────────────────────────────────────────────────────────

export type DeclarationKind = Declaration['type'];
export type DeclarationOf<K extends DeclarationKind> = Extract<Declaration, { type: K }>;

export const declarationRows: { readonly [K in DeclarationKind]: ConstructRow<DeclarationOf<K>> } = {
  Use: use,
  Party: party,
  SecurityAgreement: securityAgreement,
  Channel: channel,
  IncidentProtocol: incidentProtocol,
  Exercise: exercise,
  Cooperation: cooperation,
  GovernanceBody: governanceBody,
  Definition: definition,
  Clause: clause,
  Assistance: assistance,
  Note: note,
  Designation: designation,
  NonParty: nonParty,
};

export const instrumentRow: ConstructRow<Instrument, HeaderItem['type']> = instrument;

/** A declaration's row, typed for it. */
export function rowOf<D extends Declaration>(declaration: D): ConstructRow<D> {
  return declarationRows[declaration.type] as unknown as ConstructRow<D>;
}

/** Every construct row, the header first (for tables read by name: rules, keywords, slots). */
export const constructRows: readonly ConstructRow<never>[] = [instrument, ...Object.values(declarationRows)] as ConstructRow<never>[];

/**
 * The construct a grammar rule belongs to: its own rule, its item rule or the rule of one of
 * its statements; undefined for shared rules (`contactsItem` belongs to three constructs).
 */
export function constructOfRule(rule: string): ConstructRow<never> | undefined {
  const owners = constructRows.filter((row) => row.rule === rule || row.statements?.rule === rule || statementsOf(row).some((s) => s.rule === rule));
  return owners.length === 1 ? owners[0] : undefined;
}

/** The constructs a keyword starts (`protocol` starts the header of a protocol or an incident protocol). */
export function constructsStartedBy(word: string): ConstructRow<never>[] {
  return constructRows.filter((row) => row.starts.includes(word));
}

/** The statements of a construct, in the order syntax errors list them. */
export function statementsOf(row: ConstructRow<never>): StatementRow[] {
  return row.statements ? Object.values(row.statements.rows) : [];
}

// ── Slots and keyword meanings, merged ──────────────────────────────────────────────────────

/** Every slot of the grammar, by `rule.label`: the shared ones and each construct's. */
export const slotTable: Readonly<Record<string, Slot>> = Object.assign({}, sharedSlots, ...constructRows.map((row) => row.slots));

/** What every keyword means: each construct's, each statement's and the shared words. */
export const keywordDocs: Readonly<Record<string, string>> = Object.assign(
  {},
  ...constructRows.flatMap((row) => [row.docs, ...statementsOf(row).map((s) => s.docs)]),
  sharedDocs,
);
