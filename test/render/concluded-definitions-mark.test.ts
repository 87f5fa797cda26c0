/**
 * A concluded text's definitions, held as `define`s, are never printed as the Parties' words and
 * never dropped: printed where they stand as a marked insertion, term and meaning as transcribed
 * (render/definitions-in-place.ts, render/definitions-insertion.ts).
 *
 * Sixty-second run, item 1: NL–NZ Agreement on Social Security 1990 (BWBV0002938), Art. 1(1) — "In
 * this Agreement unless the context otherwise requires:" and the definitions a)–f) — transcribed as
 * seven `define`s, Art. 1(2) as the clause "Article 1 – Definitions" ("2. In the application by a
 * Contracting Party …"). The export printed an Article 1 that began at "2." with no mark in md,
 * html and akn. The treaty lawyer's thirteenth check, D5: a clause announcing definitions ("For the
 * purposes of this Agreement:") got the `define`s printed after it in the export's own "“X” means"
 * form, the transcriber's "[footnote 1: …]" included, under a note saying nothing was generated.
 * The sixty-fifth and sixty-sixth runs: a mark naming the terms instead left a whole operative
 * article out of the export.
 */
import assert from 'node:assert/strict';
import { aknProblems } from './akn-structure';
import { dumpDocx, readDocx } from './docx-reader';
import { openRealInstrument, renderText } from './render-fixtures';
import { openDraftedRealInstrument } from './drafted-variant';

const render = renderText;

/** The non-blank lines of the Markdown export from a heading up to the next. */
function article(md: string, heading: string): string[] {
  const lines = md.split('\n').filter((l) => l.trim() !== '');
  const at = lines.findIndex((l) => l.startsWith(`## ${heading}`));
  const next = lines.findIndex((l, i) => i > at && l.startsWith('## '));
  return lines.slice(at + 1, next);
}

const lead = '[Definitions as transcribed, not in the text’s own wording: each term, then its meaning, as the transcription’s declarations hold them and in their order. The rest of the text’s wording of them (the words that join each term to its meaning, whatever they are), its lettering and its layout are not reproduced.]';
/** The lead as Markdown prints it (escaped, italic, in a quotation block). */
const mdLead = `> *${lead.replace(/[[\]]/g, '\\$&')}*`;

/** A concluded bilateral treaty with a clause on definitions (`clause`) and two `define`s before it. */
const treaty = (clause: string, meaning = 'any event having an actual adverse effect on the security of network and information systems') =>
  `treaty "Agreement" {\n  status binding\n  done at "Tallinn" on 2010-05-04 in duplicate\n}\nparty EE "The Republic of Estonia" { kind state }\nparty FI "The Republic of Finland" { kind state }\n` +
  `define "Competent Authority" means "in the case of Estonia, the Information System Authority (Article 1(a)) [footnote 1: as renamed in 2019]"\ndefine "Incident" means "${meaning}"\n` +
  `${clause}clause Art2 "Article 2 – Cooperation" """\n  The Competent Authorities shall cooperate in the handling of any Incident.\n"""\n`;

