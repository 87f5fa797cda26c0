/**
 * Treaty lawyer lr31, D1 (research/lr31/REPORT.md): after lr30's fix, a clause on the treaty's duration
 * that continues it after its term AND gives a Party the right to end it drew `missing-termination` at
 * error on a draft and the Art. 56 warning on a signed text — "it is not subject to denunciation or
 * withdrawal" of NL–Egypt 1975 Art. VII(2), whose words are "each Contracting Party reserving the right
 * to terminate the Agreement upon notice of at least six months" (read: BWBV0004723). Art. 56(1)
 * governs only a treaty "which contains no provision regarding its termination and which does not
 * provide for denunciation or withdrawal" (read: BWBV0003441). Survival and retention clauses
 * ("Thereafter, the obligations … shall remain binding") were read as the treaty's own life going on.
 * Now: the note, quoting the way out; a life after the term counts only with the instrument as subject.
 *
 * Near misses (lr30 t1–t3): a life after the term with no way out stays an error on a draft.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';

const draft = (article9: string, signed = false) =>
  `treaty "Agreement on cyber cooperation" {\n  status binding\n  consent by signature\n  effect on signature\n  amendment by written agreement\n  disputes by negotiation\n${signed ? '  signed at "Cairo" on 1975-11-18\n' : ''}}\n` +
  `party NL "The Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty EG "The Arab Republic of Egypt" { kind state jurisdiction EG }\n` +
  `clause Art1 "Article 1" about purpose """\n  The Parties shall cooperate in the prevention of cyber incidents.\n"""\n` +
  `clause Art9 "Article 9"${signed ? ' about duration' : ''} """\n  ${article9}\n"""\n`;

const termination = (text: string, profile?: string) => diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === 'missing-termination');

const egypt =
  'This Agreement shall remain in force for a period of ten years. Unless notice of termination has been given by either Contracting Party at least six months before the date of the expiry of its validity, the present Agreement shall be extended for an indefinite period, each Contracting Party reserving the right to terminate the Agreement upon notice of at least six months.';

describe('lr31 D1: a clause that continues the treaty and gives a right to end it', () => {
  const withExit: ReadonlyArray<readonly [string, string, string]> = [
    ['t5 (NL–Egypt 1975, Art. VII(2))', egypt, 'reserving the right to terminate the Agreement upon notice of at least six months'],
    ['t5b', "This Agreement shall remain in force for a period of five years and shall thereafter continue in force for an indefinite period, unless terminated by either Party on six months' written notice.", "unless terminated by either Party on six months' written notice"],
    ['t5c', "This Agreement shall remain in force for a period of five years. Thereafter it shall continue in force indefinitely; either Party may terminate it by giving six months' notice in writing.", "either Party may terminate it by giving six months' notice in writing"],
    ['t5d', "This Agreement shall remain in force for a period of five years. Thereafter it shall remain in force for an indefinite period until terminated by either Party on six months' notice.", "until terminated by either Party on six months' notice"],
    ['t5f', "This Agreement shall remain in force for a period of five years and shall thereafter continue in force until either Party gives six months' notice of termination.", "until either Party gives six months' notice of termination"],
  ];
  for (const [name, words, exit] of withExit) {
    for (const profile of [undefined, 'strict'])
      it(`${name} under ${profile ?? 'default'}: a note quoting the way out, nothing missing in law`, () => {
        const found = termination(draft(words), profile);
        assert.equal(found.length, 1);
        assert.equal(found[0].severity, 'info');
        assert.ok(found[0].message.includes(`gives a Party a way to end the treaty ("${exit}")`), found[0].message);
        assert.match(found[0].message, /Nothing is missing in law/);
        assert.doesNotMatch(found[0].message, /not subject to denunciation/);
      });
  }

  it('t5s: NL–Egypt on a signed text (clause tagged duration) is a note, not the Art. 56 warning', () => {
    const found = termination(draft(egypt, true), 'strict');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'info');
    assert.doesNotMatch(found[0].message, /states no termination, denunciation or withdrawal; if it does/);
    assert.match(found[0].message, /nothing in the text is to be changed\.$/);
  });

  describe('survival and retention are no life of the treaty: it ends with its term (the note)', () => {
    for (const [name, second] of [
      ['t6', 'Thereafter, the obligations of confidentiality under Article 6 shall remain binding on the Parties.'],
      ['t7', 'Projects begun before its expiry shall thereafter continue until their completion.'],
      ['t9', 'Information received under it may be kept for an indefinite period where the law of the receiving Party so requires.'],
      ['t10', 'The Parties may extend it by written agreement; the obligations under Article 6 shall remain in force indefinitely.'],
    ])
      it(name, () => {
        const found = termination(draft(`This Agreement shall remain in force for a period of five years. ${second}`), 'strict');
        assert.equal(found.length, 1);
        assert.equal(found[0].severity, 'info');
        assert.match(found[0].message, /sets the treaty's term \("This Agreement shall remain in force for a period of five years"\)/);
      });
  });

  describe('near misses: a life after the term with no way out stays an error on a draft (lr30 t1–t3)', () => {
    for (const words of [
      'This Agreement shall remain in force for a period of five years and shall thereafter continue in force for an indefinite period.',
      'This Agreement shall remain in force for a period of ten years. Unless notice of termination has been given by either Contracting Party at least six months before the date of the expiry of its validity, the present Agreement shall be extended for an indefinite period.',
      'This Agreement shall remain in force for a period of five years. Thereafter it shall remain in force indefinitely.',
      // The survival words beside the treaty's own indefinite life do not make a way out.
      'This Agreement shall remain in force for a period of five years and shall thereafter continue in force for an indefinite period; the obligations under Article 6 shall remain binding on the Parties.',
      // Terminated by agreement only is not a Party's way out.
      'This Agreement shall remain in force for a period of five years and shall thereafter continue in force indefinitely, unless terminated earlier by agreement.',
      // "may terminate" a project, not the treaty.
      'This Agreement shall remain in force for a period of five years and shall thereafter continue in force indefinitely. Either Party may terminate a project on three months\' notice.',
    ])
      it(words, () => {
        const found = termination(draft(words));
        assert.equal(found.length, 1);
        assert.equal(found[0].severity, 'error');
      });
  });
});
