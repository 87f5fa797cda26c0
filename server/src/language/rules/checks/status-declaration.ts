/**
 * The status of an instrument whose kind does not decide it (framework, protocol). Kept apart
 * from the missing-clause catalogue: no library clause states an unknown status.
 */
import { headerStatementFix } from '../support/fixes';
import { coversTopic, standaloneInstrument } from '../support/applicability';
import { defineRule, type CodeFix } from '../rule';

/**
 * A framework or protocol that does not say whether it binds: its kind decides nothing, so every
 * check that depends on the status (treaty or MoU wording, ratification, depositary…) stays
 * silent. MC11 asks a declared MoU to state its status; this asks the same where nothing declares it.
 */
export const undeclaredStatus = defineRule({
  code: 'undeclared-status',
  family: 'declaration',
  defaultSeverity: 'warning',
  message: 'Say whether the instrument binds: add `status binding` or `status non-binding` to the header.',
  rationale:
    'Whether an instrument is a treaty or a political commitment depends on the intent of its signatories, not its title (Qatar v. Bahrain, ICJ 1994): a framework or a protocol can be either. An instrument that does not say leaves the reader to infer its status from the wording, and leaves every wording and final-clause check of this analyser without a standard to apply.',
  source: 'USDOS Guidance on Non-Binding Documents; drafting-rules.md §A (Qatar v. Bahrain)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'framework "Cyber Framework" {\n  effect on signature\n}\n',
    fix: 'framework "Cyber Framework" {\n  status non-binding\n  effect on signature\n}\n',
  },
  check({ model, report }) {
    const instrument = standaloneInstrument(model);
    // Treaties and memoranda have a status by their kind; an annex follows its parent.
    if (!instrument || instrument.status || model.legalNature !== undefined || coversTopic(model, 'non-binding-status')) return;
    const fixes = (['non-binding', 'binding'] as const)
      .map((status) => headerStatementFix(model, instrument, `status ${status}`))
      .filter((f): f is CodeFix => f !== undefined);
    report({
      range: instrument.kind.range,
      message: `A ${instrument.kind.text} may or may not bind, and nothing here says which: add \`status non-binding\` or \`status binding\` to the header.`,
      fixes,
    });
  },
});

/** The status a parent instrument has: stated, or implied by its kind. */
function parentStatus(kind: string | undefined, stated: string | undefined): 'binding' | 'non-binding' | undefined {
  if (stated === 'binding' || stated === 'non-binding') return stated;
  if (kind === 'treaty') return 'binding';
  if (kind === 'memorandum' || kind === 'arrangement') return 'non-binding';
  return undefined;
}

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
    'An annex is an integral part of the instrument it is annexed to and has no legal nature of its own: an annex declared binding under a non-binding memorandum (or non-binding under a treaty) contradicts the instrument it belongs to, which is the ambiguity about intent that the status statement exists to remove.',
  source: 'VCLT Art. 2(1)(a) (a treaty is one instrument or several related ones); drafting-rules.md §A',
  sourceStatus: 'own-consistency-check',
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
    const expected = parentStatus(parent.kind.value, parent.status?.value);
    if (!expected || expected === own.value) return;
    const related = parent.status && model.parentFile?.uri ? [{ uri: model.parentFile.uri, range: parent.status.range, message: `The parent instrument is ${expected}.` }] : [];
    report({
      range: own.range,
      message: `This annex says it is ${own.value}, but the ${parent.kind.text} it belongs to is ${expected}: make it ${expected}, or remove the status.`,
      related,
      fixes: [{ title: `Make it ${expected}`, edits: [{ range: own.range, newText: expected }], preferred: true }],
    });
  },
});
