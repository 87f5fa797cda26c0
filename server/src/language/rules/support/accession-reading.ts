/**
 * When a clause lets a State accede, as far as consent-threshold-unreachable needs it: whether an
 * acceding State may add its consent before the treaty enters into force.
 *
 * Accession on the invitation or by decision of an organ the treaty itself establishes cannot come
 * before entry into force: the organ exists only once the treaty is in force. "The Council may decide
 * to invite any Government prepared to assume the obligations of membership to accede to this
 * Convention" (OECD Convention 1960, Art. 16), where "A Council composed of all the Members" (Art. 7)
 * takes over "When this Convention comes into force" (Art. 15) (read: BWBV0005057; fifty-sixth run,
 * probe 5). Nor can accession opened "After the entry into force of this Convention" (Budapest
 * Art. 37(1), read: BWBV0001839). A sentence that only has the depositary notify or receive an
 * instrument of accession ("Upon the receipt of any instrument of ratification, acceptance or
 * accession … the depositary Government shall give notice thereof", OECD Art. 21) allows no one to
 * accede. Any other words on accession ("open for accession by any State", "any State may accede")
 * are taken to open it before entry into force, as before: the finding is then not made, unless a
 * gate governs those very words (treaty lawyer lr12, defect 6): "After its entry into force, this
 * Convention shall be open for accession by any State", "Once this Convention has entered into
 * force, any State may accede to it", "Any State may accede to this Convention upon the invitation
 * of the Commission" open nothing before entry into force. A gate governs the words when it opens
 * the sentence before them (set off by a comma, with no word of acceding in it: "For a State
 * acceding after its entry into force, …" is about when accession takes effect) or directly follows
 * them and their complement; one behind another branch (", and by any organisation upon the
 * invitation of …") does not.
 *
 * An entry into force gates accession only where it is the instrument's own (treaty lawyer lr13,
 * defect 3): "After the entry into force of the Convention, this Protocol shall be open for
 * accession" waits for the parent Convention, not the Protocol, so accessions to the Protocol may
 * come before its own entry into force and count towards it (VCLT Art. 24(1): "in such manner … as
 * it may provide"). "Its", "this (the present) <anything>", a bare "the entry into force", and "the
 * entry into force of the <word the instrument calls itself>" are its own: "After the entry into
 * force of the Convention, the Committee of Ministers of the Council of Europe may invite any
 * non-member State to accede thereto" in a Convention (European Convention on the Social
 * Protection of Farmers 1974, Art. 16(1); read: BWBV0003957).
 */
import { escapeRegExp } from '../../util/escape-regexp';

/** What a clause's words say of accession. */
export type AccessionReading = 'none' | 'open' | 'after-entry-into-force' | 'neutral';

const speaks = /\baccede|\baccession\b/iu;
/**
 * What every text `speaks` matches holds (both words open with it), under the same flags: V8 runs
 * `speaks` (a `\b` alternation, case-insensitive Unicode) some seventy times slower than this
 * literal, and most clauses never name accession.
 */
const maySpeak = /acce/iu;

/**
 * "the (its) entry into force" of the instrument itself, not "of the Convention" another instrument
 * is (`self` is the word it calls itself, support/part-of-another-treaty.ts `selfWord`).
 */
function ownEntryIntoForce(self: string | undefined): string {
  const own = self === undefined ? '(?:this|the\\s+present)\\b' : `(?:this|the\\s+present)\\b|the\\s+${escapeRegExp(self)}\\b`;
  return String.raw`(?:the|its)\s+entry\s+into\s+force\b(?!\s+of\s+(?!${own}))`;
}

const afterEntryIntoForce = (self: string | undefined) => new RegExp(String.raw`\bafter\s+${ownEntryIntoForce(self)}|\bonce\s+(?:this|the\s+present)\s+\p{L}+\s+has\s+entered\s+into\s+force\b`, 'iu');
const notificationOnly = /\b(?:notif(?:y|ies|ied|ication)|give\s+notice|inform(?:s|ed)?|receipt|receives?|transmit(?:s|ted)?|register(?:s|ed)?)\b/iu;
/** Words that open accession themselves, whatever else the sentence says. */
const opens = /\bopen\s+for\s+accession\b|\b(?:any|every|all)\s+(?:other\s+)?(?:States?|Governments?|organi[sz]ations?)\b[^.;]{0,80}\bmay\s+accede\b/iu;

/**
 * The organ itself, not a word of another's name ("the Committee of Ministers of the Council of
 * Europe"). After "invitation of" the "of" is the gate's own: only the name that follows is tested.
 */
const organWords = (organ: string, afterOf = false) => `${afterOf ? '' : '(?<!\\bof\\s+(?:the\\s+)?)'}(?:the\\s+)?${escapeRegExp(organ).replace(/\s+/gu, '\\s+')}(?!\\s+of\\s+(?:the\\s+)?\\p{Lu})`;

/**
 * The names of organs the treaty establishes (the `body` declarations whose members are all parties
 * and whose name says it is no organ of another organisation: "Council", "Conference of the
 * Parties", not "Executive Council of the OPCW" or "Committee of Ministers of the Council of Europe").
 */
