/**
 * The end-to-end scenarios as data, shared by the code-server suite (test/e2e, driven through
 * the UI) and the VS Code suite (test/vscode, driven through the vscode API), so that both check
 * the same things. Positions are found by searching the fixture text, never hard-coded, so that
 * editing a fixture cannot silently move a cursor onto another word.
 */

/** The suite's own fixture, with faults it controls. */
export const fixtureFile = 'e2e-fixture.entente';
/** A copy of the fixture that the quick-fix scenario edits (the other scenarios keep theirs). */
export const quickFixFile = 'e2e-quick-fix.entente';
/** The fix-all scenarios' fixture: mechanical and legal fixes side by side. */
export const fixAllFile = 'e2e-fix-all.entente';
/** The faulty demonstration sample from samples/. */
export const reviewSample = 'review-me.entente';

/** A place in a file: the start of the first occurrence of `needle`, moved on by `offset`. */
export interface Spot {
  readonly needle: string;
  readonly offset?: number;
}

export interface Position0 {
  /** 0-based line. */
  readonly line: number;
  /** 0-based UTF-16 character. */
  readonly character: number;
}

export function locate(text: string, spot: Spot): Position0 {
  const index = text.indexOf(spot.needle);
  if (index < 0) throw new Error(`scenario spot not found in fixture: ${JSON.stringify(spot.needle)}`);
  const before = text.slice(0, index + (spot.offset ?? 0));
  const lines = before.split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1]!.length };
}

export interface ExpectedDiagnostic {
  readonly code: string;
  /** A part of the message the drafter must see. */
  readonly message: string;
  /** The word the diagnostic must start on. */
  readonly at: Spot;
}

export const fixtureDiagnostics: readonly ExpectedDiagnostic[] = [
  { code: 'unknown-reference', message: "Unknown party 'SE'", at: { needle: 'SE {' } },
  { code: 'value-out-of-range', message: 'TLP 2.0 renamed it TLP:CLEAR', at: { needle: 'TLP:WHITE' } },
];

/** Codes the review-me sample demonstrates (its header lists them); a subset stable under edits. */
export const reviewSampleCodes: readonly string[] = ['unknown-reference', 'invalid-date', 'value-out-of-range'];

export interface CompletionScenario {
  readonly name: string;
  readonly at: Spot;
  /** Typed at the spot before asking, to narrow a long list (the UI shows only a window of it). */
  readonly typed: string;
  readonly labels: readonly string[];
}

/** An empty line between the header and the first participant: any declaration may start there. */
const emptyLine: Spot = { needle: '}\n\nparticipant EE', offset: 2 };

export const completionScenarios: readonly CompletionScenario[] = [
  { name: 'party ids in a channel member list', at: { needle: 'SE {' }, typed: '', labels: ['EE', 'FI'] },
  { name: 'declaration keywords on an empty line', at: emptyLine, typed: 'chan', labels: ['channel'] },
  { name: 'clauses from the built-in library', at: emptyLine, typed: 'termination', labels: ['clause termination/mou'] },
];

export const quickFixScenario = {
  file: quickFixFile,
  at: { needle: 'TLP:WHITE' } satisfies Spot,
  title: 'Change to TLP:CLEAR',
  before: 'marking TLP:WHITE',
  after: 'marking TLP:CLEAR',
} as const;

export interface HoverScenario {
  readonly name: string;
  readonly at: Spot;
  readonly text: string;
}

export const hoverScenarios: readonly HoverScenario[] = [
  { name: 'a keyword: its meaning', at: { needle: 'channel Intel', offset: 2 }, text: 'Declares an information-sharing channel' },
  { name: 'a party id: its record', at: { needle: 'between EE', offset: 9 }, text: 'Estonian Information System Authority' },
];

/**
 * A diagnostic's rule link opens that rule explained and rendered, beside the text; from the
 * Problems panel and from the hover alike. The page shows the rule's message, its source and
 * an example; its Content-Security-Policy allows no script.
 */
export const ruleLinkScenarios = [
  { from: 'problems', code: 'value-out-of-range', row: 'TLP:WHITE no longer exists', shows: ['What to do.', 'Use one of the values the language knows here.'] },
  { from: 'hover', code: 'unknown-reference', at: { needle: 'SE {' } satisfies Spot, shows: ['What to do.', 'Declare what this name refers to'] },
] as const;

/** "Show Rule Documentation…": pick a rule by typing part of its code. */
export const ruleDocumentationPick = { typed: 'missing-costs', code: 'missing-costs', shows: 'Say who bears the costs' } as const;

/**
 * The template wizard: progress, an answer, a skip, a refused answer, back, skip the rest. The
 * instrument it makes has no syntax error; the skipped date is reported by invalid-date.
 */
export const wizardScenario = {
  template: 'Bilateral memorandum of understanding',
  templateId: 'bilateral-mou',
  questions: 19,
  title: 'Memorandum of Understanding on Cyber Security',
  refusedDate: '1 March 2027',
  refusedBecause: 'YYYY-MM-DD',
  /** What the checks report on the instrument made with every question but the title skipped. */
  reported: 'invalid-date',
} as const;

/**
 * One "Fix all" in the Source Action menu, where there used to be one per rule. It applies only
 * mechanical fixes (a misspelt or renamed label, a jurisdiction code): the fixture's arbitration
 * and Art. 102 registration, legal changes, stay for the drafter.
 */
export const fixAllScenario = {
  file: fixAllFile,
  title: 'Fix all Entente problems that have a mechanical fix',
  /** A rule with several mechanical fixes in the file: its own "fix all" sits beside its quick fix. */
  rule: { code: 'value-out-of-range', at: { needle: 'TLP:WHITE' } satisfies Spot, title: 'Fix all value-out-of-range in this file' },
  /** What "Fix all" changes, and what it leaves. */
  fixed: ['marking TLP:CLEAR', 'marking TLP:AMBER', 'jurisdiction GB'],
  kept: ['disputes by arbitration', 'registration article-102'],
} as const;

/** Keyword colours that do not read as errors: statement and declaration keywords versus an invalid value. */
export const colourScenario = {
  file: fixtureFile,
  line: 'marking TLP:WHITE',
  keywords: [{ line: 'marking TLP:WHITE', word: 'marking' }, { line: 'channel Intel', word: 'channel' }, { line: 'jurisdiction EE', word: 'jurisdiction' }],
  invalid: { line: 'marking TLP:WHITE', word: 'TLP:WHITE' },
} as const;
