/**
 * The drafter's own numbers and letters (test/render/EXPORT-REVIEW-2.md, S1, S2 and closing items
 * 1–6, 17–19, 21, 25–29): the export prints every paragraph and list item of the drafter's text
 * with the label the text gives it ("1.", "(a)", "a)", "(i)", "III.", or none), in the text's
 * order and nesting, and never takes a number that ends a wrapped line's sentence ("18 June /
 * 1998.") for a paragraph number. Each test renders a real transcription through the core render
 * API and quotes the primary text (statengeneraal/laws-markdown, the path in each file's header).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitParagraphs } from '../../server/src/language/constructs/paragraph-split';
import type { ListItem, Paragraph } from '../../server/src/language/render/instrument-model';
import { runBin, repoRoot } from '../cli/cli-harness';
import { readDocx } from './docx-reader';
import { openRealInstrument, realInstrumentNames, exportedRealInstrument } from './render-fixtures';

const exported = exportedRealInstrument;

/** The Markdown lines of the section under `heading` (up to the next heading). */
function section(md: string, heading: string): string[] {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => l.startsWith('#') && l.includes(heading));
  assert.ok(start >= 0, `no heading “${heading}”`);
  // The last article ends where the final formula starts (no heading before it, and none after it on a concluded text: render/unprinted-note.ts).
  const end = lines.findIndex((l, i) => i > start && (l.startsWith('#') || /^(?:IN WITNESS WHEREOF|---$)/.test(l)));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((l) => l.trim() !== '');
}

/** Labels and words of split paragraphs, in order, as one line of text. */
function stream(paragraphs: readonly Paragraph[]): string {
  const item = (i: ListItem): string[] => [i.label, i.text, ...(i.items ?? []).flatMap(item)];
  return paragraphs
    .flatMap((p) => (typeof p === 'string' ? [p] : [p.label ?? '', p.text, ...(p.items ?? []).flatMap(item), p.wrapUp ?? '']))
    .filter((t) => t !== '')
    .join(' ');
}

const plainLines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('|'));

