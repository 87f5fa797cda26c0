/**
 * A concluded text's note never says that signature blocks are "not transcribed" where a clause
 * prints them: read from the printed words — a signatory's name after the final formula or under a
 * signatory's line — not from the transcriber's tags (the treaty lawyer's check of December 2026,
 * after ex9–ex11, point 1; render/printed-signatures.ts). A text whose clauses print no
 * signatures keeps the sentence.
 */
import assert from 'node:assert/strict';
import { holdsSignatures } from '../../server/src/language/render/printed-signatures';
import { opensFinalFormula, opensFormulaInCapitals } from '../../server/src/language/constructs/final-formula-line';
import { openRealInstrument } from './render-fixtures';

const note = (md: string) => /\n---\n\n> \*Not part of the text\.\* ([^\n]*)\n$/.exec(md)?.[1] ?? '';
const noteOf = (name: string) => {
  const { service, uri } = openRealInstrument(`${name}.entente`);
  return note(service.render(uri, 'markdown')!);
};
const claimsMissing = /signature blocks (?:are|is) not transcribed/;

/** Each prints its signatures in a clause (primary text quoted): the note said they were not transcribed. */
const printed: Record<string, string> = {
  // BWBV0006342, Art. 9: "… Den Haag 4 juni 2014 De bevoegde autoriteit van Nederland T. Poolen Plaatsvervangend Directeur-generaal …"
  'ar-nl-tax-information-mou-2014': 'T. Poolen',
  // "SIGNED, On behalf of: Secretary of State for Social Affairs and Employment PIM WALDECK … Date: 19-08-08"
  'nl-uk-social-security-administrative-agreement-2008': 'PIM WALDECK',
  // "… Prague 14 October 2015 For the Competent Authority of the Czech Republic, J. Fucíková …"
  'cz-nl-tax-information-arrangement-2015': 'J. Fucíková',
  // "Done on 14 July 2015 in Brussels … The Minister of Finance of the Federal Republic of Germany, W. Schäuble"
  'de-nl-tax-rulings-exchange-mou-2015': 'W. Schäuble',
  // "GEDAAN in tweevoud, te Parijs op 28 juli 1992 … Voor de Regering van het Koninkrijk der Nederlanden: (w.g.) J. A. F. M. FÖRSTER"
  'nl-fr-protected-classified-1992': 'FÖRSTER',
  // "DONE at The Hague, on 22 July 2014 … For the Kingdom of the Netherlands, E.P. STEHOUWER"
  'nl-md-europol-liaison-officers-2014': 'STEHOUWER',
  // "DONE at The Hague, on 30 September 2009 … For the Kingdom of the Netherlands, E. KRONENBURG"
  'nl-sk-europol-liaison-officers-2009': 'KRONENBURG',
  // "GEDAAN te ’s-Gravenhage, op 19 november 2010 … Voor de Regering van het Koninkrijk der Nederlanden I. W. OPSTELTEN"
  'nl-us-serious-crime-pcsc-2010': 'OPSTELTEN',
};

describe('the note after a concluded text never claims missing the signatures its clauses print (December 2026 check, point 1)', () => {
  for (const [name, signatory] of Object.entries(printed)) {
    it(`${name}: "${signatory}" is printed, and the note does not say the signature blocks are not transcribed`, () => {
      const { service, uri } = openRealInstrument(`${name}.entente`);
      const md = service.render(uri, 'markdown')!;
      assert.ok(md.split('\n---\n')[0].includes(signatory), `${signatory} is printed in the text`);
      assert.ok(note(md) !== '', 'the note is printed');
      assert.doesNotMatch(note(md), claimsMissing);
    });
  }

  it('near misses: texts whose clauses print no signatures keep the sentence (Brawijaya 1979, NL–Australia 2014, NL–Philippines 2001 and Benelux 2006 end with a formula and no names)', () => {
    for (const name of ['id-nl-brawijaya-wageningen-letter-of-intent-1979', 'nl-au-mh17-personnel-2014', 'nl-ph-stcw-undertaking-2001', 'benelux-crisis-management-mou-2006']) {
      assert.match(noteOf(name), claimsMissing, name);
    }
  });

  it('Guernsey–NL 2008 (a clause "For the Kingdom of the Netherlands J.C. DE JAGER …", `without formula`) does not say its signature blocks are not transcribed', () => {
    assert.doesNotMatch(noteOf('gg-nl-tax-cooperation-mou-2008'), claimsMissing);
  });
});

