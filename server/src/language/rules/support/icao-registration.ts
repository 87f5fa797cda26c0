/**
 * An aeronautical agreement of contracting States of the Convention on International Civil Aviation
 * (Chicago, 1944) is also to be registered with the ICAO Council. Art. 83 is in Chapter XVII, "OTHER
 * AERONAUTICAL AGREEMENTS AND ARRANGEMENTS" (Part IV, Final provisions): "Subject to the provisions
 * of the preceding Article, any contracting State may make arrangements not inconsistent with the
 * provisions of this Convention. Any such arrangement shall be forthwith registered with the
 * Council, which shall make it public as soon as possible" (read: BWBV0005507, Arts. 80–83; Art. 81
 * registers the "aeronautical agreements" in existence in 1944, Art. 82 abrogates the inconsistent
 * ones). So the arrangements are aeronautical ones, not every treaty of a contracting State, nor
 * every text that names the Convention (treaty lawyer lr21, defect 2: a cyber agreement that keeps
 * the Chicago obligations unaffected was told of Art. 83).
 *
 * `missing-registration` adds the sentence where the text names the Convention and is an
 * aeronautical agreement by its title (air services, air transport, aviation, airlines, aircraft,
 * airports) or by clauses that make air services the object of the instrument: traffic rights, the
 * designation or operating authorisation of airlines, air services on the specified routes
 * (NL–Norway air services 1962, Art. 2(3): "in conformity with the provisions of the Convention on
 * International Civil Aviation (Chicago, 1944)"; Art. 3(1): "the right to designate … one or more
 * airlines"; ninety-second run, defect 2). Not "air transport" or "air services" as a word in a
 * clause: a cyber agreement that protects "energy, telecommunications, banking and air transport"
 * is not an arrangement under Chapter XVII (treaty lawyer lr22, D1). Art. 83 asks it of "any contracting
 * State" that makes one (Art. 81 reaches agreements with "any other State" too); whether a Party is
 * a contracting State the checker does not know: the sentence says "if".
 */
import type { SemanticModel } from '../../model/semantic-model';
import { oncePer } from '../../util/once-per';

const chicago = /\bConvention\s+on\s+International\s+Civil\s+Aviation\b|\bChicago\s+Convention\b/iu;
/** A title that makes the instrument an aeronautical agreement, in English, French and Dutch. */
const aeronauticalTitle = /\b(?:air\s+(?:services?|transport|navigation|traffic)|aviation|aeronautical|airlines?|aircraft|airports?|airworthiness|luchtvaart\p{L}*|luchtdiensten|luchtvervoer|transports?\s+aériens?|services?\s+aériens?|aéronautique)\b/iu;
/**
 * Clause words that make air services the object of the instrument whatever its title: traffic
 * rights granted, airlines designated or authorised to operate, services on the specified routes.
 */
const aeronauticalClause = /\b(?:traffic\s+rights?|designated\s+airlines?|(?:designate|designation\s+of)\s+(?:(?:an?|one|the|its|one\s+or\s+more)\s+)?airlines?|operating\s+(?:authori[sz]ations?|permi(?:ssions?|ts?))|(?:agreed|air)\s+services\s+on\s+the\s+specified\s+routes)\b/iu;

/** Whether the text names the Chicago Convention and is an aeronautical agreement: one reading per analysis. */
const aeronauticalUnderChicago = oncePer((model: SemanticModel): boolean => {
  const texts = model.ast.clauses.map((clause) => model.clauseText(clause) ?? '');
  if (!texts.some((text) => chicago.test(text))) return false;
  return aeronauticalTitle.test(model.ast.instrument?.title?.value ?? '') || texts.some((text) => aeronauticalClause.test(text));
});

/** The sentence the registration finding adds, with a leading space; '' where the text is not an aeronautical agreement naming the Convention. */
export function icaoRegistration(model: SemanticModel): string {
  if (!aeronauticalUnderChicago(model)) return '';
  return ' The text is an aeronautical agreement and names the Convention on International Civil Aviation: if a Party is a contracting State of that Convention, Art. 83 of it (Chapter XVII, "Other aeronautical agreements and arrangements") also asks that such an arrangement, not inconsistent with the Convention, be registered with the ICAO Council ("Any such arrangement shall be forthwith registered with the Council, which shall make it public as soon as possible").';
}
