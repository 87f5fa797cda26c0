/**
 * The quick-fix review's class B, library clauses (test/probes/fix-review/REPORT.md, items 5–8,
 * 11, 12, 17): a clause is offered for a finding only where its principal topic is the finding's,
 * it speaks in the instrument's decided voice, and the field it is written for (cyber security,
 * criminal justice) is the instrument's. Each case is the report's own text.
 */
import assert from 'node:assert/strict';
import { builtInLibrary } from '../../server/src/language/library/builtin-library';
import { libraryFixTitlePrefix } from '../../server/src/language/rules/support/fixes';
import { draftFixesIn, draftOf, findingsOf, fixesIn, inserted, repoText } from '../helpers/fix-review';

// The real texts read as the drafts they were (`draftOf`): a concluded text is offered no library
// clause at all, and the review asked which clause fits a draft.
const libraryFixes = (path: string, code: string, line?: number) => draftFixesIn(path, code, line).filter((f) => f.title.startsWith(libraryFixTitlePrefix));

describe('library clauses offered by quick fixes (fix review, class B)', () => {
  it('item 5: gives a customs treaty transfer safeguards without a cyber purpose of their own', () => {
    // The treaties' own use rules ("shall only be used for the purposes specified in paragraph 1 of
    // Article 2", "used solely for the purposes of this Agreement") are taken out: where they stand,
    // no safeguards clause is offered beside them (second quick-fix review, item 2; fix-review-2.test.ts).
    for (const [path, line] of [['test/real-instruments/nl-jp-customs-mutual-assistance-2009.entente', 238], ['test/real-instruments/nl-us-customs-mutual-assistance-1996.entente', 260]] as const) {
      const draft = draftOf(repoText(path))
        .replace(/shall only be used for the purposes specified/g, 'shall be protected as specified')
        .replace(/shall be used solely for the purposes of this Agreement and solely by the Customs\s+Administrations/g, 'shall be protected');
      const [fix] = findingsOf(draft, 'missing-transfer-safeguards', line).flatMap((d) => d.fixes).filter((f) => f.title.startsWith(libraryFixTitlePrefix));
      assert.ok(fix, `${path}: the safeguards the finding asks for are still offered`);
      assert.doesNotMatch(inserted(fix), /cyber/i);
      assert.match(inserted(fix), /only for the purposes for which they were transferred\./);
    }
  });

  it('item 7: offers no capacity-building clause for a finding on the status of personnel', () => {
    for (const [path, line] of [['test/real-instruments/acs-natural-disasters-1999.entente', 269], ['test/real-instruments/nl-jp-customs-mutual-assistance-2009.entente', 243]] as const) {
      assert.deepEqual(libraryFixes(path, 'missing-status-of-personnel', line).map((f) => f.title), []);
    }
  });

  it('item 11: offers no cyber-exercise clause to a crisis-management memorandum', () => {
    assert.deepEqual(libraryFixes('test/real-instruments/benelux-crisis-management-mou-2006.entente', 'missing-exercise-terms', 192), []);
    assert.deepEqual(libraryFixes('test/probes/twelfth/benelux-2006-non-binding-notifications.entente', 'missing-exercise-terms', 118), []);
  });

  it('item 11: offers the exercise clause to a cyber instrument only where no exercise states a cadence or lead', () => {
    const mou = (exercises: string) =>
      `memorandum "MoU" { status non-binding }\nparticipant EE "CERT-EE" { kind national-cert }\nparticipant FI "NCSC-FI" { kind national-cert }\n${exercises}`;
    const offered = (text: string) => findingsOf(text, 'missing-exercise-terms').flatMap((d) => d.fixes).map((f) => f.title);
    assert.deepEqual(offered(mou('exercise Shield\n')), [`${libraryFixTitlePrefix} "Joint exercises" (exercises/mou)`]);
    // "at least once a year" would contradict the 24 months the text states for the other exercise.
    assert.deepEqual(offered(mou('exercise Shield\nexercise Locked every 24 months led by EE\n')), []);
  });

  it('reads incident reports alone as every field\'s: a civil-protection MoU gets no cyber purpose or TLP clause', () => {
    // As the eighteenth red-team run's civil-protection probe: disaster alerts, no CERT.
    const mou = (carries: string) =>
      `memorandum "Civil protection MoU" { status non-binding }\nparticipant NL "National Crisis Centre" { kind government-agency jurisdiction NL }\nparticipant BE "NCCN" { kind government-agency jurisdiction BE }\nchannel Alerts between NL, BE {\n  carries ${carries}\n}\n`;
    const offered = (text: string) => [...findingsOf(text, 'missing-purpose-limitation'), ...findingsOf(text, 'missing-handling-marking')].flatMap((d) => d.fixes).map((f) => f.title);
    // Only the generic purpose clause (purpose-limitation/mou 2.0.0: "only for the purposes for
    // which it was provided", eighteenth red team item 6), never a cyber purpose or a TLP clause.
    assert.deepEqual(offered(mou('incident-reports, "situation reports on disasters"')), ['Insert library clause "Use of information and onward sharing" (purpose-limitation/mou)']);
    assert.doesNotMatch(JSON.stringify(builtInLibrary().get('purpose-limitation/mou')?.text), /cyber/i);
    assert.equal(offered(mou('incident-reports, indicators')).length, 2, 'indicators of compromise are what CSIRTs exchange');
  });

  it('item 12: answers a finding under Art. 35 with the criminal-justice 24/7 network, never the incident-response desk', () => {
    const [fix] = libraryFixes('scripts-review/doc-examples/missing-24-7-contact (MC13).entente', 'missing-24-7-contact');
    assert.match(fix.title, /contact-24-7\/treaty-criminal-justice/);
    assert.doesNotMatch(inserted(fix), /does not provide for assistance in the investigation/);
  });

  it('item 17: offers no clause in either voice where the status is undetermined', () => {
    for (const [path, code, line] of [
      ['test/real-instruments/benelux-crisis-management-mou-2006.entente', 'missing-costs', 92],
      ['test/real-instruments/nl-us-defense-cooperation-mou-1978.entente', 'missing-breach-procedure', 147],
      ['test/real-instruments/nl-us-defense-cooperation-mou-1978.entente', 'missing-security-agreement', 147],
      ['test/probes/seventeenth/nlse-1984-mou-secret-under-national-table.entente', 'missing-points-of-contact', 21],
    ] as const) {
      assert.deepEqual(libraryFixes(path, code, line).map((f) => f.title), [], `${path}:${line} ${code}`);
    }
  });

  it('item 6: completes an incident protocol in the protocol, never with a second regime beside it', () => {
    assert.deepEqual(fixesIn('samples/review-me.entente', 'missing-incident-notification-terms', 66), []);
    assert.deepEqual(fixesIn('test/probes/seventeenth/nlse-1984-mou-notify-immediately.entente', 'missing-incident-notification-terms'), []);
  });

  it('offers a bilateral formula only to a bilateral instrument: no two-party equivalence table for three parties', () => {
    const parties = (n: number) => ['EE', 'FI', 'LV'].slice(0, n).map((id) => `party ${id} "${id}" { kind state jurisdiction ${id} }\n`).join('');
    const text = (n: number) => `treaty "Agreement" { status binding }\n${parties(n)}security-agreement GSA between ${['EE', 'FI', 'LV'].slice(0, n).join(', ')} up to SECRET\n`;
    const offered = (n: number) => findingsOf(text(n), 'missing-classification-equivalence').flatMap((d) => d.fixes).map((f) => f.title);
    assert.deepEqual(offered(2), [`${libraryFixTitlePrefix} "Equivalence of security classification levels" (classification-equivalence/treaty)`]);
    assert.deepEqual(offered(3), []);
  });

  it('still offers the clauses where subject, topic and voice fit: a cyber MoU gets its confidentiality and survival clauses', () => {
    const survival = libraryFixes('samples/review-me.entente', 'missing-survival').concat(libraryFixes('samples/review-me.entente', 'missing-confidentiality-survival'));
    assert.ok(survival.length > 0 && survival.every((f) => /survival\/mou/.test(f.title)), survival.map((f) => f.title).join(', '));
    // Not costs/mou: review-me sets up nothing that costs money (twentieth run: costs are asked only then),
    // and even with training it notifies within 72 hours, a firm duty the clause's funds proviso would
    // condition (round 23; twenty-third-run.test.ts holds the MoU without firm duties that still gets it).
    assert.deepEqual(findingsOf(repoText('samples/review-me.entente'), 'missing-costs'), []);
    const training = `${repoText('samples/review-me.entente')}\ncapacity-building Training by US for EE { activities training }\n`;
    const costs = findingsOf(training, 'missing-costs');
    assert.equal(costs.length, 1);
    assert.ok(!costs.flatMap((d) => d.fixes).some((f) => /costs\/mou/.test(f.title)));
  });
});
