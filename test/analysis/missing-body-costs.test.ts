/**
 * `missing-body-costs` (info): a costs clause whose words name other costs does not say who
 * bears the meetings of a body the instrument sets up (THIRTY-FOURTH-RUN.md, point 2). Raised on
 * the four texts the run named (ETS 156 Art. 25, NL–Norway 2015 Arts. 26–29, Convention 108 Art.
 * 17, CETS 198 Art. 44) and on the Benelux–Bosnia protocol (Art. 7 beside the expert commission of
 * Art. 8); silent on the near misses the run listed, each of whose words reach the meetings or the
 * whole instrument, and on each of those words put in place of ETS 156 Art. 25.
 *
 * Also the concluded-text wording of both costs rules (point 5) and the organ of a party
 * organisation that no costs rule counts (NL–OPCW 1998, the Executive Council).
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { draftOf, findingsOf, wholeText } from '../helpers/fix-review';
import { replaced } from '../helpers/replaced-once';

const real = (name: string) => wholeText(`test/real-instruments/${name}.entente`);
const ets156 = real('coe-ets156-illicit-traffic-by-sea-1995');
const code = 'missing-body-costs';
const notes = (text: string) => findingsOf(text, code);

const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start));

/** ETS 156 Art. 25, as transcribed: the costs of boarding and assistance. */
const art25 = `  1. Unless otherwise agreed by the Parties concerned, the cost of carrying out any action under
  Articles 9 and 10 shall be borne by the intervening State, and the cost of carrying out action
  under Articles 4 and 5 shall normally be borne by the Party which renders assistance.
  2. Where the flag State has exercised its preferential jurisdiction in accordance with Article 14,
  the cost of returning the vessel and of transporting suspected persons and evidence shall be borne
  by it.`;

