/**
 * lf52, after treaty lawyer lr29 D1: a clause after ";" that opens with a condition on the first
 * clause's own act ("oppose …; unless such opposition is made, the information may be used", NL–CH tax
 * information 2010's words; the source's limit is the opposition's: "Unless such opposition is made
 * within fourteen days …, the information may be used", NL–US securities 1989 Art. 7(b)) is about that
 * act: the time limit goes after the first modal, as before lr29 D1. Near misses — a condition on
 * another's act, a clause with no condition, lr29 D1's own probes — keep the words as written with the
 * limit a blank.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { firstMainClause, secondMainClauseIn } from '../../server/src/language/constructs/main-clauses';

function deadlineLine(deadline: string): string | undefined {
  const service = createEntenteService({ readFile: () => undefined });
  const text = `treaty "Agreement on Cyber Cooperation" {\n  status binding\n  consent by ratification\n  effect after last ratification\n}\nparty A "Kingdom of the Netherlands" { kind state }\nparty B "Republic of Estonia" { kind state }\nchannel Requests between A, B {\n  carries incident-reports\n}\nchannel Incidents between A, B {\n  carries incident-reports\n  deadline ${deadline}\n}\n`;
  service.open('file:///t/main.entente', text);
  const md = service.render('file:///t/main.entente', 'markdown')!.replace(/\*\*\\\[([^\]]*?)\\\]\*\*/gu, '[$1]');
  return [...md.matchAll(/^2\. (.*)$/gmu)].map((m) => m[1]).at(-1);
}

describe('lf52: a second clause that opens with a condition on the first clause\'s act keeps the limit after the first modal', () => {
  for (const [deadline, sentence] of [
    [
      '"oppose the use of the information; unless such opposition is made, the information may be used" within 10 days',
      'The Parties shall, within ten days, oppose the use of the information; unless such opposition is made, the information may be used.',
    ],
    [
      '"oppose the disclosure; if no opposition is made, the information may be disclosed" within 14 days',
      'The Parties shall, within 14 days, oppose the disclosure; if no opposition is made, the information may be disclosed.',
    ],
    [
      '"raise any objection to the use; in the absence of such objection, the receiving Party may use the information" within 30 days',
      'The Parties shall, within 30 days, raise any objection to the use; in the absence of such objection, the receiving Party may use the information.',
    ],
  ] as const) {
    it(deadline, () => assert.equal(deadlineLine(deadline), sentence));
  }

  for (const [what, deadline, sentence] of [
    [
      'a condition on another\'s act (its window may be the limit)',
      '"notify the other Party of the request; unless the other Party objects, the information may be published" within 10 days',
      'The Parties shall notify the other Party of the request; unless the other Party objects, the information may be published [time limit “within ten days”, to be written into the words before].',
    ],
    [
      'lr29 D1\'s probe: no condition, a permission of its own',
      '"notify the other Party of the incident; the information so notified may be used only for the purposes of this Agreement" within 24 hours',
      'The Parties shall notify the other Party of the incident; the information so notified may be used only for the purposes of this Agreement [time limit “within 24 hours”, to be written into the words before].',
    ],
    [
      'the condition skipped, a later second clause still counts',
      '"oppose the use of the information; unless such opposition is made, the information may be used; the other Party shall confirm receipt" within 10 days',
      'The Parties shall oppose the use of the information; unless such opposition is made, the information may be used; the other Party shall confirm receipt [time limit “within ten days”, to be written into the words before].',
    ],
  ] as const) {
    it(`near miss: ${what}`, () => assert.equal(deadlineLine(deadline), sentence));
  }

  it('the first main clause runs to the second, past a condition on the first act', () => {
    const words = 'oppose the use; unless such opposition is made, it may be used; the other Party shall confirm receipt';
    assert.equal(secondMainClauseIn(words), words.indexOf('; the other'));
    assert.equal(firstMainClause(words), 'oppose the use; unless such opposition is made, it may be used');
    assert.equal(secondMainClauseIn('oppose the use; unless the other Party objects, it may be used'), 'oppose the use'.length);
  });
});
