/**
 * Eighty-fourth run, defect 3: NL–UK road vehicle taxation Agreement 1969, Art. 2(1) (read:
 * BWBV0004181). "(1) Vehicles which are:" (a)–(c), then on the line after (c), with no blank line,
 * "shall be exempted from the taxes and charges …": the closing words govern (a)–(c) together and
 * were printed inside item (c). Now a line in lower case straight after a first-level item that
 * ends ";", on one line, is the paragraph's again where it ends the sentence (constructs/chapeau-closing.ts). Near misses: a line in
 * lower case after an item that ends in no such mark runs on in the item; after a nested item the
 * text does not tell which list the words close, and they stay where they were.
 */
import assert from 'node:assert/strict';
import { splitParagraphs } from '../../server/src/language/constructs/paragraph-split';
import type { ListItem, Paragraph } from '../../server/src/language/constructs/construct';

type Para = Exclude<Paragraph, string>;
const split = (text: string) => splitParagraphs(text) as Para[];
function outline(paragraphs: readonly Para[]): string[] {
  const item = (i: ListItem, depth: number): string[] => [`${'  '.repeat(depth)}${i.label} ${i.text}`.trimEnd(), ...(i.items ?? []).flatMap((j) => item(j, depth + 1))];
  // A list's closing words (`wrapUp`) on the line after it, at the paragraph's level, as the exports print them.
  return paragraphs.flatMap((p) => [`${p.label ?? ''} ${p.text}`.trim(), ...(p.items ?? []).flatMap((i) => item(i, 1)), ...(p.wrapUp ? [p.wrapUp] : [])]);
}

const art2 = [
  '(1) Vehicles which are:',
  '(a) registered in the territory of one of the Contracting Parties;',
  '(b) owned by persons resident outside the territory of the other Contracting Party; and',
  '(c) temporarily imported into the territory of that other Contracting Party;',
  'shall be exempted from the taxes and charges levied on the circulation or possession of vehicles in that territory.',
  '(2) This exemption shall not apply to tolls.',
].join('\n');

describe('eighty-fourth run, defect 3: a chapeau’s closing words after its last item', () => {
  it('NL–UK 1969 Art. 2(1): the closing words stand after the list, and (2) still continues the paragraphs', () => {
    assert.deepEqual(outline(split(art2)), [
      '(1) Vehicles which are:',
      '  (a) registered in the territory of one of the Contracting Parties;',
      '  (b) owned by persons resident outside the territory of the other Contracting Party; and',
      '  (c) temporarily imported into the territory of that other Contracting Party;',
      'shall be exempted from the taxes and charges levied on the circulation or possession of vehicles in that territory.',
      '(2) This exemption shall not apply to tolls.',
    ]);
    // The end of paragraph (1)'s list, not a paragraph of its own (treaty lawyer lr18, D9; test/render/list-wrap-up.test.ts).
    assert.match(split(art2)[0].wrapUp ?? '', /^shall be exempted/u);
  });

  it('near miss: an item that ends in no mark runs on into the next line', () => {
    const text = art2.replace('Contracting Party;\nshall', 'Contracting Party\nshall');
    const lines = outline(split(text));
    assert.ok(lines.some((l) => /^ {2}\(c\) .*Contracting Party shall be exempted/u.test(l)), lines.join('\n'));
  });

  it('near miss: after a nested item the words stay where they were', () => {
    const text = ['1. The Parties shall:', '(a) exchange:', '(i) data;', '(ii) reports;', 'without delay.', '2. Next.'].join('\n');
    const lines = outline(split(text));
    assert.ok(!lines.includes('without delay.'), lines.join('\n'));
  });

  it('near miss: an item that runs over lines, wrapped at its semicolon, keeps its sentence (NL–Liechtenstein TIEA 2009, Art. 8(f))', () => {
    const text = ['The following provisions apply:', 'a) The data may be used.', 'f) The receiving authority shall bear liability', 'to any person suffering damage pursuant to this Agreement;', 'in relation to the damaged person, the receiving authority may not plead in its defence that the damage had been caused.'].join('\n');
    const lines = outline(split(text));
    assert.ok(!lines.some((l) => /^in relation to/u.test(l)), lines.join('\n'));
  });

  it('near miss: a lone conjunction after an item is the list’s, not closing words', () => {
    const text = art2.replace('Contracting Party;\nshall', 'Contracting Party;\nand the like.\nshall');
    const lines = outline(split(text));
    assert.ok(!lines.includes('and the like.'), lines.join('\n'));
  });

  it('near miss: a line in capitals after the last item is not taken for closing words', () => {
    const text = art2.replace('shall be exempted', 'Shall be exempted');
    const lines = outline(split(text));
    assert.ok(!lines.some((l) => /^Shall be exempted/u.test(l)), lines.join('\n'));
  });
});
