/**
 * lg37, item 2: a draft whose article on definitions neither announces its definitions (words
 * ending with ":") nor begins at a later paragraph printed the words and none of the drafter's
 * `define`s, anywhere: the clause "covered" them (constructs/drafter-replaced.ts). A text that loses
 * its definitions says something else. Now (render/definitions-in-place.ts, `draftDefinitionsPlace`)
 * the `define`s no clause's words define are printed after the article's words; where those words
 * send the reader to an annex or article of the text, there; where to another instrument or a
 * place not in the file, outside the numbering as the generated "Definitions" article. A concluded
 * text is unchanged: the note names them, nothing is printed as its words.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createEntenteService } from '../../server/src/language';
import { aknProblems } from './akn-structure';
import { dumpDocx, readDocx } from './docx-reader';
import { draftedVariant } from './drafted-variant';
import { diskService, repoRoot, renderText } from './render-fixtures';
import { replaced } from '../helpers/replaced-once';

/** The lines of the Markdown export from a heading up to the next heading (or the final formula). */
function article(md: string, heading: string): string[] {
  const lines = md.split('\n').filter((l) => l.trim() !== '');
  const at = lines.findIndex((l) => l.startsWith(`## ${heading}`));
  assert.ok(at >= 0, `no heading ${heading}`);
  const next = lines.findIndex((l, i) => i > at && (l.startsWith('## ') || l.startsWith('IN WITNESS')));
  return lines.slice(at + 1, next < 0 ? undefined : next);
}

const render = renderText;

/** A draft treaty its drafter numbers; `signed` makes it concluded. */
const treaty = (definitions: string, more = '', signed = false) =>
  `treaty "Agreement between Estonia and Finland on cyber-security cooperation" {\n  status binding\n${signed ? '  signed at "Tallinn" on 2020-09-23\n  consent by signature\n' : ''}}\nparty EE "the Republic of Estonia" { kind state }\nparty FI "the Republic of Finland" { kind state }\n${definitions}\ndefine "Incident" means "an event that compromises a network or information system"\ndefine "Competent Authority" means "the authority designated by each Party"\nclause Art2 "Article 2 – Cooperation" """\n  The Parties shall cooperate in the prevention of Incidents.\n"""\n${more}`;
const definitionsClause = (words: string) => `clause Art1 "Article 1 – Definitions" about definitions """\n  ${words}\n"""\n`;
const printed = ['“Incident” means an event that compromises a network or information system;', '“Competent Authority” means the authority designated by each Party.'];

