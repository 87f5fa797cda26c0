/**
 * The built-in clauses as the rest of the analyser sees them: written into a document of their
 * own wording, as bodies, they must not trip the wording checks (CF01/CF04), and referenced by
 * id they must cover their topics.
 */
import assert from 'node:assert/strict';
import { builtInLayer } from '../../server/src/language/library/builtin-library';
import { renderClause } from '../../server/src/language/library/render-clause';
import { createEntenteService } from '../../server/src/language/service';

const headers = {
  mou: 'memorandum "Memorandum of Understanding on Cyber Security Cooperation" {\n  status non-binding\n}\nparticipant EE "Estonia"\nparticipant FI "Finland"\n',
  treaty: 'treaty "Agreement on Cyber Security Cooperation" {\n  status binding\n}\nparty EE "Estonia"\nparty FI "Finland"\n',
};

function analyse(text: string) {
  const service = createEntenteService();
  service.open('file:///w/doc.entente', text);
  return { diagnostics: service.diagnostics('file:///w/doc.entente'), model: service.model('file:///w/doc.entente')! };
}

describe('built-in clauses in documents', () => {
  for (const wording of ['mou', 'treaty'] as const) {
    it(`${wording} clauses written out as bodies raise no wording diagnostic in a ${wording}`, () => {
      const clauses = builtInLayer().clauses.filter((c) => c.wording === wording);
      const body = clauses.map((c, i) => `clause C${i} """\n${renderClause(c, undefined, { snippet: false })}\n"""\n`).join('');
      const { diagnostics } = analyse(headers[wording] + body);
      const wordingFindings = diagnostics.filter((d) => /wording/.test(d.code) || d.code === 'syntax-error');
      assert.deepEqual(wordingFindings.map((d) => `${d.range.start.line}: ${d.code} ${d.message}`), []);
    });
  }

  it('a clause taken by reference covers every topic of its library entry', () => {
    for (const clause of builtInLayer().clauses) {
      const { model } = analyse(`${headers[clause.wording]}clause Taken from library "${clause.id}"\n`);
      for (const topic of clause.topics) assert.ok(model.hasClauseAbout(topic), `${clause.id} does not cover ${topic}`);
    }
  });

  it('a treaty clause written into an MoU is caught by the wording checks (the test above can fail)', () => {
    const treaty = builtInLayer().clauses.find((c) => c.id === 'costs/treaty')!;
    const { diagnostics } = analyse(`${headers.mou}clause Costs """\n${renderClause(treaty, undefined, { snippet: false })}\n"""\n`);
    assert.ok(diagnostics.some((d) => /wording/.test(d.code)));
  });
});
