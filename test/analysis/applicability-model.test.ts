/**
 * The applicability model and its reference data (issue #9 item 3): who is bound by what, the
 * adequacy decisions with their scope, and the dated list of Parties to the Convention on
 * Cybercrime. The data are checked against the rules that produced them (ISO codes, the entry
 * into force formula of Budapest Arts. 36(4) and 37(2)), the model against the law it encodes.
 */
import assert from 'node:assert/strict';
import { iso3166Alpha2 } from '../../server/src/language/ast/iso3166';
import { adequacyDecision, adequacyDecisions } from '../../server/src/language/data/adequacy';
import { budapestRows, budapestStatus } from '../../server/src/language/data/budapest-parties';
import { reportingDuties } from '../../server/src/language/data/reporting-duties';
import { builtInLibrary } from '../../server/src/language/library/builtin-library';
import { exporterRegime, regimeMisfit, transferNeed } from '../../server/src/language/model/applicability';
import { SemanticModel } from '../../server/src/language/model/semantic-model';
import { parse } from '../../server/src/language/syntax/parse';

/** The facts of the party a one-line document declares. */
function party(declaration: string) {
  const text = `${declaration}\n`;
  const model = new SemanticModel('file:///t.entente', text, parse(text), { library: builtInLibrary(), resolveFile: () => undefined });
  const id = /^(?:participant|party) (\S+)/.exec(declaration)![1];
  return model.party(id)!;
}

/** Art. 36(4) / 37(2): the first day of the month after three months from the consent; never before 1 July 2004. */
function budapestEntryIntoForce(consent: string): string {
  const [y, m] = consent.split('-').map(Number);
  const month = m + 3; // the month in which three months expire; entry into force on the 1st of the next
  const date = new Date(Date.UTC(y, month, 1)).toISOString().slice(0, 10);
  return date < '2004-07-01' ? '2004-07-01' : date;
}