describe('missing-body-costs: a costs clause that names other costs than the meetings of a body', () => {
  it('ETS 156: Art. 25 reaches boarding and assistance, not the monitoring committee of Art. 32 (info, related: Art25)', () => {
    const found = notes(ets156);
    assert.equal(found.length, 1);
    const [note] = found;
    assert.equal(note.severity, 'info');
    assert.equal(note.range.start.line, lineOf(ets156, 'body MonitoringCommittee '));
    assert.match(
      note.message,
      /^The costs clause Art25 reaches "the cost of carrying out any action under Articles 9 and 10", not the meetings of body MonitoringCommittee\. The text is concluded/,
    );
    assert.match(
      notes(draftOf(ets156))[0].message,
      /^The costs clause Art25 reaches "the cost of carrying out any action under Articles 9 and 10", not the meetings of body MonitoringCommittee: say who bears them in Art32 \(the body's own article\) or in the costs clause, or give them to financial rules that the Parties adopt or the body adopts\./,
    );
    assert.deepEqual(note.fixes, []);
    assert.equal(note.related.length, 1);
    assert.equal(note.related[0].range.start.line, lineOf(ets156, 'clause Art25 '));
    assert.match(note.related[0].message, /reaches "the cost of carrying out any action under Articles 9 and 10"/);
  });

  it('on the concluded text the note says what its reviewer can do; on the same text as a draft it does not', () => {
    // lr22, D7: no sentence asked of a signed text; a multilateral one's meetings get no default (seventy-first run, defect 3).
    assert.match(notes(ets156)[0].message, / MonitoringCommittee\. The text is concluded \(the signature date is 1995-01-31\): nothing is to be added to the signed text\. If another instrument or a decision of the Parties allocates these costs \(financial rules, a budget, a protocol\), cite it in the review of this text; if an allocation is still wanted, the Parties can agree it in a later agreement or in financial rules they adopt\.$/);
    assert.doesNotMatch(notes(ets156)[0].message, /say who bears them|each bears/);
    const draft = notes(draftOf(ets156));
    assert.equal(draft.length, 1);
    assert.doesNotMatch(draft[0].message, /concluded/);
    assert.match(draft[0].message, /or give them to financial rules that the Parties adopt or the body adopts\.$/);
    // No default is stated: each delegation paying its own way is practice, not a rule of law (seventy-first run, defect 3).
    assert.doesNotMatch(draft[0].message, /default|bears its own/);
  });

  it('raises it on the other texts the run named and on the Benelux–Bosnia protocol, each on its body', () => {
    const cases: [string, string, RegExp][] = [
      ['coe-cets198-warsaw-laundering-2005', 'body COP ', /^The costs clause Art44 reaches "The ordinary costs of complying with a request", not the meetings of body COP/],
      ['coe-convention-108-1981', 'body ConsultativeCommittee ', /^The costs clause Art17 \("Article 17 – Costs and procedures of assistance"\) does not reach the meetings of body ConsultativeCommittee/],
      ['nl-no-norgerhaven-prison-2015', 'body Consultations ', /^The costs clauses Art26, Art27, Art28 and Art29 do not reach the meetings of body Consultations/],
      ['benelux-ba-readmission-protocol-2013', 'body ExpertCommission ', /^The costs clause Art7 reaches "Costs incurred by the Requested Party in connection with readmission and transit", not the meetings of body ExpertCommission/],
    ];
    for (const [name, body, message] of cases) {
      const text = real(name);
      const found = notes(text);
      assert.equal(found.length, 1, name);
      assert.equal(found[0].range.start.line, lineOf(text, body), name);
      assert.match(found[0].message, message, name);
    }
  });

  it('"Each Government shall bear its own costs" in an arbitration clause (NL–UK 2005, Art. 18(2)) is not a costs clause of the instrument', () => {
    const arbitration = `clause Arbitration "Settlement of Disputes" about disputes """
  The decisions of the Tribunal shall be final and binding upon the two Governments. Each
  Government shall bear its own costs and the two Governments shall share the costs of the
  Chairperson of the Tribunal.
"""
`;
    assert.equal(notes(`${ets156}\n${arbitration}`).length, 1);
  });

  it('a body declared as Board is named in prose as "Board", not by "on board" in a costs sentence', () => {
    const text = (costs: string) => `treaty "Agreement" {
  status binding
}
party NL "Netherlands" { kind state }
party NO "Norway" { kind state }
body Board members NL, NO meets annually
clause Costs about costs "${costs}"
`;
    assert.equal(notes(text('The cost of returning the persons on board shall be borne by the flag State.')).length, 1);
    assert.deepEqual(notes(text('The costs of the Board shall be borne by the flag State.')), []);
  });

  it('says nothing where there is no costs clause at all: missing-costs asks (MARSAMCAR 2003)', () => {
    const sanJose = real('marsamcar-caribbean-maritime-air-trafficking-2003');
    assert.deepEqual(notes(sanJose), []);
    assert.equal(findingsOf(sanJose, 'missing-costs').length, 1);
  });

  it('ETS 156 with Art. 25 untagged: its words ("shall be borne by the intervening State") are still its costs clause, so the note, not missing-costs (r93 defect 4)', () => {
    const untagged = replaced(ets156, 'clause Art25 "Article 25 – Costs" about costs """', 'clause Art25 "Article 25 – Costs" """');
    assert.equal(notes(untagged).length, 1);
    assert.equal(findingsOf(untagged, 'missing-costs').length, 0);
  });

  it('ETS 156 without Art. 25 at all has no costs clause: missing-costs, not the note', () => {
    const without = ets156.replace(/clause Art25 "Article 25 – Costs" about costs """[^]*?"""\n/u, '');
    assert.notEqual(without, ets156);
    assert.deepEqual(notes(without), []);
    assert.equal(findingsOf(without, 'missing-costs').length, 1);
  });
});

describe('missing-body-costs: near misses from the harness stay silent', () => {
  it('the real texts whose costs provisions reach the meetings or the whole instrument', () => {
    for (const name of [
      'budapest-convention', // Art. 46(4): "expenses incurred in carrying out the provisions of paragraph 1", in the article on the consultations
      'bonn-agreement-north-sea-pollution-1983', // Art. 15(2): "the annual expenditure of the Agreement"
      'nl-ch-military-exercises-2007', // Art. XIV(1): "when performing activities under this Agreement"
      'nl-us-homeland-security-2012', // Art. 10(1): "its own costs of discharging its responsibilities under this Agreement"
      'gwp-organisation-mou-2002', // Statutes Art. 14(1): "The operation of the Organisation shall be financed"
      'un-convention-against-corruption-2003', // Art. 63(3): the Conference adopts rules on "the payment of expenses"
      'un-transnational-organized-crime-convention-2000', // Art. 32(2): the same, for the Conference of the Parties
      'id-nl-brawijaya-wageningen-letter-of-intent-1979', // 3b: "the financing of the cooperation"
      'nl-opcw-facility-agreement-1998', // the Executive Council is the OPCW's organ
    ]) {
      assert.deepEqual(notes(real(name)), [], name);
    }
  });

  it("each near miss's words in place of ETS 156 Art. 25 silence the note", () => {
    const words = [
      // Bonn 1983, Art. 15(2)
      '  2. Each Contracting Party shall contribute 2.5% towards the annual expenditure of the Agreement.',
      // NL–Switzerland 2007, Art. XIV(1)
      '  1. Each Contracting Party shall cover its own costs for personnel and equipment when performing\n  activities under this Agreement.',
      // NL–US 2012, Art. 10(1)
      '  1. Subject to the availability of funds and to the provisions of this Article, each Party shall\n  bear its own costs of discharging its responsibilities under this Agreement and for associated\n  Projects.',
      // GWP Statutes 2002, Art. 14(1), with this text's name for itself
      '  1. The operation of the Agreement shall be financed by voluntary contributions and donations\n  from governments and others.',
      // The library clause costs/treaty, and a bare "its own costs"
      '  Each Party shall bear its own costs arising from the implementation of this Agreement, unless the Parties agree otherwise in a particular case.',
      '  Each Party shall bear its own costs.',
      // The costs of meetings, in so many words
      '  Each Party shall bear the costs of its participation in the meetings of the monitoring committee.',
    ];
    for (const sentence of words) assert.deepEqual(notes(replaced(ets156, art25, sentence)), [], sentence);
  });

  it('Budapest Art. 46(4) is silent because it stands in the article on the consultations; moved out of it, the note is raised', () => {
    const budapest = real('budapest-convention');
    const moved = replaced(budapest, 'clause Art46-4 "Article 46 – Consultations of the Parties, paragraph 4" about costs', 'clause Art46-4 "Article 47 – Costs, paragraph 4" about costs');
    const found = notes(moved);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /^The costs clause Art46-4 reaches "expenses incurred in carrying out the provisions of paragraph 1", not the meetings of body Consultations/);
  });

  it('UNCAC Art. 63(3) names the Conference beside "the payment of expenses"; without that sentence, Art. 46 (costs of requests) does not reach it', () => {
    const uncac = real('un-convention-against-corruption-2003');
    const sentence = `  3.   The Conference of the States Parties shall adopt rules of procedure and rules governing the
  functioning of the activities set forth in this article, including rules concerning the admission
  and participation of observers, and the payment of expenses incurred in carrying out those
  activities.
`;
    const found = notes(replaced(uncac, sentence, ''));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /^The costs clause Art46 reaches "The ordinary costs of executing a request", not the meetings of body COSP/);
  });

  it('a library costs clause on activities under the instrument reaches the meetings (samples/pl-ua-cert-mou, costs/mou)', () => {
    const sample = wholeText('samples/pl-ua-cert-mou.entente');
    assert.match(sample, /clause Costs from library "costs\/mou"/);
    assert.match(sample, /^body /m);
    assert.deepEqual(notes(sample), []);
  });
});

