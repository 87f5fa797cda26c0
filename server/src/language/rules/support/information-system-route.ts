/**
 * A channel among the Parties of a multilateral treaty whose own words route what it carries
 * through a common information system or clearing-house, and send nothing from one Party to
 * another: "Such information shall be made available to all Contracting Parties to this Treaty
 * through the information system, provided for in Article 17" (International Treaty on Plant
 * Genetic Resources for Food and Agriculture 2001, Art. 13.2 a); read: BWBV0001763), the system
 * the Parties "shall cooperate to develop and strengthen … to facilitate the exchange of
 * information" (Art. 17.1). The system is the address of the exchange: a Party puts the
 * information there and every Party finds it there, so no Party needs the other's point of contact
 * for it, and the treaty names none (fifty-eighth run, item 2). It plays the part a depositary or
 * a secretariat that relays plays (contact-designations.ts).
 *
 * Only where every sentence of the channel's words that names a recipient among the Parties
 * ("to all Contracting Parties", "notify the other Parties", "with each other") routes it through
 * that system, nothing is sent "directly" or "between their" authorities, no time limit is set and
 * no incident protocol notifies through the channel: a channel that also has the Parties send to
 * one another ("Each Party shall notify the other Parties … and shall enter the notification in the
 * database"), a national system ("through its national information system") or a bilateral
 * channel keeps the finding.
 *
 * Only for information kept for reference, as ITPGRFA's catalogues, inventories and research
 * results are (treaty lawyer lr13, defect 7). An entry that must be acted on with the Party that
 * made it needs that Party's contact however it is stored: an alert on a person "for the purpose of
 * arrest or discreet surveillance", a report of an incident, personal data or evidence, a request,
 * a hit (alert systems are worked through national bureaux for exactly that; the reviewer's
 * recollection of the Schengen system, not read here). A channel that carries such a category, or
 * whose words name such an entry or such an action, keeps the finding.
 */
import type { Channel } from '../../ast/nodes';
import type { DataCategory } from '../../ast/vocabulary';
import type { SemanticModel } from '../../model/semantic-model';
import { amongStates, notifiedThrough } from './inter-state-remark';
import { singleSpaced } from '../../util/single-spaced';

/** "through the information system", "through the Global Information System", "via the Biosafety Clearing-House". */
const systemRoute =
  /\b(?:[Tt]hrough|[Vv]ia)\s+the\s+(?:(?:[Gg]lobal|[Ii]nternational|[Cc]entral|[Cc]ommon|[Mm]ultilateral|\p{Lu}[\p{L}-]*)\s+){0,4}(?:[Ii]nformation\s+[Ss]ystem|[Cc]learing[- ]?[Hh]ouse)\b/u;

/** A recipient among the Parties: "to all Contracting Parties", "notify the other Parties", "with each other". */
const recipient =
  /\b(?:to|notify|notifies|inform|informs|advise|advises)\s+(?:(?:all|each|every|any|another|the|other|its|their)\s+){0,3}(?:(?:High\s+)?Contracting\s+|States?\s+)?(?:Part(?:y|ies)|States?)\b|\bwith\s+(?:each\s+other|one\s+another)\b/iu;

/** An exchange between the Parties' own ends: "directly", "between their competent authorities". */
const direct = /\bdirect(?:ly)?\b|\bbetween\s+(?:themselves|their|the\s+competent)\b/iu;

/** Categories whose entries are followed up with the Party that made them, not only looked up. */
const followedUp: ReadonlySet<DataCategory> = new Set<DataCategory>(['incident-reports', 'personal-data', 'electronic-evidence', 'traffic-data', 'subscriber-information', 'classified']);

/** Words of an entry to be acted on with its author: an alert, an arrest, a request, a hit, a suspect, an incident. */
const actedOn =
  /\b(?:alerts?|arrest(?:s|ed)?|surveillance|requests?|requested|hits?|suspect(?:s|ed)?|wanted|incidents?|follow-up|seiz(?:e|ed|ure)|extradit(?:e|ion)|surrender)\b/iu;

/** Whether what the channel moves must be acted on with the Party that provided it (not reference information). */
function callsForFollowUp(channel: Channel): boolean {
  if (channel.carries.some((c) => c.value !== undefined && followedUp.has(c.value))) return true;
  const words = [channel.hedgeText, channel.purpose, ...channel.carriesText].map((t) => t?.value ?? '').join(' ');
  return actedOn.test(words);
}

/** Whether the channel's words route its exchange through a common information system, and nothing from Party to Party. */
export function routedThroughInformationSystem(model: SemanticModel, channel: Channel): boolean {
  const words = singleSpaced(channel.hedgeText?.value ?? '');
  if (!systemRoute.test(words) || direct.test(words) || callsForFollowUp(channel)) return false;
  if (channel.deadlines.length > 0 || !amongStates(model, channel) || notifiedThrough(model, channel)) return false;
  const sentences = words.split(/(?<=[.;])\s+/);
  return sentences.every((s) => !recipient.test(s) || systemRoute.test(s));
}
