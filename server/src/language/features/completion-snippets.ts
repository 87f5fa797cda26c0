/** Snippets for whole constructs, offered where a declaration may start: each construct's row lists its own. */
import { constructRows } from '../constructs/table';
import type { CompletionItem } from './types';

export function constructSnippets(): CompletionItem[] {
  return constructRows
    .flatMap((row) => row.snippets)
    .map((s) => ({
      label: `${s.label} …`,
      kind: 'snippet',
      detail: s.detail,
      insertText: s.body,
      insertTextIsSnippet: true,
      filterText: s.label,
      sortText: '9' + s.label,
    }));
}
