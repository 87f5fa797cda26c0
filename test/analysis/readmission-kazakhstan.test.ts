/**
 * The fortieth real-instrument run (Benelux–Kazakhstan readmission agreement of 2 March 2015,
 * BWBV0006473; test/real-instruments/FORTIETH-RUN.md): each case from the Agreement's own
 * sentences, with the near misses that must keep their finding.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { isKnownLanguageName } from '../../server/src/language/data/language-names';

const q = '"""';
const codeOf = (code: string) => (text: string, settings = {}) => diagnose(text, { settings }).filter((d) => d.code === code);

// --- Closing list 1: testimonium-languages and the names of languages --------------------------

const testimonium = codeOf('testimonium-languages');
const agreement = (languages: string, formula: string) => `treaty "Agreement on readmission" {
  status binding
  languages ${languages} authentic prevailing English
}
clause FinalFormula "Final formula" about languages ${q}
  IN WITNESS WHEREOF the representatives of the Parties, duly authorised for this purpose, have
  signed this Agreement. ${formula}
${q}
`;
// BWBV0006473, final formula.
const kazakhFormula = `DONE at Brussels on the 2nd day of March 2015, in two originals in the
  English, French, Dutch and Kazakh languages, the texts in each of the languages being equally
  authentic. In the event of differences in interpretation, the English text shall prevail.`;

describe('testimonium-languages reads every language ISO 639 names (fortieth run, closing list 1)', () => {
  it('reads "in the English, French, Dutch and Kazakh languages" as naming Kazakh (BWBV0006473), at every profile', () => {
    const text = agreement('English, French, Dutch, Kazakh', kazakhFormula);
    assert.deepEqual(testimonium(text), []);
    assert.deepEqual(testimonium(text, { profile: 'strict' }), []);
  });

  it('still reports a formula that names Russian where the statement lists Kazakh (the reviewer\'s probe 1, reversed)', () => {
    const [finding] = testimonium(agreement('English, French, Dutch, Kazakh', kazakhFormula.replace('Kazakh', 'Russian')));
    assert.match(finding.message, /the final formula names Russian, which the `languages` statement does not list/);
    assert.match(finding.message, /the `languages` statement lists Kazakh, which the final formula does not name/);
  });

  // Languages the hand list of fifty names lacked: a formula naming one that the statement leaves
  // out was read as naming nothing, and the difference went unseen.
  for (const [language, formula] of [
    ['Kazakh', 'DONE at Brussels on the 2nd day of March 2015, in two originals in the English and Kazakh languages.'],
    ['Kyrgyz', 'Done at Bishkek on 1 June 2016, in duplicate, in English and in Kyrgyz, both texts being equally authentic.'],
    ['Uzbek', 'Done at Tashkent on 1 June 2016 in the English and Uzbek languages.'],
    ['Mongolian', 'Done at Ulaanbaatar on 1 June 2016 in the English and Mongolian languages.'],
    ['Swahili', 'Done at Nairobi on 1 June 2016 in English and Swahili.'],
    ['Tetum', 'Done at Dili on 1 June 2016 in English and in Tetum.'],
    ['Filipino', 'Done at Manila on 1 June 2016 in English and Filipino.'],
  ] as const) {
    it(`reports a formula naming ${language} that the \`languages\` statement leaves out`, () => {
      assert.equal(isKnownLanguageName(language), true);
      const [finding] = testimonium(agreement('English', formula));
      assert.ok(finding, `no finding for ${language}`);
      assert.match(finding.message, new RegExp(`the final formula names ${language}, which`));
    });
  }

  it('takes a language the formula itself calls one ("in the English and Quenya languages"), though ISO 639 lacks it', () => {
    assert.equal(isKnownLanguageName('Quenya'), false);
    const [finding] = testimonium(agreement('English', 'Done at Brussels on 2 March 2015 in the English and Quenya languages.'));
    assert.match(finding.message, /the final formula names Quenya, which/);
  });

  it('reads a name the `languages` statement lists where the formula says only "in English and in …"', () => {
    assert.deepEqual(testimonium(agreement('English, Sindarin', 'Done at Rivendell on 2 March 2015, in English and in Sindarin, both texts being equally authentic.')), []);
  });

  it('does not read a place after "in" as a language ("Done in Brussels", "at The Hague, in duplicate")', () => {
    assert.deepEqual(testimonium(agreement('English, French', 'Done in Brussels, on 2 March 2015, in the English and French languages.')), []);
    assert.deepEqual(testimonium(agreement('English, French', 'Done in Nur-Sultan, in Kazakhstan, on 2 March 2015, in English and in French.')), []);
    assert.equal(isKnownLanguageName('Brussels'), false);
    assert.equal(isKnownLanguageName('Kazakhstan'), false);
  });

  it('knows the names ISO 639-2 adds, the other names after its semicolons, and names without their diacritics', () => {
    for (const name of ['Greek', 'Khmer', 'Montenegrin', 'Papiamento', 'Moldovan', 'Flemish', 'Slovene', 'Slovenian', 'Maori', 'Māori', 'Norwegian Bokmål']) assert.equal(isKnownLanguageName(name), true, name);
    for (const word of ['Netherlands', 'Sign Languages', 'Done', 'The']) assert.equal(isKnownLanguageName(word), false, word);
  });
});

// --- Closing list 2: treaty-mou-wording and deeming rules ---------------------------------------

const wording = codeOf('treaty-mou-wording');
const treaty = (article: string) => `treaty "Agreement on readmission" { status binding }
party BE "The Kingdom of Belgium" { kind state jurisdiction BE }
party KZ "The Republic of Kazakhstan" { kind state jurisdiction KZ }
clause Art7 "Article 7" ${q}
  ${article}
${q}
`;

describe('treaty-mou-wording leaves deeming rules alone (fortieth run, closing list 2)', () => {
  // BWBV0006473, Art. 7(5).
  const art75 = `5. At the request of the requesting Party, the requested Party shall provide immediately and in
  any case within five working days at the latest, the travel documents necessary for the person’s
  transfer, bearing his name and valid for at least six months. If the requested Party cannot
  provide the requested travel document within five working days after the date of receipt of the
  request, the requested Party will be deemed to have consented to the use of a travel document
  provided by the requesting Party.`;

  it('does not report "the requested Party will be deemed to have consented" (Art. 7(5)), under any profile', () => {
    assert.deepEqual(wording(treaty(art75)), []);
    assert.deepEqual(wording(treaty(art75), { profile: 'treaty-review' }), []);
  });

  it('leaves the other deeming verbs alone too ("will not be considered to have", "will be regarded as", "will be presumed")', () => {
    assert.deepEqual(wording(treaty('The requested Party will not be considered to have refused the request.')), []);
    assert.deepEqual(wording(treaty('Each Party will be regarded as the requested Party for the purposes of Article 9.')), []);
    assert.deepEqual(wording(treaty('The requesting Party will be presumed to have received the reply on the third day.')), []);
  });

  // Near misses: "will" as the verb by which the requested Party commits itself.
  for (const sentence of [
    'If the requested Party cannot provide the requested travel document, the requested Party will provide a new travel document within five working days.',
    'The requested Party will consider the request within five working days.',
    'The requested Party will be responsible for the costs of transport to the border.',
    'The requested Party will deem the request complete once the documents of Article 4(2) are received.',
  ]) {
    it(`still reports a commitment: "${sentence.slice(0, 60)}…"`, () => {
      const [finding] = wording(treaty(sentence));
      assert.ok(finding, 'no finding');
      assert.match(finding.message, /^'will'/);
    });
  }
});

// --- Points for the engineers 2: every sender the transfer finding rests on ----------------------

const possible = codeOf('possible-transfer-without-safeguards');
const readmission = (channel: string, declarations = '') => `treaty "Agreement between the States of the Benelux and the Republic of Kazakhstan on readmission" {
  status binding
  signed by BE on 2015-03-02, by LU on 2015-03-02, by NL on 2015-03-02, by KZ on 2015-03-02
  consent by notification
}
party BE "The Kingdom of Belgium" { kind state jurisdiction BE regimes GDPR }
party LU "The Grand Duchy of Luxembourg" { kind state jurisdiction LU regimes GDPR }
${declarations || 'party NL "The Kingdom of the Netherlands" { kind state jurisdiction NL regimes GDPR }'}
party KZ "The Republic of Kazakhstan" { kind state jurisdiction KZ }
${channel}
`;
// BWBV0006473, Arts. 4(2) and 13(3): the personal data of the person to be transferred.
const readmissionChannel = (members: string) => `channel Readmission between ${members} {
  carries personal-data, "the personal details of the person to be transferred (Article 13(3))"
}`;

describe('possible-transfer-without-safeguards names every sender (fortieth run, point 2)', () => {
  it('names Belgium, Luxembourg and the Netherlands, each sending to Kazakhstan, and points at each declaration', () => {
    const [finding] = possible(readmission(readmissionChannel('BE, LU, NL, KZ')));
    // Art. 96 opens the message (lf7, after the forty-fourth run), for each Member State.
    assert.match(finding.message, /^If each Member State concluded it \(consented to be bound\) before 24 May 2016 [^.]*\(GDPR Art\. 96\)\. KZ has no EU adequacy decision [^:]*, and no GDPR Chapter V basis is stated for personal data from BE, LU and NL other than the instrument itself: /);
    assert.deepEqual(finding.related?.map((r) => r.message.slice(0, 2)), ['BE', 'LU', 'NL']);
  });

  it('names only those the channel lets send (`from LU, NL, KZ`, the reviewer\'s probe 3)', () => {
    const [finding] = possible(readmission(readmissionChannel('BE, LU, NL, KZ').replace('{', '{\n  from LU, NL, KZ')));
    assert.match(finding.message, /personal data from LU and NL other than/);
  });

  it('keeps one sender in the singular ("from BE", "if the Member State concluded it")', () => {
    const [finding] = possible(readmission(readmissionChannel('BE, KZ')));
    assert.match(finding.message, /^If the Member State concluded it [^.]*\(GDPR Art\. 96\)\. .*personal data from BE other than the instrument itself: /);
    assert.doesNotMatch(finding.message, /each Member State/);
  });

  it('does not group a sender whose regime is not declared with those that declare theirs', () => {
    const [finding] = possible(readmission(readmissionChannel('BE, LU, NL, KZ'), 'party NL "The Kingdom of the Netherlands" { kind state jurisdiction NL }'));
    assert.match(finding.message, /personal data from BE and LU other than/);
  });

  it('names every sender in transfer-without-safeguards too, with the reason for each', () => {
    const [finding] = diagnose(`memorandum "MoU" { status non-binding }
participant EE "CERT-EE" { kind national-cert jurisdiction EE }
participant FI "NCSC-FI" { kind national-cert jurisdiction FI }
participant KZ "KZ-CERT" { kind national-cert jurisdiction KZ }
channel Cases between EE, FI, KZ {
  carries personal-data
}
`).filter((d) => d.code === 'transfer-without-safeguards');
    assert.match(finding.message, /personal data from EE and FI \(EE is a national CSIRT, [^;]*; FI is a national CSIRT, /);
    assert.equal(finding.related?.length, 2);
  });
});

// --- Closing list 3: missing-registration, judged not a defect ---------------------------------

describe('missing-registration on a treaty with a depositary (fortieth run, closing list 3: no change)', () => {
  // BWBV0006473, Art. 18: "The Government of the Kingdom of Belgium shall be the depositary of this
  // Agreement"; VCLT Art. 77(1)(g) (registering is a depositary's function) and Art. 80(2) ("The
  // designation of a depositary shall constitute authorization for it to perform" the transmission
  // for registration), read: BWBV0003441. UN Charter Art. 102(1), read: BWBV0004143.
  const header = (extra: string) => `treaty "Agreement on readmission" {
  status binding
  consent by notification${extra}
}
party BE "The Kingdom of Belgium" { kind state jurisdiction BE }
party KZ "The Republic of Kazakhstan" { kind state jurisdiction KZ }
`;
  const registration = codeOf('missing-registration');

  it('is silent where the treaty designates a depositary, who registers it', () => {
    assert.deepEqual(registration(header('\n  depositary BE')), []);
  });

  it('still asks a treaty between UN Members that names neither a depositary nor registration', () => {
    const [finding] = registration(header(''));
    assert.match(finding.message, /UN Charter/);
  });
});
