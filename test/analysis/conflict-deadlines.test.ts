/**
 * Statutory reporting duties and who they bind (issue #9): the retired CF11
 * `deadline-exceeds-statute`, its regression fixtures from the legal review's probes, and the two
 * rules that replace what was right in it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateSettings } from '../../server/src/language/config/validate-settings';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';
import { applyFix, only } from './conflict-helpers';

const probe = (name: string) => readFileSync(new URL(`../../test/analysis/fixtures/review-probes/${name}.entente`, import.meta.url), 'utf8');

describe('statutory reporting and applicability (retired CF11)', () => {
  describe('the retired deadline-exceeds-statute', () => {
    // Legal review ▶ CF11, probe fp-treaty: a defence treaty between two States with 48 and 96 hours
    // was told that NIS2 "binds EE, FI" and to shorten both deadlines.
    it('fp-treaty: a State-to-State protocol of 48 and 96 hours raises no statutory finding', () => {
      const found = diagnose(probe('fp-treaty')).filter((d) => /statut|deadline|regime/.test(d.code));
      assert.deepEqual(found.map((d) => d.code), []);
    });

    // Probe t4: Eesti Pank "bound by DORA" was held to "4 hours" from awareness for 12 and 48 hours.
    it('t4: no DORA deadline is compared with the protocol; the misdeclared central bank is reported instead', () => {
      const found = diagnose(probe('t4'));
      assert.deepEqual(found.filter((d) => /deadline|statutory/.test(d.code)).map((d) => d.code), []);
      assert.deepEqual(found.filter((d) => d.code === 'regime-not-binding-on-party').map((d) => d.range.start.line), [16]);
      // The review's true positives stay.
      assert.ok(found.some((d) => d.code === 'value-out-of-range' && /TLP:WHITE/.test(d.message)));
      assert.ok(found.some((d) => d.code === 'unused-declaration' && /Sales/.test(d.message)));
    });

    it('a suppression or a setting naming it is told it was retired, not that it is unknown', () => {
      const text = 'participant EE "Estonia"\n// entente-disable-next-line deadline-exceeds-statute -- NIS2 aligned\nchannel C between EE\n';
      const d = only(text, 'unknown-suppression-code');
      assert.match(d.message, /^deadline-exceeds-statute was retired and reports nothing \(it applied statutory reporting deadlines/);
      assert.match(d.message, /What was right in it is now statutory-reporting-not-reserved and regime-not-binding-on-party\. Delete it from this suppression\.$/);
      assert.equal(applyFix(text, d), 'participant EE "Estonia"\nchannel C between EE\n');
      assert.match(only('participant EE "Estonia"\n// entente-disable-next-line CF11 -- aligned\nchannel C between EE\n', 'unknown-suppression-code').message, /^CF11 \(deadline-exceeds-statute\) was retired/);
      const { warnings } = validateSettings({ rules: { 'deadline-exceeds-statute': 'off', CF11: 'info' } });
      assert.equal(warnings.filter((w) => /was retired/.test(w)).length, 2);
      assert.ok(!warnings.some((w) => /unknown rule/.test(w)));
    });
  });

  describe('regime-not-binding-on-party', () => {
    it('reports NIS2 declared for a State, on the regime word (samples/registry before issue #9)', () => {
      const [d] = checkDiagnostics(`party EE "Republic of Estonia" {
  kind state
  jurisdiction EE
  regimes NIS2, GDPR
//        ^^^^ regime-not-binding-on-party
}
`);
      assert.equal(d.severity, 'warning');
      assert.match(d.message, /^EE is declared bound by NIS2, but NIS2 is addressed to the Member States \(Art\. 46\) and binds EE as to the result to be achieved \(TFEU Art\. 288\(3\)\).*bind the essential and important entities/);
    });

    it('reports DORA for a supervisor, CERT or central bank, the GDPR for a Union body, the LED for a company', () => {
      const cases: [string, RegExp][] = [
        ['participant CSSF "CSSF" { kind government-agency jurisdiction LU regimes DORA }', /receives those reports and is not bound by Art\. 19 — unless it is itself a financial entity/],
        ['participant EUB "CERT-EU" { kind national-cert jurisdiction EU regimes GDPR }', /Regulation \(EU\) 2018\/1725 does/],
        ['participant EUB "CERT-EU" { kind national-cert jurisdiction EU regimes NIS2 }', /Regulation \(EU\) 2023\/2841/],
        ['participant ACME "Acme" { kind company jurisdiction DE regimes LED }', /competent authorities in criminal matters: .*a company normally is not one/],
        ['participant EE "CERT-EE" { kind national-cert jurisdiction EE regimes EUDPR }', /binds only Union institutions/],
        ['participant NATO "NATO" { kind international-organisation jurisdiction BE regimes CIRCIA }', /covered entities in US critical-infrastructure sectors/],
      ];
      for (const [party, message] of cases) assert.match(only(`${party}\n`, 'regime-not-binding-on-party').message, message, party);
    });

    it('accepts regimes an entity of that kind can bear (near misses)', () => {
      for (const party of [
        'participant ACME "Acme Energy" { kind company jurisdiction DE regimes NIS2, GDPR }',
        'participant BANK "Example Bank" { kind company jurisdiction IE regimes DORA }',
        'participant RIA "Information System Authority" { kind government-agency jurisdiction EE regimes NIS2, GDPR }',
        'participant POL "Police" { kind government-agency jurisdiction EE regimes LED }',
        'participant EUB "CERT-EU" { kind national-cert jurisdiction EU regimes EUDPR }',
        'participant MOD "Ministry of Defence" { kind government-agency jurisdiction FI regimes outside-union-law }',
      ]) {
        checkNoDiagnostics(`${party}\n`, ['regime-not-binding-on-party']);
      }
    });
  });

  describe('statutory-reporting-not-reserved', () => {
    const acme = 'participant ACME "Acme Energy" { kind company jurisdiction DE regimes NIS2 }\nparticipant EE "CERT-EE" { kind national-cert jurisdiction EE }\n';

    it('advises, at info level, that a declared NIS2 duty runs separately: its recipient, deadlines and their clocks', () => {
      const text = `${acme}protocol Major {
//       ^^^^^ statutory-reporting-not-reserved
  notify EE within 48 hours
}
`;
      const [d] = checkDiagnostics(text);
      assert.equal(d.severity, 'info');
      assert.equal(d.catalogueId, undefined);
      assert.match(
        d.message,
        /^ACME is declared bound by NIS2: .* to send its CSIRT or competent authority, for a significant incident \(Art\. 23\(3\)\), an early warning within 24 hours of becoming aware of it \(Art\. 23\(4\)\(a\)\), an incident notification within 72 hours of becoming aware of it \(Art\. 23\(4\)\(b\)\) and a final report within one month of the incident notification \(Art\. 23\(4\)\(d\)\)\. That duty runs separately from this protocol/,
      );
      assert.ok(!/binds EE|shorten/i.test(d.message));
      assert.equal(d.related[0].message, 'ACME is declared bound by NIS2 here.');
      // The fix adds the savings sentence, which clears the finding.
      const after = diagnose(applyFix(text, d));
      assert.deepEqual(after.filter((x) => x.code === 'statutory-reporting-not-reserved'), []);
    });

    it('states DORA with the clock of each deadline (classification, awareness, initial notification, intermediate report)', () => {
      const d = only('participant BANK "Example Bank" { kind company jurisdiction IE regimes DORA, NIS2 }\nprotocol P {\n  notify BANK within 12 hours\n}\n', 'statutory-reporting-not-reserved');
      assert.match(
        d.message,
        /an initial notification within 4 hours of classifying the incident as major and at the latest 24 hours after becoming aware of it \(RTS Art\. 5\(1\)\(a\)\), an intermediate report within 72 hours of submitting the initial notification \(RTS Art\. 5\(1\)\(b\)\) and a final report within one month of the latest intermediate report/,
      );
      // DORA displaces NIS2 reporting for a financial entity (NIS2 Art. 4(1)): one finding, not two.
      assert.equal(diagnose('participant BANK "Example Bank" { kind company jurisdiction IE regimes DORA, NIS2 }\nprotocol P {\n  notify BANK within 12 hours\n}\n').filter((x) => x.code === 'statutory-reporting-not-reserved').length, 1);
    });

    it('is satisfied by a savings sentence in a clause, the library clause, or the protocol content', () => {
      const codes = ['statutory-reporting-not-reserved'];
      const protocol = 'protocol Major {\n  notify EE within 48 hours\n}\n';
      checkNoDiagnostics(`${acme}${protocol}clause Law """This Memorandum does not affect any duty of a Participant to notify incidents under its national law or under European Union law."""\n`, codes);
      checkNoDiagnostics(`${acme}${protocol}clause Notification from library "incident-notification/mou"\n`, codes);
      checkNoDiagnostics(`${acme}protocol Major {\n  notify EE within 48 hours\n  content "without prejudice to the reporting obligations of the Participants under Directive (EU) 2022/2555"\n}\n`, codes);
    });

    it('says nothing where no party is declared bound, where the declaration cannot bind it, or where there is no protocol', () => {
      const codes = ['statutory-reporting-not-reserved'];
      checkNoDiagnostics('party EE "Republic of Estonia" { kind state jurisdiction EE }\nprotocol P {\n  notify EE within 96 hours\n}\n', codes);
      checkNoDiagnostics('party EE "Republic of Estonia" { kind state jurisdiction EE regimes NIS2, GDPR }\nprotocol P {\n  notify EE within 96 hours\n}\n', codes);
      checkNoDiagnostics('participant CSSF "CSSF" { kind government-agency jurisdiction LU regimes DORA }\nprotocol P {\n  notify CSSF within 24 hours\n}\n', codes);
      checkNoDiagnostics(acme, codes);
    });
  });
});
