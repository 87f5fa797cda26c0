/**
 * What a clause on the treaty's duration says of its life after the term, for `termClause`
 * (term-in-words.ts): whether the treaty itself goes on (indefinitely, or "thereafter"), and whether
 * the clause gives a Party a way to end it.
 *
 * The treaty's own life only: "Thereafter, the obligations of confidentiality under Article 6 shall
 * remain binding", "Projects begun before its expiry shall thereafter continue until their
 * completion", "Information received under it may be kept for an indefinite period" are survival
 * and retention rules, and the treaty itself ends with its term (VCLT Art. 54(a), read: BWBV0003441;
 * treaty lawyer lr31, D1, probes t6, t7, t9, t10). So the words of a life after the term count only in
 * a sentence (or a part of one after ";") whose subject is the instrument: "This Agreement shall … and
 * shall thereafter continue", ", the present Agreement shall be extended for an indefinite period",
 * "Thereafter it shall remain in force indefinitely".
 *
 * A way out: an extended treaty that reserves a right to end it is not silent on its termination —
 * "the present Agreement shall be extended for an indefinite period, each Contracting Party reserving
 * the right to terminate the Agreement upon notice of at least six months" (NL–Egypt economic and
 * technical cooperation Agreement 1975, Art. VII(2), read: BWBV0004723; NL–Jordan 1978, Art. 9(3),
 * BWBV0003869), "unless terminated by either Party on six months' written notice", "either Party may
 * terminate it", "until either Party gives six months' notice of termination" (lr31, D1, t5–t5f). Art.
 * 56(1) governs only "A treaty which contains no provision regarding its termination and which does not
 * provide for denunciation or withdrawal" (read: BWBV0003441). A notice of non-renewal before the term
 * expires ("Unless notice of termination has been given … before the date of the expiry of its
 * validity, the present Agreement shall be extended for an indefinite period") is not a way out of
 * the extension, and is not read as one (lr30, D1, t2).
 */
import { instrumentNoun } from './own-final-clauses';

/** The instrument as the subject, at the start of a sentence, after a comma or after "thereafter": not "under it may be kept". */
const instrumentSubject = String.raw`(?:^|[,:]\s*|\b(?:thereafter|afterwards|then)\b,?\s+)(?:(?:this|the\s+present|the)\s+${instrumentNoun}|it)\s+(?:shall|will|is|may)\b`;

/** Up to the words sought, no verb of another subject: "and shall thereafter continue" keeps the subject, "projects shall" does not. */
const sameVerbChain = String.raw`(?:(?!(?<!\b(?:and|or)\s+)\b(?:shall|will|may|must|are)\b)[^]){0,240}?`;

const indefiniteLife = new RegExp(String.raw`${instrumentSubject}${sameVerbChain}(?:\b(?:indefinite|unlimited)\s+(?:period|duration|time)\b|\bindefinitely\b)`, 'iu');

/** "shall thereafter continue in force", "and remain in force afterwards", "Thereafter it shall remain in force". */
const continuedLife = new RegExp(
  String.raw`${instrumentSubject}${sameVerbChain}(?:\b(?:thereafter|afterwards)\b[^.;]{0,80}?\b(?:continues?|remains?)\b|\b(?:continues?|remains?)\s+in\s+force\s+(?:thereafter|afterwards)\b)|\b(?:thereafter|afterwards)\b,?\s+(?:(?:this|the\s+present|the)\s+${instrumentNoun}|it)\s+(?:shall|will)\s+(?:continue|remain)\b`,
  'iu',
);

/** A Party, one of them. */
const oneParty = String.raw`(?:either|any|each|one\s+of\s+the)\s+(?:Contracting\s+)?(?:Party|Parties|Government|Governments|State|States)\b`;

/** Words that give a Party a way to end the instrument, in the clause on its duration. */
const exit = new RegExp(
  [
    String.raw`\b(?:reserv(?:es?|ing)|ha(?:s|ve)|retain(?:s|ing)?)\s+the\s+right\s+to\s+(?:terminate|denounce|withdraw\s+from)\s+(?:it|(?:this|the\s+present|the)\s+${instrumentNoun})\b[^.;]{0,120}`,
    String.raw`\b(?:unless|until)\s+(?:(?:earlier|sooner)\s+)?(?:terminated|denounced)\s+(?:(?:earlier|sooner)\s+)?by\s+${oneParty}[^.;]{0,120}`,
    String.raw`\b${oneParty}\s+may\b[^.;]{0,40}?\b(?:terminate|denounce|withdraw\s+from)\s+(?:it|(?:this|the\s+present|the)\s+${instrumentNoun})\b[^.;]{0,120}`,
    String.raw`\buntil\b[^.;]{0,120}?\bnotice\s+of\s+(?:termination|denunciation|withdrawal)\b`,
  ].join('|'),
  'iu',
);

/** The parts of a clause a subject governs: sentences, and the parts of one after ";". */
function parts(text: string): string[] {
  return text.split(/[.;]\s+/u).map((part) => part.trim());
}

/** Whether the clause gives the instrument itself a life after its term or an indefinite one. */
export function lifeGoesOn(text: string): { readonly indefinite: boolean; readonly continues: boolean } {
  const all = parts(text);
  return { indefinite: all.some((part) => indefiniteLife.test(part)), continues: all.some((part) => continuedLife.test(part)) };
}

/** The clause's words that give a Party a way to end the instrument, if any. */
export function exitInWords(text: string): RegExpExecArray | null {
  return exit.exec(text);
}
