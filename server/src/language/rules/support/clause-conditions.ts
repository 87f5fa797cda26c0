/**
 * Whether a library clause's text puts the instrument's activities or commitments as a whole
 * under a condition: "All activities under this {{instrument}} are subject to the availability of
 * funds and personnel", "Activities under this {{instrument}} shall be subject to the availability
 * of appropriated funds", "Nothing in this {{instrument}} commits a {{participant}} to the
 * expenditure of funds". Inserted into a text, such a sentence qualifies every duty the text
 * already states: it is not an addition but an amendment of what was agreed (twenty-third run,
 * items 4 and 6). Read from the words, so a team clause that does the same is caught too.
 */
const conditioning = [
  /\bsubject\s+to\s+the\s+availability\s+of\b/iu,
  /\b(?:activities|commitments|obligations|cooperation|undertakings)\s+(?:under|pursuant\s+to)\s+this\s+(?:\{\{\s*\w+\s*\}\}|\p{L}+)\s+(?:are|is|shall\s+be|will\s+be)\s+subject\s+to\b/iu,
  /\bnothing\s+in\s+this\s+(?:\{\{\s*\w+\s*\}\}|\p{L}+)\s+(?:commits|obliges|obligates|requires)\b/iu,
];

export function conditionsTheInstrument(text: string): boolean {
  return conditioning.some((pattern) => pattern.test(text));
}
