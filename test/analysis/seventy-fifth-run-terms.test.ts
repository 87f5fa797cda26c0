/**
 * Seventy-fifth run (NL–Montserrat TIEA 2009; read: BWBV0004047), defects 2 and 5, with near misses:
 *
 * 2. unused-term on "recognized stock exchange", which Art. 4(1)(q) writes "recognised stock
 *    exchange": the -ize/-ise (-ization/-isation, -yze/-yse) spellings are one word.
 * 5. unused-term on "public collective investment scheme", which Art. 5(5) writes by ellipsis:
 *    "public collective investment funds or schemes". The modifiers before a coordinated noun (one
 *    word or two) are shared by the noun after the conjunction; other modifiers are no use.
 */
import assert from 'node:assert/strict';
import { repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';

const header = 'treaty "Agreement on the exchange of information" {\n  status binding\n}\n';
const clause = (body: string) => `clause Art1 "Article 1" """\n  ${body}\n"""\n`;
const unused = (text: string) => diagnose(text).filter((d) => d.code === 'unused-term').map((d) => /"([^"]+)"/u.exec(d.message ?? '')?.[1]);
const montserrat = 'test/real-instruments/nl-montserrat-tiea-2009.entente';

describe('seventy-fifth run, defect 2: -ize and -ise spellings are one word in term use', () => {
  it('"recognized stock exchange" is used by "recognised stock exchange", and the reverse', () => {
    assert.deepEqual(unused(header + 'define "recognized stock exchange" means "any stock exchange agreed upon"\n' + clause('Shares listed on a recognised stock exchange.')), []);
    assert.deepEqual(unused(header + 'define "recognised stock exchange" means "any stock exchange agreed upon"\n' + clause('Shares listed on a recognized stock exchange.')), []);
  });

  it('-ization/-isation, -yze/-yse, and a plural: "Organisations", "analyse"', () => {
    assert.deepEqual(unused(header + 'define "international organization" means "a body"\n' + clause('The Parties shall inform international organisations.')), []);
    assert.deepEqual(unused(header + 'define "analyzed data" means "data"\n' + clause('The Parties shall exchange analysed data.')), []);
  });

  it('near misses: another word is not the term ("recognised securities exchange", "prise" for "prize")', () => {
    assert.deepEqual(unused(header + 'define "recognized stock exchange" means "any stock exchange agreed upon"\n' + clause('Shares listed on a recognised securities exchange.')), ['recognized stock exchange']);
    assert.deepEqual(unused(header + 'define "cash prize" means "money"\n' + clause('The Parties shall not prise open a cash prise.')), ['cash prize']);
  });
});

describe('seventy-fifth run, defect 5: a term written by ellipsis before a coordinated noun is used', () => {
  const term = 'define "public collective investment scheme" means "any collective scheme or fund open to the public"\n';
  it('"public collective investment funds or schemes" uses it; so does "… funds and schemes"', () => {
    for (const body of [
      'No obligation to obtain information on publicly traded companies or public collective investment funds or schemes.',
      'No obligation to obtain information on public collective investment funds and schemes.',
    ]) assert.deepEqual(unused(header + term + clause(body)), [], body);
  });

  it('near misses: other modifiers, a two- or three-word noun (lr17 D3), a list with a comma, a noun after the conjunction only', () => {
    for (const body of [
      'No obligation to obtain information on public collective investment trust funds or schemes.',
      'No obligation to obtain information on private collective investment funds or schemes.',
      'No obligation to obtain information on public collective investment unit trust funds or schemes.',
      'No obligation to obtain information on public collective investment, funds or schemes.',
      'No obligation to obtain information on funds or public schemes of collective investment.',
    ]) assert.deepEqual(unused(header + term + clause(body)), ['public collective investment scheme'], body);
  });

  it('lr17 D3: "national incident response teams or centres" does not use "Incident Centre" (its second noun is "incident response centres")', () => {
    const mou = header + 'define "Incident Centre" means "a national centre that receives incident reports"\n' + clause('The Parties shall exchange good practice with national incident response teams or centres.');
    assert.deepEqual(unused(mou), ['Incident Centre']);
    const lower = header + 'define "incident centre" means "a national centre that receives incident reports"\n' + clause('The Parties shall exchange good practice with national incident response teams or centres.');
    assert.deepEqual(unused(lower), ['incident centre']);
  });

  it('the Montserrat TIEA: no unused-term on "public collective investment scheme" or "recognized stock exchange"', () => {
    const names = unused(repoText(montserrat));
    assert.ok(!names.includes('public collective investment scheme'), String(names));
    assert.ok(!names.includes('recognized stock exchange'), String(names));
  });
});
