/**
 * lg37, item 3: dashed sub-items. The Council of Europe and tax texts set out sub-items with dashes
 * under a lettered item or a numbered paragraph: Lanzarote Convention 2007, Art. 18(1)(b) "engaging
 * in sexual activities with a child where:" then "– use is made of coercion, force or threats; or",
 * "– abuse is made of …" (three indents). A transcription writes each on its own line, as the text
 * does; the splitter read no label in a dash, so every export ran the sub-items into the words of
 * the item before them ("… where: – use is made … – abuse is made …"), and a dashed list after a
 * blank line (the Paris Call's nine principles) into one paragraph. Now a dash at the start of a
 * line is an item under the element before it (constructs/paragraph-split.ts, `dashItem`), nested
 * in Markdown, HTML, Akoma Ntoso and Word; a new sentence after a dashed item that ended one is the
 * paragraph's again; a list the transcriber ran into its lines stays as written.
 */
import assert from 'node:assert/strict';
import { splitParagraphs } from '../../server/src/language/constructs/paragraph-split';
import type { ListItem, Paragraph } from '../../server/src/language/constructs/construct';
import { aknProblems } from './akn-structure';
import { readDocx } from './docx-reader';
import { exportedRealInstrument, openRealInstrument } from './render-fixtures';

type Para = Exclude<Paragraph, string>;
const split = (text: string) => splitParagraphs(text) as Para[];
/** The tree as "label text" lines, indented by depth. */
function outline(paragraphs: readonly Para[]): string[] {
  const item = (i: ListItem, depth: number): string[] => [`${'  '.repeat(depth)}${i.label} ${i.text}`.trimEnd(), ...(i.items ?? []).flatMap((j) => item(j, depth + 1))];
  return paragraphs.flatMap((p) => [`${p.label ?? ''} ${p.text}`.trim(), ...(p.items ?? []).flatMap((i) => item(i, 1))]);
}

const lanzarote = 'coe-lanzarote-child-protection-2007';

