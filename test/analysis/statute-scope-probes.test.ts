/**
 * The sixteenth red-team run (test/probes/sixteenth/REPORT.md): statutes said to bind parties they
 * do not bind. Each probe file is run as written and held to the findings a lawyer would accept;
 * the near misses (the findings that are right) are asserted too, so no fix is "turn the rule off".
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../helpers/fixture';

const probe = (file: string) => diagnose(readFileSync(join(import.meta.dirname, '..', 'probes', 'sixteenth', file), 'utf8'));
const on = (found: ReturnType<typeof diagnose>, code: string, line: number) => found.filter((d) => d.code === code && d.range.start.line + 1 === line);
const lines = (found: ReturnType<typeof diagnose>, code: string) => found.filter((d) => d.code === code).map((d) => `${d.range.start.line + 1}:${d.severity}`);

describe('sixteenth red-team probes: statute scope of the transfer rules', () => {
  describe('mou-as-binding-instrument applies the sender’s own law, and only to a transfer out of the EEA', () => {
    it('no sender under the GDPR (US, Swiss, NATO senders): nothing; a Union body: its own rules, never the GDPR’s authorisation', () => {
      const found = probe('mou-as-binding-instrument-non-gdpr-senders.entente');
      assert.deepEqual(lines(found, 'mou-as-binding-instrument'), ['110:error']);
      const [europol] = on(found, 'mou-as-binding-instrument', 110);
      assert.match(europol.message, /Regulation \(EU\) 2018\/1725, Chapter V, or, for operational personal data, the body’s own founding regulation \(Europol: Regulation \(EU\) 2016\/794 as amended, Art\. 25/);
      assert.doesNotMatch(europol.message, /46\(3\)\(b\)|Data Privacy Framework/);
    });

    it('a sender declared outside Union law: nothing', () => {
      assert.deepEqual(lines(probe('mou-as-binding-instrument-outside-union-law.entente'), 'mou-as-binding-instrument'), []);
    });

    it('flows to Norway and Germany stay in the EEA: nothing', () => {
      const found = probe('mou-as-binding-instrument-within-eea.entente');
      assert.deepEqual(lines(found, 'mou-as-binding-instrument'), []);
      assert.deepEqual(lines(found, 'transfer-without-safeguards'), []);
    });

    it('a police sender under the LED: the finding stands, in the Directive’s terms (Art. 37(1)(a), (b)), with no GDPR authorisation', () => {
      const [d, ...rest] = probe('mou-as-binding-instrument-led-sender.entente').filter((x) => x.code === 'mou-as-binding-instrument');
      assert.equal(rest.length, 0);
      assert.equal(d.severity, 'error');
      assert.equal(d.range.start.line + 1, 56);
      assert.match(d.message, /legally binding instrument of Art\. 37\(1\)\(a\) of Directive \(EU\) 2016\/680/);
      assert.match(d.message, /controller's own assessment that appropriate safeguards exist \(Art\. 37\(1\)\(b\)\)/);
      assert.doesNotMatch(d.message, /46\(|supervisory authority/);
      assert.equal(d.fixes?.length ?? 0, 0);
    });

    it('near miss: a GDPR sender to a third country keeps the Art. 46 error and its fix', () => {
      const text = 'memorandum "MoU" { status non-binding }\nparticipant EE "CERT-EE" { kind national-cert jurisdiction EE }\nparticipant US "CISA" { kind government-agency jurisdiction US }\nchannel Cases between EE, US {\n  carries personal-data\n  safeguards legally-binding-instrument\n}\n';
      const [d] = diagnose(text).filter((x) => x.code === 'mou-as-binding-instrument');
      assert.equal(d.severity, 'error');
      assert.match(d.message, /relies on GDPR Art\. 46\(2\)\(a\).*Art\. 46\(3\)\(b\)/);
      // To an international organisation too (GDPR Art. 44): NATO is outside the EEA.
      const nato = text.replace('participant US "CISA" { kind government-agency jurisdiction US }', 'participant US "NATO NCIRC" { kind international-organisation jurisdiction INT }');
      assert.equal(diagnose(nato).filter((x) => x.code === 'mou-as-binding-instrument').length, 1);
    });
  });

  describe('transfer-without-safeguards for Union-body senders names the regimes it cannot tell apart', () => {
    it('Europol, Eurojust and CERT-EU: an error each, naming 2018/1725 Chapter V or the founding regulation, and no GDPR adequacy decision', () => {
      const found = probe('union-agency-sender-transfer-law.entente');
      assert.deepEqual(lines(found, 'transfer-without-safeguards'), ['98:error', '106:error', '114:error', '122:error']);
      for (const d of found.filter((x) => x.code === 'transfer-without-safeguards')) {
        assert.match(d.message, /Regulation \(EU\) 2018\/1725, Chapter V, or, for operational personal data, the body’s own founding regulation \(Europol: Regulation \(EU\) 2016\/794 as amended, Art\. 25; Eurojust: Regulation \(EU\) 2018\/1727;/);
        assert.doesNotMatch(d.message, /Data Privacy Framework|2023\/1795|under the Regulation’s transfer rules/);
      }
    });
  });

  describe('an LED sender to recipients that are not competent authorities', () => {
    const found = probe('led-sender-non-competent-recipients.entente');

    it('GDPR standard clauses do not clear a police sender’s transfer to a company (l. 101)', () => {
      const [d] = on(found, 'transfer-without-safeguards', 101);
      assert.ok(d, lines(found, 'transfer-without-safeguards').join(', '));
      assert.equal(d.severity, 'error');
      assert.match(d.message, /`standard-data-protection-clauses` is a GDPR transfer tool, no basis under the Directive/);
      assert.match(d.message, /Art\. 35\(1\)\(b\) of the Directive allows transfers only to an authority competent for criminal matters, which ISP \(a company\) is not/);
    });

    it('the messages do not let safeguards make a standing channel to a CSIRT or a company lawful', () => {
      assert.deepEqual(lines(found, 'transfer-without-safeguards'), ['77:error', '85:error', '93:error', '101:error']);
      for (const line of [85, 93]) assert.match(on(found, 'transfer-without-safeguards', line)[0].message, /Art\. 39 .*individual and specific cases.*unless an international agreement in force on judicial cooperation in criminal matters and police cooperation provides otherwise/);
      // The FBI may be a competent authority: the Directive's Chapter V basis is still offered.
      assert.match(on(found, 'transfer-without-safeguards', 77)[0].message, /which serves only if FBI is an authority competent for criminal matters/);
    });

    it('GDPR clauses named for a CSIRT that may be a competent authority: conditional, not an error', () => {
      const text = readFileSync(join(import.meta.dirname, '..', 'probes', 'sixteenth', 'led-sender-non-competent-recipients.entente'), 'utf8').replace('channel ToIspSafeguards between NLP, ISP', 'channel ToCertSafeguards between NLP, USC');
      const codes = diagnose(text).filter((d) => d.message.includes('GDPR transfer tool')).map((d) => `${d.code}:${d.severity}`);
      assert.deepEqual(codes, ['possible-transfer-without-safeguards:warning']);
    });

    it('near miss: a GDPR sender naming standard clauses is still cleared', () => {
      const text = 'participant EE "CERT-EE" { kind national-cert jurisdiction EE }\nparticipant US "Hosting Inc." { kind company jurisdiction US }\nchannel C between EE, US {\n  carries personal-data\n  safeguards standard-data-protection-clauses "Annex B"\n}\n';
      assert.deepEqual(diagnose(text).filter((d) => d.code.includes('transfer-without-safeguards')), []);
    });
  });

  describe('foreign-access-without-agreement draws the EEA line as the transfer rules do', () => {
    it('Kripos is no third-country authority; a Norwegian company is a GDPR controller; the US and UK requests stay', () => {
      const found = probe('foreign-access-eea-line.entente');
      assert.deepEqual(lines(found, 'foreign-access-without-agreement'), ['82:warning', '88:warning', '94:warning']);
      assert.match(on(found, 'foreign-access-without-agreement', 82)[0].message, /from NOH, a company in NO under the GDPR/);
    });
  });

  describe('missing-union-law-clause names an international organisation as one', () => {
    it('NATO is not called a third country; a third country still is', () => {
      const found = probe('union-law-clause-international-organisation.entente');
      const [d] = found.filter((x) => x.code === 'missing-union-law-clause');
      assert.match(d.message, /(?:concludes|made) this treaty with an international organisation on matters .*transfers of personal data to an international organisation \(Chapter V of the GDPR or of the Law Enforcement Directive, whichever governs the sender’s processing\); CSIRT information sharing with an international organisation/);
      assert.doesNotMatch(d.message, /third country/);
      assert.deepEqual(lines(found, 'possible-transfer-without-safeguards'), ['62:warning']);
      const pcsc = probe('pcsc-2010-led-declared.entente').find((x) => x.code === 'missing-union-law-clause');
      // Signed in 2010, before LED Art. 61's day, the note is dated (fifty-second run): still a third country.
      assert.match(pcsc!.message, /this treaty with a third country deals with/);
    });
  });

  describe('controls', () => {
    it('the transfer findings the reviewer judged right are unchanged', () => {
      const found = probe('controls-right-verdicts.entente');
      assert.deepEqual(lines(found, 'transfer-without-safeguards'), ['80:error', '81:error', '90:error']);
      assert.deepEqual(lines(found, 'possible-transfer-without-safeguards'), ['79:warning']);
      const pcsc = probe('pcsc-2010-led-declared.entente');
      assert.deepEqual(lines(pcsc, 'possible-transfer-without-safeguards'), ['198:warning', '207:warning', '215:warning']);
    });
  });
});