describe('missing-body-costs under the profiles', () => {
  it('every profile keeps it a note on the concluded ETS 156; strict makes it a warning only on the draft, never an error', () => {
    const under = (profile: string, text = ets156) => diagnose(text, { settings: { profile } }).filter((d) => d.code === code).map((d) => d.severity);
    assert.deepEqual(under('treaty-review'), ['info']);
    assert.deepEqual(under('strict'), ['info']);
    assert.deepEqual(under('strict', draftOf(ets156)), ['warning']);
    assert.deepEqual(under('mou-review'), ['info']);
    assert.deepEqual(diagnose(ets156, { settings: { rules: { [code]: 'off' } } }).filter((d) => d.code === code), []);
  });
});

describe('an organ of an organisation that is a party is not a body the instrument pays for (NL–OPCW 1998)', () => {
  it('without its costs clauses, missing-costs names the inspections but not the Executive Council of the OPCW', () => {
    const opcw = real('nl-opcw-facility-agreement-1998');
    let untagged = opcw;
    for (const heading of ['"Section 10 – Administrative Arrangements"', '"Attachment 8 – Sampling and Analysis for Verification Purposes"', '"Attachment 10 – Administrative Arrangements"']) {
      untagged = replaced(untagged, `${heading} about costs """`, `${heading} """`);
    }
    const found = findingsOf(untagged, 'missing-costs');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /capacity-building Inspection/);
    assert.doesNotMatch(found[0].message, /ExecutiveCouncil/);
  });

  it('a body of the parties named after one of them that is a State is still counted', () => {
    const text = `treaty "Agreement" {
  status binding
}
party NL "Netherlands" { kind state }
party OPCW "Organisation for the Prohibition of Chemical Weapons" { kind international-organisation }
body Board "Board of the Netherlands" members NL, OPCW meets annually
`;
    assert.match(findingsOf(text, 'missing-costs')[0]?.message ?? '', /the meetings of body Board/);
  });
});

