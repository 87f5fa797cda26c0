/**
 * Export review 3, item 5 (and ex4's "still open"): the generated terms of the EE–FI notes said
 * "Either Party may terminate …", "Any dispute between the Parties …" inside notes that speak of
 * "each Government" and "the two Governments". In an exchange, the generated provisions take the
 * designation the letters use for the parties (render/exchange.ts, `exchangeDesignation`). Near
 * misses: letters that say "Participant" or "Party", and an agreement in articles between
 * Governments, keep the instrument's wording.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEntenteService } from '../../server/src/language';
import { readDocx, type DocxParagraph } from './docx-reader';
import { exportedDraftedRealInstrument } from './drafted-variant';
import { repoRoot } from './render-fixtures';

const sampleText = (name: string) => readFileSync(join(repoRoot, 'samples', name), 'utf8');
const uri = 'file:///t/notes.entente';
function opened(text: string) {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text);
  return service;
}
const eeFi = sampleText('ee-fi-exchange-of-notes.entente');

describe('the generated terms of an exchange call the parties as its letters do', () => {
  it('EE–FI notes: "Either Government may terminate", "between the Governments", in Markdown, Akoma Ntoso and Word', async () => {
    const service = opened(eeFi);
    const md = service.render(uri, 'markdown')!;
    assert.match(md, /^Either Government may terminate this Agreement by notification to the other Government\./m);
    assert.match(md, /^Any dispute between the Governments concerning the interpretation or application of this Agreement shall be settled by negotiation\./m);
    assert.doesNotMatch(md, /\b(?:either|each|the other) Party\b|\bbetween the Parties\b(?! to the North Atlantic Treaty)/i);
    const akn = service.render(uri, 'akn')!;
    assert.match(akn, /Either Government may terminate/);
    assert.doesNotMatch(akn, /Either Party/);
    const word = (await readDocx((await service.renderDocx(uri))!)).body.filter((b): b is DocxParagraph => b.kind === 'p').map((p) => p.text);
    assert.ok(word.some((p) => p.startsWith('Any dispute between the Governments')), word.join('\n'));
  });

  it('the same notes, were they to say "either Party", keep "Party"', () => {
    const parties = eeFi.replace(/each Government/g, 'each Party').replace(/the other Government/g, 'the other Party').replace(/Each Government/g, 'Each Party').replace(/either Government/g, 'either Party').replace(/the two Governments/g, 'the two Parties').replace(/The seconding Government/g, 'The seconding Party').replace(/the host\s+Government/g, 'the host Party');
    assert.match(opened(parties).render(uri, 'markdown')!, /^Either Party may terminate this Agreement by notification to the other Party\./m);
  });

  it('near misses: letters between teams keep "Participant"; an agreement in articles between Governments keeps "Party"', () => {
    assert.match(opened(sampleText('cert-letters-arrangement.entente')).render(uri, 'markdown')!, /\bParticipants?\b/);
    const articles = eeFi.replace('  form exchange-of-notes\n', '').replace(/^note [\s\S]*?^"""\n/gm, '');
    assert.doesNotMatch(articles, /^note /m);
    assert.match(opened(articles).render(uri, 'markdown')!, /Either Party may terminate/);
  });

  it('a transcribed exchange between Governments, drafted: the provisions printed outside its letters say "Government" as the letters do (NL–US notes 1959)', () => {
    // The exchange concluded prints none of them (render/unprinted-note.ts): its drafted variant does, as proposals.
    const md = exportedDraftedRealInstrument('nl-us-classified-patents-notes-1959');
    assert.match(md, /The Governments shall exchange classified information/);
    assert.doesNotMatch(md, /\bThe Parties shall exchange\b/);
  });
});