describe('lg37 item 2: a draft prints its definitions where its article on definitions does not state them', () => {
  it('"the following definitions apply" without a colon: the defines after the words, in every format', async () => {
    const text = treaty(definitionsClause('For the purposes of this Agreement the following definitions apply'));
    assert.deepEqual(article(render(text), 'Article 1 – Definitions'), ['For the purposes of this Agreement the following definitions apply', ...printed]);
    assert.doesNotMatch(render(text), /Provisions stated only in the declarations/);
    assert.match(render(text, 'html'), /the following definitions apply[\s\S]*Incident[\s\S]*means an event[\s\S]*Article 2/);
    const akn = render(text, 'akn');
    assert.match(akn, /the following definitions apply[\s\S]*Competent Authority[\s\S]*Article 2/);
    assert.deepEqual(aknProblems(akn), []);
    const service = createEntenteService();
    service.open('file:///t.entente', text);
    const docx = dumpDocx(await readDocx((await service.renderDocx('file:///t.entente'))!));
    assert.ok(docx.indexOf('means an event that compromises') > docx.indexOf('the following definitions apply'));
    assert.ok(docx.indexOf('means an event that compromises') < docx.lastIndexOf('Article 2 – Cooperation'));
  });

  it('a heading with no words of its own, or other words ("1. In this Agreement, words in the singular include the plural."): after them', () => {
    const headingOnly = treaty('clause Art1 "Article 1 – Definitions" about definitions """\n"""\n');
    assert.deepEqual(article(render(headingOnly), 'Article 1 – Definitions').slice(-2), printed);
    const other = treaty(definitionsClause('1. In this Agreement, words in the singular include the plural.'));
    assert.deepEqual(article(render(other), 'Article 1 – Definitions'), ['1\\. In this Agreement, words in the singular include the plural.', ...printed]);
  });

  it('words that point to an annex of the text: printed in it, unless it holds them', () => {
    const pointing = definitionsClause('The terms used in this Agreement have the meanings given in Annex A.');
    const md = render(treaty(pointing, 'clause AnnexA "Annex A – Terms" """\n  Terms used in this Agreement.\n"""\n'));
    assert.deepEqual(article(md, 'Article 1 – Definitions'), ['The terms used in this Agreement have the meanings given in Annex A.']);
    assert.deepEqual(article(md, 'Annex A – Terms'), ['Terms used in this Agreement.', '“Incident” means an event that compromises a network or information system;', '“Competent Authority” means the authority designated by each Party.']);
    // Near miss: the annex holds them: printed as written, nothing added.
    const holding = render(treaty(pointing, 'clause AnnexA "Annex A – Terms" """\n  “Incident” means an event that compromises a network or information system. “Competent Authority” means the authority designated by each Party.\n"""\n'));
    assert.equal(holding.split('means an event').length - 1, 1);
    assert.doesNotMatch(holding, /Provisions stated only in the declarations/);
    // An article of the text, by its number.
    const toArticle = render(treaty(definitionsClause('Terms used in this Agreement are defined in Article 3.'), 'clause Art3 "Article 3 – Terms" """\n  The following terms are used in this Agreement.\n"""\n'));
    assert.deepEqual(article(toArticle, 'Article 3 – Terms').slice(1), printed);
  });

  it('words that point to another instrument, or to an annex not in the file: the generated article outside the numbering', () => {
    for (const words of ['The terms used in this Agreement have the meanings given to them in the Convention on Cybercrime.', 'The terms used in this Agreement have the meanings given in Annex A.', 'Terms used in this Agreement are defined in Article 1 of the Convention on Cybercrime.']) {
      const md = render(treaty(definitionsClause(words)));
      assert.deepEqual(article(md, 'Article 1 – Definitions'), [words], words);
      const outside = md.slice(md.indexOf('Provisions stated only in the declarations'));
      assert.match(outside, /### Definitions[\s\S]*“Incident” means an event/, words);
    }
  });

  it('a term some clause defines in its own words is printed there only; the rest after the article on definitions', () => {
    const md = render(treaty(definitionsClause('For the purposes of this Agreement the following definitions apply'), 'clause Art3 "Article 3 – Incidents" """\n  In this Article, “Incident” means an event that compromises a network or information system.\n"""\n'));
    assert.deepEqual(article(md, 'Article 1 – Definitions'), ['For the purposes of this Agreement the following definitions apply', '“Competent Authority” means the authority designated by each Party.']);
    assert.equal(md.split('means an event').length - 1, 1);
  });

  it('near misses: a clause that announces them, or holds them, keeps what it printed', () => {
    assert.deepEqual(article(render(treaty(definitionsClause('For the purposes of this Agreement:'))), 'Article 1 – Definitions'), ['For the purposes of this Agreement:', ...printed]);
    const holding = definitionsClause('For the purposes of this Agreement, “Incident” means an event that compromises a network or information system.');
    assert.deepEqual(article(render(treaty(holding)), 'Article 1 – Definitions'), ['For the purposes of this Agreement, “Incident” means an event that compromises a network or information system.']);
  });

  it('a concluded text is unchanged: no define printed as its words, the note names them', () => {
    for (const clause of [definitionsClause('For the purposes of this Agreement the following definitions apply'), definitionsClause('The terms used in this Agreement have the meanings given in Annex A.')]) {
      const md = render(treaty(clause, '', true));
      const [text, note] = md.split('Not part of the text');
      assert.doesNotMatch(text, /” means /);
      assert.doesNotMatch(text, /Provisions stated only in the declarations/);
      assert.match(note ?? '', /Definitions ‘Incident’ and ‘Competent Authority’/);
    }
  });

  it('ITPGRFA 2001, drafted, with Art. 2\'s chapeau ending in a full stop: its eight definitions after the chapeau (read: BWBV0001763)', () => {
    const file = 'fao-itpgrfa-plant-genetic-resources-2001.entente';
    const path = join(repoRoot, 'test/real-instruments', file);
    const text = replaced(readFileSync(path, 'utf8'), 'not intended to cover trade in commodities:', 'not intended to cover trade in commodities.');
    const service = diskService();
    const uri = pathToFileURL(path).href;
    service.open(uri, draftedVariant(text, file));
    const lines = article(service.render(uri, 'markdown')!, 'Article 2 – Use of terms');
    assert.equal(lines.length, 9);
    assert.match(lines[0], /trade in commodities\.$/);
    assert.match(lines[1], /^“In situ conservation” means /);
    assert.match(lines[8], /^“Centre of crop diversity” means .*\.$/);
  });
});
