/**
 * An amendment in a simpler form that takes effect only once each Party has completed its own
 * procedures: "This Agreement may be amended by an exchange of diplomatic notes between the two
 * Governments and shall take effect on the date on which the two Governments have notified each
 * other in writing that the required procedures have been fulfilled" (Netherlands–India Technical
 * Cooperation Agreement 1983, Art. 8; read: BWBV0002676). The notes do not amend the treaty "without
 * such an act": each Party's notification that its required procedures are complete is that act,
 * the one by which the same Agreement "shall come into force" (the sentence before), and its
 * constitution decides what those procedures are. `treaty-amendment-by-decision` reported it at
 * warning under treaty-review and strict (hundred-and-sixth run, defect 1): only the header word
 * "approval" cleared it.
 *
 * Read narrowly, so that no simpler track loses its note:
 * - in the header's words (`amendment by exchange of notes after constitutional procedures`);
 * - or in a clause tagged `about amendment`, where every sentence that amends by the header's own
 *   procedure ("exchange", "notes", "decision" …) states the act itself, or is followed by one that
 *   opens on the amendments taking effect and states it ("… by an exchange of diplomatic notes
 *   between the two Governments. Amendments shall take effect on the date on which the two
 *   Governments have given each other written notification that the legally required procedures
 *   have been fulfilled", Netherlands–Bhutan Agreement on co-operation for sustainable
 *   development 1994, Art. VII(5); read: BWBV0001235). A sentence that amends another part by another form ("The
 *   Annexes may be amended by decision of the Committee") without the act keeps the note.
 */
import type { SemanticModel } from '../../model/semantic-model';
import { spacedClauseText } from './spaced-clause-text';

/**
 * A Party's own act whoever the sentence names: "constitutional requirements" (a joint body has no
 * constitution), "procedures constitutionally required", "subject to ratification", "approved by the
 * Parties in accordance with …", "instruments of acceptance".
 */
const partyAct = new RegExp(
  [
    String.raw`\bconstitutional\s+(?:legal\s+)?(?:procedures?|requirements?|formalities)\b`,
    String.raw`\bprocedures\s+(?:constitutionally\s+|legally\s+)?required\b`,
    String.raw`\bsubject\s+to\s+(?:the\s+)?(?:ratification|approval|acceptance)\b`,
    String.raw`\b(?:instruments?|notifications?)\s+of\s+(?:ratification|approval|acceptance)\b`,
    String.raw`\b(?:ratified|approved|accepted)\s+by\s+(?:both|each\s+of\s+the|all\s+(?:of\s+)?the|the)\s+(?:Contracting\s+)?(?:Parties|Governments|States)\b`,
  ].join('|'),
  'iu',
);

/**
 * Procedures that may be anyone's: "the required procedures", "internal procedures", "the necessary
 * formalities". A joint body has its own: "amended by decision of the Joint Committee, adopted in
 * accordance with its internal procedures" names the Committee's rules of procedure, no act of a Party
 * (treaty lawyer lr26, D12). They are a Party's only where the words say so (`partiesOwn`).
 */
const procedures = /\b(?:(?:legally\s+)?required|internal|domestic|national|necessary)\s+(?:legal\s+)?(?:procedures?|requirements?|formalities)\b/iu;

/**
 * Words that make such procedures the Parties' own: the Parties or Governments notify or inform each
 * other of them ("the two Governments have notified each other in writing that the required procedures
 * have been fulfilled", Netherlands–India 1983 Art. 8; "the two Governments have given each other
 * written notification that the legally required procedures have been fulfilled", Netherlands–Bhutan
 * 1994 Art. VII(5)), the header has a notification of them, or the procedures are "their", "each
 * Party's" or "of each Party" (those words qualifying the procedures, not a body named in the sentence).
 */
const partiesOwn = new RegExp(
  [
    String.raw`\b(?:Part(?:y|ies)|Governments?|States?)\b[^.;]*?\b(?:notif\w*|inform\w*)`,
    // The header's own words: `exchange of diplomatic notes after notification of required procedures`.
    String.raw`\bnotifications?\s+of\s+(?:the\s+)?(?:completion\s+of\s+(?:the\s+)?)?(?:(?:legally\s+)?required|internal|domestic|national|necessary)\s+`,
    String.raw`\btheir\s+(?:own\s+|respective\s+)?(?:[\p{L}-]+\s+){0,2}?(?:procedures?|requirements?|formalities)\b`,
    // "of each Party" must qualify the procedures themselves ("the internal procedures of each Party"):
    // "the Joint Committee of the Parties" or "composed of representatives of each Party" names the
    // body, whose own procedures stay its own (treaty lawyer lr27, D6).
    String.raw`\b(?:procedures?|requirements?|formalities)\s+(?:(?:required|applicable|in\s+force)\s+)?(?:of|in|for|within)\s+(?:each|both|either|the)\s+(?:of\s+the\s+)?(?:Contracting\s+)?(?:Part(?:y|ies)|Governments?|States?)\b`,
    String.raw`\b(?:each|either|both|the)\s+(?:Contracting\s+)?(?:Party|Parties|Government|Governments|State|States)(?:['’]s|['’])\s+(?:own\s+|respective\s+)?(?:[\p{L}-]+\s+){0,2}?(?:procedures?|requirements?|formalities)\b`,
  ].join('|'),
  'iu',
);

/** Whether words state each Party's own procedures or act (see `partyAct`, `procedures`, `partiesOwn`). */
const statesOwnAct = (words: string): boolean => partyAct.test(words) || (procedures.test(words) && partiesOwn.test(words));

/** A sentence that carries on the one before: "Amendments shall take effect …", "Such amendments shall enter into force …". */
const carriesOn = /^(?:\(?[\p{L}\d]{1,4}[.)]\s+)?(?:(?:such|these|those|any\s+such|the|an?)\s+)?amendments?\s+(?:(?:so|thus)\s+(?:made|agreed)\s+)?(?:shall|will)\s+(?:take\s+effect|enter\s+into\s+force|come\s+into\s+force|become\s+effective)\b/iu;

/** The words of the header's procedure that name its simpler form: "exchange", "notes", "decision", "adopt" … */
const formWords = /decision|notes|letters|written|exchange|arrangement|adopt/giu;

/**
 * Whether the amendment the header states (`procedure`) takes effect only on each Party's own act,
 * in the header's words or in the clauses tagged `about amendment` (see above).
 */
export function amendmentAwaitsOwnProcedures(model: SemanticModel, procedure: string): boolean {
  if (statesOwnAct(procedure)) return true;
  const forms = [...new Set((procedure.match(formWords) ?? []).map((w) => w.toLowerCase()))];
  if (forms.length === 0) return false;
  const form = new RegExp(String.raw`\b(?:${forms.join('|')})`, 'iu');
  let amending = 0;
  for (const clause of model.clausesAbout('amendment')) {
    const sentences = spacedClauseText(model, clause).split(/(?<=[.;])\s+/u);
    for (const [i, sentence] of sentences.entries()) {
      if (!/\bamend/iu.test(sentence) || !form.test(sentence)) continue;
      amending++;
      const next = sentences[i + 1] ?? '';
      if (!statesOwnAct(sentence) && !(carriesOn.test(next) && statesOwnAct(next))) return false;
    }
  }
  return amending > 0;
}
