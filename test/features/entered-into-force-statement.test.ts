/**
 * The header statement `entered into force on <date> "<source>"` in the editor: the parser builds
 * it (and recovers after a half-written one), completion offers it in the header, hover explains it,
 * the formatter lays it out as any header statement, the outline lists it, and the export never
 * prints it: it is the transcriber's fact, not words the Parties signed.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';

const uri = 'file:///recorded.entente';
const statement = '  entered into force on 2011-09-01 "Trb. 2011, 1"\n';
const header = (line: string) => `treaty "Agreement between the Netherlands and Montserrat" {\n  done at "London" on 2009-12-10 in duplicate\n${line}  duration indefinite\n}\nparty NL "Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty MS "Montserrat" { kind government jurisdiction MS }\nclause Scope """\n  The Parties shall exchange information.\n"""\n`;
const text = header(statement);

function open(source: string) {
  const service = createEntenteService();
  service.open(uri, source);
  return service;
}

describe('`entered into force on … "…"` in the editor', () => {
  it('parses into the header’s date and source, with no problem, and the statement after it still counts', () => {
    const parsed = open(text).parse(uri);
    const record = parsed?.ast.instrument?.enteredIntoForce;
    assert.equal(record?.date?.text, '2011-09-01');
    assert.equal(record?.source?.value, 'Trb. 2011, 1');
    assert.deepEqual(parsed?.problems, []);
    assert.ok(parsed?.ast.instrument?.duration);
  });

  it('recovers from a half-written statement: the problems sit at it, and the declarations after the header are read', () => {
    for (const half of ['  entered into\n', '  entered into force on\n', '  entered into force on 2011-09-01 "Trb. 2011, 1\n']) {
      const parsed = open(header(half)).parse(uri);
      assert.ok((parsed?.problems.length ?? 0) > 0, half);
      assert.ok(parsed?.problems.every((p) => p.range.start.line === 2 || p.range.start.line === 3), JSON.stringify(parsed?.problems));
      assert.deepEqual(parsed?.ast.parties.map((p) => p.id?.text), ['NL', 'MS'], half);
      assert.equal(parsed?.ast.clauses.length, 1, half);
    }
    // Missing only the date, the header's next statement is read too (as after `opened for`; a
    // statement missing several words loses the next one, as `provisional` or `governing` does).
    assert.ok(open(header('  entered into force on\n')).parse(uri)?.ast.instrument?.duration);
  });

  it('completion offers `entered` where a header statement starts, and hover explains the fact and what the checks read of it', () => {
    const items = open(header('  \n')).complete(uri, { line: 2, character: 2 });
    assert.ok(items.some((i) => i.label === 'entered'), JSON.stringify(items.map((i) => i.label)));
    const hover = JSON.stringify(open(text).hover(uri, { line: 2, character: 4 })?.contents);
    assert.match(hover, /the date a concluded treaty entered into force, with the source it is read from/);
    assert.match(hover, /never printed in the export/);
  });

  it('the formatter lays it out as any header statement and leaves the source as written', () => {
    const messy = header('      entered   into force  on 2011-09-01    "Trb. 2011, 1"\n');
    const service = open(messy);
    const edits = service.format(uri, { tabSize: 2, insertSpaces: true });
    const lines = messy.split('\n');
    let line = lines[2];
    for (const e of [...edits].filter((e) => e.range.start.line === 2).sort((a, b) => b.range.start.character - a.range.start.character)) {
      line = line.slice(0, e.range.start.character) + e.newText + line.slice(e.range.end.character);
    }
    assert.equal(`${line}\n`, statement);
    assert.deepEqual(open(text).format(uri, { tabSize: 2, insertSpaces: true }).filter((e) => e.range.start.line <= 3 && e.range.end.line >= 2), []);
  });

  it('the outline lists it among the header’s statements; no semantic token sits on it (it names nothing)', () => {
    const [instrument] = open(text).documentSymbols(uri);
    assert.ok(instrument.children?.some((c) => /^entered into force on 2011-09-01/.test(c.name)), JSON.stringify(instrument.children?.map((c) => c.name)));
    const data = open(text).semanticTokens(uri).data;
    let line = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      assert.notEqual(line, 2);
    }
  });

  it('the export is the same with and without it, in every format: the fact is not in the signed text', () => {
    for (const format of ['markdown', 'html', 'akn'] as const) {
      const withIt = open(text).render(uri, format);
      assert.match(withIt ?? '', /Montserrat/u, format);
      const without = open(header('')).render(uri, format);
      assert.equal(withIt, without, format);
      assert.doesNotMatch(withIt ?? '', /Trb\. 2011|2011-09-01|1 September 2011/u, format);
    }
  });
});
