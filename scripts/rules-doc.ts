/**
 * docs/rules.md, generated from the rule table: one section per rule (anchored on its code, so
 * `docs/rules.md#<code>` links from diagnostics land on it), an index, the profiles and how to
 * suppress a finding. Pure: `write-rules-doc.ts` writes it, a test compares it with the file.
 */
import { concludedTextCapNote } from '../server/src/language/analysis/concluded-text-severity';
import { excerptCapOf } from '../server/src/language/analysis/excerpt-severity';
import { profiles } from '../server/src/language/config/profiles';
import { allRules } from '../server/src/language/rules/registry';
import { retiredRules } from '../server/src/language/rules/retired';
import type { Rule, SourceStatus } from '../server/src/language/rules/rule';

const sourceStatusText: Record<SourceStatus, string> = {
  verified: 'Verified against the primary text (the source says where it was read).',
  unconfirmed: '**Unconfirmed**: taken from secondary material; check the primary text before citing it as authority.',
  'own-consistency-check': 'Entente’s own consistency check: it rests on no outside authority.',
};

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function fence(code: string): string {
  // A longer fence if the example itself contains one (it never should, but the doc must not break).
  const ticks = code.includes('```') ? '````' : '```';
  return `${ticks}entente\n${code.endsWith('\n') ? code : code + '\n'}${ticks}`;
}

