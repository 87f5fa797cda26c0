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

const eeFi = 'participant EE "Estonia" { jurisdiction EE contact Duty "CERT-EE" }\nparticipant FI "Finland" { jurisdiction FI contact Desk "NCSC-FI" }\n';

describe('overlapping conflict and missing-clause pairs report once', () => {
  describe('CF18 budapest-35-without-24-7 / MC13 missing-24-7-contact', () => {
    const pair = ['budapest-35-without-24-7', 'missing-24-7-contact'];

    it('a party with no contact at all under Art. 35: only MC13', () => {
      assert.deepEqual(reported('participant EE "Estonia"\nassistance { basis budapest-35 }\n', pair), ['missing-24-7-contact']);
    });

    it('a party with an office-hours contact under Art. 35: only CF18', () => {
      assert.deepEqual(reported('participant EE "Estonia" { contact Desk "CERT-EE" available office-hours }\nassistance { basis budapest-35 }\n', pair), [
        'budapest-35-without-24-7',
      ]);
    });

    it('near misses: office hours without Art. 35 is MC13 alone, a 24/7 contact clears both', () => {
      assert.deepEqual(reported('participant EE "Estonia" { contact Desk "CERT-EE" available office-hours }\nassistance { basis urgent-assistance }\n', pair), [
        'missing-24-7-contact',
      ]);
      assert.deepEqual(
        reported('participant EE "Estonia" {\n  contact Desk "CERT-EE" available office-hours\n  contact Duty "CERT-EE duty" available 24/7\n}\nassistance { basis budapest-35 }\n', pair),
        [],
      );
    });

    it('a party with office-hours and unspecified contacts under Art. 35: only CF18, on the office-hours word', () => {
      const text = 'participant EE "Estonia" {\n  contact Desk "CERT-EE" available office-hours\n  contact Lab "CERT-EE lab"\n}\nassistance { basis budapest-35 }\n';
      assert.deepEqual(reported(text, pair), ['budapest-35-without-24-7']);
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
    const us = `${eeFi}participant US "United States" { jurisdiction US contact C "CISA" }\n`;

    it('personal data to a non-adequate country with no safeguards: only CF16', () => {
      assert.deepEqual(reported(`${us}channel Cases between EE, US { carries personal-data }\n`, pair), ['transfer-without-safeguards']);
    });

    it('named safeguards without their rights and redress: only MC20', () => {
      assert.deepEqual(reported(`${us}channel Cases between EE, US { carries personal-data safeguards administrative-arrangement }\n`, pair), [
        'missing-transfer-safeguards',
      ]);
    });

    it('near misses: safeguards with their text, or with a clause on transfer safeguards, clear both', () => {
      assert.deepEqual(reported(`${us}channel Cases between EE, US { carries personal-data safeguards administrative-arrangement "rights and redress in Annex A" }\n`, pair), []);
      assert.deepEqual(
        reported(`${us}channel Cases between EE, US { carries personal-data safeguards administrative-arrangement }\nclause TransferSafeguards "Data subjects may seek redress."\n`, pair),
        [],
      );
    });

    it('a clause on transfer safeguards does not excuse a channel that names none', () => {
      assert.deepEqual(reported(`${us}channel Cases between EE, US { carries personal-data }\nclause TransferSafeguards "Data subjects may seek redress."\n`, pair), [
        'transfer-without-safeguards',
      ]);
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
