/**
 * Completion. The core returns items with names for kinds and a flag for snippets; this maps
 * the kinds to LSP numbers and, for a client without snippet support, replaces tab stops by
 * their default text.
 */
import { CompletionItemKind, CompletionTriggerKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver/node';
import type { CompletionItem as CoreItem, CompletionKind } from '../../language';
import { documentRequest, type LspFeature } from '../context';
import { stripSnippet } from '../convert';
import { readOptionalObject, readPosition } from '../guard';

const kinds: Record<CompletionKind, CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  party: CompletionItemKind.Class,
  contact: CompletionItemKind.Property,
  channel: CompletionItemKind.Interface,
  'security-agreement': CompletionItemKind.Struct,
  body: CompletionItemKind.Module,
  term: CompletionItemKind.Variable,
  clause: CompletionItemKind.Reference,
  'library-clause': CompletionItemKind.Text,
  value: CompletionItemKind.EnumMember,
  snippet: CompletionItemKind.Snippet,
  file: CompletionItemKind.File,
};

/** Items that start a declaration rather than fill a value. */
const declarationKinds: ReadonlySet<CompletionKind> = new Set(['keyword', 'snippet', 'library-clause']);

export function toLspCompletion(item: CoreItem, snippetSupport: boolean): CompletionItem {
  const snippet = item.insertTextIsSnippet === true && snippetSupport;
  const newText = item.insertTextIsSnippet && !snippetSupport ? stripSnippet(item.insertText) : item.insertText;
  return {
    label: item.label,
    kind: kinds[item.kind] ?? CompletionItemKind.Text,
    detail: item.detail,
    documentation: item.documentation ? { kind: MarkupKind.Markdown, value: item.documentation } : undefined,
    insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    ...(item.range ? { textEdit: { range: item.range, newText } } : { insertText: newText }),
    sortText: item.sortText,
    filterText: item.filterText,
  };
}

export const completionFeature: LspFeature = {
  name: 'completion',
  // `"` opens a library id or a `use` path, `.` a party's contact, `:` a TLP label, space the
  // next value after a keyword (`marking `, `kind `, `notify `).
  capabilities: () => ({ completionProvider: { triggerCharacters: ['"', '.', ':', ' '], resolveProvider: false } }),
  register(connection, context) {
    connection.onCompletion(
      documentRequest(
        context,
        'textDocument/completion',
        [],
        (p) => {
          // A space opens the list only where a value or name follows (`status `, `notify `):
          // keywords, snippets and whole library clauses after every space would pop up between words.
          const trigger = readOptionalObject(p.context, '"context" of textDocument/completion');
          const bySpace = trigger?.triggerKind === CompletionTriggerKind.TriggerCharacter && trigger.triggerCharacter === ' ';
          return { position: readPosition(p.position), bySpace };
        },
        (uri, { position, bySpace }) => {
          const items = context.features.complete(uri, position);
          return (bySpace ? items.filter((i) => !declarationKinds.has(i.kind)) : items).map((item) => toLspCompletion(item, context.snippetSupport));
        },
      ),
    );
  },
};
