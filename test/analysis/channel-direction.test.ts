/**
 * A channel's `from`: only the members it names send what the channel carries (sixteenth
 * real-instrument run, NL–OPCW facility agreement 1998: the inspectors' medical records come
 * INTO the Netherlands, and the transfer rules took NL for a sender). The rules that follow data
 * from sender to recipient read it; without `from` every member sends, as before.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const codes = (text: string, code: string) => diagnose(text).filter((d) => d.code === code);

const nlOpcw = `treaty "Facility Agreement" { status binding }
party NL "Kingdom of the Netherlands" { kind state jurisdiction NL }
party OPCW "Organisation for the Prohibition of Chemical Weapons" { kind international-organisation jurisdiction INT }
`;
const records = (from: string) => `${nlOpcw}channel MedicalRecords between OPCW, NL {\n${from}  carries personal-data\n}\n`;
const transfers = (text: string) => [...codes(text, 'transfer-without-safeguards'), ...codes(text, 'possible-transfer-without-safeguards')];

describe('channel direction (`from`)', () => {
  describe('transfer rules (CF16): only listed senders export', () => {
    it('a one-way channel into the EU raises no transfer finding', () => {
      assert.deepEqual(transfers(records('  from OPCW\n')).map((d) => d.message), []);
    });

    it('the same channel reversed still does, on the recipient, naming the sender', () => {
      const found = transfers(records('  from NL\n'));
      assert.equal(found.length, 1);
      assert.equal(found[0].code, 'possible-transfer-without-safeguards');
      assert.match(found[0].message, /personal data from NL/);
      assert.equal(found[0].range.start.line, 3);
    });

    it('a channel without `from` is unchanged: every member sends', () => {
      const without = transfers(records(''));
      assert.deepEqual(without.map((d) => [d.code, d.message, d.range]), transfers(records('  from NL\n')).map((d) => [d.code, d.message, d.range]));
      // Both members named: the same as no `from`.
      assert.deepEqual(transfers(records('  from OPCW, NL\n')).map((d) => d.message), without.map((d) => d.message));
    });

    it('a certain sender: an error only when it is the one that sends', () => {
      const parties = 'participant EE "CERT-EE" { kind national-cert jurisdiction EE }\nparticipant US "CISA" { kind government-agency jurisdiction US }\n';
      const channel = (from: string) => `${parties}channel Cases between EE, US {\n${from}  carries personal-data\n}\n`;
      assert.equal(codes(channel(''), 'transfer-without-safeguards').length, 1);
      assert.equal(codes(channel('  from EE\n'), 'transfer-without-safeguards').length, 1);
      assert.equal(codes(channel('  from US\n'), 'transfer-without-safeguards').length, 0);
    });
  });

  describe('mou-as-binding-instrument (CF17) reuses the pairs', () => {
    const mou = (from: string) => `memorandum "MoU" { status non-binding }
participant EE "CERT-EE" { kind national-cert jurisdiction EE }
participant US "CISA" { kind government-agency jurisdiction US }
channel Cases between EE, US {
${from}  carries personal-data
  safeguards legally-binding-instrument
}
`;
    it('fires when the EU member sends or no `from` is written, not when it only receives', () => {
      assert.equal(codes(mou(''), 'mou-as-binding-instrument').length, 1);
      assert.equal(codes(mou('  from EE\n'), 'mou-as-binding-instrument').length, 1);
      assert.equal(codes(mou('  from US\n'), 'mou-as-binding-instrument').length, 0);
    });
  });

  describe('foreign-access-without-agreement (GDPR Art. 48)', () => {
    const access = (from: string) => `memorandum "MoU" { status non-binding }
participant Host "Hosting provider" { kind company jurisdiction DE }
participant FBI "Federal Bureau of Investigation" { kind government-agency jurisdiction US }
channel Requests between Host, FBI {
${from}  carries subscriber-information
}
`;
    it('fires when the company sends or no `from` is written, not when the authority only gives it data', () => {
      assert.equal(codes(access(''), 'foreign-access-without-agreement').length, 1);
      assert.equal(codes(access('  from Host\n'), 'foreign-access-without-agreement').length, 1);
      assert.equal(codes(access('  from FBI\n'), 'foreign-access-without-agreement').length, 0);
    });
  });

  describe('missing-union-law-clause: a transfer of personal data is a matter only when an EU member sends', () => {
    const treaty = (from: string) => `treaty "Agreement" { status binding }
party EE "Estonia" { kind state jurisdiction EE }
party UA "Ukraine" { kind state jurisdiction UA }
channel Records between EE, UA {
${from}  carries personal-data
}
`;
    it('names the transfer when EE sends or no `from` is written; says nothing when the data only come in', () => {
      for (const from of ['', '  from EE\n']) {
        const [d] = codes(treaty(from), 'missing-union-law-clause');
        assert.match(d?.message ?? '', /transfers of personal data to a third country/, from);
      }
      assert.deepEqual(codes(treaty('  from UA\n'), 'missing-union-law-clause'), []);
    });
  });
});
