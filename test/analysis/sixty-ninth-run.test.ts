/**
 * Sixty-ninth real-instrument run (test/real-instruments/SIXTY-NINTH-RUN.md), items 1, 3, 5 and 7:
 * - item 1: `missing-consent-to-be-bound` was an error under every profile on the NATO SOFA Art. 60
 *   telecommunications Agreement, signed at Bonn on 18 March 1993 by representatives "duly
 *   authorized thereto", its entry into force tied to the Amending Agreement's (Art. 10(1)); and
 *   the export was marked "DRAFT — 1 unresolved problem (1 error)". On a concluded text no
 *   missing-clause finding is more than a warning under any profile (analysis/concluded-text-severity.ts),
 *   its rule's default an error too; the message says what the silence means (VCLT Arts. 12(1)(b)–(c),
 *   14(1)(b)–(d)); the export counts no missing clause of a concluded text as an error.
 * - item 3: `missing-duration` on the NL–US Korea Agreement of 1952 repeated the silence
 *   `missing-termination` reports and asked for `duration 5 years`: on a concluded treaty with no
 *   exit clause it is a note that says what silence means (Arts. 54(b), 56).
 * - item 5: `missing-reservations-clause` on a treaty among seven named Governments, none able to
 *   accede, now states Art. 20(2), conditionally.
 * - item 7: `missing-registration` names the seven Governments in one phrase.
 * Near misses: the same texts as drafts keep their errors, warnings and fixes.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import type { AnalysisSettings } from '../../server/src/language/config/settings';
import { diagnose } from '../helpers/fixture';
import { draftOf, repoText } from '../helpers/fix-review';

const telecom = repoText('test/real-instruments/nato-sofa-sa-art60-telecom-agreement-1993.entente');
const korea = repoText('test/real-instruments/nl-us-korea-un-operations-1952.entente');
const profiles = ['default', 'strict', 'treaty-review', 'mou-review'];

const of = (text: string, code: string, settings: AnalysisSettings = {}) => diagnose(text, { settings }).filter((d) => d.code === code);

function markdown(text: string, settings: AnalysisSettings = {}): string {
  const service = createEntenteService({ readFile: () => undefined, settings });
  const uri = 'file:///t/instrument.entente';
  service.open(uri, text);
  return service.render(uri, 'markdown')!;
}

/** A three-party treaty whose header is `header`, signed in 1995 (concluded) or 2027 (a draft). */
const treaty = (header: string, parties = 'party EE "Estonia" { kind state jurisdiction EE }\nparty FI "Finland" { kind state jurisdiction FI }\nparty LV "Latvia" { kind state jurisdiction LV }\n', clauses = '') =>
  `treaty "Agreement" {\n  status binding\n${header}\n}\n${parties}${clauses}`;

