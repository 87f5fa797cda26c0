/**
 * An export after an edit is the export of the edited text rendered cold (issue #11): one service
 * follows a series of edits of a generated convention, each sent as the editor sends it (the
 * changed span), so the articles the edit leaves alone are kept (render/kept-articles.ts,
 * resolved-articles.ts, the Markdown kept per article in render/markdown.ts); after each, its
 * Markdown — whole, in parts (render/text-parts.ts), and as the stdio server writes the parts
 * (lsp/kept-answers.ts) — equals a fresh service's. The edits: a prose word, a heading, an article
 * added (every later article renumbered) and removed, a channel that other articles cite renamed
 * with its citations, and a clause cited by `§Name` renamed with its citation.
 */
import assert from 'node:assert/strict';
import type { Message } from 'vscode-languageserver/node';
import { generateModel, toEntente } from '../../bench/generator';
import { joinParts } from '../../server/src/language';
import { createEntenteService, type EntenteService } from '../../server/src/language/service';
import { KeptAnswers } from '../../server/src/lsp/kept-answers';

const uri = 'file:///w/convention.entente';

/** The one span that differs between two texts, as an editor's change. */
function changeBetween(before: string, after: string): { start: number; end: number; text: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}

function cold(text: string): string {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text, 1);
  service.diagnostics(uri);
  return service.render(uri, 'markdown')!;
}

/** Replaces the one occurrence of `from` (it must occur exactly once). */
function once(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0 && text.indexOf(from, at + 1) < 0, `"${from}" occurs once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

describe('an export after an edit equals a cold export of the edited text', () => {
  it('after a prose word, a heading, an article added and removed, and cross-reference targets renamed', function () {
    this.timeout(600000);
    const generated = toEntente(generateModel({ lines: 1500 }));
    const clauses = [...generated.matchAll(/\nclause (\w+) "([^"]*)"/g)];
    assert.ok(clauses.length > 10, 'the convention has clauses');
    const [, middleId, middleHeading] = clauses[Math.floor(clauses.length / 2)];
    const [, earlyId] = clauses[1];
    const channel = / via (\w+)/.exec(generated)![1];
    assert.ok(generated.includes(`\nchannel ${channel} `), `${channel} is a channel`);
    assert.ok(generated.split(`via ${channel}`).length > 2, `${channel} is cited by protocols`);
    const costs = '\nclause Costs "Costs" about costs """\n  Each Party shall bear its own costs.\n"""\n';
    const citing = '\nclause Review "Review" about amendment """\n  The Parties shall review the costs referred to in §Costs every year.\n"""\n';
    const start = generated + costs + citing;
    const middleAt = start.indexOf(`\nclause ${middleId} `);
    const proseAt = start.indexOf('\n', start.indexOf('"""\n', middleAt) + 4);
    const added = '\nclause Added "Additional cooperation" about confidentiality """\n  Each Party shall keep the information it receives confidential.\n"""\n';
    const steps: [string, (t: string) => string][] = [
      ['a prose word typed in a middle clause', (t) => t.slice(0, proseAt) + ' promptly' + t.slice(proseAt)],
      ['the heading of the middle clause', (t) => once(t, `clause ${middleId} "${middleHeading}"`, `clause ${middleId} "${middleHeading} and related matters"`)],
      ['an article added early (every later article renumbered)', (t) => once(t, `\nclause ${earlyId} `, `${added}\nclause ${earlyId} `)],
      ['a prose word typed after the renumbering', (t) => t.slice(0, t.indexOf('\n', t.indexOf('"""\n', t.indexOf(`\nclause ${middleId} `)) + 4)) + ' forthwith' + t.slice(t.indexOf('\n', t.indexOf('"""\n', t.indexOf(`\nclause ${middleId} `)) + 4))],
      ['that article removed', (t) => once(t, added, '')],
      ['a channel renamed with every citation of it', (t) => t.replace(new RegExp(`\\b${channel}\\b`, 'g'), `${channel}Renamed`)],
      ['a clause cited by §Costs renamed with its citation', (t) => once(once(t, 'clause Costs "Costs"', 'clause Expenses "Costs"'), '§Costs', '§Expenses')],
      ['the cited clause renamed alone (its citation becomes a blank)', (t) => once(t, 'clause Expenses "Costs"', 'clause Outlays "Costs"')],
    ];
    const service: EntenteService = createEntenteService({ readFile: () => undefined });
    const answers = new KeptAnswers(true);
    service.open(uri, start, 1);
    service.diagnostics(uri);
    assert.equal(service.render(uri, 'markdown'), cold(start), 'before any edit');
    let text = start;
    const exports: string[] = [];
    steps.forEach(([what, edit], i) => {
      const next = edit(text);
      assert.notEqual(next, text, `${what}: the edit changes the text`);
      service.update(uri, next, i + 2, [changeBetween(text, next)]);
      text = next;
      service.diagnostics(uri);
      const expected = cold(text);
      exports.push(expected);
      const parts = service.renderParts(uri, 'markdown')!;
      assert.equal(joinParts(parts), expected, `${what}: the parts`);
      assert.equal(service.render(uri, 'markdown'), expected, `${what}: the Markdown`);
      const message = { jsonrpc: '2.0', id: i, result: expected };
      assert.ok(answers.encode({ ...message, result: answers.keepParts(parts) } as Message).equals(Buffer.from(JSON.stringify(message), 'utf8')), `${what}: the bytes written over stdio`);
    });
    // The edits did what they say: the citations are resolved to numbers, which the added article moved.
    const citation = (markdown: string) => /review the costs referred to in (Article \d+)/.exec(markdown)?.[1];
    assert.ok(citation(exports[1]) && citation(exports[6]), '§Costs, then §Expenses, is cited by its number');
    assert.notEqual(citation(exports[2]), citation(exports[1]), 'the added article renumbered the cited one');
    assert.equal(citation(exports[4]), citation(exports[1]), 'removing it numbered it back');
  });
});
