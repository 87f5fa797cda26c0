/** Diagnostics reach the Problems panel: the fixture's faults, on their words, and the sample's. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliProblemCount } from './harness/cli';
import { session } from './harness/session';
import { fixtureDiagnostics, fixtureFile, locate, reviewSample, reviewSampleCodes } from './scenarios';

describe('code-server: diagnostics in the Problems panel', () => {
  it('lists each fault of the fixture with its code, message and position', async () => {
    const { workbench, run } = session();
    await workbench.openFile(fixtureFile);
    const text = readFileSync(join(run.workspace, fixtureFile), 'utf8');
    for (const expected of fixtureDiagnostics) {
      const at = locate(text, expected.at);
      const row = await workbench.waitForProblem(expected.message, (r) => r.file === fixtureFile && r.text.includes(expected.code));
      assert.ok(row.text.includes(expected.message), row.text);
      assert.ok(row.text.includes(`[Ln ${at.line + 1}, Col ${at.character + 1}]`), `position of ${expected.code}: ${row.text}`);
    }
    // The earlier scenarios typed into this file and deleted what they typed: the server must
    // have come back to exactly what a fresh analysis of the text finds (the command line's).
    await workbench.waitForProblemCount(fixtureFile, cliProblemCount(join(run.workspace, fixtureFile)));
    await workbench.screenshot('diagnostics-fixture');
  });

  it('lists the faults the review-me sample demonstrates', async () => {
    const { workbench } = session();
    await workbench.openFile(reviewSample);
    for (const code of reviewSampleCodes) {
      // The row reads "<message> entente <code> [Ln l, Col c]": the source, then the code.
      const row = await workbench.waitForProblem(code, (r) => r.file === reviewSample && r.text.includes(`entente ${code} [Ln `));
      assert.match(row.text, /\[Ln \d+, Col \d+\]$/);
    }
    await workbench.screenshot('diagnostics-review-me');
  });
});
