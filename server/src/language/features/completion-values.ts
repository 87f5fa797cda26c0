/**
 * What an id or value slot accepts, decided by the words before it: parties after `between`,
 * `members`, `led by`, `with` or `notify`; channels after `via`; security agreements after
 * `under`; bodies after `escalate to`; contacts after `EE.`; closed values after `marking`,
 * `kind`, `carries`… and units after a number.
 */
import type { IToken } from 'chevrotain';
import { iso3166Alpha2, supranationalJurisdictions } from '../ast/iso3166';
import * as V from '../ast/vocabulary';
import type { SemanticModel } from '../model/semantic-model';
import type { SymbolKind } from '../model/symbols';
import { clauseTopics } from '../ast/topics';
import * as T from '../syntax/tokens';
import type { CompletionKind } from './types';

export interface Candidate {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  readonly documentation?: string;
}

type Slot =
  | { readonly symbols: SymbolKind }
  | { readonly contactsOf: string }
  | { readonly vocabulary: V.Vocabulary<string>; readonly detail: string }
  | { readonly words: Readonly<Record<string, string>>; readonly detail: string };

const parties: Slot = { symbols: 'party' };
const vocab = (vocabulary: V.Vocabulary<string>, detail: string): Slot => ({ vocabulary, detail });
const words = (list: Record<string, string>, detail: string): Slot => ({ words: list, detail });

/** Free words the grammar takes as identifiers, with their meaning for the documentation pane. */
const effectEvents = {
  signature: 'Signature by the parties.',
  ratification: 'Deposit of instruments of ratification.',
  notification: 'Notification that internal procedures are complete.',
  approval: 'Approval under domestic procedures.',
  acceptance: 'Acceptance under domestic procedures.',
  accession: 'Accession by a state that did not sign.',
};
const slotWords: Record<string, Slot> = {
  status: vocab(V.statuses, 'status'),
  kind: vocab(V.partyKinds, 'party kind'),
  regimes: vocab(V.regimes, 'regime'),
  carries: vocab(V.dataCategories, 'data category'),
  classification: vocab(V.classificationLevels, 'classification level'),
  level: vocab(V.classificationLevels, 'classification level'),
  sharing: vocab(V.onwardSharingRules, 'onward-sharing rule'),
  available: vocab(V.availabilities, 'availability'),
  duration: words({ indefinite: 'No fixed term: the instrument lasts until terminated.' }, 'duration'),
  registration: words({ 'article-102': 'Registered with the UN Secretariat under Art. 102 of the UN Charter.', none: 'Not registered.' }, 'registration'),
  reservations: words({ none: 'No reservations may be made.', permitted: 'Reservations are permitted.' }, 'reservations'),
  law: words({ international: 'Governed by international law.' }, 'governing law'),
  report: words({ initial: 'The first report.', interim: 'A report on progress.', intermediate: 'A report on progress (NIS2 wording).', final: 'The final report.' }, 'report stage'),
  when: words({ severity: 'The incident severity.', category: 'The incident category.' }, 'trigger'),
  // `significant` is the NIS2 Art. 23 threshold the treaty templates use.
  severity: words({ low: 'Low severity.', medium: 'Medium severity.', high: 'High severity.', critical: 'Critical severity.', significant: 'A significant incident in the sense of NIS2 Art. 23(3).' }, 'severity'),
  basis: words(
    {
      'budapest-35': 'Budapest Convention Art. 35: the 24/7 network.',
      'budapest-29': 'Budapest Convention Art. 29: expedited preservation of stored data.',
      'mutual-legal-assistance': 'Mutual legal assistance under a treaty.',
      'urgent-assistance': 'Urgent assistance.',
    },
    'basis',
  ),
  safeguards: words(
    {
      'standard-data-protection-clauses': 'GDPR Art. 46(2)(c) standard data protection clauses.',
      'legally-binding-instrument': 'GDPR Art. 46(2)(a): a legally binding instrument between public authorities.',
      'administrative-arrangement': 'GDPR Art. 46(3)(b): an administrative arrangement between public authorities.',
    },
    'safeguard',
  ),
  activities: words({ training: 'Training courses.', secondments: 'Secondment of staff.', 'tool-sharing': 'Sharing of tools.', research: 'Joint research.', 'joint-development': 'Joint development.' }, 'activity'),
  about: words(clauseTopics, 'clause topic'),
  on: words({ signature: effectEvents.signature, 'entry-into-force': 'When the parent instrument enters into force (an annex).' }, 'event'),
  after: words(effectEvents, 'event'),
  last: words(effectEvents, 'event'),
  jurisdiction: words(
    Object.fromEntries(
      [...supranationalJurisdictions, ...iso3166Alpha2].map((code) => [
        code,
        code === 'EU' ? 'The European Union itself.' : code === 'INT' ? 'An international organisation.' : V.euMemberStates.has(code) ? 'ISO 3166-1 code of an EU member state (which statutes bind the party is declared with `regimes`).' : 'ISO 3166-1 alpha-2 country code.',
      ]),
    ),
    'jurisdiction',
  ),
  between: parties,
  members: parties,
  notify: parties,
  chair: parties,
  equals: parties,
  authority: parties,
  depositary: parties,
  contacts: parties,
  via: { symbols: 'channel' },
  under: { symbols: 'security-agreement' },
};

