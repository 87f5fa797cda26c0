import assert from 'node:assert/strict';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';
import { fixed, only } from './conflict-helpers';

const parties = `participant EE "CERT-EE" { kind national-cert jurisdiction EE }
participant US "CISA" { kind government-agency jurisdiction US }
participant CH "Switzerland" { jurisdiction CH }
participant NATO "NATO" { kind international-organisation jurisdiction BE }
participant EUI "CERT-EU" { kind international-organisation jurisdiction EU }
`;

const cases = (members: string, extra = '') => `channel Cases between ${members} {\n  carries personal-data${extra}\n}\n`;

describe('data-protection conflicts (CF16, CF17)', () => {
  describe('CF16 personal data leaving the EU with no Chapter V basis stated', () => {
    it('reports each recipient no adequacy decision covers, on its name, relating the sender and its regime', () => {
      const found = checkDiagnostics(`${parties}channel Cases between EE, US, CH, NATO, EUI {
//                        ^^ transfer-without-safeguards
//                                ^^^^ transfer-without-safeguards
  carries personal-data
}
`);
      assert.ok(found.every((d) => d.severity === 'error' && d.catalogueId === 'CF16'));
      assert.equal(found[0].related[0].message, 'EE is a national CSIRT, whose processing falls under the GDPR unless declared outside Union law (Art. 2(2)(a)).');
      // Never "unlawful": the derogations exist; the message names the basis that is missing.
      assert.match(found[0].message, /covers only US organisations certified under the EU–US Data Privacy Framework, not US public authorities/);
      assert.match(found[0].message, /No GDPR Chapter V basis is stated for personal data from EE .*Art\. 46\) or the derogation relied on \(Art\. 49; for public authorities only 49\(1\)\(d\)–\(g\), Art\. 49\(3\)\)\./);
      // CERT-EU sends to the same recipients under its own rules (twenty-eighth real-instrument run, probe 6).
      assert.match(found[0].message, / EUI sends these data too, under the transfer rules for Union bodies: its transfer needs a basis under those rules as well\.$/);
      assert.ok(found.every((d) => !/unlawful/.test(d.message)));
      assert.match(found.find((d) => d.message.startsWith('NATO'))!.message, /international organisation/);
    });

    // Legal review §1.3 CF16, probe t4: the Canadian and Japanese decisions cover only private bodies.
    it('reports a Canadian federal agency (Decision 2002/2/EC covers only PIPEDA organisations), not a PIPEDA company', () => {
      const text = `participant EE "CERT-EE" { kind national-cert jurisdiction EE }
participant CA "Canadian Centre for Cyber Security" { kind government-agency jurisdiction CA }
participant SHOP "Shopify Inc." { kind company jurisdiction CA }
channel P between EE, CA, SHOP {
//                    ^^ transfer-without-safeguards
  carries personal-data
}
`;
      const [d] = checkDiagnostics(text);
      assert.match(d.message, /^CA is a government agency in CA, and the adequacy decision for Canada \(2002\/2\/EC\) covers only recipients subject to PIPEDA/);
      checkNoDiagnostics(`participant EE "CERT-EE" { kind national-cert jurisdiction EE }\nparticipant SHOP "Shopify Inc." { kind company jurisdiction CA }\n${cases('EE, SHOP')}`, [
        'transfer-without-safeguards',
        'possible-transfer-without-safeguards',
      ]);
    });

    it('applies the sender\'s own regime: the LED for a police authority, Regulation 2018/1725 for a Union body', () => {
      const police = 'participant EE "Police and Border Guard Board" { kind government-agency jurisdiction EE regimes LED }\n';
      const led = only(`${police}participant CH "Swiss police" { kind government-agency jurisdiction CH }\nparticipant GB "UK police" { kind government-agency jurisdiction GB }\nparticipant JP "Japanese police" { kind government-agency jurisdiction JP }\n${cases('EE, CH, GB, JP')}`, 'transfer-without-safeguards');
      assert.match(led.message, /^JP has no adequacy decision under the Law Enforcement Directive \(the only one is for the United Kingdom\)\. No Law Enforcement Directive \(Directive \(EU\) 2016\/680, Chapter V\) basis is stated for personal data from EE/);
      const eudpr = only(`participant EUB "CERT-EU" { kind national-cert jurisdiction EU }\nparticipant IN "CERT-In" { kind national-cert jurisdiction IN }\n${cases('EUB, IN')}`, 'transfer-without-safeguards');
      // Which Union body and which data the language cannot tell: the message names both regimes (sixteenth run).
      assert.match(eudpr.message, /No Union-body transfer basis is stated for personal data from EUB \(EUB is a Union body, to which the GDPR does not apply/);
      assert.match(eudpr.message, /Regulation \(EU\) 2018\/1725, Chapter V, or, for operational personal data, the body’s own founding regulation \(Europol: Regulation \(EU\) 2016\/794 as amended, Art\. 25/);
    });

    it('accepts safeguards, a named derogation, adequate recipients, non-personal data, processing outside Union law and senders outside the EU', () => {
      const codes = ['transfer-without-safeguards', 'possible-transfer-without-safeguards'];
      checkNoDiagnostics(`${parties}${cases('EE, US', '\n  safeguards standard-data-protection-clauses')}`, codes);
      checkNoDiagnostics(`${parties}${cases('EE, US', '\n  safeguards derogation-49-1-d "important reasons of public interest recognised in Estonian law"')}`, codes);
      checkNoDiagnostics(`${parties}${cases('EE, CH, EUI')}`, codes);
      checkNoDiagnostics(`${parties}channel C between EE, US {\n  carries indicators\n}\n`, codes);
      checkNoDiagnostics(`participant MOD "Ministry of Defence" { kind government-agency jurisdiction EE regimes outside-union-law }\n${parties.split('\n')[1]}\n${cases('MOD, US')}`, codes);
      checkNoDiagnostics(`${parties}${cases('US, NATO')}`, codes);
    });
  });

  describe('possible-transfer-without-safeguards: the same law where the language cannot tell', () => {
    it('a State or ministry may act under the GDPR, the LED or outside Union law: conditional, a warning', () => {
      const text = `participant EE "Republic of Estonia" { kind state jurisdiction EE }
participant US "CISA" { kind government-agency jurisdiction US }
channel Cases between EE, US {
//                        ^^ possible-transfer-without-safeguards
  carries personal-data
}
`;
      const [d] = checkDiagnostics(text);
      assert.equal(d.severity, 'warning');
      assert.match(d.message, /^If EE processes these data under the GDPR \(EE is a State \(EE\): its processing is under the GDPR unless it acts as a law-enforcement authority/);
      assert.match(d.message, /declare `regimes GDPR`, `LED` or `outside-union-law` to settle it/);
    });

    it('criminal evidence sent by a State organ: conditional under the Law Enforcement Directive', () => {
      const d = only(
        `participant NL "Kingdom of the Netherlands" { kind state jurisdiction NL }\nparticipant HK "Hong Kong SAR" { kind government-agency jurisdiction HK }\n${cases('NL, HK', ', electronic-evidence')}`,
        'possible-transfer-without-safeguards',
      );
      assert.match(d.message, /^If NL processes these data under the Law Enforcement Directive .*no adequacy decision under the Law Enforcement Directive/);
    });

    // Eleventh real-instrument run: the EU–US PNR Agreement 2007 without its safeguards line was an error.
    it('a binding treaty of the Union with a third State may itself be the basis: conditional, never an error', () => {
      const treaty = 'treaty "Agreement" { status binding }\nparty EU "The European Union" { kind international-organisation jurisdiction EU }\nparty US "The United States of America" { kind state jurisdiction US }\n';
      const text = `${treaty}channel PNR between EU, US { carries personal-data }\n`;
      assert.deepEqual(diagnose(text).filter((x) => x.code === 'transfer-without-safeguards'), []);
      const d = only(text, 'possible-transfer-without-safeguards');
      assert.equal(d.severity, 'warning');
      assert.match(d.message, /^US is a State \(US\), and .*this treaty may itself provide the basis for transfers by a Union body, as a legally binding instrument between public authorities or bodies, if it states the safeguards/);
      // An MoU of the Union cannot be that instrument: still an error.
      const mou = `memorandum "Arrangement" { status non-binding }\nparticipant EU "The European Union" { kind international-organisation jurisdiction EU }\nparticipant US "The United States of America" { kind state jurisdiction US }\nchannel PNR between EU, US { carries personal-data }\n`;
      assert.equal(only(mou, 'transfer-without-safeguards').severity, 'error');
    });

    it('a US company is covered only if certified under the Data Privacy Framework, a Japanese CERT only if an APPI business operator', () => {
      const ee = 'participant EE "CERT-EE" { kind national-cert jurisdiction EE }\n';
      const us = only(`${ee}participant ACME "Acme Inc." { kind company jurisdiction US }\n${cases('EE, ACME')}`, 'possible-transfer-without-safeguards');
      assert.match(us.message, /it covers ACME \(a company in US\) only if ACME is certified; unless it does, no GDPR Chapter V basis is stated/);
      const jp = only(`${ee}participant JP "JPCERT/CC" { kind national-cert jurisdiction JP }\n${cases('EE, JP')}`, 'possible-transfer-without-safeguards');
      assert.match(jp.message, /personal information handling business operators under the APPI .* only if JP is one of them/);
      checkNoDiagnostics(`${ee}participant ACME "Acme Inc." { kind company jurisdiction US }\n${cases('EE, ACME', '\n  safeguards eu-us-dpf "Acme Inc. is certified under the Data Privacy Framework"')}`, [
        'possible-transfer-without-safeguards',
        'missing-transfer-safeguards',
      ]);
    });
  });

  describe('CF17 a non-binding MoU used as the Art. 46(2)(a) instrument', () => {
    const mou = `memorandum "M" { status non-binding }\n${parties}`;

    it('reports the safeguard that claims a legally binding instrument', () => {
      const text = `${mou}channel Cases between EE, US {
  carries personal-data
  safeguards legally-binding-instrument
//           ^^^^^^^^^^^^^^^^^^^^^^^^^^ mou-as-binding-instrument
}
`;
      const [d] = checkDiagnostics(text);
      assert.equal(d.severity, 'error');
      assert.match(fixed(text, 'mou-as-binding-instrument'), /safeguards administrative-arrangement\n/);
    });

    it('accepts an administrative arrangement in an MoU, and a binding instrument in a treaty', () => {
      const channel = (safeguard: string) => `channel Cases between EE, US {\n  carries personal-data\n  safeguards ${safeguard}\n}\n`;
      checkNoDiagnostics(mou + channel('administrative-arrangement'), ['mou-as-binding-instrument']);
      checkNoDiagnostics(`treaty "T" { status binding }\n${parties}${channel('legally-binding-instrument')}`, ['mou-as-binding-instrument']);
    });
  });
});
