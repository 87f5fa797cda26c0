/**
 * The clause-library format: one clause as data, checked field by field. Built-in and team
 * clauses go through the same check, so the built-in library is held to the format it asks of
 * teams. Problems are reported against a JSON path; the file loader turns paths into lines.
 */
import { instrumentKinds, type InstrumentKind } from '../ast/vocabulary';
import { subjectNames, type ClauseSubject } from '../ast/subjects';
import { topicNames, type ClauseTopic } from '../ast/topics';
import { wordingValues } from './document-values';
import type { LibraryClause, SupersededText } from './library-types';
import { placeholderPattern, renderPlaceholders } from './render-clause';
import { foreignWords } from './wording-words';
import { matchesOf } from '../util/all-matches';

export type JsonPath = readonly (string | number)[];

/** `severe` problems drop the clause; the others are reported and the clause still loads. */
export type ReportProblem = (path: JsonPath, message: string, severe: boolean) => void;

const clauseIdPattern = /^[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)*$/;
const satisfiesPattern = /^(?:MC\d\d|CF\d\d|[a-z][a-z0-9]*(?:-[a-z0-9]+)*)$/;
const knownFields = new Set(['id', 'title', 'heading', 'wording', 'kinds', 'topics', 'satisfies', 'text', 'placeholders', 'rationale', 'source', 'status', 'version', 'scope', 'superseded', 'subject']);
const statuses = ['approved', 'draft', 'deprecated'] as const;

/** Names that `renderClause` fills from the document, so a clause need not declare them. */
const documentNames = new Set([
  ...Object.keys(wordingValues('mou')),
  'title', 'place', 'date', 'languages', 'prevailing', 'inLanguages', 'prevailingSentence', 'term', 'notice', 'partyNames', 'union', 'unionLaw',
]);
const partyName = /^party\d+(?:\.(?:id|name|jurisdiction))?$/;

export function isDocumentPlaceholder(name: string): boolean {
  return documentNames.has(name) || partyName.test(name);
}

/** Check one raw clause; undefined when it cannot be used (the reasons went to `report`). */
export function validateClause(raw: unknown, origin: string, report: ReportProblem): LibraryClause | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    report([], 'a clause must be an object { "id": …, "title": …, "text": … }', true);
    return undefined;
  }
  const record = raw as Record<string, unknown>;
  let usable = true;
  const fail = (path: JsonPath, message: string) => {
    report(path, message, true);
    usable = false;
  };
  for (const key of Object.keys(record)) {
    if (!knownFields.has(key) && !key.startsWith('$')) report([key], `unknown field "${key}" (ignored); the fields are ${[...knownFields].join(', ')}`, false);
  }
  const string = (key: string, pattern?: RegExp, hint?: string): string => {
    const value = record[key];
    if (typeof value !== 'string' || value.trim() === '') fail([key], `"${key}" must be a non-empty string`);
    else if (pattern && !pattern.test(value)) fail([key], `"${key}" ${hint}`);
    return typeof value === 'string' ? value : '';
  };
  const id = string('id', clauseIdPattern, 'must be lower-case words separated by "-" and "/", e.g. "costs/mou"');
  const title = string('title');
  // Optional: a title fit to print needs no separate heading.
  const heading = record.heading === undefined ? title : string('heading');
  const wording = record.wording;
  if (wording !== 'mou' && wording !== 'treaty') fail(['wording'], '"wording" must be "mou" or "treaty"');
  const kinds = list<InstrumentKind>(record, 'kinds', (v) => (instrumentKinds.values as readonly unknown[]).includes(v), `an instrument kind (${instrumentKinds.values.join(', ')})`, fail);
  if (kinds.length === 0 && Array.isArray(record.kinds)) fail(['kinds'], '"kinds" must name at least one instrument kind');
  const topics = list<ClauseTopic>(record, 'topics', (v) => (topicNames as readonly unknown[]).includes(v), 'a clause topic', fail);
  const satisfies = record.satisfies === undefined ? [] : list<string>(record, 'satisfies', (v) => typeof v === 'string' && satisfiesPattern.test(v), 'a catalogue id (MC22) or a rule code (missing-costs)', fail);
  const text = clauseText(record.text, fail);
  const placeholders = placeholderList(record.placeholders, fail);
  const rationale = string('rationale');
  const source = string('source');
  const status = record.status;
  if (!statuses.includes(status as (typeof statuses)[number])) fail(['status'], `"status" must be one of ${statuses.join(', ')}`);
  const version = string('version');
  const superseded = supersededList(record.superseded, report);
  const scope = record.scope;
  if (scope !== undefined && scope !== 'bilateral' && scope !== 'multilateral') fail(['scope'], '"scope" must be "bilateral" or "multilateral" (or left out)');
  const subject = record.subject;
  if (subject !== undefined && !(subjectNames as readonly unknown[]).includes(subject)) fail(['subject'], `"subject" must be one of ${subjectNames.join(', ')} (or left out, for a clause that fits any instrument)`);
  if (!usable) return undefined;
  checkText(text, wording as 'mou' | 'treaty', placeholders, report);
  return {
    id, title, heading, wording: wording as 'mou' | 'treaty', kinds, topics, satisfies, text, placeholders, rationale, source,
    status: status as LibraryClause['status'], version, origin,
    ...(scope ? { scope: scope as 'bilateral' | 'multilateral' } : {}),
    ...(superseded.length > 0 ? { superseded } : {}),
    ...(subject ? { subject: subject as ClauseSubject } : {}),
  };
}

