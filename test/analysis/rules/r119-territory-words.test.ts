/**
 * Hundred-and-nineteenth real-instrument run (test/real-instruments/HUNDRED-AND-NINETEENTH-RUN.md),
 * defect 1: with the Government of Bermuda declared bound by the GDPR (the reviewer's probe on the
 * NL–Bermuda Agreement of 2009, read: BWBV0003224), `regime-not-binding-on-party` called it "the
 * Government of a State of BM". Bermuda is a territory that is no State (the checker's treaty-law
 * citations on the same party say so): the message says that, and keeps its conclusion.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';
import { repoText } from '../../helpers/fix-review';
import { replaced } from '../../helpers/replaced-once';

const bermuda = repoText('test/real-instruments/nl-bermuda-double-taxation-individuals-2009.entente');
const notBinding = (text: string) => diagnose(text).filter((d) => d.code === 'regime-not-binding-on-party');
const bmBody = '  kind government\n  jurisdiction BM\n}';
const declared = (text: string, kind: string, where = 'BM') => replaced(text, bmBody, `  kind ${kind}\n  jurisdiction ${where}\n  regimes GDPR\n}`);

describe('r119 D1: a territory that is no State is not called a State in regime-not-binding-on-party', () => {
  it('the Government of Bermuda declared GDPR: "the Government of BM, a territory that is no State", and still out of the GDPR\'s reach', () => {
    const [finding, ...rest] = notBinding(declared(bermuda, 'government'));
    assert.deepEqual(rest, []);
    assert.ok(finding, 'regime-not-binding-on-party raised');
    assert.match(finding.message, /BM is the Government of BM, a territory that is no State, outside the EU\/EEA: the GDPR applies to processing in the context of an establishment in the Union \(Art\. 3\(1\)\)/u);
    assert.doesNotMatch(finding.message, /of a State/u);
  });

  it('declared `kind state`, the words still do not make Bermuda a State', () => {
    const [finding] = notBinding(declared(bermuda, 'state'));
    assert.match(finding.message, /BM is the Government of BM, a territory that is no State/u);
  });

  it('near miss: a State outside the EU/EEA keeps "the Government of a State of …"', () => {
    const [finding] = notBinding(declared(bermuda, 'government', 'US'));
    assert.match(finding.message, /BM is the Government of a State of US, outside the EU\/EEA/u);
  });
});
