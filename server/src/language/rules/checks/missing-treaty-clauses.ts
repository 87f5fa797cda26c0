/**
 * Missing final clauses that depend on the kind of instrument (catalogue MC06–MC11): the
 * treaty-only machinery (depositary, consent to be bound, reservations, Art. 102
 * registration), the language clause of a text in several languages, and the statement of
 * non-binding status an MoU needs.
 */
import type { SemanticModel } from '../../model/semantic-model';
import { libraryClauseFix } from '../support/fixes';
import { coversTopic, instrumentLevelRule, standaloneInstrument } from '../support/applicability';
import { defineRule, type CodeFix } from '../rule';

const isTreaty = (model: SemanticModel) => model.legalNature === 'treaty';
const isMultilateralTreaty = (model: SemanticModel) => isTreaty(model) && model.isMultilateral;

/** Three parties: the smallest multilateral treaty, for the examples. */
const threeParties = 'party EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nparty LV "Latvia" { kind state }\n';

export const missingDepositary = instrumentLevelRule({
  code: 'missing-depositary',
  catalogueId: 'MC06',
  defaultSeverity: 'error',
  message: 'Designate the depositary of this multilateral treaty: add `depositary "…"` (a State, an organisation or its chief officer) to the header.',
  rationale:
    'A multilateral treaty needs a depositary to keep the original, receive signatures and instruments of ratification, inform the parties and register the treaty (VCLT Arts. 76–77). Bilateral treaties do without one: the parties notify each other.',
  source: 'VCLT Arts. 76–77; UN Treaty Handbook (2012) §2',
  sourceStatus: 'verified',
  example: {
    trigger: `treaty "Convention" {\n  effect on signature\n}\n${threeParties}`,
    fix: `treaty "Convention" {\n  effect on signature\n  depositary "Secretary General of the Council of Europe"\n}\n${threeParties}`,
  },
  topic: 'depositary',
  applies: isMultilateralTreaty,
  stated: (instrument) => instrument.depositary !== undefined,
});

export const missingConsentToBeBound = instrumentLevelRule({
  code: 'missing-consent-to-be-bound',
  catalogueId: 'MC07',
  defaultSeverity: 'error',
  message: 'State how the Parties consent to be bound: add `consent by signature` or `consent by signature, ratification` to the header.',
  rationale:
    'A State expresses its consent to be bound by signature, exchange of instruments, ratification, acceptance, approval or accession as the treaty provides (VCLT Arts. 11–16). If the treaty is silent, it is unclear whether signature alone binds or ratification is needed.',
  source: 'VCLT Arts. 11–16; UN Treaty Handbook (2012) §3',
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Agreement" {\n  effect on signature\n}\n',
    fix: 'treaty "Agreement" {\n  effect on signature\n  consent by signature\n}\n',
  },
  topic: 'consent',
  applies: isTreaty,
  stated: (instrument) => instrument.consent !== undefined,
  // Consent by signature matches `effect on signature`; anything else usually means ratification.
  headerStatement: (_model, instrument) => (instrument.effect?.event?.text === 'signature' ? 'consent by signature' : 'consent by ratification'),
});

export const missingReservationsClause = instrumentLevelRule({
  code: 'missing-reservations-clause',
  catalogueId: 'MC08',
  defaultSeverity: 'info',
  message: 'Say whether reservations are permitted: add `reservations none`, `reservations permitted` or `reservations "…"` to the header.',
  rationale:
    'When a multilateral treaty says nothing on reservations, the general regime of VCLT Arts. 19–23 applies: any reservation compatible with the object and purpose may be made, and the others may object. Most treaties say which reservations, if any, are allowed (e.g. Budapest Convention Art. 42).',
  source: 'UN Treaty Handbook (2012) §3.5; Budapest Convention Art. 42',
  sourceStatus: 'verified',
  example: {
    trigger: `treaty "Convention" {\n  effect on signature\n}\n${threeParties}`,
    fix: `treaty "Convention" {\n  effect on signature\n  reservations none\n}\n${threeParties}`,
  },
  topic: 'reservations',
  applies: isMultilateralTreaty,
  stated: (instrument) => instrument.reservations !== undefined,
  headerStatement: () => 'reservations none',
});

