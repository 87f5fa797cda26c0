/**
 * Fifty-seventh real-instrument run (test/real-instruments/FIFTY-SEVENTH-RUN.md), on the European
 * Agreement on the Exchange of Tissue-Typing Reagents (1974, BWBV0004016) and the Additional Protocol
 * to the European Agreement on the Exchange of Therapeutic Substances of Human Origin (1982,
 * BWBV0002618).
 *
 * 1. A protocol whose own words make it part of another treaty ("From the date of its entry into
 *    force, this Additional Protocol shall form an integral part of the Agreement", Art. 3) lasts,
 *    ends, is amended and settles disputes with that treaty: missing-duration, missing-termination,
 *    missing-amendment and missing-dispute-settlement leave it to `integral-part-final-clauses`
 *    (info), which asks to check the treaty's clauses and declare them (`incorporates … from`).
 *    Near misses: "supplements", "in relation to", an annex said to be integral, and a protocol
 *    sentence inside the Agreement's own file keep the generic findings.
 * 2. An amendment clause whose words reach only an annexed protocol ("The Protocol and its Annex
 *    constitute an administrative arrangement and may be amended or supplemented by the governments",
 *    Art. 4(4)) is the part's procedure: missing-amendment names it (a note on the concluded text),
 *    and missing-dispute-settlement no longer says a procedure "can be added by amendment under the
 *    treaty's own procedure". Near misses: "This Agreement and its Protocol may be amended", and a
 *    protocol's own "the Protocol may be amended", are procedures for the whole.
 */
import assert from 'node:assert/strict';
import type { AnalysisSettings } from '../../server/src/language/config/settings';
import { diagnose } from '../helpers/fixture';
import { draftOf, repoText } from '../helpers/fix-review';
import { replaced } from '../helpers/replaced-once';

const protocol = repoText('test/real-instruments/coe-ets109-therapeutic-substances-additional-protocol-1983.entente');
const tissue = repoText('test/real-instruments/coe-ets84-tissue-typing-reagents-1974.entente');

const generic = ['missing-duration', 'missing-termination', 'missing-amendment', 'missing-dispute-settlement'];

function codes(text: string, settings: AnalysisSettings = {}): string[] {
  return diagnose(text, { settings }).map((d) => d.code);
}

const integralSentence = 'this Additional Protocol shall form an integral part of the\n  Agreement.';

describe('fifty-seventh run: a protocol that forms an integral part of its Agreement (item 1)', () => {
  it('ETS 109: no duration, termination, amendment or dispute finding under any profile; one note naming the Agreement', () => {
    for (const profile of [undefined, 'treaty-review', 'strict'] as const) {
      const found = codes(protocol, profile ? { profile } : {});
      for (const code of generic) assert.ok(!found.includes(code), `${code} under ${profile ?? 'default'}`);
    }
    const notes = diagnose(protocol).filter((d) => d.code === 'integral-part-final-clauses');
    assert.equal(notes.length, 1);
    assert.equal(notes[0].severity, 'info');
    assert.match(notes[0].message, /^This protocol forms an integral part of the Agreement and has no duration, termination, amendment procedure or dispute settlement of its own: it lasts, ends and is amended with the Agreement/);
    assert.match(notes[0].message, /`incorporates duration, termination, amendment, disputes from "<the treaty's file or title>"`/);
    assert.equal(notes[0].related?.[0]?.message, 'it says it forms an integral part of the Agreement here');
  });

  it('declaring the parent by its title answers the note', () => {
    const declared = replaced(
      protocol,
      '  depositary "Secretary General of the Council of Europe"\n}',
      '  depositary "Secretary General of the Council of Europe"\n  incorporates duration, termination, amendment, disputes from "European Agreement of 15 December 1958 on the exchange of therapeutic substances of human origin"\n}',
    );
    const found = codes(declared);
    for (const code of [...generic, 'integral-part-final-clauses']) assert.ok(!found.includes(code), code);
  });

  it('the close variants: "shall be regarded as an integral part of", "the provisions of this Protocol", the Convention', () => {
    for (const words of [
      'this Additional Protocol shall be regarded as an integral part of the\n  Agreement.',
      'the provisions of this Protocol shall form an integral part of the\n  Convention.',
      'this Protocol forms an integral part of the\n  Treaty.',
    ]) {
      const found = codes(replaced(protocol, integralSentence, words));
      for (const code of generic) assert.ok(!found.includes(code), `${code}: ${words}`);
      assert.ok(found.includes('integral-part-final-clauses'), words);
    }
  });

  it('near misses: "supplements", "in relation to", an annex said to be integral keep the generic findings', () => {
    for (const words of [
      'this Additional Protocol shall supplement the\n  Agreement.',
      'this Additional Protocol shall apply in relation to the\n  Agreement.',
      'the Annex to this Additional Protocol shall form an integral part of the\n  Agreement.',
    ]) {
      const found = codes(replaced(protocol, integralSentence, words));
      for (const code of generic) assert.ok(found.includes(code), `${code}: ${words}`);
      assert.ok(!found.includes('integral-part-final-clauses'), words);
    }
  });

  it('near miss: the Agreement transcribed with its Protocol ("This Protocol shall form an integral part of the Agreement") keeps them', () => {
    const agreement = replaced(protocol, 'protocol "Additional Protocol to the European Agreement', 'treaty "European Agreement');
    const found = codes(agreement);
    assert.ok(found.includes('missing-termination') && found.includes('missing-amendment'));
    assert.ok(!found.includes('integral-part-final-clauses'));
  });

  it('a clause of its own is respected: with a denunciation clause the note lists only what is left', () => {
    const withExit = replaced(protocol, '  depositary "Secretary General of the Council of Europe"\n}', '  depositary "Secretary General of the Council of Europe"\n  denunciation with notice of 6 months\n}');
    const note = diagnose(withExit).find((d) => d.code === 'integral-part-final-clauses');
    assert.match(note!.message, /has no amendment procedure or dispute settlement of its own/);
  });
});

