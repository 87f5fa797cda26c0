/**
 * The Markdown export after edits equals a fresh export of the same text (issue #11): the export
 * keeps each article's paragraphs joined, and its escaped heading, with the article's paragraphs
 * (render/markdown.ts), and writes the heading line (its number) afresh each time. On the bench's
 * generated convention, one service takes a series of edits as the editor sends them — a word typed
 * in a clause's prose and taken out again, a clause's heading changed (its paragraphs kept), a clause
 * put before all the others (every article after it numbered one higher, its paragraphs kept) and
 * taken out again — and after each the export must be the fresh service's, byte for byte.
 *
 * The same edits again with the export made ahead (lsp/render-ahead.ts): in slices that stop at
 * every boundary between articles the rendering allows (render/render-budget.ts), some versions
 * asked for before their slices are done (the request renders what is not made yet), every
 * version's export again the fresh one; a slice never renders the version before.
 */
import assert from 'node:assert/strict';
import { generateModel, toEntente } from '../../bench/generator';
import { createEntenteService } from '../../server/src/language/service';

const uri = 'file:///w/convention.entente';
const original = toEntente(generateModel({ lines: 1000 }));

function freshExport(text: string): string | undefined {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text, 1);
  return service.render(uri, 'markdown');
}

type Steps = [string, (text: string) => string][];

/** Edits of the generated convention: prose, a heading, a clause put first and taken out, two channels swapped. */
function conventionSteps(): Steps {
  const clause = original.indexOf('\nclause ', original.length >> 1);
  const prose = original.indexOf('\n', original.indexOf('"""\n', clause) + 4);
  const headingAt = original.indexOf('"', clause) + 1;
  const firstClause = original.indexOf('\nclause ') + 1;
  const added = 'clause Opening "Opening provision" about cooperation """\n  The Parties shall cooperate in good faith.\n"""\n\n';
  assert.ok(clause > 0 && prose > clause && headingAt > clause && firstClause > 0, 'the generated text has clauses with prose');
  return [
    ['a word typed in a clause\'s prose', (t) => t.slice(0, prose) + ' promptly' + t.slice(prose)],
    ['the word taken out again', (t) => t.slice(0, prose) + t.slice(prose + ' promptly'.length)],
    ['a clause\'s heading changed', (t) => t.slice(0, headingAt) + 'Revised ' + t.slice(headingAt)],
    ['a clause put before every other (the articles after it renumbered)', (t) => t.slice(0, firstClause) + added + t.slice(firstClause)],
    ['a character typed after that', (t) => t.slice(0, prose + 'Revised '.length + added.length) + 'x' + t.slice(prose + 'Revised '.length + added.length)],
    ['the clause taken out again', (t) => t.replace(added, '')],
    // As many articles, two of them in each other's places: the citations of the protocols that name them change.
    ['two channels swapped', (t) => {
      const first = t.indexOf('\nchannel ', t.length >> 1) + 1;
      const second = t.indexOf('\nchannel ', first) + 1;
      const end = t.indexOf('\n}\n', second) + 3;
      return t.slice(0, first) + t.slice(second, end) + t.slice(first, second) + t.slice(end);
    }],
  ];
}

/** A short memorandum, and edits that change what a clause's `§Name` cites, or make it cite. */
function citingCase(): { readonly start: string; readonly steps: Steps } {
  const q = '"""';
  const clause = (name: string, heading: string, words: string) => `clause ${name} "${heading}" ${q}\n  ${words}\n${q}\n`;
  const citing = [
    'memorandum "M" {\n  status non-binding\n  amendment by written decision\n}\nparticipant EE "Estonia"\nparticipant FI "Finland"\n',
    clause('Scope', 'Scope', 'This Memorandum covers incidents handled under §Handling.'),
    clause('Plain', 'Plain', 'Each Participant will act in good faith.'),
    clause('Handling', 'Handling of incidents', 'Each Participant will handle incidents in good faith.'),
  ].join('');
  const cited = 'clause Handling "Handling of incidents"';
  const extra = clause('Extra', 'Extra', 'Each Participant will report.');
  const channel = 'channel Handling between EE, FI {\n  carries indicators\n  marking TLP:AMBER\n  onward sharing none\n}\n';
  const steps: Steps = [
    ['the cited clause renamed (the citation now names no provision)', (t) => t.replace(cited, 'clause Treatment "Handling of incidents"')],
    ['a channel given the name instead (the citation now names the channel)', (t) => t.replace('clause Treatment', channel + 'clause Treatment')],
    ['the channel taken out and the clause\'s name given back', (t) => t.replace(channel, '').replace('clause Treatment "Handling of incidents"', cited)],
    ['a clause put before the cited one (its number moves)', (t) => t.replace(cited, extra + cited)],
    ['a citation typed into the clause that cited none', (t) => t.replace('act in good faith.', 'act in good faith under §Extra.')],
    ['the clause it cites taken out', (t) => t.replace(extra, '')],
    ['the cited clause moved before the one before it (as many articles, two in other places)', (t) => {
      const handling = clause('Handling', 'Handling of incidents', 'Each Participant will handle incidents in good faith.');
      return t.replace(handling, '').replace('clause Plain', handling + 'clause Plain');
    }],
    ['the memorandum made a treaty (its provisions Articles)', (t) => t.replace('memorandum "M" {\n  status non-binding', 'agreement "M" {\n  status binding')],
  ];
  return { start: citing, steps };
}

