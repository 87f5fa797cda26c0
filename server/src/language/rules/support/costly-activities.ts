/**
 * The activities an instrument sets up that cost money, as the drafter declared them: exercises,
 * capacity building (training, secondments, deployments) and technology transfer, and the meetings
 * of a body it establishes. A clause's topic does not count: it says what the clause is about, not
 * that the instrument organises anything (the Paris Call's paragraph on capacity building endorses
 * it; the intellectual-property annex of Netherlands–US 2012 allocates rights in transferred
 * technology). Nor do channels and mutual assistance: in an exchange each side bears its own part,
 * and requests are paid for as the treaty they are made under says (twentieth real-instrument run:
 * the Guernsey–Netherlands memorandum routes requests whose costs the TIEA signed with it allocates).
 *
 * Read by `missing-costs` (is anything costly set up with no costs clause at all?) and by
 * `missing-body-costs` (does the costs clause reach the meetings of each body?).
 */
import type { Cooperation, GovernanceBody } from '../../ast/nodes';
import { oncePer } from '../../util/once-per';
import type { SemanticModel } from '../../model/semantic-model';
import { establishedElsewhere } from './established-elsewhere';
import { proceduresGovernBody } from './implementing-procedures';
import { servicingOrganisation, type ServicingOrganisation } from './organisation-serviced-body';

/**
 * The bodies whose meetings the instrument must pay for: those it sets up and does not leave to
 * another act. Once per model: missing-body-costs, missing-costs (three times) and the costly
 * activities all ask, and each asked every body's four questions again.
 */
export const costlyBodies = oncePer((model: SemanticModel): readonly GovernanceBody[] =>
  model.ast.bodies.filter(
    // A body whose creation and operation are left to implementing procedures is paid for as they
    // say; a body another act established (GRECO, ETS 173) is paid for as that act says; an organ
    // of an organisation that is a party is paid for by that organisation.
    // A body of one Party alone is that Party's own (rf94, item 2).
    (body) => !proceduresGovernBody(model, body) && !establishedElsewhere(model, body) && !organOfPartyOrganisation(model, body) && !bodyOfOneParty(model, body),
  ),
);

/**
 * A body whose members are one signatory only, among several: a national committee, "Each
 * contracting party shall set up in its own country a committee … The members of the said
 * committee shall be appointed by the appropriate ministers in each country" (NL–Indonesia cultural
 * co-operation Agreement 1968, Art. V; read: BWBV0004208; ninety-fifth run, defect 3). Its meetings
 * cost only the Party whose body it is: there is nothing to allocate between the Parties, and
 * neither `missing-costs` nor `missing-body-costs` asks who bears them. A joint body, with members
 * of two Parties or more, or with none declared, stays counted.
 */
export function bodyOfOneParty(model: SemanticModel, body: GovernanceBody): boolean {
  if (body.members.length !== 1 || model.signatories.length < 2) return false;
  const member = body.members[0]!.text;
  return model.signatories.some((party) => party.id === member);
}

/**
 * A body the text names as an organ of an international organisation that is one of its parties:
 * "Executive Council of the OPCW" in the facility agreement between the Netherlands and the OPCW
 * (1998), which approves the agreement and decides when it ends (Sections 16–17). The agreement
 * does not set it up — it is the organisation's organ ("the Executive Council is the Convention's
 * organ", the transcription's reviewer) — and its meetings are the organisation's business.
 */
function organOfPartyOrganisation(model: SemanticModel, body: GovernanceBody): boolean {
  const owner = ownerNamed(body);
  if (!owner) return false;
  return model.ast.parties.some(
    (party) =>
      party.kind?.value === 'international-organisation' &&
      [party.id?.text, party.name?.value.replace(/^the\s+/iu, '')].some((name) => name !== undefined && name.toLowerCase() === owner),
  );
}

/** The organisation a body's name makes it an organ of ("… of the OPCW" → "opcw"), in lower case: a function of the node, kept with it (every keystroke asks of every body). */
const ownerNamed = oncePer((body: GovernanceBody): string | undefined => /\bof\s+(?:the\s+)?([^,;()]+?)\s*$/iu.exec(body.name?.value.replace(/\s*\([^)]*\)\s*$/u, '') ?? '')?.[1]?.toLowerCase());

/** What the instrument sets up that costs money, named for a message ("exercise Shield", "the meetings of body Board"). */
export function costlyActivities(model: SemanticModel): string[] {
  const found: string[] = [];
  for (const exercise of model.ast.exercises) found.push(exercise.id ? `exercise ${exercise.id.text}` : 'an exercise');
  for (const cooperation of model.ast.cooperations) {
    if (givesFinancialAssistance(cooperation) || givenForNothing(cooperation)) continue;
    found.push(cooperation.id ? `${cooperation.kind.text} ${cooperation.id.text}` : cooperation.kind.text);
  }
  for (const body of costlyBodies(model)) found.push(bodyMeetings(body));
  return found;
}

/**
 * Financial assistance named among what is given ("financial assistance", "technical, financial and
 * material assistance"), unless it is excluded ("without financial assistance").
 */
const financialAssistance = /(?<!\b(?:without|no|excluding|not|nor)\s+(?:any\s+)?(?:[a-z]+,?\s+(?:and|or)\s+)?)\bfinancial(?:,\s+[a-z]+)*(?:,?\s+(?:and|or)\s+[a-z]+)?\s+(?:assistance|support|aid)\b/iu;

