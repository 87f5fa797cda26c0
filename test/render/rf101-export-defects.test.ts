/**
 * Export defects found on real instruments (hundred-and-first run, HCCH Taking of Evidence 1970; the
 * ninety-ninth run, NL–CY oil stocks 2008; the hundredth run, NATO Ottawa 1951). Each with its near miss.
 * - D1: a second chapeau ending in " -" (or ":") after a blank line, followed by the next letter of the
 *   list before it, is a paragraph of its own whose list continues the letters; "(i)" after "(h)" is the
 *   letter i; a chapeau ending in " -" opens its list as one ending in ":" does.
 * - D3: a deadline whose words are a sentence of their own is printed as written, not after "The Parties
 *   shall"; an as-written channel whose words impose the time limit gets no generated deadline sentence.
 *   Words of an as-written channel that join sentences the numbered text prints are not reprinted (r99 D3).
 * - D5: a channel that carries the text's own words is headed "Information", not "Exchange of information".
 * - r100 D3: a `define` whose meaning opens with "includes" is printed with that connector, never "means includes".
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { splitParagraphs } from '../../server/src/language/constructs/paragraph-split';
import { ownSentence } from '../../server/src/language/constructs/channel-voice';
import type { ListItem, Paragraph } from '../../server/src/language/render/instrument-model';
import { exportedRealInstrument } from './render-fixtures';

type Para = Exclude<Paragraph, string>;
const shape = (text: string) => (splitParagraphs(text) as Para[]).map((p) => [p.label, p.text, (p.items ?? []).map((i: ListItem) => i.label)]);

const art3 = (mark: string) =>
  `A Letter of Request shall specify${mark}\n(a) the authority requesting its execution;\n(b) the names and addresses of the parties;\n(c) the nature of the proceedings;\n(d) the evidence to be obtained or other judicial act to be performed.\n\nWhere appropriate, the Letter shall specify, inter alia${mark}\n(e) the names and addresses of the persons to be examined;\n(f) the questions to be put;\n(g) the documents or other property;\n(h) any requirement that the evidence is to be given on oath;\n(i) any special method or procedure to be followed under Article 9.\n\nA Letter may also mention any information necessary for the application of Article 11.`;

function render(source: string, format: 'markdown' | 'html' | 'akn' = 'markdown'): string {
  const service = createEntenteService({ readFile: () => undefined });
  const uri = 'file:///t/rf101.entente';
  service.open(uri, source);
  return service.render(uri, format)!;
}

const treaty = (body: string) => `treaty "Convention" {\n  status binding\n}\nparty EE "the Republic of Estonia" { kind state }\nparty FI "the Republic of Finland" { kind state }\n${body}`;

describe('export defects of the hundred-and-first run (rf101)', () => {
  it('D1: HCCH Art. 3, " -" and ":" alike: (a)–(d) under the first chapeau, (e)–(i) under the second, "(i)" the letter i', () => {
    for (const mark of [' -', ':', ' –']) {
      const what = `chapeau ending in "${mark}"`;
      assert.deepEqual(shape(art3(mark)), [
        ['', `A Letter of Request shall specify${mark}`, ['(a)', '(b)', '(c)', '(d)']],
        ['', `Where appropriate, the Letter shall specify, inter alia${mark}`, ['(e)', '(f)', '(g)', '(h)', '(i)']],
        ['', 'A Letter may also mention any information necessary for the application of Article 11.', []],
      ], what);
    }
  });

  it('D1 near misses: words of an item set apart stay the item\'s; a dash joined to its word is no chapeau; a Roman sub-list under ":" stays', () => {
    // Hague Adults 2000 Art. 45(e): lower-case words ending in ";" after a blank line are the item's.
    const adults = 'e) any reference to the State shall be construed\n\nas referring to the territorial unit if …;\n\nas referring to the territorial unit with which …;\nf) any reference to the law of a State …';
    assert.deepEqual(shape(adults).map(([label]) => label), ['e)', 'f)']);
    // A new sentence that does not end as a chapeau, between (d) and (e), is the item's as before.
    assert.deepEqual(shape('The Parties shall:\n(a) co-operate;\n(d) report.\n\nThis applies also to territories.\n(e) consult.').map(([, , items]) => items), [['(a)', '(d)', '(e)']]);
    // "co-" at a line's end is a word broken, no chapeau: a later letter there stays in the sentence.
    assert.deepEqual(shape('The Parties shall:\n(a) act;\n(d) report.\n\nThey shall co-\n(e) operate.').map(([, , items]) => items), [['(a)', '(d)'], []]);
    assert.deepEqual(shape('1. A person commits an offence where:\n(a) there is a threat:\n(i) to kill;\n(ii) to injure.').map(([label]) => label), ['1.']);
  });

  it('D1: the transcription, in Markdown, HTML and Akoma Ntoso: each item on its own, (i) after (h) under the second chapeau', () => {
    const md = exportedRealInstrument('hcch-taking-of-evidence-1970');
    assert.match(md, /Where appropriate, the Letter shall specify, inter alia -\n {3}- \(e\) the names and addresses[^\n]*\n {3}- \(f\)[^\n]*\n {3}- \(g\)[^\n]*\n {3}- \(h\)[^\n]*\n {3}- \(i\) any special method or procedure to be followed under Article 9\./u);
    assert.doesNotMatch(md, /inter alia - \(e\)/u);
    const akn = exportedRealInstrument('hcch-taking-of-evidence-1970', 'akn');
    assert.match(akn, /<listIntroduction>Where appropriate, the Letter shall specify, inter alia -<\/listIntroduction><item eId="art_3__para_2__list_1__item_e">/u);
    assert.match(akn, /<item eId="art_3__para_2__list_1__item_i"><num>\(i\)<\/num><p>any special method/u);
    const html = exportedRealInstrument('hcch-taking-of-evidence-1970', 'html');
    assert.doesNotMatch(html, /inter alia - \(e\)/u);
  });

  it('D3: a deadline in a sentence of its own is printed as written, the time limit a blank where the words lack it', () => {
    const words = 'If the Central Authority considers that the request does not comply with the provisions of the present Convention, it shall inform the authority of the State of origin';
    const md = render(treaty(`channel Letters between EE, FI {\n  carries indicators\n  deadline "${words}" promptly\n  deadline "${words.replace('shall inform', 'shall promptly inform')}" promptly\n}\n`));
    assert.doesNotMatch(md, /shall If/u);
    assert.match(md, new RegExp(`${words}\\. \\*\\*\\\\\\[time limit “promptly”, to be written into the sentence before\\\\\\]\\*\\*`, 'u'));
    assert.match(md, /it shall promptly inform the authority of the State of origin\.\n/u);
    // Near misses: a verb phrase still reads after its subject; a capitalised verb phrase whose "shall" follows "and" is no sentence.
    assert.equal(ownSentence('Confirm receipt of a request in writing and shall notify the applicant Party of deficiencies'), false);
    assert.equal(ownSentence('Requests for verification of nationality shall be answered expeditiously'), true);
    assert.match(render(treaty('channel Letters between EE, FI {\n  carries indicators\n  deadline "inform the other Party" promptly\n}\n')), /The Parties shall inform the other Party promptly\./u);
  });

  it('D3: an as-written channel whose words impose the time limit gets no conditional deadline sentence (NL–CY 2008 Art. 6(4))', () => {
    const words = 'The competent authority of the Contracting Party in which the stocks are held shall notify forthwith the competent authority of the other Contracting Party of any material discrepancy';
    const channel = (deadline: string) => treaty(`channel Stocks between EE, FI {\n  modality as-written\n  carries "statistical returns"\n  exchange "${words}"\n  deadline "${deadline}" forthwith\n}\n`);
    const md = render(channel('notify the competent authority of the other Contracting Party of any material discrepancy'));
    assert.doesNotMatch(md, /Where a Party notifies/u);
    // Near miss: a time limit the words do not state is still said.
    assert.match(render(channel('transmit copies of statistical returns')), /Where a Party transmits copies of statistical returns, it shall do so forthwith\./u);
  });

  it('r99 D3: as-written words joining sentences of several printed articles are not reprinted as a proposal; words not printed are', () => {
    const first = 'Where the competent authority of one Contracting Party has been furnished with particulars, that authority shall transmit the particulars to the competent authority of the other Contracting Party.';
    const second = 'The competent authority of the Contracting Party in which the stocks are held shall notify forthwith the competent authority of the other Contracting Party of any material discrepancy.';
    const clauses = `clause Art5 "Article 5" """\n  3. ${first}\n"""\nclause Art6 "Article 6" """\n  4. ${second}\n"""\n`;
    const channel = (words: string) => treaty(`${clauses}channel Stocks between EE, FI {\n  modality as-written\n  carries "particulars"\n  exchange "${words}"\n}\n`);
    const md = render(channel(`${first} ${second}`));
    assert.equal(md.split(second).length, 2, md);
    assert.doesNotMatch(md, /not yet in the numbered text/u);
    // Near miss: a sentence the numbered text does not hold keeps the words printed as a proposal.
    const other = 'Each competent authority shall if requested transmit to the other copies of every statistical return furnished.';
    assert.match(render(channel(`${first} ${other}`)), new RegExp(other.replace(/[.]/gu, '\\.'), 'u'));
  });

  it('D5: a channel carrying the text\'s words is headed "Information"; categories alone keep "Exchange of information"', () => {
    assert.match(render(treaty('channel Letters between EE, FI {\n  carries "Letters of Request", personal-data\n}\n')), /\n#+ (?:Article \d+ [—–] )?Information\n/u);
    assert.match(render(treaty('channel Intel between EE, FI {\n  carries indicators, personal-data\n}\n')), /\n#+ (?:Article \d+ [—–] )?Exchange of information\n/u);
  });

  it('r100 D3: an inclusive `define` keeps its own connector; "means" stays for the others', () => {
    const md = render(treaty('define "Chairman" means "includes, in his absence, the Vice-Chairman acting for him"\ndefine "Council" means "the North Atlantic Council"\n'));
    assert.match(md, /“Chairman” includes, in his absence, the Vice-Chairman acting for him;/u);
    assert.doesNotMatch(md, /means includes/u);
    assert.match(md, /“Council” means the North Atlantic Council\./u);
    assert.match(render(treaty('define "Chairman" means "includes the deputy"\n'), 'akn'), /“<def refersTo="#[^"]+">Chairman<\/def>” includes the deputy/u);
  });
});
