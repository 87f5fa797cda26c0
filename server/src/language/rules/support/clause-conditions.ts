/**
 * Whether a library clause's text puts the instrument's activities or commitments as a whole
 * under a condition: "All activities under this {{instrument}} are subject to the availability of
 * funds and personnel", "Activities under this {{instrument}} shall be subject to the availability
 * of appropriated funds", "Nothing in this {{instrument}} commits a {{participant}} to the
 * expenditure of funds", "Each {{participant}} will carry out the activities described in this
 * {{instrument}} in accordance with its national law and within the limits of its available
 * resources" (the second paragraph of `non-binding-status/mou`). Inserted into a text, such a
 * sentence qualifies every duty the text already states: it is not an addition but an amendment
 * of what was agreed (twenty-third run, items 4 and 6). Read from the words, so a team clause
 * that does the same is caught too. A sentence that limits one undertaking only ("will bear its
 * own costs within the limits of its available resources") conditions nothing else, and is not.
 */
const conditioning = [
  /\bsubject\s+to\s+the\s+availability\s+of\b/iu,
  /\b(?:activities|commitments|obligations|cooperation|undertakings)\s+(?:under|pursuant\s+to)\s+this\s+(?:\{\{\s*\w+\s*\}\}|\p{L}+)\s+(?:are|is|shall\s+be|will\s+be)\s+subject\s+to\b/iu,
  /\bnothing\s+in\s+this\s+(?:\{\{\s*\w+\s*\}\}|\p{L}+)\s+(?:commits|obliges|obligates|requires)\b/iu,
  /\b(?:activities|commitments|cooperation|undertakings)\s+(?:described\s+in|under|pursuant\s+to|provided\s+for\s+in)\s+this\s+(?:\{\{\s*\w+\s*\}\}|\p{L}+)\s+(?:[^.;]*?\s)?(?:within\s+the\s+limits\s+of|subject\s+to)\s+(?:its|their|the)\s+(?:available\s+)?(?:resources|funds|budgets?|appropriations)\b/iu,
];

export function conditionsTheInstrument(text: string): boolean {
  return conditioning.some((pattern) => pattern.test(text));
}
