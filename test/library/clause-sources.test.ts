/**
 * Sources a reviewer can rely on (issue 9 item 7): every citation in a built-in clause's
 * `source` says whether its primary text was read ("verified: where") or not ("unconfirmed:
 * why"), and the instruments nobody on the team has read are never called verified.
 */
import assert from 'node:assert/strict';
import { builtInLayer } from '../../server/src/language/library/builtin-library';

const clauses = builtInLayer().clauses;

/** The citations of a source: split on "; " outside parentheses. */
function citations(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ';' && depth === 0) {
      parts.push(source.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(source.slice(start).trim());
  return parts.filter((p) => p.length > 0);
}

/** The status a citation ends with: its last parenthesis, opening with "verified" or "unconfirmed". */
function status(citation: string): 'verified' | 'unconfirmed' | undefined {
  const match = /\((verified|unconfirmed)\b[^]*\)$/.exec(citation);
  if (!match) return undefined;
  // The status parenthesis must be the last top-level one (a pinpoint like "Art. 5(1)" does not count).
  let depth = 0;
  for (let i = citation.length - 1; i >= 0; i--) {
    if (citation[i] === ')') depth++;
    else if (citation[i] === '(') depth--;
    if (depth === 0) return citation.slice(i + 1).startsWith(match[1]) ? (match[1] as 'verified' | 'unconfirmed') : undefined;
  }
  return undefined;
}

/**
 * Instruments cited somewhere in the project that nobody has read (research/sources/RULE-SOURCES.md,
 * "Instruments cited by rules … that nobody has read"; national-mou-guidance.md; un-treaty-handbook.md;
 * final-clauses-handbook.md). A citation of one of them may only be unconfirmed.
 */
const unread: readonly RegExp[] = [
  /US–India/,
  /AU–IN/,
  /India–Japan/,
  /US–Israel/,
  /US–UK/,
  /\bSCO\b/,
  /RU–CN|Russia–China/,
  /StratCom COE|NATO COE MoU/,
  /JAXA/,
  /Wassenaar/,
  /EU–NATO Security of Information Agreement|Agreement between the EU and NATO/,
  /Final Clauses of Multilateral Treaties/,
  /UN Treaty Handbook/,
  /FCDO/,
  /CETS No\. 223/,
  /C-M\(2002\)49/,
];

describe('built-in clause sources', () => {
  it('mark every citation verified (with where it was read) or unconfirmed (with why)', () => {
    const unmarked = clauses.flatMap((c) => citations(c.source).filter((s) => !status(s)).map((s) => `${c.id}: ${s}`));
    assert.deepEqual(unmarked, []);
    const verifiedWithoutPlace = clauses.flatMap((c) =>
      citations(c.source)
        .filter((s) => status(s) === 'verified' && !/\(verified(?: by the legal review)?(?: against a reproduction only)?: [^)]{6,}/.test(s))
        .map((s) => `${c.id}: ${s}`),
    );
    assert.deepEqual(verifiedWithoutPlace, []);
  });

  it('never call an instrument verified that nobody has read', () => {
    const overstated = clauses.flatMap((c) =>
      citations(c.source)
        .filter((s) => status(s) === 'verified' && unread.some((u) => u.test(s)))
        .map((s) => `${c.id}: ${s}`),
    );
    assert.deepEqual(overstated, []);
  });

  it('cite no VCLT article for a non-binding instrument except by analogy', () => {
    const vcltForMou = clauses.filter((c) => c.wording === 'mou').flatMap((c) =>
      citations(c.source)
        .filter((s) => /\bVCLT\b/.test(s) && !/by analogy only/.test(s))
        .map((s) => `${c.id}: ${s}`),
    );
    assert.deepEqual(vcltForMou, []);
  });

  it('the citation parser and the checks above can fail', () => {
    assert.deepEqual(citations('VCLT Arts. 11 and 13; UN Treaty Handbook (2012) 3.3'), ['VCLT Arts. 11 and 13', 'UN Treaty Handbook (2012) 3.3']);
    assert.equal(status('VCLT Art. 33(1) (verified: Dutch treaty series BWBV0003441)'), 'verified');
    assert.equal(status('GDPR Art. 5(1)'), undefined);
    assert.equal(status('Budapest Convention Art. 35 (criminal matters)'), undefined);
    assert.equal(status('NATO COE MoU, Claims (unconfirmed: not read)'), 'unconfirmed');
    assert.ok(unread.some((u) => u.test('US–India Framework (2016) §2 (verified: …)')));
  });
});
