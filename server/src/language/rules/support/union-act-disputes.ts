/**
 * What `missing-dispute-settlement` says where every party was a Member State when the instrument
 * was concluded and the instrument is made under an act of Union law (union-membership.ts,
 * `memberStatesUnderUnionAct`): "De lidstaten verbinden zich, een geschil betreffende de uitlegging
 * of de toepassing van de Verdragen niet op andere wijze te doen beslechten dan in de Verdragen is
 * voorgeschreven" (Art. 344 TFEU; read: BWBV0001506), and the Court of Justice hears such a dispute
 * submitted to it under a special agreement (Art. 273 TFEU).
 *
 * Art. 344 forbids other methods of settlement; it does not forbid negotiation between the
 * parties, so the message says the parties choose among the means the Treaties leave open,
 * negotiation included, never that they are free to choose any peaceful means (UN Charter Art.
 * 33(1)), which would contradict it (lr6 item 2). A party that has left the Union since (the United
 * Kingdom: the NL–UK letters of 1986) was bound then and is not now: the message speaks of the
 * time of conclusion, as `missing-relation-to-other-obligations` does ("a Member State … when this
 * treaty was concluded"), and says when it left (data/union-membership.ts).
 */
import { isStateKind } from '../../ast/vocabulary';
import { conclusionOf } from '../../model/conclusion';
import type { SemanticModel } from '../../model/semantic-model';
import { membershipOn, unionNamesOn, withdrawalWords } from '../../data/union-membership';

/** The parties that were Member States when the instrument was concluded and are not today. */
function formerMembers(model: SemanticModel): readonly string[] {
  return model.signatories.filter((p) => membershipOn(p.jurisdiction, undefined) === 'withdrawn').map((p) => p.id);
}

/**
 * Who the dispute would be between, by the parties' declared kinds (eighty-seventh run, item 2):
 * the Parties themselves where every party is a State (or its Government concluding for it: the
 * Kingdoms of the Netherlands and Sweden, 2003), the authorities where every party is a ministry or
 * agency acting for its State (the competent authorities of Ireland and the Netherlands, 1987),
 * else the parties, which are Member States or act for them.
 */
interface DisputeSides {
  /** "between the …" */
  readonly between: string;
  /** What they are now: "the Parties are Member States". */
  readonly now: string;
  /** What each was when the instrument was concluded: "every Party was a Member State". */
  readonly then: (union: string) => string;
}

function disputeSides(model: SemanticModel): DisputeSides {
  const kinds = model.signatories.map((p) => p.effective.kind?.value);
  const parties = model.wording === 'treaty' ? 'Parties' : 'Participants';
  if (kinds.every((k) => isStateKind(k))) return { between: `the ${parties}`, now: `the ${parties} are Member States`, then: (union) => `every ${parties.slice(0, -1)} was a Member State of ${union}` };
  if (kinds.every((k) => k === 'government-agency')) return { between: 'the authorities', now: 'the parties act for Member States', then: (union) => `every party acted for a Member State of ${union}` };
  return { between: 'the parties', now: 'the parties are Member States or act for them', then: (union) => `every party was a Member State of ${union} or acted for one` };
}

/** The finding's message: what Art. 344 TFEU leaves to the parties, then or now. */
export function unionActDisputesMessage(model: SemanticModel): string {
  const former = formerMembers(model);
  const concluded = conclusionOf(model.ast)?.iso;
  const sides = disputeSides(model);
  if (former.length === 0 || concluded === undefined) {
    return `State how disputes are settled between ${sides.between}, if the text is to say it: ${sides.now} and the instrument is made under an act of Union law, so a dispute on the interpretation or application of the Treaties may be settled by no method other than those the Treaties provide (Art. 344 TFEU; the Court of Justice hears a dispute between Member States on their subject matter submitted under a special agreement, Art. 273 TFEU); negotiation between them stays open. \`disputes by negotiation\` says so; arbitration or another court would not fit.`;
  }
  const { union, law } = unionNamesOn(concluded);
  const left = former
    .map((id) => {
      const words = withdrawalWords(model.signatories.find((p) => p.id === id)?.jurisdiction);
      return `${words ? `${id} has not been a Member State since ${words.left} (Union law ceased to apply to it on ${words.lawUntil})` : `${id} is no longer a Member State`}, and Art. 344 TFEU no longer binds it`;
    })
    .join('; ');
  return `State how disputes are settled between ${sides.between}, if the text is to say it. When this instrument was concluded (${concluded}) ${sides.then(union)} and the instrument was made under an act of ${law}, so a dispute on the interpretation or application of the Treaties could then be settled by no method other than those the Treaties provided (today Art. 344 TFEU; the Court of Justice under a special agreement, today Art. 273 TFEU), negotiation between them included among the means left open. That constraint is of that time, not of today: ${left}. \`disputes by negotiation\` says how they settle one.`;
}

/**
 * The sentence on a concluded text after the course open to the Parties: the means the Treaties
 * leave open where every party is still a Member State; otherwise the Charter's free choice.
 */
export function unionActMeanwhile(model: SemanticModel): string | undefined {
  if (formerMembers(model).length > 0) return undefined;
  return 'meanwhile the Parties remain free to choose among the means the Treaties leave open (Art. 344 TFEU), negotiation included';
}
