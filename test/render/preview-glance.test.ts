/**
 * The preview's at-a-glance panel as data (features/preview-glance.ts), read by the webview: the
 * diagram names parties by name and marks channels by TLP label or classification; the timeline
 * counts the term from the coming into effect with the header's own periods (no notice date the
 * header does not give); the final-clause checklist links a missing clause to the finding that
 * reports it.
 */
import assert from 'node:assert/strict';
import { openSample } from './render-fixtures';

const preview = (name: string, today = '2027-06-01') => {
  const { service, uri } = openSample(name);
  return service.preview(uri, today)!;
};

describe('rendering: the preview panel data', () => {
  it('diagram: parties by name, channels by marking, an edge per member', () => {
    const data = preview('cert-cert-mou.entente');
    const parties = data.diagram.nodes.filter((n) => n.kind === 'party').map((n) => n.label);
    assert.deepEqual(parties, ['Estonian Information System Authority (CERT-EE)', 'National Cyber Security Centre Finland (NCSC-FI)']);
    const channels = data.diagram.nodes.filter((n) => n.kind === 'channel');
    assert.deepEqual(channels.map((c) => [c.marking, c.classified]), [['TLP:AMBER', false]]);
    assert.equal(data.diagram.edges.length, 2);
    for (const e of data.diagram.edges) assert.ok(data.diagram.nodes.some((n) => n.id === e.from) && data.diagram.nodes.some((n) => n.id === e.to));
  });

  it('diagram: a classified channel shows its level', () => {
    const channels = preview('ee-fi-cyber-defence-agreement.entente').diagram.nodes.filter((n) => n.kind === 'channel');
    assert.ok(channels.some((c) => c.classified && c.marking === 'SECRET'), JSON.stringify(channels));
  });

  it('timeline: signature, coming into effect, the notice date from the header’s discontinuation period, renewal after five years', () => {
    const events = preview('cert-cert-mou.entente').timeline.map((e) => `${e.date} ${e.kind} ${e.label}`);
    assert.ok(events.includes('2027-03-01 signature Signature'), events.join('\n'));
    assert.ok(events.includes('2027-03-01 effect Coming into effect'), events.join('\n'));
    // `duration 5 years renewable` and `discontinue with notice of 6 months`: the term ends on 2032-03-01; notice six months before.
    assert.ok(events.includes('2031-09-01 notice Last day for notice of discontinuation taking effect at the end of the term'), events.join('\n'));
    assert.ok(events.includes('2032-03-01 renewal Renewal (end of the first term)'), events.join('\n'));
    assert.ok(!events.some((e) => /non-renewal/.test(e)), 'the header states no notice of non-renewal');
    const dates = events.map((e) => e.slice(0, 10));
    assert.deepEqual(dates, [...dates].sort());
  });

  it('checklist: present clauses, and a missing one linked to its finding', () => {
    const clean = preview('cert-cert-mou.entente').checklist;
    assert.equal(clean.find((c) => c.clause === 'Statement that it is not legally binding')?.state, 'present');
    assert.equal(clean.find((c) => c.clause === 'Depositary')?.state, 'not required');
    const faulty = preview('review-me.entente').checklist;
    const signature = faulty.find((c) => c.clause === 'Place and date of signature')!;
    assert.equal(signature.state, 'missing');
    assert.equal(signature.finding?.code, 'invalid-date');
    assert.ok(signature.finding!.range.start.line > 0);
  });
});
