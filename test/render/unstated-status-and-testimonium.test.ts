/**
 * Export review 2, items 12 and 23: two header modifiers that let the header say what a text does
 * NOT contain, so that the export does not put it into the signatories' mouths.
 *
 * - `status non-binding unstated`: the text is silent on its status and `non-binding` is the
 *   reader's judgement. Every check reads it exactly as `non-binding` but the one that asks what
 *   the text says of its status (`missing-non-binding-statement`, which reports the silence, lg26);
 *   the export prints no status sentence (DE–NL 2015, Guernsey–NL 2008, Brawijaya–Wageningen 1979,
 *   CZ–NL 2015: none has one).
 * - `done … without testimonium`: the text's formula has no "IN WITNESS WHEREOF …" recital of
 *   authority (NL–Eurojust 2006: "DONE at The Hague on 15 March 2006, in two copies in the
 *   English language", laws-markdown BWBV0001793), so the export prints the "Done at" sentence alone.
 *
 * Each with its near miss: the same header without the modifier still generates what it did.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEntenteService, type RenderedInstrument } from '../../server/src/language';
import { formatText } from '../../server/src/language/features/format';
import { parse } from '../../server/src/language/syntax/parse';
import { applyEdits, fixture, mainUri } from '../features/feature-fixture';
import { draftedVariant } from './drafted-variant';
import { diskService, exportedRealInstrument, repoRoot } from './render-fixtures';

/** A drafted variant's Markdown export. */
function exportedDrafted(text: string): string {
  const service = diskService();
  service.open('file:///drafted.entente', text);
  return service.render('file:///drafted.entente', 'markdown')!;
}