/** The candidates for an identifier slot, given the tokens before it. */
export function identifierCandidates(model: SemanticModel | undefined, tokens: IToken[], rule: string | undefined): Candidate[] {
  const slot = slotFor(tokens, rule);
  if (!slot) return [];
  if ('symbols' in slot) {
    if (!model) return [];
    return model.visible(slot.symbols).map((s) => ({ label: s.name, kind: symbolCompletionKind(slot.symbols), detail: symbolDetail(model, s.kind, s.name) }));
  }
  if ('contactsOf' in slot) {
    const party = model?.party(slot.contactsOf);
    return (party?.contacts ?? []).filter((c) => c.id).map((c) => ({ label: c.id!.text, kind: 'contact', detail: c.name?.value }));
  }
  if ('vocabulary' in slot) {
    return slot.vocabulary.values.filter((v) => v !== '24/7').map((v) => ({ label: v, kind: 'value', detail: slot.detail, documentation: slot.vocabulary.meaning[v] }));
  }
  return Object.entries(slot.words).map(([label, documentation]) => ({ label, kind: 'value', detail: slot.detail, documentation }));
}

function slotFor(tokens: IToken[], rule: string | undefined): Slot | undefined {
  const last = tokens[tokens.length - 1];
  if (!last) return undefined;
  if (last.tokenType === T.NumberLiteral) {
    if (rule === 'effectItem' && tokens[tokens.length - 2]?.image === 'by') return words({ parties: 'Counted in parties.' }, 'count');
    // `1 month`, `6 months`: the unit agrees with the number, as a drafter writes it.
    const plural = last.image !== '1';
    return words(Object.fromEntries(V.durationUnits.values.map((u) => [plural ? u + 's' : u, V.durationUnits.meaning[u]])), 'unit');
  }
  if (last.tokenType === T.Dot) return { contactsOf: tokens[tokens.length - 2]?.image ?? '' };
  if (rule === 'triggerCondition' && last.tokenType === T.Identifier) return slotWords[last.image === 'severity' ? 'severity' : ''];
  // In a list, the word that opened it decides (`between EE, FI, ` is still parties). Items are
  // ids, strings, qualified names (`contacts EE.Duty, `) or, in a free word list, any word.
  let i = tokens.length - 1;
  while (i > 0 && tokens[i].tokenType === T.Comma) {
    const item = tokens[i - 1];
    if (item.tokenType === T.Identifier && tokens[i - 2]?.tokenType === T.Dot) i -= 4;
    else if (item.tokenType === T.Identifier || item.tokenType === T.StringLiteral || (rule === 'wordList' && isWord(item))) i -= 2;
    else break;
  }
  const opener = tokens[i];
  const before = tokens[i - 1]?.image;
  if (!opener) return undefined;
  // The declaration keyword: `capacity-building X by `, `technology-transfer X from A to ` take parties.
  const cooperation = tokens[0]?.image === 'capacity-building' || tokens[0]?.image === 'technology-transfer';
  if (opener.tokenType === T.Comma && rule === 'protocolItem') return slotWords.when;
  if (opener.tokenType === T.Comma || (rule === 'levelEquivalence' && opener.image !== 'level')) return parties;
  if (rule === 'triggerCondition') return slotWords.when;
  switch (opener.image) {
    case 'prevailing':
      return languagesListed(tokens);
    case 'to':
      if (before === 'escalate') return { symbols: 'body' };
      if (before === 'up') return slotWords.level;
      return rule === 'cooperation' || cooperation || rule === 'channelItem' ? parties : undefined;
    case 'by':
      if (before === 'led' || rule === 'cooperation' || (cooperation && i === 2)) return parties;
      if (rule === 'consentItem' || before === 'consent') return words(effectEvents, 'means of consent');
      if (rule === 'disputesItem' || (rule === 'identifierList' && before === 'disputes')) {
        return words({ consultation: 'Consultation between the parties.', negotiation: 'Negotiation.', arbitration: 'Arbitration.', court: 'A court.' }, 'means');
      }
      return undefined;
    case 'with':
    case 'for':
    case 'from':
      return rule === 'exercise' || rule === 'cooperation' || rule === 'identifierList' || cooperation ? parties : undefined;
    default:
      return slotWords[opener.image];
  }
}

function isWord(token: IToken): boolean {
  return token.tokenType === T.Identifier || token.tokenType.name.startsWith('Kw_');
}

/** `languages English, French equally-valid prevailing `: the languages the statement listed. */
function languagesListed(tokens: IToken[]): Slot {
  const start = tokens.findIndex((t) => t.image === 'languages');
  const listed = tokens.slice(start + 1).filter((t) => t.tokenType === T.Identifier).map((t) => t.image);
  return words(Object.fromEntries(listed.map((l) => [l, `${l} prevails in case of divergence.`])), 'language');
}

function symbolCompletionKind(kind: SymbolKind): CompletionKind {
  return kind === 'party' || kind === 'contact' || kind === 'channel' || kind === 'security-agreement' || kind === 'body' || kind === 'term' || kind === 'clause' ? kind : 'value';
}

function symbolDetail(model: SemanticModel, kind: SymbolKind, name: string): string | undefined {
  if (kind === 'party') return model.party(name)?.effective.name?.value;
  const node = model.resolve(kind, name)?.node as { name?: { value?: string } } | undefined;
  return node?.name?.value;
}
