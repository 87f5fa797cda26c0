/**
 * Which members of a channel personal data would reach through a Chapter V transfer, from which
 * sender under which regime, and whether the instrument itself may be the basis: computed once per
 * model and channel, and read by the transfer rules (conflict-data-protection.ts), MC20
 * (missing-transfer-safeguards.ts) and CF17 (conflict-binding-instrument.ts).
 */
import type { Channel, Name } from '../../ast/nodes';
import { classOfStatesNeed, exporterRegime, transferNeed, type ExporterRegime, type TransferNeed, type TransferRegime } from '../../model/applicability';
import type { PartyFacts, SemanticModel } from '../../model/semantic-model';
import { natureOfStatus } from '../../model/legal-nature';
import { oncePerPair } from '../../util/once-per';
import { sendsOn } from './channel-kinds';
import { personalDataCarried } from './personal-data-carried';
import { lawEnforcementUse } from './law-enforcement-purpose';
import { implementedTreaty, type ImplementedTreaty } from './implementing-arrangement';
import { forEachSender, keptInForce } from './kept-in-force';

export interface ChapterVTransfer {
  readonly exporter: { readonly name: Name; readonly party: PartyFacts; readonly regime: ExporterRegime };
  readonly recipient: { readonly name: Name; readonly party: PartyFacts; readonly need: TransferNeed };
  /**
   * Why the instrument itself may be the basis (a treaty between public bodies, GDPR Art.
   * 46(2)(a); one concluded before the GDPR or the Directive, GDPR Art. 96, LED Art. 61), in words
   * for the message; then "no basis is stated" is not certain.
   */
  readonly instrumentBasis: string | undefined;
  /** Certain exporter regime, a recipient certainly outside every adequacy decision, no possible basis in the instrument itself, and `personal-data` stated. */
  readonly definite: boolean;
  /**
   * The criminal-cooperation data the channel carries without stating `personal-data` ("subscriber-information"),
   * which are personal data only where they concern natural persons: the finding is then conditional.
   */
  readonly possiblyPersonal: string | undefined;
  /** Senders under other regimes whose data reach the same recipient: named in the message, each under its own rules. */
  readonly alsoFrom: readonly { readonly name: Name; readonly regime: ExporterRegime }[];
  /**
   * The other senders of which every word of the finding is as true as of `exporter`: the same
   * regime, as certain, the same need, and the same possible basis in the instrument (Belgium,
   * Luxembourg and the Netherlands sending to Kazakhstan, fortieth real-instrument run, point 2).
   */
  readonly alongside: readonly { readonly name: Name; readonly party: PartyFacts; readonly regime: ExporterRegime }[];
}

/** "BE", "BE and NL", "BE, LU and NL". */
const listFormat = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** The senders a finding rests on, named together. */
export function sendersOf(transfer: ChapterVTransfer): string {
  return listFormat.format([transfer.exporter, ...transfer.alongside].map((s) => s.name.text));
}

/** Why each sender is under its regime, one reason each. */
export function sendersBecause(transfer: ChapterVTransfer): string {
  return [transfer.exporter, ...transfer.alongside].map((s) => s.regime.because).join('; ');
}

/**
 * Public authorities or bodies (GDPR Art. 46(2)(a); international organisations, EDPB Guidelines
 * 2/2020 ¶60). A Government is the State concluding through it (`kind government`): as much a
 * public authority as the State (eighteenth real-instrument run: the NL–US notes of 1991 between
 * the two Governments were not offered Art. 46(2)(a), and an MoU's Government was called "not a
 * public body").
 */
const publicBodyKinds: ReadonlySet<string> = new Set(['state', 'government', 'government-agency', 'national-cert', 'international-organisation']);
export const isPublicBody = (party: PartyFacts) => publicBodyKinds.has(party.effective.kind?.value ?? '');

/**
 * How a binding treaty may itself carry the transfer: as the Art. 46(2)(a) instrument between
 * public bodies if it gives enforceable rights and effective remedies, or (under the Directive) as
 * the legally binding instrument that provides the safeguards; and, when a Member State concluded
 * it before the date, as an agreement that "shall remain in force until amended, replaced or
 * revoked" if it complied with Union law as applicable before that date. Undefined for an MoU or
 * an instrument of open status: only an international agreement can be either.
 */
