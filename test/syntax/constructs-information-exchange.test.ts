/**
 * Parse tests for the formulas of information exchange and cooperation (issue #9 item 5):
 * classification regimes, security agreements in force, implementing arrangements, designations,
 * onward sharing with exceptions, hedged exchange, non-TLP handling markings, free-text data
 * categories, channel deadlines, clock starts, notifiers and protocol thresholds. Each with a
 * near miss: the written form that is not the formula keeps its text and is reported, or is a
 * syntax error on the word at fault.
 */
import assert from 'node:assert/strict';
import { parse } from '../../server/src/language/syntax/parse';
import { parseClean, textAt } from './parse-helpers';

describe('parser: information exchange and cooperation formulas', () => {
  it('security agreement: a floor and a ceiling, a common scheme, an agreement in force', () => {
    const text = `security-agreement NATOSoI "Agreement … for the security of information" between BE, NL from CONFIDENTIAL up to TOP-SECRET {
  scheme common "NATO security classifications"
  concluded at "Brussels" on 1997-03-06
}`;
    const a = parseClean(text).ast.securityAgreements[0];
    assert.equal(a.from?.value, 'CONFIDENTIAL');
    assert.equal(a.upTo?.value, 'TOP-SECRET');
    assert.equal(a.scheme?.value, 'common');
    assert.equal(a.schemeName?.value, 'NATO security classifications');
    assert.equal(a.concluded?.place?.value, 'Brussels');
    assert.equal(a.concluded?.date?.text, '1997-03-06');
    assert.equal(textAt(text, a.concluded!.range), 'concluded at "Brussels" on 1997-03-06');
  });

  it('security agreement in force without place or date, and no ceiling', () => {
    const a = parseClean('security-agreement GSA between NL, CH { concluded }').ast.securityAgreements[0];
    assert.ok(a.concluded);
    assert.equal(a.concluded?.date, undefined);
    assert.equal(a.upTo, undefined);
  });

  it('equivalence rows: national to national, "no equivalent" and one-way handling, UNCLASSIFIED', () => {
    const text = `security-agreement NLSE between NL, SE {
  level equals NL "GEHEIM", SE "HEMLIG"
  level CONFIDENTIAL equals NL "CONFIDENTIEEL", SE none safeguarded-as "HEMLIG"
  level RESTRICTED equals NL "DIENSTGEHEIM", US none marked-as "Netherlands RESTRICTED"
  level UNCLASSIFIED equals NL "Ongeclassificeerd", SE none
}`;
    const rows = parseClean(text).ast.securityAgreements[0].equivalences;
    assert.equal(rows[0].level, undefined);
    assert.deepEqual(rows[0].markings.map((m) => [m.party.text, m.marking?.value]), [['NL', 'GEHEIM'], ['SE', 'HEMLIG']]);
    const se = rows[1].markings[1];
    assert.equal(se.none?.value, 'none');
    assert.equal(se.marking, undefined);
    assert.equal(se.handling?.value, 'safeguarded-as');
    assert.equal(se.handledAs?.value, 'HEMLIG');
    assert.equal(rows[2].markings[1].handling?.value, 'marked-as');
    assert.equal(rows[3].level?.value, 'UNCLASSIFIED');
    assert.equal(rows[3].markings[1].handling, undefined);
  });

  it('near miss: a misspelt scheme, "no equivalent" in words, a misspelt one-way handling keep their text', () => {
    const rows = parse(`security-agreement S between NL, SE {
  scheme shared
  level SECRET equals NL "GEHEIM", SE nothing
  level CONFIDENTIAL equals NL "CONFIDENTIEEL", SE none protected "HEMLIG"
}`).ast.securityAgreements[0];
    assert.equal(rows.scheme?.text, 'shared');
    assert.equal(rows.scheme?.value, undefined);
    assert.equal(rows.equivalences[0].markings[1].none?.text, 'nothing');
    assert.equal(rows.equivalences[0].markings[1].none?.value, undefined);
    assert.equal(rows.equivalences[1].markings[1].handling?.text, 'protected');
    assert.equal(rows.equivalences[1].markings[1].handling?.value, undefined);
  });

  it('channel: any level, a floor, words for what it carries, handling markings, onward exceptions, hedges, deadlines', () => {
    const text = `channel Exchange between NL, SE {
  carries classified, "technical data packages", "visitors' particulars"
  classification from CONFIDENTIAL under NLSE
  handling legend "country of origin, conditions of release, access controlled"
  handling originator-controlled
  onward sharing with-consent except NATO, "the Parties' armed forces"
  exchange when-practical, consistent-with-existing-arrangements "through diplomatic channels"
  deadline "answer a visit application" within 3 working-days of request
  deadline "notify a revocation of a certificate" within 2 weeks of decision
}`;
    const c = parseClean(text).ast.channels[0];
    assert.deepEqual(c.carries.map((k) => k.value), ['classified']);
    assert.deepEqual(c.carriesText.map((t) => t.value), ['technical data packages', "visitors' particulars"]);
    assert.equal(c.classification?.value, 'CONFIDENTIAL');
    assert.ok(c.andAbove);
    assert.deepEqual(c.handlingMarkings.map((m) => [m.caveat.value, m.text?.value]), [
      ['legend', 'country of origin, conditions of release, access controlled'],
      ['originator-controlled', undefined],
    ]);
    assert.deepEqual(c.onwardExcept.map((r) => ('multiline' in r ? r.value : r.text)), ['NATO', "the Parties' armed forces"]);
    assert.deepEqual(c.hedges.map((h) => h.value), ['when-practical', 'consistent-with-existing-arrangements']);
    assert.equal(c.hedgeText?.value, 'through diplomatic channels');
    assert.equal(c.deadlines.length, 2);
    assert.equal(c.deadlines[0].duty?.value, 'answer a visit application');
    assert.equal(c.deadlines[0].deadline?.within?.unit.value, 'working-day');
    assert.equal(c.deadlines[0].deadline?.within?.days, 3);
    assert.equal(c.deadlines[0].deadline?.start?.value, 'request');
    assert.equal(c.deadlines[1].deadline?.start?.value, 'decision');
    assert.equal(textAt(text, c.deadlines[0].range), 'deadline "answer a visit application" within 3 working-days of request');
  });

  it('channel: classification any, UNCLASSIFIED, and a hedge in words only', () => {
    const { ast } = parseClean('channel A between NL, BE { classification any under NATOSoI }\nchannel B between NL, BE { classification UNCLASSIFIED exchange "subject to national law" }');
    assert.equal(ast.channels[0].classification?.value, 'any');
    assert.equal(ast.channels[0].andAbove, undefined);
    assert.equal(ast.channels[1].classification?.value, 'UNCLASSIFIED');
    assert.deepEqual(ast.channels[1].hedges, []);
    assert.equal(ast.channels[1].hedgeText?.value, 'subject to national law');
  });

  it('near miss: "and-above", an unknown caveat and an unknown hedge keep their text; `marking legend` is a syntax error', () => {
    const c = parse('channel C between NL, SE { classification all handling secret-stuff exchange sometimes }').ast.channels[0];
    assert.equal(c.classification?.text, 'all');
    assert.equal(c.classification?.value, undefined);
    assert.equal(c.handlingMarkings[0].caveat.value, undefined);
    assert.equal(c.hedges[0].value, undefined);
    const text = 'channel C between NL, SE { marking legend "x" }';
    const problems = parse(text).problems;
    assert.equal(problems.length > 0, true);
    // TLP labels stay in `marking`; other markings have their own statement, which the message names.
    assert.match(problems[0].message, /Unexpected 'legend': a statement here starts with .*handling/);
  });

  it('protocol: clock start, notifier and threshold', () => {
    const text = `protocol Major {
  when severity significant
  threshold "an incident that has caused or can cause severe operational disruption"
  notify FI, EE by LV within 24 hours of awareness via Intel
  report final within 1 month of notification
}`;
    const p = parseClean(text).ast.protocols[0];
    assert.equal(p.threshold?.value, 'an incident that has caused or can cause severe operational disruption');
    assert.deepEqual(p.notifications[0].recipients.map((n) => n.text), ['FI', 'EE']);
    assert.deepEqual(p.notifications[0].notifiers.map((n) => n.text), ['LV']);
    assert.equal(p.notifications[0].deadline?.start?.value, 'awareness');
    assert.equal(p.notifications[0].deadline?.via?.text, 'Intel');
    assert.equal(p.reports[0].deadline?.start?.value, 'notification');
  });

  it('a clock start may be a keyword (`of classification`), and an unknown one keeps its text', () => {
    const p = parse('protocol P { notify FI within 4 hours of classification\n notify EE within 1 day of lunch }').ast.protocols[0];
    assert.equal(p.notifications[0].deadline?.start?.value, 'classification');
    assert.equal(p.notifications[1].deadline?.start?.text, 'lunch');
    assert.equal(p.notifications[1].deadline?.start?.value, undefined);
  });

  it('designations: a duty of each party, one party\'s designation, 24/7, channels served, notified to', () => {
    const text = `designate central-authority notified to "the Secretary General of the Council of Europe"
designate point-of-contact available 24/7
designate competent-authority NL "Minister of Defence" for Exchange, Visits
designate national-security-authority SE`;
    const [central, contact, competent, nsa] = parseClean(text).ast.designations;
    assert.equal(central.role?.value, 'central-authority');
    assert.equal(central.party, undefined);
    assert.equal(central.notifiedTo?.value, 'the Secretary General of the Council of Europe');
    assert.equal(contact.availability?.value, '24/7');
    assert.equal(competent.party?.text, 'NL');
    assert.equal(competent.name?.value, 'Minister of Defence');
    assert.deepEqual(competent.for.map((c) => c.text), ['Exchange', 'Visits']);
    assert.equal(nsa.party?.text, 'SE');
    assert.equal(nsa.name, undefined);
  });

  it('near miss: an unknown role keeps its text; a plural role is an alias', () => {
    const [a, b] = parse('designate spokesperson\ndesignate points-of-contact').ast.designations;
    assert.equal(a.role?.text, 'spokesperson');
    assert.equal(a.role?.value, undefined);
    assert.equal(b.role?.value, 'point-of-contact');
  });

  it('header: implements a treaty by file or by a security agreement, with what it takes; implemented by', () => {
    const mou = parseClean(`arrangement "MoU" {
  implements "nl-se-agreement.entente" article 7 with status, effect, duration, termination, disputes
}`).ast.instrument!;
    assert.equal(mou.implements?.file?.value, 'nl-se-agreement.entente');
    assert.equal(mou.implements?.article && 'text' in mou.implements.article ? mou.implements.article.text : undefined, '7');
    assert.deepEqual(mou.implements?.inherits.map((w) => w.value), ['status', 'effect', 'duration', 'termination', 'disputes']);
    const protocol = parseClean('arrangement "Security Protocol" { implements GSOIA with final-clauses }').ast.instrument!;
    assert.equal(protocol.implements?.agreement?.text, 'GSOIA');
    assert.deepEqual(protocol.implements?.inherits.map((w) => w.value), ['final-clauses']);
    const treaty = parseClean('treaty "Agreement" { implemented by "mou.entente", "protocol.entente" article "2.g" }').ast.instrument!;
    assert.deepEqual(treaty.implementedBy[0].files.map((f) => f.value), ['mou.entente', 'protocol.entente']);
    assert.equal(treaty.implementedBy[0].article && 'multiline' in treaty.implementedBy[0].article ? treaty.implementedBy[0].article.value : undefined, '2.g');
  });

  it('near miss: an unknown inherited item keeps its text; `implements` without a target is a syntax error on the header line', () => {
    const mou = parse('arrangement "MoU" { implements "t.entente" with everything }').ast.instrument!;
    assert.equal(mou.implements?.inherits[0].text, 'everything');
    assert.equal(mou.implements?.inherits[0].value, undefined);
    const broken = parse('arrangement "MoU" {\n  implements with status\n  effect on signature\n}\nparticipant NL "Netherlands"');
    assert.ok(broken.problems.length > 0);
    assert.equal(broken.problems[0].range.start.line, 1);
    assert.equal(broken.ast.parties[0]?.id?.text, 'NL');
  });

  it('amendment words may be words that are keywords elsewhere (exchange of letters, article)', () => {
    const { ast } = parseClean('arrangement "A" { amendment by exchange of letters at the request of either Party }');
    assert.equal(ast.instrument?.amendment?.procedure, 'exchange of letters at the request of either Party');
  });

  it('channel senders: `from OPCW` names who sends; `classification from` is still the level and above', () => {
    const text = `channel MedicalRecords between OPCW, NL {
  from OPCW
  carries personal-data
  classification from CONFIDENTIAL
}`;
    const c = parseClean(text).ast.channels[0];
    assert.deepEqual(c.senders.map((s) => s.text), ['OPCW']);
    assert.equal(textAt(text, c.senders[0].range), 'OPCW');
    assert.equal(c.classification?.value, 'CONFIDENTIAL');
    assert.ok(c.andAbove);
    assert.deepEqual(parseClean('channel C between EE, FI, LV { from EE, FI carries indicators }').ast.channels[0].senders.map((s) => s.text), ['EE', 'FI']);
    // Without `from`, no sender is named: every member sends.
    assert.deepEqual(parseClean('channel C between EE, FI { carries indicators }').ast.channels[0].senders, []);
  });

  it('near miss: `from` with no sender is a syntax error on that line, and the channel goes on', () => {
    const text = 'channel C between EE, FI {\n  from\n  marking TLP:AMBER\n  onward sharing none\n}\nparticipant EE "Estonia"\n';
    const { ast, problems } = parse(text);
    assert.equal(problems.length, 1, problems.map((p) => p.message).join('\n'));
    assert.ok(problems[0].range.start.line <= 2, problems[0].message);
    assert.equal(ast.channels[0].senders.length, 0);
    assert.equal(ast.channels[0].marking?.value, 'TLP:AMBER');
    assert.equal(ast.channels[0].onwardSharing?.value, 'none');
    assert.equal(ast.parties.length, 1);
    // `from` in another block is a channel's statement written in the wrong place.
    const misplaced = parse('participant EE "Estonia" {\n  from EE\n  kind state\n}\n');
    assert.equal(misplaced.problems.length, 1);
    assert.match(misplaced.problems[0].message, /^'from' starts a statement of a channel, not of a party/);
    assert.equal(misplaced.ast.parties[0].kind?.value, 'state');
  });
});
