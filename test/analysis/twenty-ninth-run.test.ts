/**
 * The twenty-ninth real-instrument run (test/real-instruments/TWENTY-NINTH-RUN.md), from the two
 * texts it transcribed: the Indonesia–Netherlands memorandum on the cessation of hostilities
 * "constituting an Agreement" (15 August 1962; BWBV0004397, Annex A) and the Netherlands–United
 * Kingdom Administrative Agreement on social security (2008; BWBV0003213).
 *
 * Items 1–6: a treaty performed by dated acts (no final clause at all, its own words dating its
 * operation within its first year) is, signed, not asked for a duration, an exit or an amendment
 * procedure (VCLT Arts. 56(1), 39); as a draft it is asked without an exit or a term offered, and
 * its consent and entry into force are offered as signature (Arts. 12(1)(b), 24(2)). Item 7: a
 * Member State in 1962 is one of the European Communities, bound by Community law. Item 9: the
 * status signals quote the text's own words. Items 8 and 10: "For the purpose of applying the
 * Convention … in accordance with the provisions of Article 28(1) of the Convention, … have agreed"
 * makes an implementing arrangement.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { findingsOf, inserted, repoText } from '../helpers/fix-review';

const ceasefirePath = 'test/real-instruments/id-nl-cessation-of-hostilities-mou-1962.entente';
const socialSecurityPath = 'test/real-instruments/nl-uk-social-security-administrative-agreement-2008.entente';
const ceasefire = repoText(ceasefirePath);
const socialSecurity = repoText(socialSecurityPath);

/** The cease-fire as a draft: every year, in the header and in the clauses' words, 65 years later (after the reference month). */
const draftCeasefire = ceasefire.replace(/1962/g, '2027');

const codes = (text: string) => diagnose(text).map((d) => d.code);
const fixTitles = (text: string, code: string) => findingsOf(text, code).flatMap((d) => d.fixes.map((f) => inserted(f)));

/** A binding treaty between two States, signed on `signed`, whose one clause says `words`. */
const treaty = (signed: string, words: string) =>
  `treaty "Agreement between the Republic of Indonesia and the Kingdom of the Netherlands" {\n  status binding\n  done on ${signed}\n}\n` +
  `party ID "the Republic of Indonesia" { kind state jurisdiction ID }\nparty NL "the Kingdom of the Netherlands" { kind state jurisdiction NL }\n` +
  `clause Para1 "Paragraph 1" """\n  ${words}\n"""\n`;

const para1 = 'Cessation of hostilities in West New Guinea (West Irian), hereinafter referred to as “the territory”, is to take place at 00.01 GMT on Saturday 18 August 1962. As from that moment the following rules will be observed: (a) Cease fire by both parties.';
const para7 = 'Not later than 1 October 1962, a United Nations security force will be placed by the Secretary-General at the disposal of the United Nations Temporary Executive Authority.';

describe('twenty-ninth real-instrument run, items 1–3: a signed treaty performed by dated acts', () => {
  it('does not ask the signed cease-fire for termination, duration or amendment', () => {
    const found = codes(ceasefire);
    for (const code of ['missing-termination', 'missing-duration', 'missing-amendment']) assert.ok(!found.includes(code), code);
  });

  it('still asks, as the reviewer expected with "?", for consent and entry into force, in the reading of Arts. 12(1)(b) and 24(2)', () => {
    const [consent] = findingsOf(ceasefire, 'missing-consent-to-be-bound');
    assert.match(consent.message, /“18 August 1962” and “1 October 1962”/);
    assert.match(consent.message, /VCLT Art\. 12\(1\)\(b\)/);
    const [effect] = findingsOf(ceasefire, 'missing-entry-into-force');
    assert.match(effect.message, /enters into force on signature/);
    assert.match(effect.message, /24\(2\)/);
  });

  it('is the same with only the first paragraph, three days after signature', () => {
    const found = codes(treaty('1962-08-15', para1));
    for (const code of ['missing-termination', 'missing-duration', 'missing-amendment']) assert.ok(!found.includes(code), code);
  });

  it('near misses: no date, a date before signature, a date more than a year after, or one final clause make it an ordinary treaty', () => {
    for (const words of [
      'As from the signature the following rules will be observed: (a) Cease fire by both parties.',
      `${para1} The Agreement of 15 August 1955 remains in force.`,
      `${para1} Not later than 1 October 1964, the Parties will review these rules.`,
    ]) {
      const found = codes(treaty('1962-08-15', words));
      for (const code of ['missing-termination', 'missing-duration', 'missing-amendment']) assert.ok(found.includes(code), `${code}: ${words}`);
    }
    const withEffect = treaty('1962-08-15', para1).replace('  done on 1962-08-15\n', '  done on 1962-08-15\n  effect on signature\n');
    assert.ok(codes(withEffect).includes('missing-termination'));
    // A non-binding memorandum is asked for its discontinuation as before.
    const mou = treaty('1962-08-15', para1).replace('status binding', 'status non-binding').replace(/^treaty/, 'memorandum');
    assert.ok(codes(mou).includes('missing-discontinuation'));
  });
});

