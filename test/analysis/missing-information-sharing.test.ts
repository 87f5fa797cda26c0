import assert from 'node:assert/strict';
import { checkDiagnostics, checkNoDiagnostics } from '../helpers/fixture';

const parties = 'participant EE "Estonia" { jurisdiction EE contact Duty "CERT-EE" }\nparticipant FI "Finland" { jurisdiction FI contact Desk "NCSC-FI" }\n';

describe('missing information-sharing terms (MC15–MC20)', () => {
  it('asks every channel for a handling marking, on the channel id', () => {
    checkDiagnostics(`${parties}channel Intel between EE, FI { carries indicators }
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

  it('accepts purpose and onward sharing on the channel, or a purpose-limitation clause', () => {
    const codes = ['missing-purpose-limitation'];
    checkNoDiagnostics(`${parties}channel I between EE, FI { purpose "defence" onward sharing none }\n`, codes);
    checkNoDiagnostics(`${parties}channel I between EE, FI\nclause PurposeLimitation "Information is used only for network defence."\n`, codes);
  });

  const us = `${parties}participant US "United States" { jurisdiction US contact C "CISA" }\n`;

  it('asks for the rights and redress of named safeguards, on the first safeguard name', () => {
    const [finding] = checkDiagnostics(`${us}channel Intel between EE, US { carries indicators, personal-data safeguards administrative-arrangement, binding-corporate-rules }
//                                                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-transfer-safeguards
`);
    assert.equal(finding.severity, 'error');
    assert.match(finding.message, /data-subject rights and effective redress/);
    assert.deepEqual(
      finding.related.map((r) => r.range.start),
      [
        { line: 3, character: 51 },
        { line: 3, character: 26 },
      ],
    );
  });

  it('treats an international organisation as a recipient whose safeguards need content', () => {
    checkDiagnostics(`${parties}participant NATO "NATO" { kind international-organisation jurisdiction BE }
channel Intel between EE, NATO { carries personal-data safeguards administrative-arrangement }
//                                                                ^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-transfer-safeguards
`);
  });

  it('accepts safeguards with their text, or a clause on transfer safeguards', () => {
    const codes = ['missing-transfer-safeguards'];
    checkNoDiagnostics(`${us}channel I between EE, US { carries personal-data safeguards administrative-arrangement "access, rectification and redress before the EDPS" }\n`, codes);
    checkNoDiagnostics(`${us}channel I between EE, US { carries personal-data safeguards administrative-arrangement }\nclause TransferSafeguards "Data subjects may obtain access and seek redress."\n`, codes);
  });

  it('leaves a channel with no safeguards at all to transfer-without-safeguards (CF16)', () => {
    checkNoDiagnostics(`${us}channel Intel between EE, US { carries indicators, personal-data }\n`, ['missing-transfer-safeguards']);
  });

  it('does not ask for the content of safeguards no transfer needs', () => {
    const codes = ['missing-transfer-safeguards'];
    checkNoDiagnostics(`${parties}participant JP "Japan" { jurisdiction JP }\nchannel I between EE, JP, FI { carries personal-data safeguards administrative-arrangement }\n`, codes);
    checkNoDiagnostics('participant US "US" { jurisdiction US }\nparticipant JP "Japan" { jurisdiction JP }\nchannel I between US, JP { carries personal-data safeguards administrative-arrangement }\n', codes);
    checkNoDiagnostics(`${us}channel I between EE, US { carries indicators safeguards administrative-arrangement }\n`, codes);
  });
});