/**
 * Cooperation whose own description gives financial assistance: the funding is what is given, not
 * an expense left to allocate. "States Parties shall cooperate … so that States Parties may receive,
 * upon request, the training and technical assistance necessary …, including technical, financial
 * and material assistance in those matters identified in articles 29 and 30 of the Convention"
 * (UN Firearms Protocol 2001, Art. 14; thirty-eighth run, item 4): the provider pays for what it
 * gives, and the funding of that assistance is the parent Convention's own subject ("to make
 * adequate and regular voluntary contributions to an account specifically designated for that
 * purpose in a United Nations funding mechanism", UNTOC Art. 30(2)(c); applied "mutatis mutandis",
 * Protocol Art. 1(2)). Technical assistance or training alone stays counted: who bears its costs
 * is the question a costs clause answers.
 */
function givesFinancialAssistance(cooperation: Cooperation): boolean {
  let gives = givesByNode.get(cooperation);
  if (gives === undefined) {
    const words = cooperation.description?.value;
    gives = words !== undefined && financialAssistance.test(words.replace(/\s+/gu, ' '));
    givesByNode.set(cooperation, gives);
  }
  return gives;
}

/**
 * What a Party gives for nothing, in the cooperation's own words: its provider bears its cost, and
 * that is the allocation a costs clause would make. "The Government of the Kingdom of the
 * Netherlands will furnish without cost to the Government of the United States of America for
 * defense purposes technical information …, and will grant … a royalty-free license" (NL–US
 * Weapons Production notes 1960, para. 7; eightieth run, defect 1). Not where the words deny it
 * ("not free of charge", "no … without cost"), and not "at cost" or a price: those leave the
 * payment to be made. Only where every other sentence of the description gives or does nothing
 * else that costs money (lr18, D2): "the Parties will jointly develop new modules, hosting
 * developers" beside a licence "without cost" leaves the development and the hosting unallocated.
 */
const gratis = /(?<!\b(?:not|no|never)\s+(?:[\p{L}-]+\s+){0,2})\b(?:without\s+(?:any\s+)?(?:cost|charge)|free\s+of\s+(?:any\s+)?(?:charge|cost)|at\s+no\s+(?:cost|charge)|royalty[-\s]free|at\s+(?:its|their)\s+own\s+(?:expense|cost))\b/iu;

/**
 * An activity that costs its own money, beside what is given: joint development, hosting or
 * seconding people, travel and visits, training, exercises, meetings, deployments, equipment.
 * ("developed in or essential to the … development of military items", the object of the
 * information NL–US 1960 furnishes, is no activity of the Parties: only "develop" with a subject
 * that does it — "will jointly develop", "shall develop" — or "joint development" counts.)
 */
const otherActivity = /\b(?:(?:jointly|will|shall|to)\s+(?:co-?)?develop|joint(?:ly)?\s+(?:development|research|projects?)|co-?develop|host(?:s|ing|ed)?|second(?:s|ing|ed|ment|ments)\b|travel|visits?|deploy|train(?:s|ing)?\b|exercises?\b|workshops?|meetings?|personnel|staff|experts?\b|equipment)/iu;

/** The sentences and semicolon clauses of a text: a gratuity covers the one it is in. */
function segments(words: string): string[] {
  return words.replace(/\s+/gu, ' ').split(/(?<=[.;])\s+/u);
}

function givenForNothing(cooperation: Cooperation): boolean {
  let given = givenByNode.get(cooperation);
  if (given === undefined) {
    const ip = cooperation.intellectualProperty;
    const property = ip && 'value' in ip ? ip.value : undefined;
    const parts = [cooperation.description?.value, property].flatMap((words) => (words === undefined ? [] : segments(words)));
    // A gratuity covers what its sentence gives, not the rest of the cooperation: joint
    // development, hosting or travel in another sentence stay unallocated, and the finding stays,
    // quoting the gratuity as a partial allocation (treaty lawyer lr18, D2).
    given = parts.some((part) => gratis.test(part)) && !parts.some((part) => !gratis.test(part) && otherActivity.test(part));
    givenByNode.set(cooperation, given);
  }
  return given;
}

const givenByNode = new WeakMap<Cooperation, boolean>();

/**
 * The answer kept with the node (a function of its description alone): a reparse keeps the node
 * of every cooperation a keystroke did not touch, and the pattern, whose look-behind is tried at
 * every position, ran over each description on every keystroke (10k profile: 3% of a keystroke).
 */
const givesByNode = new WeakMap<Cooperation, boolean>();

/** "the meetings of body Board", as the messages name a body's meetings. */
export function bodyMeetings(body: GovernanceBody): string {
  return body.id ? `the meetings of body ${body.id.text}` : 'the meetings of a joint body';
}

/**
 * The costly bodies the text entrusts to an international organisation that is not a party
 * (organisation-serviced-body.ts): for them no default of the Parties' costs is stated.
 */
export function bodiesOfNonPartyOrganisations(model: SemanticModel): { readonly body: GovernanceBody; readonly serviced: ServicingOrganisation }[] {
  return costlyBodies(model).flatMap((body) => {
    const serviced = servicingOrganisation(model, body);
    return serviced ? [{ body, serviced }] : [];
  });
}
