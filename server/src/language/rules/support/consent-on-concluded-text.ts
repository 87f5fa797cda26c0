/**
 * What a signed treaty's silence on consent to be bound means (sixty-ninth run, item 1).
 *
 * A concluded text that states no means of consent was consented to by the means its negotiating
 * States agreed, and the record of its conclusion, not the text, shows which: signature, "when …
 * (b) it is otherwise established that the negotiating States were agreed that signature should
 * have that effect; or (c) the intention of the State to give that effect to the signature appears
 * from the full powers of its representative or was expressed during the negotiation" (VCLT
 * Art. 12(1)); ratification where "(b) it is otherwise established that the negotiating States were
 * agreed that ratification should be required" or the signature or full powers were made subject
 * to it (Art. 14(1)(b)–(d)), and acceptance or approval "under conditions similar" (Art. 14(2)).
 * Nothing is to be written into the text: the transcriber declares `consent by …` once that record
 * is known, never to silence the finding.
 *
 * Where the text itself sets its entry into force, on another instrument's entry into force or on
 * a date, and provides for no act after signature, the message says what that points to, and only
 * conditionally (`pointer`): the NATO SOFA Art. 60 telecommunications Agreement, signed at Bonn on
 * 18 March 1993 by representatives "duly authorized thereto by their respective Governments",
 * enters into force with the Amending Agreement of the same day (Art. 10(1)).
 */
import type { Instrument } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { conclusionOf, concludedText } from '../../model/conclusion';
import { takesEffectWithAnother } from './final-clause-fit';
import { viennaCitation } from './vienna-convention';

/** The finding's message on a concluded treaty that states no means of consent. */
export function consentSilenceOnConcludedText(model: SemanticModel, instrument: Instrument): string {
  const open = 'The treaty states no means of consent to be bound; if it does, in words the transcription has not declared, declare them in the header (`consent by …`).';
  const silent = `Silent, each signatory's consent to be bound is expressed by the means the negotiating States agreed, which the record of its conclusion shows, not the text: by signature where it is established that they were agreed that signature should have that effect or the full powers of its representative show that intention or it was expressed during the negotiation (${viennaCitation(model, 'Art. 12(1)(b)–(c)')}); by ratification, acceptance or approval where that is established in the same ways (the same Convention, Art. 14(1)(b)–(d), (2)).`;
  return `${open} ${silent}${pointer(instrument)}`;
}

/**
 * What the text's own entry into force says of consent, where it fixes it without any act of the
 * Parties after signature. With another instrument's entry into force there are two readings the
 * words cannot choose between: part of that instrument, consented to with it (a treaty "whether
 * embodied in a single instrument or in two or more related instruments", VCLT Art. 2(1)(a); the
 * Aruba–BVI Protocol of 2009 "shall form an integral part of the Agreement … and shall enter into
 * force on the same date as the Agreement"), or a signature that bound, with entry into force
 * deferred (the Bonn telecommunications Agreement of 1993). On a date: the latter.
 */
function pointer(instrument: Instrument): string {
  if (takesEffectWithAnother(instrument)) {
    return ' Its entry into force is that of another instrument, and it provides for no act of its own after signature: either it is part of that instrument and was consented to with it (a treaty may be embodied in "two or more related instruments", Art. 2(1)(a)), or its signature expressed consent, with entry into force deferred (Arts. 12(1)(b), 24(1)); the record of its conclusion tells which, and whether a ratification or approval of its own followed.';
  }
  const date = instrument.effect?.date;
  if (!date?.valid || instrument.effect?.event !== undefined) return '';
  return ` Its entry into force is fixed by the text (on ${date.text}), with no act after signature provided for: that points to consent by signature, with entry into force deferred (Arts. 12(1)(b), 24(1)), unless the record shows a ratification or approval.`;
}

/** What a reviewer of the signed text can do: record the means once known; the text is not changed. */
export const consentOnConcludedText = 'nothing in the text is to be changed; declare `consent by signature` (or `consent by ratification`, …) only as the record of its conclusion shows.';

/**
 * Whether a concluded text fixes its own entry into force on a date on or after its signature, with
 * no act after signature named (the Benelux–Korea visa Agreement, signed at Seoul on 28 April 1970,
 * "shall enter into force on 1 June, 1970", Art. 10; eighty-fourth run, defect 1). Its own dates
 * already answer the question as far as a text can: they point to consent by signature with entry
 * into force deferred (VCLT Arts. 12(1)(b), 24(1)), and the message says so conditionally. Nothing
 * can be changed in the text and the transcriber can declare `consent by …` only from the record,
 * so the finding is a note there, under every profile; a draft keeps the rule's severity, its
 * drafters can still choose. A fixed date before the signature (a retroactive entry into force)
 * does not point to signature alone and keeps the warning.
 */
export function consentFixedByDateOnConcludedText(model: SemanticModel, instrument: Instrument): boolean {
  if (!concludedText(model.ast) || takesEffectWithAnother(instrument)) return false;
  const date = instrument.effect?.date;
  if (!date?.valid || instrument.effect?.event !== undefined) return false;
  const signed = conclusionOf(model.ast)?.day;
  return signed === undefined || (date.year - signed.year || date.month - signed.month || date.day - signed.day) >= 0;
}
