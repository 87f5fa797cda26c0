/**
 * Export review 3, item 3: in an exchange of notes whose notes do not carry the terms (no `with
 * terms`), a fix that inserts a clause puts it outside both notes — the export prints it after the
 * reply, in neither note — and said nothing of it (the NL–SE Europol notes of 1995, read as a
 * draft: "Settlement of disputes"). The title now says so; the near misses keep their titles: a
 * proposal that carries the terms, and a fix that adds a header statement (the export lists those
 * apart, as stated only in the declarations, and marks the export DRAFT).
 */
import { strict as assert } from 'node:assert';
import { diagnose } from '../helpers/fixture';
import { draftOf, repoText } from '../helpers/fix-review';

const notes = draftOf(repoText('test/real-instruments/nl-se-europol-drugs-unit-notes-1995.entente'));
const outside = /it stays outside both notes, in neither of the texts exchanged, so it is no part of the agreement until it is written into a note or the proposal carries the terms \(`with terms`\)$/;

const titles = (text: string, code: string) => diagnose(text).filter((d) => d.code === code).flatMap((d) => d.fixes.map((f) => f.title));

describe('a clause a fix adds to an exchange without `with terms` is said to stay outside the notes (export review 3, item 3)', () => {
  it('NL–SE notes 1995 as a draft: the disputes clause fix says it lands in neither note', () => {
    const [clause, header] = titles(notes, 'missing-dispute-settlement');
    assert.match(clause, /^Insert library clause "Settlement of disputes"/);
    assert.match(clause, outside);
    assert.equal(header, 'Add `disputes by negotiation` to the header', 'a header statement is listed apart by the export');
  });

  it('near miss: the same notes whose proposal carries the terms keep the plain title', () => {
    const proposal = 'note Proposal "Nr. I" from NL to SE at "Stockholm" on ';
    assert.ok(notes.includes(proposal));
    const carried = notes.replace(/(note Proposal "Nr\. I" from NL to SE at "Stockholm" on \d{4}-\d\d-\d\d)/, '$1 with terms');
    const [clause] = titles(carried, 'missing-dispute-settlement');
    assert.match(clause, /^Insert library clause "Settlement of disputes"/);
    assert.doesNotMatch(clause, /outside both notes/);
  });

  it('near miss: a treaty that is no exchange keeps the plain title', () => {
    const eurojust = draftOf(repoText('test/real-instruments/nl-eurojust-seat-agreement-2006.entente'));
    const all = diagnose(eurojust).flatMap((d) => d.fixes.map((f) => f.title));
    assert.ok(all.length > 0);
    assert.ok(all.every((t) => !/outside both notes/.test(t)), all.join('; '));
  });
});
