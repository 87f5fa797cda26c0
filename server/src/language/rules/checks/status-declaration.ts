/**
 * The status of an instrument whose kind does not decide it (arrangement, framework, protocol,
 * and a memorandum whose text carries signals of a treaty). Kept apart
 * from the missing-clause catalogue: no library clause states an unknown status.
 */
import { statusEvidence } from '../support/excerpt-status-signals';
import { headerStatementFix } from '../support/fixes';
import { coversTopic, standaloneInstrument } from '../support/applicability';
import { statusOnConcludedText } from '../support/facts-of-conclusion';
import { concludedText } from '../../model/conclusion';
import { defineRule, type CodeFix } from '../rule';

/** The authorities both status rules rest on, with where each was read. */
const STATUS_SOURCE =
  'VCLT Art. 2(1)(a) (read: Dutch treaty series BWBV0003441); 22 CFR 181.2(a)(1) (read: law.cornell.edu/cfr/text/22/181.2); US Department of State, Guidance on Non-Binding Documents (read: archived state.gov, 2008)';

/**
 * An arrangement, framework or protocol that does not say whether it binds, or a memorandum that
 * does not and whose text points towards a treaty: its kind decides nothing, so every
 * check that depends on the status (treaty or MoU wording, ratification, depositary…) stays
 * silent. MC11 asks a declared MoU to state its status; this asks the same where nothing declares
 * it, and lists the evidence both ways (model/status-signals.ts) so that the answer is the
 * drafter's, not the checker's.
 */
export const undeclaredStatus = defineRule({
  code: 'undeclared-status',
  family: 'declaration',
  defaultSeverity: 'warning',
  message: 'Say whether the instrument binds: add `status binding`, `status non-binding` or, while the question is open, `status undetermined` to the header.',
  rationale:
    'Whether an instrument is a treaty or a political commitment depends on the intent of its signatories, not on its title: a treaty is an agreement "governed by international law … whatever its particular designation" (VCLT Art. 2(1)(a)), and "the parties must intend their undertaking to be legally binding, and not merely of political or personal effect" (22 CFR 181.2(a)(1)). An arrangement, a framework or a protocol can be either (an arrangement may implement a treaty and bind, or record a political commitment); so can a memorandum, whose title is presumed to mean an MoU only while nothing in its text points to a treaty ("shall", Parties, ratification, completion of constitutional procedures, a depositary…: a memorandum of understanding written that way may be a treaty, as the Netherlands–US defence cooperation memorandum of 1978, published in the Dutch treaty series, shows). An instrument that does not say leaves the reader to infer its status from the wording, and leaves every wording and final-clause check of this analyser without a standard to apply. The finding lists the signals found both ways, so that the drafter decides on the evidence. On a transcription that is an excerpt (`omitted "…"`) the signals are read from the transcription only, and the finding says so and names the parts left out, which may hold others: it never says the instrument lacks final clauses a left-out part may hold (NL–US 1978 leaves out Annex VIII, which "shall enter into force upon signature", BWBV0003739).',
  source: STATUS_SOURCE,
  sourceStatus: 'verified',
  example: {
    trigger: 'framework "Cyber Framework" {\n  effect on signature\n}\n',
    fix: 'framework "Cyber Framework" {\n  status non-binding\n  effect on signature\n}\n',
  },
  // On a signed text the status is a fact of its conclusion: the transcription records a reading,
  // no amendment is called for (treaty lawyer lr31, D2).
  onConcludedText: statusOnConcludedText,
  findingCeilings: [{ severity: 'warning', where: "on a concluded text: what is missing is the transcription's reading of its status, not anything in the signed text (treaty lawyer lr31, D2)" }],
  check({ model, report }) {
    const instrument = standaloneInstrument(model);
    // A treaty has a status by its kind, and so has a memorandum with nothing in its text pointing
    // to a treaty (model.legalNature); an annex follows its parent. Everything else has none.
    if (!instrument || instrument.status || model.legalNature !== undefined || coversTopic(model, 'non-binding-status')) return;
    // On an excerpt the evidence is the transcription's only (support/excerpt-status-signals.ts).
    const evidence = statusEvidence(model);
    const signals = evidence.signals;
    // Offer both answers, the one with more evidence first (binding on a tie: never steer only
    // towards "non-binding"), neither preferred.
    const order: readonly ('binding' | 'non-binding')[] = signals.treaty.length >= signals.mou.length ? ['binding', 'non-binding'] : ['non-binding', 'binding'];
    const fixes = [...order.map((status) => `status ${status}`), 'status undetermined']
      .map((statement) => headerStatementFix(model, instrument, statement))
      .filter((f): f is CodeFix => f !== undefined);
    report({
      range: instrument.kind.range,
      message: `${/^[aeiou]/i.test(instrument.kind.text) ? 'An' : 'A'} ${instrument.kind.text} may or may not bind, and nothing ${evidence.where} says which (${evidence.described}): add \`status binding\` or \`status non-binding\` to the header, or \`status undetermined\` while the question is open.${evidence.excerpt}`,
      fixes,
      ...(concludedText(model.ast) ? { profileCeiling: 'warning' as const } : {}),
    });
  },
});