describe('twenty-ninth real-instrument run, items 1–6: the same cease-fire as a draft', () => {
  it('is still asked for termination and duration, with no exit on notice and no term offered', () => {
    const [termination] = findingsOf(draftCeasefire, 'missing-termination');
    assert.match(termination.message, /not subject to denunciation or withdrawal \(VCLT Art\. 56\(1\), as between Parties that are bound by the Vienna Convention for this treaty \(Art\. 4\), otherwise only so far as (?:it states|they state) customary law\)/);
    assert.deepEqual(termination.fixes, []);
    const [duration] = findingsOf(draftCeasefire, 'missing-duration');
    assert.match(duration.message, /until performed or superseded/);
    assert.deepEqual(duration.fixes, []);
  });

  it('keeps the amendment fix, which keeps the meaning (VCLT Art. 39)', () => {
    assert.ok(fixTitles(draftCeasefire, 'missing-amendment').some((t) => /amendment by written agreement/.test(t)));
  });

  it('offers consent and entry into force by signature, not ratification or notification', () => {
    const consent = fixTitles(draftCeasefire, 'missing-consent-to-be-bound');
    assert.ok(consent.some((t) => /consent by signature/.test(t)), consent.join(' | '));
    assert.ok(!consent.some((t) => /ratification/.test(t)), consent.join(' | '));
    const effect = fixTitles(draftCeasefire, 'missing-entry-into-force');
    assert.ok(effect.some((t) => /effect on signature/.test(t)), effect.join(' | '));
    assert.ok(!effect.some((t) => /notification/.test(t)), effect.join(' | '));
  });

  it('near miss: a draft treaty whose clauses date nothing keeps the ordinary fixes', () => {
    const plain = treaty('2027-08-15', 'The Parties will cooperate in the prevention of incidents.');
    assert.ok(fixTitles(plain, 'missing-termination').some((t) => /termination with notice of 6 months/.test(t)));
    assert.ok(fixTitles(plain, 'missing-duration').some((t) => /duration indefinite/.test(t)));
    assert.ok(fixTitles(plain, 'missing-consent-to-be-bound').some((t) => /consent by ratification/.test(t)));
    assert.ok(fixTitles(plain, 'missing-entry-into-force').some((t) => /after last notification/.test(t)));
  });
});

describe('twenty-ninth real-instrument run, item 7: Union law is not said of 1962', () => {
  const relation = (text: string) => findingsOf(text, 'missing-relation-to-other-obligations')[0]?.message ?? '';

  it('names the Netherlands in 1962 as a Member State of the European Communities, bound by Community law', () => {
    const message = relation(ceasefire);
    assert.match(message, /NL was a Member State of the European Communities when this treaty was signed \(1962-08-15\), bound by Community law then/);
    assert.doesNotMatch(message, /EU Member State|Union law/);
  });

  it('near misses: after the Union, an EU Member State bound by Union law; before 1958, no membership then', () => {
    assert.match(relation(treaty('2015-03-02', para7.replace('1962', '2015'))), /NL is an EU Member State bound by Union law/);
    assert.doesNotMatch(relation(treaty('1955-03-02', para7.replace('1962', '1955'))), /European Communities/);
  });
});

