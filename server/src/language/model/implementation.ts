/**
 * An implementing arrangement and the treaty it is concluded under, linked both ways: the
 * arrangement says `implements "treaty.entente" [article 7] [with status, duration, …]`, the
 * treaty may say `implemented by "arrangement.entente"`. Real instruments split their content
 * this way: the Netherlands–Sweden Agreement of 1984 leaves "details of the implementation" to
 * "separate arrangements" (Art. 7), and its memorandum carries the equivalence table (Section 2),
 * the breach procedure (Section 3) and the designated authorities (Section 5(d)); the arrangement
 * is "effective from the date of the entry into force of the Agreement" (Section 8).
 *
 * What each side is credited with:
 * - the treaty, with the arrangement's equivalence tables, breach procedures and points of contact
 *   (it need not repeat them; review §1.2 warns that copies diverge);
 * - the arrangement, with the treaty's general clauses (costs, purpose, confidentiality…), its
 *   channels' use and onward rules, its tables, breach procedures and contacts; and with the
 *   treaty's status and final clauses only where it says so (`with …`).
 */
import type { Channel, Contact, Designation, EntenteDocument, SecurityAgreement } from '../ast/nodes';
import type { InheritedItem } from '../ast/vocabulary';
import type { SemanticModel } from './semantic-model';

/** A document linked as treaty or arrangement to the one being checked. */
export interface LinkedDocument {
  readonly uri: string;
  readonly ast: EntenteDocument;
  /** What the linked document is to this one. */
  readonly role: 'treaty' | 'arrangement';
}

const finalClauseItems: ReadonlySet<InheritedItem> = new Set(['effect', 'duration', 'termination', 'amendment', 'disputes']);

/** Whether this arrangement says it takes `item` from the treaty it implements. */
export function inheritsFromTreaty(model: SemanticModel, item: InheritedItem): boolean {
  const words = model.ast.instrument?.implements?.inherits ?? [];
  return words.some((w) => w.value === item || (w.value === 'final-clauses' && finalClauseItems.has(item)));
}

/** The treaty this arrangement implements and the arrangements this treaty names, when they are read. */
export function linkedDocuments(model: SemanticModel): LinkedDocument[] {
  const result: LinkedDocument[] = [];
  const treaty = model.implementedFile;
  if (treaty?.uri && treaty.model && treaty.uri !== model.uri) result.push({ uri: treaty.uri, ast: treaty.model, role: 'treaty' });
  for (const file of model.implementingFiles) {
    if (file.uri && file.model && file.uri !== model.uri) result.push({ uri: file.uri, ast: file.model, role: 'arrangement' });
  }
  return result;
}

/**
 * The agreements of linked documents that are this agreement: the same id, or the same parties
 * (an arrangement between ministries may name the agreement of their Governments differently).
 */
export function linkedAgreements(model: SemanticModel, agreement: SecurityAgreement): { uri: string; node: SecurityAgreement }[] {
  const parties = new Set(agreement.parties.map((p) => p.text));
  const result: { uri: string; node: SecurityAgreement }[] = [];
  for (const doc of linkedDocuments(model)) {
    for (const other of doc.ast.securityAgreements) {
      if (other === agreement) continue;
      const sameId = other.id !== undefined && other.id.text === agreement.id?.text;
      const sameParties = other.parties.length > 0 && other.parties.length === parties.size && other.parties.every((p) => parties.has(p.text));
      if (sameId || sameParties) result.push({ uri: doc.uri, node: other });
    }
  }
  return result;
}

/** Whether a linked document lays down a breach procedure for classified information between these parties. */
export function linkedBreachProcedure(model: SemanticModel, members: readonly string[]): { uri: string; range: SecurityAgreement['range'] } | undefined {
  for (const doc of linkedDocuments(model)) {
    for (const a of doc.ast.securityAgreements) {
      if (a.breachProcedure && members.every((m) => a.parties.some((p) => p.text === m))) return { uri: doc.uri, range: a.breachProcedure.range };
    }
    for (const c of doc.ast.channels) {
      if (c.breachProcedure && covers(c, members) && isClassifiedChannel(c)) return { uri: doc.uri, range: c.breachProcedure.range };
    }
  }
  return undefined;
}

/** The contacts a linked document gives a party: its declaration's contacts, or contacts named on a channel. */
export function linkedContacts(model: SemanticModel, party: string): Contact[] {
  const result: Contact[] = [];
  for (const doc of linkedDocuments(model)) {
    for (const p of doc.ast.parties) if (p.id?.text === party) result.push(...p.contacts);
  }
  return result;
}

/** Whether a linked document names a contact of `party` on a channel between these members. */
export function linkedChannelContact(model: SemanticModel, party: string, members: readonly string[]): boolean {
  return linkedDocuments(model).some((doc) => doc.ast.channels.some((c) => covers(c, members) && c.contacts.some((ref) => ref.party.text === party)));
}

/** The designations of linked documents (a treaty's duty to designate covers its arrangements, and the reverse). */
export function linkedDesignations(model: SemanticModel): Designation[] {
  return linkedDocuments(model).flatMap((doc) => doc.ast.designations);
}

/** The treaty's channels between (at least) these members: their purpose and onward rules govern the arrangement's. */
export function treatyChannels(model: SemanticModel, members: readonly string[]): { uri: string; channel: Channel }[] {
  return linkedDocuments(model)
    .filter((doc) => doc.role === 'treaty')
    .flatMap((doc) => doc.ast.channels.filter((c) => covers(c, members)).map((channel) => ({ uri: doc.uri, channel })));
}

function covers(channel: Channel, members: readonly string[]): boolean {
  return members.every((m) => channel.members.some((n) => n.text === m));
}

function isClassifiedChannel(channel: Channel): boolean {
  return channel.carries.some((c) => c.value === 'classified') || (channel.classification !== undefined && channel.classification.value !== 'UNCLASSIFIED');
}
