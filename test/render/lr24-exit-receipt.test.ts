/**
 * lr24 D7: an MoU among three or more participants sends its notice of discontinuation to all the
 * others, so "after receipt of the notice" names no single day. No instrument read words which
 * receipt counts (the Nuclear Safety and Basel formulas have one depositary receive: BWBV0001256 Art.
 * 33(2), BWBV0002081 Art. 27(2)), so the export leaves a blank for the drafter: the first or the last
 * to receive it. Near misses: two participants (one receives), and a treaty whose Depositary receives.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';

function render(text: string): string {
  const service = createEntenteService({ readFile: () => undefined });
  service.open('file:///t/main.entente', text);
  return service.render('file:///t/main.entente', 'markdown')!;
}
const exit = (md: string) => /(?:Discontinuation|Denunciation|Termination|Withdrawal) (?:will|shall) take effect[^\n]*$/mu.exec(md)?.[0];
const participants = (n: number, word: string) =>
  ['EE "CERT-EE"', 'LV "CERT.LV"', 'FI "NCSC-FI"'].slice(0, n).map((p, i) => `${word} ${p} { jurisdiction ${['EE', 'LV', 'FI'][i]} }`).join('\n');
const mou = (notice: string, n: number) => `memorandum "Memorandum of Understanding on Cyber Cooperation" {\n  status non-binding\n  effect on signature\n  discontinue with notice of ${notice}\n}\n${participants(n, 'participant')}\n`;

describe('lr24 D7: the receipt of an MoU\'s notice of discontinuation among three or more', () => {
  it('the probe (e2): three participants, notice of at least 3 months — a blank says by whom', () =>
    assert.equal(
      exit(render(mou('at least 3 months', 3))),
      'Discontinuation will take effect for that Participant three months after receipt of the notice **\\[by which of the other Participants: the first or the last to receive it\\]**, or on such later date as the notice may specify.',
    ));
  it('three participants, a fixed notice: the same blank', () =>
    assert.match(exit(render(mou('3 months', 3)))!, /after the date of receipt of the notice \*\*\\\[by which of the other Participants: the first or the last to receive it\\\]\*\*\.$/u));
  it('near miss: two participants — the other one receives, no blank', () =>
    assert.equal(exit(render(mou('at least 3 months', 2))), 'Discontinuation will take effect three months after receipt of the notice, or on such later date as the notice may specify.'));
  it('near miss: a multilateral treaty with a Depositary — receipt by the Depositary, no blank', () => {
    const treaty = `treaty "Agreement on Cyber Cooperation" {\n  status binding\n  consent by ratification\n  effect after last ratification\n  depositary EE\n  withdrawal with notice of at least 6 months\n}\n${participants(3, 'party')}\n`;
    assert.equal(exit(render(treaty)), 'Withdrawal shall take effect for that Party six months after receipt of the notification by the Depositary, or on such later date as the notification may specify.');
  });
});