describe('a concluded text’s definitions: inserted where they stand, never printed as its words (sixty-second run, item 1; lr13 D5; r65, r66)', () => {
  it('NL–NZ 1990 Art. 1: the insertion before paragraph 2 in Word too, in the editorial styles', async () => {
    const { service, uri } = openRealInstrument('nl-nz-social-security-1990.entente');
    const content = await readDocx((await service.renderDocx(uri))!);
    const docx = dumpDocx(content);
    assert.ok(docx.indexOf(lead) > docx.indexOf('Article 1 – Definitions'), 'the insertion after the heading');
    assert.ok(docx.indexOf('“national”: ') < docx.indexOf('In the application by a Contracting Party'), 'the insertion before paragraph 2');
    const paragraphs = content.body.filter((p) => p.kind === 'p');
    assert.equal(paragraphs.find((p) => p.text === lead)?.style, 'EditorialNote');
    assert.equal(paragraphs.find((p) => p.text.startsWith('“benefit”: '))?.style, 'EditorialInsertion');
  });

  it('NL–NZ 1990 Art. 1: the insertion before paragraph 2, in md, html and akn', () => {
    const { service, uri } = openRealInstrument('nl-nz-social-security-1990.entente');
    const md = service.render(uri, 'markdown')!;
    const lines = article(md, 'Article 1 – Definitions');
    assert.equal(lines.length, 16);
    assert.equal(lines[0], mdLead);
    assert.match(lines[2], /^> “benefit”: a New Zealand benefit or pension payable/);
    assert.match(lines[14], /^> “national”: /);
    assert.match(lines[15], /^2\\\. In the application by a Contracting Party of this Agreement/);
    const html = service.render(uri, 'html')!;
    assert.match(html, /<h2[^>]*>.*Article 1 – Definitions.*<\/h2>\s*<aside class="editorial-note" role="note"><p><em>\[Definitions as transcribed, [^<]*<\/em><\/p><p>“<dfn id="term-benefit">benefit<\/dfn>”: a New Zealand benefit/s);
    const akn = service.render(uri, 'akn')!;
    // lr15, D5: an editorial container standing where the text's paragraph 1 is, not a paragraph; its paragraph "2." keeps its eId.
    assert.match(akn, /<heading>Article 1 – Definitions<\/heading><hcontainer eId="art_1__hcontainer_definitionsAsTranscribed_1" name="definitionsAsTranscribed" status="editorial"><content><p class="editorialNote">\[Definitions as transcribed, [^<]*<\/p><blockList status="editorial" eId="art_1__hcontainer_definitionsAsTranscribed_1__list_1"><item eId="art_1__hcontainer_definitionsAsTranscribed_1__list_1__item_1"><p>“<def refersTo="#benefit">benefit<\/def>”: /);
    assert.match(akn, /<\/hcontainer><paragraph eId="art_1__para_2"><num>2\.<\/num>/);
    assert.doesNotMatch(akn, /art_1__para_1\b/);
    assert.deepEqual(aknProblems(akn), []);
    // Never the "“X” means" form as the text's; the note says what was printed from the declarations.
    assert.doesNotMatch(md, /” means a New Zealand benefit/);
    const note = md.split('Not part of the text')[1] ?? '';
    assert.match(note, /Its 7 definitions, which the transcription holds as declarations \(\\`define\\`\), are printed from them as a marked insertion where the text has them: each term with its meaning as transcribed, not in the text’s own wording/);
    assert.doesNotMatch(note, /Definitions ‘/);
  });

  it('lr13 e1: “For the purposes of this Agreement:” — the insertion after it, as transcribed (footnote and all), never in the “means” form', () => {
    const announcing = 'clause Art1 "Article 1 – Definitions" about definitions """\n  For the purposes of this Agreement:\n"""\n';
    for (const format of ['markdown', 'html', 'akn'] as const) {
      const out = render(treaty(announcing), format);
      assert.doesNotMatch(out, /” means/, format);
      assert.match(out, /Definitions as transcribed, not in the text’s own wording/, format);
      // The transcriber's footnote is printed — inside the insertion that says it is the transcription's.
      assert.match(out, /Competent Authority(?:<\/(?:dfn|def)>)?”: in the case of Estonia, the Information System Authority \(Article 1\(a\)\) \\?\[footnote 1: as renamed in 2019\\?\]/, format);
    }
    assert.deepEqual(article(render(treaty(announcing)), 'Article 1'), [
      'For the purposes of this Agreement:',
      mdLead,
      '>',
      '> “Competent Authority”: in the case of Estonia, the Information System Authority (Article 1(a)) \\[footnote 1: as renamed in 2019\\]',
      '>',
      '> “Incident”: any event having an actual adverse effect on the security of network and information systems',
    ]);
    assert.deepEqual(aknProblems(render(treaty(announcing), 'akn')), []);
  });

  it('near misses: a clause not on definitions that begins at "2." gets no mark; one on definitions that begins at "1." gets none in the body, and the note names them', () => {
    const scope = 'clause Art1 "Article 1 – Scope" """\n  2. This Agreement applies to incidents.\n"""\n';
    const md = render(treaty(scope));
    assert.doesNotMatch(md, /Definitions as transcribed/);
    const first = 'clause Art1 "Article 1 – Definitions" about definitions """\n  1. Terms not defined here have the meaning given by national law.\n"""\n';
    const noted = render(treaty(first));
    assert.doesNotMatch(noted, /Definitions as transcribed/);
    assert.deepEqual(article(noted, 'Article 1'), ['1\\. Terms not defined here have the meaning given by national law.']);
    assert.match(noted, /Not part of the text.*Definitions ‘Competent Authority’ and ‘Incident’/);
    // A clause that holds a definition in its own words: printed as written, nothing marked or noted.
    const holding = 'clause Art1 "Article 1 – Definitions" about definitions """\n  2. “Incident” means any event.\n"""\n';
    const held = render(treaty(holding));
    // It stands for "Incident" only; "Competent Authority", in no clause's words, is the marked insertion beside it (seventy-first run, defect 1).
    assert.match(held, /“Competent Authority”: /);
    assert.doesNotMatch(held, /“Incident”: |Definitions ‘/);
  });

  it('a draft prints its generated definitions in the article on definitions: after announcing words, before a later paragraph', () => {
    const announcing = 'clause Art1 "Article 1 – Definitions" about definitions """\n  For the purposes of this Agreement:\n"""\n';
    const draft = treaty(announcing).replace('  done at "Tallinn" on 2010-05-04 in duplicate\n', '');
    assert.match(render(draft), /“Incident” means any event having an actual adverse effect on the security of network and information systems\./);
    assert.doesNotMatch(render(draft), /Definitions as transcribed/);
    // The drafted NL–NZ 1990: its seven before Art. 1's "2." (before, the draft dropped them without a word).
    const { service, uri } = openDraftedRealInstrument('nl-nz-social-security-1990.entente');
    const lines = article(service.render(uri, 'markdown')!, 'Article 1 – Definitions');
    assert.equal(lines.length, 8);
    assert.match(lines[0], /^“benefit” means a New Zealand benefit or pension payable/);
    assert.match(lines[6], /^“national” means .*Netherlands nationality\.$/);
    assert.match(lines[7], /^2\\\. In the application by a Contracting Party/);
  });
});
