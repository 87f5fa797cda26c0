/**
 * The thirty-sixth real-instrument run (test/real-instruments/THIRTY-SIXTH-RUN.md), from the two
 * conventions it transcribed: the Helsinki Convention on the Transboundary Effects of Industrial
 * Accidents (UNECE, 1992; BWBV0001834) and the Arms Trade Treaty (2013; BWBV0006233).
 *
 * Closing-list item 1 / point 2 (treaty-amendment-by-decision): a procedure with a track on which
 * amendments take effect for every Party that has not objected — Annex I amendments "shall become
 * effective for those Parties to this Convention which have not submitted a notification" that
 * they are unable to approve them (Helsinki Art. 26(4)(b)–(c)) — is a simpler procedure than the
 * ratification the treaty needs, though the other track of the same procedure is "subject to
 * ratification, acceptance or approval" (Art. 26(3)). So is CETS 198 Art. 54(7)–(9), an amendment
 * in force "for those Parties which have not notified an objection", and an ATP (1970; BWBV0004371)
 * amendment "deemed to have been accepted" when no objection is stated (Art. 18(5)).
 *
 * Under `treaty-review` the note is a warning, not an error: the text says the simpler procedure is
 * lawful where the treaty provides it (VCLT Art. 39), and a concluded convention that does so has no
 * defect to correct, as a lawful treaty silent on reservations or registration has none (the
 * sixteenth run's reason for making those warnings under the same profile).
 *
 * Point 3 (probe 10): `incident-reports` is a cyber category — a channel that carries it is expected
 * to have a TLP marking — and its hover says so, and that an industrial-accident notification is
 * written in the text's own words, as the Helsinki file writes Annex IX para. 2.
 *
 * Point 4 (missing-reservations-clause on a draft, probe 12): the library clause "No reservations
 * may be made to this Convention." decides what `reservations none` decides (VCLT Art. 19(a)) and
 * is titled as the same policy choice.
 */
import assert from 'node:assert/strict';
import { libraryFixTitlePrefix } from '../../server/src/language/rules/support/fixes';
import { applyCodeFix } from '../helpers/edits';
import { diagnose } from '../helpers/fixture';
import { draftOf, findingsOf, wholeText } from '../helpers/fix-review';
import { fixture, mainUri } from '../features/feature-fixture';
import { replaced } from '../helpers/replaced-once';
import { underlined } from '../helpers/underlined';

const helsinki = wholeText('test/real-instruments/unece-industrial-accidents-convention-1992.entente');
const warsaw = wholeText('test/real-instruments/coe-cets198-warsaw-laundering-2005.entente');
const att = wholeText('test/real-instruments/un-arms-trade-treaty-2013.entente');

const amendment = (text: string) => findingsOf(text, 'treaty-amendment-by-decision');

describe('thirty-sixth real-instrument run, item 1: tacit acceptance of amendments (treaty-amendment-by-decision)', () => {
  const annexI =
    'amendments to Annex I adopted, as a last resort, by a nine-tenths majority vote of the Parties present and voting, effective twelve months after their communication for the Parties that have not notified that they are unable to approve them';

  it('Helsinki Art. 26(4): Annex I amendments effective for the Parties that have not notified raise the info note on that track', () => {
    const found = amendment(helsinki);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'info');
    assert.equal(underlined(helsinki, found[0].range), 'effective twelve months after their communication for the Parties that have not notified');
    assert.match(found[0].message, /tacit acceptance/);
    assert.match(found[0].message, /without its ratification, acceptance or approval/);
  });

  it('CETS 198 Art. 54(7)–(9): an amendment in force for those that have not objected raises it too', () => {
    const found = amendment(warsaw);
    assert.equal(found.length, 1);
    // Art. 54(8)–(9): one third of the Parties objecting stops it, the others are bound unless they
    // object themselves — the share is underlined and named (fifty-first run, item 1).
    assert.equal(underlined(warsaw, found[0].range), 'in force one year after forwarding to the Parties for those that have not objected, unless one third of the Parties object');
    assert.match(found[0].message, /deemed accepted unless one third of the Parties object within the period the treaty sets, and it then binds every Party that has not objected/);
  });

  it('an amendment in force "unless one third of the Parties object" is tacit acceptance as well', () => {
    const text = replaced(helsinki, annexI, 'amendments to Annex I adopted by a nine-tenths majority vote, in force twelve months after their communication unless one third of the Parties object');
    assert.equal(amendment(text).length, 1);
  });

  it('ATP 1970 Art. 18(5): an amendment "deemed to have been accepted" if no objection is stated is tacit acceptance as well', () => {
    const text = replaced(helsinki, annexI, 'amendments to Annex I deemed to have been accepted if no objection to the proposed amendment has been stated within six months');
    assert.equal(amendment(text).length, 1);
  });

  it('near miss: an amendment "deemed not to have been accepted" once an objection is stated (ATP Art. 18(4)) is no tacit acceptance', () => {
    const text = replaced(helsinki, annexI, 'amendments to Annex I deemed not to have been accepted if an objection is stated, and otherwise subject to ratification, acceptance or approval');
    assert.deepEqual(amendment(text), []);
  });

  it('near miss: Helsinki with the Art. 26(3) track alone (ratification, acceptance or approval) is silent', () => {
    assert.deepEqual(amendment(replaced(helsinki, `. ${annexI}`, '')), []);
  });

  it('near miss: Annex I amendments effective only for the Parties that have approved them are silent', () => {
    const text = replaced(helsinki, annexI, 'amendments to Annex I adopted by a nine-tenths majority vote of the Parties present and voting, effective twelve months after their communication for the Parties that have approved them');
    assert.deepEqual(amendment(text), []);
  });

  it('near miss: an adoption "unless a Party objects" at the meeting, then ratification, is not tacit acceptance', () => {
    const text = replaced(helsinki, annexI, 'amendments to Annex I adopted at the meeting unless a Party objects. in force for the Parties that have ratified them');
    assert.deepEqual(amendment(text), []);
  });

  it('near miss: "Parties which are not members of the Council of Europe" is no objection (CETS 198 without its Art. 54(6)–(10) track)', () => {
    const text = replaced(warsaw, ', in force one year after forwarding to the Parties for those that have not objected, unless one third of the Parties object', ', subject to acceptance by all Parties');
    assert.match(text, /Parties which are not members of the Council of Europe/);
    assert.deepEqual(amendment(text), []);
  });

  it('near miss: the ATT (in force for each State Party that has deposited its instrument of acceptance, Art. 20(4)) is silent', () => {
    assert.match(att, /in force for each State Party that has deposited its instrument of acceptance/);
    assert.deepEqual(amendment(att), []);
  });
});