describe('twenty-ninth real-instrument run, item 9: status signals in the text’s own words', () => {
  it('quotes "have agreed the following" and "come into operation", and the header as written', () => {
    const [status] = findingsOf(socialSecurity, 'undeclared-status');
    assert.match(status.message, /'have agreed the following'/);
    assert.match(status.message, /'come into operation'/);
    assert.match(status.message, /`signed by … on`/);
    assert.doesNotMatch(status.message, /have agreed as follows|come into effect|`signed at`/);
  });

  it('sees the cease-fire’s title "constituting an Agreement" and its "this agreement" (probe 1)', () => {
    const [status] = findingsOf(ceasefire.replace('  status binding\n', ''), 'undeclared-status');
    assert.match(status.message, /the title's 'constituting an Agreement'/);
    assert.match(status.message, /'this agreement' \(4 times\)/);
    assert.match(status.message, /`done on`/);
    assert.doesNotMatch(status.message, /`done at`/);
  });

  it('near miss: "have agreed as follows" and a place of signature are quoted as they are', () => {
    const text =
      'arrangement "Arrangement" {\n  signed at "London" on 2027-03-01\n}\nparty NL "the Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty UK "the United Kingdom" { kind state jurisdiction GB }\n' +
      'clause Preamble "Preamble" """\n  The competent authorities have agreed as follows. This Arrangement will come into effect on signature.\n"""\n';
    const [status] = findingsOf(text, 'undeclared-status');
    assert.match(status.message, /'have agreed as follows'/);
    assert.match(status.message, /'come into effect'/);
    assert.match(status.message, /`signed at`/);
  });
});

describe('twenty-ninth real-instrument run, items 8 and 10: an arrangement made to apply a treaty under its article', () => {
  it('reads the NL–UK preamble as implementing the Convention: no disputes warning offering consultation against its arbitration', () => {
    assert.ok(!codes(socialSecurity).includes('missing-dispute-settlement'));
    const [note] = findingsOf(socialSecurity, 'implementing-arrangement-final-clauses');
    assert.match(note.message, /implements the Convention on Social Security between the United Kingdom/);
    assert.equal(note.severity, 'info');
  });

  it('declared binding, it is not asked for termination at error (probe 5)', () => {
    const binding = socialSecurity.replace('  signed by NL on 2008-08-19', '  status binding\n  signed by NL on 2008-08-19');
    assert.ok(!codes(binding).includes('missing-termination'));
  });

  it('near misses: the article without the purpose and the formula of assent, or the purpose without the article', () => {
    const preamble = /clause Preamble "Preamble" """\n[\s\S]*?"""\n/;
    for (const words of [
      'Information on claims is exchanged in accordance with the provisions of Article 28(1) of the Convention.',
      'For the purpose of applying the Convention on Social Security between the United Kingdom of Great Britain and Northern Ireland and the Kingdom of the Netherlands, the competent authorities of the Parties have agreed the following.',
    ]) {
      const text = socialSecurity.replace(preamble, `clause Preamble "Preamble" """\n  ${words}\n"""\n`);
      assert.ok(codes(text).includes('missing-dispute-settlement'), words);
    }
  });
});

describe('twenty-ninth real-instrument run, point 10a: bare citations of the Convention’s articles in the NL–UK agreement read as non-binding', () => {
  // Probe 4: the administrative agreement of 2008 with `status non-binding` declared.
  const asMou = (text: string) => text.replace(/(\narrangement "Administrative Agreement[^\n]*\{\n)/, '$1  status non-binding\n');
  const articleFindings = (text: string) => {
    const lines = text.split('\n');
    return findingsOf(text, 'mou-treaty-wording')
      .map((d) => lines[d.range.start.line].slice(d.range.start.character, d.range.end.character))
      .filter((w) => /^articles?$/i.test(w));
  };

  it('does not report "As regards Article 3 b", "For Articles 7 to 13" or "Article 10(2) or Article 13 of the Convention" as the MoU’s own divisions', () => {
    const probe = asMou(socialSecurity);
    assert.match(probe, /As regards Article 3 b/);
    assert.match(probe, /For Articles 7 to 13/);
    assert.deepEqual(articleFindings(probe), []);
    // The MoU’s own treaty words are still reported (its "Parties"); signed in 2008, as evidence about its status.
    assert.ok(findingsOf(probe, 'mou-treaty-wording').some((d) => /uses treaty wording \('Part(?:y|ies)'\)/.test(d.message)));
  });

  it('near miss: the same MoU calling its own divisions "Articles" is told to call them paragraphs, and the bare citations stay reported', () => {
    const articles = asMou(socialSecurity).replace(/clause Section(\d+) "Section (\d+)"/g, 'clause Section$1 "Article $2"');
    const found = findingsOf(articles, 'mou-treaty-wording');
    assert.ok(found.some((d) => /uses treaty wording \('Article' heading \d+ divisions\)/.test(d.message)), 'the headings');
    assert.ok(articleFindings(articles).length > 1, 'the bare citations too');
  });

  it('near miss: an MoU made under no treaty, its divisions Sections, still has a bare "Article 3" reported', () => {
    const plain = 'memorandum "Memorandum of Understanding on Cyber Security" {\n  status non-binding\n}\nparticipant EE "CERT-EE"\nparticipant FI "NCSC-FI"\nclause Section1 "Section 1" """\n  The Participants will exchange information as set out in Article 3.\n"""\n';
    assert.deepEqual(articleFindings(plain), ['Article']);
  });
});