describe('the Markdown export after edits', () => {
  it('equals a fresh export of the same text, byte for byte, after each of a series of edits', function () {
    this.timeout(120000);
    const steps = conventionSteps();
    const service = createEntenteService({ readFile: () => undefined });
    service.open(uri, original, 1);
    let text = original;
    let previous = service.render(uri, 'markdown');
    assert.equal(previous, freshExport(original));
    steps.forEach(([what, edit], i) => {
      text = edit(text);
      service.update(uri, text, i + 2);
      service.diagnostics(uri);
      const exported = service.render(uri, 'markdown');
      assert.ok(exported === freshExport(text), `after ${what}: the export differs from a fresh one`);
      assert.notEqual(exported, previous, `${what} changed the export`);
      previous = exported;
    });
    assert.match(previous!, /Revised /);
  });

  // A clause's article is kept without asking `cite` again where its text cites no provision (the
  // answer is the text itself, whatever the rest of the document: render/kept-articles.ts); a
  // text that cites one is asked again, and its article rendered again when the answer changed.
  it('equals a fresh export after edits that change what a clause\'s `§Name` cites, or make it cite', function () {
    this.timeout(120000);
    const { start: citing, steps } = citingCase();
    const service = createEntenteService({ readFile: () => undefined });
    service.open(uri, citing, 1);
    let text = citing;
    let previous = service.render(uri, 'markdown');
    assert.equal(previous, freshExport(citing));
    steps.forEach(([what, edit], i) => {
      const next = edit(text);
      assert.notEqual(next, text, `${what}: the edit applies`);
      text = next;
      service.update(uri, text, i + 2);
      service.diagnostics(uri);
      const exported = service.render(uri, 'markdown');
      assert.ok(exported === freshExport(text), `after ${what}: the export differs from a fresh one\n${exported}\n---\n${freshExport(text)}`);
      assert.notEqual(exported, previous, `${what} changed the export`);
      previous = exported;
    });
  });

  // The export made ahead (service.renderAhead, as lsp/render-ahead.ts runs it): slices that stop at
  // every boundary the rendering allows (the memorandum), or at every 25th (the convention: a slice
  // renders its text again up to where the last one stopped), so that each stop — between two
  // declarations' articles (before one is made or a kept one checked), two articles resolved, two
  // articles' Markdown — is a place a later
  // slice or a request goes on from.
  for (const [name, start, steps, per] of [['the generated convention', original, conventionSteps(), 25], ['the citing memorandum', citingCase().start, citingCase().steps, 1]] as const) {
    it(`made ahead in slices, or asked for before the slices are done, equals a fresh export: ${name}`, function () {
      this.timeout(300000);
      const service = createEntenteService({ readFile: () => undefined });
      // Up at the (per + 1)th boundary of a slice: each slice makes `per` parts, and stops at the next.
      const slice = (): boolean | undefined => {
        let boundaries = 0;
        return service.renderAhead(uri, () => ++boundaries > per);
      };
      const versions: [string, string][] = [['the text as opened', start], ...steps.map(([what]) => [what, ''] as [string, string])];
      let text = start;
      versions.forEach(([what], i) => {
        if (i > 0) text = steps[i - 1][1](text);
        if (i === 0) service.open(uri, text, 1);
        else service.update(uri, text, i + 1);
        // No slice runs the analysis: before it is done there is nothing to make ahead.
        assert.equal(service.renderAhead(uri, () => false), undefined, `${what}: nothing is made ahead before the analysis`);
        service.diagnostics(uri);
        // Every other version is asked for before its slices are done: after none, one, then three of them.
        const early = i % 2 === 1 ? [0, 1, 3][(i >> 1) % 3] : undefined;
        let slices = 0;
        let done: boolean | undefined = false;
        // Bounded: slices that made no progress (a stop before the part a slice had to make, every time) would never end.
        while (done === false && (early === undefined || slices < early) && slices < 5000) {
          done = slice();
          slices++;
        }
        if (early === undefined) assert.equal(done, true, `${what}: the slices end with the export made`);
        if (i === 0 && name === 'the generated convention') assert.ok(slices > 5, `the first rendering of the convention is made in many slices (${slices})`);
        const exported = service.render(uri, 'markdown');
        assert.ok(exported === freshExport(text), `after ${what} (${early === undefined ? 'made ahead' : `asked for after ${early} slices`}): the export differs from a fresh one`);
        // Once asked for, the export of this version is made: a slice has nothing left to do.
        assert.equal(slice(), true, `${what}: made`);
      });
    });
  }
});
