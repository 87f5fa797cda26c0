/**
 * Named profiles: a reviewer's preset of severities. A profile maps a rule to a severity or
 * leaves it at its default (undefined). Per-rule overrides in the settings win over a profile.
 *
 * Profiles key on catalogue ids (drafting-rules.md), not on codes, because a reviewer's brief is
 * written in those terms and because the catalogue rules are the ones a review is about.
 */
import type { Rule } from '../rules/rule';
import type { SeveritySetting } from './settings';

export interface Profile {
  readonly description: string;
  severity(rule: Rule): SeveritySetting | undefined;
}

/**
 * Conflicts that make a memorandum read as a treaty, or commit it as one: fatal in an MoU review.
 * The profile switches nothing off: the treaty final clauses (depositary, consent to be bound,
 * reservations, registration: MC06–MC08, MC10) apply to treaties only, so switching them off
 * changed nothing on an MoU and hid them on a binding instrument reviewed under this profile
 * (twenty-fifth real-instrument run: `missing-registration` vanished from the NL–Liechtenstein
 * agreement of 2009 "without comment").
 */
const mouStatusConflicts = ['CF01', 'CF02', 'CF03', 'CF17', 'CF21', 'MC11'];
/**
 * What a treaty review insists on: consent and depositary, treaty capacity, treaty wording. A
 * clause on reservations or on registration is raised to a warning, not an error: without one the
 * VCLT's rules on reservations (Arts. 19–23) apply and the duty to register under Art. 102 of the
 * Charter stands by itself, so a lawful treaty may omit either (sixteenth real-instruments run:
 * both were errors on the ACS and OPCW agreements). A depositary named in a bilateral treaty (CF08)
 * stays a warning: the negotiating States may designate one "in the treaty itself or in some other
 * manner" (VCLT Art. 76(1)), so the designation is rare, not unlawful (lr6 item 6). So is an amendment procedure simpler than the
 * treaty's ratification (CF22): a treaty may lawfully provide one (VCLT Art. 39), as the Helsinki
 * Industrial Accidents Convention 1992 does for Annex I by tacit acceptance (Art. 26(4)); whether
 * each Party's constitution allows it is for the review to check, not a defect of the text
 * (thirty-sixth run: it was an error on that concluded Convention and on CETS 198).
 */
const treatyReviewErrors = ['MC06', 'MC07', 'CF05', 'CF06', 'CF07'];
/**
 * MoU words in a treaty (CF04) are not raised: the rule itself calls them a drafting note, not a
 * defect (binding treaties use operative "will": NL–Sweden 1984, Arts. 4, 6, 7, 10), and its source
 * is unconfirmed. As a warning it failed a `--max-warnings 0` review of concluded treaties on
 * "Parties will cooperate" (COSPAS-SARSAT 1988, Art. 14.2; thirty-ninth run, item 4) and on the
 * formula of an exchange of letters (thirtieth run); at its info it is still shown.
 */
const treatyReviewWarnings = ['MC08', 'MC10', 'CF22'];

/**
 * Warnings `strict` leaves warnings: a depositary named in a bilateral treaty (CF08) is rare, not
 * unlawful ("The designation of the depositary of a treaty may be made by the negotiating States,
 * either in the treaty itself or in some other manner", VCLT Art. 76(1)), so no final review
 * should fail on it (lr6 item 6).
 */
const strictKeepsWarnings = ['CF08'];

function byCatalogue(rule: Rule, ids: readonly string[]): boolean {
  return rule.catalogueId !== undefined && ids.includes(rule.catalogueId);
}

export const profiles: Readonly<Record<string, Profile>> = {
  default: {
    description: 'Every rule at its default severity.',
    severity: () => undefined,
  },
  strict: {
    description: 'For a final review before signature: every warning becomes an error, every info a warning, save the findings whose ceiling keeps them lower under every profile (docs/rules.md, "What `strict` leaves lower": on an excerpt, on a concluded text, and findings of some rules in stated cases); on a concluded text a missing clause stays at most a warning, since it takes no clause by an edit (save the content of GDPR Art. 46 safeguards in a treaty concluded since 24 May 2016, whose transfers lack their basis without it), a missing reservations or registration clause and MoU wording in a treaty stay notes, and a depositary named in a bilateral treaty stays a warning.',
    severity: (rule) => (byCatalogue(rule, strictKeepsWarnings) ? undefined : rule.defaultSeverity === 'warning' ? 'error' : rule.defaultSeverity === 'info' ? 'warning' : undefined),
  },
  'mou-review': {
    description:
      'For reviewing a non-binding MoU: anything that makes it read or act as a treaty becomes an error (treaty wording, third-party dispute settlement, registration or ratification, use as a GDPR Art. 46(2)(a) instrument, binding financial commitments, no statement of non-binding status). On a binding instrument it changes nothing: those checks do not apply there, and the treaty final clauses keep their severities.',
    severity: (rule) => (byCatalogue(rule, mouStatusConflicts) ? 'error' : undefined),
  },
  'treaty-review': {
    description:
      'For reviewing a treaty: final clauses (consent, the depositary of a multilateral treaty), treaty capacity of the parties and domestic governing law become errors; an amendment procedure simpler than ratification and a missing reservations or registration clause become warnings (on a concluded text these two stay notes); MoU wording stays a note.',
    severity: (rule) => (byCatalogue(rule, treatyReviewErrors) ? 'error' : byCatalogue(rule, treatyReviewWarnings) ? 'warning' : undefined),
  },
};
