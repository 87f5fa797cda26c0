/**
 * lg52 (hundred-and-twelfth run, defect 2): `termination after initial period with notice of 3
 * months` — the right to leave runs only once the duration's initial period has ended: "This
 * Agreement shall remain in force for an initial period of two years. If it has not been denounced
 * three months before the date of its termination it shall be tacitly renewed, for periods of ONE
 * year subsequently. Each Government shall then have the right to denounce the Agreement at any
 * time giving three months' notice" (NL–Bangladesh technical cooperation 1977, Art. VI(b); read:
 * BWBV0005634). It parses into the AST the export and the checks read; a misspelt closed word keeps
 * its text for the value check; a typo costs that statement only.
 */
import assert from 'node:assert/strict';
import { parse } from '../../server/src/language/syntax/parse';
import { parseClean, textAt } from './parse-helpers';

const header = (termination: string) =>
  `treaty "T" {\n  status binding\n  duration 2 years renewable tacitly for 1 years unless notice of 3 months\n${termination}\n  amendment by written agreement\n}\nparty NL "NL" { kind state }\n`;

describe('lg52: `termination after initial period`', () => {
  it('NL–Bangladesh 1977 Art. VI(b): the right runs after the initial period, with its notice', () => {
    const text = header('  termination after initial period with notice of 3 months');
    const termination = parseClean(text).ast.instrument!.termination!;
    assert.equal(termination.afterInitial?.initial.value, 'initial');
    assert.equal(termination.afterInitial?.period?.value, 'period');
    assert.equal(textAt(text, termination.afterInitial!.range), 'initial period');
    assert.equal(termination.notice?.amount, 3);
    assert.equal(termination.keyword.value, 'termination');
  });

  it('`period` may be left out; every exit keyword takes it; without `after` the right is unqualified (near miss)', () => {
    const short = parseClean(header('  denunciation after initial with notice of at least 3 months')).ast.instrument!.termination!;
    assert.equal(short.afterInitial?.initial.value, 'initial');
    assert.equal(short.afterInitial?.period, undefined);
    assert.equal(short.noticeMinimum, true);
    assert.equal(parseClean(header('  withdrawal after initial period')).ast.instrument!.termination!.afterInitial?.initial.value, 'initial');
    assert.equal(parseClean(header('  termination with notice of 3 months')).ast.instrument!.termination!.afterInitial, undefined);
  });

  it('a misspelt word parses, keeping its text for value-out-of-range', () => {
    const termination = parseClean(header('  termination after intial perod with notice of 3 months')).ast.instrument!.termination!;
    assert.equal(termination.afterInitial?.initial.text, 'intial');
    assert.equal(termination.afterInitial?.initial.value, undefined);
    assert.equal(termination.afterInitial?.period?.text, 'perod');
    assert.equal(termination.afterInitial?.period?.value, undefined);
  });

  it('recovery: a typo in the form is an error on its line, and the statements after it parse', () => {
    for (const typo of ['  termination aftr initial period with notice of 3 months', '  termination after initial period 3 months', '  termination after with notice of 3 months']) {
      const text = header(typo);
      const { ast, problems } = parse(text);
      assert.ok(problems.length >= 1, typo);
      assert.ok(problems.every((p) => p.range.start.line === 3), problems.map((p) => p.message).join('\n'));
      assert.equal(ast.instrument?.duration?.term?.amount, 2, typo);
      assert.ok(ast.instrument?.amendment, typo);
      assert.equal(ast.parties.length, 1, typo);
    }
  });
});
