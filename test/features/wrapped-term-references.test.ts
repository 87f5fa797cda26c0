/**
 * lg43 report, section 3: a defined term wrapped over a line break ("the Competent\n    Authority")
 * counted as a use for unused-term (its matcher reads white space flexibly) but find references and
 * rename did not find it: the linker searched line by line. Now the linker reads white space as the
 * rule does (model/prose-term-uses.ts), references and highlights list the wrapped use with a range
 * over the break, rename rewrites it keeping the line break and the indentation (a new name of as
 * many words) or refuses saying where, and semantic tokens colour its words on each line. Near
 * miss: another word between the term's words ("Competent and Capable Authority") is no use.
 */
import assert from 'node:assert/strict';
import { applyEdits, fixture, mainUri, slice } from './feature-fixture';
import { isRefusal } from '../../server/src/language/features/types';

const text = `memorandum "Memorandum" {
  status non-binding
}
define "Compe$0tent Authority" means "the authority each Participant designates"
define "Security Incident" means "an event that compromises a network"
clause Notify """
  Each Participant will inform the Competent
    Authority of every Security
  Incidents report, and the Competent Authority will reply.
  The Competent and Capable Authority is no use.
"""
`;

describe('a term wrapped over a line break is found by references and rename', () => {
  it('references list the wrapped use, its range over the break', () => {
    const { service, position, text: source } = fixture(text);
    const found = service.references(mainUri, position, true).map((r) => slice(source, r.range));
    assert.deepEqual(found, ['Competent Authority', 'Competent\n    Authority', 'Competent Authority']);
    assert.equal(service.documentHighlights(mainUri, position).length, 3);
    const codes = service.diagnostics(mainUri).map((d) => d.code);
    assert.ok(!codes.includes('unused-term'), codes.join());
  });

  it('a plural wrapped over the break is a use, its range without the ending', () => {
    const { service, text: source } = fixture(text.replace('Compe$0tent', 'Competent').replace('"Security Incident"', '"Security In$0cident"'));
    const at = { line: 4, character: 13 };
    assert.deepEqual(service.references(mainUri, at, false).map((r) => slice(source, r.range)), ['Security\n  Incident']);
  });

  it('the cursor on either line of the wrapped use finds the term', () => {
    const { service } = fixture(text);
    for (const position of [{ line: 6, character: 38 }, { line: 7, character: 6 }]) {
      assert.equal(service.references(mainUri, position, true).length, 3, JSON.stringify(position));
    }
  });

  it('rename rewrites the wrapped use keeping its line break and indentation', () => {
    const { service, position, text: source } = fixture(text);
    const answer = service.rename(mainUri, position, 'Designated Body');
    assert.ok(!isRefusal(answer), JSON.stringify(answer));
    const renamed = applyEdits(source, answer.changes[mainUri]);
    assert.match(renamed, /define "Designated Body" means/);
    assert.match(renamed, /will inform the Designated\n {4}Body of every Security\n/);
    assert.match(renamed, /and the Designated Body will reply\./);
    assert.match(renamed, /The Competent and Capable Authority is no use\./);
  });

  it('rename refuses a new name of another number of words, saying where the wrapped use is', () => {
    const { service, position } = fixture(text);
    for (const name of ['Authority', 'National Competent Authority']) {
      const answer = service.rename(mainUri, position, name);
      assert.ok(isRefusal(answer), name);
      assert.match(answer.error, /^‘Competent Authority’ is wrapped over a line break \(line 7\)\. A rename keeps each line break between the same words, and ‘.*’ has \d words? where ‘Competent Authority’ has 2 words, so nothing was renamed: choose a name of 2 words, or put that use on one line first, then rename\.$/u);
    }
  });

  it('prepare rename on the wrapped use offers the term’s name, without the break', () => {
    const { service } = fixture(text);
    const prepared = service.prepareRename(mainUri, { line: 7, character: 6 });
    assert.ok(!isRefusal(prepared));
    assert.equal(prepared.placeholder, 'Competent Authority');
  });

  it('semantic tokens colour the words of the wrapped use on each line', () => {
    const { service } = fixture(text);
    const data = service.semanticTokens(mainUri).data;
    const tokens: { line: number; character: number; length: number }[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
      tokens.push({ line, character, length: data[i + 2] });
    }
    assert.ok(tokens.some((t) => t.line === 6 && t.character === 35 && t.length === 'Competent'.length), JSON.stringify(tokens));
    assert.ok(tokens.some((t) => t.line === 7 && t.character === 4 && t.length === 'Authority'.length), JSON.stringify(tokens));
  });
});
