/**
 * A body the text sets up but entrusts to an international organisation that is not a party: its
 * members are appointed by that organisation or one of its organs, or, where the Parties are not
 * its members, its sessions are convened at that organisation's headquarters. The International
 * Explosives Technical Commission consists of "members appointed by the Council of the
 * International Civil Aviation Organization … from among persons nominated by States Parties",
 * and "Sessions of the Commission shall be convened, at least once a year at the Headquarters of
 * the International Civil Aviation Organization, or at such places and times as may be directed or
 * approved by the Council" (Convention on the Marking of Plastic Explosives 1991, Art. V(1), (4);
 * BWBV0003003; forty-seventh run, item 2). The preamble notes the ICAO Council's "willingness to
 * assume functions related to its implementation".
 *
 * The message quotes what ties the body to the organisation, whole: the appointment from "appointed"
 * to the end of its sentence, the seat in its whole sentence. "It meets at the Headquarters of the
 * International Civil Aviation Organization" left out "or at such places and times as may be
 * directed or approved by the Council" (treaty lawyer lr7, defect 2).
 *
 * Such a body is not a meeting of the Parties' delegates, so the default `missing-costs` states for
 * those — each Party bears its own costs, or each then bears what it spends — does not describe
 * it: an organisation that services a treaty's body either carries the costs in its own budget, as
 * the text may say ("The costs incurred by the Agency in carrying out the functions referred to in
 * sub-paragraphs (i) and (ii) above shall be borne by the Agency as part of its regular budget",
 * Convention on Nuclear Safety 1994, Art. 28(2), (i) being the meetings of the Contracting Parties;
 * BWBV0001256), or the Parties do ("Except where assumed by the Council of Europe, expenses incurred
 * in carrying out the provisions of paragraph 1 shall be borne by the Parties in the manner to be
 * determined by them", Budapest Convention Art. 46(4); BWBV0001839). Which one the text leaves
 * open; the checker says so and states no default.
 *
 * Read in the clauses that name the body, in the sentences that name it (its name, its id, "the"
 * and the last word of its name: "the Commission") or its members, sessions or meetings. An
 * organisation is a run of capitalised words ending in Organization, Organisation or Agency, or
 * the United Nations or the Council of Europe; one that is a party (by id or name) does not count:
 * its organ's meetings are its own business (costly-activities.ts, `organOfPartyOrganisation`).
 */
import type { GovernanceBody } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { escapeRegExp } from '../../util/escape-regexp';
import { oncePer } from '../../util/once-per';
import { singleSpaced } from '../../util/single-spaced';

export interface ServicingOrganisation {
  /** "the International Civil Aviation Organization". */
  readonly organisation: string;
  /** What the text says, in its words, for a message: `its members are "appointed by the Council of … from among persons nominated by States Parties to this Convention"`. */
  readonly ties: readonly string[];
}

const capital = String.raw`[A-Z][\p{L}'’-]*`;
/** A name ending in an organisation's word, or one of the organisations named otherwise. */
const organisationName = String.raw`(?:(?:${capital}\s+)+(?:Organi[sz]ation|Agency)|United\s+Nations|Council\s+of\s+Europe)`;
/** An organisation, or an organ of it: "the Council of the International Civil Aviation Organization". */
const organPhrase = String.raw`(?:the\s+)?(?:(?:${capital}(?:\s+${capital})*)\s+of\s+(?:the\s+)?)?${organisationName}`;

const appointedBy = new RegExp(String.raw`\b(?:appointed|elected|designated|chosen|selected)\s+by\s+(${organPhrase})`, 'u');
const atSeat = new RegExp(String.raw`\bat\s+the\s+(?:Headquarters|headquarters|seat)\s+of\s+(?:the\s+)?(${organisationName})`, 'u');
const membersOrSessions = /\b(?:members?|sessions?|meetings?)\b/iu;
const sentenceEnd = /(?<!\b(?:Art|Arts|No|para|paras|cf))[.;](?:\s|$)/u;

/** The organisation within an organ's phrase: "the Council of the International Civil Aviation Organization" → "International Civil Aviation Organization". */
function organisationIn(phrase: string): string {
  return new RegExp(`${organisationName}$`, 'u').exec(phrase)?.[0] ?? phrase;
}

