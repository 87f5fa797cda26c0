import assert from 'node:assert/strict';
import { builtInLibrary } from '../../server/src/language/library/builtin-library';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';
import { repoText } from '../helpers/fix-review';

const parties = 'participant EE "Estonia" { jurisdiction EE contact Duty "CERT-EE" }\nparticipant FI "Finland" { jurisdiction FI contact Desk "NCSC-FI" }\n';

describe('missing information-sharing terms (MC15–MC20)', () => {
  it('asks a CSIRT information-sharing channel for a handling marking, on the channel id', () => {
    checkDiagnostics(`${parties}channel Intel between EE, FI { carries indicators }
//      ^^^^^ missing-handling-marking
`);
    checkDiagnostics(`${parties}channel Intel between EE, FI
//      ^^^^^ missing-handling-marking
`);
  });

  // Issue #9: TLP markings were demanded on mutual-legal-assistance channels of real treaties.
  it('asks no TLP label of a criminal-cooperation channel or a personal-data channel between non-CERT bodies', () => {
    const codes = ['missing-handling-marking'];
    checkNoDiagnostics(`${parties}channel Requests between EE, FI { carries electronic-evidence, traffic-data, subscriber-information, personal-data }\n`, codes);
    checkNoDiagnostics(`${parties}channel Visits between EE, FI { carries personal-data }\n`, codes);
    // Classified material is marked with its classification under the security agreement (MC16, CF12, CF13).
    checkNoDiagnostics(`${parties}channel Diplomatic between EE, FI { carries classified }\n`, codes);
    // Near misses: evidence mixed with CSIRT data, or personal data on a CERT channel, still need a marking.
    checkDiagnostics(`${parties}channel Mixed between EE, FI { carries electronic-evidence, indicators }
//      ^^^^^ missing-handling-marking
`);
    checkDiagnostics(`participant EE "CERT-EE" { kind national-cert contact D "CERT-EE" }\n${parties.split('\n')[1]}\nchannel Cases between EE, FI { carries personal-data }
//      ^^^^^ missing-handling-marking
`);
  });

  it('accepts a TLP label or a classification as the marking', () => {
    checkNoDiagnostics(`${parties}channel A between EE, FI { marking TLP:GREEN }\nchannel B between EE, FI { classification RESTRICTED }\n`, ['missing-handling-marking']);
  });

  it('asks for a security agreement when a channel carries classified data, pointing at what is classified', () => {
    const [finding] = checkDiagnostics(`${parties}channel Briefings between EE, FI { carries classified marking TLP:AMBER }
//      ^^^^^^^^^ missing-security-agreement
`);
    assert.equal(finding.severity, 'error');
    assert.deepEqual(finding.related.map((r) => r.range.start), [{ line: 2, character: 43 }]);
  });

  it('accepts a referenced agreement, an agreement covering the members, or one from a registry', () => {
    const codes = ['missing-security-agreement'];
    checkNoDiagnostics(`${parties}channel B between EE, FI { classification SECRET under GSA }\n`, codes);
    checkNoDiagnostics(`${parties}security-agreement GSA between EE, FI up to SECRET\nchannel B between EE, FI { carries classified }\n`, codes);
    checkNoDiagnostics(`use "registry.entente"\n${parties}channel B between EE, FI { carries classified }\n`, codes, {
      files: { 'registry.entente': 'security-agreement GSA between EE, FI up to SECRET\n' },
    });
  });

  it('does not accept an agreement that leaves out a channel member', () => {
    checkDiagnostics(`${parties}participant LV "Latvia" { contact D "CERT.LV" }
security-agreement GSA between EE, FI up to SECRET
channel B between EE, FI, LV { carries classified }
//      ^ missing-security-agreement
`);
  });

  it('leaves a channel that declares its classification level to classified-without-security-agreement (CF12)', () => {
    checkNoDiagnostics(`${parties}channel B between EE, FI { carries classified classification SECRET }\n`, ['missing-security-agreement']);
    checkNoDiagnostics(`${parties}channel B between EE, FI { classification RESTRICTED }\n`, ['missing-security-agreement']);
  });

  it('asks for a table of equivalent levels between different national schemes', () => {
    checkDiagnostics(`${parties}security-agreement GSA between EE, FI up to SECRET
//                 ^^^ missing-classification-equivalence
`);
  });

  it('reports a party the table leaves out, on its name', () => {
    checkDiagnostics(`${parties}security-agreement GSA between EE, FI up to SECRET {
//                                 ^^ missing-classification-equivalence
  level SECRET equals EE "SALAJANE"
}
`);
  });

  // Red-team case (test/independent): a three-state table that leaves one state out of the
  // very level its channel uses; a party missing from every line is still reported once, on its name.
  it('reports a line of the table that leaves out a party marked on other lines, on the level', () => {
    checkDiagnostics(`${parties}participant GE "Georgia" { jurisdiction GE }
participant UA "Ukraine" { jurisdiction UA }
security-agreement GSA between EE, FI, GE, UA up to SECRET {
//                                         ^^ missing-classification-equivalence
  level CONFIDENTIAL equals EE "KONFIDENTSIAALNE", FI "LUOTTAMUKSELLINEN"
//      ^^^^^^^^^^^^ missing-classification-equivalence
  level SECRET equals EE "SALAJANE", FI "SALAINEN", GE "საიდუმლო"
}
`);
  });

  it('does not ask for a table between parties of one national scheme', () => {
    checkNoDiagnostics(
      'participant A "Ministry" { jurisdiction EE }\nparticipant B "Agency" { jurisdiction EE }\nsecurity-agreement S between A, B up to SECRET\n',
      ['missing-classification-equivalence'],
    );
  });

  it('asks for a breach procedure on TLP:RED/AMBER or classified channels', () => {
    const [finding] = checkDiagnostics(`${parties}channel Red between EE, FI { marking TLP:RED }
//      ^^^ missing-breach-procedure
`);
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.related.map((r) => r.range.start), [{ line: 2, character: 37 }]);
  });

  it('does not ask for a breach procedure on TLP:GREEN, or when the security agreement has one', () => {
    const codes = ['missing-breach-procedure'];
    checkNoDiagnostics(`${parties}channel G between EE, FI { marking TLP:GREEN }\n`, codes);
    checkNoDiagnostics(`${parties}channel R between EE, FI { marking TLP:RED breach procedure "notify the originator at once" }\n`, codes);
    checkNoDiagnostics(
      `${parties}security-agreement GSA between EE, FI up to SECRET { breach procedure "notify the originator" }\nchannel B between EE, FI { classification SECRET under GSA }\n`,
      codes,
    );
  });

  it('asks for purpose limitation and an onward-sharing rule, saying which is missing', () => {
    const [finding] = checkDiagnostics(`${parties}channel Intel between EE, FI { purpose "network defence" }
//      ^^^^^ missing-purpose-limitation
`);
    assert.match(finding.message, /onward sharing/);
    assert.doesNotMatch(finding.message, /purpose "/);
  });

  // Eighth and thirteenth real-instrument runs: statements of a State's law (ETS 62) and pollution
  // assessments for all the other Parties (Bonn Agreement 1983) need no use limit.
  it('leaves a channel described only in words alone, unless a marking, classification or handling says it is sensitive', () => {
    const codes = ['missing-purpose-limitation'];
    checkNoDiagnostics(`${parties}channel Reports between EE, FI { carries "assessments of a pollution incident and of any action taken" }\n`, codes);
    assert.equal(diagnose(`${parties}channel Reports between EE, FI { carries "case files", indicators }\n`).filter((d) => d.code === 'missing-purpose-limitation').length, 1);
    assert.equal(diagnose(`${parties}channel Reports between EE, FI { carries "case files" marking TLP:AMBER }\n`).filter((d) => d.code === 'missing-purpose-limitation').length, 1);
    assert.equal(diagnose(`${parties}channel Reports between EE, FI { carries "case files" handling legend "CONFIDENTIAL" }\n`).filter((d) => d.code === 'missing-purpose-limitation').length, 1);
  });

  it('accepts purpose and onward sharing on the channel, or a purpose-limitation clause', () => {
    const codes = ['missing-purpose-limitation'];
    checkNoDiagnostics(`${parties}channel I between EE, FI { purpose "defence" onward sharing none }\n`, codes);
    checkNoDiagnostics(`${parties}channel I between EE, FI\nclause PurposeLimitation "Information is used only for network defence."\n`, codes);
  });

  const cert = 'participant EE "CERT-EE" { kind national-cert jurisdiction EE contact Duty "CERT-EE" }\n';
  const us = `${cert}participant US "CISA" { kind government-agency jurisdiction US contact C "CISA" }\n`;
  const content =
    'CISA will use the data only for the purposes of the transfer, limited to what is necessary and kept accurate, retain them no longer than necessary, protect them by technical and organisational measures, process no special categories of data, take no decision based solely on automated processing and transfer nothing onward without the authorisation of CERT-EE. The Participants will publish these provisions. CISA confirms that its domestic law gives data subjects rights of access, rectification and erasure and effective redress, under independent oversight. The Estonian supervisory authority has authorised these provisions.';

  it('lists the EDPB 2/2020 elements named safeguards do not state, on the first safeguard name, as a warning', () => {
    const [finding] = checkDiagnostics(`${us}channel Intel between EE, US { carries indicators, personal-data safeguards administrative-arrangement, binding-corporate-rules }
//                                                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-transfer-safeguards
`);
    assert.equal(finding.severity, 'warning');
    assert.match(
      finding.message,
      /^Channel Intel names administrative-arrangement for personal data sent to US, but the instrument does not state: purpose limitation; data minimisation and accuracy; storage limitation; security and confidentiality; restriction of onward transfers \(¶38\); sensitive data; automated decisions; transparency towards data subjects \(¶¶27–30\); data-subject rights of access, rectification and erasure; redress \(¶¶45–47\); independent oversight \(¶51\); authorisation by the competent supervisory authority \(Art\. 46\(3\)\(b\); ¶66\); the recipient's assurance that the rights are provided by its domestic law \(¶68\)\./,
    );
    assert.deepEqual(finding.related.map((r) => r.range.start), [{ line: 2, character: 26 }]);
  });

  // Legal review ▶ MC20: the one-line fix of the old documentation silenced the rule.
  it('names only what is missing: a one-line rights-and-redress text leaves the principles and oversight missing', () => {
    const text = `${us}channel I between EE, US {\n  carries personal-data\n  purpose "incident handling"\n  onward sharing with-consent\n  safeguards administrative-arrangement "Data subjects may obtain access and rectification, and seek redress."\n}\n`;
    const [finding] = diagnose(text).filter((d) => d.code === 'missing-transfer-safeguards');
    assert.ok(finding);
    assert.ok(!/purpose limitation|onward|data-subject rights|redress/.test(finding.message.split('does not state: ')[1]), finding.message);
    assert.match(finding.message, /storage limitation; security and confidentiality/);
  });

  // Fourteenth run (NL–US customs 1996, Annex Principle 4(a), the Convention 108 Art. 8(a) model):
  // a right to establish the existence of a file and its purposes is transparency on request.
  it('counts the right to establish the existence of a data file as transparency', () => {
    const missingOf = (text: string) => diagnose(text).find((d) => d.code === 'missing-transfer-safeguards')?.message ?? '';
    const channel = `${us}channel I between EE, US { carries personal-data safeguards administrative-arrangement "Any person may establish the existence of an automated personal data file, its main purposes, as well as the identity and location of the controller." }\n`;
    assert.doesNotMatch(missingOf(channel), /transparency/);
    assert.match(missingOf(channel), /storage limitation/, 'the other elements are still listed');
    assert.match(missingOf(channel.replace('establish the existence of', 'ask about')), /transparency towards data subjects/);
  });

  // Sixteenth run (ACS Agreement on natural disasters 1999, Arts. 4(4), 9(1)): experience and
  // reports meant for dissemination.
  it('asks no marking or use limit of best practice alone between parties that are not CERTs', () => {
    const codes = ['missing-handling-marking', 'missing-purpose-limitation'];
    const states = 'party TT "Trinidad and Tobago" { kind state jurisdiction TT }\nparty JM "Jamaica" { kind state jurisdiction JM }\n';
    checkNoDiagnostics(`${states}channel Experience between TT, JM { carries best-practice, "technical materials and reports" }\n`, codes);
    const found = (text: string) => diagnose(text).filter((d) => codes.includes(d.code)).map((d) => d.code).sort();
    assert.deepEqual(found(`${states}channel Experience between TT, JM { carries best-practice, indicators }\n`), codes, 'with indicators');
    assert.deepEqual(found(`${cert}participant FI "CERT-FI" { kind national-cert jurisdiction FI }\nchannel Lessons between EE, FI { carries best-practice }\n`), codes, 'between CERTs');
  });

  it('treats an international organisation as a recipient whose safeguards need content', () => {
    checkDiagnostics(`${cert}participant NATO "NATO" { kind international-organisation jurisdiction BE }
channel Intel between EE, NATO { carries personal-data safeguards administrative-arrangement }
//                                                                ^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-transfer-safeguards
`);
  });

  it('accepts the content stated in the safeguards text, in any clause, or in the library clause', () => {
    const codes = ['missing-transfer-safeguards'];
    checkNoDiagnostics(`${us}channel I between EE, US { carries personal-data safeguards administrative-arrangement "${content}" }\n`, codes);
    checkNoDiagnostics(`${us}channel I between EE, US { carries personal-data safeguards administrative-arrangement }\nclause Data """${content}"""\n`, codes);
    checkNoDiagnostics(`${us}channel I between EE, US { carries personal-data safeguards administrative-arrangement }\nclause Transfers from library "transfer-safeguards/mou"\n`, codes);
  });

  // Ninth real-instrument run (NL–Japan customs 2009): words of the preamble, of a definition and
  // of an article on other matters credited accuracy, sensitive data and oversight.
  it('reads the safeguards only in the text on protecting the data: not the preamble, the definitions or other matters', () => {
    const missingOf = (text: string) => diagnose(text).find((d) => d.code === 'missing-transfer-safeguards')?.message.split('does not state: ')[1] ?? '';
    const channel = `${us}channel I between EE, US { carries personal-data safeguards administrative-arrangement }\n`;
    const q = '"""';
    const elsewhere = [
      `clause Preamble "Preamble" ${q}Considering the importance of assuring the accurate assessment of customs duties, and of protecting public health and security;${q}`,
      `clause Definitions about definitions ${q}"controlled delivery" means the technique of allowing goods to pass under the supervision of the competent authority; "personal data" means information relating to an identified person.${q}`,
      `clause Assistance ${q}Assistance shall be provided in matters of public health, and on the accuracy of customs declarations, under independent review.${q}`,
    ].join('\n');
    const missing = missingOf(`${channel}${elsewhere}\n`);
    for (const element of ['data minimisation and accuracy', 'sensitive data', 'security and confidentiality', 'independent oversight']) assert.match(missing, new RegExp(element), element);
    // The same words in a clause on data protection, or in one that speaks of personal data, count.
    const dataProtection = `clause Data about data-protection ${q}Personal data shall be accurate; data concerning health are not transferred; they are kept secure, under independent oversight.${q}`;
    const inPlace = `clause Exchange ${q}Personal data exchanged shall be accurate; data concerning health are not transferred; they are kept secure, under independent oversight.${q}`;
    for (const clause of [dataProtection, inPlace]) {
      const left = missingOf(`${channel}${elsewhere}\n${clause}\n`);
      for (const element of ['data minimisation and accuracy', 'sensitive data', 'security and confidentiality', 'independent oversight']) assert.doesNotMatch(left, new RegExp(element), `${element} in ${clause.slice(0, 20)}`);
    }
    // Supervision by the competent authority itself is not independent oversight (¶51).
    assert.match(missingOf(`${channel}clause Data about data-protection ${q}Personal data are processed under the supervision of the competent authority.${q}\n`), /independent oversight/);
  });

  // Eleventh real-instrument run (EU–US PNR 2007, the DHS letter), probed with a Member State sender.
  it('reads rights, onward transfers and automated decisions in the words a real text uses, and only there', () => {
    const missingOf = (text: string) => diagnose(text).find((d) => d.code === 'missing-transfer-safeguards')?.message.split('does not state: ')[1] ?? '';
    const channel = `${us}channel I between EE, US { carries personal-data safeguards administrative-arrangement }\n`;
    const q = '"""';
    const letter = `clause Letter about data-protection ${q}Personal data are only exchanged with other government authorities in third countries after consideration of the recipient's ability to protect the information. Persons seeking information about or correction of their data may ask; the data shall be disclosed to the individual. An automated system filters those sensitive codes.${q}\n`;
    const missing = missingOf(`${channel}${letter}`);
    assert.doesNotMatch(missing, /restriction of onward transfers/);
    assert.doesNotMatch(missing, /data-subject rights of access, rectification and erasure/);
    assert.match(missing, /automated decisions/, 'a filtering system is not a decision about a person');
    assert.doesNotMatch(missingOf(`${channel}clause Data about data-protection ${q}No decision based solely on automated processing is taken.${q}\n`), /automated decisions/);
  });

  // Twenty-seventh real-instrument run (NL–UAE customs 2015, Art. 18): destruction once no longer
  // needed, and time limits for destruction, are storage limitation; destruction on termination,
  // of data that should not have been sent, or protection against destruction, are not.
  it('reads destruction once the data are no longer needed, and time limits for destruction, as storage limitation', () => {
    const missingOf = (text: string) => diagnose(text).find((d) => d.code === 'missing-transfer-safeguards')?.message.split('does not state: ')[1] ?? '';
    const channel = (safeguards = '') => `${us}channel I between EE, US { carries personal-data safeguards administrative-arrangement${safeguards} }\n`;
    const q = '"""';
    const clause = (words: string) => `clause Art18 about data-protection ${q}${words}${q}\n`;
    for (const words of [
      'Personal data must be destroyed as soon as the recipient Customs Administration no longer has any need for them.',
      'The Customs Administration receiving personal data may use them only under the conditions defined by the issuing Customs Administration, including the time limits after which such data must be destroyed.',
      'Irrespective of such periods, supplied personal data shall be erased once they are no longer required for the purpose for which they were supplied.',
    ]) {
      assert.doesNotMatch(missingOf(`${channel()}${clause(words)}`), /storage limitation/, words);
      assert.doesNotMatch(missingOf(channel(` "${words}"`)), /storage limitation/, `in the safeguards text: ${words}`);
    }
    for (const words of [
      'If this Agreement is terminated or not renewed, all personal data must be promptly destroyed.',
      'Personal data shall be erased when this Agreement is terminated.',
      'The recipient shall correct inaccurate data and destroy non-communicable data.',
      'The data are protected against unauthorized destruction or accidental loss.',
    ]) assert.match(missingOf(`${channel()}${clause(words)}`), /storage limitation/, words);
  });

  /**
   * The message without the sentence every finding on a concluded text ends with once a fix is
   * withheld (analysis/concluded-text-fixes.ts: the library's transfer-safeguards clause here),
   * which must be there.
   */
  const withoutConcludedNote = (message: string) => {
    const note = / The text is concluded \([^)]*\): no fix that changes it is offered; the point is for an amending instrument or the next draft\.$/;
    assert.match(message, note);
    return message.replace(note, '');
  };

  it('names LED Art. 37(1)(a) and Art. 61 beside the GDPR only where the sender is declared under the Directive', () => {
    const treaty = 'treaty "Agreement" { status binding signed at "The Hague" on 2015-06-09 consent by notification }\n';
    const parties = (regimes: string) => `participant NL "Kingdom of the Netherlands" { kind state jurisdiction NL regimes ${regimes} }\nparticipant AE "United Arab Emirates" { kind state jurisdiction AE }\nchannel I between NL, AE { carries personal-data safeguards legally-binding-instrument }\n`;
    const messageOf = (text: string) => withoutConcludedNote(diagnose(text).find((d) => d.code === 'missing-transfer-safeguards')?.message ?? '');
    const both = messageOf(`${treaty}${parties('GDPR, LED')}`);
    assert.match(both, /\(GDPR Art\. 96\): the elements listed are what an amendment or a new agreement would add\. A note while its consent is undated: record its entry into force \(`entered into force on <date> "<source>"`\)\. NL is declared under the Law Enforcement Directive too: .* not under GDPR Art\. 46\(2\)\(a\): its basis here is appropriate safeguards provided for in a legally binding instrument \(its Art\. 37\(1\)\(a\)\); if the Member State concluded it \(consented to be bound\) before 6 May 2016 .*\(Art\. 61 of the Law Enforcement Directive\)\.$/);
    // Concluded after 6 May 2016: Art. 37(1)(a) still, no Art. 61.
    const later = messageOf(`${treaty.replace('2015-06-09', '2019-06-09')}${parties('GDPR, LED')}`);
    assert.match(later, /Art\. 37\(1\)\(a\)\)\.$/);
    assert.doesNotMatch(later, /Art\. 61|Art\. 96/);
    // Declared under the GDPR alone: the Directive is not said to apply.
    const gdpr = messageOf(`${treaty}${parties('GDPR')}`);
    assert.match(gdpr, /GDPR Art\. 96/);
    assert.doesNotMatch(gdpr, /Law Enforcement Directive|2016\/680|Art\. 37/);
  });

  it('says that a treaty a Member State concluded before 24 May 2016 stays in force under GDPR Art. 96', () => {
    const nl = 'participant NL "Kingdom of the Netherlands" { kind state jurisdiction NL regimes GDPR }\nparticipant JP "Japan" { kind state jurisdiction JP }\nchannel I between NL, JP { carries personal-data safeguards legally-binding-instrument }\n';
    const at = (date: string, consent = 'consent by signature') => withoutConcludedNote(diagnose(`treaty "Agreement" { status binding signed at "The Hague" on ${date} ${consent} }\n${nl}`).find((d) => d.code === 'missing-transfer-safeguards')?.message ?? '');
    // Consent on signature before the day is established: the finding ends with why it is a note (seventy-fifth run, defect 1).
    assert.match(at('2009-03-09'), /Concluded by a Member State on 2009-03-09 \(the signature date\), before 24 May 2016, this treaty remains in force until amended, replaced or revoked if it complied with Union law as applicable before that date \(GDPR Art\. 96\): the elements listed are what an amendment or a new agreement would add\. A note, not a warning: the text is concluded and consent was given on 2009-03-09 \(the signature date\), before 24 May 2016/);
    // Signed subject to ratification: the Member State concluded it when it consented to be bound (seventeenth run).
    assert.match(at('2009-03-09', 'consent by ratification'), /If the Member State concluded it \(consented to be bound\) before 24 May 2016 \(the signature date is 2009-03-09; consent follows it\), this treaty remains in force/);
    assert.ok(at('2019-03-09').length > 0);
    assert.doesNotMatch(at('2019-03-09'), /Art\. 96/);
  });

  // The brief: no false positive on the library's own transfer-safeguards clauses, even as copies
  // whose `satisfies` flag no longer applies (an edited body is judged by what it says).
  it('finds every element in the built-in transfer-safeguards clauses, read as prose', () => {
    for (const [id, header, safeguard] of [
      ['transfer-safeguards/mou', 'memorandum "M" { status non-binding }', 'administrative-arrangement'],
      ['transfer-safeguards/treaty', 'treaty "T" { status binding }', 'international-agreement'],
    ]) {
      const text = builtInLibrary().get(id)!.text.replace(/\{\{(\w+)\}\}/g, '$1');
      const q = '"""';
      checkNoDiagnostics(`${header}\n${us}channel I between EE, US { carries personal-data safeguards ${safeguard} }\nclause Copy ${q}\n${text}\n${q}\n`, ['missing-transfer-safeguards']);
    }
  });

  it('leaves a channel with no safeguards at all to transfer-without-safeguards (CF16)', () => {
    checkNoDiagnostics(`${us}channel Intel between EE, US { carries indicators, personal-data }\n`, ['missing-transfer-safeguards']);
  });

  it('does not ask for EDPB content where the Guidelines do not apply or no transfer is needed', () => {
    const codes = ['missing-transfer-safeguards'];
    // Covered by the Japanese decision; a company sender (contractual clauses); a company recipient.
    checkNoDiagnostics(`${cert}participant JP "Sony" { kind company jurisdiction JP }\nchannel I between EE, JP { carries personal-data safeguards administrative-arrangement }\n`, codes);
    checkNoDiagnostics('participant ACME "Acme GmbH" { kind company jurisdiction DE }\nparticipant US "CISA" { kind government-agency jurisdiction US }\nchannel I between ACME, US { carries personal-data safeguards administrative-arrangement }\n', codes);
    checkNoDiagnostics(`${cert}participant ACME "Acme Inc." { kind company jurisdiction US }\nchannel I between EE, ACME { carries personal-data safeguards administrative-arrangement }\n`, codes);
    // A law-enforcement sender (LED), a named derogation, standard contractual clauses.
    checkNoDiagnostics('participant POL "Police" { kind government-agency jurisdiction EE regimes LED }\nparticipant US "FBI" { kind government-agency jurisdiction US }\nchannel I between POL, US { carries personal-data safeguards administrative-arrangement }\n', codes);
    checkNoDiagnostics(`${us}channel I between EE, US { carries personal-data safeguards derogation-49-1-d }\n`, codes);
    checkNoDiagnostics(`${us}channel I between EE, US { carries personal-data safeguards standard-contractual-clauses }\n`, codes);
    // Senders outside the EU, or no personal data.
    checkNoDiagnostics('participant US "CISA" { kind government-agency jurisdiction US }\nparticipant IN "CERT-In" { kind national-cert jurisdiction IN }\nchannel I between US, IN { carries personal-data safeguards administrative-arrangement }\n', codes);
    checkNoDiagnostics(`${us}channel I between EE, US { carries indicators safeguards administrative-arrangement }\n`, codes);
  });

  it('says so conditionally where the sender may act outside the GDPR', () => {
    const d = diagnose('participant EE "Republic of Estonia" { kind state jurisdiction EE }\nparticipant US "CISA" { kind government-agency jurisdiction US }\nchannel I between EE, US { carries personal-data safeguards administrative-arrangement }\n').find((x) => x.code === 'missing-transfer-safeguards');
    assert.match(d?.message ?? '', /^If EE processes these data under the GDPR, channel I names administrative-arrangement/);
  });
});

