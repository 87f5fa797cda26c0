/**
 * treaty-mou-wording on the texts of the seventeenth and eighteenth real-instrument runs: "constitute
 * an understanding" in a binding exchange of notes (NL–US 1991) is MoU vocabulary a lawyer weighs
 * on status; "come into effect" said of something other than the instrument (NL–Norway 2015, Art.
 * 31(2)) is not. Each case is held to its text and to the near miss that must stay reported.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { draftOf } from '../helpers/fix-review';

const q = '"""';
const wording = (text: string) => diagnose(text).filter((d) => d.code === 'treaty-mou-wording');
const words = (text: string) => wording(text).map((d) => {
  const line = text.split('\n')[d.range.start.line];
  return line.slice(d.range.start.character, d.range.end.character);
});

// The exchange of notes between the Netherlands and the United States on the transfer and
// enforcement of custodial sentences, The Hague, 11 July 1991 (BWBV0001046).
const notes = (status: string) => `treaty "Exchange of notes on the transfer and enforcement of custodial sentences" {
  ${status}
  form exchange-of-notes
}
party NL "The Government of the Kingdom of the Netherlands" { kind government jurisdiction NL }
party US "The Government of the United States of America" { kind government jurisdiction US }
note NoteI "Note DAZ/JZ ISN-38245" from NL to US at "The Hague" on 1991-07-11 ${q}
  If the foregoing understandings are shared by the Government of the United States of America,
  the Ministry of Foreign Affairs has the honour to propose that this note and the Embassy's note
  in reply shall constitute an understanding between the two Governments.
${q}
note NoteII "Note No. 81" from US to NL at "The Hague" on 1991-07-11 answering NoteI ${q}
  The Embassy of the United States of America has the honor to confirm that the understandings
  contained in the aforementioned Note are shared by the Government of the United States of America
  and that your Note and this reply constitute an understanding between our two governments on the
  matters referred to therein.
${q}
`;

describe('treaty-mou-wording: "constitute an understanding" in a binding exchange of notes (NL–US 1991)', () => {
  it('reports each note\'s "constitute an understanding", at info, saying why and offering "constitute an agreement"', () => {
    // The rewrite is offered to the notes as drafted; the notes exchanged in 1991 are not rewritten.
    const text = draftOf(notes('status binding'));
    const found = wording(text);
    assert.deepEqual(words(text), ['constitute an understanding', 'constitute an understanding']);
    assert.ok(found.every((d) => d.severity === 'info'));
    assert.match(found[0].message, /^'constitute an understanding' is how a memorandum of understanding describes itself .*in an instrument declared binding it is the first thing a reader weighs on its status: a treaty writes 'constitute an agreement'\.$/);
    assert.equal(found[0].fixes[0]?.edits[0].newText, 'constitute an agreement');
    assert.equal(found[0].fixes[0]?.effect, 'legal');
    const signed = wording(notes('status binding'));
    assert.equal(signed.length, 2);
    assert.ok(signed.every((d) => d.fixes.length === 0 && d.message.endsWith("a treaty writes 'constitute an agreement'. The text is concluded (the date of the reply is 1991-07-11): no rewrite is offered, and none is called for: the point is for the next draft.")));
  });

  it('reads "constitutes" and "will constitute" too, and leaves "understanding" in other senses alone', () => {
    const text = `treaty "Agreement" { status binding }\nparty NL "Netherlands"\nparty NO "Norway"\nclause Final ${q}This Agreement constitutes an understanding of the Parties; the exchange will constitute an understanding. The Parties shall promote mutual understanding.${q}\n`;
    assert.deepEqual(words(text), ['constitutes an understanding', 'constitute an understanding']);
  });

  it('near miss: not reported in an instrument declared non-binding, where it is the proper word', () => {
    assert.deepEqual(wording(notes('status non-binding')), []);
  });

  it('counts as a signal of an MoU for an instrument whose status is undetermined', () => {
    const found = diagnose(notes('status undetermined')).find((d) => d.code === 'status-undetermined');
    assert.match(found?.message ?? '', /signals of an MoU: .*'constitute an understanding' \(2 times\)/);
  });
});

// Agreement between the Netherlands and Norway on the use of a prison in the Netherlands, 2015
// (BWBV0006451), a binding treaty.
const norway = (body: string) => `treaty "Agreement between the Kingdom of the Netherlands and the Kingdom of Norway on the use of a prison in the Netherlands" { status binding }
party NL "The Kingdom of the Netherlands" { kind state jurisdiction NL }
party NO "The Kingdom of Norway" { kind state jurisdiction NO }
clause Art31 "Article 31 – Extension" ${q}
${body}
${q}
`;

describe('treaty-mou-wording: "come into effect" only where its subject is the instrument itself (NL–Norway 2015, Art. 31(2))', () => {
  it('leaves alone "before the extension has to come into effect", whose subject is an extension', () => {
    assert.deepEqual(
      words(norway(`  2. The Ministers of Justice of the Sending State and the Receiving State shall decide on the
  extension of the use of the prison not later than six months before the extension has to come
  into effect.`)),
      [],
    );
    assert.deepEqual(words(norway('  Amendments will come into effect on the date both Parties have notified their approval.')), []);
  });

  it('near miss: still notes "come into effect" said of this Agreement, this Memorandum, this Exchange of Notes, or "it" standing for it', () => {
    for (const sentence of [
      'This Agreement will come into effect thirty days after the second notification.',
      'This Memorandum will come into effect on signature.',
      'This Exchange of Notes will come into effect on the date of the reply.',
      'The Parties have signed this Agreement. It will come into effect on the date of the last notification.',
      'The coming into effect of this Agreement is notified to the Secretary-General.',
    ]) {
      const found = words(norway(`  ${sentence}`)).filter((w) => /effect/.test(w));
      assert.equal(found.length, 1, `${sentence} → ${JSON.stringify(found)}`);
    }
  });

  it('near miss: "shall come into effect" said of the instrument stays treaty English (sixteenth run, ACS 1999 Art. 18)', () => {
    assert.deepEqual(words(norway('  This Agreement shall come into effect on the first day of the month following the last notification.')), []);
  });
});