describe('applicability model and reference data', () => {
  describe('the list of Parties to the Convention on Cybercrime', () => {
    it('has one row per State, with valid codes and ISO dates', () => {
      const codes = budapestRows.map((r) => r.jurisdiction);
      assert.deepEqual(codes.filter((c, i) => codes.indexOf(c) !== i), []);
      for (const row of budapestRows) {
        assert.ok(iso3166Alpha2.has(row.jurisdiction), row.jurisdiction);
        for (const date of [row.signature, row.consent, row.inForce]) if (date) assert.match(date, /^\d{4}-\d{2}-\d{2}$/, row.state);
        if (row.status !== 'party') assert.equal(row.inForce, undefined, `${row.state} is not a Party but has a date of entry into force`);
      }
    });

    it('dates entry into force by Arts. 36(3)–(4) and 37(2) wherever consent and entry into force were both read', () => {
      for (const row of budapestRows.filter((r) => r.consent && r.inForce)) {
        assert.equal(row.inForce, budapestEntryIntoForce(row.consent!), row.state);
      }
    });

    it('answers the review’s questions as the sources do: India and Ireland are not Parties, Brazil is, Russia is not established', () => {
      assert.equal(budapestStatus('IN'), 'not-listed');
      assert.equal(budapestStatus('IE'), 'signatory');
      assert.equal(budapestStatus('BR'), 'party');
      assert.equal(budapestStatus('RU'), 'unknown');
      assert.equal(budapestStatus(undefined), 'unknown');
    });
  });

  describe('adequacy decisions', () => {
    it('are scoped, one per jurisdiction, and only the United Kingdom has one under the Law Enforcement Directive', () => {
      const codes = adequacyDecisions.map((d) => d.jurisdiction);
      assert.deepEqual(codes.filter((c, i) => codes.indexOf(c) !== i), []);
      for (const code of codes) assert.ok(iso3166Alpha2.has(code), code);
      assert.deepEqual(adequacyDecisions.filter((d) => d.lawEnforcement).map((d) => d.jurisdiction), ['GB']);
      assert.equal(adequacyDecision('CA')?.scope, 'pipeda-organisations');
      assert.equal(adequacyDecision('JP')?.scope, 'appi-business-operators');
      assert.equal(adequacyDecision('US')?.scope, 'dpf-certified-organisations');
      assert.equal(adequacyDecision('IN'), undefined);
    });

    it('cover a recipient by its kind: public bodies never under the sectoral decisions', () => {
      const need = (declaration: string) => transferNeed(party(declaration), 'GDPR').need;
      assert.equal(need('participant CA "CCCS" { kind government-agency jurisdiction CA }'), 'needed');
      assert.equal(need('participant CA "Shop" { kind company jurisdiction CA }'), 'none');
      assert.equal(need('participant JP "NISC" { kind government-agency jurisdiction JP }'), 'needed');
      assert.equal(need('participant JP "Sony" { kind company jurisdiction JP }'), 'none');
      assert.equal(need('participant JP "JPCERT/CC" { kind national-cert jurisdiction JP }'), 'conditional');
      assert.equal(need('participant US "CISA" { kind government-agency jurisdiction US }'), 'needed');
      assert.equal(need('participant US "Acme" { kind company jurisdiction US }'), 'conditional');
      assert.equal(need('participant CH "Swiss CERT" { kind national-cert jurisdiction CH }'), 'none');
      assert.equal(need('participant NO "NorCERT" { kind national-cert jurisdiction NO }'), 'none');
      assert.equal(need('participant EUB "CERT-EU" { kind national-cert jurisdiction EU }'), 'none');
      assert.equal(need('participant NATO "NATO" { kind international-organisation jurisdiction BE }'), 'needed');
      assert.equal(need('participant X "Somewhere" { kind national-cert }'), 'none');
      // Under the Law Enforcement Directive only the United Kingdom is adequate.
      assert.equal(transferNeed(party('participant CH "Swiss police" { kind government-agency jurisdiction CH }'), 'LED').need, 'none');
      assert.equal(transferNeed(party('participant GB "UK police" { kind government-agency jurisdiction GB }'), 'LED').need, 'none');
      assert.equal(transferNeed(party('participant NZ "NZ police" { kind government-agency jurisdiction NZ }'), 'LED').need, 'needed');
    });
  });

  describe('the data-protection regime of a sender', () => {
    const regime = (declaration: string) => {
      const r = exporterRegime(party(declaration));
      return r ? `${r.regime}${r.certain ? '' : '?'}` : 'none';
    };

    it('follows the declaration, then what the kind of party settles, and is undetermined for a State or ministry', () => {
      assert.equal(regime('participant EE "CERT-EE" { kind national-cert jurisdiction EE }'), 'GDPR');
      assert.equal(regime('participant ACME "Acme" { kind company jurisdiction DE }'), 'GDPR');
      assert.equal(regime('participant EUB "CERT-EU" { kind national-cert jurisdiction EU }'), 'EUDPR');
      assert.equal(regime('participant EE "Estonia" { kind state jurisdiction EE }'), 'GDPR?');
      assert.equal(regime('participant MOD "MoD" { kind government-agency jurisdiction FI }'), 'GDPR?');
      assert.equal(regime('participant POL "Police" { kind government-agency jurisdiction FI regimes LED }'), 'LED');
      assert.equal(regime('participant MOD "MoD" { kind government-agency jurisdiction FI regimes outside-union-law }'), 'none');
      assert.equal(regime('participant US "CISA" { kind government-agency jurisdiction US }'), 'none');
      assert.equal(regime('participant NATO "NATO" { kind international-organisation jurisdiction BE }'), 'none');
      assert.equal(exporterRegime(party('participant EE "Estonia" { kind state jurisdiction EE }'), { reason: 'evidence' })?.regime, 'LED');
    });

    it('infers no regime from EU membership alone (the model keeps only what is declared)', () => {
      assert.deepEqual([...party('participant EE "Republic of Estonia" { kind state jurisdiction EE }').regimes], []);
      assert.deepEqual([...party('participant EE "CERT-EE" { kind national-cert jurisdiction EE regimes NIS2 }').regimes], ['NIS2']);
    });

    it('reports only regimes that cannot bind the kind of party declared', () => {
      assert.ok(regimeMisfit(party('party EE "Estonia" { kind state jurisdiction EE }'), 'NIS2'));
      assert.equal(regimeMisfit(party('party EE "Estonia" { kind state jurisdiction EE }'), 'GDPR'), undefined);
      assert.equal(regimeMisfit(party('participant RIA "RIA" { kind government-agency jurisdiction EE }'), 'NIS2'), undefined);
    });
  });

  describe('statutory reporting duties', () => {
    it('state the recipient and the clock of every deadline, and hold back what is not in effect', () => {
      assert.match(reportingDuties.NIS2!.stages.map((s) => s.text).join(' | '), /24 hours of becoming aware .* 72 hours of becoming aware .* one month of the incident notification/);
      assert.match(reportingDuties.DORA!.stages[0].text, /4 hours of classifying the incident as major and at the latest 24 hours after becoming aware/);
      assert.match(reportingDuties.DORA!.stages[1].text, /72 hours of submitting the initial notification/);
      assert.equal(reportingDuties.DORA!.recipient, 'its competent authority (Art. 19(1))');
      assert.equal(reportingDuties.CIRCIA!.inEffect, false);
    });
  });
});
