/**
 * Export review 3, items 1 and 2: which texts are no longer drafts (model/conclusion.ts,
 * `concludedText`), so that their findings offer no fix that changes the signed words.
 *
 * Item 1: signed texts whose header gives no signature or exchange date — the Guernsey memorandum
 * of 2008 (its signature block names the signatories), the GWP memorandum of 2002 and the 1980,
 * 1999 and 2000 conventions (dated by their opening for signature) — were offered legal fixes. The
 * near misses are drafts: a signature line with a blank, an opening for signature still planned,
 * a final formula with blanks or a future date, a preamble that cites an earlier treaty's signature.
 * Item 2: a text signed on the reference day itself (1 December 2026) was read as a draft.
 */
import { strict as assert } from 'node:assert';
import { diagnose } from '../helpers/fixture';
import { repoText } from '../helpers/fix-review';

// A rule with advice of its own says it in place of the general note (missing-registration since lr15, D2).
const concludedNote = /The text is concluded \(([^)]*)\): (?:no fix that changes it is offered|nothing in it is to be changed)/;

/** The fixes of every finding of a text that change its meaning, and the reasons the findings give for having none. */
function readOf(text: string): { legalFixes: string[]; evidence: string[] } {
  const findings = diagnose(text);
  const legalFixes = findings.flatMap((d) => d.fixes.filter((f) => f.effect !== 'mechanical').map((f) => `${d.code}: ${f.title}`));
  const evidence = [...new Set(findings.map((d) => concludedNote.exec(d.message)?.[1]).filter((e): e is string => e !== undefined))];
  return { legalFixes, evidence };
}

const guernsey = repoText('test/real-instruments/gg-nl-tax-cooperation-mou-2008.entente');
const signatures = 'For the Kingdom of the Netherlands J.C. DE JAGER\n  For the States of Guernsey MICHAEL WILLIAM TORODE';
/** The Guernsey memorandum with its signature block replaced by other words. */
const guernseyWith = (block: string) => {
  assert.ok(guernsey.includes(signatures), 'the transcription still prints the signature block');
  return guernsey.replace(signatures, block);
};

describe('a text is concluded by what it says, not only by a header date (export review 3, items 1 and 2)', () => {
  it('Guernsey–NL 2008: no fix rewrites the signed memorandum, whose signature block names the signatories', () => {
    const { legalFixes, evidence } = readOf(guernsey);
    assert.deepEqual(legalFixes, []);
    assert.deepEqual(evidence, ['its signature block names the persons who signed it']);
  });

  it('near miss: the same memorandum with blank signature lines is a draft, and keeps its fixes', () => {
    for (const block of ['For the Kingdom of the Netherlands ____\n  For the States of Guernsey ____', 'For the Kingdom of the Netherlands [name]\n  For the States of Guernsey [name]', 'For the Kingdom of the Netherlands\n  For the States of Guernsey', 'For the Kingdom of the Netherlands J.C. DE JAGER\n  For the States of Guernsey ____']) {
      const { legalFixes, evidence } = readOf(guernseyWith(block));
      assert.deepEqual(evidence, [], block);
      assert.ok(legalFixes.some((f) => /Replace 'shall' with 'will'/.test(f)), `${block}: ${legalFixes.join('; ')}`);
    }
  });

  it('a final formula with a whole past date concludes the text ("DONE at St. Peter Port in duplicate this 25th day of April 2008")', () => {
    const formulas: [string, string][] = [
      ['DONE at St. Peter Port in duplicate this 25th day of April 2008, in the English language.', '2008-04-25'],
      ['Signed in duplicate at Prague on 14 October 2015.', '2015-10-14'],
      ['Done at Washington, March 15, 1991, in duplicate.', '1991-03-15'],
    ];
    for (const [formula, iso] of formulas) {
      const { legalFixes, evidence } = readOf(guernseyWith(formula));
      assert.deepEqual(legalFixes, [], formula);
      assert.deepEqual(evidence, [`its final formula dates it ${iso}`], formula);
    }
  });

  it('near misses: a formula with blanks or a future date, a citation of another treaty’s signature, and the samples stay drafts', () => {
    const drafts = [
      'DONE at St. Peter Port in duplicate this … day of … 2008, in the English language.',
      'DONE at ____ on ____ 2008, in the English language.',
      'DONE at St. Peter Port in duplicate this 25th day of April 2028, in the English language.',
      'Recalling the Agreement on Technical Cooperation signed at Jakarta on 3 April 1964, the Participants will cooperate.',
    ];
    for (const block of drafts) {
      const { legalFixes, evidence } = readOf(guernseyWith(block));
      assert.deepEqual(evidence, [], block);
      assert.ok(legalFixes.length > 0, block);
    }
    // The Baltic sample's own formula, "DONE at Riga, this 5th day of June 2028", is a planned one.
    assert.deepEqual(readOf(repoText('samples/baltic-preservation-protocol.entente')).evidence, []);
    assert.ok(readOf(repoText('samples/review-me.entente')).legalFixes.length > 0, 'the review sample keeps its fixes');
  });

  it('conventions dated only by their opening for signature get no legal fix (GWP 2002, 1980, 1999, 2000)', () => {
    const cases: [string, string][] = [
      ['gwp-organisation-mou-2002', '2002-03-21'],
      ['iaea-physical-protection-nuclear-material-1980', '1980-03-03'],
      ['un-financing-of-terrorism-convention-1999', '2000-01-10'],
      ['un-trafficking-in-persons-protocol-2000', '2000-12-12'],
    ];
    for (const [file, iso] of cases) {
      const { legalFixes, evidence } = readOf(repoText(`test/real-instruments/${file}.entente`));
      assert.deepEqual(legalFixes, [], file);
      assert.deepEqual(evidence, [`it was opened for signature on ${iso}`], file);
    }
  });

  it('near miss: an opening for signature still planned, or undated, leaves the convention a draft', () => {
    const gwp = repoText('test/real-instruments/gwp-organisation-mou-2002.entente');
    const line = 'opened for signature at "Stockholm" on 2002-03-21 until 2002-03-31';
    assert.ok(gwp.includes(line));
    for (const opened of ['opened for signature at "Stockholm" on 2027-03-21 until 2027-03-31', 'opened for signature at "Stockholm"']) {
      const { legalFixes, evidence } = readOf(gwp.replace(line, opened));
      assert.deepEqual(evidence, [], opened);
      assert.ok(legalFixes.length > 0, opened);
    }
  });

  describe('item 2: the reference day itself (1 December 2026)', () => {
    const eurojust = repoText('test/real-instruments/nl-eurojust-seat-agreement-2006.entente');
    const dated = (day: string) => eurojust.replace('done at "The Hague" on 2006-03-15', `done at "The Hague" on ${day}`);

    it('reads a text signed on the reference day as concluded: no registration clause is offered', () => {
      const { legalFixes, evidence } = readOf(dated('2026-12-01'));
      assert.deepEqual(legalFixes, []);
      assert.deepEqual(evidence, ['the signature date is 2026-12-01']);
    });

    it('near miss: a signature dated after the reference day is still a planned one', () => {
      const { legalFixes, evidence } = readOf(dated('2026-12-02'));
      assert.deepEqual(evidence, []);
      assert.ok(legalFixes.some((f) => /registration/.test(f)), legalFixes.join('; '));
    });
  });
});
