/**
 * The phrase matchers of the defined terms, the masked names and the signatories are shared across
 * analyses while their phrases and options are the same (util/phrase-matcher.ts,
 * `sharedPhraseMatcher`). A fresh service in the same process takes the same shared matchers, so
 * comparing with one cannot catch a matcher shared where it should not be: here the findings are
 * also written out, and the shared matcher is compared with one made anew.
 */
import assert from 'node:assert/strict';
import { followEdits, termMemorandum as start } from '../helpers/follow-edits';
import { PhraseMatcher, sharedPhraseMatcher, type PhraseMatcherOptions } from '../../server/src/language/util/phrase-matcher';

const termFindings = (ds: { code: string; range: { start: { line: number } } }[]) =>
  ds
    .filter((d) => d.code === 'unused-term' || d.code === 'term-used-in-lower-case' || d.code === 'undefined-term')
    .map((d) => `${d.code}@${d.range.start.line}`)
    .join(' ') || 'none';

describe('phrase matchers shared across analyses', () => {
  it('finds the terms of each version, the terms renamed and new prose typed each time', () => {
    const seen = followEdits(
      start,
      [
        ['new prose typed (the memo has not seen it)', (t) => t.replace('will meet.', 'will meet yearly.')],
        ['the term renamed: its use is no use of the new term', (t) => t.replace('define "Incident"', 'define "Cyber Incident"')],
        ['more new prose', (t) => t.replace('will meet yearly.', 'will meet twice yearly.')],
        ['the use follows the rename', (t) => t.replace('report each Incident', 'report each Cyber Incident')],
        ['the term renamed back (used inside "Cyber Incident")', (t) => t.replace('define "Cyber Incident"', 'define "Incident"')],
        ['the use written as the term again', (t) => t.replace('report each Cyber Incident', 'report each Incident')],
        ['a second term defined', (t) => t.replace('define "Incident"', 'define "Event" means "anything that happens"\ndefine "Incident"')],
        ['the second term used', (t) => t.replace('will meet twice yearly.', 'will meet twice yearly after each Event.')],
      ],
      termFindings,
    );
    // Renamed back, "Incident" is used inside "Cyber Incident"; "Event" is then used in lower case in the definition of Incident.
    assert.deepStrictEqual(seen, ['none', 'unused-term@5', 'unused-term@5', 'none', 'none', 'none', 'term-used-in-lower-case@5', 'none']);
  });

  it('gives the matches of a matcher made anew, whatever was shared before', () => {
    const text = 'Each Party reports each Incidents and every Cyber\n  Incident, the party_x and the Parties.';
    const asks: [string[], PhraseMatcherOptions][] = [
      [['Incident', 'Party'], {}],
      [['Incident', 'Party'], { plural: true }],
      [['Incident', 'Party'], { plural: true, flexibleSpace: true }],
      [['Cyber Incident', 'Incident'], { flexibleSpace: true }],
      [['Cyber Incident', 'Incident'], {}],
      [['Party', 'party'], { underscoreInWords: false }],
      [['Party', 'party'], {}],
      [['Incident'], { plural: true, maxLength: 3 }],
      [['Incident', 'Party'], {}],
    ];
    for (const [phrases, options] of asks) {
      assert.deepStrictEqual(sharedPhraseMatcher(phrases, options).matches(text), new PhraseMatcher(phrases, options).matches(text), `${phrases.join(', ')} ${JSON.stringify(options)}`);
    }
  });
});
