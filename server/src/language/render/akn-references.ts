/**
 * The Akoma Ntoso references (TLC) of an instrument with eIds unique in the document, as the AKN
 * naming convention and the OASIS schema require. Each eId is the entity's key (made from its
 * name); where two entities would share one — a defined term "Party" and the role `party`, a
 * defined term "Eurojust" and the party Eurojust — the later in a fixed order takes its kind
 * before the key (`term_party`, `term_eurojust`), then a number if even that is taken. The order
 * is the tool's own organisation and the roles, then the parties, the other organisations and the
 * terms, so a party's or a role's eId never depends on the terms defined. A depositary that is a
 * party (the same name, with or without "the") is that party: it has no reference of its own.
 */
import type { RenderedInstrument } from './instrument-model';
import { segments } from './inline';
import { slug, withoutArticle } from './words';

export interface AknReferences {
  /** The role the parties take: `party` (treaty) or `participant` (MoU). */
  readonly role: string;
  /** The instrument with each party's, organisation's and term's key made its unique eId, for the `#…` that point at them. */
  readonly doc: RenderedInstrument;
  /** The `references` element. */
  readonly xml: string;
}

/** A reference: its eId, and the ontology name it stands for (the entity's key, under its kind). */
interface Reference {
  readonly tlc: 'TLCOrganization' | 'TLCTerm' | 'TLCRole';
  readonly id: string;
  readonly href: string;
  readonly showAs: string;
}

export function aknReferences(doc: RenderedInstrument, esc: (text: string) => string): AknReferences {
  const role = doc.treaty ? 'party' : 'participant';
  // Fixed eIds: the tool's organisation, the roles, and the long title's in the preface.
  const taken = new Set(['entente', role, 'signatory', 'longTitle']);
  const claim = (key: string, kind: string): string => {
    let id = taken.has(key) ? `${kind}_${key}` : key;
    for (let n = 2; taken.has(id); n += 1) id = `${kind}_${key}_${n}`;
    taken.add(id);
    return id;
  };
  const named = new Set(doc.parties.map((p) => sameBody(plain(p.name))));
  const others = doc.organisations.filter((o) => !named.has(sameBody(o.name)));
  const parties = doc.parties.map((p) => ({ ...p, key: claim(p.key, 'organization') }));
  const organisations = others.map((o) => ({ ...o, key: claim(o.key, 'organization') }));
  const terms = doc.terms.map((t) => ({ ...t, key: claim(t.key, 'term') }));
  const references: Reference[] = [
    { tlc: 'TLCOrganization', id: 'entente', href: '/ontology/organization/entente', showAs: 'Entente' },
    ...parties.map((p, i) => ({ tlc: 'TLCOrganization' as const, id: p.key, href: `/ontology/organization/${doc.parties[i].key}`, showAs: plain(p.name) })),
    ...organisations.map((o, i) => ({ tlc: 'TLCOrganization' as const, id: o.key, href: `/ontology/organization/${others[i].key}`, showAs: o.name })),
    ...terms.map((t, i) => ({ tlc: 'TLCTerm' as const, id: t.key, href: `/ontology/term/${doc.terms[i].key}`, showAs: t.term })),
    { tlc: 'TLCRole', id: role, href: `/ontology/role/${role}`, showAs: doc.treaty ? 'Party' : 'Participant' },
    { tlc: 'TLCRole', id: 'signatory', href: '/ontology/role/signatory', showAs: 'Signatory' },
  ];
  const xml = ['<references source="#entente">', ...references.map((r) => `<${r.tlc} eId="${r.id}" href="${r.href}" showAs="${esc(r.showAs)}"/>`), '</references>'].join('\n');
  return { role, doc: { ...doc, parties, organisations, terms }, xml };
}

const plain = (text: string) => segments(text).map((s) => s.text).join('');

/** What makes two names one body: the words, whatever their case and a leading "the". */
const sameBody = (name: string) => slug(withoutArticle(name));
