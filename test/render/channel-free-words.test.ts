/**
 * A channel's generated sentence stays grammatical whatever free words its `carries` and `exchange`
 * statements hold (the treaty lawyer’s third check, point 3: "exchange the nuclear accident, …" on the
 * IAEA Early Notification Convention's draft, "… subject to national law and Without prejudice to
 * domestic law, …" on UNCAC's). Plain phrases join the generated list; anything else is quoted as
 * written, or printed as its own sentence — never reworded, so what the channel carries is unchanged.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { exportedDraftedRealInstrument, openDraftedRealInstrument } from './drafted-variant';

function sentences(channelLines: string): string[] {
  const service = createEntenteService({ readFile: () => undefined });
  const uri = 'file:///t/channel.entente';
  service.open(uri, `treaty "Agreement on the Exchange of Information" {
  status binding
  languages English authentic
}
party EE "the Republic of Estonia" { kind state }
party FI "the Republic of Finland" { kind state }
channel Intel between EE, FI {
${channelLines}}
`);
  const doc = service.renderModel(uri)!;
  return [...doc.articles, ...(doc.outside?.articles ?? [])].filter((a) => /^(?:Exchange of information|Information)$/.test(a.heading ?? '')).flatMap((a) => a.paragraphs.map((p) => (typeof p === 'string' ? p : p.text)));
}

/** A paragraph without the marks that tell each format where a blank is. */
const unmarked = (text: string) => text.replace(/[\uE000\uE001]/gu, '');

describe('generated channel sentences with free words (the treaty lawyer’s third check, point 3)', () => {
  it('carried words with commas of their own are quoted after “the following:” (no noun: lr24 D5), each as written', () => {
    const [first] = sentences('  carries "the nuclear accident, its nature, the time of its occurrence", "the facility or activity involved"\n');
    assert.equal(unmarked(first), '[who] shall [transmit, provide or exchange, and to whom] the following: “the nuclear accident, its nature, the time of its occurrence”; “the facility or activity involved”.');
  });

  it('carried words that open with a capital are quoted too; the hedge comes before them', () => {
    const [first] = sentences('  carries "The identity, whereabouts and activities of persons suspected"\n  exchange subject-to-national-law\n');
    assert.equal(unmarked(first), '[who] shall [transmit, provide or exchange, and to whom], subject to national law, the following: “The identity, whereabouts and activities of persons suspected”.');
  });

  it('hedging words that are a sentence follow as written, not joined to “on request and”', () => {
    const text = sentences('  carries indicators\n  exchange on-request "Parties agree that requests are made in writing."\n');
    assert.deepEqual(text.slice(0, 2), ['The Parties shall exchange indicators of compromise, on request.', 'Parties agree that requests are made in writing.']);
  });

  it('an infinitive item of the text’s list is printed as written, a paragraph of its own with no label (lr7 item 4)', () => {
    const text = sentences('  carries indicators\n  exchange "To exchange, where appropriate, information on means and methods"\n');
    assert.deepEqual(text.slice(0, 2), ['The Parties shall exchange indicators of compromise.', 'To exchange, where appropriate, information on means and methods.']);
    // A phrase in lower case with commas of its own: as written, never "Terms of the exchange: “…”", never capitalised.
    const lower = sentences('  carries indicators\n  exchange "where the requested Party considers it appropriate, and subject to its law"\n');
    assert.deepEqual(lower.slice(0, 2), ['The Parties shall exchange indicators of compromise.', 'where the requested Party considers it appropriate, and subject to its law.']);
    assert.ok(![...text, ...lower].some((p) => /Terms of the exchange|“/.test(p)), [...text, ...lower].join('\n'));
  });

  it('near miss: plain phrases join the list as before', () => {
    assert.equal(unmarked(sentences('  carries "malware samples", "logs of the affected systems"\n  exchange subject-to-national-law "where the law of the sender permits"\n')[0]), '[who] shall [transmit, provide or exchange, and to whom] malware samples and logs of the affected systems, subject to national law and where the law of the sender permits.');
    assert.equal(sentences('  carries incident-reports\n')[0], 'The Parties shall exchange incident reports.');
  });

  it('the real drafts: IAEA 1986 and UNCAC read as sentences (IAEA Art. 2 in its own words, `modality as-written`)', () => {
    const iaea = exportedDraftedRealInstrument('iaea-early-notification-nuclear-accident-1986');
    assert.doesNotMatch(iaea, /exchange the nuclear accident|shall exchange/);
    // Art. 2 in its own words, printed once: in the numbered text, not again as a proposal (lr7, defect 5).
    assert.equal(iaea.match(/forthwith notify, directly or through the International Atomic Energy Agency/g)?.length, 1, iaea);
    const uncac = exportedDraftedRealInstrument('un-convention-against-corruption-2003');
    assert.doesNotMatch(uncac, /and Without prejudice|, To exchange|on request and [A-Z]|Terms of the exchange/);
    // Every UNCAC channel is as written, its words the text's Arts. 46, 48, 56: none is proposed beside them.
    const { service, uri } = openDraftedRealInstrument('un-convention-against-corruption-2003.entente');
    assert.deepEqual((service.renderModel(uri)!.outside?.articles ?? []).filter((a) => /information$/i.test(a.heading)).map((a) => a.heading), []);
    assert.equal(uncac.match(/may, without prior request, transmit information relating to criminal matters/g)?.length, 1);
  });
});
