/**
 * Missing final clauses every instrument needs, treaty or MoU (catalogue MC01–MC05, MC22):
 * how it takes effect, how long it lasts, how one leaves it, how it is amended, how disputes
 * are settled, who pays. Each is satisfied by a header statement or a clause on the topic.
 *
 * MC03 has two severities in the catalogue (error for a treaty, warning for an MoU) while a
 * rule has one default severity, so it is two rules with the same catalogue id:
 * `missing-termination` for treaties and `missing-discontinuation` for everything else.
 */
import type { SemanticModel } from '../../model/semantic-model';
import { instrumentLevelRule, signatoryWord } from '../support/applicability';

const isTreaty = (model: SemanticModel) => model.legalNature === 'treaty';
const all = () => true;

export const missingEntryIntoForce = instrumentLevelRule({
  code: 'missing-entry-into-force',
  catalogueId: 'MC01',
  defaultSeverity: 'error',
  message: 'State when the instrument takes effect: add `effect on signature` (or a date, or `after` ratification) to the header, or a clause on entry into force.',
  rationale:
    'Without a provision on entry into force (coming into effect, for an MoU) nobody can say from when the commitments apply. For a treaty, VCLT Art. 24(2) then makes it depend on every negotiating State consenting, which is rarely what the drafters meant.',
  source: 'VCLT Art. 24; UN Final Clauses Handbook (2003)',
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" {\n  status non-binding\n}\n',
    fix: 'memorandum "MoU" {\n  status non-binding\n  effect on signature\n}\n',
  },
  topic: 'entry-into-force',
  applies: all,
  stated: (instrument) => instrument.effect !== undefined,
  headerStatement: (model) => (isTreaty(model) ? 'effect 30 days after last notification' : 'effect on signature'),
  describe: (model) =>
    isTreaty(model)
      ? 'State how the treaty enters into force: add `effect … after last notification` (or ratification) to the header, or a clause on entry into force.'
      : 'State when the instrument comes into effect: add `effect on signature` (or a date) to the header, or a clause on coming into effect.',
});

export const missingDuration = instrumentLevelRule({
  code: 'missing-duration',
  catalogueId: 'MC02',
  defaultSeverity: 'warning',
  message: 'State how long the instrument lasts: add `duration 5 years` (optionally `renewable`) or `duration indefinite` to the header.',
  rationale:
    'A fixed term, with or without renewal, or an express statement that the instrument is of indefinite duration tells each side how long the commitments run; silence invites argument about whether the instrument has lapsed.',
  source: 'UN Final Clauses Handbook (2003)',
  sourceStatus: 'unconfirmed',
  example: {
    trigger: 'memorandum "MoU" {\n  status non-binding\n}\n',
    fix: 'memorandum "MoU" {\n  status non-binding\n  duration indefinite\n}\n',
  },
  topic: 'duration',
  applies: all,
  stated: (instrument) => instrument.duration !== undefined,
  headerStatement: () => 'duration indefinite',
});

export const missingTermination = instrumentLevelRule({
  code: 'missing-termination',
  catalogueId: 'MC03',
  defaultSeverity: 'error',
  message: 'State how a Party may terminate or withdraw: add `termination with notice of 6 months` (or `withdrawal`, `denunciation`) to the header.',
  rationale:
    'A treaty that says nothing on termination cannot be denounced unless a right to do so is implied, and then only on twelve months’ notice (VCLT Art. 56). An express clause with a notice period avoids that uncertainty. (MoUs are checked by `missing-discontinuation`, a warning.)',
  source: 'VCLT Art. 56',
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Agreement" {\n  effect on signature\n}\n',
    fix: 'treaty "Agreement" {\n  effect on signature\n  termination with notice of 6 months\n}\n',
  },
  topic: 'termination',
  applies: isTreaty,
  stated: (instrument) => instrument.termination !== undefined,
  headerStatement: (model) => (model.isMultilateral ? 'withdrawal with notice of 12 months' : 'termination with notice of 6 months'),
});

