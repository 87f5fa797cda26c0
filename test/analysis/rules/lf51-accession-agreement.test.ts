/**
 * lf51, treaty lawyer lr29 defect D5: the Croatia–Curaçao savings income letters of 3 and 27 June
 * 2013. TFEU Art. 351 covers agreements of an acceding State "met één of meer derde staten" (read:
 * BWBV0001506); the other party is the Kingdom of the Netherlands in respect of Curaçao, a Member
 * State. And the letters provide for later constitutional formalities, so the reply is no consent
 * to be bound: the Art. 96 sentence is conditional. Near misses: an acceding State's agreement with
 * a third State keeps Art. 351; an exchange without such formalities keeps consent by the reply.
 */
import assert from 'node:assert/strict';
import { repoText } from '../../helpers/fix-review';
import { diagnose } from '../../helpers/fixture';

const messages = (text: string) => diagnose(text).filter((d) => d.code === 'missing-transfer-safeguards' || d.code === 'possible-transfer-without-safeguards').map((d) => d.message);

describe('lf51 D5: Art. 351 only with third States; letters awaiting constitutional formalities are no consent by the reply', () => {
  it('the real file: no Art. 351, and the Art. 96 sentence is conditional', () => {
    const [message] = messages(repoText('test/real-instruments/cw-hr-savings-income-letters-2013.entente'));
    assert.doesNotMatch(message, /Art\. 351/);
    assert.doesNotMatch(message, /Concluded by HR on 2013-06-27/);
    assert.match(message, /If HR concluded it \(consented to be bound\) before 24 May 2016 \(the date of the reply is 2013-06-27; consent follows it\)/);
  });

  const real = repoText('test/real-instruments/cw-hr-savings-income-letters-2013.entente');
  // The same letters without their words on constitutional formalities (the reply is then consent).
  const noFormalities = real.replace(/internal\s+constitutional\s+formalities/g, 'internal arrangements').replace(/formalities\s+constitutionally\s+required/g, 'arrangements required').replace(/domestic\s+constitutional\s+requirements/g, 'domestic arrangements');
  const withSerbia = (text: string) => text.replace('party CW "The Kingdom of the Netherlands, in respect of Curaçao" {\n  kind state\n  jurisdiction CW', 'party CW "The Republic of Serbia" {\n  kind state\n  jurisdiction RS');

  it('near miss: without later formalities the reply is consent, and still no Art. 351 with a Member State', () => {
    const [message] = messages(noFormalities);
    assert.match(message, /Concluded by HR on 2013-06-27 \(the date of the reply\), before its accession to the Union on 1 July 2013, before/);
    assert.doesNotMatch(message, /Art\. 351/);
  });

  it('near miss: with a third State, Art. 351 is still cited', () => {
    const text = withSerbia(noFormalities);
    assert.notEqual(text, noFormalities);
    const [message] = messages(text);
    assert.match(message, /\(an agreement TFEU Art\. 351 governs\)/);
  });
});
