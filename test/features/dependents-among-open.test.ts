/**
 * The server re-checks the open documents that read a changed one; looking for them must not
 * parse every workspace file (issue 11: in a 201-file workspace the first diagnostics waited for
 * every file to be parsed). `dependents(uri, among)` looks only at the documents given.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language/service';

describe('dependents among the open documents', () => {
  const registry = 'file:///w/registry.entente';
  const user = 'file:///w/user.entente';

  function workspace() {
    const service = createEntenteService();
    service.open(registry, 'participant EE "Estonia"\n');
    service.open(user, 'use "registry.entente"\nparticipant FI "Finland"\n');
    for (let i = 0; i < 200; i++) service.indexWorkspaceFile(`file:///w/file-${i}.entente`, i % 2 ? 'use "registry.entente"\n' : 'participant LV "Latvia"\n');
    const parsed: string[] = [];
    const original = service.documents.parsed.bind(service.documents);
    service.documents.parsed = (uri: string) => (parsed.push(uri), original(uri));
    return { service, parsed };
  }

  it('parses only the documents it is given', () => {
    const { service, parsed } = workspace();
    assert.deepEqual(service.dependents(registry, [registry, user]), [user]);
    assert.deepEqual(parsed, [user]);
  });

  it('still finds every known dependent when asked without a list (the command line, references)', () => {
    const { service, parsed } = workspace();
    assert.equal(service.dependents(registry).length, 1 + 100);
    assert.equal(parsed.length, 201, 'every other document was parsed: the cost the server avoids');
  });
});
