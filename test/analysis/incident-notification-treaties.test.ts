/**
 * The thirty-fifth real-instrument run (test/real-instruments/THIRTY-FIFTH-RUN.md), from the two
 * incident-notification conventions it transcribed: the Convention on Early Notification of a
 * Nuclear Accident (1986; BWBV0002139) and the International Convention on Oil Pollution
 * Preparedness, Response and Co-operation (OPRC, 1990; BWBV0002364).
 *
 * Closing items 1–2: a channel on which assistance in kind moves ("advisory services, technical
 * support and equipment", OPRC Art. 7(1)) is asked neither for a handling marking nor for a use
 * limitation; words of information, a CERT member or no words at all keep both findings.
 * Item 6: "the designation of: … (ii) the national operational contact point or points" (OPRC Art.
 * 6(1)(a)) is a duty to designate. Item 7: "may be used without restriction" (Early Notification
 * Art. 5(3)) is the text's own rule on use, against which no library clause is offered. Item 8:
 * words that name cyber-security content ("indicators of compromise") are not exempt as a channel
 * described only in the text's words.
 */
import assert from 'node:assert/strict';
import { draftOf, findingsOf, repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { replaced } from '../helpers/replaced-once';

const oprc = repoText('test/real-instruments/imo-oprc-oil-pollution-preparedness-1990.entente');
const earlyNotification = repoText('test/real-instruments/iaea-early-notification-nuclear-accident-1986.entente');
const acs = repoText('test/real-instruments/acs-natural-disasters-1999.entente');
const bonn = repoText('test/real-instruments/bonn-agreement-north-sea-pollution-1983.entente');

const marking = (text: string) => findingsOf(text, 'missing-handling-marking');
const purpose = (text: string) => findingsOf(text, 'missing-purpose-limitation');
const contacts = (text: string) => findingsOf(text, 'missing-points-of-contact');

/** The 0-based line of a declaration that starts with these words. */
const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start));

describe('thirty-fifth real-instrument run, items 1–2: assistance in kind on request (OPRC Art. 7(1))', () => {
  const art7 = /  exchange on-request "Parties agree that[^\n]*\n/;

  it('OPRC as transcribed: no handling marking and no use limitation asked of AssistanceRequests', () => {
    assert.deepEqual(marking(oprc), []);
    assert.deepEqual(purpose(oprc), []);
  });

  it('under --profile strict nothing is an error (the channel had two; missing-dispute-settlement, on the concluded text, is a note: sixty-eighth run, item 2)', () => {
    const findings = diagnose(oprc, { settings: { profile: 'strict' } });
    assert.deepEqual(findings.filter((d) => d.severity === 'error').map((d) => d.code), []);
    assert.deepEqual(findings.filter((d) => d.code === 'missing-dispute-settlement').map((d) => d.severity), ['info']);
  });

  it('near miss: the information of Art. 6(3)(b) on the same channel is still asked for both', () => {
    const information = replaced(
      oprc,
      art7,
      '  exchange on-request "information concerning pollution response equipment and expertise in disciplines related to oil pollution response and marine salvage which may be made available to other States, upon request (Article 6(3)(b))"\n',
    );
    assert.equal(marking(information).length, 1);
    assert.equal(marking(information)[0].range.start.line, lineOf(information, 'channel AssistanceRequests '));
    assert.equal(purpose(information).length, 1);
  });

  it('near miss: a request channel that says nothing of what moves on it is still presumed sensitive', () => {
    const silent = replaced(oprc, art7, '  exchange on-request\n');
    assert.equal(marking(silent).length, 1);
    assert.equal(purpose(silent).length, 1);
  });

  it('near miss: the same words between national CERTs (technical support moves logs and indicators) keep both', () => {
    const certs = replaced(oprc, '  kind state\n  class open\n', '  kind national-cert\n  class open\n');
    assert.match(marking(certs).map((d) => d.message).join('\n'), /Channel AssistanceRequests has no handling marking/);
    assert.match(purpose(certs).map((d) => d.message).join('\n'), /Channel AssistanceRequests does not limit the use/);
  });

  it('near miss: technical support "in responding to cyber incidents" names cyber-security content and keeps both', () => {
    const cyber = replaced(oprc, 'for the purpose of responding to an oil pollution incident, when the severity', 'for the purpose of responding to cyber incidents, when the severity');
    assert.equal(marking(cyber).length, 1);
    assert.equal(purpose(cyber).length, 1);
  });
});

