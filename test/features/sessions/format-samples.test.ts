/**
 * Formatting every sample and every independent fixture: stable, nothing lost, and the layout a
 * careful drafter writes, also when the drafter's own layout was collapsed onto a few lines.
 */
import assert from 'node:assert/strict';
import { formatText } from '../../../server/src/language/features/format';
import { ententeLexer } from '../../../server/src/language/syntax/lexer';
import { applyEdits } from '../../helpers/edits';
import { ententeFiles, read } from './session-helpers';

const options = { tabSize: 2, insertSpaces: true };
const formatted = (text: string) => applyEdits(text, formatText(text, options));

function images(text: string): string[] {
  const lexed = ententeLexer.tokenize(text);
  return [...lexed.tokens, ...(lexed.groups.comments ?? [])].sort((a, b) => a.startOffset - b.startOffset).map((t) => t.image);
}

/** The document without comments, all on as few lines as the lexer allows. */
function collapsed(text: string): string {
  return ententeLexer.tokenize(text).tokens.map((t) => t.image).join(' ');
}

/** The document with its comments cut out and its own layout otherwise kept. */
function withoutComments(text: string): string {
  const comments = ententeLexer.tokenize(text).groups.comments ?? [];
  return comments.reduceRight((out, c) => out.slice(0, c.startOffset) + out.slice(c.startOffset + c.image.length), text);
}

describe('editing session: formatting every sample and fixture', function () {
  this.timeout(20000);
  const files = [...ententeFiles('samples'), ...ententeFiles('test/independent/fixtures')];

  it('finds the documents', () => assert.ok(files.length >= 25, String(files.length)));

  it('is idempotent and keeps every token and comment, and leaves the hand-laid samples as they are', () => {
    const changed: string[] = [];
    for (const path of files) {
      const text = read(path);
      const once = formatted(text);
      assert.equal(formatted(once), once, `${path} is not stable`);
      assert.deepEqual(images(once).map((i) => i.replace(/\s+/g, ' ')), images(text).map((i) => i.replace(/\s+/g, ' ')), `${path} lost a token`);
      if (once !== text) changed.push(path);
    }
    // The drafters' own layout already is the house layout, but for one aligned trailing comment.
    assert.deepEqual(changed, ['samples/baltic-cyber-convention.entente']);
  });

  it('keeps clause topics that are also declaration words on the clause line (regression)', () => {
    const text = 'clause Plan "Plan" about capacity-building, technology-transfer, governance """\n  text\n"""\n';
    assert.equal(formatted(text), text);
    assert.equal(formatted('clause Plan about\ncapacity-building,\n   technology-transfer """\n  text\n"""'), 'clause Plan about\n  capacity-building,\n  technology-transfer """\n  text\n"""\n');
  });

  for (const path of ['samples/cert-cert-mou.entente', 'samples/ee-fi-cyber-defence-agreement.entente', 'samples/ncirc-cert-eu-arrangement.entente']) {
    it(`rebuilds the drafter's layout of ${path} from a collapsed copy`, () => {
      const text = read(path);
      const rebuilt = formatted(collapsed(text));
      // The drafter's layout (comments aside) is what the formatter rebuilds, blank lines between
      // one-line declarations being the drafter's choice.
      const reference = formatted(withoutComments(text));
      const dense = (t: string) => t.replace(/\n{2,}/g, '\n');
      assert.equal(dense(rebuilt), dense(reference));
      const lines = rebuilt.split('\n');
      lines.forEach((line, i) => {
        if (line === '}' && i + 1 < lines.length - 1) assert.equal(lines[i + 1], '', `${path}:${i + 1} no blank line after a block`);
        if (/^[a-z-]+ .*\{$/.test(line) && i > 0) assert.equal(lines[i - 1], '', `${path}:${i + 1} no blank line before a block declaration`);
        if (/^\s+\S/.test(line) && !/^ {2}\S/.test(line) && !rebuilt.includes('"""')) assert.fail(`${path}:${i + 1} indented oddly: ${line}`);
      });
    });
  }

  it('sets blocks off by blank lines but keeps runs of one-line declarations together', () => {
    const text = 'participant EE "E" { kind state } participant FI "F" channel C between EE, FI { marking TLP:GREEN } clause A from library "costs/mou" clause B from library "liability/mou"';
    assert.equal(
      formatted(text),
      'participant EE "E" {\n  kind state\n}\n\nparticipant FI "F"\n\nchannel C between EE, FI {\n  marking TLP:GREEN\n}\n\nclause A from library "costs/mou"\nclause B from library "liability/mou"\n',
    );
    // Comments above a declaration stay with it: the blank line goes above them.
    assert.equal(formatted('participant FI "F"\n// the channel\nchannel C between FI { marking TLP:GREEN }'), 'participant FI "F"\n\n// the channel\nchannel C between FI {\n  marking TLP:GREEN\n}\n');
  });
});
