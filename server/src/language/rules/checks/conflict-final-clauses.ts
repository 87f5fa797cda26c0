/**
 * Final clauses that contradict each other or the instrument's type: reservations and a depositary
 * in a bilateral treaty, consent against entry into force, amendment against consent, and the
 * language clause (CF07, CF08, CF09, CF22, CF23). A multilateral treaty without a depositary (the
 * other half of CF08) is a missing clause: `missing-depositary` (MC06) reports it.
 */
import type { Name } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { removeListItem, statementLine } from '../support/conflict-edits';
import { defineRule } from '../rule';

/** VCLT Art. 14: ratification, acceptance and approval are the consents that follow signature. */
const laterConsent = /^(?:ratif|approv|accept)/i;

function laterConsentMeans(model: SemanticModel): readonly Name[] {
  return (model.ast.instrument?.consent?.means ?? []).filter((m) => laterConsent.test(m.text));
}

export const bilateralTreatyReservations = defineRule({
  code: 'bilateral-treaty-reservations',
  catalogueId: 'CF07',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'A bilateral treaty takes no reservations: negotiate the point or state `reservations none`.',
  rationale:
    'A "reservation" to a bilateral treaty is in substance a proposal to amend it, a new offer the other party must accept; a clause permitting reservations has nothing to work on between two parties. (ILC Guide to Practice 1.6.1: from secondary material, not yet confirmed against the Guide.)',
  source: 'ILC Guide to Practice on Reservations to Treaties (2011), guideline 1.6.1',
  sourceStatus: 'unconfirmed',
  example: {
    trigger: 'treaty "Treaty" {\n  status binding\n  reservations permitted\n}\nparty EE "Estonia"\nparty FI "Finland"\n',
    fix: 'treaty "Treaty" {\n  status binding\n  reservations none\n}\nparty EE "Estonia"\nparty FI "Finland"\n',
  },
  check({ model, report }) {
    const reservations = model.ast.instrument?.reservations;
    if (model.legalNature !== 'treaty' || !model.isBilateral || !reservations?.value) return;
    const value = reservations.value;
    const text = 'multiline' in value ? value.value.trim() : value.text;
    if (/^none$/i.test(text)) return;
    report({
      range: value.range,
      message: 'A reservation to a bilateral treaty is a new offer to negotiate, not a reservation: state `reservations none` or settle the point in the text.',
      fixes: [{ title: "Replace with 'none'", edits: [{ range: value.range, newText: 'none' }], preferred: true }],
    });
  },
});

export const bilateralTreatyDepositary = defineRule({
  code: 'bilateral-treaty-depositary',
  catalogueId: 'CF08',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'A bilateral treaty has no depositary: the two parties exchange instruments or notifications directly.',
  rationale:
    'A depositary keeps the original and receives instruments for a multilateral treaty (UN Treaty Handbook §2). Between two parties the instruments are exchanged directly; naming a depositary suggests the text was copied from a multilateral model. The multilateral half of CF08 (a multilateral treaty naming no depositary) is reported by `missing-depositary` (MC06).',
  source: 'UN Treaty Handbook (2012) §2',
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Treaty" {\n  status binding\n  depositary "Secretary-General of the United Nations"\n}\nparty EE "Estonia"\nparty FI "Finland"\n',
    fix: 'treaty "Treaty" {\n  status binding\n}\nparty EE "Estonia"\nparty FI "Finland"\n',
  },
  check({ model, report }) {
    const depositary = model.ast.instrument?.depositary;
    if (model.legalNature !== 'treaty' || !model.isBilateral || !depositary) return;
    report({
      range: depositary.keyword,
      message: 'A bilateral treaty has no depositary; the parties exchange instruments directly. Remove the depositary.',
      fixes: [{ title: 'Remove the depositary statement', edits: [{ range: statementLine(model, depositary.range), newText: '' }], preferred: true }],
    });
  },
});

