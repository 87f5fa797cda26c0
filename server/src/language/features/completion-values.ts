/**
 * What a slot offers: the names in scope for a reference (parties, channels, agreements,
 * bodies; a channel's members after its `from`), a party's contacts after `EE.`, a closed
 * set's values, a slot's documented words, and the words written earlier in the statement
 * (`prevailing` one of the languages). Which slot a position is comes from the grammar and the
 * slot table (completion-context.ts); this only turns a slot into candidates.
 */
import { tokenMatcher, type IToken, type TokenType } from 'chevrotain';
import type { Slot } from '../constructs/construct';
import { symbolKinds, type SymbolKind } from '../constructs/table';
import type { SemanticModel } from '../model/semantic-model';
import { ententeLexer } from '../syntax/lexer';
import { assertNever } from '../util/assert-never';
import { wordsInHeader, wordsInSlot, type Expected } from './completion-context';
import type { CompletionKind } from './types';

export interface Candidate {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  readonly documentation?: string;
}

/** The candidates a slot offers for a token of `type`, after the tokens of `expected`. */
export function slotCandidates(model: SemanticModel | undefined, slot: Slot, type: TokenType, expected: Expected): Candidate[] {
  const tokens = expected.tokens;
  const previous = tokens[tokens.length - 1];
  switch (slot.kind) {
    case 'reference': {
      if (!model) return [];
      // `from |` in a channel: its members, as written in its header (when any are).
      const among = slot.among ? [...new Set(wordsInHeader(expected, slot.among))] : [];
      const names = among.length > 0 ? among : model.visible(slot.symbol).map((s) => s.name);
      const also = slot.also && among.length === 0 ? model.visible(slot.also).map((s) => ({ label: s.name, kind: symbolKinds[slot.also!].completion, detail: symbolDetail(model, slot.also!, s.name) })) : [];
      return [...names.map((name) => ({ label: name, kind: symbolKinds[slot.symbol].completion, detail: symbolDetail(model, slot.symbol, name) })), ...also];
    }
    case 'contact': {
      // `EE.`: the party is the word before the dot.
      const party = previous?.image === '.' ? model?.party(tokens[tokens.length - 2]?.image ?? '') : undefined;
      return (party?.contacts ?? []).filter((c) => c.id).map((c) => ({ label: c.id!.text, kind: 'contact', detail: c.name?.value }));
    }
    case 'closed': {
      // `1 month`, `6 months`: a unit agrees with the number, as a drafter writes it.
      const plural = slot.countable === true && previous?.image !== '1';
      return slot.vocabulary.values
        .map((value) => ({ label: plural ? `${value}s` : value, kind: 'value' as const, detail: slot.what, documentation: slot.vocabulary.meaning[value] }))
        .filter((c) => lexesAs(c.label, type));
    }
    case 'suggested':
      if (slot.after !== undefined && previous?.image !== slot.after) return [];
      return Object.entries(slot.words)
        .filter(([label]) => lexesAs(label, type))
        .map(([label, documentation]) => ({ label, kind: 'value', detail: slot.what, documentation }));
    case 'listed':
      return [...new Set(wordsInSlot(expected, slot.from))].map((label) => ({ label, kind: 'value', detail: slot.what, documentation: slot.meaning(label) }));
    case 'name':
    case 'free':
    case 'plain':
    case 'prose':
    case 'file':
    case 'library-clause':
    case 'date':
    case 'number':
      // A new name, free words, strings and literals: nothing to pick from.
      return [];
    default:
      return assertNever(slot, 'slot');
  }
}

const lexedAs = new Map<string, IToken | undefined>();

/** Whether a value, written alone, is a token of `type` (`24/7` is not an identifier, `TLP:RED` is a TLP label). */
function lexesAs(value: string, type: TokenType): boolean {
  if (!lexedAs.has(value)) {
    const lexed = ententeLexer.tokenize(value);
    lexedAs.set(value, lexed.errors.length === 0 && lexed.tokens.length === 1 ? lexed.tokens[0] : undefined);
  }
  const token = lexedAs.get(value);
  return token !== undefined && tokenMatcher(token, type);
}

function symbolDetail(model: SemanticModel, kind: SymbolKind, name: string): string | undefined {
  if (kind === 'party') return model.party(name)?.effective.name?.value;
  const node = model.resolve(kind, name)?.node as { name?: { value?: string } } | undefined;
  return node?.name?.value;
}
