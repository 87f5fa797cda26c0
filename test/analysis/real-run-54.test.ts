/**
 * Fifty-fourth real-instrument run (test/real-instruments/FIFTY-FOURTH-RUN.md), on the CTBT 1996
 * (BWBV0004747) and the Customs Co-operation Council Convention 1950 (BWBV0003093).
 *
 * 1. undefined-term does not read the quoted title of a publication cited by its edition ("Table 1
 *    of the International Atomic Energy Agency's April 1996 edition of “Nuclear Power Reactors in
 *    the World”", Annex 2) as a term, and a colon after a quotation defines only a glossary entry
 *    (the quotation opens its item), not a quotation in running prose
 *    (rules/support/term-provenance.ts). Near misses: the same words without the citation, and a
 *    colon after a quoted term in running prose, are still reported; a glossary entry is not.
 * 3. The export of a draft generates no preamble where the preamble is declared omitted, and never
 *    prints a class party's label ("All States and all States listed in Annex 2 …") as having
 *    agreed: it opens with "The States Parties to this Treaty," and calls them "the Parties" only
 *    where the text does not use "States Parties" (render/preamble.ts). Near misses: named parties
 *    keep their names; a text that says "the Parties" is given that name.
 * 4. A bracketed label with a full stop, "(a). … (b). …" on separate lines (Customs Co-operation
 *    Council Convention 1950), is a label: each paragraph is an item of its own, not run together
 *    (constructs/list-labels.ts). Near miss: "(a)" in the middle of a line starts nothing.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language/index';
import { diagnose } from '../helpers/fixture';
import { repoText } from '../helpers/fix-review';
import { replaced } from '../helpers/replaced-once';

function markdown(text: string): string {
  const service = createEntenteService({ readFile: () => undefined });
  service.open('file:///t/run54.entente', text);
  return service.render('file:///t/run54.entente', 'markdown')!;
}

const ctbt = repoText('test/real-instruments/ctbt-comprehensive-nuclear-test-ban-1996.entente');

const undefinedTerms = (text: string) => diagnose(text).filter((d) => d.code === 'undefined-term').map((d) => /^"([^"]+)"/.exec(d.message)?.[1]);

const mou = (prose: string) => `mou "Cooperation" {\n  status non-binding\n}\nparty A "Agency A"\nparty B "Agency B"\nclause One """\n  ${prose}\n"""\n`;

describe('fifty-fourth run: a quoted publication title is a citation; a colon defines only a glossary entry (item 1)', () => {
  it('item 1: neither IAEA title of Annex 2 is reported', () => {
    assert.deepEqual(undefinedTerms(ctbt), []);
  });

  it('item 1, probe p1c: the second title followed by a comma, not a colon, is still a citation', () => {
    const comma = replaced(ctbt, '“Nuclear Research Reactors in the World”:', '“Nuclear Research Reactors in the World”, listed:');
    assert.deepEqual(undefinedTerms(comma), []);
  });

  it('item 1, near miss: the same words without "edition of" read as a term of the Treaty', () => {
    const bare = replaced(ctbt, 'April 1996 edition of “Nuclear Power Reactors in the World”', 'list of “Nuclear Power Reactors in the World”');
    assert.deepEqual(undefinedTerms(bare), ['Nuclear Power Reactors in the World']);
  });

  it('item 1, near miss: a colon after a quoted term in running prose defines nothing', () => {
    const colon = replaced(ctbt, 'April 1996 edition of “Nuclear Power Reactors in the World”, and', 'list of “Nuclear Power Reactors in the World”: and');
    assert.deepEqual(undefinedTerms(colon), ['Nuclear Power Reactors in the World']);
    assert.deepEqual(undefinedTerms(mou('The Participants will share data through the "Sharing Platform": a web service.')), ['Sharing Platform']);
  });

  it('item 1, near miss: a glossary entry opening its item is a definition in place', () => {
    assert.deepEqual(undefinedTerms(mou('(a) "Sharing Platform": the web service of Agency A;')), []);
    assert.deepEqual(undefinedTerms(mou('"Sharing Platform": the web service of Agency A.')), []);
  });

  it('item 1: a title cited by its edition or publisher after the quotation, or introduced as "entitled", is a citation', () => {
    assert.deepEqual(undefinedTerms(mou('The Participants will apply "Cyber Threat Taxonomy", 2021 edition, to every report.')), []);
    assert.deepEqual(undefinedTerms(mou('The Participants will apply the guide entitled "Cyber Threat Taxonomy" to every report.')), []);
    assert.deepEqual(undefinedTerms(mou('The Participants will apply the "Cyber Threat Taxonomy" to every report.')), ['Cyber Threat Taxonomy']);
  });
});

/** The first commit's header (5f657723): `signed without formula`, no date — read as a draft. */
const firstCommit = replaced(ctbt, '\n  signed on unstated without formula\n', '\n  signed without formula\n');
const opening = (md: string) => md.split(/\n## /u)[0];
const q = String.fromCharCode(34).repeat(3);

describe('fifty-fourth run: the generated preamble of a draft with class parties (item 3)', () => {
  it('item 3a: no preamble is generated beside "[Not transcribed: the preamble.]"', () => {
    const md = opening(markdown(firstCommit));
    assert.match(md, /Not transcribed: the preamble/);
    assert.doesNotMatch(md, /Have agreed as follows|hereinafter referred to as/);
  });

  it('item 3b–c: without the omission, the opening names the States Parties, not "All States", and renames nothing', () => {
    const md = opening(markdown(replaced(firstCommit, 'omitted "the preamble", ', 'omitted ')));
    assert.match(md, /^The States Parties to this Treaty,\s*$/mu);
    assert.match(md, /Have agreed as follows:/);
    assert.doesNotMatch(md, /All States|Annex 2|hereinafter referred to as “the Parties”/);
  });

  it('item 3c, near miss: a text that says "the Parties", not "States Parties", is given that name', () => {
    const text = `treaty "Convention" {\n  status binding\n  consent by ratification, accession\n}\nparty States "Any State" {\n  kind state\n  class open\n}\nclause One ${q}\n  The Parties shall cooperate.\n${q}\n`;
    assert.match(opening(markdown(text)), /The States Parties to this Convention, hereinafter referred to as “the Parties”,/);
  });

  it('item 3, near miss: named parties keep their names', () => {
    const text = `treaty "Agreement" {\n  status binding\n}\nparty NL "the Kingdom of the Netherlands" {\n  kind state\n}\nparty BE "the Kingdom of Belgium" {\n  kind state\n}\nclause One ${q}\n  The Parties shall cooperate.\n${q}\n`;
    assert.match(opening(markdown(text)), /The Kingdom of the Netherlands and the Kingdom of Belgium, hereinafter referred to as “the Parties”,/);
  });
});

describe('fifty-fourth run: lettered paragraphs "(a). …" stay separate items (item 4)', () => {
  const council = repoText('test/real-instruments/wco-customs-co-operation-council-convention-1950.entente');

  it('item 4: Article XVI prints (a) and (b) as separate paragraphs', () => {
    const md = markdown(council);
    assert.match(md, /\n\(a\)\. The present Convention shall be subject to ratification\.\n\n\(b\)\. Instruments of ratification/u);
    assert.doesNotMatch(md, /ratification\. \(b\)\. Instruments/u);
  });

  it('item 4, near miss: a reference "(a)." inside a sentence is not a label', () => {
    const md = markdown(replaced(council, '(a). The present Convention shall be subject to ratification.', '(a). The present Convention, as in paragraph (a). hereof, shall be subject to ratification.'));
    assert.match(md, /as in paragraph \(a\)\. hereof, shall be subject/u);
  });
});