export const missingDiscontinuation = instrumentLevelRule({
  code: 'missing-discontinuation',
  catalogueId: 'MC03',
  defaultSeverity: 'warning',
  message: 'State how a Participant may discontinue its participation: add `discontinue with notice of 6 months` to the header.',
  rationale:
    'An MoU is usually discontinued by written notice. Stating the notice period keeps the exit orderly, and writing it in MoU words (`discontinue`, not `terminate`) avoids suggesting a binding treaty. Catalogue MC03 asks for an error on a treaty and a warning on an MoU; treaties are checked by `missing-termination`.',
  source: 'VCLT Art. 56',
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" {\n  status non-binding\n}\n',
    fix: 'memorandum "MoU" {\n  status non-binding\n  discontinue with notice of 6 months\n}\n',
  },
  topic: 'termination',
  applies: (model) => !isTreaty(model),
  stated: (instrument) => instrument.termination !== undefined,
  headerStatement: () => 'discontinue with notice of 6 months',
});

export const missingAmendment = instrumentLevelRule({
  code: 'missing-amendment',
  catalogueId: 'MC04',
  defaultSeverity: 'warning',
  message: 'State how the instrument is amended: add `amendment by written decision` (MoU) or `amendment by written agreement` (treaty) to the header.',
  rationale:
    'Without an amendment procedure every change needs a new instrument, or is argued over. MoUs are amended by mutual written decision of the Participants; treaties by agreement, usually with the same consent procedure as the treaty itself.',
  source: 'UN Treaty Handbook (2012) §4.4',
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" {\n  status non-binding\n}\n',
    fix: 'memorandum "MoU" {\n  status non-binding\n  amendment by written decision\n}\n',
  },
  topic: 'amendment',
  applies: all,
  stated: (instrument) => instrument.amendment !== undefined,
  headerStatement: (model, instrument) => {
    if (!isTreaty(model)) return 'amendment by written decision';
    const ratified = instrument.consent?.means.some((m) => m.text === 'ratification');
    return ratified ? 'amendment by ratification' : 'amendment by written agreement';
  },
});

export const missingDisputeSettlement = instrumentLevelRule({
  code: 'missing-dispute-settlement',
  catalogueId: 'MC05',
  defaultSeverity: 'warning',
  message: 'State how disputes are settled: add `disputes by consultation` (MoU) or `disputes by negotiation` (treaty) to the header.',
  rationale:
    'A treaty usually provides for negotiation, then arbitration or the International Court of Justice. An MoU settles differences only by consultation between the Participants, never by a tribunal or third party (e.g. JAXA MoU §XV); saying so also confirms its non-binding character. The FCDO guidance on this point is cited from secondary material and not yet checked against its text.',
  source: 'UN Treaty Handbook (2012) §4.3; FCDO Treaties and MoUs Guidance (2021)',
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" {\n  status non-binding\n}\n',
    fix: 'memorandum "MoU" {\n  status non-binding\n  disputes by consultation\n}\n',
  },
  topic: 'disputes',
  applies: all,
  stated: (instrument) => instrument.disputes !== undefined,
  headerStatement: (model) => (isTreaty(model) ? 'disputes by negotiation' : 'disputes by consultation'),
  describe: (model) =>
    isTreaty(model)
      ? 'State how disputes are settled: add `disputes by negotiation` (or arbitration, the ICJ) to the header, or a disputes clause.'
      : 'State how differences are settled: add `disputes by consultation` to the header (consultation only, no tribunal), or a disputes clause.',
});

export const missingCosts = instrumentLevelRule({
  code: 'missing-costs',
  catalogueId: 'MC22',
  defaultSeverity: 'warning',
  message: 'Say who bears the costs: add a clause about costs (each side bears its own costs, or a cost share).',
  rationale:
    'Cooperation costs money: exercises, secondments, travel, tools. A costs clause (each side bears its own costs, or a cost share) prevents disputes; US practice adds "subject to the availability of funds" (secondary source, not yet checked).',
  source: 'NATO StratCom COE MoU, section "Cost Share"',
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" {\n  status non-binding\n}\n',
    fix: 'memorandum "MoU" {\n  status non-binding\n}\nclause Costs about costs "Each Participant will bear its own costs."\n',
  },
  topic: 'costs',
  applies: all,
  stated: () => false,
  describe: (model) => `Say who bears the costs: add a clause about costs (each of the ${signatoryWord(model)} bears its own costs, or a cost share).`,
});

export const finalClauseRules = [
  missingEntryIntoForce,
  missingDuration,
  missingTermination,
  missingDiscontinuation,
  missingAmendment,
  missingDisputeSettlement,
  missingCosts,
];