describe('lg37 item 3: dashed sub-items nest under the element before them', () => {
  it('Lanzarote 2007 Art. 18(1)(b): the three indents under b), in Markdown, HTML, Akoma Ntoso and Word', async () => {
    const md = exportedRealInstrument(lanzarote);
    assert.ok(md.includes('   - b) engaging in sexual activities with a child where:\n     - use is made of coercion, force or threats; or\n     - abuse is made of a recognised position of trust'));
    assert.doesNotMatch(md, /where: – use is made/u);
    const html = exportedRealInstrument(lanzarote, 'html');
    assert.match(html, /<span class="label">b\)<\/span> engaging in sexual activities with a child where:<ul class="items as-written"><li><span class="label">–<\/span> use is made of coercion/u);
    const akn = exportedRealInstrument(lanzarote, 'akn');
    assert.match(akn, /<listIntroduction>engaging in sexual activities with a <term refersTo="#child">child<\/term> where:<\/listIntroduction><item eId="art_18__para_1__list_1__item_b__list_1__item_1"><num>–<\/num><p>use is made of coercion/u);
    assert.deepEqual(aknProblems(akn), []);
    const { service, uri } = openRealInstrument(`${lanzarote}.entente`);
    const texts = (await readDocx((await service.renderDocx(uri))!)).body.flatMap((b) => (b.kind === 'p' ? [b.text] : []));
    const at = texts.indexOf('b)\tengaging in sexual activities with a child where:');
    assert.ok(at >= 0);
    assert.equal(texts[at + 1], '–\tuse is made of coercion, force or threats; or');
    assert.match(texts[at + 3], /^–\tabuse is made of a particularly vulnerable situation/u);
  });

  it('under a numbered paragraph, and a sentence on the dash line stays in its indent (Lanzarote Art. 14(3))', () => {
    const md = exportedRealInstrument(lanzarote);
    assert.ok(md.includes('shall include:\n   - the possibility of removing the alleged perpetrator;\n   - the possibility of removing the victim from his or her family environment. The conditions and duration of such removal shall be determined in accordance with the best interests of the child.\n\n4\\.'));
  });

  it('the Paris Call 2018: the nine principles under "notably in order to:", each an item, the text\'s hyphen its one list mark in Markdown (runs 71 and 73, defect 5)', () => {
    const md = exportedRealInstrument('paris-call-2018');
    const items = md.split('\n').filter((l) => /^ {3}- \S/u.test(l) && !l.startsWith('   - \\-'));
    assert.equal(items.length, 9);
    assert.match(items[0], /^ {3}- Prevent and recover from malicious cyber activities/u);
    assert.match(md, /notably in order to:\n {3}- Prevent/u);
    assert.doesNotMatch(md, /- \\- |- – /u);
    // No paragraph begins with a bare "- ", which Markdown would read as a list of its own.
    assert.doesNotMatch(md, /^- Prevent/mu);
  });

  it('the splitter: nesting, continuation and what closes a dashed list', () => {
    assert.deepEqual(outline(split('1. The Parties shall:\na) x where:\n– one; or\n– two;\nb) y;\n2. Next.')), ['1. The Parties shall:', '  a) x where:', '    – one; or', '    – two;', '  b) y;', '2. Next.']);
    // Under a paragraph with no number, the dashes are its items; a numbered list after them starts at the top, as before.
    assert.deepEqual(outline(split('The Parties agree to:\n- share;\n- meet.\n\n1. First.')), ['The Parties agree to:', '  - share;', '  - meet.', '1. First.']);
    // A new sentence after a dashed item that ended one is the paragraph's (NL–UNU/INTECH 1989, Art. V).
    assert.deepEqual(outline(split('1. In respect of the Agreement;\n- the Director shall facilitate;\n- vehicles shall be driven by personnel.\nIn respect of Article XX, arbitration applies.\n2. Next.')), ['1. In respect of the Agreement;', '  - the Director shall facilitate;', '  - vehicles shall be driven by personnel.', 'In respect of Article XX, arbitration applies.', '2. Next.']);
    // A wrapped line of an item stays in it.
    assert.deepEqual(outline(split('1. Chapeau:\n– the European Convention on Extradition, opened for signature in\nParis (ETS No. 24);\n– another.')), ['1. Chapeau:', '  – the European Convention on Extradition, opened for signature in Paris (ETS No. 24);', '  – another.']);
  });

  it('near misses: a list run into the lines, a dash after an unfinished sentence whose words begin in capitals; the preamble\'s list', () => {
    // Benelux 2006's preamble as transcribed: "…; – een spoorwegnet" at a line start after a line that runs its dashes inline.
    const inline = 'door de aanwezigheid van onder meer: – nucleaire installaties; – SEVESO-bedrijven; –\nvervoer van gevaarlijke stoffen; – een netwerk voor het transport van hoogspanning;\n– een spoorwegnet; – een wegennet.';
    assert.deepEqual(outline(split(inline)), [inline.replace(/\n/g, ' ')]);
    // GG–NL 2008: "In the case of Guernsey the address is" then "– The Administrator …": the sentence's own words.
    const address = 'Communications will be in writing. In the case of Guernsey the address is\n– The Administrator of Income Tax PO Box No. 37\nIn the case of the Netherlands the address is\n– The Fiscal Information and Investigations Service';
    assert.deepEqual(outline(split(address)), [address.replace(/\n/g, ' ')]);
    assert.match(exportedRealInstrument('gg-nl-tax-cooperation-mou-2008'), /the address is – The Administrator of Income Tax/u);
    // A preamble's dashed recitals print as the list they are (r108 D3, rf107-list-ends.test.ts): Macolin 2014's conferences.
    assert.match(exportedRealInstrument('coe-macolin-sports-manipulation-2014'), /the following conferences:\n {3}- the 11th Council of Europe Conference of Ministers responsible for Sport/u);
  });
});