const uri = 'file:///t/main.entente';
function open(text: string) {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text);
  return service;
}
const render = (text: string): { md: string; doc: RenderedInstrument } => {
  const service = open(text);
  return { md: service.render(uri, 'markdown')!, doc: service.renderModel(uri)! };
};
const findings = (text: string) =>
  open(text)
    .diagnostics(uri)
    .map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message}`);

const mou = (status: string) =>
  `memorandum "Memorandum on Cyber Security" {\n  ${status}\n  languages English\n  signed at "Tallinn" on 2027-03-01\n  effect on signature\n}\nparticipant EE "CERT-EE" { kind national-cert }\nparticipant FI "NCSC-FI" { kind national-cert }\n`;
const treaty = (signature: string) =>
  `treaty "Agreement on Cyber Security" {\n  status binding\n  languages English\n  ${signature}\n  effect on signature\n}\nparty EE "Republic of Estonia" { kind state }\nparty FI "Republic of Finland" { kind state }\n`;

const statusSentence = /not intended to be legally binding/;
/** The findings but the one on the statement of status, which `unstated` is about. */
const besidesStatement = (all: string[]) => all.filter((f) => !f.includes('missing-non-binding-statement'));
const statesNothing = (all: string[]) => all.some((f) => f.includes('missing-non-binding-statement'));
const realDir = join(repoRoot, 'test/real-instruments');

describe('status non-binding unstated (export review 2, item 12)', () => {
  it('parses as the status `non-binding`, with the modifier on its own range', () => {
    const { ast } = parse(mou('status non-binding unstated'));
    const status = ast.instrument!.items.find((i) => i.type === 'Status');
    assert.equal(ast.instrument!.status?.value, 'non-binding');
    assert.ok(status?.type === 'Status');
    assert.equal(status.stated?.value, 'unstated');
    assert.deepEqual([status.stated.range.start.line, status.stated.range.start.character, status.stated.range.end.character], [1, 21, 29]);
    // Near miss: without the modifier there is none.
    const plain = parse(mou('status non-binding')).ast.instrument!.items.find((i) => i.type === 'Status');
    assert.ok(plain?.type === 'Status');
    assert.equal(plain.stated, undefined);
  });

  it('is a keyword: a misspelt one is a syntax error on the word, and a word on the next line stays the next statement', () => {
    const misspelt = parse(mou('status non-binding unstatd'));
    assert.equal(misspelt.problems.length, 1, misspelt.problems.map((p) => p.message).join('\n'));
    assert.deepEqual([misspelt.problems[0].range.start.line, misspelt.problems[0].range.start.character], [1, 21]);
    // The status usually comes first: a half-typed statement below it is not taken for a modifier.
    const typing = parse(mou('status non-binding\n  eff'));
    assert.equal(typing.problems.length, 1);
    assert.deepEqual([typing.problems[0].range.start.line, typing.problems[0].range.start.character], [2, 2]);
    const status = typing.ast.instrument!.items.find((i) => i.type === 'Status');
    assert.ok(status?.type === 'Status' && status.stated === undefined);
  });

  it('generates no status sentence; without the modifier the sentence is still generated', () => {
    const unstated = render(mou('status non-binding unstated'));
    assert.doesNotMatch(unstated.md, statusSentence);
    assert.ok(!unstated.doc.articles.some((a) => a.heading === 'Status'));
    const stated = render(mou('status non-binding'));
    assert.match(stated.md, /This Memorandum records the intentions of the Participants\. It is not intended to be legally binding/);
  });

  it('is read by every other check exactly as `non-binding`: the same findings, on an MoU written with treaty words; the statement of status is asked for', () => {
    const body = (status: string) => `${mou(status)}clause Commitments "Commitments" """\n  The Participants shall exchange indicators of compromise.\n"""\n`;
    const plain = findings(body('status non-binding'));
    assert.ok(plain.some((f) => f.includes('mou-binding-wording')), plain.join('\n'));
    const unstated = findings(body('status non-binding unstated'));
    assert.deepEqual(besidesStatement(unstated), plain);
    assert.ok(statesNothing(unstated) && !statesNothing(plain));
  });

  for (const name of ['de-nl-tax-rulings-exchange-mou-2015', 'gg-nl-tax-cooperation-mou-2008', 'id-nl-brawijaya-wageningen-letter-of-intent-1979', 'cz-nl-tax-information-arrangement-2015']) {
    it(`${name}: the transcription says \`unstated\`, the other checks find what they found with \`status non-binding\`, the silence is reported, and the export has no status sentence`, () => {
      const text = readFileSync(join(realDir, `${name}.entente`), 'utf8');
      assert.match(text, /\n {2}status non-binding unstated\n/);
      // The transcriber's header: the text does not state its status.
      assert.match(text, /(?:status|text) (?:is )?NOT stated|status is not stated|never\s+(?:\/\/\s+)?states its status/i);
      const stated = findings(text.replace('\n  status non-binding unstated\n', '\n  status non-binding\n'));
      assert.deepEqual(besidesStatement(findings(text)), stated);
      assert.ok(statesNothing(findings(text)) && !statesNothing(stated));
      assert.doesNotMatch(exportedRealInstrument(name), statusSentence);
      // Signed, the export prints no generated sentence at all (render/unprinted-note.ts): its draft is where `unstated` is tested.
      // GG–NL 2008 is concluded by its signature lines alone and has no drafted variant.
      if (name !== 'gg-nl-tax-cooperation-mou-2008') {
        const drafted = draftedVariant(text, name);
        assert.doesNotMatch(exportedDrafted(drafted), statusSentence);
        assert.match(exportedDrafted(drafted.replace('\n  status non-binding unstated\n', '\n  status non-binding\n')), statusSentence, 'near miss: without `unstated` the draft says its status');
      }
    });
  }

  it('completes the modifier after the status, and hover explains it', () => {
    const { service, position } = fixture('memorandum "M" {\n  status non-binding $0\n}\n');
    assert.ok(service.complete(mainUri, position).some((i) => i.label === 'unstated'));
    // Near miss: in the status's own place only the statuses are offered.
    const value = fixture('memorandum "M" {\n  status $0\n}\n');
    assert.deepEqual(value.service.complete(mainUri, value.position).map((i) => i.label), ['binding', 'non-binding', 'undetermined']);
    const hover = fixture('memorandum "M" {\n  status non-binding unst$0ated\n}\n');
    const contents = JSON.stringify(hover.service.hover(mainUri, hover.position)?.contents);
    assert.match(contents, /does not state its status/);
    assert.equal(parse(mou('status non-binding unstated')).problems.length, 0);
  });

  it('is laid out on the status line by the formatter', () => {
    const source = 'memorandum "M" {\n    status   non-binding    unstated\n}\n';
    assert.equal(applyEdits(source, formatText(source, { tabSize: 2, insertSpaces: true })), 'memorandum "M" {\n  status non-binding unstated\n}\n');
  });
});

