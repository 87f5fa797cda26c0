/**
 * The status of an instrument whose kind does not decide it (framework, protocol). Kept apart
 * from the missing-clause catalogue: no library clause states an unknown status.
 */
import { headerStatementFix } from './fixes';
import { coversTopic, standaloneInstrument } from './missing-applicability';
import { defineRule, type CodeFix } from './rule';

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