describe('missing-costs on a concluded text says what its reviewer can do (thirty-fourth run, point 5)', () => {
  const sanJose = real('marsamcar-caribbean-maritime-air-trafficking-2003');

  it('MARSAMCAR (an open convention whose only costly thing is its Meeting of the Parties): the usual answers, a note, no fix', () => {
    const [finding] = findingsOf(sanJose, 'missing-costs');
    assert.equal(finding.severity, 'info');
    assert.equal(
      finding.message,
      'Say who bears the costs of the meetings of body MeetingOfParties: in a multilateral convention the usual answers are the budget of the organisation that convenes the meetings or provides the secretariat, or the financial arrangements (financial rules, a budget, a trust fund) the Parties decide at their meeting. The text is concluded (the signature date is 2003-04-10): the silence is usual in a multilateral convention and nothing needs adding to the text: the answer is where such conventions leave it (the budget of the organisation that convenes the meetings or provides the secretariat, or a decision of the Parties on the financial arrangements; the costs of each Party\'s own delegation, such as its travel, that Party bears in practice); record it in a later agreement only if neither settles it.',
    );
    assert.deepEqual(finding.fixes, []);
  });

  it('the same text as a draft has no such note', () => {
    assert.doesNotMatch(findingsOf(draftOf(sanJose), 'missing-costs')[0].message, /concluded/);
  });

  it('where a library clause would be offered on a draft, the signed text gets the same note, not the general one', () => {
    const mou = (date: string) => `memorandum "MoU" {
  status non-binding
  signed at "Tallinn" on ${date}
}
participant EE "Estonia" { kind government-agency }
participant FI "Finland" { kind government-agency }
exercise Shield every 12 months led by EE with FI
`;
    const [draft] = findingsOf(mou('2027-03-01'), 'missing-costs');
    assert.ok(draft.fixes.length > 0);
    assert.doesNotMatch(draft.message, /concluded/);
    const [signed] = findingsOf(mou('2020-03-01'), 'missing-costs');
    assert.deepEqual(signed.fixes, []);
    // lr21, D5: nothing added to the signed text; an allocation elsewhere cited; the default with its reservation, in the signatories' own word.
    assert.match(signed.message, /^The text does not say who bears the costs of exercise Shield\. The text is concluded \(the signature date is 2020-03-01\): nothing is to be added to the signed text\. If another instrument allocates these costs \(an implementing arrangement, a protocol, an exchange of notes\), cite it in the review of this text; if an allocation is still wanted, the Participants can agree it in a later one\. Otherwise, unless the Participants have agreed otherwise elsewhere, in practice each usually bears what it spends\.$/);
    assert.doesNotMatch(signed.message, /amending instrument/);
  });
});

describe('missing-purpose-limitation says the same on every finding of a concluded text (thirty-fourth run, point 5)', () => {
  const note = /The text is concluded \(the signature date is 2005-05-16\): no fix that changes it is offered; the point is for an amending instrument or the next draft\.$/;

  it('CETS 196 channel Outcome, offered no fix for its own reason (the text has its own use rule), gets the note a withheld fix gets', () => {
    const cets196 = real('coe-cets196-prevention-of-terrorism-2005');
    const [finding] = findingsOf(cets196, 'missing-purpose-limitation').filter((d) => /^Channel Outcome /.test(d.message));
    assert.ok(finding);
    assert.deepEqual(finding.fixes, []);
    assert.match(finding.message, note);
    assert.doesNotMatch(findingsOf(draftOf(cets196), 'missing-purpose-limitation').find((d) => /^Channel Outcome /.test(d.message))?.message ?? 'none', /concluded/);
  });
});

