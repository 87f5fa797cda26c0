/**
 * The Law Enforcement Directive leads on a law-enforcement channel (twenty-first run, probe cu1;
 * twenty-second run, probe 8): where a channel's stated purpose is the prevention, investigation,
 * detection or prosecution of criminal offences or the execution of criminal penalties
 * (Directive (EU) 2016/680, Art. 1(1); GDPR Art. 2(2)(d)), a sender whose regime is open is
 * presumed under the Directive — conditionally — in `possible-transfer-without-safeguards` and in
 * the union-law note; a company or a CSIRT stays under the GDPR. The purposes are the real texts'
 * own (NL–US PCSC Agreement 2010, Lanzarote Convention Art. 37(1), NL–Samoa TIEA 2009 Art. 8,
 * Norgerhaven Agreement 2015 Art. 2), each with its near miss.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { diagnose } from '../helpers/fixture';

const treaty = (nl: string, purpose: string, carries = 'personal-data') =>
  `treaty "Agreement" {\n  status binding\n  signed at "The Hague" on 2020-03-01\n  effect on signature\n}\nparty NL "The Kingdom of the Netherlands" {\n  ${nl}\n}\nparty UA "Ukraine" {\n  kind state\n  jurisdiction UA\n}\nchannel Offenders between NL, UA {\n  carries ${carries}\n  purpose "${purpose}"\n}\n`;
const state = 'kind state\n  jurisdiction NL';

const transfer = (text: string) => diagnose(text).filter((d) => d.code === 'possible-transfer-without-safeguards' || d.code === 'transfer-without-safeguards');
const only = (text: string) => {
  const found = transfer(text);
  assert.equal(found.length, 1, found.map((d) => d.message).join('\n'));
  return found[0];
};

// Lanzarote Convention, Art. 37(1).
const lanzarote = 'For the purposes of prevention and prosecution of the offences established in accordance with this Convention (Article 37(1))';

describe('the Law Enforcement Directive leads on a law-enforcement channel', () => {
  it('presumes a State under the Directive, conditionally, where the purpose is the prosecution of offences', () => {
    const d = only(treaty(state, lanzarote));
    assert.equal(d.code, 'possible-transfer-without-safeguards');
    assert.match(d.message, /^If NL processes these data under the Law Enforcement Directive \(NL is a State \(NL\) on a channel for “prevention and prosecution of the offences established in accordance with this Convention”/u);
    assert.match(d.message, /no adequacy decision under the Law Enforcement Directive/u);
    assert.match(d.message, /other bodies under the GDPR/u);
  });

  it('reads the Dutch purposes of the NL–US PCSC Agreement, and names the Directive first in the union-law note', () => {
    const file = readFileSync('test/real-instruments/nl-us-serious-crime-pcsc-2010.entente', 'utf8');
    const found = diagnose(file);
    const transfers = found.filter((d) => d.code === 'possible-transfer-without-safeguards');
    assert.equal(transfers.length, 3);
    for (const d of transfers) assert.match(d.message, /^If the Member State concluded it \(consented to be bound\) before 6 May 2016 [^.]*\(Art\. 61 of the Law Enforcement Directive\)\. If NL processes these data under the Law Enforcement Directive \(NL is the Government of a State \(NL\) on a channel for “[^”]*strafbare feiten”/u);
    const note = found.filter((d) => d.code === 'missing-union-law-clause');
    assert.equal(note.length, 1);
    assert.match(note[0].message, /Chapter V of the Law Enforcement Directive or of the GDPR, whichever governs the sender’s processing/u);
  });

  it('reads the execution of sentences and a purpose stated as the only one permitted', () => {
    // Norgerhaven Agreement 2015, Arts. 2 and 5.
    const norgerhaven = 'Personal data supplied for the application of this Agreement shall only be used for the purpose of this Agreement: to regulate matters relating to or arising out of the execution of Norwegian sentences in the prison (Article 2)';
    assert.match(only(treaty(state, norgerhaven)).message, /^If NL processes these data under the Law Enforcement Directive .*“execution of Norwegian sentences in the prison”/u);
    assert.match(only(treaty(state, 'The data shall not be used for purposes other than the prevention and prosecution of criminal offences')).message, /^If NL processes these data under the Law Enforcement Directive/u);
  });

  describe('near misses', () => {
    it('keeps a company or a CSIRT under the GDPR, whatever the channel is for', () => {
      // A company is no public body: the treaty cannot be its Art. 46(2)(a) instrument, so the finding is definite.
      assert.equal(only(treaty('kind company\n  jurisdiction NL', lanzarote)).code, 'transfer-without-safeguards');
      for (const kind of ['company', 'national-cert']) {
        const d = only(treaty(`kind ${kind}\n  jurisdiction NL`, lanzarote));
        assert.match(d.message, /no GDPR Chapter V basis is stated/iu, kind);
        assert.doesNotMatch(d.message, /Law Enforcement Directive/u, kind);
      }
    });

    it('follows a declared regime over the purpose', () => {
      assert.match(only(treaty(`${state}\n  regimes GDPR`, lanzarote)).message, /GDPR Chapter V basis is stated for personal data from NL other than the instrument itself/u);
    });

    it('keeps the GDPR first where the purpose is not criminal, denied, or only administrative', () => {
      const purposes = [
        'network defence of the Participants',
        'the prevention and investigation of incidents affecting networks and information systems',
        'Information exchanged will not be used for the prosecution of criminal offences',
        'for the prevention and investigation of customs offences',
        // NL–Samoa TIEA 2009, Art. 8.
        'may be disclosed only to persons or authorities (including courts and administrative bodies) in the jurisdiction of the Contracting Party concerned with the assessment or collection of, the enforcement or prosecution in respect of, or the determination of appeals in relation to, the taxes covered by this Agreement',
      ];
      for (const purpose of purposes) assert.match(only(treaty(state, purpose)).message, /^If NL processes these data under the GDPR \(NL is a State \(NL\): its processing is under the GDPR unless/u, purpose);
    });

    it('keeps the neutral union-law formula, GDPR first, where the purpose is not criminal', () => {
      const note = diagnose(treaty(state, 'network defence of the Participants')).filter((d) => d.code === 'missing-union-law-clause');
      assert.equal(note.length, 1);
      assert.match(note[0].message, /Chapter V of the GDPR or of the Law Enforcement Directive, whichever governs/u);
    });
  });
});
