/**
 * rg40 (seventy-third run, item 4, second half): lettered items under a chapeau with no number.
 * OSPAR 1992 Art. 25 "The Convention shall be open for signature at Paris … by:" then "a) the
 * Contracting Parties …", "b) …", "c) …", "d) …" (read: BWBV0001119, as the Tractatenblad prints
 * it: the chapeau, then its four items) printed its items as paragraphs of the article, level with
 * the chapeau, while Art. 9(3)'s ("3. … where it affects:" then "a) …") printed as the list of
 * their paragraph. A list opened under the element before it only where that element had a label.
 * Rule (constructs/paragraph-split.ts, `opensUnder`): a list of letters or Roman numerals right
 * after a paragraph with no number whose words end in ":" is that paragraph's list, in every format.
 *
 * Near misses: "… as follows:" then "1." stays paragraphs (numbers are not a chapeau's items); a
 * paragraph that ends in "." keeps the letters after it level with it; the closing words after a
 * blank line stand at article level, not in the last item; a paragraph number after the list (a
 * ":" sentence mid-article) continues the paragraphs instead of nesting under the last item; a
 * ":" line followed by words with no label is unchanged.
 */
import assert from 'node:assert/strict';
import { splitParagraphs } from '../../server/src/language/constructs/paragraph-split';
import type { ListItem, Paragraph } from '../../server/src/language/constructs/construct';
import { aknProblems } from './akn-structure';
import { readDocx } from './docx-reader';
import { exportedRealInstrument, openRealInstrument, renderText } from './render-fixtures';

type Para = Exclude<Paragraph, string>;
/** The tree as "label text" lines, indented by depth. */
function outline(text: string): string[] {
  const item = (i: ListItem, depth: number): string[] => [`${'  '.repeat(depth)}${i.label} ${i.text}`.trimEnd(), ...(i.items ?? []).flatMap((j) => item(j, depth + 1))];
  // A list's closing words (`wrapUp`) on the line after it, at the paragraph's level, as the exports print them.
  return (splitParagraphs(text) as Para[]).flatMap((p) => [`${p.label ?? ''} ${p.text}`.trim(), ...(p.items ?? []).flatMap((i) => item(i, 1)), ...(p.wrapUp ? [p.wrapUp] : [])]);
}

/** The Markdown lines of the section under `heading` (up to the next heading). */
function section(md: string, heading: string): string[] {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`## ${heading}`));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((l) => l.trim() !== '');
}

const ospar = 'ospar-convention-1992';

