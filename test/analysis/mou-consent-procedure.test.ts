/**
 * The fifteenth run's probes of a non-binding letter of intent (test/real-instruments/FIFTEENTH-RUN.md,
 * probes 4, 6, 7, 13, 14): a statement of consent to be bound in an MoU is reported by
 * mou-treaty-procedure whether it names ratification, approval or acceptance (VCLT Art. 14(2)),
 * and signature-and-ratification, a treaty rule whose advice is provisional application (itself a
 * treaty procedure), is not raised on an MoU. Near misses: the treaty keeps signature-and-ratification,
 * and an MoU that takes effect after an approval (an authorisation, not consent) is left alone.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const header = (lines: string, kind = 'memorandum "Letter of Intent" {\n  status non-binding') => `${kind}\n${lines}}\n`;
const codes = (text: string) => diagnose(text).map((d) => `${d.code}:${d.severity}`);

describe('consent to be bound in an MoU (fifteenth run)', () => {
  it('reports approval and acceptance as consent to be bound, like ratification', () => {
    for (const means of ['approval', 'acceptance', 'ratification']) {
      const found = diagnose(header(`  effect on signature\n  consent by signature, ${means}\n`));
      const procedure = found.filter((d) => d.code === 'mou-treaty-procedure');
      assert.equal(procedure.length, 1, `${means}: ${found.map((d) => d.code).join(', ')}`);
      assert.equal(procedure[0].severity, 'error');
      assert.match(procedure[0].message, means === 'ratification' ? /not ratified/ : /VCLT Art\. 14\(2\)/);
      assert.ok(!found.some((d) => d.code === 'signature-and-ratification'), `${means}: no treaty advice on an MoU`);
    }
  });

  it('probe 14: consent by approval with effect after approval is reported', () => {
    assert.ok(codes(header('  effect after last approval\n  consent by approval\n')).includes('mou-treaty-procedure:error'));
  });

  it('probe 4: an MoU that takes effect after an approval, with no consent stated, is left alone', () => {
    assert.ok(!codes(header('  effect after last approval\n')).some((c) => c.startsWith('mou-treaty-procedure')));
  });

  it('a treaty that enters into force on signature yet needs approval keeps signature-and-ratification', () => {
    const treaty = header('  effect on signature\n  consent by signature, approval\n', 'treaty "Agreement" {\n  status binding');
    const found = codes(treaty);
    assert.ok(found.includes('signature-and-ratification:error'), found.join(', '));
    assert.ok(!found.some((c) => c.startsWith('mou-treaty-procedure')));
  });
});
