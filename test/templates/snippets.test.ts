import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from '../../server/src/language/syntax/parse';

interface Snippet {
  prefix: string;
  body: string[];
  description: string;
}
const snippets = JSON.parse(readFileSync('snippets/entente.json', 'utf8')) as Record<string, Snippet>;

/** Expand a snippet as a user accepting every default would: first choices, mirrored stops. */
export function expandSnippet(body: string): string {
  const values = new Map<string, string>();
  let text = body.replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, n: string, choices: string) => {
    const value = choices.split(',')[0];
    values.set(n, value);
    return value;
  });
  // Innermost placeholders first, so `${4:${1}}` sees the value of 1.
  for (let guard = 0; guard < 10 && /\$\{\d+:/.test(text); guard++) {
    text = text.replace(/\$\{(\d+):([^${}]*)\}/g, (_, n: string, value: string) => {
      if (!values.has(n)) values.set(n, value);
      return value;
    });
    text = text.replace(/\$\{(\d+)\}/g, (m, n: string) => values.get(n) ?? m);
  }
  return text.replace(/\$\{(\d+)\}/g, (_, n: string) => values.get(n) ?? '').replace(/\$\d+/g, '');
}

/** Where a snippet is typed: header statements in a header, party items in a party, … */
function wrap(key: string, text: string): string {
  if (key.startsWith('Header:')) return `memorandum "M" {\n${text}\n}\n`;
  if (key.startsWith('Party:')) return `participant EE "E" {\n${text}\n}\n`;
  if (key.startsWith('Security agreement:')) return `security-agreement GSA between EE, FI {\n${text}\n}\n`;
  if (key.startsWith('Channel:')) return `channel C between EE, FI {\n${text}\n}\n`;
  return text + '\n';
}

const constructs = [
  'memorandum', 'treaty', 'arrangement', 'framework', 'protocol-instrument', 'annex', 'status', 'languages', 'signed', 'done', 'effect',
  'consent', 'duration', 'termination', 'amendment', 'disputes', 'governing', 'depositary', 'registration', 'reservations', 'use',
  'participant', 'party', 'contact', 'regimes', 'security-agreement', 'level', 'channel', 'classification', 'safeguards', 'recipients',
  'protocol', 'exercise', 'capacity-building', 'technology-transfer', 'body', 'non-party', 'define', 'clause', 'clause-library', 'assistance', 'entente-disable',
];

describe('snippets', () => {
  it('cover every construct of the language (grammar/README.md)', () => {
    const prefixes = new Set(Object.values(snippets).map((s) => s.prefix));
    assert.deepEqual(constructs.filter((c) => !prefixes.has(c)), []);
    assert.equal(new Set(Object.values(snippets).map((s) => s.prefix)).size, Object.keys(snippets).length, 'duplicate prefixes');
  });

  for (const [key, snippet] of Object.entries(snippets)) {
    it(`${key}: expands to text that parses without errors`, () => {
      const text = wrap(key, expandSnippet(snippet.body.join('\n')));
      assert.doesNotMatch(text, /\$\{|\$\d/, 'unexpanded tab stop');
      assert.deepEqual(parse(text).problems.map((p) => p.message), [], text);
      assert.ok(snippet.description.length > 10);
    });
  }

  it('the expansion used above would catch a broken snippet', () => {
    assert.ok(parse(wrap('Header: x', expandSnippet('status ${1|non-binding,binding|} extra words'))).problems.length > 0);
  });
});