describe('rg40: lettered items under a chapeau with no number', () => {
  it('OSPAR Arts. 25 and 33: the items are the chapeau\'s list in Markdown, as Art. 9(3)\'s are paragraph 3\'s', () => {
    const md = exportedRealInstrument(ospar);
    assert.deepEqual(section(md, 'Article 25').map((l) => l.slice(0, 8)), ['The Conv', '   - a) ', '   - b) ', '   - c) ', '   - d) ']);
    assert.deepEqual(section(md, 'Article 33').map((l) => l.slice(0, 8)), ['The Depo', '   - a) ', '   - b) ', '   - c) ']);
    assert.ok(section(md, 'Article 9').includes('   - b) public security;'));
    // Every word as before, in the same order: only the list marks are new.
    assert.ok(md.includes('by:\n   - a) the Contracting Parties to the Oslo Convention or the Paris Convention;\n   - b) any other coastal State bordering the maritime area;'));
  });

  it('the same list in HTML, Akoma Ntoso (listIntroduction, then the items) and Word (one indent further in)', async () => {
    const html = exportedRealInstrument(ospar, 'html');
    assert.match(html, /<p>The Convention shall be open for signature at Paris from 22nd September 1992 to 30th June 1993 by:<\/p>\s*<ul class="items as-written"><li><span class="label">a\)<\/span> the Contracting Parties/u);
    const akn = exportedRealInstrument(ospar, 'akn');
    assert.match(akn, /<heading>Article 25 – Signature<\/heading><content><blockList eId="art_\d+__list_1"><listIntroduction>The <term [^>]*>Convention<\/term> shall be open for signature at Paris from 22nd September 1992 to 30th June 1993 by:<\/listIntroduction><item eId="art_\d+__list_1__item_a"><num>a\)<\/num><p>the Contracting Parties/u);
    assert.match(akn, /<heading>Article 33 – Duties of the depositary Government<\/heading><content><blockList [^>]*><listIntroduction>/u);
    assert.deepEqual(aknProblems(akn), []);
    const { service, uri } = openRealInstrument(`${ospar}.entente`);
    const body = (await readDocx((await service.renderDocx(uri))!)).body.flatMap((b) => (b.kind === 'p' ? [b] : []));
    const at = body.findIndex((b) => b.text.startsWith('The Convention shall be open for signature at Paris'));
    assert.ok(at >= 0);
    const [chapeau, a, d] = [body[at], body[at + 1], body[at + 4]];
    assert.ok(a.text.startsWith('a)\tthe Contracting Parties') && d.text.startsWith('d)\tany regional economic integration organisation'));
    assert.ok(chapeau.indent !== undefined && a.indent !== undefined && a.indent > chapeau.indent, `${chapeau.indent} ${a.indent}`);
    // As paragraph 3's items in Art. 9 stand under "3.".
    const para3 = body.find((b) => b.text.startsWith('3.\tThe provisions of this Article shall not affect'))!;
    const item = body.find((b) => b.text === 'b)\tpublic security;')!;
    assert.equal(item.indent! - para3.indent!, a.indent - chapeau.indent);
  });

  it('the splitter: letters and Roman numerals after a chapeau nest under it, sub-lists one further in', () => {
    assert.deepEqual(outline('The Depositary shall inform the Parties:\na) of the deposit of instruments;\nb) of the date of entry into force.'), ['The Depositary shall inform the Parties:', '  a) of the deposit of instruments;', '  b) of the date of entry into force.']);
    assert.deepEqual(outline('The objectives of this Convention are:\n(i) to achieve safety;\n(ii) to ensure defences.'), ['The objectives of this Convention are:', '  (i) to achieve safety;', '  (ii) to ensure defences.']);
    assert.deepEqual(outline('The Parties shall:\n(i) protect:\na) classified information;\nb) other information,\n(ii) not disclose it.'), ['The Parties shall:', '  (i) protect:', '    a) classified information;', '    b) other information,', '  (ii) not disclose it.']);
    // A wrapped line of an item, even one that begins a sentence, stays in the item (OPCW 1998, Att. 10(c)).
    assert.deepEqual(outline('The amenities are:\n(a) Working space, a small conference room.\nIn case the team wants a fume hood, one is provided;\n(b) Lodging.'), ['The amenities are:', '  (a) Working space, a small conference room. In case the team wants a fume hood, one is provided;', '  (b) Lodging.']);
  });

  it('near misses: numbers after "as follows:", letters after a ".", closing words, a later paragraph number, a ":" before plain words', () => {
    // "… as follows:" then "1.": the text's paragraphs, not the chapeau's items.
    assert.deepEqual(outline('The Parties have agreed as follows:\n1. Each Party shall designate a contact point.\n2. The contact points shall meet.'), ['The Parties have agreed as follows:', '1. Each Party shall designate a contact point.', '2. The contact points shall meet.']);
    // Nor upper-case Roman numerals or letters: the text's parts or paragraphs.
    assert.deepEqual(outline('The Parties have agreed as follows:\nI. General provisions apply.\nII. Final provisions apply.'), ['The Parties have agreed as follows:', 'I. General provisions apply.', 'II. Final provisions apply.']);
    assert.deepEqual(outline('The Parties have agreed as follows:\nA. Each Party shall report.\nB. Each Party shall publish.'), ['The Parties have agreed as follows:', 'A. Each Party shall report.', 'B. Each Party shall publish.']);
    // A paragraph that ends a sentence is no chapeau: the letters after it stand level with it, as before.
    assert.deepEqual(outline('The Parties shall co-operate.\na) Each Party shall report.\nb) Each Party shall publish.'), ['The Parties shall co-operate.', 'a) Each Party shall report.', 'b) Each Party shall publish.']);
    // Closing words after a blank line stand at article level, not in item (b); lower case (they complete the chapeau) or not.
    assert.deepEqual(outline('The intentional commission of:\n(a) a murder;\n(b) a kidnapping\n\nshall be made a crime under internal law.'), ['The intentional commission of:', '  (a) a murder;', '  (b) a kidnapping', 'shall be made a crime under internal law.']);
    assert.deepEqual(outline('The Parties shall exchange the following:\n(a) reports;\n(b) statistics.\n\nThe Parties shall keep them confidential.'), ['The Parties shall exchange the following:', '  (a) reports;', '  (b) statistics.', 'The Parties shall keep them confidential.']);
    // A ":" sentence mid-article: its list closes at the next paragraph number, with or without a blank line before it.
    assert.deepEqual(outline('1. The Parties shall co-operate.\n\nTo that end, they shall:\n(a) exchange information;\n(b) consult.\n\n2. Each Party shall designate a contact point.'), ['1. The Parties shall co-operate.', 'To that end, they shall:', '  (a) exchange information;', '  (b) consult.', '2. Each Party shall designate a contact point.']);
    assert.deepEqual(outline('1. The Parties shall co-operate.\n\nTo that end, they shall:\n(a) exchange information;\n(b) consult.\n2. Each Party shall designate a contact point.'), ['1. The Parties shall co-operate.', 'To that end, they shall:', '  (a) exchange information;', '  (b) consult.', '2. Each Party shall designate a contact point.']);
    // A ":" followed by words with no label, or a list run into the line, is unchanged.
    assert.deepEqual(outline('The address is:\nMinistry of Foreign Affairs, The Hague.'), ['The address is: Ministry of Foreign Affairs, The Hague.']);
    assert.deepEqual(outline('The Parties shall: (a) report; (b) publish.'), ['The Parties shall: (a) report; (b) publish.']);
    // A numbered paragraph's list, as before.
    assert.deepEqual(outline('3. It may be refused where it affects:\na) public security;\nb) personal data.'), ['3. It may be refused where it affects:', '  a) public security;', '  b) personal data.']);
  });

  it('a drafted text: the chapeau\'s items in Markdown, and the closing words after them at article level', () => {
    const text = `treaty "Agreement between Estonia and Finland on Co-operation" {
  status binding
  languages English authentic
}
party EE "the Republic of Estonia" {
  kind state
}
party FI "the Republic of Finland" {
  kind state
}
clause Art1 "Article 1 – Exchange" """
  The Parties shall exchange the following:
  (a) reports;
  (b) statistics.

  The Parties shall keep them confidential.
"""
`;
    const md = renderText(text);
    assert.match(md, /The Parties shall exchange the following:\n {3}- \(a\) reports;\n {3}- \(b\) statistics\.\n\nThe Parties shall keep them confidential\./u);
    const akn = renderText(text, 'akn');
    assert.match(akn, /<listIntroduction>The Parties shall exchange the following:<\/listIntroduction><item [^>]*><num>\(a\)<\/num><p>reports;<\/p><\/item><item [^>]*><num>\(b\)<\/num><p>statistics\.<\/p><\/item><\/blockList><\/content><\/paragraph><paragraph [^>]*><content><p>The Parties shall keep them confidential\.<\/p>/u);
    assert.deepEqual(aknProblems(akn), []);
  });
});
