/**
 * `note Proposal "Note No. 181" from US to NL at "The Hague" on 1959-10-08 """…"""`: one note (or
 * letter) of an exchange that constitutes the instrument (`form exchange-of-notes`, VCLT Art. 13);
 * the reply says which note it is `answering`.
 */
import type { Note } from '../ast/nodes';
import { noteContents } from '../ast/vocabulary';
import { oneArticleEach, closed, name, named, outlineNamed, reference, text, type ConstructRow, type SlotTable } from './construct';

const slots = {
  'note.id': name('note'),
  'note.heading': text('prose'),
  'note.author': reference('party'),
  'note.addressee': reference('party'),
  'note.place': text('plain'),
  'note.date': { kind: 'date' },
  'note.answers': reference('note'),
  'note.carries': closed(noteContents, 'what the note carries'),
} as const satisfies SlotTable;

export const note = {
  rule: 'note',
  display: 'a note',
  starts: ['note', 'letter'],
  docs: {
    note: 'One note of an exchange of notes that constitutes the instrument (`form exchange-of-notes`): an id, its heading ("Note No. 181"), `from` its author `to` its addressee, `at` a place `on` a date, `answering` the note it accepts, and its text.',
    letter: 'One letter of an exchange of letters that constitutes the instrument (`form exchange-of-letters`); written as a `note`.',
    answering: '`answering Proposal`: this note is the reply that accepts the note named, which constitutes the agreement (VCLT Art. 13).',
  },
  statements: undefined,
  slots,
  declares: (n) => named('note', n),
  references: (n) => [
    [slots['note.author'], [n.author]],
    [slots['note.addressee'], [n.addressee]],
    [slots['note.answers'], [n.answers]],
  ],
  prose: (n) => [n.body],
  outline: (n, o) => outlineNamed(o, 'note', n, n.heading?.value ?? (n.answers ? `reply to ${n.answers.text}` : 'proposal')),
  // The notes come first: in an exchange of notes they are the text of the agreement.
  render: oneArticleEach(5, (n, r) => {
    // The drafter's heading may already name the sender ("A. Letter from the Republic of Croatia"): it is not said twice.
    const names = (party: string) => n.heading !== undefined && n.heading.value.toLowerCase().includes(party.replace(/^the\s+/i, '').toLowerCase());
    const author = n.author ? inSentence(r.partyName(n.author)) : undefined;
    const addressee = n.addressee ? inSentence(r.partyName(n.addressee)) : undefined;
    const who = [author && !names(author) ? `from ${author}` : '', addressee && !names(addressee) ? `to ${addressee}` : ''].filter(Boolean).join(' ');
    const where = [n.place ? n.place.value : '', n.date?.valid ? r.date(n.date, 'date of the note') : ''].filter(Boolean).join(', ');
    const heading = `${n.heading?.value ?? (n.answers ? 'Reply' : n.keyword.text === 'letter' ? 'Letter' : 'Note')}${who ? ` ${who}` : ''}${where ? ` (${where})` : ''}`;
    const body = r.cite(n.body?.value ?? '');
    // The note's paragraphs are the drafter's text: printed as written, never numbered by the renderer.
    const paragraphs = body
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
      .filter((p) => p.length > 0)
      .map((p) => ({ text: p, label: '' }));
    return { heading, paragraphs };
  }),
  snippets: [
    {
      label: 'note',
      detail: 'note of an exchange of notes',
      body: 'note ${1:Proposal} "${2:Note No. 1}" from ${3:US} to ${4:NL} at "${5:The Hague}" on ${6:2027-01-01} """\n  ${7:I have the honour to propose … this Note and your reply shall constitute an agreement between our two Governments which shall enter into force on the date of your reply.}\n"""\n$0',
    },
  ],
} satisfies ConstructRow<Note>;

/** A party's name inside a sentence: "The Government of …" becomes "the Government of …". */
function inSentence(name: string): string {
  return name.replace(/^The\s/, 'the ');
}
