/**
 * What `missing-union-law-clause` says of a third country the Commission has found adequate: the
 * note names the Union's transfer rules (Chapter V) among the matters the treaty touches, and a
 * reader may take that to mean the exchange lacks a Chapter V basis. Where the recipient is covered
 * by an adequacy decision not limited to a kind of recipient, transfers under the GDPR rest on it
 * (GDPR Art. 45), and the note says so, with what the decision leaves out where Entente records it
 * (Israel's covers automated processing only, Decision 2011/61/EU; lr14, D2), and that a public
 * authority cannot rely on the consent or contract derogations for the rest (Art. 49(3); lr15, D7): its point is the Union's competence and how Union law applies, not a missing basis
 * (sixty-second run, D3: New Zealand, NL–NZ Agreement on Social Security 1990). Only a decision
 * of general scope on Entente's list is named, without its number where that was not read; a
 * scoped decision (Canada, Japan, the United States, Brazil) is left to the transfer rules, which
 * can tell whether the recipient is of the kind it covers. The Law Enforcement Directive has its
 * own adequacy decisions (the United Kingdom's only), said where the decision is also one.
 */
import { adequacyDecision, adequacyListMonth } from '../../data/adequacy';
import type { PartyFacts } from '../../model/semantic-model';

export function adequacyWords(outsiders: readonly PartyFacts[], matters: readonly string[]): string {
  if (!matters.some((m) => m.startsWith('transfers of personal data'))) return '';
  const covered = outsiders.flatMap((p) => {
    const decision = adequacyDecision(p.jurisdiction);
    return decision?.scope === 'general' && p.effective.kind?.value !== 'international-organisation' && !p.classOf ? [{ id: p.id, decision }] : [];
  });
  if (covered.length === 0) return '';
  const names = covered.map(({ id, decision }) => (id === decision.jurisdiction ? `${decision.country} (${id})` : `${id} (in ${decision.country})`));
  const led = covered.every(({ decision }) => decision.lawEnforcement) ? ' and, for processing under the Law Enforcement Directive, under its Art. 36' : '';
  const many = covered.length > 1;
  // A decision that does not reach every transfer (Israel's: automated processing only) is said
  // with its limits, and the transfers it leaves out are said to need another basis (lr14, D2).
  const limited = covered.filter(({ decision }) => decision.limits);
  const within = limited.length === 0 ? '' : many ? ', so far as they cover them' : ', so far as it covers them';
  const limits = limited.map(({ id, decision }) => ` For ${id}, the decision ${decision.limits}.`).join('');
  const others = limited.length === 0 ? '' : ` Transfers ${limited.length > 1 ? 'those decisions do' : 'the decision does'} not cover need appropriate safeguards (GDPR Art. 46) or a derogation (Art. 49; a public authority exercising its public powers may use only Art. 49(1)(d)–(g): Art. 49(3)).`;
  return ` Transfers to ${names.join(' and ')} under the GDPR rest on the Commission’s adequacy ${many ? 'decisions' : 'decision'} for ${many ? 'them' : 'it'}${within} (GDPR Art. 45${led}; Entente’s list as of ${adequacyListMonth}): this note is about how the treaty stands with Union law, not a missing basis for those transfers.${limits}${others}`;
}