// Fifty-ninth run, items 1–2 (SAR Convention 1979, Annex 3.1.3–3.1.4, 5.4.2, read: BWBV0003096).
describe('missing-handling-marking and missing-purpose-limitation: search-and-rescue messages (fifty-ninth run)', () => {
  const sar = repoText('test/real-instruments/imo-sar-maritime-search-rescue-1979.entente');
  const codes = ['missing-handling-marking', 'missing-purpose-limitation'];
  const of = (text: string) => diagnose(text).filter((d) => codes.includes(d.code)).map((d) => `${d.code} ${text.split('\n')[d.range.start.line].trim().split(' ')[1]}`);
  const states = 'party S "States" { kind state class open }\n';
  const entry = '"the authorities of a Party which wishes its rescue units to enter into or over the territorial sea or territory of another Party solely for the purpose of searching for the position of maritime casualties and rescuing the survivors of such casualties, shall transmit a request, giving full details of the projected mission and the need for it"';

  it('SAR as transcribed: neither the request for entry of rescue units nor the ship positions is asked for either', () => {
    assert.deepEqual(of(sar), []);
  });

  it('the words exempt whether they are `exchange`, `purpose` or `carries` words', () => {
    for (const body of [`exchange ${entry}`, `carries ${entry}`, 'exchange "Parties should disseminate information on the position of vessels" purpose "when so requested for search and rescue purposes"', 'exchange "information on the position of vessels to facilitate search and rescue operations"']) {
      assert.deepEqual(of(`${states}channel C between S { ${body} }\n`), [], body);
    }
  });

  it('near misses keep both findings: generic exchange words, search and rescue named as the subject, not the end', () => {
    for (const words of ['"Parties shall exchange information on maritime casualties"', '"Parties shall exchange information on their search and rescue capabilities"']) {
      assert.deepEqual(of(`${states}channel C between S { exchange ${words} }\n`), ['missing-handling-marking C', 'missing-purpose-limitation C'], words);
    }
  });

  it('near misses keep both findings: rescue words with personal, classified or cyber content, a category, a CERT member', () => {
    const sensitive = [
      'exchange "the names of survivors, for search and rescue purposes"',
      'exchange "classified positions of warships, for search and rescue purposes"',
      'exchange "information on cyber incidents affecting rescue co-ordination centres, for search and rescue purposes"',
      'carries indicators exchange "for search and rescue purposes"',
    ];
    for (const body of sensitive) assert.equal(of(`${states}channel C between S { ${body} }\n`).filter((f) => f.startsWith('missing-handling-marking')).length, 1, body);
    const cert = 'participant EE "CERT-EE" { kind national-cert }\nparticipant FI "Finland" { kind state }\n';
    assert.equal(of(`${cert}channel C between EE, FI { exchange "ship positions, for search and rescue purposes" }\n`).length, 2);
  });
});
