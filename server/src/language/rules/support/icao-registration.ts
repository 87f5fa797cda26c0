/**
 * A treaty that names the Convention on International Civil Aviation (Chicago, 1944) is, as an
 * aeronautical arrangement of its contracting States, also to be registered with the ICAO Council:
 * "Subject to the provisions of the preceding Article, any contracting State may make arrangements
 * not inconsistent with the provisions of this Convention. Any such arrangement shall be forthwith
 * registered with the Council, which shall make it public as soon as possible" (Chicago Convention
 * Art. 83; read: BWBV0005507). `missing-registration` adds it to the UN Charter's duty where the
 * text names that Convention (NL–Norway air services 1962, Art. 2(3): "in conformity with the
 * provisions of the Convention on International Civil Aviation (Chicago, 1944)"; ninety-second run,
 * defect 2). Whether each Party is a contracting State the checker does not know: the sentence says
 * "if". A text that does not name the Convention is not read as an air services agreement.
 */
import type { SemanticModel } from '../../model/semantic-model';
import { oncePer } from '../../util/once-per';

const chicago = /\bConvention\s+on\s+International\s+Civil\s+Aviation\b|\bChicago\s+Convention\b/iu;

/** Whether a clause of the text names the Chicago Convention: one reading per analysis. */
const namesChicago = oncePer((model: SemanticModel): boolean => model.ast.clauses.some((clause) => chicago.test(model.clauseText(clause) ?? '')));

/** The sentence the registration finding adds, with a leading space; '' where the text does not name the Convention. */
export function icaoRegistration(model: SemanticModel): string {
  if (!namesChicago(model)) return '';
  return ' The text names the Convention on International Civil Aviation: if it is an arrangement of a contracting State of that Convention, Art. 83 of it also asks that it be registered with the ICAO Council ("Any such arrangement shall be forthwith registered with the Council, which shall make it public as soon as possible").';
}
