/**
 * A fix that adds a clause to an exchange of notes or letters whose notes do not carry the terms
 * (no `note … with terms`) puts that clause outside both notes: the export prints it after the
 * reply, in neither note (render/exchange.ts). The agreement an exchange makes is what the notes
 * say (VCLT Art. 13), so the clause is no part of it. The fix stays — the drafter may move it into
 * a note, or add `with terms` to the proposal — but its title says so (export review 3, item 3:
 * the disputes clause applied to the NL–SE Europol notes of 1995, read as a draft).
 */
import type { EntenteDocument } from '../ast/nodes';
import type { CodeFix, Finding } from '../rules/rule';

const outsideNotes = ' — it stays outside both notes, in neither of the texts exchanged, so it is no part of the agreement until it is written into a note or the proposal carries the terms (`with terms`)';

/** A clause block inserted by a fix: `clause Id …` at the start of a line. */
const insertsClause = /^\s*clause\s/mu;

/** The finding's fixes, titled for where their clause lands in an exchange; unchanged elsewhere. */
export function fixesOnExchange(document: EntenteDocument, finding: Finding): Finding {
  const fixes = finding.fixes ?? [];
  if (fixes.length === 0 || !clausesOutsideNotes(document)) return finding;
  return { ...finding, fixes: fixes.map(titled) };
}

/** An exchange whose notes do not carry the agreement's terms. */
function clausesOutsideNotes(document: EntenteDocument): boolean {
  return document.notes.length > 0 && !document.notes.some((note) => note.carries !== undefined);
}

function titled(fix: CodeFix): CodeFix {
  return fix.edits.some((edit) => insertsClause.test(edit.newText)) ? { ...fix, title: `${fix.title}${outsideNotes}` } : fix;
}