describe('sixty-ninth run, item 1: missing-consent-to-be-bound on a concluded text', () => {
  it('the Bonn Agreement of 1993: a warning under every profile, never an error', () => {
    for (const profile of profiles) {
      assert.deepEqual(of(telecom, 'missing-consent-to-be-bound', { profile }).map((d) => d.severity), ['warning'], profile);
      const errors = diagnose(telecom, { settings: { profile } }).filter((d) => d.severity === 'error').map((d) => d.code);
      assert.deepEqual(errors, [], profile);
    }
  });

  it('says what the silence means and offers nothing the text does not say', () => {
    const [d] = of(telecom, 'missing-consent-to-be-bound');
    assert.match(d.message, /^The treaty states no means of consent to be bound; if it does, in words the transcription has not declared, declare them in the header/);
    assert.match(d.message, /by signature where it is established that they were agreed that signature should have that effect or the full powers of its representative show that intention or it was expressed during the negotiation \(VCLT Art\. 12\(1\)\(b\)–\(c\)/);
    assert.match(d.message, /by ratification, acceptance or approval where that is established in the same ways \(the same Convention, Art\. 14\(1\)\(b\)–\(d\), \(2\)\)/);
    // Tied to another instrument's entry into force: both readings, neither asserted.
    assert.match(d.message, /either it is part of that instrument and was consented to with it \(a treaty may be embodied in "two or more related instruments", Art\. 2\(1\)\(a\)\), or its signature expressed consent, with entry into force deferred \(Arts\. 12\(1\)\(b\), 24\(1\)\)/);
    assert.match(d.message, /The text is concluded \(the signature date is 1993-03-18\): nothing in the text is to be changed/);
    assert.doesNotMatch(d.message, /effect after last|add `consent by/);
    assert.deepEqual(d.fixes, []);
  });

  it('the export of the signed text is not marked DRAFT, even where a setting makes the finding an error', () => {
    assert.doesNotMatch(markdown(telecom), /DRAFT/);
    assert.doesNotMatch(markdown(telecom, { profile: 'strict' }), /DRAFT/);
    const named = { rules: { 'missing-consent-to-be-bound': 'error' as const } };
    assert.deepEqual(of(telecom, 'missing-consent-to-be-bound', named).map((d) => d.severity), ['error'], 'the reviewer who names the rule decides its severity');
    assert.doesNotMatch(markdown(telecom, named), /DRAFT/);
  });

  it('near miss: the same Agreement as a draft keeps its error, its request and its DRAFT mark', () => {
    const draft = draftOf(telecom).replace('DONE at Bonn, this eighteenth day of March 1993', 'DONE at Bonn, this … day of … 2027');
    const [d] = of(draft, 'missing-consent-to-be-bound');
    assert.equal(d.severity, 'error');
    assert.match(d.message, /^State how the Parties consent to be bound: add `consent by signature`/);
    assert.match(markdown(draft), /DRAFT — \d+ unresolved problems? \(1 error/);
  });

  it('a concluded treaty that fixes a date of entry into force: signature is what that points to, conditionally', () => {
    const [d] = of(treaty('  done at "Tallinn" on 1995-03-01\n  effect on 1995-06-01'), 'missing-consent-to-be-bound', { profile: 'strict' });
    assert.equal(d.severity, 'info'); // its own dates point to signature: a note (eighty-fourth run, defect 1)
    assert.match(d.message, /Its entry into force is fixed by the text \(on 1995-06-01\), with no act after signature provided for: that points to consent by signature, with entry into force deferred \(Arts\. 12\(1\)\(b\), 24\(1\)\), unless the record shows a ratification or approval\./);
  });

  it('near miss: a concluded treaty entering into force on notifications states its consent, and is not asked', () => {
    assert.deepEqual(of(treaty('  done at "Tallinn" on 1995-03-01\n  effect 30 days after last notification'), 'missing-consent-to-be-bound'), []);
  });
});

describe('sixty-ninth run, item 1: no missing clause whose default is an error escapes the ceiling on a concluded text', () => {
  const concluded = (header: string, rest = '') => treaty(`  done at "Tallinn" on 1995-03-01\n${header}`, undefined, rest);
  const drafted = (header: string, rest = '') => treaty(`  done at "Tallinn" on 2027-03-01\n${header}`, undefined, rest);
  const classified = 'channel Intel between EE, FI { carries classified }\n';
  const cases: readonly { code: string; header: string; rest?: string }[] = [
    { code: 'missing-entry-into-force', header: '  consent by ratification' },
    { code: 'missing-consent-to-be-bound', header: '  effect on entry-into-force' },
    { code: 'missing-termination', header: '  effect on signature' },
    { code: 'missing-security-agreement', header: '  effect on signature', rest: classified },
  ];
  for (const { code, header, rest } of cases) {
    it(`${code}: at most a warning on the signed text under every profile; an error in the draft`, () => {
      for (const profile of profiles) {
        const signed = of(concluded(header, rest), code, { profile }).map((d) => d.severity);
        assert.ok(signed.length > 0 && signed.every((s) => s !== 'error'), `${profile}: ${signed.join(', ')}`);
      }
      assert.ok(of(drafted(header, rest), code).some((d) => d.severity === 'error'), 'the draft');
    });
  }
});

describe('sixty-ninth run, item 3: missing-duration on a concluded treaty with no exit clause', () => {
  it('the Korea Agreement of 1952: a note under every profile, saying what silence means', () => {
    for (const profile of profiles) assert.deepEqual(of(korea, 'missing-duration', { profile }).map((d) => d.severity), ['info'], profile);
    const [d] = of(korea, 'missing-duration');
    assert.match(d.message, /^The treaty states no duration; if it does, in words the transcription has not declared, declare it in the header/);
    assert.match(d.message, /it remains in force until the Parties end it by consent \(VCLT Art\. 54\(b\), only so far as it states customary law: the treaty was concluded before the Vienna Convention entered into force on 27 January 1980 \(Art\. 4\)\)/);
    assert.match(d.message, /on not less than twelve months' notice \(the same Convention, Art\. 56\): the silence `missing-termination` reports\. The text is concluded \(the signature date is 1952-05-15\): nothing in the text is to be changed\.$/);
    assert.doesNotMatch(d.message, /duration 5 years|duration indefinite/);
    assert.deepEqual(d.fixes, []);
    // missing-termination keeps its warning: it is the finding on that silence.
    assert.deepEqual(of(korea, 'missing-termination').map((t) => t.severity), ['warning']);
  });

  it('near miss: the same Agreement as a draft keeps the warning and the fix', () => {
    const [d] = of(draftOf(korea), 'missing-duration');
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /^State how long the instrument lasts: add `duration 5 years`/);
    assert.ok(d.fixes.length > 0);
  });

  it('near miss: a signed memorandum silent on its term keeps the warning (practice, not the VCLT)', () => {
    const mou = repoText('test/real-instruments/gg-nl-tax-cooperation-mou-2008.entente');
    assert.deepEqual(of(mou, 'missing-duration').map((d) => d.severity), ['warning']);
  });
});

describe('sixty-ninth run, item 5: missing-reservations-clause on a closed plurilateral treaty', () => {
  const art202 = /here every party is named and none may accede: if it appears from that limited number of negotiating States and the object and purpose of the treaty that its application in its entirety between all the parties is an essential condition of the consent of each one to be bound, a reservation requires acceptance by all the parties \(the same Convention, Art\. 20\(2\)\), and whether it so appears the text alone does not settle/;

  it('the Bonn Agreement (seven named Governments, no accession): Art. 20(2), conditionally', () => {
    const [d] = of(telecom, 'missing-reservations-clause');
    assert.match(d.message, art202);
    assert.equal(d.severity, 'info');
  });

  it('near misses: open to accession, in the header or in words, or a class of parties: the general regime only', () => {
    const signed = '  done at "Tallinn" on 1995-03-01\n  effect on signature';
    assert.match(of(treaty(signed), 'missing-reservations-clause')[0].message, art202);
    const open = [
      treaty(`${signed}\n  consent by signature, accession`),
      treaty(signed, undefined, 'clause Final "Final clause" """\n  Any other State may accede to this Agreement.\n"""\n'),
      treaty(signed, 'party EE "Estonia" { kind state jurisdiction EE }\nparty FI "Finland" { kind state jurisdiction FI }\nparty CoE "the member States of the Council of Europe" { kind state class open }\n'),
    ];
    for (const text of open) {
      const [d] = of(text, 'missing-reservations-clause');
      assert.ok(d, text);
      assert.doesNotMatch(d.message, /Art\. 20\(2\)/);
      assert.match(d.message, /Arts\. 19–23/);
    }
  });
});

describe('sixty-ninth run, item 7: missing-registration names the Governments in one phrase', () => {
  it('the Bonn Agreement: one phrase for the seven Governments', () => {
    const [d] = of(telecom, 'missing-registration');
    assert.match(d.message, /: BE, CA, FR, NL, GB, US act for or in their States, UN Members on entering into the treaty, so Art\. 102 of the UN Charter applies\. Art\. 102 of the UN Charter binds DE if it was, or acted for, a UN Member when it entered into the treaty\./);
    assert.doesNotMatch(d.message, /acts for or in its State/);
  });

  it('near misses: States are called Members; a Government acting for another State is named apart', () => {
    const signed = '  done at "Tallinn" on 1995-03-01\n  effect on signature';
    assert.match(of(treaty(signed), 'missing-registration')[0].message, /: FI was a UN Member on entering into the treaty, so Art\. 102 of the UN Charter applies\. Art\. 102 of the UN Charter binds each of EE, LV that was a UN Member when it entered into the treaty/);
    const mixed = 'party NL "The Government of the Netherlands" { kind government jurisdiction NL }\nparty US "The Government of the United States" { kind government jurisdiction US }\nparty VL "The Flemish Government" { kind government jurisdiction BE }\n';
    assert.match(of(treaty(signed, mixed), 'missing-registration')[0].message, /: NL, US act for or in their States, UN Members on entering into the treaty; VL acts for or in BE, a UN Member on entering into the treaty, so Art\. 102/);
  });
});
