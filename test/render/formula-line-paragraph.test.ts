/**
 * Ninety-first run, defect 4: NL–Ireland road goods 1983 (read: BWBV0002935) transcribes its
 * Protocol as one clause whose own final formula, "IN WITNESS WHEREOF … have signed this Protocol.
 * DONE in duplicate at Dublin …", stands on a line of its own after paragraph 3; the export ran it
 * into paragraph 3, as it runs on any unnumbered line. A line opening a final formula after one
 * that ends a sentence or an element now begins a paragraph of its own in every export (they all
 * print the paragraphs of constructs/paragraph-split.ts), no word changed. Near misses: the words
 * inside a sentence, at the start of a line a sentence runs on to, and in lower case.
 */
import assert from 'node:assert/strict';
import { splitParagraphs } from '../../server/src/language/constructs/clause';
import { opensFinalFormula } from '../../server/src/language/constructs/final-formula-line';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openRealInstrument, repoRoot } from './render-fixtures';

const words = (text: string) => text.replace(/\\/g, '').split(/\s+/).filter(Boolean);
const textOf = (p: ReturnType<typeof splitParagraphs>[number]) => (typeof p === 'string' ? p : p.text);

describe('ninety-first run, defect 4: a final formula on its own line begins a paragraph', () => {
  const formula = 'IN WITNESS WHEREOF the undersigned, being duly authorised thereto, have signed this Protocol. DONE in duplicate at Dublin this day of 30 May 1983 in the English language.';

  it('after a numbered paragraph ending in ";": a paragraph of its own, unnumbered, the lists closed', () => {
    const paragraphs = splitParagraphs(`1. The competent authorities shall be: (a) the Ministry; (b) the Minister.\n2. The appropriate authorities shall be: (a) in the Netherlands: the Rijksdienst. (b) in Ireland, the local authority;\n${formula}`);
    assert.equal(paragraphs.length, 3);
    assert.equal(textOf(paragraphs[1]), 'The appropriate authorities shall be: (a) in the Netherlands: the Rijksdienst. (b) in Ireland, the local authority;');
    assert.deepEqual(paragraphs[2], { text: formula, label: '' });
  });

  it('the other formulas the export knows, after a sentence: "IN FAITH WHEREOF", "In witness whereof", "DONE at", "GEDAAN te", "FAIT à"', () => {
    for (const line of ['IN FAITH WHEREOF we have appended our signatures.', 'In witness whereof the undersigned have signed this Agreement.', 'DONE at The Hague on 1 May 2001, in duplicate.', 'GEDAAN te ’s-Gravenhage, 1 mei 2001.', 'FAIT à Paris, le 1er mai 2001.']) {
      const paragraphs = splitParagraphs(`1. This Agreement shall enter into force on signature.\n${line}`);
      assert.equal(paragraphs.length, 2, line);
      assert.equal(textOf(paragraphs[1]), line);
    }
  });

  it('near misses: inside a sentence, after a line the sentence runs on from, in lower case — the paragraph keeps its words', () => {
    for (const text of [
      '1. The Parties, in witness whereof they sign, agree.\n2. Next.',
      '1. The undersigned have set their hands and seals\nIN WITNESS WHEREOF of the foregoing.',
      '1. The Parties agree.\nin witness whereof the undersigned have signed.',
      '1. The certificates shall be\nDONE at the office of the competent authority.',
      '1. The Parties agree.\nDone with the consent of both.',
    ]) {
      const paragraphs = splitParagraphs(text);
      assert.equal(paragraphs.filter((p) => typeof p !== 'string' && p.label === '').length, 0, text);
    }
    assert.equal(opensFinalFormula('IN WITNESS WHEREOF the undersigned …', 'the Parties have set their hands'), false);
    assert.equal(opensFinalFormula('IN WITNESS WHEREOF the undersigned …', 'the local authority;'), true);
  });

  it('NL–IE 1983: the Protocol\'s paragraph 3 ends at "Dublin);", the formula follows as its own paragraph, in every export; no word changes', () => {
    const { service, uri } = openRealInstrument('nl-ie-road-goods-1983.entente');
    const md = service.render(uri, 'markdown')!;
    assert.match(md, /Commissioner of the Garda Siochana, Dublin\);\n\nIN WITNESS WHEREOF the undersigned, being duly authorised thereto, have signed this Protocol\./u);
    const html = service.render(uri, 'html')!;
    assert.match(html, /Garda Siochana, Dublin\);<\/p>\s*<p[^>]*>IN WITNESS WHEREOF the undersigned, being duly authorised thereto, have signed this Protocol\./u);
    const protocol = service.renderModel(uri)!.annexed.find((a) => a.heading.startsWith('Protocol drawn up'))!;
    const last = protocol.paragraphs[protocol.paragraphs.length - 1];
    assert.ok(textOf(last).startsWith('IN WITNESS WHEREOF'), JSON.stringify(last));
    // The words of the clause, in order, as transcribed.
    const file = readFileSync(join(repoRoot, 'test/real-instruments/nl-ie-road-goods-1983.entente'), 'utf8');
    const source = /clause Protocol "[^"]*" about points-of-contact """\n([^]*?)\n"""/u.exec(file)?.[1] ?? '';
    assert.ok(source.includes('IN WITNESS WHEREOF'));
    const printed = md.split('## Protocol drawn up')[1].split('\n---\n')[0].split('\n').slice(1).join(' ');
    assert.deepEqual(words(printed), words(source));
  });
});
