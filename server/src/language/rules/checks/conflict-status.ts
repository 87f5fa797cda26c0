/**
 * Status conflicts: a declared MoU that uses treaty machinery (third-party dispute settlement,
 * UN registration, ratification, "governed by international law"), a domestic governing law, and
 * a treaty signed by an entity without treaty capacity (CF02, CF03, CF05, CF06).
 */
import type { EntenteDocument, Name, Party, Text } from '../../ast/nodes';
import { namesAFile } from '../../util/file-or-title';
import type { SemanticModel } from '../../model/semantic-model';
import { iso3166Alpha2 } from '../../ast/iso3166';
import { removeListItem, removeStatementEdit, replaceList } from '../support/conflict-edits';
import { removalFixes } from '../support/ordinary-helpers';
import { defineRule, type CodeFix } from '../rule';
import { consentLists } from '../../ast/consent-lists';

/** Dispute means that hand the dispute to a third party with power to decide it. */
const thirdPartyMeans = /arbitra|court|icj|tribunal|judicial|adjudicat|litigat/i;

export const mouThirdPartyDisputes = defineRule({
  code: 'mou-third-party-disputes',
  catalogueId: 'CF02',
  family: 'conflict',
  defaultSeverity: 'error',
  message: 'Settle disputes under an MoU by consultation only; arbitration or a court signals binding intent.',
  rationale:
    'Referring disputes to arbitration, the ICJ or a court presupposes legal obligations a tribunal can enforce; in a declared MoU it contradicts the non-binding status. The usual MoU clause says disputes are settled only by consultation and are not referred to any tribunal or third party. The USDOS and FCDO statements of this point come from secondary material and could not be confirmed against their texts (only the opening of the USDOS guidance was read). Consultation alone proves nothing about status: treaties use it too (Netherlands–US 2012, Art. 17(1)); it is the tribunal in an MoU that is reported.',
  source: 'USDOS Guidance on Non-Binding Documents (opening read: archived state.gov, 2008; the dispute passage not read); FCDO specimen MoU paragraphs (2021) (not read)',
  sourceStatus: 'unconfirmed',
  example: {
    trigger: 'memorandum "MoU" {\n  status non-binding\n  disputes by arbitration\n}\n',
    fix: 'memorandum "MoU" {\n  status non-binding\n  disputes by consultation\n}\n',
  },
  check({ model, report }) {
    const disputes = model.ast.instrument?.disputes;
    if (model.legalNature !== 'mou' || !disputes) return;
    const edit = replaceList(disputes.means, 'consultation', disputes.forum?.range);
    for (const means of disputes.means) {
      if (!thirdPartyMeans.test(means.text)) continue;
      report({
        range: means.range,
        message: `'${means.text}' hands disputes to a third party, which signals binding intent: settle disputes under an MoU by consultation only.`,
        fixes: edit ? [{ title: 'Settle disputes by consultation only (no tribunal)', edits: [edit], effect: 'legal', preferred: true }] : [],
      });
    }
  },
});

