/**
 * Fifty-first real-instrument run (test/real-instruments/FIFTY-FIRST-RUN.md), on the London Protocol
 * 1996 (BWBV0003139) and the FAL Convention 1965 (BWBV0003243).
 *
 * 1. treaty-amendment-by-decision reads the texts' own formulas of tacit acceptance: an entry into
 *    force "except for those Contracting Parties which … make a declaration that they are not able
 *    to accept the amendment" (London Art. 22(4)), "except those, which … make a declaration that
 *    they do not accept" (FAL Art. IX), "unless … at least one third of Contracting Governments have
 *    notified … that they do not accept" (FAL Art. VII(2)(b)); and its message tells an individual
 *    opt-out (binds each Party that has not objected) from a veto (binds every Party if none
 *    objects) (rules/support/tacit-acceptance.ts).
 * 2. Denunciation in a clause's own words when the header declares none and the clause is not tagged
 *    (probe P10): "Three years after entry into force of the present Convention with respect to a
 *    Contracting Government, such Government may denounce it by notification in writing" (FAL Art.
 *    XII) — the Party is "such Government" and the Convention "it" (rules/support/own-final-clauses.ts).
 * 3. Export: a paragraph number the series prints alone on its line ("1." then "a) …"; "4." then
 *    ".1 …") opens its paragraph, so that the later numbers stay paragraphs instead of running into
 *    the last item (FAL Art. XIII(2) inside XIII(1)(d); London Art. 1(4)–(10) inside 1(3)), as in the
 *    reviewer's first commit 59214a1e (constructs/paragraph-split.ts).
 * 4. term-used-in-lower-case stays a note on a concluded text under every profile, as
 *    treaty-mou-wording does: `strict` made "Permit" (London Art. 1(9)) a warning on the signed
 *    Protocol (analysis/concluded-text-severity.ts).
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { repoText } from '../helpers/fix-review';
import { replaced } from '../helpers/replaced-once';
import { splitParagraphs } from '../../server/src/language/constructs/paragraph-split';
import { createEntenteService } from '../../server/src/language';

const london = repoText('test/real-instruments/imo-london-dumping-protocol-1996.entente');
const fal = repoText('test/real-instruments/imo-fal-convention-1965.entente');

const amendmentNotes = (text: string) => diagnose(text).filter((d) => d.code === 'treaty-amendment-by-decision');

function amendmentNote(text: string): string {
  const found = amendmentNotes(text);
  assert.equal(found.length, 1, 'one treaty-amendment-by-decision note');
  assert.equal(found[0].severity, 'info');
  return found[0].message;
}

/** The London header's tacit track (Art. 22(4)), in the transcriber's words. */
const londonOptOut = 'except for those which within the hundred days declare that they are not able to accept it';
/** The FAL header's two tracks: the Annex (Art. VII(2)(b), (d)) and the Convention (Art. IX). */
const falShare = 'unless within twelve months at least one third of Contracting Governments notify that they do not accept it, those which do not accept not being bound';
const falRevision = 'for all Contracting Governments except those which declare that they do not accept';

