/**
 * The thirty-ninth real-instrument run (test/real-instruments/THIRTY-NINTH-RUN.md), from its two
 * texts: the OPRC-HNS Protocol 2000 (BWBV0004763) and the International COSPAS-SARSAT Programme
 * Agreement 1988 (BWBV0002153).
 *
 * Closing items 1–3: information meant to be acted on and passed on is asked neither for a handling
 * marking nor for a use limitation — a notice of a pollution incident to "other States whose
 * interests are likely to be affected" (OPRC-HNS Art. 3(3)), and the Parties' exchange under an
 * Agreement that gives its distress data "to the international community … on a non-discriminatory
 * basis" and "free of charge to all States" (COSPAS-SARSAT Arts. 2(b), 6.3). The ground is the
 * text's words, not the `exchange` statement as such: generic exchange words, cyber-security,
 * personal, classified or criminal-case content, a declared category and a national CERT member keep
 * both findings. Item 4: under `--profile treaty-review`, MoU wording in a treaty stays the drafting
 * note it is (info).
 */
import assert from 'node:assert/strict';
import { findingsOf, repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { profiles } from '../../server/src/language/config/profiles';
import { replaced } from '../helpers/replaced-once';

const hns = repoText('test/real-instruments/imo-oprc-hns-protocol-2000.entente');
const cospas = repoText('test/real-instruments/cospas-sarsat-programme-agreement-1988.entente');

const marking = (text: string) => findingsOf(text, 'missing-handling-marking');
const purpose = (text: string) => findingsOf(text, 'missing-purpose-limitation');

/** The 0-based line of a declaration that starts with these words. */
const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start));

const art33 = 'they shall notify other States whose interests are likely to be affected by such incident.';