export const signatureAndRatification = defineRule({
  code: 'signature-and-ratification',
  catalogueId: 'CF09',
  family: 'conflict',
  defaultSeverity: 'error',
  message: 'Choose one: entry into force on signature, or signature subject to ratification.',
  rationale:
    'Consent by definitive signature binds on signature; signature subject to ratification binds only once ratified (VCLT Arts. 12, 14). A treaty that enters into force on signature yet needs ratification states two contradictory consent mechanisms. (UN Treaty Handbook §3.1.3–3.1.4, simple and definitive signature: the section titles were seen, the text is not yet confirmed.)',
  source: 'UN Treaty Handbook (2012) §3.1.3–3.1.4; VCLT Arts. 12, 14',
  sourceStatus: 'unconfirmed',
  example: {
    trigger: 'treaty "Treaty" {\n  status binding\n  effect on signature\n  consent by ratification\n}\n',
    fix: 'treaty "Treaty" {\n  status binding\n  effect after last ratification\n  consent by ratification\n}\n',
  },
  check({ model, report }) {
    const header = model.ast.instrument;
    const effect = header?.effect;
    if (!header || !effect?.event || effect.event.text.toLowerCase() !== 'signature') return;
    const means = header.consent?.means ?? [];
    means.forEach((m, index) => {
      if (!laterConsent.test(m.text)) return;
      const remove = removeListItem(means, index);
      report({
        range: m.range,
        message: `The instrument takes effect on signature but consent is also by ${m.text}: let it take effect after the last ${m.text}, or drop ${m.text}.`,
        related: [{ uri: model.uri, range: effect.event!.range, message: 'It takes effect on signature here.' }],
        fixes: [
          { title: `Take effect after the last ${m.text}`, edits: [{ range: effect.range, newText: `effect after last ${m.text}` }] },
          ...(remove ? [{ title: `Consent without ${m.text}`, edits: [remove] }] : []),
        ],
      });
    });
  },
});

export const treatyAmendmentByDecision = defineRule({
  code: 'treaty-amendment-by-decision',
  catalogueId: 'CF22',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'Amend a ratified treaty by the same procedure (amendment subject to ratification), not by a mere written decision.',
  rationale:
    'An amendment changes what the parties consented to, so it needs consent at the same level as the treaty: if the treaty needed ratification, so does its amendment, unless the treaty itself delegates technical changes. (UN Treaty Handbook §4.4: from secondary material, not yet confirmed.)',
  source: 'UN Treaty Handbook (2012) §4.4; VCLT Art. 39',
  sourceStatus: 'unconfirmed',
  example: {
    trigger: 'treaty "Treaty" {\n  status binding\n  consent by ratification\n  amendment by written decision\n}\n',
    fix: 'treaty "Treaty" {\n  status binding\n  consent by ratification\n  amendment by ratification\n}\n',
  },
  check({ model, report }) {
    const header = model.ast.instrument;
    const amendment = header?.amendment;
    if (model.legalNature !== 'treaty' || !header || !amendment || amendment.words.length === 0) return;
    const needsRatification = laterConsentMeans(model).length > 0 || laterConsent.test(header.effect?.event?.text ?? '');
    const mere = /decision|notes|letters|written|exchange|arrangement/i.test(amendment.procedure) && !/ratif|approv|accept|same/i.test(amendment.procedure);
    if (!needsRatification || !mere) return;
    const words = amendment.words;
    report({
      range: { start: words[0].range.start, end: words[words.length - 1].range.end },
      message: `The treaty needs ratification, but '${amendment.procedure}' would amend it without: make amendments subject to ratification too.`,
      related: header.consent ? [{ uri: model.uri, range: header.consent.range, message: 'Consent to the treaty itself.' }] : [],
    });
  },
});

export const prevailingLanguageNotListed = defineRule({
  code: 'prevailing-language-not-listed',
  catalogueId: 'CF23',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'The prevailing language must be one of the languages of the text.',
  rationale:
    'A text that "prevails" in case of divergence must be one of the texts signed; naming another language leaves no text to prevail and breaks the language clause (cf. VCLT Art. 33).',
  source: 'VCLT Art. 33 (own consistency check)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'memorandum "MoU" {\n  languages English, Estonian equally-valid prevailing French\n}\n',
    fix: 'memorandum "MoU" {\n  languages English, Estonian equally-valid prevailing English\n}\n',
  },
  check({ model, report }) {
    const languages = model.ast.instrument?.languages;
    const prevailing = languages?.prevailing;
    if (!languages || !prevailing || languages.languages.length === 0) return;
    if (languages.languages.some((l) => l.text.toLowerCase() === prevailing.text.toLowerCase())) return;
    const first = languages.languages[0].text;
    report({
      range: prevailing.range,
      message: `'${prevailing.text}' is not among the languages of the text (${languages.languages.map((l) => l.text).join(', ')}): name one of them as prevailing.`,
      fixes: [{ title: `Make ${first} prevail`, edits: [{ range: prevailing.range, newText: first }], preferred: true }],
    });
  },
});

export const finalClauseConflictRules = [
  bilateralTreatyReservations,
  bilateralTreatyDepositary,
  signatureAndRatification,
  treatyAmendmentByDecision,
  prevailingLanguageNotListed,
];