/**
 * `status undetermined`: the drafter says the status is an open question (a draft under
 * negotiation, or a signed text whose status the sides dispute). Every status-dependent check is
 * then silent; this one reports the evidence both ways so that the question gets answered on it.
 */
export const statusUndetermined = defineRule({
  code: 'status-undetermined',
  family: 'declaration',
  defaultSeverity: 'info',
  message: 'The status of this instrument is undetermined: weigh the signals both ways and decide on `status binding` or `status non-binding` before signature.',
  rationale:
    'Whether an instrument binds turns on the intent of its signatories, not on its title (VCLT Art. 2(1)(a); 22 CFR 181.2(a)(1)), and US guidance asks that "ambiguity as to whether or not a document is legally binding should be avoided". While that is undecided or disputed, the checker applies neither the treaty nor the MoU standard and lists what points each way: treaty machinery and wording (ratification, acceptance, approval, accession, completion of internal or constitutional procedures, a depositary, registration, "shall", "Parties", "enter into force", the formula "have agreed as follows" (quoted as the text writes it: "have agreed the following"), the text calling itself "this agreement" or, in its title, "constituting an Agreement" (the Indonesia–Netherlands memorandum of 1962), "obligations" under the instrument itself, "obliged to" — the last two not where the clause denies them, as in "Neither Participant is obliged to …") and MoU form ("will", "Participants", "come into effect", "constitute an understanding", no final clauses). The list is evidence for the drafter to weigh, not a verdict.',
  source: STATUS_SOURCE,
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "Exchange of letters" {\n  status undetermined\n  effect after notification\n}\n',
    fix: 'memorandum "Exchange of letters" {\n  status binding\n  effect after notification\n}\n',
  },
  onConcludedText: statusOnConcludedText,
  check({ model, report }) {
    const status = model.ast.instrument?.status;
    if (status?.value !== 'undetermined') return;
    const instrument = model.ast.instrument!;
    const fixes = (['binding', 'non-binding'] as const).map(
      (value): CodeFix => ({ title: `Decide that the instrument is ${value}: \`status ${value}\``, edits: [{ range: status.range, newText: value }], effect: 'legal' }),
    );
    const evidence = statusEvidence(model);
    report({
      range: status.range,
      message: `The status of this ${instrument.kind.text} is undetermined (${evidence.described}): weigh them and state \`status binding\` or \`status non-binding\`${concludedText(model.ast) ? '' : ' before signature'}.${evidence.excerpt}`,
      fixes,
    });
  },
});


/**
 * An annex forms part of its parent: it cannot bind where the parent does not, or the reverse.
 * Without this check an annex that says `status binding` under a non-binding MoU is read as a
 * treaty, and every wording finding in it points the drafter the wrong way.
 */
export const annexStatusDiffers = defineRule({
  code: 'annex-status-differs',
  family: 'declaration',
  defaultSeverity: 'error',
  message: 'An annex shares its parent instrument’s status: remove its own status, or make it the parent’s.',
  rationale:
    'An annex is an integral part of the instrument it is annexed to and has no legal nature of its own: an annex declared binding under a non-binding memorandum (or non-binding under a treaty) contradicts the instrument it belongs to, which is the ambiguity about intent that the status statement exists to remove. A treaty may be "embodied in a single instrument or in two or more related instruments" (VCLT Art. 2(1)(a)), and annexes "form an integral part" of the agreement (Netherlands–US 2012, Art. 18). An implementing arrangement concluded under a treaty is a separate instrument and may have another status (the Netherlands–Sweden memorandum of 1984 under Art. 7 of the Agreement): declare it as an instrument of its own, not as an annex.',
  source: 'VCLT Art. 2(1)(a) (read: Dutch treaty series BWBV0003441); Netherlands–US Agreement (2012) Art. 18 (read: BWBV0006073)',
  sourceStatus: 'verified',
  example: {
    trigger: 'annex "Annex A" of "mou.entente" {\n  status binding\n}\n',
    fix: 'annex "Annex A" of "mou.entente" {\n  status non-binding\n}\n',
    files: { 'mou.entente': 'memorandum "MoU" {\n  status non-binding\n}\n' },
  },
  check({ model, report }) {
    const instrument = model.ast.instrument;
    const own = instrument?.kind.value === 'annex' ? instrument.status : undefined;
    const parent = model.parentFile?.model?.instrument;
    if (!own?.value || !parent) return;
    // The parent's status as stated, or as its kind and text decide it (model.parentNature): an
    // undetermined parent, or an undeclared memorandum with treaty signals, has none to contradict.
    const nature = model.parentNature;
    const expected = nature === 'treaty' ? 'binding' : nature === 'mou' ? 'non-binding' : undefined;
    if (!expected || expected === own.value) return;
    const related = parent.status && model.parentFile?.uri ? [{ uri: model.parentFile.uri, range: parent.status.range, message: `The parent instrument is ${expected}.` }] : [];
    report({
      range: own.range,
      message: `This annex says it is ${own.value}, but the ${parent.kind.text} it belongs to is ${expected}: make it ${expected}, or remove the status.`,
      related,
      fixes: [{ title: `Make the annex ${expected}, as its parent`, edits: [{ range: own.range, newText: expected }], effect: 'legal', preferred: true }],
    });
  },
});
