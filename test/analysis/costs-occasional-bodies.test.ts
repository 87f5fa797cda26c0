/**
 * `missing-costs` is a note, not a warning, where all the text sets up that costs money is bodies
 * it only permits the Parties to establish, or that meet only at a Party's request (ninetieth run,
 * defect 1): "For this purpose the Contracting Parties may establish a Joint Committee" and "The
 * Joint Committee shall meet at the request of either Contracting Party" (NL–Jordan road transport
 * Agreement 1975, Art. 9(2)–(3); read: BWBV0003547). A committee the text establishes that meets on
 * a cadence keeps the warning, and so does one a "may" about something else only seems to permit.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { EntenteDiagnostic } from '../../server/src/language';
import { diagnose } from '../helpers/fixture';

const costs = (all: readonly EntenteDiagnostic[]) => all.filter((d) => d.code === 'missing-costs');

function draft(meets: string, words: string, extra = ''): EntenteDiagnostic[] {
  return diagnose(
    `treaty "Agreement" {\n  status binding\n}\nparty NL "Netherlands" { kind state }\nparty JO "Jordan" { kind state }\nbody JointCommittee "Joint Committee" members NL, JO${meets}\n${extra}clause Art9 "Article 9" """\n  ${words}\n"""\n`,
  );
}

describe('missing-costs: bodies that are no standing cost', () => {
  it('NL–Jordan 1975: a Committee the Parties "may establish", meeting on request, is a note that says why', () => {
    const text = readFileSync(new URL('../real-instruments/nl-jordan-road-transport-1975.entente', import.meta.url), 'utf8');
    for (const profile of ['default', 'strict', 'treaty-review', 'mou-review'] as const) {
      const [d] = costs(diagnose(text, { settings: { profile } }));
      assert.equal(d?.severity, 'info', profile);
      assert.match(d.message, /the text only permits the Parties to establish body JointCommittee \("For this purpose the Contracting Parties may establish a Joint Committee"\), and it meets only at the request of one of the Parties; its meetings are no standing cost/);
    }
  });

  it('a permitted committee meeting annually is a note too; an established one meeting only on request is not (lr21, D4)', () => {
    const permitted = costs(draft(' meets annually', 'The Parties may establish a Joint Committee. The Joint Committee shall meet annually.'));
    assert.equal(permitted[0]?.severity, 'info');
    assert.match(permitted[0].message, /only permits the Parties to establish body JointCommittee \("The Parties may establish a Joint Committee"\); its meetings/);
    const passive = costs(draft(' meets annually', 'A Joint Committee may be established by the Parties.'));
    assert.equal(passive[0]?.severity, 'info');
    const mutual = costs(draft(' meets annually', 'The Parties may, by mutual agreement, set up a Joint Committee.'));
    assert.equal(mutual[0]?.severity, 'info');
    const onRequest = costs(draft(' meets on-request', 'The Parties shall establish a Joint Committee. It shall meet at the request of either Party.'));
    // lr21, D4: a body the text establishes exists, and its meetings, when asked for, are costs the text creates.
    assert.equal(onRequest[0]?.severity, 'warning');
    assert.doesNotMatch(onRequest[0].message, /no standing cost/);
  });

  it('near miss: a Committee the Parties "shall establish" that "shall meet annually" keeps the warning', () => {
    const [d] = costs(draft(' meets annually', 'The Parties shall establish a Joint Committee. The Joint Committee shall meet annually.'));
    assert.equal(d?.severity, 'warning');
    assert.doesNotMatch(d.message, /It is a note/);
  });

  it('near miss: a "may" about something else in the same clause is no permission', () => {
    for (const words of [
      'The Parties shall establish a Joint Committee. The Joint Committee may establish working groups.',
      'The Parties shall establish a Joint Committee, which may meet at the request of either Party.',
      'The Parties may establish working groups of the Joint Committee. The Joint Committee shall meet annually.',
      // Permitted in one sentence and established in another: the text sets it up.
      'The Parties may establish a Joint Committee. The Joint Committee is hereby established.',
    ]) {
      const [d] = costs(draft(' meets annually', words));
      assert.equal(d?.severity, 'warning', words);
    }
  });

  it('near miss: a body meeting on request or on a cadence, or one beside an exercise, keeps the warning; strict keeps a draft\'s note a note', () => {
    // A permitted body under strict stays a note; a declared body meeting on request with no permissive words is counted (lr21, D4).
    const head = `treaty "Agreement" {\n  status binding\n}\nparty NL "Netherlands" { kind state }\nparty JO "Jordan" { kind state }\nbody JointCommittee "Joint Committee" members NL, JO meets on-request\n`;
    const [strict] = costs(diagnose(`${head}clause Art9 "Article 9" "The Parties may establish a Joint Committee."\n`, { settings: { profile: 'strict' } }));
    assert.equal(strict?.severity, 'info');
    const [declaredOnly] = costs(diagnose(head, { settings: { profile: 'strict' } }));
    assert.equal(declaredOnly?.severity, 'error');
    const [both] = costs(draft(' meets annually, on-request', 'The Parties shall establish a Joint Committee.'));
    assert.equal(both?.severity, 'warning');
    const [withExercise] = costs(draft(' meets on-request', 'The Parties may establish a Joint Committee.', 'exercise Shield annually led by NL\n'));
    assert.equal(withExercise?.severity, 'warning');
  });
});
