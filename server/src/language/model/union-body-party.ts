/**
 * Whether a party is the Union or one of its institutions, bodies, offices and agencies: declared
 * `jurisdiction EU`, as the language asks, or named as one (`data/union-bodies.ts`) whatever
 * jurisdiction it was given. The transfer rules and the union-law prompt ask this of the party,
 * not of its code, so that Europol written with its seat (`NL`) or as `INT` is not reported as a
 * Member State body or an international organisation at error level; `union-body-jurisdiction`
 * asks the drafter to write `EU` (who-is-bound review, item 4).
 */
import { isUnionBody } from '../data/european-union';
import { unionBodyNamed, type UnionBody } from '../data/union-bodies';
import type { PartyFacts } from './semantic-model';

/** Kinds a Union body can be declared with: a State, Government or company never is one. */
const bodyKinds: ReadonlySet<string | undefined> = new Set([undefined, 'international-organisation', 'government-agency', 'national-cert']);

/** The Union body the party's name names, when its kind allows it to be one. */
export function namedUnionBody(party: PartyFacts): UnionBody | undefined {
  if (!bodyKinds.has(party.effective.kind?.value)) return undefined;
  return unionBodyNamed(party.effective.name?.value);
}

export function isUnionBodyParty(party: PartyFacts): boolean {
  return isUnionBody(party.jurisdiction) || namedUnionBody(party) !== undefined;
}