export const mouTreatyProcedure = defineRule({
  code: 'mou-treaty-procedure',
  catalogueId: 'CF03',
  family: 'conflict',
  defaultSeverity: 'error',
  message: 'Do not register an MoU under Art. 102 of the UN Charter, make it subject to ratification (or to approval or acceptance as consent to be bound) or apply it provisionally.',
  rationale:
    'Only a treaty or international agreement can be registered with the UN Secretariat (once in force, or while applied provisionally: Regulations Art. 1(2)), and ratification is a way of consenting to be bound by a treaty. Registering an MoU, or making it subject to ratification, is evidence that the signatories meant a treaty; so is consent by approval or acceptance, which a State expresses "under conditions similar to those which apply to ratification" (VCLT Art. 14(2)). Approval of an MoU by a government written in prose (an authorisation, as in letters between universities) is not read as consent. So is provisional application: it is the application of a treaty "pending its entry into force" (VCLT Art. 25(1)), and an MoU neither enters into force nor needs to wait for it; it comes into effect when its text says.',
  source:
    'Regulations to give effect to Art. 102 UN Charter (GA res. 97(I), as amended) Art. 1(1)–(2) (read: treaties.un.org, Regulations page); UN Secretariat note: registration "does not confer on the instrument the status of a treaty" (read: UNTS note by the Secretariat); VCLT Arts. 14(2), 25(1) (read: Dutch treaty series BWBV0003441)',
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" {\n  status non-binding\n  registration article-102\n}\n',
    fix: 'memorandum "MoU" {\n  status non-binding\n  registration none\n}\n',
  },
  check({ model, report }) {
    const header = model.ast.instrument;
    if (model.legalNature !== 'mou' || !header) return;
    const registration = header.registration;
    if (registration && !/^none$/i.test(valueText(registration.value))) {
      const range = registration.value?.range ?? registration.keyword;
      report({
        range,
        message: 'An MoU is not a treaty and cannot be registered under Art. 102 of the UN Charter: state `registration none` or remove the statement.',
        fixes: registration.value ? [{ title: 'Do not register it under Art. 102 (`registration none`)', edits: [{ range: registration.value.range, newText: 'none' }], effect: 'legal', preferred: true }] : [],
      });
    }
    // List by list (`approval for NL, signature for US`): removing a Party's only means would leave its `for NL` behind, so no fix there.
    for (const { means, party } of consentLists(header.consent)) means.forEach((m, index) => {
      // Approval and acceptance express consent to be bound "under conditions similar to those
      // which apply to ratification" (VCLT Art. 14(2)): in a statement of consent, each is as much
      // a treaty procedure. (Approval of the text by a government, written in prose or as the
      // event of `effect after`, may be mere authorisation and is not read here.)
      const procedure = ratificationLike(m.text);
      if (!procedure) return;
      const edit = removeListItem(means, index) ?? (header.consent && !party ? removeStatementEdit(model, header.consent) : undefined);
      report({
        range: m.range,
        message:
          procedure === 'ratification'
            ? 'Ratification is how a state consents to be bound by a treaty; a non-binding MoU is not ratified. Remove it.'
            : `${procedure === 'approval' ? 'Approval' : 'Acceptance'} is a way for a state to consent to be bound by a treaty, like ratification (VCLT Art. 14(2)); a non-binding MoU expresses no consent to be bound. Remove it.`,
        fixes: edit ? [{ title: `Remove '${m.text}' from the means of consent`, edits: [edit], effect: 'legal', preferred: true }] : [],
      });
    });
    const provisional = header.provisionalApplication;
    if (provisional) {
      report({
        range: provisional.keyword,
        message: 'Provisional application is how a treaty applies pending its entry into force (VCLT Art. 25); an MoU has no entry into force to wait for. Let it come into effect when it is to apply (`effect on signature`), and remove the provisional application.',
        fixes: removalFixes(removeStatementEdit(model, provisional), 'Remove the provisional application (changes when the text applies)', { preferred: false }),
      });
    }
    const event = header.effect?.event;
    if (event && isRatification(event.value ?? '')) {
      const effect = header.effect!;
      report({
        range: event.range,
        message: 'An MoU that takes effect only after ratification reads as a treaty: let it come into effect on signature (or on a date).',
        fixes: [{ title: 'Come into effect on signature', edits: [{ range: effect.range, newText: 'effect on signature' }], effect: 'legal' }],
      });
    }
  },
});

/** The file (this one or one it uses, directly or through another registry) that holds a declaration. */
function fileDeclaring(model: SemanticModel, node: Party): string | undefined {
  const seen = new Set<string>();
  const queue: { uri: string; ast: EntenteDocument }[] = [{ uri: model.uri, ast: model.ast }];
  while (queue.length > 0) {
    const { uri, ast } = queue.shift()!;
    if (seen.has(uri)) continue;
    seen.add(uri);
    if (ast.parties.includes(node)) return uri;
    for (const use of ast.uses) {
      const resolved = use.path ? model.environment.resolveFile(uri, use.path.value) : undefined;
      if (resolved) queue.push({ uri: resolved.uri, ast: resolved.parsed.ast });
    }
    const parent = ast.instrument?.parent;
    const resolvedParent = parent && namesAFile(parent.value) ? model.environment.resolveFile(uri, parent.value) : undefined;
    if (resolvedParent) queue.push({ uri: resolvedParent.uri, ast: resolvedParent.parsed.ast });
  }
  return undefined;
}

