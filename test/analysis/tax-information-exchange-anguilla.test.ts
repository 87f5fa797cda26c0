/**
 * Forty-first real-instrument run: the Netherlands–Anguilla tax information exchange agreement of
 * 2009 (BWBV0003407), with the Protocol whose Art. 1 holds the nine rules that apply "If personal
 * data are exchanged under the Agreement". The fixtures quote its sentences (Arts. 8(1), 14 and
 * Protocol Art. 1) and vary one thing at a time.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import type { AnalysisSettings } from '../../server/src/language/config/settings';

const q = '"""';

/** Article 8(1) as printed: its "oversight" is of the tax administration, appeals included. */
export const article8 =
  'All information provided and received by the competent authorities of the Contracting Parties shall be kept confidential and shall be disclosed only to persons or authorities (including courts and administrative bodies) concerned with the purposes specified in Article 1 and used by such persons or authorities only for such purposes, including the determination of any appeal or the oversight of the above. For these purposes, information may be disclosed in public court proceedings or in judicial proceedings.';

/** Protocol Art. 1(e) and (f): information of the person concerned on application; liability for unlawful damage. */
export const protocolInformation =
  'e) Upon application the person concerned shall be informed of the supplied data relating to him and of the use to which such data are to be put. There shall be no obligation to furnish this information if on balance it turns out that the public interest in withholding it outweighs the interest of the person concerned in receiving it.';
export const protocolLiability =
  'f) The receiving authority shall bear liability in accordance with its domestic laws in relation to any person suffering unlawful damage as a result of supply of data pursuant to this Agreement. In relation to the damaged person, the receiving authority may not plead in its defence that the damage had been caused by the supplying agency;';

/** The rest of Protocol Art. 1 that bears on the elements: (a), (c), (d), (g)–(i). */
const protocolRest = [
  'If personal data are exchanged under the Agreement, the following additional provisions shall apply:',
  'a) The receiving authority may use such data only for the stated purpose and shall be subject to the conditions prescribed by the supplying authority;',
  'c) Personal data may be supplied only to the responsible agencies. Any subsequent supply to other agencies may be effected only with the prior approval of the supplying authority;',
  'd) The supplying authority shall be obliged to take all reasonable care to ensure that the data to be supplied are accurate and that they are necessary for and proportionate to the purpose for which they are supplied. That authority shall be obliged to correct or erase such data without delay;',
  'g) Irrespective of such periods, supplied personal data shall be erased once they are no longer required for the purpose for which they were supplied;',
  'h) The supplying and the receiving authority shall be obliged to keep official records of the supply and receipt of personal data;',
  'i) The supplying and the receiving authority shall be obliged to take effective measures to protect the personal data supplied against unauthorised access, unauthorised alteration and unauthorised disclosure.',
];

interface Variant {
  /** The header's `done` line; `undefined` for a draft that has none. */
  readonly done?: string;
  readonly article8?: string;
  readonly protocol?: readonly string[];
}

/** The Agreement as transcribed (header, parties, the Requests channel), Art. 8 and Protocol Art. 1. */
export function anguilla(variant: Variant = {}): string {
  const done = 'done' in variant ? variant.done : 'done at "London" on 2009-07-22 in duplicate';
  const protocol = variant.protocol ?? [...protocolRest.slice(0, 4), protocolInformation, protocolLiability, ...protocolRest.slice(4)];
  return `treaty "Agreement between the Government of the Kingdom of the Netherlands and the Government of Anguilla for the exchange of information relating to taxes" {
  status binding
  languages English
${done ? `  ${done}\n` : ''}  effect on first day of second month after last notification
  duration indefinite
  termination with notice of 6 months
}
party NL "The Government of the Kingdom of the Netherlands" { kind government jurisdiction NL regimes GDPR }
party AI "The Government of Anguilla" { kind government jurisdiction AI regimes outside-union-law }
channel Requests between NL, AI {
  carries "information that is foreseeably relevant to the administration and enforcement of the domestic laws of the Contracting Parties", personal-data
  exchange on-request
  purpose "used by such persons or authorities only for such purposes"
  onward sharing with-written-consent
  safeguards legally-binding-instrument "Article 1 of the Protocol (the additional provisions that apply if personal data are exchanged under the Agreement)"
}
clause Art8 "Article 8 – Confidentiality" about confidentiality, purpose-limitation ${q}
  ${variant.article8 ?? article8}
${q}
clause PArt1 "Protocol, Article 1" about data-protection, transfer-safeguards, purpose-limitation, liability ${q}
  ${protocol.join('\n  ')}
${q}
`;
}

