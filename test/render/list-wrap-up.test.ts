/**
 * Treaty lawyer lr18, D9: a chapeau's closing words after its list ("The Parties shall: (a) …;
 * (b) …;" then "in accordance with their domestic law.") were exported as a paragraph of their own
 * (in Akoma Ntoso `<paragraph eId="art_1__para_2">`), which says a new provision begins. They are
 * now the list's end: the paragraph's `wrapUp` (constructs/paragraph-tree.ts), AKN `listWrapUp`
 * inside the `blockList` (the schema's optional element after all items), printed after the list in
 * Markdown, HTML and Word. Words and order stay as written; only the structure changes. Near
 * misses: a new sentence in capitals, or a numbered paragraph, after the list stays a paragraph, and
 * words after a nested item (which list they close, the text does not tell) stay where they were.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language/service';
import { splitParagraphs } from '../../server/src/language/constructs/paragraph-split';
import type { Paragraph } from '../../server/src/language/constructs/construct';
import { aknProblems, all, kids, parser, tag, textOf, type Node } from './akn-structure';
import { readDocx } from './docx-reader';

type Para = Exclude<Paragraph, string>;
const split = (text: string) => splitParagraphs(text) as Para[];

const header = `treaty "Agreement on Cyber Security Cooperation" {
  status binding
  languages English authentic
  done at "Tallinn" on 2027-03-01
  consent by signature
  effect on signature
}
party EE "Republic of Estonia" { kind state jurisdiction EE }
party FI "Republic of Finland" { kind state jurisdiction FI }
`;
const clause = (lines: string[]) => `${header}clause Cooperation "Cooperation" about purpose """\n${lines.map((l) => `  ${l}`).join('\n')}\n"""\n`;
const chapeau = ['The Parties shall:', '(a) exchange information on threats;', '(b) assist each other in incidents;', 'in accordance with their domestic law and their international obligations.'];
const numbered = ['1. The Parties shall:', '(a) exchange information on threats;', '(b) assist each other in incidents;', 'in accordance with their domestic law.', '2. Each Party shall bear its own costs.'];

function service(text: string) {
  const s = createEntenteService({ readFile: () => undefined });
  s.open('file:///t.entente', text);
  return s;
}
const akn = (text: string) => service(text).render('file:///t.entente', 'akn') ?? '';
/** The first article of the body, parsed back. */
function firstArticle(xml: string): Node {
  const nodes = all((parser.parse(xml) as Node[]).find((n) => tag(n) === 'akomaNtoso')!);
  return nodes.find((n) => tag(n) === 'article')!;
}
const words = (text: string) => text.replace(/[“”"]/gu, '').split(/\s+/u).filter((w) => w);
/** An element's text, a space between its parts (textOf joins them without one). */
const spaced = (n: Node): string => kids(n).map((k) => (tag(k) === '#text' ? String(k['#text']) : spaced(k))).join(' ');

describe('treaty lawyer lr18, D9: a chapeau’s closing words are its list’s wrap-up', () => {
  it('the splitter makes them the paragraph’s wrapUp, after a chapeau with no number', () => {
    const [p, ...rest] = split(chapeau.join('\n'));
    assert.equal(rest.length, 0);
    assert.deepEqual(p.items?.map((i) => i.label), ['(a)', '(b)']);
    assert.equal(p.wrapUp, 'in accordance with their domestic law and their international obligations.');
  });

  it('after a numbered chapeau the next number still continues the paragraphs', () => {
    const paragraphs = split(numbered.join('\n'));
    assert.deepEqual(paragraphs.map((p) => [p.label, p.wrapUp]), [['1.', 'in accordance with their domestic law.'], ['2.', undefined]]);
  });

  it('after a blank line too (IPP 1973 Art. 2(1))', () => {
    const [p, next] = split(['1. The intentional commission of:', '(a) a murder;', '(e) an attempt', '', 'shall be made by each State Party a crime under its internal law.', '2. Next.'].join('\n'));
    assert.equal(p.wrapUp, 'shall be made by each State Party a crime under its internal law.');
    assert.equal(next.label, '2.');
  });

  it('Akoma Ntoso: a listWrapUp inside the blockList, no paragraph of its own, valid, the words in order', () => {
    const xml = akn(clause(chapeau));
    assert.deepEqual(aknProblems(xml), []);
    const article = firstArticle(xml);
    const list = all(article).find((n) => tag(n) === 'blockList')!;
    const children = all(list).filter((n) => ['listIntroduction', 'item', 'listWrapUp'].includes(tag(n))).map(tag);
    assert.deepEqual(children, ['listIntroduction', 'item', 'item', 'listWrapUp']);
    assert.equal(textOf(all(list).find((n) => tag(n) === 'listWrapUp')!), chapeau[3]);
    assert.ok(!all(article).some((n) => tag(n) === 'paragraph'), 'no paragraph of its own');
    assert.deepEqual(words(spaced(list)), words(chapeau.join(' ')));
  });

  it('Akoma Ntoso, numbered: the words close paragraph 1, and paragraph 2 is the second', () => {
    const xml = akn(clause(numbered));
    assert.deepEqual(aknProblems(xml), []);
    const paragraphs = all(firstArticle(xml)).filter((n) => tag(n) === 'paragraph');
    assert.equal(paragraphs.length, 2);
    assert.deepEqual(words(spaced(paragraphs[0])), words(numbered.slice(0, 4).join(' ')).map((w) => (w === '1.' ? '1' : w)));
    assert.deepEqual(words(spaced(paragraphs[1])), ['2', 'Each', 'Party', 'shall', 'bear', 'its', 'own', 'costs.']);
  });

  it('Markdown, HTML and Word print the words after the list, in the same order', async () => {
    const s = service(clause(numbered));
    const md = s.render('file:///t.entente', 'markdown') ?? '';
    assert.match(md, /- \(b\) assist each other in incidents;\n\nin accordance with their domestic law\.\n\n2\\\. Each Party/u);
    const html = s.render('file:///t.entente', 'html') ?? '';
    assert.match(html, /<\/ul>\n<p class="list-wrap-up">in accordance with their domestic law\.<\/p>/u);
    const docx = await readDocx((await s.renderDocx('file:///t.entente'))!);
    const texts = docx.body.flatMap((b) => (b.kind === 'p' ? [b.text] : []));
    const at = texts.findIndex((t) => t.includes('assist each other'));
    assert.deepEqual(texts.slice(at, at + 3).map((t) => t.replace(/\s+/gu, ' ').trim()), ['(b) assist each other in incidents;', 'in accordance with their domestic law.', '2. Each Party shall bear its own costs.']);
  });

  it('near miss: a new sentence in capitals after the list stays a paragraph', () => {
    const paragraphs = split([...chapeau.slice(0, 3), 'In accordance with their domestic law, they shall also consult.'].join('\n'));
    assert.ok(paragraphs.every((p) => p.wrapUp === undefined), JSON.stringify(paragraphs));
    const xml = akn(clause([...chapeau.slice(0, 3), '', 'Each Party shall bear its own costs.']));
    assert.ok(!xml.includes('<listWrapUp>'), xml);
  });

  it('near miss: a numbered paragraph after the list is the next paragraph, not a wrap-up', () => {
    const paragraphs = split(['1. The Parties shall:', '(a) exchange information;', '(b) assist each other;', '2. each Party shall bear its own costs.'].join('\n'));
    assert.deepEqual(paragraphs.map((p) => [p.label, p.wrapUp]), [['1.', undefined], ['2.', undefined]]);
  });

  it('near miss: words after a nested item stay where they were', () => {
    const paragraphs = split(['1. The Parties shall:', '(a) exchange:', '(i) data;', '(ii) reports;', 'without delay.', '2. Next.'].join('\n'));
    assert.ok(paragraphs.every((p) => p.wrapUp === undefined), JSON.stringify(paragraphs));
  });
});