describe('holdsSignatures: a name where only a signature stands', () => {
  it('reads a name after the formula, or under a signatory line opening a paragraph', () => {
    const formula = 'Gedaan in tweevoud, in de Spaanse, Nederlandse en Engelse taal. Den Haag 4 juni 2014 De bevoegde autoriteit van Nederland T. Poolen Plaatsvervangend Directeur-generaal';
    assert.equal(holdsSignatures(formula, 0), true);
    assert.equal(holdsSignatures('For the Kingdom of the Netherlands J.C. DE JAGER For the States of Guernsey MICHAEL WILLIAM TORODE', undefined), true);
    assert.equal(holdsSignatures('SIGNED, On behalf of: Secretary of State for Social Affairs and Employment PIM WALDECK Ambassador', 0), true);
  });

  it('near misses: a formula without names, an operative "For the purposes …", initials of a place or a State', () => {
    assert.equal(holdsSignatures('IN WITNESS WHEREOF the undersigned, being duly authorized to that effect, have signed this convention. DONE at Vienna on the 17th day of June 1994.', 0), false);
    assert.equal(holdsSignatures('DONE at Washington, D.C., this 5th day of May 1990, in the English and Dutch languages.', 0), false);
    assert.equal(holdsSignatures('DONE at Washington D.C. On 5 May 1990, in duplicate.', 0), false);
    assert.equal(holdsSignatures('For the purposes of this Agreement, the competent authority is the Minister of Finance of the Netherlands.', undefined), false);
    assert.equal(holdsSignatures('For the United States: the Department of Defense; for the Netherlands: the Ministry of Defence.', undefined), false);
    // A name in an operative sentence, with no formula before it and no signatory line opening its paragraph.
    assert.equal(holdsSignatures('The Parties designate the Central Liaison Office as contact. Correspondence is addressed to J. Smith.', undefined), false);
  });
});

/**
 * The formula words in capitals that are no name have one home, constructs/final-formula-line.ts,
 * shared with the paragraph split and the testimonium (the eighth session's closing note: a near
 * copy of the list lived here). The recital and the verbs of the place and date are read from where
 * the capitals start, with the words after them.
 */
describe('holdsSignatures: the formula words are the final formula’s, from one home', () => {
  it('no formula words are a name: every recital, every verb of the place and date', () => {
    for (const formula of [
      'IN TESTIMONY WHEREOF the undersigned have signed this Agreement.',
      'ZU URKUND DESSEN haben die Bevollmächtigten dieses Abkommen unterzeichnet.',
      'HECHO en Madrid el 5 de mayo de 1990, en dos ejemplares.',
      'HECHO EN MADRID el 5 de mayo de 1990.',
      'GESCHEHEN ZU BONN am 5. Mai 1990 in zwei Urschriften.',
      'IN WITNESS whereof the undersigned have signed this Protocol.',
      'IN  FAITH  WHEREOF we have appended our signatures.',
      'EN FOI DE QUOI les soussignés ont signé le présent Accord. FAIT À PARIS le 5 mai 1990.',
      'TEN BLIJKE WAARVAN de ondergetekenden dit Verdrag hebben ondertekend. GEDAAN TE ’S-GRAVENHAGE.',
    ]) assert.equal(holdsSignatures(formula, 0), false, formula);
  });

  it('near miss: a name after those words is still read', () => {
    assert.equal(holdsSignatures('HECHO en Madrid el 5 de mayo de 1990. Por el Reino de España J. PÉREZ', 0), true);
    assert.equal(holdsSignatures('ZU URKUND DESSEN haben die Bevollmächtigten unterzeichnet. HANS MÜLLER', 0), true);
    assert.equal(holdsSignatures('IN TESTIMONY WHEREOF the undersigned have signed. MICHAEL WILLIAM TORODE', 0), true);
  });

  it('the words are those that open a formula paragraph (opensFinalFormula), in capitals', () => {
    for (const opening of ['IN TESTIMONY WHEREOF', 'ZU URKUND DESSEN', 'DONE at', 'SIGNED at', 'GEDAAN te', 'FAIT à ', 'GESCHEHEN zu', 'HECHO en']) {
      assert.equal(opensFinalFormula(opening, 'The last article.'), true, opening);
      assert.equal(opensFormulaInCapitals(opening), true, opening);
    }
    for (const prose of ['In witness of the exchange', 'DONALD DUCK', 'HECTOR SMITH']) assert.equal(opensFormulaInCapitals(prose), false, prose);
  });
});