/** How each profile other than `default` changes the rule, e.g. `strict: error`. */
function profileChanges(rule: Rule): string {
  const changes = Object.entries(profiles)
    .map(([name, profile]) => ({ name, severity: profile.severity(rule) }))
    .filter(({ severity }) => severity !== undefined && severity !== rule.defaultSeverity)
    .map(({ name, severity }) => `${name}: ${severity}`);
  // A concluded text stops some findings at warning whatever the profile (analysis/concluded-text-severity.ts).
  // A rule whose findings are notes on every concluded text says so once, not also "at most warning" (lr22, D12).
  const notesWhenConcluded = (rule.findingCeilings ?? []).some((c) => c.severity === 'info' && /^on a concluded text(?: \(|$)/u.test(c.where));
  const concluded = notesWhenConcluded ? undefined : concludedTextCapNote(rule);
  // On an excerpt (`omitted "…"`) a finding that rests on the whole text is info where an omitted part is declared about its topic (analysis/excerpt-severity.ts).
  const excerpt = excerptCapOf(rule);
  // Some findings of a rule stop lower under every profile (their `profileCeiling`, declared on the rule).
  // A ceiling of error lifts the concluded-text cap for those findings (analysis/analyze.ts: the finding's ceiling wins).
  const ceilings = (rule.findingCeilings ?? []).map((c) => (c.severity === 'error' ? `but a profile may make it an error on a concluded text too ${c.where}` : `at most ${c.severity === 'info' ? 'info (a note)' : c.severity} under any profile ${c.where}`));
  const all = [...changes, ...(concluded ? [concluded] : []), ...ceilings, ...(excerpt ? [excerpt] : [])];
  return all.length > 0 ? all.join('; ') : 'unchanged';
}

function ruleSection(rule: Rule): string {
  const rows = [
    ['Code', `\`${rule.code}\``],
    ['Catalogue id', rule.catalogueId ?? '—'],
    ['Family', rule.family],
    ['Default severity', rule.defaultSeverity],
    ['Under profiles', profileChanges(rule)],
    ['Source', cell(rule.source)],
    ['Source status', sourceStatusText[rule.sourceStatus]],
  ];
  return [
    `<a id="${rule.code}"></a>`,
    '',
    `### ${rule.code}${rule.catalogueId ? ` (${rule.catalogueId})` : ''}`,
    '',
    `> ${cell(rule.message)}`,
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    '',
    `**Why.** ${rule.rationale}`,
    '',
    ...Object.entries(rule.example.files ?? {}).flatMap(([path, text]) => [`**With the file \`${path}\`:**`, '', fence(text), '']),
    '**Triggers it:**',
    '',
    fence(rule.example.trigger),
    '',
    '**Fixed:**',
    '',
    fence(rule.example.fix),
    '',
  ].join('\n');
}

/** Withdrawn rules: anchored on their old codes so links from old diagnostics still land. */
function retiredSection(): string[] {
  if (retiredRules.length === 0) return [];
  return [
    '<a id="retired-rules"></a>',
    '',
    '## Retired rules',
    '',
    'Released rules that were withdrawn. Their codes are never reused; a suppression or setting that names one is told it was retired.',
    '',
    '| Code | Catalogue | Why it was retired | Replaced by |',
    '|---|---|---|---|',
    ...retiredRules.map(
      (r) => `| <a id="${r.code}"></a>\`${r.code}\` | ${r.catalogueId ?? ''} | ${cell(r.reason)} | ${r.replacedBy.map((c) => `[${c}](#${c})`).join(', ') || '—'} |`,
    ),
    '',
  ];
}

/**
 * What `strict` does not raise, rule by rule, read from the same tables the analysis applies
 * (analysis/excerpt-severity.ts, analysis/concluded-text-severity.ts, each rule's
 * `findingCeilings`): its description says "every info a warning", and an `unused-term` on an
 * excerpt stays info under it, rightly (seventy-second run, defect 4).
 */
function strictExceptions(rules: readonly Rule[]): string[] {
  const link = (r: Rule) => `[${r.code}](#${r.code})`;
  const excerptTopics = rules.filter((r) => r.code !== 'unused-term' && excerptCapOf(r) !== undefined);
  const unused = rules.find((r) => r.code === 'unused-term');
  const notes = rules.filter((r) => concludedTextCapNote(r)?.includes('info'));
  const capped = rules.filter((r) => r.family !== 'missing-clause' && concludedTextCapNote(r)?.includes('at most warning'));
  const ceilings = rules.flatMap((r) => (r.findingCeilings ?? []).filter((c) => c.severity !== 'error').map((c) => `  - ${link(r)}: at most ${c.severity === 'info' ? 'info' : c.severity} ${cell(c.where)}.`));
  return [
    '### What `strict` leaves lower',
    '',
    'Under `strict` a finding is raised one level unless one of these ceilings holds; each holds under every profile, and a per-rule setting in `rules` still decides. Generated from the tables the analysis applies.',
    '',
    '- On an excerpt (a transcription with `omitted` parts): every ' + (unused ? `${link(unused)} finding stays info, saying the term is not used in the transcribed articles (an omitted part may use it)` : '') + `; and a finding of ${excerptTopics.map(link).join(', ')} stays info where an omitted part is declared \`about\` its topic, naming that part (the omitted part may hold the clause whose absence is the finding).`,
    `- On a concluded text: ${notes.map(link).join(' and ')} stay notes (info): they are drafting notes on words that stand as signed. Every missing-clause finding${capped.length > 0 ? `, and ${capped.map(link).join(', ')},` : ''} stays at most a warning: a signed text takes no clause or word by an edit.`,
    '- Findings of these rules in the cases stated (the rule\'s own ceiling):',
    ...ceilings,
    '- `CF08` (a depositary named in a bilateral treaty) stays a warning: the designation is rare, not unlawful (VCLT Art. 76(1)).',
    '',
  ];
}

export function rulesDocument(rules: readonly Rule[] = allRules): string {
  const families = [...new Set(rules.map((r) => r.family))];
  const index = [
    '| Code | Catalogue | Family | Severity | What to do |',
    '|---|---|---|---|---|',
    ...rules.map((r) => `| [${r.code}](#${r.code}) | ${r.catalogueId ?? ''} | ${r.family} | ${r.defaultSeverity} | ${cell(r.message)} |`),
  ];
  const profileTable = ['| Profile | What it does |', '|---|---|', ...Object.entries(profiles).map(([name, p]) => `| \`${name}\` | ${cell(p.description)} |`)];
  const sections = families.flatMap((family) => [`## ${family[0].toUpperCase()}${family.slice(1)} rules`, '', ...rules.filter((r) => r.family === family).map(ruleSection)]);
  return [
    '# Entente rules',
    '',
    '<!-- Generated from the rule table (server/src/language/rules/registry.ts) by `npm run docs`. Do not edit by hand. -->',
    '',
    `Every check Entente runs, ${rules.length} in all. Each has a stable code (it never changes once released), a default severity, the message the drafter sees, why it exists, the authority it rests on, and an example that triggers it with the same example fixed. Catalogue ids (MC = missing clause, CF = conflict) refer to the drafting-rules catalogue.`,
    '',
    '## Index',
    '',
    ...index,
    '',
    '## Changing severities',
    '',
    'In VS Code set `entente.profile` and `entente.rules`; on the command line use the same keys in `.entente.json` (found in the working folder, or named with `--config`; one in a folder above is named in a note, not read), or `--profile`:',
    '',
    '```json',
    '{ "profile": "mou-review", "rules": { "unused-term": "off", "MC22": "info" }, "libraryFolders": ["clauses"] }',
    '```',
    '',
    'A key of `rules` is a rule code or a catalogue id; a value is `error`, `warning`, `info`, `hint` or `off`. A rule code wins over a catalogue id, and both win over the profile.',
    '',
    ...profileTable,
    '',
    ...strictExceptions(rules),
    '## Suppressing a finding',
    '',
    'Name the rule by its code or its catalogue id (which covers every rule implementing it), and write the reason after ` -- `: a suppression without one suppresses nothing. A suppression that hides nothing is reported, and `syntax-error` cannot be suppressed.',
    '',
    '```entente',
    '// entente-disable-next-line unknown-reference -- Sweden accedes by the 2028 protocol',
    'channel Intel between EE, SE',
    '',
    '// entente-disable unused-term, undefined-term -- definitions are being redrafted',
    '…',
    '// entente-enable unused-term, undefined-term',
    '```',
    '',
    ...sections,
    ...retiredSection(),
  ].join('\n');
}
