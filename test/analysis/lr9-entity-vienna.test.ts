/**
 * lr9, defect 8: missing-relation-to-other-obligations on an agreement concluded by a territory
 * acting under its sovereign State's entrustment (NL–Bermuda 2009, "as authorised by the Government of
 * the United Kingdom"; NL–HK 2002). The Convention is not flatly excluded: whether the territory or
 * the State that entrusted it is the party is for the entrustment to say; "as the agreement's own
 * terms provide" stands outside the Art. 3(b) citation; and a concluded text is not told to "add a
 * clause" — the message says what holds in its silence.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { repoText } from '../helpers/fix-review';

const bermuda = repoText('test/real-instruments/nl-bm-tax-information-exchange-2009.entente');
const relation = (text: string) => diagnose(text).find((d) => d.code === 'missing-relation-to-other-obligations')?.message ?? '';

describe('lr9: the law of treaties for a territory under entrustment (defect 8)', () => {
  it('NL–Bermuda 2009: the entrustment decides who the party is; Art. 3(b) cited for what binds independently', () => {
    const said = relation(bermuda);
    assert.match(said, /^The treaty does not say how it relates to the parties’ other obligations \(/);
    assert.doesNotMatch(said, /add a clause/);
    assert.match(said, /the Government of Bermuda \(as authorised by the Government of the United Kingdom of Great Britain and Northern Ireland\) is not a State, and whether it or the State that entrusted it is the party is for the entrustment to say — if that State is, the Convention applies between the States it binds;/);
    assert.match(said, /independently of the Convention \(Art\. 3\(b\)\), and as the agreement's own terms provide;/);
    assert.doesNotMatch(said, /terms provide \(Art\. 3\(b\)\)/);
    assert.match(said, /The text is concluded \(the signature date is 2009-06-08\): nothing is to be added to it; if a clause says so, untagged, tag it `about other-obligations`\./);
  });

  it('near miss: a draft between States is still told to add a clause, citing the Convention for States', () => {
    const said = relation('treaty "Agreement" { status binding }\nparty EE "Estonia" { kind state jurisdiction EE }\nparty UA "Ukraine" { kind state jurisdiction UA }\n');
    assert.match(said, /^Say how this treaty relates to the parties’ other obligations .*: add a clause that it is without prejudice/);
    assert.doesNotMatch(said, /entrustment/);
  });
});
