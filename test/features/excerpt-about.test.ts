/**
 * `omitted "Annex V" about security-of-information, breach-procedure`: a part left out says what it
 * holds (analysis/excerpt-severity.ts reads it). The parser ties each topic to the part before it,
 * completion and hover know the topics, the formatter keeps the statement as written.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';

const uri = 'file:///excerpt.entente';
const statement = '  omitted "Annexes I and II", "Annexes IV to VIII" about security-of-information, breach-procedure, "Article 9"\n';
const text = `memorandum "NL–US 1978" {\n  status non-binding\n${statement}}\n`;

function open(source: string) {
  const service = createEntenteService();
  service.open(uri, source);
  return service;
}

describe('`about` on an omitted part', () => {
  it('ties each topic to the part before it; a comma followed by a quoted part ends the topics', () => {
    const omitted = open(text).parse(uri)?.ast.instrument?.omitted;
    assert.deepEqual(omitted?.parts.map((p) => p.value), ['Annexes I and II', 'Annexes IV to VIII', 'Article 9']);
    assert.deepEqual(omitted?.partTopics.map((ts) => ts.map((t) => t.text)), [[], ['security-of-information', 'breach-procedure'], []]);
    assert.deepEqual(open(text).parse(uri)?.problems, []);
  });

  it('near miss: a statement without about parses as before, every part with no topic', () => {
    const omitted = open(text.replace(statement, '  omitted "Annexes I and II", "Annexes IV to VIII"\n')).parse(uri)?.ast.instrument?.omitted;
    assert.deepEqual(omitted?.partTopics, [[], []]);
  });

  it('completion offers the clause topics after about, and hover explains one', () => {
    const line = 2;
    const at = statement.indexOf('security-of-information');
    const items = open(text).complete(uri, { line, character: at });
    assert.ok(items.some((i) => i.label === 'security-of-information' && i.detail === 'clause topic'), JSON.stringify(items.slice(0, 3)));
    const hover = open(text).hover(uri, { line, character: at + 3 });
    assert.match(JSON.stringify(hover?.contents), /security-of-information\*\* — clause topic: Protection of classified information/);
  });

  it('the formatter keeps the topics with their part, spaced as a list', () => {
    const messy = text.replace(statement, '  omitted "Annexes I and II",   "Annexes IV to VIII" about  security-of-information,breach-procedure, "Article 9"\n');
    const service = open(messy);
    const edits = service.format(uri, { tabSize: 2, insertSpaces: true });
    const lines = messy.split('\n');
    // Apply the edits, all on the statement's line, from the last.
    let line = lines[2];
    for (const e of [...edits].sort((a, b) => b.range.start.character - a.range.start.character)) {
      assert.equal(e.range.start.line, 2);
      line = line.slice(0, e.range.start.character) + e.newText + line.slice(e.range.end.character);
    }
    assert.equal(`${line}\n`, statement);
  });
});