export const missingRegistration = instrumentLevelRule({
  code: 'missing-registration',
  catalogueId: 'MC10',
  defaultSeverity: 'info',
  message: 'Say whether the treaty is registered with the UN Secretariat: add `registration article-102` (or `registration none`) to the header.',
  rationale:
    'Every treaty in force must be registered with the UN Secretariat under Art. 102 of the UN Charter, and an unregistered treaty cannot be invoked before UN organs. Saying who registers it, and when, avoids it being forgotten. MoUs are never registered.',
  source: 'UN Charter Art. 102; GA res. 97(I) Regulations, Art. 1',
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Agreement" {\n  effect on signature\n}\n',
    fix: 'treaty "Agreement" {\n  effect on signature\n  registration article-102\n}\n',
  },
  topic: 'registration',
  applies: isTreaty,
  stated: (instrument) => instrument.registration !== undefined,
  headerStatement: () => 'registration article-102',
});

export const missingNonBindingStatement = instrumentLevelRule({
  code: 'missing-non-binding-statement',
  catalogueId: 'MC11',
  defaultSeverity: 'warning',
  message: 'State that the memorandum is not legally binding: add `status non-binding` to the header.',
  rationale:
    'The title does not decide whether an instrument binds: the wording and the intent do. Guidance for non-binding documents asks every side to confirm expressly that the instrument creates no legal obligations.',
  source: 'US Department of State, Guidance on Non-Binding Documents; DFAT, Australia’s practice for concluding less-than-treaty status instruments',
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" {\n  effect on signature\n}\n',
    fix: 'memorandum "MoU" {\n  status non-binding\n  effect on signature\n}\n',
  },
  topic: 'non-binding-status',
  // A declared MoU: one whose kind makes it an MoU, not one that already states its status.
  applies: (model, instrument) => model.legalNature === 'mou' && instrument.status === undefined,
  stated: (instrument) => instrument.status !== undefined,
  headerStatement: () => 'status non-binding',
});

export const missingLanguageClause = defineRule({
  code: 'missing-language-clause',
  catalogueId: 'MC09',
  family: 'missing-clause',
  librarySatisfiable: true,
  defaultSeverity: 'warning',
  message: 'Say how the language versions relate: add `authentic` (treaty) or `equally-valid` (MoU), and `prevailing <language>` if one text prevails.',
  rationale:
    'An instrument drawn up in several languages must say which texts are authentic (equally valid, for an MoU), or a translation may be taken for a text of the instrument. Once the texts are declared authentic, VCLT Art. 33(1) makes them equally authoritative unless one is said to prevail, so naming a prevailing text is a choice this check does not demand.',
  source: 'VCLT Art. 33',
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" {\n  languages English, Estonian\n}\n',
    fix: 'memorandum "MoU" {\n  languages English, Estonian equally-valid\n}\n',
  },
  check({ model, report }) {
    const instrument = standaloneInstrument(model);
    const languages = instrument?.languages;
    if (!instrument || !languages || languages.validity) return;
    if (new Set(languages.languages.map((l) => l.text)).size < 2) return;
    if (coversTopic(model, 'languages')) return;
    const word = model.wording === 'treaty' ? 'authentic' : 'equally-valid';
    const last = languages.languages[languages.languages.length - 1];
    const fixes: CodeFix[] = [];
    const library = libraryClauseFix(model, 'languages');
    if (library) fixes.push(library);
    fixes.push({ title: `Declare the texts ${word}`, edits: [{ range: { start: last.range.end, end: last.range.end }, newText: ` ${word}` }], preferred: true });
    report({
      range: languages.keyword,
      message: `The instrument is in ${languages.languages.length} languages: add \`${word}\` after the list (and \`prevailing <language>\` if one text prevails), or a clause on languages.`,
      fixes,
    });
  },
});

export const treatyClauseRules = [
  missingDepositary,
  missingConsentToBeBound,
  missingReservationsClause,
  missingLanguageClause,
  missingRegistration,
  missingNonBindingStatement,
];
