/**
 * lg45, item 4: `meets in principle annually`. NL–Jordan 1978, Art. 8: "The Committee shall meet
 * at the request of either Contracting Party, in principle once a year" (read: BWBV0003869). The
 * transcription had `meets on-request, annually`, as the language had no word for "in principle";
 * `at least annually` would have made the rule a minimum. The qualifier is parsed, hovered,
 * completed and formatted as a body's other meeting words, and the export says it in the text's words.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { formatText } from '../../server/src/language/features/format';
import { applyEdits, fixture, mainUri } from '../features/feature-fixture';
import { parseClean } from './parse-helpers';

const parties = 'party NL "Kingdom of the Netherlands" { kind state }\nparty JO "Hashemite Kingdom of Jordan" { kind state }\n';
const treaty = `treaty "Agreement on Economic and Technical Cooperation" {\n  status binding\n  languages English\n}\n${parties}`;

function rendered(text: string): string {
  const service = createEntenteService({ readFile: () => undefined });
  service.open('file:///t/main.entente', text);
  return service.render('file:///t/main.entente', 'markdown')!;
}

describe('lg45: a body that meets "in principle" at a cadence', () => {
  it('parses as the regular cadence, marked in principle, beside the other ways of meeting', () => {
    const [body] = parseClean('body JointCommittee members NL, JO meets on-request, in principle annually\n').ast.bodies;
    assert.equal(body.meets?.word, 'annually');
    assert.equal(body.meetsInPrinciple, true);
    assert.equal(body.meetsAtLeast, false);
    assert.deepEqual(body.meetingTerms.map((t) => t.value), ['on-request']);
    const [every] = parseClean('body B members NL meets in principle every 6 months\n').ast.bodies;
    assert.equal(every.meets?.interval?.amount, 6);
    assert.equal(every.meetsInPrinciple, true);
  });

  it('near misses: a plain cadence and a minimum are not "in principle"; "in" alone is a syntax error', () => {
    for (const words of ['annually', 'at least annually']) {
      const [body] = parseClean(`body B members NL meets ${words}\n`).ast.bodies;
      assert.equal(body.meetsInPrinciple, undefined, words);
    }
    const service = createEntenteService({ readFile: () => undefined });
    service.open('file:///t/x.entente', 'body B members NL meets in annually\n');
    assert.ok(service.diagnostics('file:///t/x.entente').some((d) => d.severity === 'error'));
  });

  it('is printed in the text’s words, "in principle once a year", never as a minimum', () => {
    const md = rendered(`${treaty}body JointCommittee "Joint Committee" members NL, JO meets on-request, in principle annually\n`);
    assert.match(md, /The Joint Committee shall meet in principle once a year or at the request of either Party\./);
    assert.doesNotMatch(md, /at least|in-principle/);
    assert.match(rendered(`${treaty}body B "Joint Committee" members NL, JO meets in principle every 6 months\n`), /shall meet in principle once every six months\./);
  });

  it('completion offers "in" where a meeting starts and "principle" after it', () => {
    const offered = (source: string) => {
      const { service, position } = fixture(source);
      return service.complete(mainUri, position).map((i) => i.label);
    };
    assert.ok(offered(`${parties}body B members NL meets on-request, $0\n`).includes('in'));
    assert.deepEqual(offered(`${parties}body B members NL meets in $0\n`), ['principle']);
  });

  it('hover says what "principle" means; the formatter keeps the statement on its line', () => {
    const { service, position } = fixture(`${treaty}body JointCommittee members NL, JO meets in princ$0iple annually\n`);
    assert.match(service.hover(mainUri, position)?.contents ?? '', /in principle once a year/);
    const text = `${treaty}body JointCommittee members NL, JO meets  on-request,   in   principle annually\n`;
    assert.match(applyEdits(text, formatText(text, { tabSize: 2, insertSpaces: true })), /meets on-request, in principle annually\n/);
  });
});
