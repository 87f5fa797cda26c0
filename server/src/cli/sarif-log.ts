/**
 * `entente check --format sarif`: the findings as a SARIF 2.1.0 log, as GitHub code scanning
 * accepts it (tool.driver name, version and semanticVersion; every rule with its help; a
 * `ruleId`, `ruleIndex`, level, message and physical location per result; a partial fingerprint
 * so a finding keeps its identity when lines above it move).
 *
 * Positions: the core's are 0-based lines and UTF-16 code units (LSP-shaped); SARIF's are
 * 1-based, and `columnKind: utf16CodeUnits` says how columns are counted. End columns are
 * exclusive in both, so every number is the core's plus one. Paths under the working folder
 * are relative URIs against `%SRCROOT%` (the working folder, given in `originalUriBaseIds`),
 * which is what GitHub resolves against the repository root when the check runs there.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ArtifactChange, ArtifactLocation, Fix, Location, Log, Region, Result } from 'sarif';
import { version } from '../../../package.json';
import { snippetToPlain, type EntenteDiagnostic, type Range } from '../language';
import type { CheckedFile } from './check-command';
import { allRuleDescriptors, repositoryUrl, sarifLevel, toolDescriptor } from './sarif-rules';

export const sarifSchemaUri = 'https://json.schemastore.org/sarif-2.1.0.json';
export const srcRoot = '%SRCROOT%';
/** The key of Entente's own partial fingerprint; bump the version if its recipe ever changes. */
export const fingerprintKey = 'ententeFinding/v1';

export function sarifLog(checked: readonly CheckedFile[], cwd: string, warnings: readonly string[]): Log {
  const rules = allRuleDescriptors();
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const indexOf = (d: EntenteDiagnostic): number => {
    const known = ruleIndex.get(d.code);
    if (known !== undefined) return known;
    const added = rules.push(toolDescriptor(d.code, d.message)) - 1;
    ruleIndex.set(d.code, added);
    return added;
  };
  const location = (uri: string) => artifactLocation(uri, cwd);
  const fingerprints = new Fingerprints();

  const results: Result[] = [];
  for (const { file, text, diagnostics } of checked) {
    const lines = text.split(/\r\n|\r|\n/);
    for (const d of diagnostics) {
      const artifact = location(d.uri || pathToFileURL(file).href);
      const result: Result = {
        ruleId: d.code,
        ruleIndex: indexOf(d),
        level: sarifLevel(d.severity),
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: artifact, region: region(d.range) } }],
        partialFingerprints: { [fingerprintKey]: fingerprints.next(d, artifact, lines[d.range.start.line] ?? '') },
        properties: { severity: d.severity, ...(d.catalogueId ? { catalogueId: d.catalogueId } : {}) },
      };
      if (d.related.length > 0) result.relatedLocations = d.related.map((r, id): Location => ({ id, physicalLocation: { artifactLocation: location(r.uri), region: region(r.range) }, message: { text: r.message } }));
      if (d.fixes.length > 0) result.fixes = d.fixes.map((fix) => sarifFix(fix, d.uri, location));
      results.push(result);
    }
  }

  return {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Entente', version, semanticVersion: version, informationUri: repositoryUrl, rules } },
        originalUriBaseIds: { [srcRoot]: { uri: folderUri(cwd) } },
        columnKind: 'utf16CodeUnits',
        invocations: [{
          executionSuccessful: true,
          ...(warnings.length > 0 ? { toolConfigurationNotifications: warnings.map((text) => ({ level: 'warning' as const, message: { text } })) } : {}),
        }],
        results,
      },
    ],
  };
}

export function region(range: Range): Region {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** A relative URI against %SRCROOT% for files under the working folder, an absolute one otherwise. */
export function artifactLocation(uri: string, cwd: string): ArtifactLocation {
  if (!uri.startsWith('file:')) return { uri };
  const path = fileURLToPath(uri);
  const rel = relative(cwd, path);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return { uri: pathToFileURL(path).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: srcRoot };
}

function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * A quick fix as SARIF `artifactChanges`, one per file it edits; snippet tab stops become their
 * default text. `properties.effect` carries the fix's effect (`mechanical`, `legal`, `factual`),
 * so that a consumer of the log can apply only what fix all applies (mechanical fixes) and show
 * the others for a drafter to decide one by one.
 */
function sarifFix(fix: EntenteDiagnostic['fixes'][number], uri: string, location: (uri: string) => ArtifactLocation): Fix {
  const byFile = new Map<string, ArtifactChange>();
  for (const edit of fix.edits) {
    const target = edit.uri ?? uri;
    let change = byFile.get(target);
    if (!change) byFile.set(target, (change = { artifactLocation: location(target), replacements: [] }));
    change.replacements.push({ deletedRegion: region(edit.range), insertedContent: { text: fix.snippet ? snippetToPlain(edit.newText) : edit.newText } });
  }
  return { description: { text: fix.title }, artifactChanges: [...byFile.values()], properties: { effect: fix.effect } };
}

/**
 * A finding's identity across commits: its rule, file, message and the text of its line (not
 * the line number, which moves when text is added above), plus a counter for identical findings.
 */
class Fingerprints {
  private readonly seen = new Map<string, number>();

  next(d: EntenteDiagnostic, artifact: ArtifactLocation, lineText: string): string {
    const hash = createHash('sha256').update([d.code, artifact.uri, d.message, lineText.trim()].join('\u0000')).digest('hex').slice(0, 32);
    const occurrence = (this.seen.get(hash) ?? 0) + 1;
    this.seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  }
}