describe('thirty-sixth real-instrument run, item 1 under treaty-review: a lawful simpler amendment procedure is a warning', () => {
  const underTreatyReview = (text: string) => diagnose(text, { settings: { profile: 'treaty-review' } });

  it('Helsinki and CETS 198 under treaty-review: treaty-amendment-by-decision at warning, not error', () => {
    for (const text of [helsinki, warsaw]) {
      const found = underTreatyReview(text).filter((d) => d.code === 'treaty-amendment-by-decision');
      assert.deepEqual(found.map((d) => d.severity), ['warning']);
    }
  });

  it('near miss: the Convention without its depositary is still an error under treaty-review (MC06)', () => {
    const text = replaced(helsinki, '  depositary "Secretary-General of the United Nations"\n', '');
    const withoutDepositary = replaced(text, ' in single original deposited with "the Secretary-General of the United Nations"', '');
    const untagged = replaced(withoutDepositary, '"Article 28 – Depositary" about depositary', '"Article 28 – Depositary"');
    const found = underTreatyReview(draftOf(untagged)).filter((d) => d.code === 'missing-depositary');
    assert.deepEqual(found.map((d) => d.severity), ['error']);
    // On the concluded Convention no profile makes it more than a note: the message states the law
    // without a depositary (VCLT Arts. 16, 78(a)) and nothing is to be added (rf116, r116 defect 1).
    assert.deepEqual(underTreatyReview(untagged).filter((d) => d.code === 'missing-depositary').map((d) => d.severity), ['info']);
  });
});

describe('thirty-sixth real-instrument run, point 4: the reservations library clause titled as a policy choice', () => {
  const code = 'missing-reservations-clause';

  it('Helsinki as a draft: "No reservations may be made" is offered as the choice `reservations none` makes, not preferred', () => {
    const draft = draftOf(helsinki);
    const [finding] = findingsOf(draft, code);
    assert.ok(finding, `${code} reported`);
    const library = finding.fixes.find((f) => f.title.startsWith(libraryFixTitlePrefix));
    assert.ok(library, finding.fixes.map((f) => f.title).join(' | '));
    assert.match(library.title, /\(reservations\/treaty-none\) \(a policy choice: no reservation may be made, VCLT Art\. 19\(a\), as `reservations none`\)$/);
    assert.equal(library.preferred, false);
    const fixed = applyCodeFix(draft, library);
    assert.match(fixed, /No reservations may be made to this Convention\./);
    assert.ok(!diagnose(fixed).some((d) => d.code === code));
  });

  it('near miss: the library fix of another missing final clause is not titled a policy choice', () => {
    const text = 'treaty "Convention" {\n  effect on signature\n}\nparty EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nparty LV "Latvia" { kind state }\n';
    const titles = diagnose(text)
      .filter((d) => d.code !== code)
      .flatMap((d) => d.fixes.map((f) => f.title))
      .filter((t) => t.startsWith(libraryFixTitlePrefix));
    assert.ok(titles.length > 0);
    assert.ok(titles.every((t) => !/policy choice/.test(t)), titles.join(' | '));
  });
});

describe('thirty-sixth real-instrument run, point 3: what `incident-reports` carries', () => {
  const notifications = 'channel Notifications between States, Organizations {\n  carries "The type and magnitude of the industrial accident';

  it('the hover on `incident-reports` in the Helsinki Notifications channel (probe 10) says it is a cyber category and what to write instead', () => {
    const probe = replaced(helsinki, notifications, 'channel Notifications between States, Organizations {\n  carries incident-re$0ports, "The type and magnitude of the industrial accident');
    const { service, position } = fixture(probe);
    const contents = service.hover(mainUri, position)?.contents ?? '';
    assert.match(contents, /cyber-security incidents/);
    assert.match(contents, /handling marking \(TLP\) is expected/);
    assert.match(contents, /industrial, nuclear or pollution accident are not such reports: write what the channel carries in the text’s own words, in quotes/);
  });

  it('near miss: the Helsinki Notifications channel as transcribed, in the text’s own words, is asked for no marking', () => {
    assert.ok(helsinki.includes(notifications));
    assert.deepEqual(findingsOf(helsinki, 'missing-handling-marking'), []);
  });
});
