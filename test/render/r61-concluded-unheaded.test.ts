/**
 * Sixty-first run, defects 2, 4 and 6: what a concluded text's export adds and what its note says.
 *
 * Defect 2 — the NL–UK Mutual Agreement on Art. 25(5) arbitration 2008 (BWBV0003400) opens with an
 * unheaded paragraph ("The competent authorities … have entered into the following mutual
 * agreement …") and closes with an unheaded sentence on application in time. Transcribed as
 * clauses without a heading (tagged `about purpose`, `about entry-into-force`), the export headed
 * them "Purpose" and "Entry into force" (without tags: "[heading]" blanks): words the signed text
 * does not have. Concluded, such a clause is printed with no heading, in every format; a draft
 * keeps the topic's heading or the blank to fill (near miss).
 *
 * Defect 4 — the note said "The preamble is not transcribed" of a text whose unheaded opening
 * paragraph is transcribed and printed first: said no more then. A text that opens at a headed
 * article still says it (near miss).
 *
 * Defect 6 — the note named the channels of ETS 20 as not printed separately but not its
 * capacity-building block (Art. 5, printed as written, is tagged with its topic): where the note
 * lists declarations, it names those the text's own provisions state too, apart ("Nor is …"), so
 * that its list is not read as complete. A text whose clauses cover every declaration still has no
 * list (the earlier design, concluded-export.test.ts).
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';

function text(signed: string, opening = 'clause Opening about purpose', closing = 'clause Application about entry-into-force', channel = true): string {
  return `arrangement "Mutual Agreement on Arbitration" {
  status binding
  languages English
${signed}
}
party NL "The competent authority of the Kingdom of the Netherlands" { kind government-agency jurisdiction NL }
party GB "The competent authority of the United Kingdom" { kind government-agency jurisdiction GB }
capacity-building Training by NL for GB {
  activities training
}
${channel ? 'channel Requests between NL, GB {\n  carries personal-data\n}\n' : ''}${opening} """
  The competent authorities have entered into the following mutual agreement.
"""
clause P1 "1. Request for arbitration" """
  A request for arbitration shall be made in writing.
"""
clause P2 "2. Training" about capacity-building """
  Each competent authority may train the officials of the other.
"""
${closing} """
  This agreement applies to any request for arbitration made after that provision has become effective.
"""
`;
}

const concluded = '  done at "London" on 2008-09-26 in duplicate';
const draft = '  done at "London" in duplicate';

function exports(source: string) {
  const service = createEntenteService({ readFile: () => undefined });
  const uri = 'file:///t/r61.entente';
  service.open(uri, source);
  return { md: service.render(uri, 'markdown')!, html: service.render(uri, 'html')!, akn: service.render(uri, 'akn')! };
}

describe('r61, defects 2, 4, 6: a concluded text prints no heading it does not have; its note says what it holds', () => {
  for (const [name, opening, closing] of [
    ['tagged', 'clause Opening about purpose', 'clause Application about entry-into-force'],
    ['untagged', 'clause Opening', 'clause Application'],
  ] as const) {
    it(`concluded, ${name}: no "Purpose", "Entry into force" or "[heading]" in md, html or akn`, () => {
      const { md, html, akn } = exports(text(concluded, opening, closing));
      for (const out of [md, html, akn]) {
        assert.doesNotMatch(out, /Purpose|Entry into force|\[heading\]|>heading</);
        assert.match(out, /have entered into the following mutual agreement/);
        assert.match(out, /applies to any request for arbitration/);
      }
      assert.match(md, /^# Mutual Agreement on Arbitration\n\nThe competent authorities have entered/m);
      assert.match(md, /## 1\. Request for arbitration/);
      assert.doesNotMatch(akn, /<heading><\/heading>/);
    });
  }

  it('near miss: a draft keeps the topic heading, or the blank to fill', () => {
    assert.match(exports(text(draft)).md, /## .*Purpose/);
    assert.match(exports(text(draft, 'clause Opening', 'clause Application')).md, /heading/);
  });

  it('the note says nothing of a preamble where the text opens with its own unheaded paragraph', () => {
    const { md } = exports(text(concluded));
    assert.match(md, /Not part of the text/);
    assert.doesNotMatch(md, /preamble/i);
  });

  it('near miss: a text that opens at a headed article still says its preamble is not transcribed', () => {
    const source = text(concluded).replace(/clause Opening about purpose """\n.*\n"""\n/, '');
    assert.match(exports(source).md, /The preamble(,| is)[^.]* not transcribed/);
  });

  it('near miss: with nothing else unprinted, the note lists nothing (a text whose clauses cover every declaration)', () => {
    // `without formula`: the signing the header records is then no fact a missing formula leaves
    // unprinted (render/unprinted-header-facts.ts), so nothing else is listed.
    assert.doesNotMatch(exports(text(`${concluded} without formula`, undefined, undefined, false)).md, /Cooperation block|Header statements/);
    // With the formula not transcribed, the note names the signing the header holds, and then the block too.
    assert.match(exports(text(concluded, undefined, undefined, false)).md, /Header statements \(done at London on 26 September 2008, in duplicate; language: English\)\. Nor is Cooperation block ‘Training’/);
  });

  it('the note names a capacity-building block a tagged clause states, beside the channel it names', () => {
    assert.match(exports(text(concluded)).md, /Nor is Cooperation block ‘Training’ \(capacity building\): the text’s own provisions on its subject are printed instead\./);
  });

  it('the verb of that sentence follows the count of declarations, not of entries ("Nor are 2 designations"; seventy-seventh and seventy-ninth runs)', () => {
    const tagged = text(concluded).replace('clause P1 "1. Request for arbitration" """', 'designate point-of-contact for Requests\ndesignate central-authority for Requests\nclause P1 "1. Request for arbitration" about points-of-contact """');
    // The training clause untagged, so the designations are the sentence's one entry.
    const md = exports(tagged.replace('clause P2 "2. Training" about capacity-building', 'clause P2 "2. Training"')).md;
    assert.match(md, /Nor are [^:]*2 designations[^:]*: the text’s own provisions on their subjects? are printed instead\./);
    assert.doesNotMatch(md, /Nor is [^:]*\b2 designations/);
  });
});
