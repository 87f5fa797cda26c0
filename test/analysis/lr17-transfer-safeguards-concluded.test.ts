/**
 * Treaty lawyer lr17, wording point: missing-transfer-safeguards on a concluded treaty opened with
 * "Write them in the safeguards text …", an instruction to amend a signed text. On a concluded text
 * the sentence now asks the transcription to declare words the text has and leaves the rest to an
 * amendment; a draft keeps the instruction.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const probe = `treaty "Agreement between the Netherlands and Moldova on police data" {
  status binding
  languages English
  done at "The Hague" on 2015-03-01 in duplicate
  consent by signature
  effect on signature
  termination with notice of 6 months
  disputes by negotiation "Disputes shall be settled by negotiation."
}
party NL "the Kingdom of the Netherlands" { kind state jurisdiction NL regimes GDPR }
party MD "the Republic of Moldova" { kind state jurisdiction MD }
channel Data between NL, MD {
  carries personal-data
  modality shall
  purpose "the administration of customs"
  safeguards legally-binding-instrument "The Parties shall protect personal data."
}
clause Art1 "Article 1" """
  The Parties shall exchange customs data.
"""
`;
const found = (text: string) => diagnose(text).filter((d) => d.code === 'missing-transfer-safeguards');

describe('lr17: missing-transfer-safeguards on a concluded text does not tell the reader to write into it', () => {
  it('concluded (2015): asks to declare words the text has; the list is for an amendment', () => {
    const [f] = found(probe);
    assert.ok(f, 'finding expected');
    assert.doesNotMatch(f.message, /Write them in the safeguards text/u);
    assert.match(f.message, /If the text states them in words the transcription has not declared, declare those words \(`safeguards legally-binding-instrument "…"`, or tag the clause that states them `about transfer-safeguards`\)/u);
  });

  it('near miss: the same text as a draft keeps the instruction', () => {
    const draft = probe.replace('  done at "The Hague" on 2015-03-01 in duplicate\n  consent by signature\n', '');
    const [f] = found(draft);
    assert.match(f.message, /Write them in the safeguards text \(`safeguards legally-binding-instrument "…"`\) or a clause on transfer safeguards/u);
  });
});
