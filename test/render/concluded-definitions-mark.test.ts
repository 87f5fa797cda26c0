/**
 * A concluded text's definitions, held as `define`s, are never printed as the Parties' words and
 * never dropped without a mark (render/definitions-in-place.ts).
 *
 * Sixty-second run, item 1: NL–NZ Agreement on Social Security 1990 (BWBV0002938), Art. 1(1) — "In
 * this Agreement unless the context otherwise requires:" and the definitions a)–f) — transcribed as
 * seven `define`s, Art. 1(2) as the clause "Article 1 – Definitions" ("2. In the application by a
 * Contracting Party …"). The export printed an Article 1 that began at "2." with no mark in md,
 * html and akn. The treaty lawyer's thirteenth check, D5: a clause announcing definitions ("For the
 * purposes of this Agreement:") got the `define`s printed after it in the export's own "“X” means"
 * form, the transcriber's "[footnote 1: …]" included, under a note saying nothing was generated.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { aknProblems } from './akn-structure';
import { dumpDocx, readDocx } from './docx-reader';
import { openRealInstrument } from './render-fixtures';
import { openDraftedRealInstrument } from './drafted-variant';

function render(text: string, format: 'markdown' | 'html' | 'akn' = 'markdown'): string {
  const service = createEntenteService();
  service.open('file:///t.entente', text);
  return service.render('file:///t.entente', format) ?? '';
}

/** The non-blank lines of the Markdown export from a heading up to the next. */
function article(md: string, heading: string): string[] {
  const lines = md.split('\n').filter((l) => l.trim() !== '');
  const at = lines.findIndex((l) => l.startsWith(`## ${heading}`));
  const next = lines.findIndex((l, i) => i > at && l.startsWith('## '));
  return lines.slice(at + 1, next);
}

const nzMark = '[The definitions of the text are not printed here: ‘benefit’, ‘competent authority’, ‘institution’, ‘social security laws’, ‘New Zealand’, ‘the Netherlands’ and ‘national’.]';

/** A concluded bilateral treaty with a clause on definitions (`clause`) and two `define`s before it. */
const treaty = (clause: string, meaning = 'any event having an actual adverse effect on the security of network and information systems') =>
  `treaty "Agreement" {\n  status binding\n  done at "Tallinn" on 2010-05-04 in duplicate\n}\nparty EE "The Republic of Estonia" { kind state }\nparty FI "The Republic of Finland" { kind state }\n` +
  `define "Competent Authority" means "in the case of Estonia, the Information System Authority (Article 1(a)) [footnote 1: as renamed in 2019]"\ndefine "Incident" means "${meaning}"\n` +
  `${clause}clause Art2 "Article 2 – Cooperation" """\n  The Competent Authorities shall cooperate in the handling of any Incident.\n"""\n`;

