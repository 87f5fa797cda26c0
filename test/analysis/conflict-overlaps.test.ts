/**
 * The four pairs of a conflict check and a missing-clause check that used to report the same
 * problem twice (CF18/MC13, CF12/MC16, CF16/MC20, CF08/MC06). Each document below triggers a
 * pair's condition in one of its forms; exactly the rule that owns that form must report it.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

function reported(text: string, pair: readonly string[]): string[] {
  return [...new Set(diagnose(text).filter((d) => pair.includes(d.code)).map((d) => d.code))].sort();
}

const eeFi = 'participant EE "CERT-EE" { kind national-cert jurisdiction EE contact Duty "CERT-EE" }\nparticipant FI "NCSC-FI" { kind national-cert jurisdiction FI contact Desk "NCSC-FI" }\n';

describe('overlapping conflict and missing-clause pairs report once', () => {
  describe('CF18 budapest-35-without-24-7 / MC13 missing-24-7-contact', () => {
    const pair = ['budapest-35-without-24-7', 'missing-24-7-contact'];
    const ee = (contacts: string) => `party EE "Republic of Estonia" {\n  kind state\n  jurisdiction EE\n${contacts}}\n`;

    it('a State Party with no contact at all under Art. 35: only MC13', () => {
      assert.deepEqual(reported(`${ee('')}assistance { basis budapest-35 }\n`, pair), ['missing-24-7-contact']);
    });

    it('a State Party with an office-hours contact under Art. 35: only CF18', () => {
      assert.deepEqual(reported(`${ee('  contact Desk "Police" available office-hours\n')}assistance { basis budapest-35 }\n`, pair), ['budapest-35-without-24-7']);
    });

    it('near misses: office hours without Art. 35 report neither, a 24/7 contact clears both', () => {
      assert.deepEqual(reported(`${ee('  contact Desk "Police" available office-hours\n')}assistance { basis urgent-assistance }\n`, pair), []);
      assert.deepEqual(reported(`${ee('  contact Desk "Police" available office-hours\n  contact Duty "Police duty" available 24/7\n')}assistance { basis budapest-35 }\n`, pair), []);
    });

    it('a State Party with office-hours and unspecified contacts under Art. 35: only CF18, on the office-hours word', () => {
      assert.deepEqual(reported(`${ee('  contact Desk "Police" available office-hours\n  contact Lab "Police lab"\n')}assistance { basis budapest-35 }\n`, pair), ['budapest-35-without-24-7']);
    });
  });

  describe('CF12 classified-without-security-agreement / MC16 missing-security-agreement', () => {
    const pair = ['classified-without-security-agreement', 'missing-security-agreement'];

    it('a declared classification level with no agreement: only CF12', () => {
      assert.deepEqual(reported(`${eeFi}channel Intel between EE, FI { classification SECRET }\n`, pair), ['classified-without-security-agreement']);
      assert.deepEqual(reported(`${eeFi}channel Intel between EE, FI { carries classified classification SECRET }\n`, pair), [
        'classified-without-security-agreement',
      ]);
    });

    it('classified material with no level and no agreement: only MC16', () => {
      assert.deepEqual(reported(`${eeFi}channel Intel between EE, FI { carries classified }\n`, pair), ['missing-security-agreement']);
    });

    it('near misses: a covering agreement clears both', () => {
      const agreement = 'security-agreement GSA between EE, FI up to SECRET\n';
      assert.deepEqual(reported(`${eeFi}${agreement}channel Intel between EE, FI { carries classified }\n`, pair), []);
      assert.deepEqual(reported(`${eeFi}${agreement}channel Intel between EE, FI { classification SECRET under GSA }\n`, pair), []);
    });
  });

  describe('CF16 transfer-without-safeguards / MC20 missing-transfer-safeguards', () => {
    const pair = ['transfer-without-safeguards', 'missing-transfer-safeguards'];
    const us = `${eeFi}participant US "CISA" { kind government-agency jurisdiction US contact C "CISA" }\n`;
    const content =
      'CISA will use the data only for the purposes of the transfer, limited to what is necessary and kept accurate, retain them no longer than necessary, protect them by technical and organisational measures, process no special categories of data, take no decision based solely on automated processing and transfer nothing onward without the authorisation of CERT-EE. The Participants will publish these provisions. CISA confirms that its domestic law gives data subjects rights of access, rectification and erasure and effective redress, under independent oversight. The Estonian supervisory authority has authorised these provisions.';

    it('personal data to a recipient no adequacy decision covers, with no safeguards: only CF16', () => {
      assert.deepEqual(reported(`${us}channel Cases between EE, US { carries personal-data }\n`, pair), ['transfer-without-safeguards']);
    });

    it('named safeguards whose content is not stated: only MC20', () => {
      assert.deepEqual(reported(`${us}channel Cases between EE, US { carries personal-data safeguards administrative-arrangement }\n`, pair), ['missing-transfer-safeguards']);
    });

    // Legal review: a one-line "rights and redress" string or clause silenced MC20.
    it('a one-line safeguards text or clause is not Art. 46 safeguards: still MC20', () => {
      assert.deepEqual(reported(`${us}channel Cases between EE, US { carries personal-data safeguards administrative-arrangement "rights and redress in Annex A" }\n`, pair), [
        'missing-transfer-safeguards',
      ]);
      assert.deepEqual(
        reported(`${us}channel Cases between EE, US { carries personal-data safeguards administrative-arrangement }\nclause TransferSafeguards "Data subjects may seek redress."\n`, pair),
        ['missing-transfer-safeguards'],
      );
    });

    it('near misses: safeguards whose content is stated, in their text or a clause, clear both', () => {
      assert.deepEqual(reported(`${us}channel Cases between EE, US { carries personal-data safeguards administrative-arrangement "${content}" }\n`, pair), []);
      assert.deepEqual(reported(`${us}channel Cases between EE, US { carries personal-data safeguards administrative-arrangement }\nclause TransferSafeguards """${content}"""\n`, pair), []);
    });

    it('a clause on transfer safeguards does not excuse a channel that names none', () => {
      assert.deepEqual(reported(`${us}channel Cases between EE, US { carries personal-data }\nclause TransferSafeguards """${content}"""\n`, pair), ['transfer-without-safeguards']);
    });
  });

  describe('CF08 / MC06 missing-depositary', () => {
    const pair = ['bilateral-treaty-depositary', 'missing-depositary'];
    const two = 'party EE "Estonia"\nparty FI "Finland"\n';
    const three = `${two}party LV "Latvia"\n`;

    it('a multilateral treaty naming no depositary: only MC06', () => {
      const found = diagnose(`treaty "T" { status binding }\n${three}`).filter((d) => d.catalogueId === 'CF08' || d.code === 'missing-depositary');
      assert.deepEqual(
        found.map((d) => d.code),
        ['missing-depositary'],
      );
    });

    it('a bilateral treaty naming a depositary: only CF08', () => {
      assert.deepEqual(reported(`treaty "T" {\n  status binding\n  depositary EE\n}\n${two}`, pair), ['bilateral-treaty-depositary']);
    });

    it('near misses: a multilateral treaty with a depositary and a bilateral one without report neither', () => {
      assert.deepEqual(reported(`treaty "T" {\n  status binding\n  depositary EE\n}\n${three}`, pair), []);
      assert.deepEqual(reported(`treaty "T" { status binding }\n${two}`, pair), []);
    });
  });
});
