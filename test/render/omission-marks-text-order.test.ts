/**
 * The marks of what a transcription leaves out stand where the left-out provisions stand in the
 * text's order (ninety-fifth run, defect 4). NL–Syria air services 2001 transcribes Article 1's
 * definitions a), c), g), k) as `define`s, leaves out its items b), d)–f), h)–j), l) and Articles
 * 2–16: the export printed "[Articles 2 to 16 … are not transcribed.]" above Article 1's
 * definitions and "[Not transcribed: Article 1 b), d), …]" after Article 25, next to the Annex.
 * Now: Article 1's mark, its definitions, the mark of its items left out, then Articles 2–16, then
 * Article 17 — in every format.
 *
 * Near misses: a jump with no `define` (one mark, as before); items of a printed article (after it,
 * before the next); "Article 3 (Scope)" is Article 3 with its title, not an item of it; "Articles 2
 * and 3" two articles, not items.
 */
import assert from 'node:assert/strict';
import { dumpDocx, readDocx } from './docx-reader';
import { openRealInstrument, renderText } from './render-fixtures';

const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

function treaty(articles: readonly number[], omitted: readonly string[], define = true): string {
  const defines = define ? 'define "Territory" means "the land areas"\ndefine "Agreement" means "this Agreement"\n' : '';
  const clauses = articles.map((n) => `clause Art${n} "Article ${n} – Provision ${n}" """\n  The Parties shall cooperate in matter ${n}.\n"""\n`).join('\n');
  return `treaty "Agreement on Things" {
  omitted ${omitted.map((o) => `"${o}"`).join(', ')}
  status binding
  languages English authentic
  done at "Damascus" on 2001-10-13 in 2 originals
}
party A "State A"
party B "State B"

clause Preamble "Preamble" """
  The Parties have agreed as follows:
"""

${defines}
${clauses}`;
}

/** The index of the first line that includes `words`, asserted present. */
function at(all: readonly string[], words: string): number {
  const index = all.findIndex((l) => l.includes(words));
  assert.ok(index >= 0, `no line with ${words}`);
  return index;
}

/** Where the marks, the definitions and Article 17's heading stand (its heading the one after the first mark: a table of contents lists it first). */
function inOrder(out: string): number[] {
  const first = out.indexOf('Article 1’s wording is not printed');
  return [first, ...['Definitions as transcribed', 'Article 1 b), d)', 'Articles 2 to 16 (Grant', 'Article 17 – Aviation Security'].map((w) => out.indexOf(w, first))];
}

describe('omission marks stand in the text’s order around a definitions insertion (ninety-fifth run, defect 4)', () => {
  it('NL–Syria 2001: Article 1’s mark, its definitions, its items left out, Articles 2–16, then Article 17', () => {
    const { service, uri } = openRealInstrument('nl-sy-air-services-2001.entente');
    const all = lines(service.render(uri, 'markdown')!);
    const article1 = at(all, 'Article 1’s wording is not printed');
    const definitions = at(all, 'Definitions as transcribed');
    const items = at(all, 'Not transcribed: Article 1 b), d), e), f), h), i), j) and l)');
    const articles2to16 = at(all, 'Articles 2 to 16 (Grant of Rights');
    const article17 = at(all, '## Article 17');
    assert.ok(article1 < definitions && definitions < items && items <= articles2to16 && articles2to16 < article17, all.slice(0, 20).join('\n'));
    // Nothing of Article 1 after the Agreement's last article.
    assert.ok(items < at(all, '## Article 25'));
    assert.ok(at(all, 'the Annex (Route Schedule)') > at(all, '## Article 25'));
  });

  for (const format of ['html', 'akn'] as const) {
    it(`the same order in ${format}`, () => {
      const { service, uri } = openRealInstrument('nl-sy-air-services-2001.entente');
      const out = service.render(uri, format)!;
      const positions = inOrder(out);
      assert.ok(positions.every((p) => p >= 0), positions.join(','));
      assert.deepEqual([...positions].sort((a, b) => a - b), positions);
    });
  }

  it('Word: the same order', async () => {
    const { service, uri } = openRealInstrument('nl-sy-air-services-2001.entente');
    const text = dumpDocx(await readDocx((await service.renderDocx(uri))!));
    const positions = inOrder(text);
    assert.ok(positions.every((p) => p >= 0), positions.join(','));
    assert.deepEqual([...positions].sort((a, b) => a - b), positions);
  });

  it('a written instrument: the jump "not printed" first, then the definitions, then the declared parts that follow', () => {
    const all = lines(renderText(treaty([17, 18], ['Article 1 b) and d)', 'Articles 2 to 16'])));
    const article1 = at(all, 'Article 1’s wording is not printed');
    const definitions = at(all, '“Territory”');
    const items = at(all, 'Not transcribed: Article 1 b) and d)');
    const rest = at(all, 'Articles 2 to 16 are not transcribed');
    assert.ok(article1 < definitions && definitions < items && items <= rest && rest < at(all, '## Article 17'), all.join('\n'));
  });

  it('near miss: no `define` — the jump is one declared mark before Article 17, nothing split', () => {
    const all = lines(renderText(treaty([17, 18], ['Articles 1 to 16'], false)));
    const mark = at(all, 'Articles 1 to 16 are not transcribed');
    assert.match(all[mark + 1], /^## Article 17/);
    assert.doesNotMatch(all.join('\n'), /Definitions as transcribed/);
  });

  it('near miss: items of a printed article are marked after it, before the next article', () => {
    const all = lines(renderText(treaty([1, 2, 3], ['Article 2 (a) and (c)'], false)));
    const items = at(all, 'Not transcribed: Article 2 (a) and (c)');
    assert.ok(items > at(all, '## Article 2') && items < at(all, '## Article 3'), all.join('\n'));
  });

  it('near miss: "Article 2 (Scope)" is Article 2 with its title, a whole article, in the jump', () => {
    const all = lines(renderText(treaty([1, 3], ['Article 2 (Scope)'], false)));
    const mark = at(all, 'Article 2 (Scope) is not transcribed');
    assert.match(all[mark + 1], /^## Article 3/);
  });

  it('near miss: "Articles 2 and 3" are two articles, said with "are", not items', () => {
    const all = lines(renderText(treaty([1, 4], ['Articles 2 and 3'], false)));
    const mark = at(all, 'Articles 2 and 3 are not transcribed');
    assert.match(all[mark + 1], /^## Article 4/);
  });
});
