/**
 * How a text names parties that include a class party (`class open`, `class closed`).
 *
 * A class party stands for the States (or organisations) answering its description, not for one
 * State, and not only for those that become Parties (grammar/README.md, "classes of parties"). Its
 * label ("Any State", "All States") as the subject of a generated sentence — "Any State shall
 * exchange …" — puts the duty on every State, a non-party too, which a treaty cannot do (VCLT
 * Art. 34; independent lawyer's review lr1, point 2b). The duty binds those States once they are
 * Parties, so the text names the Parties:
 * - every signatory (a single class of a convention open to "any State" too): "the Parties" (the
 *   caller says so before asking here);
 * - the only class of States among the signatories, with no State named beside it: "the Parties
 *   that are States" (UNCAC: "All States" beside the class of regional economic integration
 *   organisations);
 * - any other choice among classes (one class of States beside another, or a class beside a named
 *   party): a placeholder, since which Parties the text means is the drafter's words to write, and
 *   a class label in their place would misstate who is bound.
 */
import type { Name } from '../ast/nodes';
import { isStateKind } from '../ast/vocabulary';
import type { PartyFacts } from '../model/party-facts';
import { placeholder, visibleText } from './inline';

/** The parties' names where a class party is among them; undefined when none is (names are then joined as usual). */
export function classPartyNames(ids: readonly Name[], signatories: readonly PartyFacts[], participants: string): string | undefined {
  const byId = classSignatories(signatories);
  if (byId === undefined) return undefined;
  const named = ids.map((id) => byId.get(id.text));
  if (!named.some((p) => p?.classOf !== undefined)) return undefined;
  const states = signatories.filter((p) => isStateKind(p.effective.kind?.value));
  const onlyClassOfStates = states.length === 1 && states[0].classOf !== undefined;
  if (ids.length === 1 && onlyClassOfStates && named[0] === states[0]) return `the ${participants} that are States`;
  // Inside the blank the label reads as a description ("among the member States of …"), as in the text's preamble.
  const labels = named.map((p, i) => (p?.effective.name ? visibleText(p.effective.name.value).replace(/^(The|Any|All|Each)\s/, (w) => w.toLowerCase()) : ids[i].text));
  return placeholder(`the ${participants} meant among ${labels.join(', ')}`);
}

/**
 * The signatories by id (the first of an id, as a search finds it) when one of them is a class
 * party, else undefined: made once per model's list. Every article that names parties asks
 * (at 100,000 lines, thousands of lists of up to 58 parties, each searched for among the 58 —
 * about a seventh of checking the kept articles after a keystroke, render/kept-articles.ts),
 * and where no signatory is a class party, as in most texts, no list can name one.
 */
const classSignatoriesOf = new WeakMap<readonly PartyFacts[], ReadonlyMap<string, PartyFacts> | null>();

function classSignatories(signatories: readonly PartyFacts[]): ReadonlyMap<string, PartyFacts> | undefined {
  let byId = classSignatoriesOf.get(signatories);
  if (byId === undefined) {
    const index = new Map<string, PartyFacts>();
    for (const p of signatories) if (!index.has(p.id)) index.set(p.id, p);
    classSignatoriesOf.set(signatories, (byId = signatories.some((p) => p.classOf !== undefined) ? index : null));
  }
  return byId ?? undefined;
}
