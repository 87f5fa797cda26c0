import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { formatText } from '../../server/src/language/features/format';
import { ententeLexer } from '../../server/src/language/syntax/lexer';
import { applyEdits, fixture, mainUri } from './feature-fixture';

const options = { tabSize: 2, insertSpaces: true };
const formatted = (text: string) => applyEdits(text.replace(/\r\n?/g, '\n'), formatText(text.replace(/\r\n?/g, '\n'), options));

/** Every non-whitespace character, in order: formatting may change nothing else. */
const ink = (text: string) => text.replace(/\s+/g, '');
/** The token images (comments included), in order. */
function tokenImages(text: string): string[] {
  const lexed = ententeLexer.tokenize(text);
  return [...lexed.tokens, ...(lexed.groups.comments ?? [])].sort((a, b) => a.startOffset - b.startOffset).map((t) => t.image.replace(/\s+/g, ' '));
}

function samples(dir = 'samples'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? samples(path) : name.endsWith('.entente') ? [path] : [];
  });
}

describe('formatting', () => {
  it('lays out a messy document: one statement per line, two-space indent, single spaces', () => {
    const messy = `// Header comment
memorandum   "M"
{ status non-binding   duration 5 years
}


participant EE "E" {contact Duty "x" available 24/7 // trailing note
kind national-cert}
channel C between EE ,FI { contacts EE . Duty
  marking TLP:AMBER }
body B members EE, FI
     meets every 6 months
clause X """
    verbatim   prose
"""
`;
    assert.equal(
      formatted(messy),
      `// Header comment
memorandum "M" {
  status non-binding
  duration 5 years
}

participant EE "E" {
  contact Duty "x" available 24/7 // trailing note
  kind national-cert
}

channel C between EE, FI {
  contacts EE.Duty
  marking TLP:AMBER
}

body B members EE, FI
  meets every 6 months
clause X """
    verbatim   prose
"""
`,
    );
  });

  it('only re-indents a document with syntax errors, never joining lines', () => {
    const broken = 'channel C between EE {\nmarking TLP:AMBER   ???\n      carries x, y\n}\n';
    assert.equal(formatted(broken), 'channel C between EE {\n  marking TLP:AMBER   ???\n  carries x, y\n}\n');
  });

  it('formats only the lines a range touches', () => {
    const { service } = fixture('participant EE "E" {\nkind state\n}\nparticipant FI "F" {\nkind state\n}\n');
    const edits = service.format(mainUri, options, { start: { line: 4, character: 0 }, end: { line: 4, character: 3 } });
    assert.deepEqual(edits.map((e) => e.range.start.line), [4]);
    assert.equal(service.format('file:///unknown', options).length, 0);
  });

  it('is idempotent and keeps every token and comment on every sample', () => {
    const files = samples();
    assert.ok(files.length > 0);
    for (const path of files) {
      const text = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
      const once = formatted(text);
      assert.equal(formatted(once), once, `${path} is not stable`);
      assert.deepEqual(tokenImages(once), tokenImages(text), `${path} lost or changed a token`);
      assert.equal(ink(once), ink(text), path);
    }
  });

  it('is idempotent and loses nothing on randomly mutated documents', () => {
    const base = samples().map((p) => readFileSync(p, 'utf8').replace(/\r\n?/g, '\n'));
    const pieces = ['{', '}', '"', '"""', '//', '/*', '\n', ' ', 'channel', 'participant X', ',', '.', 'carries', '24/7', 'é', '\t'];
    const mutated = fc.tuple(fc.nat(base.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat(40), fc.constantFrom(...pieces)), { maxLength: 6 })).map(([i, cuts]) => {
      let text = base[i];
      for (const [at, del, insert] of cuts) {
        const p = at % (text.length + 1);
        text = text.slice(0, p) + insert + text.slice(p + (del % 3));
      }
      return text;
    });
    fc.assert(
      fc.property(mutated, (text) => {
        const once = formatted(text);
        assert.equal(ink(once), ink(text));
        assert.equal(formatted(once), once);
      }),
      { numRuns: 60 },
    );
  });
});
