/**
 * A rule: one check with a stable code, a default severity, a message that tells the drafter
 * what to do, and the source it rests on. Written once; the editor, the command line and the
 * exports all run the same `check`.
 */
import type { Clause, Declaration } from '../ast/nodes';
import type { Range } from '../ast/positions';
import type { ExportNumbering, ImplementedArticles } from '../model/provision-names';
import type { SemanticModel } from '../model/semantic-model';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** How firmly the cited source was checked (drafting-rules.md markers). */
export type SourceStatus = 'verified' | 'unconfirmed' | 'own-consistency-check';

export interface RelatedInformation {
  readonly uri: string;
  readonly range: Range;
  readonly message: string;
}

/** A text edit in core terms; `uri` defaults to the diagnostic's document. */
export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
  readonly uri?: string;
}

/**
 * What applying a fix does to what the instrument says, so that nothing that changes its meaning
 * in law is applied unseen (issue #9: "no quick fix may change the legal meaning of the text";
 * issue #12 item 5). Fix all, fix all of a rule and fix on save apply only `mechanical` fixes; the
 * others are offered one by one, their titles saying what they change.
 *
 * - `mechanical`: the text means the same before and after — a typo in a code, label, rule code or
 *   library id corrected to the one word it can have meant; TLP:WHITE → TLP:CLEAR (renamed by TLP
 *   2.0 itself, same meaning); a missing syntax element added with a placeholder; a comment that
 *   does nothing removed.
 * - `legal`: changes rights, duties, status, settlement of disputes, registration, consent, entry
 *   into force, duration, sharing scope or any other term of the instrument, including adding,
 *   rewording or removing clauses, statements, definitions, declarations and treaty or MoU wording.
 * - `factual`: asserts what the checker cannot know: a fact about the world (the classification
 *   level of material, a contact's availability, who someone is), or that a finding does not apply
 *   (a suppression's reason, which switches the suppression on).
 */
export type FixEffect = 'mechanical' | 'legal' | 'factual';

export const fixEffects: readonly FixEffect[] = ['mechanical', 'legal', 'factual'];

export interface CodeFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** What the fix does to the meaning of the text; required, so that every fix is classified. */
  readonly effect: FixEffect;
  /** The fix to apply when there is one obvious choice (code action `isPreferred`). */
  readonly preferred?: boolean;
  /**
   * True when the edit contains snippet tab stops (`${1:…}`); clients that cannot take snippets
   * get the placeholders' default text instead.
   */
  readonly snippet?: boolean;
}

export interface Finding {
  readonly range: Range;
  /** Overrides the rule's message when the finding has specifics to say (names, numbers). */
  readonly message?: string;
  /** The other side of a conflict, or what is missing where. */
  readonly related?: readonly RelatedInformation[];
  /** Quick fixes known at the time of the finding. */
  readonly fixes?: readonly CodeFix[];
  /** `unnecessary` greys out unused declarations in the editor. */
  readonly tags?: readonly ('unnecessary' | 'deprecated')[];
  /**
   * The most a profile may make of this finding (a per-rule setting still wins): a finding whose
   * own message says the text stands as it is — a concluded treaty GDPR Art. 96 keeps in force —
   * is advice for an amendment, not a defect `strict` should make an error (forty-first run, item 3).
   * It caps the rule's default as well: a missing contact among States that need only endeavour to
   * share is a note whatever the profile (support/inter-state-remark.ts; forty-eighth run, items 1–2).
   */
  readonly profileCeiling?: Severity;
  /**
   * What a reviewer of a signed text can do about this finding, in place of the rule's
   * `onConcludedText` where the rule's words do not fit the case (a body an organisation that is
   * not a party services: "each then bears what it spends" does not describe it; forty-seventh run,
   * item 2).
   */
  readonly onConcludedText?: string;
}

export interface CheckContext {
  readonly model: SemanticModel;
  /** Every rule code and catalogue id (the registry's), for checks that validate names of rules. */
  readonly knownRuleNames: ReadonlySet<string>;
  /** The numbers the export gives the provisions, where it numbers them (asked of the renderer by the analysis, once per model, only when a check needs it). */
  exportNumbering(): ExportNumbering | undefined;
  /** What the export writes for each provision it prints, by key (`body:Board` → "Article 7"): asked of the renderer only when a check needs it. */
  exportCitations(): ReadonlyMap<string, string>;
  /** The drafter's clauses the export prints instead of a declaration's generated article, in a text its drafter numbers (asked of the renderer only when a check needs it). */
  replacingClauses(declaration: Declaration): readonly Clause[];
  /** The articles of the file this instrument implements, where it is read and numbers them (asked only when a check needs it). */
  implementedArticles(): ImplementedArticles | undefined;
  /** The articles this instrument numbers, as its export does (asked only when a check needs it): for `implemented by "…" article N`. */
  ownArticles(): Omit<ImplementedArticles, 'path'> | undefined;
  report(finding: Finding): void;
}

/** The rule families, in the order docs/rules.md presents them. */
export type RuleFamily =
  | 'syntax'
  | 'reference'
  | 'missing-clause'
  | 'conflict'
  | 'declaration'
  | 'definition'
  | 'value'
  | 'date'
  | 'library'
  | 'suppression';