function isRatification(word: string): boolean {
  return /^ratif/i.test(word);
}

/** The treaty procedure a means of consent names: ratification, or approval or acceptance (VCLT Art. 14). */
function ratificationLike(word: string): 'ratification' | 'approval' | 'acceptance' | undefined {
  if (isRatification(word)) return 'ratification';
  if (/^approv/i.test(word)) return 'approval';
  if (/^accept/i.test(word)) return 'acceptance';
  return undefined;
}

function valueText(value: Name | Text | undefined): string {
  if (!value) return '';
  return 'multiline' in value ? value.value.trim() : value.text;
}

const internationalLaw = /^(?:international|international[\s-]law|public[\s-]international[\s-]law)$/i;

export const domesticGoverningLaw = defineRule({
  code: 'domestic-governing-law',
  catalogueId: 'CF05',
  family: 'conflict',
  defaultSeverity: 'error',
  message: 'An instrument between states is governed by international law; remove the choice of a domestic law.',
  rationale:
    'A treaty is by definition "governed by international law" (VCLT Art. 2(1)(a)); a choice of domestic law, above all the law of a state that is not a party, makes it a contract under that law: "Arrangements governed solely by the law of … any foreign state, are not international agreements" (22 CFR 181.2(a)(1), US practice). In a declared MoU the choice of a domestic law likewise reads as intent to make an enforceable contract.',
  source: 'VCLT Art. 2(1)(a) (read: Dutch treaty series BWBV0003441); 22 CFR 181.2(a)(1) (read: law.cornell.edu/cfr/text/22/181.2)',
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Treaty" {\n  status binding\n  governing law "the law of England and Wales"\n}\n',
    fix: 'treaty "Treaty" {\n  status binding\n  governing law international\n}\n',
  },
  check({ model, report }) {
    const clause = model.ast.instrument?.governingLaw;
    const nature = model.legalNature;
    if (!clause?.law || !nature) return;
    const text = valueText(clause.law);
    if (internationalLaw.test(text)) return;
    const code = text.toUpperCase();
    const foreign = iso3166Alpha2.has(code) && !model.signatories.some((p) => p.jurisdiction === code);
    const whose = foreign ? ` the law of ${code}, which is not a party,` : ` '${text}'`;
    const fixes: CodeFix[] =
      nature === 'treaty'
        ? [{ title: "Govern it by international law", edits: [{ range: clause.law.range, newText: 'international' }], effect: 'legal', preferred: true }]
        : removalFixes(removeStatementEdit(model, clause), 'Remove the governing-law statement', { preferred: true });
    report({
      range: clause.law.range,
      message:
        nature === 'treaty'
          ? `A treaty is governed by international law; choosing${whose} makes it a contract. Write \`governing law international\`.`
          : `Choosing${whose} makes this MoU read as an enforceable contract; a non-binding MoU names no governing law.`,
      fixes,
    });
  },
});

/**
 * The other half of CF05: an MoU that declares itself "governed by international law" uses the
 * very words by which the VCLT defines a treaty. Not a domestic choice of law, so
 * `domestic-governing-law` leaves it alone.
 */