export function treatyOrganNames(bodies: readonly { name?: string; id?: string; members: readonly string[] }[], isParty: (id: string) => boolean): string[] {
  const names: string[] = [];
  for (const b of bodies) {
    if (b.members.length === 0 || !b.members.every(isParty)) continue;
    const name = (b.name ?? b.id ?? '').replace(/\s*\([^)]*\)\s*/gu, ' ').replace(/^the\s+/iu, '').trim();
    if (!name || /\bof\s+(?:the\s+)?(?!(?:States\s+|Contracting\s+|High\s+Contracting\s+)?Parties\b)\p{Lu}/u.test(name)) continue;
    names.push(name);
  }
  return names;
}

function gatedByOrgan(sentence: string, organs: readonly string[]): boolean {
  for (const organ of organs) {
    const o = organWords(organ);
    const after = organWords(organ, true);
    const gate = new RegExp(
      [
        String.raw`\b${o}\b[^.;]{0,160}\binvit(?:e|es|ed|ation)\b[^.;]{0,240}\b(?:to\s+accede|accession)\b`,
        String.raw`\b(?:accede|accession)\b[^.;]{0,160}\b(?:on|upon|at|by|following)\s+(?:the\s+|an?\s+)?(?:prior\s+|unanimous\s+)?invitation\s+(?:of|by|from)\s+${after}\b`,
        String.raw`\b(?:accede|accession)\b[^.;]{0,160}\b(?:subject\s+to|upon|on|by|with|after)\s+(?:the\s+|an?\s+)?(?:prior\s+|unanimous\s+)?(?:decision|approval|consent|agreement)\s+(?:of|by)\s+${after}\b`,
      ].join('|'),
      'iu',
    );
    if (gate.test(sentence)) return true;
  }
  return false;
}

/** A gate of its own words: after entry into force, or on an invitation or decision of one of the organs. */
function gateWords(organs: readonly string[], self: string | undefined): string {
  const organ = organs.length > 0 ? `(?:${organs.map((o) => organWords(o, true)).join('|')})\\b` : '(?!)';
  return [
    String.raw`(?:after|once|following|from)\s+(?:the\s+date\s+of\s+)?${ownEntryIntoForce(self)}`,
    String.raw`once\s+(?:this|the\s+present|it)\s*\p{L}*\s+has\s+entered\s+into\s+force\b`,
    String.raw`(?:on|upon|at|by|following|subject\s+to|with|after)\s+(?:the\s+|an?\s+)?(?:prior\s+|unanimous\s+)?(?:invitation|decision|approval|consent|agreement)\s+(?:of|by|from)\s+${organ}`,
  ].join('|');
}

/**
 * Whether a gate governs the words that open accession in this sentence: before them, opening the
 * sentence and set off by a comma ("After its entry into force, this Convention shall be open for
 * accession …"), or directly after them and their complement ("may accede to this Convention upon
 * the invitation of the Commission"); a second branch (", and by …") is not governed.
 */
function gatedOpening(sentence: string, at: RegExpExecArray, organs: readonly string[], self: string | undefined): boolean {
  const gate = gateWords(organs, self);
  const before = sentence.slice(0, at.index);
  if (new RegExp(String.raw`^\s*(?:${gate})[^,;]*,`, 'iu').test(before) && !/\bacced|\baccession\b/iu.test(before)) return true;
  const after = sentence.slice(at.index + at[0].length);
  return new RegExp(String.raw`^(?:\s+(?:by|to)\s+[^,.;]{0,80}?)?,?\s+(?:only\s+)?(?:${gate})`, 'iu').test(after);
}

/**
 * How a clause's words bear on accession before entry into force, given the treaty's own organs and
 * the word it calls itself ("protocol"; undefined: only "its", "this …" and a bare "the entry into
 * force" are its own).
 */
export function readAccession(text: string, organs: readonly string[], self?: string): AccessionReading {
  if (!(maySpeak.test(text) && speaks.test(text))) return 'none';
  const after = afterEntryIntoForce(self);
  const sentences = text.split(/(?<=[.;])\s+/u).filter((s) => speaks.test(s));
  // Words that open accession open it before entry into force unless a gate governs them.
  const gated = sentences.map((s) => { const at = opens.exec(s); return at === null ? undefined : gatedOpening(s, at, organs, self); });
  if (gated.some((g) => g === false)) return 'open';
  // One gate covers the clause's other sentences on the same accession ("Accession shall take effect
  // upon the deposit of an instrument of accession", OECD Art. 16, second sentence).
  if (gated.some((g) => g === true) || sentences.some((s) => gatedByOrgan(s, organs) || (after.test(s) && /\baccede|\baccession\b/iu.test(s)))) return 'after-entry-into-force';
  return sentences.every((s) => notificationOnly.test(s) && !/\bmay\s+accede\b|\baccede\s+to\b/iu.test(s)) ? 'neutral' : 'open';
}
