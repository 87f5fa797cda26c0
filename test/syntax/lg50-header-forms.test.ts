/**
 * lg50: two header forms issue 11's closing notes left without one ("Known and left").
 *
 * - `renewable … for indefinite period`: one extension with no end, "the present Agreement shall be
 *   extended for an indefinite period" (NL–Egypt 1975 Art. VII(2); read: BWBV0004723), "extended
 *   tacitly for an indefinite period" (NL–Jordan 1978 Art. 9(3); read: BWBV0003869).
 * - `accession after entry-into-force`: "Any State not represented at the Tenth Session … may accede to
 *   the present Convention after it has entered into force" (Hague Service Convention 1965, Art. 28;
 *   read: BWBV0002015).
 *
 * Each parses into the AST the export reads, a misspelt closed word keeps its text for the value
 * check, and a typo in the form costs that statement only: the statements after it still parse.
 */
import assert from 'node:assert/strict';
import { parse } from '../../server/src/language/syntax/parse';
import { parseClean, textAt } from './parse-helpers';

const header = (body: string) => `treaty "T" {\n  status binding\n${body}\n  termination with notice of at least 6 months\n}\nparty NL "NL" { kind state }\n`;

describe('lg50: `renewable … for indefinite period`', () => {
  it('NL–Egypt 1975 Art. VII(2): the extension is indefinite, not a further period, and the notice of non-renewal is kept', () => {
    const text = header('  duration 10 years renewable tacitly for indefinite period unless notice of at least 6 months');
    const duration = parseClean(text).ast.instrument!.duration!;
    assert.equal(duration.term?.amount, 10);
    assert.equal(duration.renewal?.value, 'tacitly');
    assert.equal(duration.renewalTerm, undefined);
    assert.equal(duration.renewalIndefinite?.indefinite.value, 'indefinite');
    assert.equal(duration.renewalIndefinite?.period?.value, 'period');
    assert.equal(textAt(text, duration.renewalIndefinite!.range), 'indefinite period');
    assert.equal(duration.unless?.notice?.amount, 6);
  });

  it('`period` may be left out; a fixed renewal period is no indefinite extension (near miss)', () => {
    const short = parseClean(header('  duration 10 years renewable automatically for indefinite')).ast.instrument!.duration!;
    assert.equal(short.renewalIndefinite?.indefinite.value, 'indefinite');
    assert.equal(short.renewalIndefinite?.period, undefined);
    const fixed = parseClean(header('  duration 10 years renewable tacitly for 5 years')).ast.instrument!.duration!;
    assert.equal(fixed.renewalIndefinite, undefined);
    assert.equal(fixed.renewalTerm?.amount, 5);
  });

  it('a misspelt word parses, keeping its text for value-out-of-range', () => {
    const duration = parseClean(header('  duration 10 years renewable tacitly for indefnite perod')).ast.instrument!.duration!;
    assert.equal(duration.renewalIndefinite?.indefinite.text, 'indefnite');
    assert.equal(duration.renewalIndefinite?.indefinite.value, undefined);
    assert.equal(duration.renewalIndefinite?.period?.text, 'perod');
    assert.equal(duration.renewalIndefinite?.period?.value, undefined);
  });

  it('recovery: a typo in the form is one error on its line, and the statements after it parse', () => {
    for (const typo of ['  duration 10 years renewable tacitly fr indefinite period', '  duration 10 years renewable tacitly for indefinite period 5 years']) {
      const text = header(typo);
      const { ast, problems } = parse(text);
      assert.ok(problems.length >= 1, typo);
      assert.ok(problems.every((p) => p.range.start.line === 2), problems.map((p) => p.message).join('\n'));
      assert.equal(ast.instrument?.duration?.term?.amount, 10, typo);
      assert.equal(ast.instrument?.termination?.notice?.amount, 6, typo);
      assert.equal(ast.parties.length, 1, typo);
    }
  });
});

describe('lg50: `accession after entry-into-force`', () => {
  const consent = (line: string) => `treaty "T" {\n  status binding\n${line}\n  effect 60 days after last ratification by 3 States\n}\nparty Session-States "The States represented at the Tenth Session" { kind state class closed }\nparty Acceding-States "Any State not represented at the Tenth Session" { kind state class open }\n`;

  it('Hague Service Convention 1965, Art. 28: the means are read as before, and accession has its opening', () => {
    const text = consent('  consent by ratification for Session-States, accession after entry-into-force for Acceding-States');
    const { ast } = parseClean(text);
    const c = ast.instrument!.consent!;
    assert.deepEqual(c.means.map((m) => m.value), ['ratification', 'accession']);
    assert.deepEqual(c.byParty.map((list) => [list.means.map((m) => m.text), list.party?.text]), [[['ratification'], 'Session-States'], [['accession'], 'Acceding-States']]);
    assert.equal(c.openings.length, 1);
    assert.equal(c.openings[0].means, c.byParty[1].means[0]);
    assert.equal(c.openings[0].after.value, 'entry-into-force');
    // The alternative is one: an edit removing the means removes its opening.
    assert.equal(textAt(text, c.byParty[1].means[0].range), 'accession after entry-into-force');
    assert.equal(ast.instrument!.effect?.delay?.amount, 60);
  });

  it('one list; without `after`, no opening and the word’s own range (near miss); a misspelt event keeps its text', () => {
    const one = parseClean(consent('  consent by signature, ratification, accession after entry-into-force')).ast.instrument!.consent!;
    assert.deepEqual(one.means.map((m) => m.value), ['signature', 'ratification', 'accession']);
    assert.equal(one.openings[0].means, one.means[2]);
    const text = consent('  consent by ratification, accession');
    const plain = parseClean(text).ast.instrument!.consent!;
    assert.deepEqual(plain.openings, []);
    assert.equal(textAt(text, plain.means[1].range), 'accession');
    const misspelt = parseClean(consent('  consent by ratification, accession after entry-in-force')).ast.instrument!.consent!;
    assert.equal(misspelt.openings[0].after.text, 'entry-in-force');
    assert.equal(misspelt.openings[0].after.value, undefined);
  });

  it('only accession opens after an event: `ratification after entry-into-force` is a syntax problem on its words, and not read', () => {
    const text = consent('  consent by ratification after entry-into-force, accession');
    const { ast, problems } = parse(text);
    assert.equal(problems.length, 1);
    assert.equal(textAt(text, problems[0].range), 'ratification after entry-into-force');
    assert.match(problems[0].message, /Only accession opens after an event/u);
    assert.deepEqual(ast.instrument!.consent!.openings, []);
    assert.deepEqual(ast.instrument!.consent!.means.map((m) => m.value), ['ratification', 'accession']);
  });

  it('recovery: a typo in the form is an error on its line, and the statements after it parse', () => {
    for (const typo of ['  consent by ratification, accession afer entry-into-force', '  consent by ratification, accession after "entry-into-force" for Acceding-States']) {
      const text = consent(typo);
      const { ast, problems } = parse(text);
      assert.ok(problems.length >= 1, typo);
      assert.ok(problems.every((p) => p.range.start.line === 2), problems.map((p) => p.message).join('\n'));
      assert.equal(ast.instrument?.effect?.delay?.amount, 60, typo);
      assert.equal(ast.parties.length, 2, typo);
    }
  });
});
