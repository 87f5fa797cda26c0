/**
 * Seventy-sixth run (NL–Israel social security 1984; read: BWBV0002871), item 3:
 * missing-relation-to-other-obligations said the Convention was silent, yet Art. 33 ("This
 * Convention shall replace the Agreement … signed at The Hague on 25th April 1963") settles its
 * relation to that agreement (VCLT Art. 59(1)(a)). The finding stays for the parties' other
 * obligations (Union law, other treaties), names the clause, and does not call the text silent.
 * Near misses: a clause that only mentions another agreement, or replaces something that is no
 * agreement, changes nothing.
 */
import assert from 'node:assert/strict';
import { wholeText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { replaced } from '../helpers/replaced-once';

const israel = wholeText('test/real-instruments/nl-israel-social-security-1984.entente');
const relation = (text: string) => diagnose(text).filter((d) => d.code === 'missing-relation-to-other-obligations');
const draft = 'treaty "Agreement" { status binding }\nparty EE "Estonia" { kind state jurisdiction EE }\nparty UA "Ukraine" { kind state jurisdiction UA }\n';

describe('seventy-sixth run, item 3: a clause that replaces an earlier agreement settles the relation to that one only', () => {
  it('NL–Israel 1984: the note names Art. 33, says what it settles and what remains open, and is not called silent', () => {
    const [finding, ...rest] = relation(israel);
    assert.deepEqual(rest, []);
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /^The treaty says how it relates to one earlier agreement: clause Art33 \("[^"]*Article 33"\) settles its relation to the agreement it replaces, which is terminated \("This Convention shall replace the Agreement between the Government of the Kingdom of the Netherlands[^"]*"; VCLT Art\. 59\(1\)\(a\)/u);
    assert.match(finding.message, /it does not say how it relates to the parties’ other obligations \(NL was a Member State/u);
    // Art. 59 governs the replaced agreement only; the other obligations are Art. 30's (lr17, D2).
    assert.match(finding.message, /applies \(VCLT Art\. 30, /u);
    assert.doesNotMatch(finding.message, /Arts\. 30, 59/u);
    assert.doesNotMatch(finding.message, /^The treaty does not say how it relates/u);
  });

  it('a draft that supersedes an earlier agreement: the finding asks for the rest, naming the clause', () => {
    const text = draft + 'clause Final "Article 9" """\n  Upon its entry into force, the present Agreement shall supersede the Agreement on cyber cooperation of 3 August 2010.\n"""\n';
    const [finding] = relation(text);
    assert.match(finding.message, /^Say how this treaty relates to the parties’ other obligations \([^)]*\); clause Final \("Article 9"\) settles its relation to the agreement it replaces, which is terminated if the two Parties are its only parties, and otherwise stays in force for its other parties \("Upon its entry into force, the present Agreement shall supersede the Agreement on cyber cooperation of 3 August 2010"; VCLT Arts\. 59\(1\)\(a\), 30\(4\)[^;]*\); that clause says nothing of those: add a clause/u);
  });

  it('near misses: a clause that only mentions the earlier agreement, or replaces a list, leaves the finding as it was', () => {
    const mentions = replaced(israel, 'This Convention shall replace the Agreement', 'This Convention shall be read with the Agreement');
    assert.match(relation(mentions)[0].message, /^The treaty does not say how it relates to the parties’ other obligations/u);
    const list = draft + 'clause Annex "Article 3" """\n  The Parties shall replace the list of contact points each year.\n"""\n';
    assert.match(relation(list)[0].message, /^Say how this treaty relates to the parties’ other obligations \([^)]*\): add a clause/u);
    assert.doesNotMatch(relation(list)[0].message, /settles its relation/u);
  });
});