describe('fifty-seventh run: an amendment clause that reaches only the annexed Protocol (item 2)', () => {
  it('ETS 84: missing-amendment names the Protocol and its Annex, as a note under every profile', () => {
    for (const profile of [undefined, 'treaty-review', 'strict'] as const) {
      const found = diagnose(tissue, { settings: profile ? { profile } : {} }).filter((d) => d.code === 'missing-amendment');
      assert.equal(found.length, 1, profile);
      assert.equal(found[0].severity, 'info', profile);
      assert.match(found[0].message, /^Only the protocol and its annex have an amendment procedure \(clause Art4\); nothing in the text says how the rest of the treaty is amended\./);
      // Concluded in 1974, before the Vienna Convention was in force: the general rule, not Art. 40's procedure.
      assert.match(found[0].message, /it can be amended by agreement between the parties, and an amendment binds only the parties that accept it \(the general rule; compare VCLT Arts\. 39–40/);
      assert.match(found[0].message, /the procedure for the protocol and its annex \(clause Art4\) reaches the protocol and its annex only/);
    }
  });

  it('ETS 84: missing-dispute-settlement no longer offers the treaty\'s own amendment procedure', () => {
    const found = diagnose(tissue).find((d) => d.code === 'missing-dispute-settlement')!;
    assert.doesNotMatch(found.message, /under the treaty's own procedure/);
    assert.match(found.message, /a dispute-settlement procedure can be added only by amending the treaty, and the text states no procedure for amending it as a whole \(only for its protocol and its annex\), so only by a new agreement/);
  });

  it('as a draft: a warning that offers no clause for the whole (it would override the Protocol\'s procedure)', () => {
    const found = diagnose(draftOf(tissue)).find((d) => d.code === 'missing-amendment')!;
    assert.equal(found.severity, 'warning');
    assert.match(found.message, /^Only the protocol and its annex have an amendment procedure \(clause Art4\); nothing says how the rest of the treaty is amended/);
    assert.match(found.message, /keeping the procedure for the protocol and its annex\./);
    assert.deepEqual(found.fixes, []);
  });

  it('near miss: "This Agreement and its Protocol may be amended" is a procedure for the whole', () => {
    const whole = replaced(tissue, '4. The Protocol and its Annex constitute an administrative arrangement and may be amended or\n  supplemented by the governments of the Parties to this Agreement.', '4. This Agreement and its Protocol may be amended by agreement of the Parties.');
    assert.ok(!codes(whole).includes('missing-amendment'));
    assert.match(diagnose(whole).find((d) => d.code === 'missing-dispute-settlement')!.message, /under the treaty's own procedure/);
  });

  it('near miss: in a protocol, "the Protocol may be amended" is its own procedure', () => {
    const own = replaced(
      replaced(tissue, 'treaty "European Agreement on the Exchange of Tissue-Typing Reagents"', 'protocol "Protocol on the Exchange of Tissue-Typing Reagents"'),
      '4. The Protocol and its Annex constitute an administrative arrangement and may be amended or\n  supplemented by the governments of the Parties to this Agreement.',
      '4. The Protocol may be amended by the governments of the Parties.',
    );
    assert.ok(!codes(own).includes('missing-amendment'));
  });
});