const safeguards = (text: string, settings: AnalysisSettings = {}) => diagnose(text, { settings }).filter((d) => d.code === 'missing-transfer-safeguards');
const only = (text: string, settings: AnalysisSettings = {}) => {
  const found = safeguards(text, settings);
  assert.equal(found.length, 1, found.map((d) => d.message).join('\n'));
  return found[0];
};

describe('NL–Anguilla TIEA 2009: a concluded treaty GDPR Art. 96 keeps in force (forty-first run, item 3)', () => {
  it('is no error under `strict` on the treaty signed in 2009, whose message says Art. 96 keeps it in force: a note while only its consent date is open (r115 D2)', () => {
    const finding = only(anguilla(), { profile: 'strict' });
    assert.match(finding.message, /before 24 May 2016 \(the signature date is 2009-07-22; consent follows it\), this treaty remains in force until amended, replaced or revoked/);
    assert.equal(finding.severity, 'info');
    assert.equal(only(anguilla()).severity, 'info');
    assert.equal(only(anguilla(), { profile: 'treaty-review' }).severity, 'info');
  });

  it('near misses: a draft, a text concluded after 24 May 2016, and a per-rule setting are still errors under `strict`', () => {
    // A draft: no date of conclusion, no Art. 96 sentence, so `strict` raises it as a final review before signature should.
    const draft = only(anguilla({ done: undefined }), { profile: 'strict' });
    assert.doesNotMatch(draft.message, /Art\. 96/);
    assert.equal(draft.severity, 'error');
    // The same words signed on 1 June 2016: Art. 96 keeps only agreements concluded before 24 May 2016.
    const late = only(anguilla({ done: 'done at "London" on 2016-06-01 in duplicate' }), { profile: 'strict' });
    assert.doesNotMatch(late.message, /Art\. 96/);
    assert.equal(late.severity, 'error');
    // The day before the cut-off may still be kept in force: a note while consent is undated (r115 D2).
    assert.equal(only(anguilla({ done: 'done at "London" on 2016-05-23 in duplicate' }), { profile: 'strict' }).severity, 'info');
    // A reviewer who names the rule decides, on a concluded text too.
    assert.equal(only(anguilla(), { profile: 'strict', rules: { 'missing-transfer-safeguards': 'error' } }).severity, 'error');
    assert.equal(only(anguilla(), { rules: { MC20: 'error' } }).severity, 'error');
  });
});

/** What the finding lists as not stated. */
const notStated = (text: string) => only(text).message.split('does not state: ')[1].split('. Write them')[0];
const withProtocolSentence = (sentence: string) => anguilla({ protocol: [...protocolRest, protocolInformation, protocolLiability, sentence] });

describe('NL–Anguilla TIEA 2009: "the oversight of the above" is not independent oversight (forty-first run, item 1)', () => {
  it('lists independent oversight (¶51) though Art. 8(1) speaks of "the determination of any appeal or the oversight of the above"', () => {
    assert.match(notStated(anguilla()), /independent oversight \(¶51\)/);
    // The elements the Protocol does state stay credited.
    assert.doesNotMatch(notStated(anguilla()), /purpose limitation|storage limitation|security and confidentiality|restriction of onward transfers/);
  });

  it('near misses: the words of texts that do provide independent supervision credit it', () => {
    for (const sentence of [
      // Additional Protocol to Convention 108 (ETS 181, 2001), Art. 1(3).
      'The supervisory authorities shall exercise their functions in complete independence.',
      // Macolin Convention (CETS 215, 2014), Art. 34(2), after Budapest Art. 15(2).
      'Such conditions and safeguards shall, as appropriate in view of the nature of the procedure or power concerned, inter alia, include judicial or other independent supervision.',
      // The library's binding clause, point 12.
      'Independent oversight. Each Party shall ensure that the application of this Article is supervised by an independent authority.',
      // The samples' Art. 46(3)(b) arrangements (samples/pl-ua-cert-mou.entente; the independent md-ro fixture).
      'Data subjects have redress, including before the Ukrainian Parliament Commissioner for Human Rights, who oversees compliance independently.',
      'Data subjects may complain to the Romanian supervisory authority (ANSPDCP).',
    ]) {
      assert.doesNotMatch(notStated(withProtocolSentence(sentence)), /independent oversight/, sentence);
    }
  });

  it('near misses: oversight, supervisory authorities or independence in other senses do not', () => {
    for (const sentence of [
      // NL–US homeland security 2012, Art. 5(1)(b): the Agreement Managers' own oversight.
      'The Agreement Managers shall exercise oversight for activities carried out under this Agreement.',
      // NL–US securities information 1989, preamble: securities supervisors.
      'The development of the internationalization of trading in securities requires increasing exchange of information between the supervisory authorities.',
      // Benelux–Kazakhstan readmission 2015, Art. 2(3): a right, not a body.
      'Minor unmarried children shall be readmitted unless they have an independent right of residence in the requesting Party.',
      // A controlled delivery: the sender's own supervision.
      'Personal data are processed under the supervision of the competent authority.',
    ]) {
      assert.match(notStated(withProtocolSentence(sentence)), /independent oversight \(¶51\)/, sentence);
    }
  });
});

