/**
 * `§Name` of a governance body, an incident protocol and an exercise (ex7 item 2;
 * model/provision-names.ts `citableKinds`, `sometimesPrintedKinds`): where the export prints one
 * as a provision of its own — a body and a protocol are an article each, the only exercise is the
 * exercises' article — the citation is written as its number in Markdown, the HTML preview, Akoma
 * Ntoso and Word, and the editor treats it as a reference (rename, references, definition, hover,
 * completion). Where the export prints none — one exercise of several, a paragraph of the shared
 * "Joint exercises" article; a body whose article a drafter's clause replaces — the citation is an
 * error that says why. Near misses: the same names without `§`; a misspelt name keeps its
 * unknown-provision message.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { applyEdits, fixture, mainUri, slice } from '../features/feature-fixture';
import { readDocx, type DocxParagraph } from './docx-reader';

const treaty = `treaty "Agreement between Estonia and Finland on Cyber Security Cooperation" {
  status binding
  amendment by written agreement
}
party EE "The Republic of Estonia" { kind government jurisdiction EE }
party FI "The Republic of Finland" { kind government jurisdiction FI }
channel Intel between EE, FI {
  carries indicators
  marking TLP:AMBER
  onward sharing none
  purpose "network defence"
}
protocol Major {
  when severity high
  notify EE, FI within 24 hours of awareness via Intel
}
exercise Shield every 12 months led by EE with FI { first 2027-10-05 }
body Board "Joint Steering Committee" members EE, FI meets every 6 months
clause Review "Review" """
  The body established under §Board shall review each year the notifications made under §Major and the exercise held under §Shield, not the Board or Shield as words.
"""
`;
const uri = 'file:///t/citations.entente';
function opened(text: string) {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text);
  return service;
}
const review = /The body established under (.+?) shall review each year the notifications made under (.+?) and the exercise held under (.+?), not the Board or Shield as words\./;
const codes = (text: string, code: string) => opened(text).diagnostics(uri).filter((d) => d.code === code);

describe('§Name of a body, a protocol and an exercise the export prints as a provision', () => {
  it('is written as its article\'s number in Markdown, HTML, Akoma Ntoso and Word', async () => {
    const service = opened(treaty);
    const md = service.render(uri, 'markdown')!.replace(/\s+/g, ' ');
    const number = (heading: string) => new RegExp(`Article (\\d+) — ${heading}`).exec(md)?.[1];
    const expected = [`Article ${number('Joint Steering Committee')}`, `Article ${number('Notification of incidents')}`, `Article ${number('Joint exercise')}`];
    assert.ok(expected.every((e) => /\d/.test(e)), md);
    assert.equal(new Set(expected).size, 3);
    assert.deepEqual(review.exec(md)?.slice(1), expected);
    assert.doesNotMatch(md, /§|cross-reference/);
    const html = service.render(uri, 'html')!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    assert.deepEqual(review.exec(html)?.slice(1), expected);
    const akn = service.render(uri, 'akn')!.replace(/\s+/g, ' ');
    assert.deepEqual(review.exec(akn)?.slice(1), expected);
    const word = (await readDocx((await service.renderDocx(uri))!)).body.filter((b): b is DocxParagraph => b.kind === 'p').map((p) => p.text).join('\n');
    assert.deepEqual(review.exec(word.replace(/\s+/g, ' '))?.slice(1), expected);
    assert.deepEqual(service.diagnostics(uri).filter((d) => d.code === 'unknown-provision-reference'), []);
  });

  it('in an MoU, the paragraph\'s number', () => {
    const mou = treaty.replace('treaty "Agreement between Estonia and Finland on Cyber Security Cooperation" {\n  status binding\n  amendment by written agreement', 'memorandum "Memorandum of Understanding" {\n  status non-binding\n  amendment by written decision').replace(/\bparty\b/g, 'participant').replace('shall review', 'will review');
    const md = opened(mou).render(uri, 'markdown')!.replace(/\s+/g, ' ');
    const number = (heading: string) => new RegExp(`Paragraph (\\d+) — ${heading}`).exec(md)?.[1];
    assert.deepEqual(review.exec(md.replace('will review', 'shall review'))?.slice(1), [`paragraph ${number('Joint Steering Committee')}`, `paragraph ${number('Notification of incidents')}`, `paragraph ${number('Joint exercise')}`]);
    assert.deepEqual(codes(mou, 'unknown-provision-reference'), []);
  });

  it('generated-number-reference offers §Board for the body\'s article number written bare', () => {
    const number = /Article (\d+) — Joint Steering Committee/.exec(opened(treaty).render(uri, 'markdown')!)![1];
    const bare = treaty.replace('under §Board', `under Article ${number}`);
    const found = codes(bare, 'generated-number-reference');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].fixes.map((f) => f.edits[0].newText), ['§Board']);
  });
});

describe('§Name of a body, a protocol or an exercise the export prints no provision for', () => {
  it('one exercise of several: an error that says the exercises share one article, and a blank in the export', () => {
    const text = treaty.replace('body Board', 'exercise Locked every 12 months led by FI with EE { first 2028-04-01 }\nbody Board');
    const found = codes(text, 'unknown-provision-reference');
    assert.deepEqual(found.map((d) => slice(text, d.range)), ['§Shield']);
    assert.equal(found[0].severity, 'error');
    assert.match(found[0].message, /^§Shield cites no provision: the export prints the 2 exercises as paragraphs of one article \("Joint exercises"\), and one exercise of several has no number of its own/);
    assert.match(opened(text).render(uri, 'markdown')!, /the exercise held under \*\*\\\[cross-reference\\\]\*\*/);
  });

  it('a body whose article the drafter\'s own clause replaces, in a text the drafter numbers: an error naming the clause to cite', () => {
    const numbered = `${treaty.replace('clause Review "Review"', 'clause Review "Article 2 – Review"')}clause Committee "Article 1 – Joint Steering Committee" """\n  The Parties shall establish a Joint Steering Committee.\n"""\n`;
    const found = codes(numbered, 'unknown-provision-reference');
    assert.deepEqual(found.map((d) => slice(numbered, d.range)), ['§Board']);
    assert.equal(found[0].message, '§Board cites no provision: your clause Committee (printed as “Article 1 – Joint Steering Committee”) says what governance body Board would, and the export prints that clause instead of an article for Board — a blank would stand where its number should be. Cite it: §Committee.');
  });

  // lc30 (2a): the message named no clause ("Cite that clause by its name (§Id)"); it names the
  // clauses the export prints instead, as it prints them, and only those.
  const drafterNumbered = (extra: string) => `${treaty.replace('clause Review "Review"', 'clause Review "Article 2 – Review"')}${extra}`;
  const clause = (id: string, heading: string, about: string, body: string) => `clause ${id} "${heading}"${about ? ` about ${about}` : ''} """\n  ${body}\n"""\n`;

  it('a protocol two drafter\'s clauses replace: both named with their printed headings; a clause on another subject is not', () => {
    const numbered = drafterNumbered(clause('Notify', 'Article 3', 'incident-notification', 'The Parties shall notify each other of major incidents.') + clause('Incidents', 'Article 4 – Notification of incidents', '', 'Further rules.') + clause('Costs', 'Article 5 – Costs', 'costs', 'Each Party shall bear its own costs.'));
    const found = codes(numbered, 'unknown-provision-reference').filter((d) => slice(numbered, d.range) === '§Major');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /^§Major cites no provision: your clauses Notify \(printed as “Article 3”\) and Incidents \(printed as “Article 4 – Notification of incidents”\) say what incident protocol Major would, .* Cite the one meant: §Notify or §Incidents\.$/);
    assert.doesNotMatch(found[0].message, /Costs|Review/);
  });

  it('the only exercise a clause about exercises replaces: that clause named', () => {
    const numbered = drafterNumbered(clause('Drills', 'Article 6 – Joint exercises', '', 'The Parties shall hold a joint exercise every year.'));
    const found = codes(numbered, 'unknown-provision-reference').filter((d) => slice(numbered, d.range) === '§Shield');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /your clause Drills \(printed as “Article 6 – Joint exercises”\) says what exercise Shield would, .* Cite it: §Drills\.$/);
  });

  it('near miss: a body, protocol and exercise no drafter\'s clause replaces are printed, and their § are not reported', () => {
    const numbered = drafterNumbered(clause('Costs', 'Article 1 – Costs', 'costs', 'Each Party shall bear its own costs.'));
    assert.deepEqual(codes(numbered, 'unknown-provision-reference').map((d) => slice(numbered, d.range)), []);
  });

  it('near miss: a misspelt name keeps the unknown-provision message', () => {
    const text = treaty.replace('§Board', '§Bord');
    assert.match(codes(text, 'unknown-provision-reference')[0].message, /^§Bord names no provision of this instrument \(no clause, channel, security agreement, governance body, incident protocol or exercise Bord/);
  });
});

