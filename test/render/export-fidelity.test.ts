/**
 * The exported text is the text that is signed (test/render/EXPORT-REVIEW.md): a generated
 * sentence must not say what the drafter's text does not. Each test renders a real transcription
 * (test/real-instruments) or a filled template and asserts on the words of the export.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { openRealInstrument } from './render-fixtures';

const memo = new Map<string, string>();
/** A real transcription rendered to Markdown, as `entente render <file> --to md` writes it. */
function exported(name: string): string {
  let md = memo.get(name);
  if (md === undefined) {
    const { service, uri } = openRealInstrument(`${name}.entente`);
    md = service.render(uri, 'markdown');
    assert.ok(md !== undefined, name);
    memo.set(name, md);
  }
  return md;
}

/** Every statute a generated sentence could name as binding the parties. */
const statutes = /Regulation \(EU\) 2016\/679|Directive \(EU\) 2016\/680|Regulation \(EU\) 2018\/1725|Directive \(EU\) 2022\/2555|\bGDPR\b|\bNIS2\b/;

describe('export fidelity: generated sentences say no more than the text', () => {
  describe('review item 12: no statute named as binding a party it does not bind', () => {
    it('NL–Samoa: the safeguards sentence names no EU Regulation', () => {
      const md = exported('nl-ws-tax-information-exchange-2009');
      assert.match(md, /Personal data shall be transferred only under a legally binding and enforceable instrument between public authorities: /);
      assert.doesNotMatch(md, statutes);
    });

    it('a channel with safeguards between parties of which none is declared bound by the GDPR names no statute', () => {
      const service = createEntenteService({ readFile: () => undefined });
      const uri = 'file:///t/main.entente';
      service.open(uri, `treaty "Agreement" {
  status binding
  languages English
  done at "Apia" on 2027-01-01
}
party A "The Government of Samoa" { kind government jurisdiction WS }
party B "The Government of Tonga" { kind government jurisdiction TO }
channel Data between A, B {
  carries personal-data
  safeguards standard-data-protection-clauses, legally-binding-instrument, administrative-arrangement
}
`);
      const md = service.render(uri, 'markdown')!;
      assert.match(md, /Personal data shall be transferred only under standard data protection clauses, a legally binding and enforceable instrument between public authorities and an administrative arrangement between public authorities\./);
      assert.doesNotMatch(md, statutes);
    });
  });
});