describe('thirty-ninth real-instrument run, item 1: a notice to the States an incident threatens (OPRC-HNS Art. 3(3))', () => {
  it('OPRC-HNS as transcribed: IncidentNotification is asked neither for a marking nor for a use limit', () => {
    assert.match(hns, /channel IncidentNotification between States \{\n  exchange "When the appropriate authorities/);
    assert.deepEqual(marking(hns), []);
    assert.deepEqual(purpose(hns), []);
  });

  it('under --profile strict nothing is an error (the channel had two; missing-dispute-settlement, on the concluded text, is a note: sixty-eighth run, item 2)', () => {
    const findings = diagnose(hns, { settings: { profile: 'strict' } });
    assert.deepEqual(findings.filter((d) => d.severity === 'error').map((d) => d.code), []);
    assert.deepEqual(findings.filter((d) => d.code === 'missing-dispute-settlement').map((d) => d.severity), ['info']);
  });

  it('"inform all States whose interests are affected or likely to be affected" (OPRC 1990 Art. 5(1)(c)) and "which are or may be physically affected" (Early Notification Art. 2) are notices too', () => {
    for (const words of ['they shall inform all States whose interests are affected or likely to be affected by such incident.', 'they shall notify those States which are or may be physically affected.']) {
      const text = replaced(hns, art33, words);
      assert.deepEqual(marking(text), [], words);
      assert.deepEqual(purpose(text), [], words);
    }
  });

  it('the Early Notification channel without its `carries` (thirty-fifth run, probe E1): "forthwith notify … those States which are or may be physically affected" (Art. 2) is a notice too', () => {
    const early = repoText('test/real-instruments/iaea-early-notification-nuclear-accident-1986.entente');
    const withoutCarries = early.replace(/^  carries "the nuclear accident[^\n]*\n/m, '');
    assert.notEqual(withoutCarries, early);
    assert.deepEqual(marking(withoutCarries), []);
    assert.deepEqual(purpose(withoutCarries), []);
    const silent = withoutCarries.replace(/^  exchange "In the event of an accident[^\n]*\n/m, '');
    assert.equal(purpose(silent).length, 1, 'with no words at all the channel is still asked for a use limit');
  });

  it('near miss: exchange words that are no notice to the States affected ("exchange information on pollution incidents") keep both', () => {
    const generic = replaced(hns, `"When the appropriate authorities of a Party learn of a pollution incident, ${art33}"`, '"Parties shall exchange information on pollution incidents."');
    assert.equal(marking(generic).length, 1);
    assert.equal(marking(generic)[0].range.start.line, lineOf(generic, 'channel IncidentNotification '));
    assert.equal(purpose(generic).length, 1);
  });

  it('near miss: the same notice of a cyber incident names cyber-security content and keeps both', () => {
    const cyber = replaced(hns, 'exchange "When the appropriate authorities of a Party learn of a pollution incident', 'exchange "When the appropriate authorities of a Party learn of a cyber incident');
    assert.equal(marking(cyber).length, 1);
    assert.equal(purpose(cyber).length, 1);
  });

  it('near miss: a notice to the Parties "whose information systems are likely to be affected" is a cyber notice and keeps both', () => {
    const systems = replaced(hns, art33, 'they shall notify other Parties whose information systems are likely to be affected by such incident.');
    assert.equal(marking(systems).length, 1);
    assert.equal(purpose(systems).length, 1);
  });

  it('near miss: the same notice between national CERTs keeps both', () => {
    const certs = replaced(hns, '  kind state\n  class open\n', '  kind national-cert\n  class open\n');
    assert.match(marking(certs).map((d) => d.message).join('\n'), /Channel IncidentNotification has no handling marking/);
    assert.match(purpose(certs).map((d) => d.message).join('\n'), /Channel IncidentNotification does not limit the use/);
  });

  it('near miss: a notice that gives the personal data of the crew, or carries personal-data, is still asked for a use limit', () => {
    const crew = replaced(hns, art33, 'they shall notify other States whose interests are likely to be affected, with the personal data of the crew.');
    assert.equal(purpose(crew).length, 1);
    const declared = replaced(hns, `  exchange "When the appropriate authorities`, `  carries personal-data\n  exchange "When the appropriate authorities`);
    assert.equal(purpose(declared).length, 1);
  });
});

describe('thirty-ninth real-instrument run, items 2–3: an exchange under an Agreement that gives its data to all States (COSPAS-SARSAT Arts. 2(b), 5.9, 6.3)', () => {
  /** The Agreement without its words of free, non-discriminatory distribution. */
  const withoutDistribution = cospas.replace(/free of charge|on a non-discriminatory\s+basis/g, "at the Council's discretion");

  it('COSPAS-SARSAT as transcribed: PartyInformation is asked neither for a marking nor for an onward rule', () => {
    assert.match(cospas, /free of charge to all States\./);
    assert.deepEqual(marking(cospas), []);
    assert.deepEqual(purpose(cospas), []);
  });

  it('under --profile strict nothing is an error (the channel had two)', () => {
    assert.deepEqual(
      diagnose(cospas, { settings: { profile: 'strict' } }).filter((d) => d.severity === 'error').map((d) => d.code),
      [],
    );
  });

  it('near miss: the same Agreement without its words of free distribution to all States keeps both (the ground is those words)', () => {
    assert.equal(marking(withoutDistribution).length, 1);
    assert.equal(marking(withoutDistribution)[0].range.start.line, lineOf(withoutDistribution, 'channel PartyInformation '));
    assert.match(purpose(withoutDistribution)[0]?.message ?? '', /^Channel PartyInformation states its purpose but no rule on onward sharing: add an `onward sharing …` rule/);
  });

  it('near miss: "free of charge" for services to a team, not data to all States, is no distribution (NL–Canada notes 1995, section 13)', () => {
    const team = replaced(withoutDistribution, '  exchange "Parties shall', '  exchange "The Canadian Team shall be provided free of charge with the use of a briefing room. Parties shall');
    assert.equal(marking(team).length, 1);
    assert.equal(purpose(team).length, 1);
  });

  it('near miss: a national CERT among the members keeps both', () => {
    const cert = replaced(cospas, '  kind state\n  class open\n', '  kind national-cert\n  class open\n');
    assert.equal(marking(cert).length, 1);
    assert.equal(purpose(cert).length, 1);
  });

  it('near miss: classified or personal content on the channel keeps the use limit', () => {
    const classified = replaced(cospas, 'exchange "Parties shall exchange such information', 'exchange "Parties shall exchange such classified information');
    assert.equal(marking(classified).length, 1);
    assert.equal(purpose(classified).length, 1);
    const personal = replaced(cospas, '  purpose "to permit', '  carries personal-data\n  purpose "to permit');
    assert.equal(purpose(personal).length, 1);
  });

  it('near misses from the harness: channels whose use limit is judged right are still asked for it', () => {
    const right: [string, string][] = [
      ['test/real-instruments/nl-cu-sentenced-persons-2013.entente', 'SentencedPersonInformation'],
      ['test/real-instruments/nl-ca-inspection-teams-staging-notes-1995.entente', 'Classified'],
      ['test/real-instruments/un-financing-of-terrorism-convention-1999.entente', 'Prevention'],
      ['test/real-instruments/un-convention-against-corruption-2003.entente', 'LawEnforcement'],
    ];
    for (const [path, channel] of right) {
      assert.ok(purpose(repoText(path)).some((d) => d.message.startsWith(`Channel ${channel} does not limit`)), `${path}: ${channel}`);
    }
  });
});

describe('thirty-ninth real-instrument run, item 4: treaty-mou-wording under --profile treaty-review', () => {
  const under = (profile: string, code: string) =>
    diagnose(cospas, { settings: { profile } })
      .filter((d) => d.code === code)
      .map((d) => d.severity);

  it('"Parties will cooperate" (COSPAS-SARSAT Art. 14.2) stays an info note under treaty-review', () => {
    assert.deepEqual(under('treaty-review', 'treaty-mou-wording'), ['info']);
    assert.equal(profiles['treaty-review'].severity({ catalogueId: 'CF04', defaultSeverity: 'info' } as never), undefined);
  });

  it('near miss: strict leaves the note a note on this concluded text; so does treaty-review the missing reservations clause (lr15, D3: reservations are made on signature or consent)', () => {
    assert.deepEqual(under('treaty-review', 'missing-reservations-clause'), ['info']);
    // Concluded in 1988: no profile makes MoU wording in a signed treaty more than a note
    // (analysis/concluded-text-severity.ts; forty-seventh run, item 1). On a draft strict still
    // makes it a warning (test/analysis/real-run-47.test.ts).
    assert.deepEqual(under('strict', 'treaty-mou-wording'), ['info']);
    assert.deepEqual(under('default', 'treaty-mou-wording'), ['info']);
  });
});

describe('thirty-ninth real-instrument run, items 5–6: assistance sent on request into the requesting State (OPRC-HNS Art. 5(1), (3))', () => {
  const liability = (text: string) => findingsOf(text, 'missing-liability');
  const status = (text: string) => findingsOf(text, 'missing-status-of-personnel');
  const art53 = [
    'a) the arrival and utilization in and departure from its territory of ships, aircraft and\n  other modes of transport engaged in responding to a pollution incident or transporting\n  personnel, cargoes, materials and equipment required to deal with such an incident; and\n',
    '  b) the expeditious movement into, through, and out of its territory of personnel, cargoes,\n  materials and equipment referred to in subparagraph a).\n',
  ];
  const withoutArt53 = replaced(replaced(hns, art53[0], 'a) the matters agreed between them.\n'), art53[1], '');

  it('OPRC-HNS as transcribed: both notes at info on AssistanceRequests, naming the assistance', () => {
    const line = lineOf(hns, 'channel AssistanceRequests ');
    assert.deepEqual(
      liability(hns).map((d) => [d.severity, d.range.start.line]),
      [['info', line]],
    );
    assert.match(liability(hns)[0].message, /^Say who bears claims arising from the assistance sent on request on channel AssistanceRequests/);
    assert.deepEqual(
      status(hns).map((d) => [d.severity, d.range.start.line]),
      [['info', line]],
    );
  });

  it('near miss: without the sentences that bring personnel and equipment into the territory (Art. 5(3)), neither note', () => {
    assert.deepEqual(liability(withoutArt53), []);
    assert.deepEqual(status(withoutArt53), []);
  });

  it('near miss: equipment alone moved into the territory asks who bears claims, not what status people have', () => {
    const equipment = replaced(withoutArt53, '  3. In accordance with applicable international agreements', '  3. Each Party shall facilitate the entry into its territory of equipment required. In accordance with applicable international agreements');
    assert.equal(liability(equipment).length, 1);
    assert.deepEqual(status(equipment), []);
  });

  it('near miss: a clause on claims and one on the personnel\'s status, as the IAEA Assistance Convention 1986 has (Arts. 8, 10), settle both', () => {
    const settled = `${hns}\nclause Claims about liability """\n  A requesting State shall not bring any legal proceedings against the assisting party.\n"""\nclause Status about status-of-personnel """\n  Personnel of the assisting party shall respect the laws and regulations of the requesting State.\n"""\n`;
    assert.deepEqual(liability(settled), []);
    assert.deepEqual(status(settled), []);
  });

  it('near miss: the Early Notification and COSPAS-SARSAT texts, with no assistance in kind, raise neither', () => {
    for (const text of [repoText('test/real-instruments/iaea-early-notification-nuclear-accident-1986.entente'), cospas]) {
      assert.deepEqual(liability(text), []);
      assert.deepEqual(status(text), []);
    }
  });
});