export interface Rule {
  /** Stable kebab-case code, e.g. `mou-binding-wording`. Never renamed once released. */
  readonly code: string;
  /** The drafting-rules.md catalogue id it implements (MC01…MC26, CF01…CF24), if any. */
  readonly catalogueId?: string;
  readonly family: RuleFamily;
  readonly defaultSeverity: Severity;
  /** One line that tells the drafter what to do. */
  readonly message: string;
  /** Why the rule exists, for hover and the rule documentation. */
  readonly rationale: string;
  /** The authority: convention article, statute, guidance. */
  readonly source: string;
  readonly sourceStatus: SourceStatus;
  /**
   * A document that triggers the rule, and the same document fixed (for docs/rules.md; a test
   * runs both). `files` holds the other files the example `use`s, by relative path.
   */
  readonly example: { readonly trigger: string; readonly fix: string; readonly files?: Readonly<Record<string, string>> };
  /**
   * True when a library clause can satisfy the rule by naming it (by code or catalogue id) in its
   * `satisfies` list, whatever the clause's topics: the approved text says the thing the rule
   * asks for. The analysis then skips the check.
   */
  readonly librarySatisfiable?: boolean;
  /**
   * What a reviewer of a signed text can do about a finding of this rule, said on a concluded text
   * after "The text is concluded (…):" — whether a fix was withheld there or none was offered — in
   * place of the general note (an amending instrument or the next draft). For rules whose point can
   * be settled without amending the text (who bears costs the text leaves open; thirty-fourth run,
   * point 5). Absent: the general note, only where a fix was withheld. A function where what can be
   * done turns on the instrument (a treaty is amended under treaty law, a memorandum is not).
   */
  readonly onConcludedText?: string | ((model: SemanticModel) => string);
  /**
   * Where some of its findings carry a `profileCeiling` below what a profile would make of them:
   * the most any profile makes of them, and where, for the rules page's "Under profiles" row
   * (scripts/rules-doc.ts), so that a reader of `strict: error` learns where the rule stops short
   * (fifty-second run, point 4: possible-transfer-without-safeguards on a treaty GDPR Art. 96 keeps
   * in force). test/architecture/finding-ceilings.test.ts holds that every ceiling a finding of
   * the committed texts carries is declared here.
   */
  readonly findingCeilings?: readonly FindingCeiling[];
  /**
   * Set on a rule whose findings are each about one top-level declaration: what it finds in a
   * declaration depends only on that declaration's node, the declarations the names it looks up
   * resolve to (`model.resolve`, `party`, `isSignatory`, `signatories`… note what they are asked
   * for: util/read-recorder.ts) and `facts`. The runner then keeps each declaration's findings
   * across analyses and, after an edit, checks again only the declarations the edit replaced and
   * those whose names resolve differently (analysis/declaration-findings.ts). `check` is then
   * `perDeclaration.check` on every declaration (`defineDeclarationRule`).
   */
  readonly perDeclaration?: DeclarationCheck;
  /**
   * Set on a rule that reads the whole model, to name what decides whether it finds anything
   * (with the headers, imported documents and library every such rule depends on): each compared
   * by identity with those of the last analysis of the document, and when all are the same and that
   * analysis found nothing, `check` is not run (analysis/reused-findings.ts). They must name every
   * node the check and its helpers read on the way to finding nothing, as nodes
   * (`declarationsBesides`) or as values read from them (a topic covered by some clause).
   */
  readonly inputs?: (model: SemanticModel) => readonly unknown[];
  check(context: CheckContext): void;
}

/** A rule's check of one declaration (see `Rule.perDeclaration`). */
export interface DeclarationCheck {
  /**
   * Everything besides the declaration, the declarations its looked-up names resolve to and the
   * instrument headers that its findings depend on, as a string compared with the last
   * analysis's (the declared status, the wording: whatever the check reads of the whole model).
   * Absent: nothing else. Findings may hold ranges only inside the declaration or of the
   * declarations its names resolve to.
   */
  facts?(model: SemanticModel): string;
  /** Reports the findings about `declaration` (every top-level declaration is asked in turn). */
  check(context: CheckContext, declaration: Declaration): void;
}

/** A rule whose findings are each about one declaration: `check` runs `perDeclaration.check` on every declaration. */
export function defineDeclarationRule(rule: Omit<Rule, 'check' | 'perDeclaration'> & { readonly perDeclaration: DeclarationCheck }): Rule {
  const { perDeclaration } = rule;
  return oneShape({
    ...rule,
    check(context) {
      for (const declaration of context.model.ast.declarations) perDeclaration.check(context, declaration);
    },
  });
}

/** The most a profile makes of some findings of a rule, and where ("where the text …"). */
export interface FindingCeiling {
  readonly severity: Severity;
  readonly where: string;
}

export function defineRule(rule: Rule): Rule {
  return oneShape(rule);
}

/**
 * The rule with every property of `Rule` in one order (an optional one it lacks is undefined), so
 * that every rule object has the same hidden class: the analysis reads each rule's code, severity,
 * `perDeclaration`, `inputs`… at the same places, and over rules of some twenty shapes those reads
 * went through V8's megamorphic cache, which every full garbage collection empties (a keystroke
 * after one paid a lookup per rule and property). Rules are never mutated, and none reads `this`.
 */
function oneShape(rule: Rule): Rule {
  return {
    code: rule.code,
    catalogueId: rule.catalogueId,
    family: rule.family,
    defaultSeverity: rule.defaultSeverity,
    message: rule.message,
    rationale: rule.rationale,
    source: rule.source,
    sourceStatus: rule.sourceStatus,
    example: rule.example,
    librarySatisfiable: rule.librarySatisfiable,
    onConcludedText: rule.onConcludedText,
    findingCeilings: rule.findingCeilings,
    perDeclaration: rule.perDeclaration,
    inputs: rule.inputs,
    check: rule.check,
  };
}
