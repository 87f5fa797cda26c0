/**
 * Linking: which names a document declares, and what every reference in it resolves to.
 * Defined terms are referenced from prose: a capitalised defined term used in any prose of the
 * document counts as a use (matched as a whole word, case-sensitively).
 */
import type { ContactRef, EntenteDocument, Name } from '../ast/nodes';
import type { SemanticModel } from './semantic-model';
import type { DeclaredSymbol, Reference, SymbolKind } from './symbols';

/** The symbol kind each named declaration introduces (parties and terms are handled apart). */
const declarationKinds = {
  SecurityAgreement: 'security-agreement',
  Channel: 'channel',
  IncidentProtocol: 'protocol',
  Exercise: 'exercise',
  Cooperation: 'cooperation',
  GovernanceBody: 'body',
  Clause: 'clause',
} as const satisfies Record<string, SymbolKind>;

export function collectDeclarations(uri: string, ast: EntenteDocument): DeclaredSymbol[] {
  const symbols: DeclaredSymbol[] = [];
  const add = (kind: SymbolKind, name: Name | undefined, range: DeclaredSymbol['range'], node: DeclaredSymbol['node']) => {
    if (name) symbols.push({ kind, name: name.text, uri, nameRange: name.range, range, node });
  };
  for (const d of ast.declarations) {
    switch (d.type) {
      case 'Party':
        add('party', d.id, d.range, d);
        for (const c of d.contacts) {
          if (d.id && c.id) symbols.push({ kind: 'contact', name: `${d.id.text}.${c.id.text}`, uri, nameRange: c.id.range, range: c.range, node: c });
        }
        break;
      case 'SecurityAgreement':
      case 'Channel':
      case 'IncidentProtocol':
      case 'Exercise':
      case 'Cooperation':
      case 'GovernanceBody':
      case 'Clause':
        add(declarationKinds[d.type], d.id, d.range, d);
        break;
      case 'Definition':
        if (d.term) {
          // The term's range excludes the quotes, so rename edits only the words.
          const r = d.term.range;
          const nameRange = { start: { line: r.start.line, character: r.start.character + 1 }, end: { line: r.end.line, character: Math.max(r.start.character + 1, r.end.character - 1) } };
          symbols.push({ kind: 'term', name: d.term.value, uri, nameRange, range: d.range, node: d });
        }
        break;
      default:
        break;
    }
  }
  return symbols;
}

export function collectReferences(model: SemanticModel): Reference[] {
  const uri = model.uri;
  const ast = model.ast;
  const refs: Reference[] = [];
  const ref = (kind: SymbolKind, name: Name | undefined) => {
    if (name) refs.push({ kind, name: name.text, uri, range: name.range, target: model.resolve(kind, name.text) });
  };
  const parties = (names: readonly Name[]) => names.forEach((n) => ref('party', n));
  // `EE.Duty`: the party, then the contact qualified by it.
  const contacts = (list: readonly ContactRef[]) => {
    for (const c of list) {
      ref('party', c.party);
      if (c.contact) {
        const name = `${c.party.text}.${c.contact.text}`;
        refs.push({ kind: 'contact', name, uri, range: c.contact.range, target: model.resolve('contact', name) });
      }
    }
  };

  for (const use of ast.uses) {
    if (use.path) refs.push({ kind: 'file', name: use.path.value, uri, range: use.path.range, target: undefined });
  }
  const instrument = ast.instrument;
  if (instrument?.parent) refs.push({ kind: 'file', name: instrument.parent.value, uri, range: instrument.parent.range, target: undefined });
  if (instrument?.depositary?.value && !('multiline' in instrument.depositary.value)) {
    // A depositary written as a bare id is one of the parties.
    ref('party', instrument.depositary.value);
  }

  for (const d of ast.declarations) {
    switch (d.type) {
      case 'SecurityAgreement':
        parties(d.parties);
        for (const e of d.equivalences) parties(e.markings.map((m) => m.party));
        break;
      case 'Channel':
        parties(d.members);
        ref('security-agreement', d.securityAgreement);
        contacts(d.contacts);
        break;
      case 'IncidentProtocol':
        for (const n of d.notifications) {
          parties(n.recipients);
          ref('channel', n.deadline?.via);
        }
        for (const r of d.reports) ref('channel', r.deadline?.via);
        for (const e of d.escalations) {
          ref('body', e.to);
          ref('channel', e.deadline?.via);
        }
        contacts(d.contacts);
        break;
      case 'Exercise':
        ref('party', d.lead);
        parties(d.participants);
        contacts(d.contacts);
        break;
      case 'Cooperation':
        parties(d.providers);
        parties(d.beneficiaries);
        break;
      case 'GovernanceBody':
        parties(d.members);
        ref('party', d.chair);
        break;
      case 'Clause':
        if (d.libraryRef) refs.push({ kind: 'library-clause', name: d.libraryRef.value, uri, range: d.libraryRef.range, target: undefined });
        break;
      case 'Assistance':
        for (const authority of d.centralAuthorities) ref('party', authority.party);
        break;
      default:
        break;
    }
  }
  refs.push(...termReferences(model));
  return refs;
}

/** Uses of defined terms in prose, as whole words; the definition's own term is not a use. */
function termReferences(model: SemanticModel): Reference[] {
  const terms = model.visible('term');
  if (terms.length === 0) return [];
  const byTerm = new Map(terms.map((t) => [t.name, t]));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(${[...byTerm.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
  const refs: Reference[] = [];
  for (const { text } of model.prose()) {
    const raw = model.sourceAt(text.range);
    const startLine = text.range.start.line;
    const startChar = text.range.start.character;
    const lines = raw.split('\n');
    lines.forEach((line, i) => {
      for (const match of line.matchAll(pattern)) {
        const character = (i === 0 ? startChar : 0) + match.index;
        const name = match[1];
        refs.push({
          kind: 'term',
          name,
          uri: model.uri,
          range: { start: { line: startLine + i, character }, end: { line: startLine + i, character: character + name.length } },
          target: byTerm.get(name),
        });
      }
    });
  }
  return refs;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