describe('NL–Anguilla TIEA 2009: liability for unlawful damage is part of redress (forty-first run, item 2)', () => {
  const beyond = 'redress (¶¶45–47) beyond the receiving side’s liability for damage: no way to complain to it and no administrative redress before an independent body (¶46)';

  it('says what Protocol Art. 1(f) leaves out, not that redress is not stated', () => {
    const listed = notStated(anguilla()).split('; ');
    assert.ok(listed.includes(beyond), listed.join('\n'));
    assert.ok(!listed.includes('redress (¶¶45–47)'), listed.join('\n'));
  });

  it('near misses: without (f), or with an apportionment of damages between the Parties, redress is not stated at all', () => {
    const without = anguilla({ protocol: [...protocolRest, protocolInformation] });
    assert.ok(notStated(without).split('; ').includes('redress (¶¶45–47)'), notStated(without));
    // CETS 198 (2005), Art. 45(1): the Parties consult on an action a person brought; no one is made liable to that person.
    const apportion = withProtocolSentence(
      'When legal action on liability for damages resulting from an act or omission in relation to co-operation under this chapter has been initiated by a person, the Parties concerned shall consider consulting each other, where appropriate, to determine how to apportion any sum of damages due.',
    ).replace(protocolLiability, '');
    assert.ok(notStated(apportion).split('; ').includes('redress (¶¶45–47)'), notStated(apportion));
  });

  it('near miss: a text that gives a way to complain as well states redress, and nothing of it is listed', () => {
    // ETS 181 (2001), Art. 1(4), beside Protocol Art. 1(f).
    const both = withProtocolSentence('Decisions of the supervisory authorities, which give rise to complaints, may be appealed against through the courts.');
    assert.doesNotMatch(notStated(both), /redress/);
  });
});

describe('NL–Anguilla TIEA 2009: access is the person’s, not protection against unauthorised access (forty-first run, point 1)', () => {
  const rights = /data-subject rights of access, rectification and erasure/;

  it('credits access to Protocol Art. 1(e), "the person concerned shall be informed of the supplied data relating to him"', () => {
    assert.doesNotMatch(notStated(anguilla()), rights);
  });

  it('near miss: without (e), "against unauthorised access" (i) and "correct or erase" (d) state no right of the person', () => {
    const without = anguilla({ protocol: [...protocolRest, protocolLiability] });
    assert.match(notStated(without), rights);
  });

  it('near misses: the access rights of other real texts are still credited', () => {
    for (const sentence of [
      // NL–UAE customs 2015, Art. 18(5).
      'The person concerned shall be informed, upon request, of the personal data present about him and of the use to be made thereof.',
      // NL–US customs 1996, Annex (Convention 108, Art. 8(b)).
      'Any person shall be enabled to obtain confirmation of whether personal data relating to him are stored in the automated data file as well as communication to him of such data in an intelligible form;',
    ]) {
      assert.doesNotMatch(notStated(anguilla({ protocol: [...protocolRest, protocolLiability, sentence] })), rights, sentence);
    }
  });
});