describe('the editor on §Name of a body, a protocol and an exercise', () => {
  const at = (text: string, needle: string, offset: number) => {
    const before = text.slice(0, text.indexOf(needle) + offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };

  it('rename, references and definition follow the body, the protocol and the exercise; the words without § stay', () => {
    const { service, text } = fixture(treaty);
    const edit = service.rename(mainUri, at(text, 'body Board', 6), 'Committee');
    assert.ok(!('error' in edit), JSON.stringify(edit));
    const renamed = applyEdits(text, edit.changes[mainUri]);
    assert.match(renamed, /established under §Committee shall/);
    assert.match(renamed, /not the Board or Shield as words/);
    for (const [declared, cited] of [['body Board', '§Board'], ['protocol Major', '§Major'], ['exercise Shield', '§Shield']]) {
      const definition = service.definition(mainUri, at(text, cited, 2));
      assert.deepEqual(definition.map((d) => d.range.start), [at(text, declared, declared.indexOf(' ') + 1)], cited);
      const refs = service.references(mainUri, at(text, declared, declared.indexOf(' ') + 1), false);
      assert.ok(refs.some((r) => slice(text, r.range) === cited.slice(1) && text.split('\n')[r.range.start.line][r.range.start.character - 1] === '§'), cited);
    }
  });

  it('hover says the number; completion after § offers the body, the protocol and the only exercise, not one of several', () => {
    const { service, text } = fixture(treaty);
    const number = /Article (\d+) — Joint Steering Committee/.exec(opened(treaty).render(uri, 'markdown')!)![1];
    const hover = service.hover(mainUri, at(text, '§Board', 2));
    assert.ok(hover);
    assert.equal(hover.contents, `**§Board** — cites the governance body Board; the export writes **Article ${number}** in its place.`);
    const typed = treaty.replace('under §Board', 'under §');
    const labels = fixture(typed).service.complete(mainUri, at(typed, 'under §', 7)).map((i) => `${i.kind} ${i.label}`);
    for (const item of ['body Board', 'value Major', 'value Shield', 'channel Intel']) assert.ok(labels.includes(item), `${item}: ${labels.join(', ')}`);
    const several = typed.replace('body Board', 'exercise Locked every 12 months led by FI with EE\nbody Board');
    const offered = fixture(several).service.complete(mainUri, at(several, 'under §', 7)).map((i) => i.label);
    assert.ok(!offered.includes('Shield') && !offered.includes('Locked') && offered.includes('Major'), offered.join(', '));
  });
});
