/**
 * What a channel's `safeguards` say for a given sender's transfer rules, and what a
 * law-enforcement sender is told to do instead. Shared by the transfer checks (CF16, CF17).
 *
 * Architecture invariant: a safeguard kind counts as a basis only under the regime that knows
 * it. The GDPR's own transfer tools (standard data protection clauses, Art. 46(2)(c); binding
 * corporate rules, Art. 46(2)(b); the EU–US Data Privacy Framework, an adequacy decision under
 * GDPR Art. 45) are no basis under Directive (EU) 2016/680, whose Chapter V knows an adequacy
 * decision under its own Art. 36, a legally binding instrument or the controller's assessment
 * (Art. 37(1)), derogations, and, for recipients that are not competent authorities, only Art. 39
 * (sixteenth red-team run: standard clauses silenced the error for a police sender).
 */
import type { Channel } from '../../ast/nodes';
import type { PartyFacts } from '../../model/semantic-model';
import type { TransferRegime } from '../../model/applicability';

/** Safeguard kinds that exist only under the GDPR (recognised by their usual names). */
const gdprOnlyKind = /standard[-_]?(?:data[-_]?protection[-_]?|contractual[-_]?)clauses|^sccs?$|binding[-_]?corporate[-_]?rules|^bcrs?$|dpf|privacy[-_]?framework|privacy[-_]?shield/i;

export type StatedBasis = 'stated' | 'gdpr-tools-only' | 'none';

/**
 * Whether the channel states a basis the sender's regime can rely on: `gdpr-tools-only` when the
 * only kinds named are GDPR tools and the sender transfers under the Law Enforcement Directive.
 * Prose (`safeguards "…"` with no kind) counts as stated: the checker cannot read it.
 */
export function statedBasis(channel: Channel, regime: TransferRegime): StatedBasis {
  if (channel.safeguards.length === 0 && channel.safeguardsText === undefined) return 'none';
  if (regime !== 'LED' || channel.safeguards.length === 0) return 'stated';
  return channel.safeguards.every((s) => gdprOnlyKind.test(s.text)) ? 'gdpr-tools-only' : 'stated';
}

/** The GDPR-only kinds the channel names, for the message. */
export function gdprToolsNamed(channel: Channel): string[] {
  return channel.safeguards.filter((s) => gdprOnlyKind.test(s.text)).map((s) => `\`${s.text}\``);
}

/**
 * A recipient that is certainly no "authority competent for the purposes referred to in Article
 * 1(1)" (LED Art. 35(1)(b)): a company. A CSIRT, agency or international organisation may or may
 * not be one, and the language cannot say which.
 */
export function certainlyNotCompetentAuthority(party: PartyFacts): boolean {
  return party.effective.kind?.value === 'company';
}

/**
 * What a law-enforcement sender needs for this recipient. LED Art. 35(1)(b) lets competent
 * authorities transfer to "a controller in a third country or international organisation that is
 * an authority competent for the purposes referred to in Article 1(1)"; Art. 39(1), "by way of
 * derogation from point (b) of Article 35(1)", lets them transfer directly to other recipients
 * only "in individual and specific cases" and on its conditions, "without prejudice to" a police
 * or judicial cooperation agreement in force (Art. 39(2)) — not on the strength of safeguards.
 */
export function lawEnforcementAdvice(recipientId: string, recipient: PartyFacts): string {
  // Art. 39(1) applies "without prejudice to any international agreement referred to in
  // paragraph 2" (police and judicial cooperation agreements in force with third countries), to
  // "recipients established in third countries", where "Union or Member State law" so provides.
  const article39 =
    'Art. 39 of the Directive allows a competent authority to transfer directly to any other recipient established in a third country only where Union or Member State law so provides, in individual and specific cases and on its conditions (among them that a transfer to the competent authority of that country would be ineffective or inappropriate), unless an international agreement in force on judicial cooperation in criminal matters and police cooperation provides otherwise (Art. 39(1)–(2))';
  if (certainlyNotCompetentAuthority(recipient))
    return `Art. 35(1)(b) of the Directive allows transfers only to an authority competent for criminal matters, which ${recipientId} (a company) is not, and ${article39}: send the data to the competent authority, or state the Art. 39 conditions relied on case by case`;
  return `state the basis under Chapter V of the Directive (\`safeguards <kind> "…"\`: a legally binding instrument, the controller's own assessment of the safeguards, Art. 37(1)(a)–(b), or the derogation relied on), which serves only if ${competentWords(recipientId, recipient)} (Art. 35(1)(b) of the Directive); others only under Art. 39 in individual and specific cases, unless an international agreement in force on judicial cooperation in criminal matters and police cooperation provides otherwise (Art. 39(1)–(2))`;
}

/**
 * The Art. 35(1)(b) condition in words that fit the recipient: a State or its Government is not
 * itself "an authority competent for the purposes referred to in Article 1(1)"; its authority that
 * receives the data may be (fifty-third real-instrument run, probe 6b: "if RU is an authority
 * competent for criminal matters" said of the Russian Federation).
 */
function competentWords(recipientId: string, recipient: PartyFacts): string {
  const kind = recipient.effective.kind?.value;
  // A territory's Government (HK, "Government of the Hong Kong Special Administrative Region") is no authority either (lr9, defect 6).
  return kind === 'state' || kind === 'government' || /^(?:the\s+)?Government\b/iu.test(recipient.effective.name?.value ?? '')
    ? `the authority of ${recipientId} that receives the data is competent for criminal matters`
    : `${recipientId} is an authority competent for criminal matters`;
}
