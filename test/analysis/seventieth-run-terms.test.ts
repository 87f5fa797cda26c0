/**
 * Seventieth run (EUTELSAT Convention, Paris 1982 as amended 1999; read: BWBV0002146), defects 1–3,
 * with near misses:
 *
 * 1. undefined-term on "INTERIM EUTELSAT" in Art. I(b): "the Agreement on the Constitution of a
 *    Provisional European Telecommunications Satellite Organization “INTERIM EUTELSAT”, done at
 *    Paris on 13 May 1977" — the quoted words end a cited treaty's title (its place and date follow)
 *    and are the organisation's name in apposition to its full name. Either is enough; a quoted term
 *    after "the Organization" alone, or followed by "done at the request of", is still a term.
 * 2. unused-term on "The Arrangement" and "The Basic Principles", used as "the Arrangement", "the
 *    Basic Principles": the capital of the leading article is the item's, not the term's.
 * 3. unused-term on "Space Segment", used as "space segment": the text writes the words, so the
 *    finding is term-used-in-lower-case (info) naming that form, as for a single word; the Title
 *    Case term with only its first letter lowered ("the sending Party") stays as it was.
 */
import assert from 'node:assert/strict';
import { repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';

const header = 'treaty "Agreement on Satellites" {\n  status binding\n}\n';
const clause = (body: string) => `clause Art1 "Article 1" """\n  ${body}\n"""\n`;
const codes = (text: string, code: string) => diagnose(text).filter((d) => d.code === code);

describe('seventieth run, defect 1: a quoted name inside a cited treaty title is not an undefined term', () => {
  it('EUTELSAT Art. I(b): no undefined-term on “INTERIM EUTELSAT”; the real file has none', () => {
    const text = header + clause('The Parties recall the Agreement on the Constitution of a Provisional European Telecommunications Satellite Organization “INTERIM EUTELSAT”, done at Paris on 13 May 1977 between Administrations.');
    assert.deepEqual(codes(text, 'undefined-term'), []);
    const real = repoText('test/real-instruments/eutelsat-convention-1982.entente');
    assert.deepEqual(codes(real, 'undefined-term').map((d) => d.message), []);
  });

  it('the treaty citation alone ("…, signed at Brussels on 5 May 2020") and the apposition alone are each enough', () => {
    assert.deepEqual(codes(header + clause('The Parties recall the Memorandum on Cooperation in the field of “Blue Shield”, signed at Brussels on 5 May 2020.'), 'undefined-term'), []);
    assert.deepEqual(codes(header + clause('The Parties shall consult the European Cyber Security Organisation “ECSO” on the matter.'), 'undefined-term'), []);
    assert.deepEqual(codes(header + clause('The Parties recall the Treaty on the “Open Skies”, done at Helsinki on March 24, 1992.'), 'undefined-term'), []);
  });

  it('near misses: a term after "the Organization", or followed by "done at the request of", is still reported', () => {
    const plain = codes(header + clause('The Parties shall connect to the Organization “Sharing Platform” without delay.'), 'undefined-term');
    assert.equal(plain.length, 1);
    const request = codes(header + clause('Each Party shall operate the “Sharing Platform”, done at the request of the other Party.'), 'undefined-term');
    assert.equal(request.length, 1);
    const noDate = codes(header + clause('Each Party shall operate the “Sharing Platform”, signed at Brussels by the Parties.'), 'undefined-term');
    assert.equal(noDate.length, 1);
  });
});

describe('seventieth run, defect 2: a leading "The" of a defined term is the item\'s capital', () => {
  const define = (term: string) => `define "${term}" means "the arrangement between the Parties"\n`;
  it('"The Arrangement" used as "the Arrangement" is used (a complete text: no unused-term at any level)', () => {
    const text = header + define('The Arrangement') + clause('Costs shall be met according to the Arrangement.');
    assert.deepEqual(codes(text, 'unused-term'), []);
    assert.deepEqual(codes(text, 'term-used-in-lower-case'), []);
  });

  it('"This Convention" used as "this Convention" is used', () => {
    const text = header + define('This Convention') + clause('Disputes under this Convention shall be settled by negotiation.');
    assert.deepEqual(codes(text, 'unused-term'), []);
  });

  it('the real file: no finding on "The Arrangement", "The Basic Principles" or "The Company Eutelsat S.A."', () => {
    const real = repoText('test/real-instruments/eutelsat-convention-1982.entente');
    const named = diagnose(real).filter((d) => /"The (?:Arrangement|Basic Principles|Company Eutelsat S\.A\.)"/u.test(d.message ?? ''));
    assert.deepEqual(named.map((d) => d.code), []);
  });

  it('near misses: unused where the text never writes it; "the arrangement" in lower case is not the term as defined', () => {
    const unused = codes(header + define('The Arrangement') + clause('Costs shall be met by each Party.'), 'unused-term');
    assert.equal(unused.length, 1);
    assert.equal(unused[0].severity, 'warning');
    const lower = diagnose(header + define('The Arrangement') + clause('Costs shall be met according to the arrangement.'));
    assert.deepEqual(lower.filter((d) => d.code === 'unused-term'), []);
    const [note] = lower.filter((d) => d.code === 'term-used-in-lower-case');
    assert.match(note?.message ?? '', /"The Arrangement" is used only as "the arrangement"/u);
  });
});

describe('seventieth run, defect 3: a Title Case term written only in lower case is noted so, not called unused', () => {
  const space = 'define "Space Segment" means "a set of telecommunications satellites"\n';
  it('"Space Segment" used as "space segment": term-used-in-lower-case (info) naming "space segment"', () => {
    const text = header + space + clause('Such obligations apply to space segment and to the EUTELSAT space segments transferred.');
    assert.deepEqual(codes(text, 'unused-term'), []);
    const [note, ...more] = codes(text, 'term-used-in-lower-case');
    assert.equal(more.length, 0);
    assert.equal(note.severity, 'info');
    assert.match(note.message ?? '', /^"Space Segment" is used only as "space segment": if the capitals mark the defined sense, write the uses as defined/u);
  });

  it('the real file: "Space Segment" is term-used-in-lower-case with the concluded-text sentence', () => {
    const real = repoText('test/real-instruments/eutelsat-convention-1982.entente');
    const found = diagnose(real).filter((d) => (d.message ?? '').startsWith('"Space Segment"'));
    assert.deepEqual(found.map((d) => d.code), ['term-used-in-lower-case']);
    assert.match(found[0].message ?? '', /used only as "space segment".*The text is concluded \(the signature date is 1982-07-15\): its words are not to be changed/u);
    assert.doesNotMatch(found[0].message ?? '', /write the uses as defined/u);
  });

  it('near misses: never written stays unused; "the sending Party" for "Sending Party" in a Title Case list stays unused', () => {
    const never = codes(header + space + clause('The Parties shall cooperate.'), 'unused-term');
    assert.equal(never.length, 1);
    const sending = header + 'define "Sending Party" means "the Party that sends"\ndefine "Receiving Party" means "the Party that receives"\n' + clause('The Receiving Party shall protect what the sending Party provides.');
    const found = diagnose(sending).filter((d) => (d.message ?? '').startsWith('"Sending Party"'));
    assert.deepEqual(found.map((d) => d.code), ['unused-term']);
  });
});
