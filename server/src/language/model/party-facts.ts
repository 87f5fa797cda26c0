/**
 * What the checks know of each party of a document: its declaration here and its record in a
 * used file or the parent, merged field by field, with its jurisdiction, EU membership and the
 * regimes the drafter declares.
 */
import type { Contact, EntenteDocument, Party } from '../ast/nodes';
import type { Regime } from '../ast/vocabulary';
import { isInUnion, unionJurisdiction } from '../data/european-union';

export interface PartyFacts {
  readonly id: string;
  /** The declaration in this document, if any. */
  readonly local: Party | undefined;
  /** The record from a used file (registry) or the parent, if any. */
  readonly record: Party | undefined;
  /** The declaration whose fields apply: local fields first, then the record's. */
  readonly effective: Party;
  readonly jurisdiction: string | undefined;
  /** In the Union: a Member State, a part of one with its own code (French Guiana, Åland), or the Union itself. */
  readonly isEU: boolean;
  /**
   * The regimes the drafter declares (`regimes …`), local and record. Nothing is inferred from
   * the jurisdiction: NIS2 binds entities in its scope, not every party in an EU State, and the
   * GDPR does not reach national security, law enforcement or Union bodies (applicability.ts).
   */
  readonly regimes: ReadonlySet<Regime>;
  readonly contacts: readonly Contact[];
  /** `class open` / `class closed`: the party stands for a class of States or organisations. */
  readonly classOf: Party['classOf'];
  readonly uri: string;
  /** The file of the record, when the party has one from a used file or the parent. */
  readonly recordUri: string | undefined;
}

/** Every party of a document and of the documents it imports, by id: local fields first, then the record's. */
export function indexParties(uri: string, ast: EntenteDocument, imported: readonly { uri: string; ast: EntenteDocument }[]): Map<string, PartyFacts> {
  const index = new Map<string, PartyFacts>();
  const records = new Map<string, { party: Party; uri: string }>();
  for (const doc of imported) {
    for (const p of doc.ast.parties) {
      if (!p.id) continue;
      const first = records.get(p.id.text);
      // The first record found wins; a bare `party EE` in an annex's parent takes the fields it
      // leaves out from the registry that parent uses (so the annex knows the party's name too).
      records.set(p.id.text, first ? { party: fillFrom(first.party, p), uri: first.uri } : { party: p, uri: doc.uri });
    }
  }
  const locals = new Map<string, Party>();
  for (const p of ast.parties) if (p.id && !locals.has(p.id.text)) locals.set(p.id.text, p);
  for (const id of new Set([...records.keys(), ...locals.keys()])) {
    const local = locals.get(id);
    const record = records.get(id);
    index.set(id, partyFacts(id, local, record?.party, local ? uri : record!.uri, record?.uri));
  }
  return index;
}

/** A party record with the fields it lacks taken from a later record of the same party. */
function fillFrom(record: Party, later: Party): Party {
  return {
    ...record,
    name: record.name ?? later.name,
    kind: record.kind ?? later.kind,
    jurisdiction: record.jurisdiction ?? later.jurisdiction,
    representative: record.representative ?? later.representative,
    contacts: record.contacts.length > 0 ? record.contacts : later.contacts,
    regimes: record.regimes.length > 0 ? record.regimes : later.regimes,
  };
}

function partyFacts(id: string, local: Party | undefined, record: Party | undefined, uri: string, recordUri: string | undefined): PartyFacts {
  const base = (local ?? record)!;
  const effective: Party = {
    ...base,
    name: local?.name ?? record?.name,
    kind: local?.kind ?? record?.kind,
    jurisdiction: local?.jurisdiction ?? record?.jurisdiction,
    representative: local?.representative ?? record?.representative,
    contacts: local && local.contacts.length > 0 ? local.contacts : (record?.contacts ?? []),
    regimes: [...(local?.regimes ?? []), ...(record?.regimes ?? [])],
    classOf: local?.classOf ?? record?.classOf,
  };
  const jurisdiction = effective.jurisdiction?.text.toUpperCase();
  const isEU = isInUnion(jurisdiction) || jurisdiction === unionJurisdiction;
  const regimes = new Set<Regime>();
  for (const r of effective.regimes) if (r.value) regimes.add(r.value);
  return { id, local, record, effective, jurisdiction, isEU, regimes, contacts: effective.contacts, classOf: local?.classOf ?? record?.classOf, uri, recordUri };
}