describe('thirty-fifth real-instrument run, item 8: cyber-security content named in the text\'s words', () => {
  const treaty = (carries: string) =>
    [
      'treaty "Agreement between Estonia and Finland on cyber security cooperation" {',
      '  status binding',
      '  languages English authentic',
      '  signed at "Tallinn" on 2027-03-01',
      '  effect on signature',
      '}',
      'party EE "Republic of Estonia" { kind state jurisdiction EE contact Desk "CERT-EE" }',
      'party FI "Republic of Finland" { kind state jurisdiction FI contact Desk "NCSC-FI" }',
      'channel Intel between EE, FI {',
      `  carries ${carries}`,
      '}',
      '',
    ].join('\n');

  it('carries "indicators of compromise" with no marking and no use rule raises both (probe P8)', () => {
    const text = treaty('"indicators of compromise"');
    assert.equal(marking(text).length, 1);
    assert.match(marking(text)[0].message, /^Channel Intel has no handling marking/);
    assert.equal(purpose(text).length, 1);
    assert.match(purpose(text)[0].message, /^Channel Intel does not limit the use of what it carries: add `purpose "…"` and an `onward sharing …` rule/);
  });

  it('so do "threat intelligence", "malware samples" and "vulnerabilities in software"', () => {
    for (const words of ['"threat intelligence"', '"malware samples"', '"vulnerabilities in software products"']) {
      assert.equal(marking(treaty(words)).length, 1, words);
      assert.equal(purpose(treaty(words)).length, 1, words);
    }
  });

  it('near miss: the same channel with a marking, a purpose and an onward rule is silent', () => {
    const ruled = treaty('"indicators of compromise"\n  marking TLP:AMBER\n  purpose "network defence"\n  onward sharing with-consent');
    assert.deepEqual(marking(ruled), []);
    assert.deepEqual(purpose(ruled), []);
  });

  it('near miss: words that name no cyber-security content stay exempt ("statements of the law")', () => {
    const law = treaty('"statements of the law of each Party"');
    assert.deepEqual(marking(law), []);
    assert.deepEqual(purpose(law), []);
  });

  it('near misses from the texts: "vulnerability of the area" (ACS 1999 Art. 3(3)(c)), an oil "incident" (OPRC Art. 5(1)(c)), Bonn 1983 and the Early Notification channel stay silent', () => {
    assert.match(acs, /"vulnerability of the area"/);
    assert.deepEqual(marking(acs), []);
    assert.equal(purpose(acs).filter((d) => /VulnerableAreas/.test(d.message)).length, 0);
    assert.match(oprc, /to deal with the incident"/);
    assert.deepEqual(purpose(bonn), []);
    assert.deepEqual(marking(earlyNotification), []);
    assert.deepEqual(purpose(earlyNotification), []);
  });
});

describe('thirty-fifth real-instrument run, item 6: "the designation of: … the national operational contact point" (OPRC Art. 6(1)(a))', () => {
  /** Probe O3: without the two `designate` lines and without the clause's tag. */
  const untagged = replaced(
    oprc.replace(/^designate [^\n]*\n/gm, ''),
    /^(clause Art6 "[^"]*") about points-of-contact """/m,
    '$1 """',
  );

  it('the untagged Art. 6 is read as a duty to designate: no missing-points-of-contact', () => {
    assert.doesNotMatch(untagged, /^designate /m);
    assert.deepEqual(contacts(untagged), []);
  });

  it('near miss: without "the designation of:" the list only mentions the contact point, and both channels are reported', () => {
    const mentioned = replaced(untagged, '  a) the designation of:\n', '  a)\n');
    const found = contacts(mentioned);
    assert.equal(found.length, 2);
    assert.match(found[0].message, /^States is a class of parties on channel IncidentInformation/);
  });

  it('near miss: a designation list elsewhere does not reach a contact point only mentioned in another sentence', () => {
    const elsewhere = replaced(
      replaced(untagged, '  a) the designation of:\n', '  a) the designation of: an authority entitled to request assistance;\n'),
      /  \(ii\) the national operational contact point or points, which shall be responsible for the\n  receipt and transmission of oil pollution reports as referred to in article 4; and\n/,
      '',
    );
    const withMention = `${elsewhere}\nclause Mention """\n  Reports shall reach the national operational contact point without delay.\n"""\n`;
    assert.equal(contacts(withMention).length, 2);
  });
});

describe('thirty-fifth run, item 7: "may be used without restriction" (Early Notification Art. 5(3)) is the text\'s rule on use', () => {
  /**
   * Probe E1: the channel without its `carries` line, read as a draft so that library clauses would
   * be offered. Since the thirty-ninth run the words of Art. 2 alone ("forthwith notify … those States
   * which are or may be physically affected") make the channel a notice to the States affected, asked
   * for no use limit (test/analysis/hns-cospas-channels.test.ts); the probe drops them too, so that
   * the channel says nothing of what it carries, as the probe meant.
   */
  const withoutCarries = replaced(replaced(earlyNotification, /^  carries "the nuclear accident[^\n]*\n/m, ''), /^  exchange "In the event of an accident[^\n]*\n/m, '');
  const draft = draftOf(withoutCarries);

  it('the finding names clause Art5 as the text\'s own rule and offers no clause that would limit use', () => {
    const found = purpose(draft);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /The text has its own rule on the use of information \(clause Art5\)/);
    assert.deepEqual(found[0].fixes, []);
  });

  it('near miss: NL–US 2012 "shall normally be made without restriction" (of publication) is no such rule: the clause is offered', () => {
    const publication = replaced(
      draft,
      /may be used without\s+restriction, except when such information is provided in confidence by the notifying State\s+Party\./,
      'shall normally be made without restriction, except as required by national laws.',
    );
    const found = purpose(publication);
    assert.equal(found.length, 1);
    assert.doesNotMatch(found[0].message, /its own rule on the use of information/);
    assert.ok(found[0].fixes.length > 0, 'the library purpose-limitation clause is offered on a draft with no use rule');
  });
});
