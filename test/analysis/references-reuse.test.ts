/**
 * References kept per declaration (model/linker.ts) must be exactly those a fresh service links
 * after any edit: random edits (seeded) of every sample and real instrument, applied one after
 * another in one service as the editor sends them, each version's references compared with a new
 * service's for the same text — what each resolves to included. Edits within a line keep the
 * other declarations' objects, and so their kept references; the targeted cases below change
 * what a kept reference resolves to without touching the declaration that holds it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createEntenteService, type EntenteService } from '../../server/src/language/service';
import type { Reference } from '../../server/src/language/model/symbols';
import { assertEqualToFreshAfterRandomEdits } from '../helpers/random-edits';
import { ententeFiles } from '../features/sessions/session-helpers';

const root = new URL('../../', import.meta.url).pathname;
const files = [...ententeFiles(join(root, 'samples')), ...ententeFiles(join(root, 'test/real-instruments'))];
const uri = 'file:///w/doc.entente';

/** A reference as plain data, its target by where it is declared (target objects differ between services). */
const plain = (refs: readonly Reference[]) =>
  refs.map((r) => ({ kind: r.kind, name: r.name, range: r.range, target: r.target && { kind: r.target.kind, name: r.target.name, uri: r.target.uri, at: r.target.nameRange } }));

const referencesOf = (service: EntenteService) => plain(service.model(uri)!.references);

function fresh(text: string, used: Record<string, string> = {}) {
  const service = createEntenteService({ readFile: (u) => used[u] });
  service.open(uri, text, 1);
  return referencesOf(service);
}

describe('references kept per declaration', () => {
  it(`equal a fresh service's after random edits of every sample and real instrument (${files.length} files)`, function () {
    this.timeout(300000);
    assert.ok(files.length > 40, 'the samples and real instruments were found');
    const texts = files.map((path) => ({ name: relative(root, path), text: readFileSync(path, 'utf8') }));
    const withinLine = assertEqualToFreshAfterRandomEdits(
      texts,
      () => createEntenteService({ readFile: () => undefined }),
      uri,
      (service) => referencesOf(service),
      (text) => fresh(text),
      { seed: Number(process.env.REFERENCES_SEED ?? 11), numRuns: Number(process.env.REFERENCES_RUNS ?? 5) },
    );
    assert.ok(withinLine > 100, `${withinLine} edits within a line`);
  });

  const base = [
    'participant EE "Estonia"',
    'participant FI "Finland"',
    'define "Incident" means "an event"',
    'channel Intel between EE, FI',
    'clause Notice """Each Incident will be reported over Intel."""',
    '',
  ].join('\n');

  // Each edit is within one line of a declaration other than the channel and the clause, whose
  // kept references must nevertheless follow it.
  const cases: [string, (t: string) => string][] = [
    ['a party renamed: the channel member no longer resolves', (t) => t.replace('participant FI', 'participant FX')],
    ['the defined term renamed: the clause no longer uses it', (t) => t.replace('define "Incident"', 'define "Incidents"')],
    ['a second term that the clause uses', (t) => t.replace('"an event"', '"an event" define "Notice" means "x"').replace('define "Notice"', '\ndefine "Notice"')],
  ];
  for (const [what, edit] of cases) {
    it(`follows ${what}`, () => {
      const service = createEntenteService({ readFile: () => undefined });
      service.open(uri, base, 1);
      const before = referencesOf(service);
      const text = edit(base);
      service.update(uri, text, 2);
      const after = referencesOf(service);
      assert.deepStrictEqual(after, fresh(text));
      assert.notDeepStrictEqual(after, before, 'the edit changed what the references resolve to');
    });
  }

  // `§Name` in a clause: a reference only while the name resolves (model/linker.ts). Each edit is
  // within one line of another declaration; the citing clause is kept and must follow it.
  const cited = [
    'participant EE "Estonia"',
    'participant FI "Finland"',
    'channel Intel between EE, FI',
    'channel Other between EE, FI',
    'clause Notice """Information is handled as §Intel and §Desk say."""',
    '',
  ].join('\n');
  const citedCases: [string, (t: string) => string][] = [
    ['the cited channel renamed: §Intel no longer resolves', (t) => t.replace('channel Intel', 'channel Intelligence')],
    ['a channel declared under a cited name: §Desk now resolves', (t) => t.replace('channel Other', 'channel Desk')],
  ];
  for (const [what, edit] of citedCases) {
    it(`follows ${what}`, () => {
      const service = createEntenteService({ readFile: () => undefined });
      service.open(uri, cited, 1);
      const citations = (refs: ReturnType<typeof referencesOf>) => refs.filter((r) => r.range.start.line === 4 && r.kind === 'channel');
      const before = referencesOf(service);
      const text = edit(cited);
      service.update(uri, text, 2);
      const after = referencesOf(service);
      assert.deepStrictEqual(after, fresh(text));
      assert.notDeepStrictEqual(citations(after), citations(before), 'the edit changed what the § citations resolve to');
    });
  }

  it('follows a term defined in a used file when it changes there', () => {
    const registry = 'file:///w/terms.entente';
    let terms = 'define "Incident" means "an event"\n';
    const service = createEntenteService({ readFile: (u) => (u === registry ? terms : undefined) });
    const text = 'use "terms.entente"\nclause Notice """Each Incident and each Breach will be reported."""\n';
    service.open(uri, text, 1);
    const before = referencesOf(service);
    terms = 'define "Breach" means "a breach"\n';
    service.documents.set(registry, terms, 2, false);
    const after = referencesOf(service);
    assert.notDeepStrictEqual(after, before);
    assert.deepStrictEqual(after, fresh(text, { [registry]: terms }));
  });
});