/** The names the body goes by in its article: its name without parentheses, its id, "the" and its name's last word. */
function bodyNames(body: GovernanceBody): RegExp[] {
  const names: string[] = [];
  const core = body.name?.value.replace(/\s*\([^)]*\)\s*/gu, ' ').replace(/^the\s+/iu, '').trim();
  if (core && core.length >= 6) {
    names.push(core);
    const last = /(\p{Lu}\p{L}+)$/u.exec(core)?.[1];
    if (last) names.push(`the ${last}`);
  }
  if (body.id?.text && body.id.text.length >= 3) names.push(body.id.text);
  return names.map((n) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n).replace(/\s+/gu, '\\s+')}(?![\\p{L}\\p{N}])`, 'u'));
}

function isParty(model: SemanticModel, organisation: string): boolean {
  const wanted = organisation.toLowerCase();
  return model.ast.parties.some((party) =>
    [party.id?.text, party.name?.value].some((name) => {
      const lower = name?.toLowerCase();
      return lower !== undefined && lower.length >= 3 && (lower.includes(wanted) || wanted.includes(lower.replace(/^the\s+/u, '')));
    }),
  );
}

/** Each body's answer, read once per analysis: missing-costs asks for its message, severity, fixes and note. */
const answers = oncePer((_model: SemanticModel) => new Map<GovernanceBody, ServicingOrganisation | undefined>());

/** The organisation, not a party, the text entrusts the body to; undefined if none. */
export function servicingOrganisation(model: SemanticModel, body: GovernanceBody): ServicingOrganisation | undefined {
  const known = answers(model);
  if (!known.has(body)) known.set(body, read(model, body));
  return known.get(body);
}

function read(model: SemanticModel, body: GovernanceBody): ServicingOrganisation | undefined {
  const names = bodyNames(body);
  if (names.length === 0) return undefined;
  const partiesAreMembers = body.members.length > 0;
  const ties: string[] = [];
  let organisation: string | undefined;
  for (const clause of model.ast.clauses) {
    const text = model.clauseText(clause);
    if (!text || !names.some((n) => n.test(text))) continue;
    for (const sentence of singleSpaced(text).split(sentenceEnd)) {
      if (!names.some((n) => n.test(sentence)) && !membersOrSessions.test(sentence)) continue;
      const appointed = appointedBy.exec(sentence);
      if (appointed && membersOrSessions.test(sentence.slice(0, appointed.index)) && !isParty(model, organisationIn(appointed[1]))) {
        organisation ??= organisationIn(appointed[1]);
        ties.push(`its members are ${quoted(sentence.slice(appointed.index))}`);
      }
      const seat = atSeat.exec(sentence);
      if (seat && !partiesAreMembers && membersOrSessions.test(sentence) && !isParty(model, seat[1])) {
        organisation ??= seat[1];
        ties.push(quoted(sentence.replace(listNumber, '')));
      }
    }
  }
  return organisation === undefined ? undefined : { organisation: `the ${organisation}`, ties: [...new Set(ties)] };
}

/** "4. ", "(4) ", "b) ": the source's own list number before a sentence, not part of the quotation. */
const listNumber = /^(?:\(?(?:\d{1,3}|[a-z])\)|\d{1,3}\.)\s+/u;

/** The text's words in quotation marks, whole; a quotation inside them in single marks ("the Council" → 'the Council'). */
function quoted(words: string): string {
  return `"${words.trim().replace(/"([^"]*)"/gu, '‘$1’')}"`;
}

/**
 * The question for such a body, with no default stated: `the meetings of body Commission: its
 * members are "appointed by …" …; the International Civil Aviation Organization is not a party.
 * Say whether it bears them … or the Parties do, and how …`. The two models are quoted whole
 * (read: Convention on Nuclear Safety 1994, Art. 28(2), BWBV0001256; Budapest Convention Art.
 * 46(4), BWBV0001839; treaty lawyer lr7, defect 2).
 */
export function servicedBodyQuestion(meetings: string, serviced: ServicingOrganisation, parties: string): string {
  const ties = serviced.ties.join('; ');
  return `${meetings}: ${ties}; ${serviced.organisation} is not a party. Say whether it bears them (the International Atomic Energy Agency provides the secretariat for the meetings of the Contracting Parties to the Convention on Nuclear Safety, and "The costs incurred by the Agency in carrying out the functions referred to in sub-paragraphs (i) and (ii) above shall be borne by the Agency as part of its regular budget", Art. 28(2), sub-paragraph (i) being to "convene, prepare and service the meetings of the Contracting Parties") or the ${parties} do, and how ("Except where assumed by the Council of Europe, expenses incurred in carrying out the provisions of paragraph 1 shall be borne by the Parties in the manner to be determined by them", Budapest Convention Art. 46(4), paragraph 1 being the Parties' periodic consultations)`;
}

/** On a concluded text: what its reviewer can do, with no default stated between the organisation and the Parties. */
export const servicedBodyConcludedNote = 'record it for a later agreement (a protocol, an exchange of notes) or settle it with the organisation that services the body; the text states no default between them.';
