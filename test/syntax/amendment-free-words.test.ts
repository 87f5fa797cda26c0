/**
 * The free words of `amendment by …` run to the end of the statement (grammar/README.md): any word,
 * keywords included, up to the next keyword that starts a header statement or a declaration, or a
 * brace. The amendment clauses of the seventeenth and eighteenth real-instrument runs, each held
 * to its text, and the near misses: a statement keyword still starts its statement, and a keyword
 * meant as a word gets a message that names it and gives the quoted form.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { formatText } from '../../server/src/language/features/format';
import { parse } from '../../server/src/language/syntax/parse';
import { applyEdits, fixture, mainUri } from '../features/feature-fixture';

const header = (line: string) => `treaty "Agreement" {\n  status binding\n  ${line}\n  disputes by consultation\n}\nparty NL "The Kingdom of the Netherlands"\nparty NO "The Kingdom of Norway"\n`;

describe('amendment by: free words up to the end of the statement', () => {
  // Tampere Convention 1998, Art. 13(2): "within one hundred and eighty (180) days of their receipt".
  it('accepts keywords that start no header statement: within, under, procedure, from, numbers and punctuation (Tampere 1998 Art. 13)', () => {
    const line = 'amendment by proposal from a State Party to the Secretary-General circulated to the other States Parties for approval with approval or disapproval notified within 180 days of receipt, under the procedure of Art. 13';
    const { ast, problems } = parse(header(line));
    assert.deepEqual(problems, []);
    assert.equal(ast.instrument?.amendment?.procedure, line.slice('amendment by '.length));
    assert.deepEqual(ast.instrument?.disputes?.means.map((m) => m.text), ['consultation'], 'the next statement still starts at its keyword');
  });

  // NL–Norway prison agreement 2015, Art. 34: "This Agreement may be amended by mutual consent of the Parties."
  it('reads a word in quotes as the word: `amendment by mutual "consent" of the Parties` (NL–Norway 2015 Art. 34)', () => {
    const { ast, problems } = parse(header('amendment by mutual "consent" of the Parties'));
    assert.deepEqual(problems, []);
    assert.equal(ast.instrument?.amendment?.procedure, 'mutual consent of the Parties');
    assert.deepEqual(ast.instrument?.amendment?.words.map((w) => w.text), ['mutual', 'consent', 'of', 'the', 'Parties']);
    const service = createEntenteService();
    service.open('file:///t/main.entente', header('amendment by mutual "consent" of the Parties'));
    const article = service.renderModel('file:///t/main.entente')?.articles.find((a) => a.heading === 'Amendment');
    assert.deepEqual(article?.paragraphs, ['This Agreement may be amended by mutual consent of the Parties.']);
  });

  it('near miss: a keyword that starts a header statement still starts it, here and on the next line', () => {
    const { ast, problems } = parse(header('amendment by written agreement consent by signature, ratification'));
    assert.deepEqual(problems, []);
    assert.equal(ast.instrument?.amendment?.procedure, 'written agreement');
    assert.deepEqual(ast.instrument?.consent?.means.map((m) => m.text), ['signature', 'ratification']);
  });

  it('near miss: an unquoted statement keyword meant as a word is a syntax error that names it and gives the quoted form', () => {
    const [problem] = parse(header('amendment by mutual consent of the Parties')).problems;
    assert.equal(
      problem.message,
      "Expected 'by' in the consent statement of the instrument header but found 'of'. 'consent' starts a `consent` statement, which ends the free words of `amendment by`: if it belongs to the amendment procedure, write it in quotes (\"consent\").",
    );
    const [declaration] = parse(header('amendment by a protocol open for signature')).problems;
    assert.match(declaration.message, /'protocol' starts a declaration, which ends the free words of `amendment by`: if it belongs to the amendment procedure, write it in quotes \("protocol"\)\.$/);
    const [empty] = parse(header('amendment by depositary decision')).problems;
    assert.match(empty.message, /^Expected a word in the amendment statement of the instrument header but found 'depositary'\. 'depositary' starts a `depositary` statement/);
    // No hint where no amendment precedes the keyword.
    const [plain] = parse('treaty "T" {\n  consent of the Parties\n}\n').problems;
    assert.doesNotMatch(plain.message, /free words/);
  });

  it('keeps the statement on its line when formatting, and offers the next statements, not the words, as completions', () => {
    const text = header('amendment   by mutual "consent" of the Parties within 90 days under the procedure');
    const formatted = applyEdits(text, formatText(text, { tabSize: 2, insertSpaces: true }));
    assert.match(formatted, /\n {2}amendment by mutual "consent" of the Parties within 90 days under the procedure\n {2}disputes by consultation\n/);
    const { service, position } = fixture('treaty "T" {\n  amendment by mutual "consent" of the Parties $0\n}\n');
    const labels = service.complete(mainUri, position).map((i) => i.label);
    assert.ok(labels.includes('disputes') && labels.includes('depositary'), labels.join());
    assert.ok(!labels.includes('within') && !labels.includes('under'), 'free words are typed, not picked');
    // The words are no names and no closed values: no semantic token colours them (keywords and strings are TextMate's).
    const data = service.semanticTokens(mainUri).data;
    const lines: number[] = [];
    for (let i = 0, line = 0; i < data.length; i += 5) lines.push((line += data[i]));
    assert.ok(!lines.includes(1), JSON.stringify(data));
  });
});

describe('amendment by: grammar/README.md lists the keywords that end the free words', () => {
  it('names every keyword that starts a header statement, and no other', async () => {
    const { readFileSync } = await import('node:fs');
    const { constructRows, statementsOf } = await import('../../server/src/language/constructs/table');
    const readme = readFileSync(new URL('../../grammar/README.md', import.meta.url), 'utf8');
    const listed = /next\s+keyword that starts a header statement \(([^)]*)\)/u.exec(readme)?.[1] ?? '';
    const words = [...listed.matchAll(/`([a-z-]+)`/gu)].map((m) => m[1]);
    const header = constructRows.find((r) => r.statements?.rule === 'headerItem')!;
    assert.deepEqual(words.sort(), statementsOf(header).flatMap((s) => s.starts).sort());
  });
});
