/**
 * The date an exchange of notes was concluded (eighteenth real-instrument run, probes 5–7 and
 * 11): the reply, which expresses the consent of both (VCLT Art. 13), not a signature statement
 * the notes do not have. Held to the Netherlands–United States notes of 11 July 1991 on the
 * transfer of sentenced persons, and to the near misses that must stay reported.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { conclusionOf } from '../../server/src/language/model/conclusion';
import { createEntenteService } from '../../server/src/language/service';
import { diagnose } from '../helpers/fixture';

const root = new URL('../../', import.meta.url).pathname;
const notes = readFileSync(`${root}test/real-instruments/nl-us-sentenced-persons-notes-1991.entente`, 'utf8');
/** The notes with NL's regime declared, as the reviewer's probes 5 (LED) and 6 (GDPR) did. */
const declared = (regime: string, text = notes) => text.replace('  jurisdiction NL\n', `  jurisdiction NL\n  regimes ${regime}\n`);
/** The same exchange, both notes dated in 2018. */
const in2018 = (text: string) => text.replaceAll('on 1991-07-11', 'on 2018-07-11');
const transfers = (text: string) => diagnose(text).filter((d) => /transfer-without-safeguards$/.test(d.code));

function ast(text: string) {
  const service = createEntenteService();
  service.open('file:///t.entente', text);
  return service.parse('file:///t.entente')!.ast;
}

describe('the date of conclusion of an exchange of notes (eighteenth run)', () => {
  it('is the date of the note that answers, and the exchange is the consent', () => {
    const conclusion = conclusionOf(ast(notes));
    assert.deepEqual([conclusion?.iso, conclusion?.what, conclusion?.consent], ['1991-07-11', 'the date of the reply', 'given']);
    // "shall enter into force on the date on which both Governments have notified each other …": consent follows the reply.
    const notified = conclusionOf(ast(notes.replace('  form exchange-of-notes\n', '  form exchange-of-notes\n  effect after last notification\n')));
    assert.equal(notified?.consent, 'later');
  });

  it('is the last signature otherwise, and a signature subject to ratification is not the consent', () => {
    const signed = (header: string) => conclusionOf(ast(`treaty "Convention" {\n  status binding\n${header}}\n`));
    assert.deepEqual(
      [signed('  signed by NL on 1993-01-06, by US on 1992-12-02\n  consent by signature\n')].map((c) => [c?.iso, c?.what, c?.consent]),
      [['1993-01-06', 'the date of the last signature', 'given']],
    );
    // The Macolin Convention (seventeenth run): done in 2014, consent by ratification, acceptance, approval.
    assert.equal(signed('  done at "Magglingen/Macolin" on 2014-09-18\n  consent by ratification, acceptance, approval\n')?.consent, 'later');
    assert.equal(signed('  done at "Manila" on 2001-05-31\n')?.consent, 'unknown');
    assert.equal(signed(''), undefined);
  });

  it('with NL under the Directive, the 1991 notes are a possible basis (Art. 61), not an error', () => {
    const found = transfers(declared('LED'));
    // Consent by the reply of 1991, before 6 May 2016: a note for review (sixtieth run, item 5).
    assert.deepEqual(found.map((d) => `${d.code}:${d.severity}`), ['possible-transfer-without-safeguards:info']);
    // Art. 61 opens the message (lf7, after the forty-fourth run); the instrument stays the possible basis.
    assert.match(found[0].message, /^Concluded by a Member State on 1991-07-11 \(the date of the reply\), before 6 May 2016, this treaty remains in force until amended, replaced or revoked if it complied with Union law as applicable before that date \(Art\. 61 of the Law Enforcement Directive\)\. /);
    assert.match(found[0].message, /no Law Enforcement Directive \(Directive \(EU\) 2016\/680, Chapter V\) basis is stated for personal data from NL other than the instrument itself: this treaty may itself provide the appropriate safeguards of Chapter V of the Directive/);
  });

  it('with NL under the GDPR, Art. 96 names the reply of 11 July 1991; undeclared, the message names it too', () => {
    const [gdpr] = transfers(declared('GDPR'));
    // Consent by the reply of 1991, before 24 May 2016: a note for review (sixtieth run, item 5).
    assert.equal(gdpr.severity, 'info');
    assert.match(gdpr.message, /^Concluded by a Member State on 1991-07-11 \(the date of the reply\), before 24 May 2016, .*\(GDPR Art\. 96\)\. /);
    const [undeclared] = transfers(notes);
    assert.match(undeclared.message, /^Concluded by a Member State on 1991-07-11 .*\(GDPR Art\. 96\)\. If NL processes these data under the GDPR .* other than the instrument itself: this treaty may itself be/);
  });

  it('near miss: the same notes dated 2018 cite neither Art. 96 nor Art. 61', () => {
    for (const regime of ['LED', 'GDPR']) {
      const found = transfers(in2018(declared(regime)));
      assert.ok(found.length > 0, regime);
      assert.ok(found.every((d) => !/Art\. 96|Art\. 61/.test(d.message)), found.map((d) => d.message).join('\n'));
    }
  });

  it('near miss: a 2018 exchange sending to a company is still an error; the 1991 one is conditional (a note since the sixtieth run, item 5: consent by the reply before 6 May 2016)', () => {
    // Para. 3's requests, sent instead to a US company (no Government, no public authority).
    const company = (text: string) => text.replace('party US "The Government of the United States of America" {\n  kind government', 'party US "A United States company" {\n  kind company');
    assert.deepEqual(transfers(company(in2018(declared('LED')))).map((d) => `${d.code}:${d.severity}`), ['transfer-without-safeguards:error']);
    assert.deepEqual(transfers(company(declared('LED'))).map((d) => `${d.code}:${d.severity}`), ['possible-transfer-without-safeguards:info']);
  });

  it('effect-before-signature reads the reply too: effect before the reply is reported, on the reply is not', () => {
    const effect = (date: string) => diagnose(notes.replace('  form exchange-of-notes\n', `  form exchange-of-notes\n  effect on ${date}\n`)).filter((d) => d.code === 'effect-before-signature');
    const [early] = effect('1991-07-01');
    assert.match(early.message, /^Effect on 1991-07-01 is before the reply on 1991-07-11/);
    assert.equal(early.related[0].message, 'Reply dated 1991-07-11');
    assert.deepEqual(effect('1991-07-11'), []);
  });

  it('effect-before-signature counts from the last of several signatures', () => {
    const header = (effect: string) => `memorandum "MoU" {\n  status non-binding\n  signed by NL on 1993-01-06, by US on 1992-12-02\n  effect on ${effect}\n}\n`;
    assert.match(diagnose(header('1992-12-15')).find((d) => d.code === 'effect-before-signature')!.message, /before the last signature on 1993-01-06/);
    assert.ok(!diagnose(header('1993-01-06')).some((d) => d.code === 'effect-before-signature'));
  });
});

