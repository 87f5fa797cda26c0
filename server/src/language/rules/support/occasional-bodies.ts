/**
 * A body whose meetings the text does not make a standing cost: one the text only permits the
 * Parties to set up (lr21, D4: no longer one the text establishes that meets only at a Party's
 * request, which stays a standing cost on a draft). "For this purpose the Contracting
 * Parties may establish a Joint Committee" and "The Joint Committee shall meet at the request of
 * either Contracting Party" (Netherlands–Jordan road transport Agreement 1975, Art. 9(2)–(3); read:
 * BWBV0003547; ninetieth run, defect 1): the Agreement sets nothing up that meets of its own accord,
 * and a Committee the Parties choose to establish or convene is paid for as they then agree. Read
 * by `missing-costs`, which is then a note, not a warning, where such bodies are all the text sets
 * up that costs money; a body the text establishes ("shall establish") is a standing cost and keeps
 * the warning on a draft, whether it meets on a cadence ("shall meet annually") or on request.
 *
 * The permission is read in the words that name the body, in its clauses or its declared mandate:
 * "may establish a Joint Committee", "may, by mutual agreement, set up a Joint Committee", "A Joint
 * Committee may be established". A "may" about something else ("The Joint Committee may establish
 * working groups", "The Committee may meet at the request of …") is not one; and a sentence that
 * establishes the body ("shall establish", "is hereby established") outweighs any permission.
 * English words only: a text transcribed in another language keeps the warning.
 */
import type { GovernanceBody } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { oncePerPair } from '../../util/once-per';
import { bodyNamePatterns } from './costs-reach';
import { spacedClauseText } from './spaced-clause-text';

/** Why a body's meetings are no standing cost, for the message: the text's permissive words, and whether it meets only on request. */
export interface OccasionalBody {
  readonly body: GovernanceBody;
  /** The sentence by which the Parties "may establish" the body, trimmed; undefined where the text establishes it. */
  readonly permitted: string | undefined;
  readonly onRequestOnly: boolean;
}

/** `meets on-request` and nothing else: no cadence, no `as-agreed`, no `periodically`. */
export function meetsOnlyOnRequest(body: GovernanceBody): boolean {
  return body.meets === undefined && body.meetingTerms.length > 0 && body.meetingTerms.every((term) => term.value === 'on-request');
}

/** The establishing verbs, active and passive. */
const verb = String.raw`(?:establish|set\s+up|create|constitute|form)`;
const passive = String.raw`(?:established|set\s+up|created|constituted|formed)`;
/** Words that may stand between "may" and the verb: "may also", "may jointly", "may decide to", "may, by mutual agreement,". */
const between = String.raw`(?:(?:also|jointly|further|decide\s+to|agree\s+to|by\s+mutual\s+agreement|,[^,.;]{1,60},)\s*)*`;
/** An article and at most two qualifying words before the name ("a Joint Committee", "an ad hoc Joint Committee"), never a preposition that makes the name another's ("working groups of the Joint Committee"). */
const before = String.raw`(?:(?:a|an|the|such\s+an?)\s+)?(?:(?!(?:of|for|to|by|under|within|with|and|or|in)\b)[\p{L}-]+\s+){0,2}?`;

/** The patterns of one name (its flags kept: the id is matched as written, "Board" not "on board"). */
interface NameReadings {
  readonly named: RegExp;
  readonly permits: readonly RegExp[];
  readonly establishes: readonly RegExp[];
}

function readingsOf(name: RegExp): NameReadings {
  const n = name.source;
  const flags = name.flags;
  return {
    named: name,
    permits: [new RegExp(String.raw`\bmay\b\s*${between}${verb}\s+${before}${n}`, flags), new RegExp(String.raw`${n}\s+may\s+(?:also\s+)?be\s+${passive}\b`, flags)],
    establishes: [
      new RegExp(String.raw`\b(?:shall|will|hereby)\s+(?:jointly\s+)?${verb}\s+${before}${n}`, flags),
      new RegExp(String.raw`${n}[^.;,]{0,60}?\b(?:shall\s+be|is\s+hereby|are\s+hereby|is|are)\s+${passive}\b`, flags),
    ],
  };
}

/**
 * The sentence that only permits the Parties to set the body up, unless another sentence sets it up.
 * Only clauses (and the mandate) that name the body are read.
 */
const permittedBy = oncePerPair((model: SemanticModel, body: GovernanceBody): string | undefined => {
  const names = bodyNamePatterns(body).map(readingsOf);
  if (names.length === 0) return undefined;
  const texts = [...model.ast.clauses.map((clause) => spacedClauseText(model, clause)), body.mandate?.value ?? ''];
  let permitted: string | undefined;
  for (const text of texts) {
    if (!names.some((n) => n.named.test(text))) continue;
    for (const sentence of text.replace(/\s+/gu, ' ').split(/(?<=[.;])\s+/u)) {
      const here = names.filter((n) => n.named.test(sentence));
      if (here.some((n) => n.establishes.some((p) => p.test(sentence)))) return undefined;
      if (permitted === undefined && here.some((n) => n.permits.some((p) => p.test(sentence)))) permitted = sentence.trim();
    }
  }
  return permitted;
});

/**
 * The body's reasons for being an occasional cost, or undefined where it is a standing one. Only a
 * body the Parties merely may establish is one: a body the text establishes that meets only at a
 * Party's request exists, and its meetings, when asked for, are costs the text creates — a draft is
 * asked for the clause at the profile's severity (lr21, D4: the NL–Jordan road transport precedent,
 * Art. 9(2)–(3), supports the note only where the Committee is permitted; NL–Sudan 1970, Art. XIV,
 * "agree to establish a Mixed Commission" which "shall meet at the request of one of the Contracting
 * Parties", is the other case). A concluded text is a note either way (missing-costs.ts).
 */
export function occasionalBody(model: SemanticModel, body: GovernanceBody): OccasionalBody | undefined {
  const permitted = permittedBy(model, body);
  return permitted !== undefined ? { body, permitted, onRequestOnly: meetsOnlyOnRequest(body) } : undefined;
}

/** "the text only permits the Parties to establish body X (\"…\"), and it meets only at the request of one of the Parties", for the message. */
export function occasionalReason(occasional: OccasionalBody, parties: string): string {
  const name = occasional.body.id ? `body ${occasional.body.id.text}` : 'the body';
  const permitted = occasional.permitted?.replace(/^(?:\d+\)|\(\w+\))\s*/u, '').replace(/[.;]$/u, '');
  if (permitted === undefined) return `${name} meets only at the request of one of the ${parties}`;
  const onRequest = occasional.onRequestOnly ? `, and it meets only at the request of one of the ${parties}` : '';
  return `the text only permits the ${parties} to establish ${name} ("${permitted}")${onRequest}`;
}
