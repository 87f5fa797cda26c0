/**
 * What `missing-purpose-limitation` adds to its message where the law behind it is more than the
 * security-agreement practice its rationale rests on:
 *
 * - On a channel that carries personal data, the purpose-limitation principle of data-protection
 *   law, for a sender the GDPR binds: personal data shall be "collected for specified, explicit and
 *   legitimate purposes and not further processed in a manner that is incompatible with those
 *   purposes" (GDPR Art. 5(1)(b), 'purpose limitation'). It binds the sender's own processing, not
 *   the recipient's use of what it receives, so it is said of the sender only, and conditionally
 *   where the language cannot tell whether the GDPR is the sender's regime (a State or ministry may
 *   process the data under the Law Enforcement Directive or outside Union law). Never said of a
 *   party the GDPR does not reach (a third State, an international organisation, a class of
 *   States). Sixty-second run, D2.
 * - On an arrangement that implements a treaty the checker cannot read (named by its title, not
 *   transcribed), that the treaty may itself limit the use of what is exchanged: "an implementing
 *   arrangement is governed by its treaty's rules on use" is the rule's own reason, and the NL–UK
 *   Mutual Agreement on Art. 25(5) arbitration 2008 exchanges taxpayer data whose use Art. 26(2) of
 *   the Convention limits. Sixty-first run, defect 3.
 */
import type { Channel } from '../../ast/nodes';
import { exporterRegime } from '../../model/applicability';
import type { SemanticModel } from '../../model/semantic-model';
import { sendsOn } from './channel-kinds';
import { implementedTreaty } from './implementing-arrangement';
import { lawEnforcementUse } from './law-enforcement-purpose';
import { andList } from '../../util/word-list';

const principle =
  'may process personal data only for “specified, explicit and legitimate purposes” and not further “in a manner that is incompatible with those purposes” (GDPR Art. 5(1)(b), purpose limitation)';

/** The sentence on the GDPR's purpose limitation for the channel's senders it binds, or ''. */
export function personalDataPurposeNote(model: SemanticModel, channel: Channel): string {
  if (!channel.carries.some((c) => c.value === 'personal-data')) return '';
  const lawEnforcement = lawEnforcementUse(channel, model.ast.instrument?.title?.value);
  const members = [...new Set(channel.members.map((m) => m.text))];
  const senders = members.flatMap((id) => {
    const party = model.party(id);
    const regime = party && sendsOn(channel, id) ? exporterRegime(party, lawEnforcement) : undefined;
    return regime?.regime === 'GDPR' ? [{ id, certain: regime.certain }] : [];
  });
  if (senders.length === 0) return '';
  const certain = senders.filter((s) => s.certain).map((s) => s.id);
  const open = senders.filter((s) => !s.certain).map((s) => s.id);
  // Named as beyond the principle's reach: only the declared recipients no Union transfer rule
  // reaches (a third State, an international organisation); a recipient the GDPR may bind is bound
  // by the same principle in its own processing, and an undeclared one cannot be placed.
  const underGdpr = (id: string) => {
    const party = model.party(id);
    return party !== undefined && exporterRegime(party, lawEnforcement)?.regime === 'GDPR';
  };
  const others = members.filter((id) => {
    const party = model.party(id);
    return !senders.some((s) => s.id === id) && party !== undefined && exporterRegime(party, lawEnforcement) === undefined;
  });
  // Every member under the GDPR (two Member States): the Regulation reaches the receiver's processing too.
  if (others.length === 0 && members.every(underGdpr)) return ` The channel carries personal data: each member bound by the GDPR${certain.length === senders.length && members.length === senders.length ? '' : ' (where it processes them under it)'} ${principle}, what it receives included; the text can still state the purposes the parties agreed.`;
  const said = certain.length > 0 ? `${andList(certain)}, bound by the GDPR, ${principle}` : `where ${andList(open)} ${open.length > 1 ? 'process' : 'processes'} these data under the GDPR (not as a law-enforcement authority or outside Union law), ${open.length > 1 ? 'they' : 'it'} ${principle}`;
  const reach =
    others.length > 0
      ? `That rule is on the sender's own processing, not ${andList(others)}'s use of what ${others.length > 1 ? 'they receive' : 'it receives'}: only ${implementedTreaty(model) && !model.implementedFile?.model ? 'the text, or the treaty it implements,' : 'the text'} can state the purposes for which the recipient may use them.`
      : 'That rule is on each member’s own processing under the GDPR; a recipient outside it is bound only by the purposes the text states.';
  return ` The channel carries personal data: ${said}. ${reach}`;
}

/** The sentence on an implemented treaty the checker cannot read, or ''. */
export function unreadTreatyNote(model: SemanticModel): string {
  const treaty = implementedTreaty(model);
  if (!treaty || model.implementedFile?.model) return '';
  return ` This instrument implements ${treaty.name}, which is not transcribed here: if that treaty limits the use and onward release of what is exchanged under it, its rule governs this exchange and nothing is missing; the checker cannot read it.`;
}

/**
 * On a possible transfer under an instrument that implements a treaty not transcribed: the treaty may
 * itself provide the safeguards — a legally binding and enforceable instrument between public
 * authorities (GDPR Art. 46(2)(a)) — which the checker cannot read, so the finding is a note (treaty
 * lawyer lr30, D11: the Benelux–Bosnia and Herzegovina readmission Protocol 2013 under the EC–BiH
 * readmission agreement, whose data-protection article governs the data communicated). Empty otherwise.
 */
export function unreadTreatyTransferNote(model: SemanticModel): string {
  const treaty = implementedTreaty(model);
  if (!treaty || model.implementedFile?.model) return '';
  return ` This instrument implements ${treaty.name}, which is not transcribed here: if that treaty provides appropriate safeguards for these data, it may be the legally binding instrument of GDPR Art. 46(2)(a) for them; the checker cannot read it.`;
}
