/**
 * Which States a generated final clause speaks of (constructs/header-clauses.ts): the header
 * states how and when States consent, but who may consent by which means is in the text's own
 * words, and a sentence must not speak of more States than the statement it renders.
 */
import type { ConsentInvitation, ConsentOpening, Instrument } from '../ast/nodes';
import { subsequentAct } from '../ast/later-consents';
import type { RenderContext } from './construct';

/**
 * The States a `subsequently` statement speaks of are those that perform the act it counts from:
 * "The Convention shall enter into force for each signatory State which ratifies subsequently on
 * the sixtieth day after the deposit of its instrument of ratification" (Hague Service Convention
 * 1965, Art. 27; read: BWBV0002015). "Any State that expresses its consent" beside `consent by
 * ratification, accession` would give an acceding State, which deposits no instrument of
 * ratification, the ratifying States' date, where the same Convention has an acceding State bound
 * only after six months open to objections (Art. 28; hundred-and-second run, defect 1). The other
 * means get no sentence from the statement: the header says nothing of them, and the export says
 * what the header states (VCLT Art. 24(3) then governs unless the drafter writes otherwise).
 * Undefined where the statement counts from consent in any form, or from an act that is not one
 * State's own means of consent (a notification of internal procedures, a reply).
 */
export function ownAct(event: string | undefined, r: RenderContext): string | undefined {
  const verb = event === undefined ? undefined : actVerbs[event];
  return verb === undefined ? undefined : `${verb} this ${r.self}`;
}

/** Who performs each act, in a blank's words: "an acceding State". */
const actors: Readonly<Record<string, string>> = { ratification: 'a ratifying State', acceptance: 'an accepting State', approval: 'an approving State', accession: 'an acceding State' };

const actVerbs: Readonly<Record<string, string>> = { signature: 'signs', ratification: 'ratifies', acceptance: 'accepts', approval: 'approves', accession: 'accedes to' };

/**
 * Who consents by accession: "The consent of … to be bound by this Convention shall be expressed
 * by accession". Among named States, a State that has not signed
 * (`accession`: "Accession by a state that did not sign", ast/vocabulary.ts). Where a class of
 * States is declared, the text's descriptions say who may accede — "Any State not represented at
 * the Tenth Session of the Hague Conference on Private International Law may accede to the present
 * Convention" (Hague Service Convention 1965, Art. 28) — and no statement says which class that
 * is: a closed class may sign, but so may an open one ("open for signature by the member States of
 * the Council of Europe", accession only for a State "which is not a member of the Council and
 * which has not participated in its elaboration", on invitation: Budapest Convention Arts. 36(1),
 * 37(1); read: BWBV0001839). "A State that has not signed" would open accession to States the text
 * leaves out, a represented State that did not sign (hundred-and-second run, defect 3), so the
 * export leaves a blank for the drafter to fill with the text's words, or to say, Party by Party,
 * which class accedes (`consent by ratification for Session-States, accession for Acceding-States`:
 * consent-by-party-sentence.ts prints "Any State not represented … may accede to this Convention").
 * A concluded text prints none of this (render/unprinted-note.ts).
 */
export function accessionSentence(opening: ConsentOpening | undefined, invitation: ConsentInvitation | undefined, r: RenderContext): string {
  // When accession opens, then the blank for the text's further conditions, as after "may accede" (lr31, D9);
  // on invitation, the blank for who invites takes in those conditions (lg52).
  const once = invitation ? `${opening ? ` ${opensAfter(opening, r)}` : ''}, ${onInvitation(invitation, r)}` : opening ? ` ${accessionCondition(opening, undefined, r)}` : '';
  if (r.classOfStates) return `The consent of ${r.placeholder('the States that may accede, in the text’s words')} to be bound by this ${r.self} shall be expressed by accession${once}.`;
  return `The consent of a State that has not signed this ${r.self} to be bound by it shall be expressed by accession${once}.`;
}

/**
 * What follows "may accede to this Convention": when accession opens, in the words of the Hague
 * Service Convention 1965, Art. 28, "may accede to the present Convention after it has entered into
 * force" (read: BWBV0002015), where the header says so (`accession after entry-into-force`), then a
 * blank for the text's further conditions; otherwise a blank for its conditions, which the header does
 * not state (lr26, D7).
 */
