/**
 * A deadline stated as a standard, not a period: `notify forthwith` (Early Notification 1986 Art.
 * 2(a) "forthwith notify"), `notify … without-delay` (OPRC 1990 Art. 5(1)(c) "then, without delay,
 * inform"). Parsed into `Deadline.standard`, satisfies the rules that ask for a deadline, is never
 * read as hours, and is printed in the text's own words.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language/index';
import { parse } from '../../server/src/language/syntax/parse';
import { applyEdits, fixture, mainUri } from '../features/feature-fixture';
import { checkNoDiagnostics, diagnose } from '../helpers/fixture';

const states = 'party States "All States" {\n  kind state\n  class open\n}\nchannel Notification between States\n';

describe('deadlines stated as a standard (forthwith, without delay)', () => {
  it('parses each standard, with and without recipients, notifiers and channel', () => {
    const { ast, problems } = parse(`${states}protocol Accident {
  notify forthwith via Notification
  notify States without-delay
  notify States by States immediately via Notification
  report follow-up promptly
  escalate to Board without-undue-delay
}
`);
    assert.deepEqual(problems, []);
    const p = ast.protocols[0];
    assert.deepEqual(
      p.notifications.map((n) => [n.recipients.map((r) => r.text), n.notifiers.map((r) => r.text), n.deadline?.standard?.value, n.deadline?.within, n.deadline?.via?.text]),
      [
        [[], [], 'forthwith', undefined, 'Notification'],
        [['States'], [], 'without-delay', undefined, undefined],
        [['States'], ['States'], 'immediately', undefined, 'Notification'],
      ],
    );
    assert.equal(p.reports[0].deadline?.standard?.value, 'promptly');
    assert.equal(p.escalations[0].deadline?.standard?.value, 'without-undue-delay');
    // The standard's range is the word itself, as written.
    const standard = p.notifications[0].deadline?.standard;
    assert.deepEqual(standard?.range, { start: { line: 6, character: 9 }, end: { line: 6, character: 18 } });
  });

  it('takes a standard in a channel deadline too', () => {
    const { ast, problems } = parse(`${states.replace('channel Notification between States\n', '')}channel Requests between States {\n  deadline "respond to a request for further information" promptly\n}\n`);
    assert.deepEqual(problems, []);
    assert.equal(ast.channels[0].deadlines[0].deadline?.standard?.value, 'promptly');
  });

  it('near misses: a misspelt standard, "without delay" in two words, or a period and a standard together are syntax errors, never a guessed deadline', () => {
    for (const line of ['notify States forthwit', 'notify States without delay', 'notify States within 24 hours forthwith', 'notify States forthwith of awareness']) {
      const { problems } = parse(`${states}protocol Accident {\n  ${line}\n}\n`);
      assert.ok(problems.length > 0, line);
    }
  });

  it('a standard is a deadline for missing-incident-notification-terms (Early Notification Art. 2(a))', () => {
    const codes = ['missing-incident-notification-terms'];
    checkNoDiagnostics(`${states}protocol Accident {\n  when category "nuclear accident"\n  notify States forthwith via Notification\n  content "the nuclear accident, its nature, the time of its occurrence and its exact location where appropriate"\n}\n`, codes);
    // Near miss: a standard on a report only is no deadline for the notification.
    const [finding] = diagnose(`${states}protocol Accident {\n  when category "nuclear accident"\n  report follow-up promptly via Notification\n  content "the nuclear accident"\n}\n`).filter((d) => d.code === codes[0]);
    assert.equal(finding?.message, 'Incident protocol Accident lacks a deadline (`notify within …`, or a standard such as `notify forthwith`).');
  });

  it('asks no starting point of a standard (time-limit-without-start), and still asks it of a period', () => {
    const codes = ['time-limit-without-start'];
    checkNoDiagnostics(`${states}protocol Accident {\n  notify States forthwith\n  notify States without-delay via Notification\n}\n`, codes);
    assert.equal(diagnose(`${states}protocol Accident {\n  notify States within 24 hours\n}\n`).filter((d) => d.code === codes[0]).length, 1);
  });

  it('raises no error and no number of hours on a standard beside a statutory reporting duty', () => {
    const text = 'participant BANK "Example Bank" {\n  kind company\n  jurisdiction EE\n  regimes DORA, NIS2\n}\nparticipant EE "Estonia" { kind state jurisdiction EE }\nchannel Intel between BANK, EE\nprotocol Major {\n  when severity significant\n  notify EE by BANK without-undue-delay via Intel\n  content "the nature of the incident"\n}\n';
    const found = diagnose(text);
    assert.deepEqual(found.filter((d) => d.severity === 'error').map((d) => d.code), []);
    for (const d of found) assert.doesNotMatch(d.message, /without-undue-delay.*\bhours\b|\bhours\b.*without-undue-delay/, d.code);
    const statutory = found.find((d) => d.code === 'statutory-reporting-not-reserved');
    assert.equal(statutory?.severity, 'info');
  });

  it('zero-quantity on a deadline of 0 points to the standard the text may state ("notified immediately", NL–SE MoU 1984, Section 7)', () => {
    const probe = `${states}protocol Breach {\n  notify States within 0 hours of awareness\n}\n`;
    const [zero] = diagnose(probe).filter((d) => d.code === 'zero-quantity');
    assert.equal(zero?.severity, 'error');
    assert.match(zero.message, /cannot be met: give a number above zero\. If the text sets no period but says "immediately", "forthwith" or "without delay", write that word instead of `within …`/);
    // Near miss: a notice of 0 months is no deadline, and the message says nothing of standards.
    const [notice] = diagnose('treaty "T" {\n  status binding\n  termination with notice of 0 months\n}\n').filter((d) => d.code === 'zero-quantity');
    assert.doesNotMatch(notice?.message ?? 'missing', /immediately|missing/);
  });

  it('prints the standard in the text\'s words in every export, never as a period', () => {
    const service = createEntenteService();
    const uri = 'file:///en.entente';
    service.open(
      uri,
      `treaty "Convention" { status binding }\n${states}protocol Accident {\n  when category "nuclear accident"\n  notify States forthwith via Notification\n  report follow-up promptly\n  escalate to Board without-delay\n}\nbody Board "Board of the Parties" members States meets annually\n`,
    );
    for (const format of ['markdown', 'html', 'akn'] as const) {
      const out = service.render(uri, format) ?? '';
      // The only party is the class "All States": every Party, so "the other Parties", never the class label (lr1, point 2b).
      assert.match(out, /shall notify the other Parties forthwith through the channel referred to in Article \d+\./, format);
      assert.match(out, /shall provide a follow-up report promptly\./, format);
      assert.match(out, /shall refer the incident to the Board of the Parties without delay\./, format);
      assert.doesNotMatch(out, /within|hours|without-delay|of becoming aware/, format);
    }
  });

  it('offers the standards after `notify`, explains them on hover, and formatting keeps them', () => {
    const complete = fixture(`${states}protocol Accident {\n  notify States $0\n}\n`);
    const labels = complete.service.complete(mainUri, complete.position).map((i) => i.label);
    for (const word of ['within', 'forthwith', 'immediately', 'promptly', 'without-delay', 'without-undue-delay']) assert.ok(labels.includes(word), word);
    const hover = fixture(`${states}protocol Accident {\n  notify States forth$0with\n}\n`);
    assert.match(hover.service.hover(mainUri, hover.position)?.contents ?? '', /^\*\*forthwith\*\* — A deadline stated as a standard, not a period/);
    const source = `${states}protocol Accident {\nnotify States    without-undue-delay   via Notification\n}\n`;
    const messy = fixture(source);
    const formatted = applyEdits(source, messy.service.format(mainUri, { tabSize: 2, insertSpaces: true }));
    assert.match(formatted, /\n {2}notify States without-undue-delay via Notification\n/);
  });
});
