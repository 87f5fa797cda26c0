/** Builds a `note` (or `letter`) of an exchange that constitutes the instrument. */
import type { Note } from '../ast/nodes';
import { note } from '../constructs/note';
import type { BuildContext } from './build-context';
import type * as C from './cst.generated';

/** `note Proposal "Note No. 181" from US to NL at "The Hague" on 1959-10-08 answering … """…"""` */
export function buildNote(ctx: BuildContext, node: C.NoteCstNode): Note {
  const n = node.children;
  const keywordToken = ctx.token(n.Kw_note) ?? ctx.token(n.Kw_letter);
  const range = ctx.nodeRange(node);
  let heading = ctx.text(n.heading);
  let body = ctx.prose(n.body?.[0]);
  // As for a clause: a lone plain string with nothing after it is the text, not a heading.
  if (!body && heading && !n.author && !n.addressee && !n.place && !n.date && !n.answers && !n.carries) {
    body = heading;
    heading = undefined;
  }
  return {
    type: 'Note',
    keyword: keywordToken ? { text: keywordToken.image, value: keywordToken.image === 'letter' ? 'letter' : 'note', range: ctx.tokenRange(keywordToken) } : { text: '', value: undefined, range },
    id: ctx.name(n.id),
    heading,
    author: ctx.name(n.author),
    addressee: ctx.name(n.addressee),
    place: ctx.text(n.place),
    date: ctx.date(n.date),
    answers: ctx.name(n.answers),
    carries: ctx.closed(note.slots['note.carries'], n.carries),
    body,
    range,
  };
}
