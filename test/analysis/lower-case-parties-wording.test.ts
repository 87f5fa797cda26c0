/**
 * Sixty-third run, defect 2: `treaty-mou-wording` noted "the receiving Party will" but not "the
 * parties will" in the NL–US Mutual Support Agreement 1983, whose preamble names the signatories
 * "hereinafter referred to as the parties" in lower case. Where the text so names them, "the
 * parties will" is their operative verb too and is noted (info). Near misses: the same sentence in
 * a text that does not name its signatories so, and "third parties will" where it does.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

function treaty(preamble: string, sentence: string): string {
  return `treaty "Mutual Support Agreement" {
  status binding
  languages English
}
party US "The Government of the United States of America" { kind government jurisdiction US }
party NL "The Government of the Kingdom of the Netherlands" { kind government jurisdiction NL }
clause Preamble "Preamble" """
  ${preamble}
"""
clause Art1 "Article I" """
  ${sentence}
"""
`;
}

const named = 'The Government of the United States of America and the Government of the Kingdom of the Netherlands, hereinafter referred to as the parties, have agreed as follows:';
const unnamed = 'The Government of the United States of America and the Government of the Kingdom of the Netherlands have agreed as follows:';
const wills = (t: string) => diagnose(t).filter((d) => d.code === 'treaty-mou-wording' && /'will'/.test(d.message ?? '')).length;

describe('r63, defect 2: "the parties will" where the text names its signatories "the parties"', () => {
  it('noted, as "the receiving Party will" is', () => {
    assert.equal(wills(treaty(named, 'The parties will maintain records of all transactions.')), 1);
    assert.equal(wills(treaty(named, 'The receiving Party will pay the supplying Party.')), 1);
  });
  it('near misses: a text that does not name them so; "third parties will"', () => {
    assert.equal(wills(treaty(unnamed, 'The parties will maintain records of all transactions.')), 0);
    assert.equal(wills(treaty(named, 'No third parties will receive the records.')), 0);
  });
});