describe('export labels: the drafter’s numbers and letters, as written', () => {
  describe('the paragraph splitter', () => {
    it('a year or a reference wrapped onto the next line stays in its sentence (S2; Tampere Art. 17, Macolin preamble, Physical Protection Art. 8(2), Brawijaya–Wageningen)', () => {
      const cases: [string, string][] = [
        ['will be made available for signature at Tampere on 18 June\n1998. The depositary shall prepare the authentic texts', 'will be made available for signature at Tampere on 18 June 1998. The depositary shall prepare the authentic texts'],
        ['Conference of Ministers responsible for Sport (Belgrade, 15 March\n2012) particularly in respect of the drafting', 'Conference of Ministers responsible for Sport (Belgrade, 15 March 2012) particularly in respect of the drafting'],
        ['bilateral project on crop production and plant protection (LHW\n14) the Universitas Brawijaya requested', 'bilateral project on crop production and plant protection (LHW 14) the Universitas Brawijaya requested'],
        ['secondly for the PUO-programme (see appendix\nA) and thirdly as agreed upon', 'secondly for the PUO-programme (see appendix A) and thirdly as agreed upon'],
      ];
      for (const [source, text] of cases) assert.deepEqual(splitParagraphs(source), [{ label: '', text }], source);
      const art8 = splitParagraphs('1. Each State Party shall take such measures:\n2. Each State Party shall likewise take such measures … to any of the States mentioned in paragraph\n1.\n3. This Convention does not exclude any criminal jurisdiction.');
      assert.deepEqual(art8.map((p) => typeof p === 'object' && [p.label, p.text]), [
        ['1.', 'Each State Party shall take such measures:'],
        ['2.', 'Each State Party shall likewise take such measures … to any of the States mentioned in paragraph 1.'],
        ['3.', 'This Convention does not exclude any criminal jurisdiction.'],
      ]);
    });

    it('the next number after a line that ends in no word a number completes is the next paragraph; after "of", "paragraph" or a month it is not', () => {
      const labels = (text: string) => splitParagraphs(text).map((p) => typeof p === 'object' && p.label);
      assert.deepEqual(labels('16. Table of Equivalent Security Classification Categories\nOngeclassificeerd | Unclassified\n17. The Government furnishing classified matter'), ['16.', '17.']);
      assert.deepEqual(labels('1. This Convention shall apply.\n2. It shall apply to the States referred to in paragraph\n3. of Article 4.'), ['1.', '2.']);
      assert.deepEqual(labels('1. The Parties shall meet.\n2. The Convention opened for signature in June\n3. and in July'), ['1.', '2.']);
    });

    it('a later paragraph number after a sentence end within a line begins that paragraph (NL–Slovakia Art. 2(1)–(2))', () => {
      const split = splitParagraphs('1. Subject to … by the Vienna Convention on Diplomatic Relations of 18 April\n1961. 2.  The immunity granted to persons mentioned in paragraph 1 of this Article shall not');
      assert.deepEqual(split, [
        { label: '1.', text: 'Subject to … by the Vienna Convention on Diplomatic Relations of 18 April 1961.' },
        { label: '2.', text: 'The immunity granted to persons mentioned in paragraph 1 of this Article shall not' },
      ]);
      // Near miss: a number that is not the next one stays in the sentence.
      assert.deepEqual(splitParagraphs('1. as set out in Article 4. 7. The Parties'), [{ label: '1.', text: 'as set out in Article 4. 7. The Parties' }]);
    });

    it('a sub-list keeps its nesting: "(i)" under "(e) a threat:", while "(i)" after "(h)" continues the letters', () => {
      const [p] = splitParagraphs('1. The intentional commission of:\n(a) an act;\n(b) a theft;\n(c) an embezzlement;\n(d) a demand;\n(e) a threat:\n(i) to use nuclear material, or\n(ii) to commit an offence;\n(f) an attempt; and\n(g) participation');
      assert.ok(typeof p === 'object');
      assert.deepEqual(p.items?.map((i) => [i.label, (i.items ?? []).map((s) => s.label)]), [['(a)', []], ['(b)', []], ['(c)', []], ['(d)', []], ['(e)', ['(i)', '(ii)']], ['(f)', []], ['(g)', []]]);
      const letters = 'abcdefgh'.split('').map((l) => `(${l}) amenity ${l};`).join('\n');
      const amenities = splitParagraphs(`The amenities:\n${letters}\n(i) other: none`);
      // The items nest under the chapeau with no number before them (rg40); "(i)" is their ninth, not a sub-list of "(h)".
      assert.deepEqual(amenities.map((r) => typeof r === 'object' && [r.label, (r.items ?? []).map((i) => [i.label, i.items?.length ?? 0])]), [['', [['(a)', 0], ['(b)', 0], ['(c)', 0], ['(d)', 0], ['(e)', 0], ['(f)', 0], ['(g)', 0], ['(h)', 0], ['(i)', 0]]]]);
    });

    // Fifty-ninth run, item 7 (SAR Convention 1979, Annex, read: BWBV0003096; London Protocol 1996 Art. 1(4), BWBV0003139).
    it('IMO numbering: "3.1.9 Parties" without its stop continues 3.1.8; ".1", ".2" items one per line; "2.3.3." after an excerpt of 2.1', () => {
      const shape = (ps: readonly Paragraph[]) => ps.map((p) => (typeof p === 'object' ? [p.label, (p.items ?? []).map((i) => [i.label, (i.items ?? []).map((s) => s.label)])] : p));
      assert.deepEqual(shape(splitParagraphs('3.1. Co-operation between States\n3.1.1. Parties shall co-ordinate.\n3.1.2. The responsible authorities of Parties shall:\n.1 immediately acknowledge the receipt of such a request; and\n.2 as soon as possible indicate the conditions.\n3.1.3. Parties shall authorize their responsible authority.\n3.1.4 Parties shall co-ordinate and co-operate.')), [
        ['3.1.', [['3.1.1.', []], ['3.1.2.', ['.1', '.2']], ['3.1.3.', []], ['3.1.4', []]]],
      ]);
      assert.deepEqual(shape(splitParagraphs('2.1.11. Parties shall forward information, including the:\n.1 national authority;\n.2 location of the centres; and\n.3 principal types of units. The Secretary-General shall transmit it.\n2.3.3. Each rescue co-ordination centre shall be operational on a 24-hour basis.')), [
        ['2.1.11.', [['.1', []], ['.2', []], ['.3', []]]],
        ['2.3.3.', []],
      ]);
      // Two IMO levels: "4. .1 … means:" then its items, then ".2" of paragraph 4.
      const [four] = splitParagraphs('4. .1 Dumping means:\n.1 any deliberate disposal;\n.2 any storage.\n.2 Dumping does not include:\n.1 the disposal incidental.');
      assert.ok(typeof four === 'object');
      assert.deepEqual(four.items?.map((i) => [i.label, i.text, (i.items ?? []).map((s) => s.label)]), [['.1', 'Dumping means:', ['.1', '.2']], ['.2', 'Dumping does not include:', ['.1']]]);
      // Near misses: a decimal, a date or a number out of sequence at the start of a line stays in its sentence.
      const words = (text: string) => splitParagraphs(text).map((p) => (typeof p === 'object' ? p.label : p));
      assert.deepEqual(words('3.1.8. The budget rose.\n2.5 Million euros were spent.'), ['3.1.8.']);
      assert.deepEqual(words('3.1.8. The budget was adopted on\n12.03.2020 The Parties met.'), ['3.1.8.']);
      assert.deepEqual(words('3.1.8. The Parties agreed.\n3.1.12 Parties shall report.'), ['3.1.8.']);
      assert.deepEqual(words('3.1.8. The Parties agreed.\n3.1.9 of the Annex applies.'), ['3.1.8.']);
      assert.deepEqual(words('1. The share rose by\n.5 per cent.'), ['1.']);
    });

    it('every clause of every real transcription reaches the paragraphs whole: the same labels and words, in the same order', () => {
      for (const name of realInstrumentNames) {
        const source = readFileSync(join(repoRoot, 'test/real-instruments', name), 'utf8');
        for (const [, body] of source.matchAll(/"""\n([\s\S]*?)"""/g)) {
          const expected = plainLines(body).join(' ').replace(/\s+/g, ' ');
          const got = stream(splitParagraphs(body).map((p) => (typeof p === 'object' ? { ...p, table: undefined } : p)));
          assert.equal(got.replace(/\s+/g, ' '), expected, `${name}: ${expected.slice(0, 80)}`);
        }
      }
    });
  });

  describe('the real transcriptions, in every format', () => {
    it('item 1: Physical Protection of Nuclear Material Art. 7(1) — "(e) a threat: (i) … (ii) …; (f) an attempt …; and (g) …"', async () => {
      // Primary (BWBV0003800): "(e) a threat: (i) to use nuclear material … (ii) to commit an offence …
      // (f) an attempt to commit any offence described in paragraphs (a), (b) or (c); and (g) an act
      // which constitutes participation in any offence described in paragraphs (a) to (f)".
      const lines = section(exported('iaea-physical-protection-nuclear-material-1980'), 'Article 7');
      assert.ok(lines.includes('   - (e) a threat:'), lines.join('\n'));
      assert.ok(lines.some((l) => l.startsWith('     - (i) to use nuclear material to cause death')));
      assert.ok(lines.some((l) => l.startsWith('     - (ii) to commit an offence described in sub-paragraph (b)')));
      assert.ok(lines.some((l) => l.startsWith('   - (f) an attempt to commit any offence described in paragraphs (a), (b) or (c); and')));
      assert.ok(lines.some((l) => l.startsWith('   - (g) an act which constitutes participation in any offence described in paragraphs (a) to (f)')));
      assert.ok(!lines.some((l) => /^\s*- \(h\)/.test(l)), 'no item (h)');
      const html = exported('iaea-physical-protection-nuclear-material-1980', 'html');
      assert.match(html, /<li><span class="label">\(e\)<\/span> a threat:<ul class="items as-written"><li><span class="label">\(i\)<\/span> to use nuclear material/);
      assert.match(html, /<li><span class="label">\(f\)<\/span> an attempt to commit/);
      const akn = exported('iaea-physical-protection-nuclear-material-1980', 'akn');
      assert.match(akn, /<num>\(e\)<\/num><blockList [^>]*><listIntroduction>a threat:<\/listIntroduction><item [^>]*><num>\(i\)<\/num><p>to use (?:<term [^>]*>)?nuclear material/);
      assert.match(akn, /<num>\(f\)<\/num><p>an attempt to commit/);
      const { service, uri } = openRealInstrument('iaea-physical-protection-nuclear-material-1980.entente');
      const docx = await readDocx((await service.renderDocx(uri))!);
      const texts = docx.body.flatMap((b) => (b.kind === 'table' ? [] : [b.text]));
      for (const line of ['(e)\ta threat:', '(i)\tto use nuclear material', '(ii)\tto commit an offence', '(f)\tan attempt to commit', '(g)\tan act which constitutes participation']) assert.ok(texts.some((t) => t.startsWith(line)), line);
    });

    it('item 5 and 17: Physical Protection Art. 8 keeps "paragraph 1."; Art. 5(2)(b)(i)–(iii), Art. 18(4)(a)–(d) and the Annex II table rows as written', () => {
      // Primary: "2. … to any of the States mentioned in paragraph 1. 3. This Convention does not exclude … 4. In addition …".
      const md = exported('iaea-physical-protection-nuclear-material-1980');
      const art8 = section(md, 'Article 8');
      assert.deepEqual(art8.filter((l) => /^\d/.test(l)).map((l) => l.slice(0, 4)), ['1\\. ', '2\\. ', '3\\. ', '4\\. ']);
      assert.ok(art8.some((l) => l.endsWith('to any of the States mentioned in paragraph 1.')));
      const art5 = section(md, 'Article 5');
      assert.ok(art5.some((l) => l.startsWith('     - (i) co-ordinate their efforts through diplomatic and other agreed channels;')), art5.join('\n'));
      const art18 = section(md, 'Article 18');
      assert.ok(art18.includes(art18.find((l) => l.startsWith('4\\. (a) This Convention shall be open for signature or accession by international organizations'))!));
      assert.deepEqual(art18.filter((l) => l.startsWith('   - ')).map((l) => l.slice(5, 8)), ['(b)', '(c)', '(d)']);
      const annex2 = section(md, 'Annex II –');
      assert.ok(annex2[0].startsWith('Material / Form / Category I'), annex2[0]);
      assert.ok(annex2[1].startsWith('1\\. Plutonium(a) / Unirradiated(b)'), annex2[1]);
      assert.deepEqual(annex2.filter((l) => /^\d/.test(l)).map((l) => l.slice(0, 3)), ['1\\.', '2\\.', '3\\.', '4\\.']);
      assert.match(exported('iaea-physical-protection-nuclear-material-1980', 'akn'), /<num>3\.<\/num><content><p>This Convention does not exclude any criminal jurisdiction/);
    });

    it('item 2: NL–US customs 1996 Annex — principles 1–7 as written, 5(1)–(3) under principle 5', () => {
      // Primary (BWBV0001306): "###3 Appropriate security measures …", "###4 Appropriate measures shall be taken to enable
      // a person:", "1. No exception to the provisions under principles 1, 2 and 4 …", "3. Restrictions on the exercise of
      // the rights specified in principle 4, paragraphs b, c and d …".
      const lines = section(exported('nl-us-customs-mutual-assistance-1996'), 'Annex – Basic Principles of Data Protection');
      assert.ok(lines[0].startsWith('Each Customs Administration shall'), lines[0]);
      assert.ok(lines.some((l) => l.startsWith('3\\. Appropriate security measures shall be taken')));
      assert.ok(lines.some((l) => l.startsWith('4\\. Appropriate measures shall be taken to enable a person:')));
      assert.ok(lines.some((l) => l.startsWith('5\\. 1\\. No exception to the provisions under principles 1, 2 and 4')));
      assert.ok(lines.some((l) => l.startsWith('   - 3\\. Restrictions on the exercise of the rights specified in principle 4, paragraphs b, c and d')));
      assert.ok(lines.some((l) => l.startsWith('7\\. None of the provisions of this Annex')));
      const akn = exported('nl-us-customs-mutual-assistance-1996', 'akn');
      assert.match(akn, /<num>3\.<\/num>(?:<content>)?<p>Appropriate security measures/);
      assert.doesNotMatch(akn.slice(akn.indexOf('Basic Principles of Data Protection')), /<num>8\.<\/num>/);
      assert.match(exported('nl-us-customs-mutual-assistance-1996', 'html'), /<span class="label">3\.<\/span> Appropriate security measures/);
    });

    it('item 3: a chapeau is not paragraph 1 — Macolin Art. 3, Tampere Art. 1, ACS Art. 4, Curaçao–Croatia annexed Art. 16, NL–US customs Art. 1', () => {
      // Macolin primary (BWBV0006419): "1.“Sports competition” means …", "2.“Sports organisation” means …"; Art. 31: "referred to in Article 3.2".
      const macolin = section(exported('coe-macolin-sports-manipulation-2014'), 'Article 3 ');
      assert.equal(macolin[0], 'For the purposes of this Convention:');
      assert.ok(macolin[1].startsWith('1\\. “Sports competition” means'), macolin[1]);
      assert.ok(macolin[2].startsWith('2\\. “Sports organisation” means'), macolin[2]);
      // Tampere primary (BWBV0001487): "Unless otherwise indicated by the context …" (no number), then the definitions 1–15.
      const tampere = section(exported('tampere-telecommunication-resources-1998'), 'Article 1 ');
      assert.ok(tampere[0].startsWith('Unless otherwise indicated by the context'), tampere[0]);
      assert.ok(tampere[1].startsWith('1\\. “State Party” means'), tampere[1]);
      assert.ok(tampere.some((l) => l.startsWith('15\\. ')) && !tampere.some((l) => l.startsWith('16\\. ')));
      const acs = section(exported('acs-natural-disasters-1999'), 'Article 4 ');
      assert.equal(acs[0], 'The Contracting Parties shall promote:');
      assert.ok(acs[1].startsWith('1\\. the formulation and implementation of standards'), acs[1]);
      const directive = section(exported('cw-hr-savings-income-letters-2013'), 'Article 16 of Directive 2011/16/EU');
      assert.equal(directive[0], '“Disclosure of information and documents');
      assert.ok(directive[1].startsWith('1\\. Information communicated between Member States'), directive[1]);
      const customs = section(exported('nl-us-customs-mutual-assistance-1996'), 'Definitions, Article 1');
      assert.ok(!customs[0].startsWith('1\\.'), customs[0]);
      assert.ok(customs.some((l) => l.startsWith('8\\. ')) && !customs.some((l) => l.startsWith('9\\. ')));
      assert.match(exported('coe-macolin-sports-manipulation-2014', 'akn'), /<num>2\.<\/num><content><p>“(?:<(?:term|def) [^>]*>)?Sports organisation/);
    });

    it('items 4 and 18: Tampere Art. 17 keeps "18 June 1998", Macolin keeps "(Belgrade, 15 March 2012)", in every format', async () => {
      // Primary (BWBV0001487): "… at Tampere on 18 June 1998. The depositary shall prepare …" (no paragraph numbers).
      const art17 = section(exported('tampere-telecommunication-resources-1998'), 'Article 17 ');
      assert.equal(art17.length, 1);
      assert.match(art17[0], /at Tampere on 18 June 1998\. The depositary shall prepare the authentic texts/);
      for (const format of ['html', 'akn'] as const) assert.match(exported('tampere-telecommunication-resources-1998', format), /at Tampere on 18 June 1998\. (?:<term [^>]*>)?The depositary/, format);
      const { service, uri } = openRealInstrument('tampere-telecommunication-resources-1998.entente');
      const docx = await readDocx((await service.renderDocx(uri))!);
      assert.ok(docx.body.some((b) => b.kind !== 'table' && /at Tampere on 18 June 1998\. The depositary/.test(b.text)));
      // Primary (BWBV0006419): "(Belgrade, 15 March 2012) particularly in respect of the drafting …".
      assert.match(exported('coe-macolin-sports-manipulation-2014'), /\(Belgrade, 15 March 2012\) particularly in respect of the drafting/);
    });

    it('item 6: OPCW facility agreement — Part B of Attachments 1 and 10 is its own part, its items (a)–(d) its own', () => {
      // Primary (BWBV0001601), Section 13(3): "Updates to Part B of Attachment 1 to this Agreement shall be made by the OPCW."
      const att1 = section(exported('nl-opcw-facility-agreement-1998'), 'Attachment 1 ');
      // "Part B" is a heading of its own, as the series prints it ("###Part B", then the chapeau; ex41).
      const partB = att1.indexOf('Part B');
      assert.ok(partB > 0, att1.join('\n'));
      assert.equal(att1[partB + 1], 'To be provided and updated by the OPCW:');
      // Each Part's items are the list of its own chapeau ("To be provided and updated by …:"), nested under it (rg40).
      assert.deepEqual(att1.slice(partB + 2).map((l) => l.slice(0, 8)), ['   - (a)', '   - (b)', '   - (c)', '   - (d)']);
      assert.match(att1[partB - 1], /^ {3}- \(d\) the following inspection activities .* any handling of highly toxic chemicals\.$/);
      const att10 = section(exported('nl-opcw-facility-agreement-1998'), 'Attachment 10 ');
      assert.ok(att10.includes('     - (i) number of interpreters: none'));
      const att10B = att10.indexOf('Part B');
      assert.ok(att10B > 0 && att10[att10B + 1].startsWith('Distribution of costs'));
    });

    it('items 19 and 21: Brawijaya–Wageningen keeps "(LHW 14)" and "1. Funds … 2. Salaries"; NL–UNU prints "a) … b) … c)" without numbers', () => {
      // Primary (BWBV0003313): "(LHW 14) the Universitas Brawijaya requested LHW …"; "1.Funds from the Dutch government …", "2.Salaries of LHW staff …".
      const md = exported('id-nl-brawijaya-wageningen-letter-of-intent-1979');
      assert.match(md, /plant protection \(LHW 14\) the Universitas Brawijaya requested/);
      assert.match(md, /\n   - 1\\\. Funds from the Dutch government/);
      assert.match(md, /\n   - 2\\\. Salaries of LHW staff/);
      // Primary (BWBV0002316): "a)The Government shall contribute Hfl 30 million …".
      const unu = section(exported('nl-unu-intech-memorandum-of-agreement-1989'), 'II The contribution by the Netherlands');
      assert.deepEqual(unu.map((l) => l.slice(0, 3)), ['a) ', 'b) ', 'c) ']);
      assert.ok(unu[0].startsWith('a) The Government shall contribute Hfl 30 million'));
    });

    it('items 25–28: numbers across "[…]" gaps and in headings stay the text’s (NL–Australia 1977, NL–US 1978, NL–Slovakia 2009, NL–US patents 1959)', () => {
      // Primary (BWBV0003467): "19.This Arrangement will be reviewed on the request of either Government." … "22.This Arrangement will only apply …".
      const au = section(exported('nl-au-defence-security-arrangement-1977'), 'Review or Termination of the Arrangement (paras. 19–22)');
      assert.deepEqual(au.map((l) => l.slice(0, 4)), ['19\\.', '20\\.', '21\\.', '22\\.']);
      // Schedule A: "17." follows the last line of the table in 16, "Ongeclassificeerd | Unclassified".
      const schedule = section(exported('nl-au-defence-security-arrangement-1977'), 'Schedule A');
      assert.deepEqual(schedule.filter((l) => /^\d/.test(l)).map((l) => l.split('\\.')[0]), ['4', '5', '12', '13', '14', '15', '16', '17', '19', '20', '21', '22', '23']);
      // Primary (BWBV0003739): Article I paragraphs 1, 3, 4, 5, 6, 8, 11, 12 as transcribed.
      const us = section(exported('nl-us-defense-cooperation-mou-1978'), 'Article I. Principles');
      assert.deepEqual(us.map((l) => l.split('\\.')[0]), ['1', '3', '4', '5', '6', '8', '11', '12']);
      // Primary (BWBV0003480): "… Vienna Convention on Diplomatic Relations of 18 April 1961. 2. The immunity …".
      const sk = exported('nl-sk-europol-liaison-officers-2009');
      assert.match(sk, /Vienna Convention on Diplomatic Relations of 18 April 1961\.\n\n2\\\. The immunity granted/);
      assert.doesNotMatch(sk, /2\\?\. 2\\?\. The immunity/);
      // Primary (BWBV0005280): "2.Applications Originating in the United States".
      const patents = section(exported('nl-us-classified-patents-notes-1959'), 'paragraph 2 – Applications Originating in the United States');
      assert.ok(patents[0].startsWith('2\\. Applications Originating in the United States'), patents[0]);
    });

    it('item 29: the PNR data types keep 1–19; the Paris Call’s sentences and date line carry no number', () => {
      // Primary (BWBV0002630): "1. PNR record locator code,", "2. Date of reservation/ issue of ticket" … "19. All historical changes …".
      const pnr = section(exported('eu-us-pnr-agreement-2007'), 'III. Types of Information Collected');
      assert.ok(pnr[0].startsWith('III. Types of Information Collected:'), pnr[0]);
      assert.deepEqual(pnr.slice(1).map((l) => l.replace(/^\s*- (\d+)\\\..*$/, '$1')), Array.from({ length: 19 }, (_, i) => String(i + 1)));
      const paris = exported('paris-call-2018');
      assert.match(paris, /\nParis, 12th of November, 2018\n/);
      assert.doesNotMatch(paris, /^\d+\\?\. /m);
    });

    it('through the installed CLI: the Physical Protection Convention to Markdown keeps the list of offences as written', () => {
      const result = runBin(['render', 'test/real-instruments/iaea-physical-protection-nuclear-material-1980.entente', '--to', 'md'], repoRoot);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /\n {3}- \(e\) a threat:\n {5}- \(i\) to use nuclear material[^\n]*\n {5}- \(ii\) to commit[^\n]*\n {3}- \(f\) an attempt/);
      assert.match(result.stdout, /mentioned in paragraph 1\.\n\n3\\\. This Convention does not exclude/);
    });
  });
});
