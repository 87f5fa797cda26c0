/**
 * A long instrument makes long lists: more term uses, references or findings than a JavaScript
 * call takes arguments (about 120,000), so no list of the core may be spread into a call
 * (`push(...list)` threw "Maximum call stack size exceeded", and the model of such a document
 * was never built: no diagnostics, no hover, no outline).
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';

describe('hostile documents: lists longer than a call takes arguments', function () {
  this.timeout(120_000);

  it('a clause that uses a defined term 150,000 times is linked and analysed', () => {
    const uses = 150_000;
    const line = 'Incident '.repeat(10).trimEnd();
    const prose = Array.from({ length: uses / 10 }, () => `  ${line}`).join('\n');
    const text = `memorandum "M" {\n  status non-binding\n}\nparticipant EE "Estonia"\ndefine "Incident" means "an event"\nclause C about costs """\n${prose}\n"""\n`;
    const service = createEntenteService();
    const uri = 'file:///w/uses.entente';
    service.open(uri, text, 1);
    const model = service.model(uri);
    assert.ok(model, 'the model is built');
    assert.equal(model.references.filter((r) => r.kind === 'term').length, uses);
    const codes = new Set(service.diagnostics(uri).map((d) => d.code));
    assert.ok(codes.has('missing-amendment'), `the rules ran: ${[...codes].join(', ')}`);
    assert.ok(!codes.has('unused-definition'), 'the term counts as used');
  });
});