describe('a Government is a public authority for the transfer rules (eighteenth run)', () => {
  it('the notes between the two Governments may be the Art. 46(2)(a) instrument, as a treaty between States may', () => {
    const [undeclared] = transfers(notes);
    assert.match(undeclared.message, /this treaty may itself be the "legally binding and enforceable instrument between public authorities or bodies" of GDPR Art\. 46\(2\)\(a\)/);
    const [led2018] = transfers(in2018(declared('LED')));
    assert.equal(`${led2018.code}:${led2018.severity}`, 'possible-transfer-without-safeguards:warning');
    assert.match(led2018.message, /this treaty may itself provide the appropriate safeguards of Chapter V of the Directive/);
  });

  it('an MoU naming a binding instrument: a Government is offered the administrative arrangement, a company is not', () => {
    const mou = (kind: string) => `memorandum "MoU" { status non-binding }\nparticipant NL "The Government of the Kingdom of the Netherlands" { kind ${kind} jurisdiction NL regimes GDPR }\nparticipant IN "CERT-In" { kind national-cert jurisdiction IN }\nchannel Cases between NL, IN {\n  carries personal-data\n  safeguards legally-binding-instrument\n}\n`;
    const government = diagnose(mou('government')).find((d) => d.code === 'mou-as-binding-instrument')!;
    assert.match(government.message, /Use an administrative arrangement under Art\. 46\(3\)\(b\)/);
    assert.doesNotMatch(government.message, /not a public body/);
    assert.match(diagnose(mou('company')).find((d) => d.code === 'mou-as-binding-instrument')!.message, /NL is not a public body/);
  });
});