function list<T>(record: Record<string, unknown>, key: string, ok: (v: unknown) => boolean, what: string, fail: (p: JsonPath, m: string) => void): T[] {
  const value = record[key];
  if (!Array.isArray(value)) {
    fail([key], `"${key}" must be a list`);
    return [];
  }
  value.forEach((item, index) => {
    if (!ok(item)) fail([key, index], `${JSON.stringify(item)} is not ${what}`);
  });
  return value.filter(ok) as T[];
}

/** The text is a string, or a list of lines (easier to read and review in a JSON file). */
function clauseText(value: unknown, fail: (p: JsonPath, m: string) => void): string {
  const text = typeof value === 'string' ? value : Array.isArray(value) && value.every((l) => typeof l === 'string') ? value.join('\n') : undefined;
  if (text === undefined || text.trim() === '') {
    fail(['text'], '"text" must be a non-empty string or a list of lines');
    return '';
  }
  // The text is inserted between """ and """; three quotes inside would end it early.
  if (text.includes('"""')) fail(['text'], '"text" must not contain """ (it would end the clause body)');
  return text;
}

function placeholderList(value: unknown, fail: (p: JsonPath, m: string) => void): LibraryClause['placeholders'] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    fail(['placeholders'], '"placeholders" must be a list of { "name", "description", "default" }');
    return [];
  }
  const result: { name: string; description: string; default?: string }[] = [];
  value.forEach((item, index) => {
    const p = item as Record<string, unknown>;
    if (typeof item !== 'object' || item === null || typeof p.name !== 'string' || typeof p.description !== 'string' || (p.default !== undefined && typeof p.default !== 'string')) {
      fail(['placeholders', index], 'a placeholder needs a string "name" and "description", and an optional string "default"');
      return;
    }
    result.push({ name: p.name, description: p.description, ...(p.default !== undefined ? { default: p.default as string } : {}) });
  });
  return result;
}

/**
 * Earlier approved texts: `[{ "version": "1.1.0", "text": […], "reason": "…" }]`. A broken entry
 * is reported and left out; it never costs the clause itself.
 */
function supersededList(value: unknown, report: ReportProblem): SupersededText[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    report(['superseded'], '"superseded" must be a list of { "version", "text", "reason" } (ignored)', false);
    return [];
  }
  const result: SupersededText[] = [];
  value.forEach((item, index) => {
    const entry = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const text = typeof entry.text === 'string' ? entry.text : Array.isArray(entry.text) && entry.text.every((l) => typeof l === 'string') ? entry.text.join('\n') : undefined;
    if (typeof entry.version !== 'string' || entry.version === '' || !text || typeof entry.reason !== 'string' || entry.reason === '') {
      report(['superseded', index], 'an earlier text needs a "version", its "text" (a string or a list of lines) and the "reason" it was replaced (ignored)', false);
      return;
    }
    result.push({ version: entry.version, text, reason: entry.reason });
  });
  return result;
}

/** Advisory checks on a usable clause: undeclared or unused placeholders, wording of the other kind. */
function checkText(text: string, wording: 'mou' | 'treaty', placeholders: LibraryClause['placeholders'], report: ReportProblem): void {
  const declared = new Set(placeholders.map((p) => p.name));
  const used = new Set(matchesOf(text, placeholderPattern).map((m) => m[1]));
  for (const name of used) {
    if (!declared.has(name) && !isDocumentPlaceholder(name)) report(['text'], `placeholder {{${name}}} is not declared in "placeholders"`, false);
  }
  placeholders.forEach((p, index) => {
    if (!used.has(p.name)) report(['placeholders', index], `placeholder "${p.name}" is declared but the text never uses {{${p.name}}}`, false);
  });
  // Judge the words the drafter will see: wording placeholders filled, others at their defaults.
  const defaults = new Map(placeholders.map((p) => [p.name, p.default ?? '']));
  const shown = renderPlaceholders(text, wordingValues(wording), defaults, { snippet: false });
  const foreign = foreignWords(shown, wording);
  if (foreign.length > 0) {
    const kind = wording === 'mou' ? 'treaty' : 'MoU';
    report(['text'], `a ${wording === 'mou' ? 'MoU' : 'treaty'}-wording clause uses ${kind} wording: ${foreign.map((w) => `"${w}"`).join(', ')}`, false);
  }
}