describe('a concluded text’s definitions: marked where they stand, never printed as its words (sixty-second run, item 1; lr13 D5)', () => {
  it('NL–NZ 1990 Art. 1: the mark before paragraph 2 in Word too', async () => {
    const { service, uri } = openRealInstrument('nl-nz-social-security-1990.entente');
    const docx = dumpDocx(await readDocx((await service.renderDocx(uri))!));
    assert.ok(docx.indexOf(nzMark) > docx.indexOf('Article 1 – Definitions'), 'the mark after the heading');
    assert.ok(docx.indexOf(nzMark) < docx.indexOf('In the application by a Contracting Party'), 'the mark before paragraph 2');
  });

  it('NL–NZ 1990 Art. 1: the mark before paragraph 2, in md, html and akn', () => {
    const { service, uri } = openRealInstrument('nl-nz-social-security-1990.entente');
    const md = service.render(uri, 'markdown')!;
    const lines = article(md, 'Article 1 – Definitions');
    assert.equal(lines.length, 2);
    assert.equal(lines[0], `> *${nzMark.replace(/[[\]]/g, '\\$&')}*`);
    assert.match(lines[1], /^2\\\. In the application by a Contracting Party of this Agreement/);
    const html = service.render(uri, 'html')!;
    assert.match(html, /<h2[^>]*>.*Article 1 – Definitions.*<\/h2>\s*<aside class="editorial-note" role="note"><p><em>\[The definitions of the text are not printed here: ‘benefit’, /s);
    const akn = service.render(uri, 'akn')!;
    assert.match(akn, /<omissis>\[The definitions of the text are not printed here: ‘benefit’, [^<]*‘national’\.\]<\/omissis>/);
    assert.deepEqual(aknProblems(akn), []);
    // No meaning printed as the text's; the note says none was generated and names none: body and note agree.
    assert.doesNotMatch(md, /” means |a New Zealand benefit or pension payable/);
    assert.doesNotMatch(md.split('Not part of the text')[1] ?? '', /Definitions/);
  });

  it('lr13 e1: “For the purposes of this Agreement:” — the mark after it; neither the “means” form nor the transcriber’s footnote is printed', () => {
    const announcing = 'clause Art1 "Article 1 – Definitions" about definitions """\n  For the purposes of this Agreement:\n"""\n';
    for (const format of ['markdown', 'html', 'akn'] as const) {
      const out = render(treaty(announcing), format);
      assert.doesNotMatch(out, /footnote 1|Information System Authority|” means/, format);
      assert.match(out, /The definitions of the text are not printed here: ‘Competent Authority’ and ‘Incident’\./, format);
    }
    assert.deepEqual(article(render(treaty(announcing)), 'Article 1'), ['For the purposes of this Agreement:', '> *\\[The definitions of the text are not printed here: ‘Competent Authority’ and ‘Incident’.\\]*']);
    assert.deepEqual(aknProblems(render(treaty(announcing), 'akn')), []);
  });

  it('near misses: a clause not on definitions that begins at "2." gets no mark; one on definitions that begins at "1." gets none in the body, and the note names them', () => {
    const scope = 'clause Art1 "Article 1 – Scope" """\n  2. This Agreement applies to incidents.\n"""\n';
    const md = render(treaty(scope));
    assert.doesNotMatch(md, /not printed here/);
    const first = 'clause Art1 "Article 1 – Definitions" about definitions """\n  1. Terms not defined here have the meaning given by national law.\n"""\n';
    const noted = render(treaty(first));
    assert.doesNotMatch(noted, /not printed here/);
    assert.deepEqual(article(noted, 'Article 1'), ['1\\. Terms not defined here have the meaning given by national law.']);
    assert.match(noted, /Not part of the text.*Definitions ‘Competent Authority’ and ‘Incident’/);
    // A clause that holds a definition in its own words: printed as written, nothing marked or noted.
    const holding = 'clause Art1 "Article 1 – Definitions" about definitions """\n  2. “Incident” means any event.\n"""\n';
    const held = render(treaty(holding));
    assert.doesNotMatch(held, /not printed here|Definitions ‘/);
  });

  it('a draft prints its generated definitions in the article on definitions: after announcing words, before a later paragraph', () => {
    const announcing = 'clause Art1 "Article 1 – Definitions" about definitions """\n  For the purposes of this Agreement:\n"""\n';
    const draft = treaty(announcing).replace('  done at "Tallinn" on 2010-05-04 in duplicate\n', '');
    assert.match(render(draft), /“Incident” means any event having an actual adverse effect on the security of network and information systems\./);
    assert.doesNotMatch(render(draft), /not printed here/);
    // The drafted NL–NZ 1990: its seven before Art. 1's "2." (before, the draft dropped them without a word).
    const { service, uri } = openDraftedRealInstrument('nl-nz-social-security-1990.entente');
    const lines = article(service.render(uri, 'markdown')!, 'Article 1 – Definitions');
    assert.equal(lines.length, 8);
    assert.match(lines[0], /^“benefit” means a New Zealand benefit or pension payable/);
    assert.match(lines[6], /^“national” means .*Netherlands nationality\.$/);
    assert.match(lines[7], /^2\\\. In the application by a Contracting Party/);
  });
});
