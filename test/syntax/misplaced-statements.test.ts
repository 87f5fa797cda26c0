/**
 * A statement written in the wrong block is one syntax problem and nothing else: the block goes on
 * after it (syntax/misplaced-statements.ts), so no finding of the checker changes. Before, the
 * block ended at the misplaced line and the statements after it were reported missing.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { parse } from '../../server/src/language/syntax/parse';
import { corpus } from '../hostile/edit-properties';

/** Statements of four different blocks: in any other block each is misplaced. */
const misplaced = ['  content "affected sectors and measures taken"', '  signed at "Riga" on 2027-09-28', '  marking TLP:RED', '  when severity high'];

function findings(text: string): string[] {
  const service = createEntenteService();
  service.open('file:///w/edited.entente', text);
  return service
    .diagnostics('file:///w/edited.entente')
    .filter((d) => d.code !== 'syntax-error')
    .map((d) => `${d.code}: ${d.message}`)
    .sort();
}

describe('a statement written in the wrong block', function () {
  this.timeout(240_000);

  it('is one syntax problem and changes no finding, in the first two blocks of every sample, real instrument and fixture', () => {
    let tried = 0;
    const changed: string[] = [];
    for (const document of corpus()) {
      if (parse(document.text).problems.length > 0) continue;
      const lines = document.text.split('\n');
      const before = findings(document.text);
      // A comment that happens to end in "{" (a transcriber's gap note quoting `assistance {`) opens no block.
      const blockStarts = lines.flatMap((line, i) => (/\{\s*$/.test(line) && !line.includes('"""') && !/^\s*\/\//.test(line) ? [i] : [])).slice(0, 2);
      for (const at of blockStarts) {
        for (const statement of misplaced) {
          const edited = [...lines.slice(0, at + 1), statement, ...lines.slice(at + 1)].join('\n');
          const problems = parse(edited).problems;
          if (problems.length === 0) continue; // a statement of this very block
          tried++;
          const after = findings(edited);
          if (problems.length !== 1 || !/^'\w+' starts a statement of .*, not of /.test(problems[0].message) || after.join('\n') !== before.join('\n')) {
            changed.push(`${document.name} line ${at + 2} ${statement.trim()}: ${problems.map((p) => p.message).join(' | ')}; lost ${before.filter((f) => !after.includes(f)).join('; ')}; new ${after.filter((f) => !before.includes(f)).join('; ')}`);
          }
        }
      }
    }
    assert.ok(tried >= 300, `only ${tried} insertions tried`);
    assert.deepEqual(changed, []);
  });
});