describe('done … without testimonium (export review 2, item 23)', () => {
  it('prints the "Done at" sentence alone; without the modifier the recital of authority is still generated', () => {
    // A planned date: a draft, whose formula is generated (a concluded text's is printed only as a clause holds it).
    const without = render(treaty('done at "The Hague" on 2027-03-15 in 2 copies without testimonium'));
    assert.deepEqual(without.doc.testimonium, ['Done at The Hague on 15 March 2027, in two copies in the English language.']);
    assert.doesNotMatch(without.md, /IN WITNESS/);
    const withIt = render(treaty('done at "The Hague" on 2027-03-15 in 2 copies'));
    assert.deepEqual(withIt.doc.testimonium, [
      'IN WITNESS WHEREOF the undersigned, being duly authorised thereto, have signed this Agreement.',
      'Done at The Hague on 15 March 2027, in two copies in the English language.',
    ]);
  });

  it('changes nothing else: the same findings, and an MoU formula is unchanged', () => {
    assert.deepEqual(findings(treaty('done at "The Hague" on 2006-03-15 without testimonium')), findings(treaty('done at "The Hague" on 2006-03-15')));
    assert.deepEqual(render(mou('status non-binding').replace('on 2027-03-01', 'on 2027-03-01 without testimonium')).doc.testimonium, render(mou('status non-binding')).doc.testimonium);
  });

  it('parses after the originals and the deposit, reports a misspelt word, completes and explains it', () => {
    const { ast } = parse(treaty('done at "Paris" on 2002-08-19 in single copy deposited with "the Government of France" without testimonium'));
    assert.equal(ast.instrument!.signature?.without?.value, 'testimonium');
    assert.equal(ast.instrument!.signature?.depositedWith && 'value' in ast.instrument!.signature.depositedWith ? ast.instrument!.signature.depositedWith.value : undefined, 'the Government of France');
    assert.ok(findings(treaty('done at "Paris" on 2002-08-19 without testimonum')).some((f) => f.startsWith('3:40 value-out-of-range')));
    const { service, position } = fixture('treaty "T" {\n  done at "Paris" on 2002-08-19 without $0\n}\n');
    assert.deepEqual(service.complete(mainUri, position).map((i) => i.label).sort(), ['formula', 'testimonium']);
    const hover = fixture('treaty "T" {\n  done at "Paris" on 2002-08-19 with$0out testimonium\n}\n');
    assert.match(JSON.stringify(hover.service.hover(mainUri, hover.position)?.contents), /recital of authority/);
    const unformatted = 'treaty "T" {\ndone at "Paris" on 2002-08-19   without  testimonium\n}\n';
    assert.equal(applyEdits(unformatted, formatText(unformatted, { tabSize: 2, insertSpaces: true })), 'treaty "T" {\n  done at "Paris" on 2002-08-19 without testimonium\n}\n');
  });

  it('NL–Eurojust 2006: "DONE at The Hague on 15 March 2006, in two copies in the English language", no IN WITNESS', () => {
    // Its draft (the date taken out): the formula as the header states it, without the recital.
    const md = exportedDrafted(draftedVariant(readFileSync(join(repoRoot, 'test/real-instruments/nl-eurojust-seat-agreement-2006.entente'), 'utf8')));
    assert.doesNotMatch(md, /IN WITNESS/);
    assert.match(md, /\nDone at The Hague on .*, in two copies in the English language\.\n/);
    // Concluded, no formula is generated: no clause of the transcription holds the text's.
    assert.doesNotMatch(exportedRealInstrument('nl-eurojust-seat-agreement-2006'), /Done at|IN WITNESS/);
  });
});