describe('fifty-first run: tacit acceptance in the texts’ own words (item 1)', () => {
  it('London Art. 22(4): an individual opt-out by declaration, in a Protocol subject to ratification', () => {
    const message = amendmentNote(london);
    assert.match(message, /except for those which within the hundred days declare that they are not able to accept it\)/);
    // "the other Annexes" resolved against the header's "Annex 3" (lr10, defect 4).
    assert.match(message, /an amendment to an Annex other than Annex 3 takes effect for each Party that has not objected/);
    assert.doesNotMatch(message, /binds every Party\b(?! that)/);
  });

  it('London Art. 22(4) in the text’s own words ("make a declaration that they are not able to accept"; the keywords "declaration" quoted and "amendment" avoided, as a transcriber must)', () => {
    const own = replaced(
      london,
      `if later, ${londonOptOut}`,
      'if that is later, except for those Contracting Parties which before the end of the 100 days make a "declaration" that they are not able to accept it at that time',
    );
    assert.match(amendmentNote(own), /each Party that has not objected/);
  });

  it('FAL Art. VII(2)(b): a share of the Governments notifying non-acceptance stops the amendment, the others are bound', () => {
    const message = amendmentNote(fal);
    assert.match(message, /unless at least one third of the Parties object within the period/);
    assert.match(message, /binds every Party that has not objected/);
  });

  it('FAL Art. VII(2)(b) in the text’s own words ("have notified the Secretary-General in writing that they do not accept the proposal")', () => {
    const own = replaced(fal, falShare, 'unless within 12 months after the communication at least one third of Contracting Governments have notified the Secretary-General in writing that they do not accept the proposal');
    assert.match(amendmentNote(own), /unless at least one third of the Parties object/);
  });

  it('FAL Art. IX alone: a revision in force for all but those that declare non-acceptance', () => {
    const revisionOnly = replaced(fal, falShare, 'subject to acceptance by each Contracting Government');
    const message = amendmentNote(revisionOnly);
    assert.match(message, /except those which declare that they do not accept\)/);
    assert.match(message, /each Party that has not objected/);
  });

  it('probe P1: "deemed accepted by each Contracting Party unless it declares …" is an individual opt-out, not a veto', () => {
    const probe = replaced(london, londonOptOut, 'deemed accepted by each Contracting Party unless it declares that it is not able to accept it');
    const message = amendmentNote(probe);
    assert.match(message, /each Party that has not objected/);
    assert.doesNotMatch(message, /to which no Party objects binds every Party/);
  });

  it('near miss: a veto ("approved if no State Party objects") keeps its message', () => {
    const veto = replaced(london, londonOptOut, 'approved if no State Party objects');
    assert.match(amendmentNote(veto), /an amendment (?:to [^,]*? )?to which no Party objects binds every Party/);
  });

  it('near miss: "deemed accepted" alone says only that a silent Party is bound', () => {
    const deemed = replaced(london, `, ${londonOptOut}`, ', it being deemed accepted');
    const message = amendmentNote(deemed);
    assert.match(message, /deemed accepted and binds a Party that has done nothing/);
    assert.doesNotMatch(message, /no Party objects/);
  });

  it('near misses: an exception for those that accept, or that deposited an acceptance, is no opt-out', () => {
    for (const words of [
      'except for those which within the hundred days declare that they accept it',
      'except for those which have deposited an instrument of acceptance',
      'except for those which declare that they do not apply it to their overseas territories',
    ]) {
      assert.equal(amendmentNotes(replaced(london, londonOptOut, words)).length, 0, words);
    }
    const neither = replaced(fal, `${falShare}, or`, 'or');
    assert.equal(amendmentNotes(replaced(neither, falRevision, 'for the Contracting Governments which have accepted it')).length, 0);
  });

  it('near miss: the same opt-out in a Protocol bound by signature or accession only (no later consent to spare)', () => {
    const noRatification = replaced(london, 'consent by signature, ratification, acceptance, approval, accession', 'consent by signature, accession');
    assert.equal(amendmentNotes(noRatification).length, 0);
  });
});

/** FAL with Art. XII as the reviewer's probe P10 had it: no `denunciation` statement, the clause untagged. */
const untaggedDenunciation = replaced(replaced(fal, '  denunciation with notice of 1 year\n', ''), 'clause ArtXII "Article XII" about termination', 'clause ArtXII "Article XII"');
const artXII = 'such Government may denounce it by notification in writing';

const exitCodes = (text: string) => diagnose(text).filter((d) => d.code === 'missing-termination' || d.code === 'missing-duration').map((d) => d.code);

describe('fifty-first run: denunciation in the clause’s own words (item 2, probe P10)', () => {
  it('FAL Art. XII untagged, no header statement: neither missing-termination nor missing-duration', () => {
    assert.deepEqual(exitCodes(untaggedDenunciation), []);
  });

  it('near misses: "it" that stands for something else, or a verb that is no exit, leaves both warnings', () => {
    for (const [words, why] of [
      ['such Government may withdraw it by notification in writing', 'withdrawing "it" (a notification, a declaration) is not withdrawing from the Convention'],
      ['such Government may amend it by notification in writing', 'amending is not ending'],
      ['such Government, having made a declaration, may denounce it by notification in writing', '"it" may be the declaration'],
    ]) {
      assert.deepEqual(exitCodes(replaced(untaggedDenunciation, artXII, words)).sort(), ['missing-duration', 'missing-termination'], why);
    }
  });

  it('near miss: "denounce it" where the sentence names another treaty after the present Convention', () => {
    const other = replaced(untaggedDenunciation, 'entry into force of the present Convention with respect to a Contracting', 'entry into force of the present Convention and of the Treaty of 1948 with respect to a Contracting');
    assert.deepEqual(exitCodes(other).sort(), ['missing-duration', 'missing-termination']);
  });
});

/** The reviewer's first layout (59214a1e): the paragraph number alone on its line. */
const falAlone = replaced(fal, '  1. a) The United Nations,', '  1.\n  a) The United Nations,');
const londonAlone = replaced(replaced(london, '  4. .1 ‘‘Dumping’’ means:', '  4.\n  .1 ‘‘Dumping’’ means:'), '  5. .1 ‘‘Incineration at sea’’', '  5.\n  .1 ‘‘Incineration at sea’’');