function treatyAsBasis(model: SemanticModel, exporter: PartyFacts, regime: TransferRegime, recipient: PartyFacts): string | undefined {
  const instrument = model.ast.instrument;
  const treaty = implementedBindingTreaty(model);
  if ((model.legalNature !== 'treaty' && !treaty) || !instrument) return undefined;
  const self = model.legalNature === 'treaty' ? `this ${instrument.kind.text}` : `the treaty this ${instrument.kind.text} implements (${treaty!.name})`;
  const parts: string[] = [];
  const kept = keptInForce(model, exporter, regime);
  if (kept) parts.push(kept);
  if (isPublicBody(exporter) && isPublicBody(recipient)) {
    if (regime === 'GDPR') parts.push(`${self} may itself be the "legally binding and enforceable instrument between public authorities or bodies" of GDPR Art. 46(2)(a) if it gives data subjects enforceable rights and effective legal remedies (Art. 46(1))`);
    if (regime === 'LED') parts.push(`${self} may itself provide the appropriate safeguards of Chapter V of the Directive, as a legally binding instrument, if it states them`);
    // The Regulation was not read: a binding international agreement between public bodies is
    // taken as a possible basis, as under the GDPR and the Directive, so the finding is
    // conditional, never an error (eleventh real-instrument run: the EU–US PNR Agreement 2007,
    // "DHS is deemed to ensure an adequate level of protection", para. 6).
    if (regime === 'EUDPR') parts.push(`${self} may itself provide the basis for transfers by a Union body, as a legally binding instrument between public authorities or bodies, if it states the safeguards (under Regulation (EU) 2018/1725, Chapter V, or, for operational personal data, the body’s founding regulation)`);
  }
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/**
 * The binding treaty an implementing arrangement is made under (`implements`, or "in
 * implementation of …" in its text), unless the file it names is itself no treaty: an
 * arrangement "on the technical and procedural details" that a treaty calls for (Netherlands–US
 * Agreement on serious crime 2010, Art. 7(2)) moves data under that treaty, which may be the
 * legally binding instrument (twelfth red-team probes).
 */
export function implementedBindingTreaty(model: SemanticModel): ImplementedTreaty | undefined {
  const treaty = implementedTreaty(model);
  const linked = model.implementedFile?.model?.instrument;
  const declared = linked ? natureOfStatus(linked.status?.value) : undefined;
  const binding = !linked || declared === 'treaty' || (declared === 'by-kind' && linked.kind.value === 'treaty');
  return treaty && binding ? treaty : undefined;
}

/**
 * Each member that personal data on the channel would reach through a Chapter V transfer, with
 * the member sending it (any member, or only those the channel names in `from`): per recipient,
 * the most definite pairing (a sender whose regime is certain before one whose regime is not),
 * and the senders under other regimes (`alsoFrom`), which the message names: a Member State and
 * the Union both on the channel each send under their own rules, and naming only the Union body,
 * whose regime is certain, told the drafter nothing of the State's (twenty-eighth real-instrument
 * run, probe 6: CETS 196 Art. 22, "information obtained within the framework of their own
 * investigations", which a State's competent authorities hold). One finding per recipient: one
 * basis stated on the channel answers them all. Shared with MC20 and CF17, once per model and channel.
 */
export const chapterVTransfers = oncePerPair((model: SemanticModel, channel: Channel): readonly ChapterVTransfer[] => {
  const carried = personalDataCarried(channel);
  if (!carried) return [];
  const possiblyPersonal = carried === 'stated' ? undefined : carried.possibly;
  const seen = new Set<string>();
  const members = channel.members
    .filter((m) => !seen.has(m.text) && seen.add(m.text))
    .map((name) => ({ name, party: model.party(name.text) }))
    .filter((m): m is { name: Name; party: PartyFacts } => m.party !== undefined);
  const lawEnforcement = lawEnforcementUse(channel, model.ast.instrument?.title?.value);
  // Only a member that sends exports: on a channel `from OPCW`, the others only receive.
  const exporters = members
    .filter((m) => sendsOn(channel, m.name.text))
    .map((m) => ({ ...m, regime: exporterRegime(m.party, lawEnforcement) }))
    .filter((m): m is { name: Name; party: PartyFacts; regime: ExporterRegime } => m.regime !== undefined)
    .sort((a, b) => Number(b.regime.certain) - Number(a.regime.certain));
  const transfers: ChapterVTransfer[] = [];
  for (const recipient of members) {
    const candidates = exporters
      .filter((e) => e.party !== recipient.party)
      .map((exporter) => ({ exporter, need: classOfStatesNeed(recipient.party, exporter.party, exporter.regime.regime) ?? transferNeed(recipient.party, exporter.regime.regime) }))
      .filter((c) => c.need.need !== 'none');
    const best = candidates.find((c) => c.exporter.regime.certain && c.need.need === 'needed') ?? candidates[0];
    if (!best) continue;
    const others = [...new Set(candidates.map((c) => c.exporter.regime.regime).filter((r) => r !== best.exporter.regime.regime))].map((regime) => {
      const under = candidates.filter((c) => c.exporter.regime.regime === regime);
      const pair = under.find((c) => c.exporter.regime.certain && c.need.need === 'needed') ?? under[0];
      return { name: pair.exporter.name, regime: pair.exporter.regime };
    });
    const instrumentBasis = treatyAsBasis(model, best.exporter.party, best.exporter.regime.regime, recipient.party);
    const alongside = candidates
      .filter((c) => c !== best && c.exporter.regime.regime === best.exporter.regime.regime && c.exporter.regime.certain === best.exporter.regime.certain && c.need.need === best.need.need && c.need.why === best.need.why)
      .filter((c) => treatyAsBasis(model, c.exporter.party, c.exporter.regime.regime, recipient.party) === instrumentBasis)
      .map((c) => c.exporter);
    transfers.push({
      exporter: best.exporter,
      recipient: { ...recipient, need: best.need },
      instrumentBasis: alongside.length > 0 ? forEachSender(instrumentBasis) : instrumentBasis,
      definite: best.exporter.regime.certain && best.need.need === 'needed' && instrumentBasis === undefined && possiblyPersonal === undefined,
      possiblyPersonal,
      alsoFrom: others,
      alongside,
    });
  }
  return transfers;
});