/**
 * Export review 3, item 4: no final formula the signed text does not contain. A text with its own
 * formula, even as a sentence inside an article, gets no generated one (CZ–NL 2015); a text that
 * states none says so, `signed without formula`, and gets none, and no blanks (Guernsey–NL 2008,
 * Brawijaya 1979); the originals are said where the header writes them, after the place and date.
 */
describe('final formulas the signed text contains, and only those (export review 3, item 4)', () => {
  it('CZ–NL 2015: its "Signed in duplicate in the English language." inside Article 10 is the formula; none is generated', () => {
    const md = exportedRealInstrument('cz-nl-tax-information-arrangement-2015');
    assert.match(md, /Signed in duplicate in the English language\./);
    assert.doesNotMatch(md, /Signed at The Hague on 28 September 2015/);
    assert.equal(md.match(/Signed (?:at|in)\b/g)?.length, 1);
  });

  it('near misses: an operative sentence beginning "Done at" or "Signed in" inside a paragraph leaves the formula generated', () => {
    for (const sentence of ['Reports are kept. Done at the Centre, research shall be shared between the Parties.', 'Minutes are kept. Signed in the presence of both Parties, they shall be published.']) {
      const { doc } = render(`${treaty('done at "Tallinn" on 2027-06-14')}clause Research "Research" """\n  ${sentence}\n"""\n`);
      assert.deepEqual(doc.testimonium, ['IN WITNESS WHEREOF the undersigned, being duly authorised thereto, have signed this Agreement.', 'Done at Tallinn on 14 June 2027, in the English language.'], sentence);
    }
  });

  it('Guernsey–NL 2008 and Brawijaya 1979: `signed without formula`, so no formula, no blanks and no generated signature block', () => {
    for (const name of ['gg-nl-tax-cooperation-mou-2008', 'id-nl-brawijaya-wageningen-letter-of-intent-1979']) {
      const md = exportedRealInstrument(name);
      assert.doesNotMatch(md, /Signed at|place of signature|date of signature|languages of the text/, name);
      assert.doesNotMatch(md, /\*\*For (?:the Kingdom|Universitas|Agricultural)/, name);
    }
    // The memorandum's own signature lines stay, as transcribed, each signatory's its own paragraph (rf104).
    assert.match(exportedRealInstrument('gg-nl-tax-cooperation-mou-2008'), /For the Kingdom of the Netherlands J\.C\. DE JAGER\n\nFor the States of Guernsey MICHAEL WILLIAM TORODE/);
  });

  it('parses and explains `without formula`; near miss: a draft with no signature line still gets the formula with its blanks', () => {
    const noLine = mou('status non-binding').replace('  signed at "Tallinn" on 2027-03-01\n', '');
    assert.equal(render(noLine).doc.testimonium.length, 1);
    assert.match(render(noLine).doc.testimonium[0]!, /^Signed at .*place of signature.* on .*date of signature.*, in the English language\.$/);
    const without = noLine.replace('  effect on signature', '  signed without formula\n  effect on signature');
    assert.equal(parse(without).ast.instrument!.signature?.without?.value, 'formula');
    assert.deepEqual(render(without).doc.testimonium, []);
    assert.deepEqual(render(without).doc.signatures, []);
    assert.ok(render(noLine).doc.signatures.length === 2);
    const hover = fixture('memorandum "M" {\n  signed with$0out formula\n}\n');
    assert.match(JSON.stringify(hover.service.hover(mainUri, hover.position)?.contents), /states no final formula/);
  });

  it('the originals follow the place and date; a deposited single original keeps its deposit after the languages', () => {
    assert.deepEqual(render(treaty('done at "Tallinn" on 2027-06-14 in duplicate')).doc.testimonium.at(-1), 'Done at Tallinn on 14 June 2027, in duplicate in the English language.');
    assert.deepEqual(render(treaty('done at "Tallinn" on 2027-06-14')).doc.testimonium.at(-1), 'Done at Tallinn on 14 June 2027, in the English language.');
    assert.deepEqual(
      render(treaty('done at "Riga" on 2027-06-14 in single copy deposited with "the Government of Latvia"')).doc.testimonium.at(-1),
      'Done at Riga on 14 June 2027, in the English language, in a single copy, which shall be deposited with the Government of Latvia.',
    );
  });
});
