/**
 * Keywords are not painted in an error colour in the default theme: statement and declaration
 * keywords against a value that is really invalid (TLP:WHITE), read from the editor's spans.
 */
import assert from 'node:assert/strict';
import { Drafting, readsAsRed } from './harness/drafting';
import { session } from './harness/session';
import { colourScenario } from './scenarios';

describe('code-server: keyword colours', () => {
  it('paints no keyword like an error', async () => {
    const { workbench } = session();
    const drafting = new Drafting(workbench);
    await workbench.openFile(colourScenario.file);
    const invalid = await drafting.colourOf(colourScenario.invalid.line, colourScenario.invalid.word);
    const seen: string[] = [];
    for (const { line, word } of colourScenario.keywords) {
      const colour = await drafting.colourOf(line, word);
      seen.push(`${word}: ${colour}`);
      assert.ok(!readsAsRed(colour), `${word} is painted ${colour}, which reads as red`);
      assert.notEqual(colour, invalid, `${word} has the colour of an invalid value`);
    }
    await workbench.screenshot('keyword-colours');
    console.log(`      colours: ${seen.join(', ')}; invalid TLP:WHITE: ${invalid}`);
  });
});
