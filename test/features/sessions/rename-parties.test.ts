/**
 * Renaming each party of the partner registry: every sample that uses the registry follows,
 * nothing else changes, no reference is left behind and no new diagnostic appears.
 */
import assert from 'node:assert/strict';
import { isRefusal } from '../../../server/src/language/features/types';
import { applyEdits } from '../../helpers/edits';
import { diskService, ententeFiles, read, uriOf } from './session-helpers';

const registry = 'samples/registry/partners.entente';

describe('editing session: renaming the registry parties', function () {
  this.timeout(20000);
  const samples = ententeFiles('samples').filter((p) => p !== registry);
  const registryText = read(registry);
  const parties = [...registryText.matchAll(/^party (\S+)/gm)].map((m) => m[1]);

  it('the registry declares the parties the samples use', () => {
    assert.ok(parties.length >= 5, parties.join());
  });

  for (const party of ['EE', 'FI', 'LV', 'LT', 'PL']) {
    it(`renames ${party} in the registry and in every sample that uses it`, () => {
      assert.ok(parties.includes(party));
      const service = diskService();
      for (const path of samples) service.open(uriOf(path), read(path));
      service.open(uriOf(registry), registryText);
      const before = new Map(samples.map((p) => [p, service.diagnostics(uriOf(p)).map((d) => d.code).sort()]));
      const line = registryText.split('\n').findIndex((l) => l.startsWith(`party ${party} `));
      const position = { line, character: 'party '.length };
      const referencesBefore = service.references(uriOf(registry), position, true);
      const edit = service.rename(uriOf(registry), position, `${party}X`);
      assert.ok(!isRefusal(edit), JSON.stringify(edit));
      const changes = edit.changes ?? {};
      // Every reference found is renamed, and only those.
      assert.equal(Object.values(changes).flat().length, referencesBefore.length);
      for (const [uri, edits] of Object.entries(changes)) service.update(uri, applyEdits(service.text(uri)!, edits));
      const changed = Object.keys(changes).sort();
      const users = samples.filter((p) => new RegExp(`^(?:party|participant) ${party}\\s*$`, 'm').test(read(p)) || (read(p).includes('annex') && changed.includes(uriOf(p))));
      for (const path of users) assert.ok(changed.includes(uriOf(path)), `${path} was not renamed`);
      for (const path of samples) {
        const text = service.text(uriOf(path))!;
        const usesRegistry = text.includes('registry/partners.entente') || changed.includes(uriOf(path));
        if (!usesRegistry) {
          assert.equal(text, read(path), `${path} does not use the registry but changed`);
          continue;
        }
        // No code reference to the old id is left (prose and strings may mention it freely).
        const code = text.replace(/"""[\s\S]*?"""/g, '').replace(/"[^"\n]*"/g, '""').replace(/\/\/.*$/gm, '');
        assert.ok(!new RegExp(`(?<![\\w-])${party}(?![\\w-])`).test(code.replace(/jurisdiction \w+/g, '')), `${path} still names ${party}`);
        assert.deepEqual(service.diagnostics(uriOf(path)).map((d) => d.code).sort(), before.get(path), `${path} diagnostics changed`);
      }
      const after = service.references(uriOf(registry), position, true);
      assert.equal(after.length, referencesBefore.length, 'the renamed party has as many references as before');
    });
  }
});