export function accessionCondition(opening: ConsentOpening | undefined, invitation: ConsentInvitation | undefined, r: RenderContext): string {
  // The texts attach more than when accession opens — effect only towards the States that accept it
  // (Hague Evidence Convention 1970, Art. 39), objections within six months (Hague Service Convention
  // 1965, Art. 28) — which the header cannot state: the blank stays after the opening (lr30, D4).
  // On invitation, the blank for who invites takes in those conditions too.
  if (invitation) return `${opening ? `${opensAfter(opening, r)}, ` : ''}${onInvitation(invitation, r)}`;
  const further = r.placeholder(`${opening ? 'further ' : ''}conditions of accession, if any, in the text’s words`);
  return opening ? `${opensAfter(opening, r)} ${further}` : further;
}

/**
 * `accession by invitation`: "on the invitation of" and a blank for who invites and on what further
 * conditions, which the header does not state ("invited to do so by the Executive Board", UNESCO 1958
 * Convention on the exchange of publications, Art. 15(1), read: BWBV0005158; "the Committee of
 * Ministers …, after consulting with and obtaining the unanimous consent of the Contracting States
 * to the Convention, may invite …", Budapest Convention Art. 37(1), read: BWBV0001839); a misspelt
 * word (value-out-of-range) is a blank for the conditions.
 */
function onInvitation(invitation: ConsentInvitation, r: RenderContext): string {
  if (invitation.by.value !== 'invitation') return r.placeholder('conditions of accession, in the text’s words');
  return `on the invitation of ${r.placeholder('who invites, and on what further conditions, in the text’s words')}`;
}

/** `after entry-into-force`; a misspelt event (value-out-of-range) is a blank. */
function opensAfter(opening: ConsentOpening, r: RenderContext): string {
  return opening.after.value === 'entry-into-force' ? `after it has entered into force` : r.placeholder('when accession opens, in the text’s words');
}

/**
 * The date of the States that consent later by an act no `subsequently` dates, where one dates
 * another act: `subsequently 60 days after ratification` beside `consent by ratification, accession`
 * speaks of "each signatory State which ratifies subsequently" (Hague Service Convention 1965,
 * Art. 27), and the same Convention has an acceding State bound only once six months open to
 * objections have run (Art. 28; read: BWBV0002015). The header has said nothing of acceding States,
 * so the sentence is a blank for the drafter, never the ratifying States' date (hundred-and-second
 * run, defect 1); a second `subsequently … after accession` fills it. The same holds for an
 * acceptance or approval beside a date for ratification only. Undefined where no `subsequently` is
 * stated (VCLT Art. 24(3) governs unless the text says otherwise), or where every means of consent
 * is dated (one statement after its act, or after any consent).
 */
export function undatedActsBlank(h: Instrument, r: RenderContext): string | undefined {
  const read = h.subsequentEffects;
  if (read.length === 0 || read.some((t) => subsequentAct(t) === undefined)) return undefined;
  const dated = new Set(read.map(subsequentAct));
  const means = new Set((h.consent?.means ?? []).map((m) => m.value ?? m.text));
  // Signature is left out: a State signs before the entry into force, or its signature is subject to ratification.
  const undated = ['acceptance', 'approval', 'accession', 'ratification'].filter((act) => means.has(act) && !dated.has(act));
  if (undated.length === 0) return undefined;
  const verbs = undated.map((act) => actVerbs[act].replace(/ to$/, ''));
  const joined = verbs.length === 1 ? verbs[0] : `${verbs.slice(0, -1).join(', ')} or ${verbs[verbs.length - 1]}`;
  const object = undated[undated.length - 1] === 'accession' ? `to this ${r.self}` : `this ${r.self}`;
  const such = undated.length === 1 ? actors[undated[0]] : 'such a State';
  return `For each State that ${joined} ${object} after its entry into force, this ${r.self} ${r.will} ${r.enterIntoForce} ${r.placeholder(`date of entry into force for ${such}, in the text’s words`)}.`;
}