function markdown(text: string): string {
  const service = createEntenteService({ readFile: () => undefined });
  service.open('file:///fixture/r51.entente', text);
  return service.render('file:///fixture/r51.entente', 'markdown')!;
}

/** Labels of the paragraphs (depth 0) of a text, with the labels of their items in brackets. */
function outline(text: string): string {
  return splitParagraphs(text)
    .map((p) => (typeof p === 'string' ? '' : `${p.label ?? ''}${p.items ? `[${p.items.map((i) => i.label).join(' ')}]` : ''}`))
    .join(' ');
}

describe('fifty-first run: a paragraph number alone on its line keeps its paragraph (item 3)', () => {
  it('FAL Art. XIII as first transcribed: "2." is a paragraph, not part of subparagraph 1(d)', () => {
    const md = markdown(falAlone);
    assert.match(md, /\n2\\\. The Secretary-General shall inform all the Contracting Governments of the extension/);
    assert.doesNotMatch(md, /specified therein\. 2\. The Secretary-General/);
    // The same text; a number alone on its line keeps its first item under it (rf112, r112 D1).
    assert.equal(md.replace(/^(\S+)\n   - /gmu, '$1 '), markdown(fal), 'the two layouts print the same text');
  });

  it('London Art. 1 as first transcribed: paragraphs 4–10 are paragraphs, not part of paragraph 3', () => {
    const md = markdown(londonAlone);
    for (const n of [4, 5, 6, 7, 8, 9, 10]) assert.match(md, new RegExp(`\\n${n}\\\\\\. `), `paragraph ${n}`);
    assert.doesNotMatch(md, /of the Organization\. 4\./);
    assert.equal(md.replace(/^(\S+)\n   - /gmu, '$1 '), markdown(london));
  });

  it('the split: "1." alone then "a)"–"d)" and "2."; "(4)" alone likewise', () => {
    assert.equal(outline('1.\na) one;\nb) two.\n2. Three.'), '1.[a) b)] 2.');
    assert.equal(outline('(1) One.\n(2)\n(a) two;\n(b) three.\n(3) Four.'), '(1) (2)[(a) (b)] (3)');
  });

  it('near misses: a number that ends a wrapped sentence, or a year, stays in its sentence', () => {
    // "… referred to in paragraph / 1." and "Articles 3, / 4." (a line that ends no sentence).
    assert.equal(outline('1. As referred to in paragraph\n2.\n2. Next.'), '1. 2.');
    assert.equal(outline('1. The measures in Articles 2,\n3.\n2. Next.'), '1. 2.');
    // A year alone after a full stop is no label (four digits).
    assert.equal(outline('1. Done on 18 April.\n1961.\n2. Next.'), '1. 2.');
    // Alone but out of sequence (a "7." after "1."): no paragraph of its own.
    assert.equal(outline('1. First.\n7.\n2. Next.'), '1. 2.');
  });
});

const severities = (text: string, code: string, profile?: string) =>
  diagnose(text, profile ? { settings: { profile } } : {})
    .filter((d) => d.code === code)
    .map((d) => d.severity);

describe('fifty-first run: a concluded text’s capitals are not restyled (item 4)', () => {
  it('"Permit" used only as "permit" stays a note on the London Protocol under every profile', () => {
    // Since lr10, defect 5, the real Art. 1(9) ("9.‘‘Permit’’ means", the capital the item's) draws
    // no note at all; the term put after a comma, where the capital is the drafter's, keeps it.
    const afterComma = replaced(london, '  9. ‘‘Permit’’ means', '  9. In this Protocol, ‘‘Permit’’ means');
    for (const profile of [undefined, 'strict', 'treaty-review', 'mou-review']) {
      assert.deepEqual(severities(london, 'term-used-in-lower-case', profile), [], profile ?? 'default');
      assert.deepEqual(severities(afterComma, 'term-used-in-lower-case', profile), ['info'], profile ?? 'default');
    }
  });

  it('near miss: the same definition in a draft is still raised to a warning by strict', () => {
    const draft = [
      'treaty "Protocol on dumping" {\n  status binding\n}',
      'party A "Any State" { kind state class open }',
      'define "Permit" means "permission granted in advance."',
      'clause Permits """Each Contracting Party shall issue a permit before any dumping. A permit shall be recorded."""',
      '',
    ].join('\n');
    assert.deepEqual(severities(draft, 'term-used-in-lower-case', 'strict'), ['warning']);
    assert.deepEqual(severities(draft, 'term-used-in-lower-case'), ['info']);
  });
});
