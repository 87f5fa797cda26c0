/**
 * lg52 (hundred-and-twelfth run, defect 2): the draft export of `termination after initial period`
 * says the right runs after the initial period, in the words of NL–Bangladesh 1977 Art. VI(b) ("Each
 * Government shall then have the right to denounce the Agreement at any time giving three months'
 * notice", once the initial period of two years has ended; read: BWBV0005634), never as a right
 * from entry into force; beside an indefinite extension the blank for the initial period goes, since
 * the header now says it. Without `after`, the sentence is as before (near misses).
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';

function markdown(header: string): string {
  const service = createEntenteService({ readFile: () => undefined });
  const text = `treaty "Agreement on technical cooperation" {\n  status binding\n  consent by approval\n${header}\n}\nparty NL "The Government of the Kingdom of the Netherlands" { kind government jurisdiction NL }\nparty BD "The Government of the People's Republic of Bangladesh" { kind government jurisdiction BD }\n`;
  service.open('file:///t/main.entente', text);
  return service.render('file:///t/main.entente', 'markdown')!;
}

describe('lg52: the termination article after the initial period', () => {
  it('NL–Bangladesh 1977 Art. VI(b): "After the initial period of two years, either Party may terminate …"', () => {
    const md = markdown('  duration 2 years renewable tacitly for 1 years unless notice of 3 months\n  termination after initial period with notice of 3 months');
    assert.match(md, /It shall be renewed tacitly for further periods of one year, unless either Party gives notice of non-renewal three months before the end of the current period\./u);
    assert.match(md, /After the initial period of two years, either Party may terminate this Agreement by notification to the other Party\. Termination shall take effect three months after the date of receipt of the notification\./u);
    assert.doesNotMatch(md.split('## Article 3')[1]!.split('IN WITNESS')[0]!, /\\\[/u);
  });

  it('beside an indefinite extension or an unstated renewal period, the header now says when: no blank for it', () => {
    const indefinite = markdown('  duration 10 years renewable tacitly for indefinite period unless notice of at least 6 months\n  termination after initial period with notice of at least 6 months');
    assert.match(indefinite, /After the initial period of ten years, either Party may terminate this Agreement by notification to the other Party\. Termination shall take effect six months after receipt/u);
    assert.doesNotMatch(indefinite, /whether it may do so during/u);
    const unstated = markdown('  duration 10 years renewable tacitly unless notice of 6 months\n  termination after initial period with notice of 6 months');
    assert.match(unstated, /After the initial period of ten years, either Party may terminate this Agreement by notification/u);
    assert.doesNotMatch(unstated, /at any time, or only after/u);
  });

  it('with no term, the initial period is a blank; a misspelt word leaves when a blank, never a right from the start', () => {
    assert.match(markdown('  termination after initial period with notice of 3 months'), /After the initial period of \*\*\\\[initial period\\\]\*\*, either Party may terminate/u);
    assert.match(markdown('  duration 2 years renewable tacitly for 1 years\n  termination after intial period with notice of 3 months'), /Either Party may terminate this Agreement \*\*\\\[when a Party may do so, in the text’s words\\\]\*\* by notification/u);
  });

  it('near misses: without `after`, the sentence is as before', () => {
    assert.match(markdown('  duration 2 years renewable tacitly for 1 years unless notice of 3 months\n  termination with notice of 3 months'), /\nEither Party may terminate this Agreement by notification to the other Party\./u);
    assert.match(markdown('  duration 10 years renewable tacitly for indefinite period\n  termination with notice of 6 months'), /whether it may do so during the initial period of ten years/u);
  });
});