export const mouGovernedByInternationalLaw = defineRule({
  code: 'mou-governed-by-international-law',
  catalogueId: 'CF05',
  family: 'conflict',
  defaultSeverity: 'error',
  message: 'A non-binding MoU is not governed by international law: remove the governing-law statement (or, if the signatories mean to be bound, make the instrument a treaty).',
  rationale:
    'A treaty is "an international agreement concluded between States in written form and governed by international law" (VCLT Art. 2(1)(a)). An MoU that declares itself governed by international law uses the words that define a treaty, and contradicts its own non-binding status: the ambiguity about intent that the status statement exists to remove. A non-binding MoU names no governing law.',
  source: 'VCLT Art. 2(1)(a) (read: Dutch treaty series BWBV0003441)',
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" {\n  status non-binding\n  governing law international\n}\n',
    fix: 'memorandum "MoU" {\n  status non-binding\n}\n',
  },
  check({ model, report }) {
    const clause = model.ast.instrument?.governingLaw;
    if (model.legalNature !== 'mou' || !clause?.law || !internationalLaw.test(valueText(clause.law))) return;
    report({
      range: clause.law.range,
      message: '"Governed by international law" is how the VCLT defines a treaty (Art. 2(1)(a)): a non-binding MoU names no governing law. Remove the statement, or, if the signatories mean to be bound, make the instrument a treaty.',
      fixes: removalFixes(removeStatementEdit(model, clause), 'Remove the governing-law statement', { preferred: true }),
    });
  },
});

export const treatyPartyCapacity = defineRule({
  code: 'treaty-party-capacity',
  catalogueId: 'CF06',
  family: 'conflict',
  defaultSeverity: 'error',
  message: 'A treaty is concluded by states and international organisations; a company or CERT cannot be a party.',
  rationale:
    '"Every State possesses capacity to conclude treaties" (VCLT Art. 6). An international organisation has the capacity its own rules give it, under customary international law; the 1986 Vienna Convention states the same ("governed by the rules of that organization", Art. 6) but is not in force, so it is cited as a statement of the rule, not as binding law. A company or a CERT has no treaty-making capacity of its own: it can take part in an MoU or a contract, or the state it belongs to signs the treaty.',
  source:
    'VCLT Arts. 1, 2(1)(a), 3, 6 (read: Dutch treaty series BWBV0003441); for international organisations, customary law and each organisation\'s rules, as stated in the 1986 Vienna Convention Art. 6 (not in force; read: BWBV0002302)',
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Treaty" { status binding }\nparty EE "Estonia" { kind state }\nparty ACME "Acme Security Ltd" { kind company }\n',
    fix: 'memorandum "MoU" { status non-binding }\nparticipant EE "Estonia" { kind state }\nparticipant ACME "Acme Security Ltd" { kind company }\n',
  },
  check({ model, report }) {
    if (model.legalNature !== 'treaty') return;
    // An implementing arrangement's public signatories act under the treaty it implements: their
    // capacity is the treaty's (a CERT or agency implementing its Government's treaty). A company
    // stays a company.
    const implementing = model.ast.instrument?.implements !== undefined;
    for (const party of model.signatories) {
      const kind = party.effective.kind;
      if (kind?.value !== 'company' && (kind?.value !== 'national-cert' || implementing)) continue;
      const local = party.local;
      if (!local?.id) continue;
      const range = local.kind?.range ?? local.id.range;
      const recordUri = local.kind || !party.record ? undefined : fileDeclaring(model, party.record);
      const related = recordUri ? [{ uri: recordUri, range: kind.range, message: `${party.id} is declared a ${kind.text} here.` }] : [];
      const what = kind.value === 'company' ? 'a company' : 'a CERT';
      // Many national CERTs are government bodies that can sign for their state (an inter-agency
      // treaty): the drafter who knows it is one should say so rather than change the parties.
      const agency = kind.value === 'national-cert' ? ` If ${party.id} is a government body acting for its state, declare it \`kind government-agency\`.` : '';
      report({
        range,
        related,
        message: `${party.id} is ${what}, which has no treaty-making capacity: make its state (or the ministry acting for it) the party, or make this instrument an MoU.${agency}`,
      });
    }
  },
});

export const statusRules = [mouThirdPartyDisputes, mouTreatyProcedure, domesticGoverningLaw, mouGovernedByInternationalLaw, treatyPartyCapacity];
