/**
 * Treaty lawyer lr31, D2 (research/lr31/REPORT.md): on a signed text, the findings that ask the
 * transcription for a reading — whether it binds (`undeclared-status`, `status-undetermined`), how
 * consent was expressed (`missing-consent-to-be-bound` where the text dates its operation), when it took
 * effect (`missing-entry-into-force`, `missing-exchange-entry-into-force`) — ended "the point is for an
 * amending instrument or the next draft", and `status-undetermined` asked for a decision "before
 * signature" of a text signed in 2014. These are facts of the conclusion, read from the text and the
 * record: no amendment can make a 1978 memorandum have been binding. Under `strict`,
 * `undeclared-status` was the only error on the corpus (five signed texts): what is missing is the
 * transcriber's reading, so on a concluded text it is capped at warning.
 *
 * Near misses: the same texts read as drafts keep the draft's wording and, under strict, the error.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';
import { draftOf, repoText } from '../../helpers/fix-review';

const of = (text: string, code: string, profile?: string) => diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === code);
const amending = /the point is for an amending instrument or the next draft/;

const usMemorandum = repoText('test/real-instruments/nl-us-defense-cooperation-mou-1978.entente');
const argentina = repoText('test/real-instruments/ar-nl-tax-information-mou-2014.entente');
const ceaseFire = repoText('test/real-instruments/id-nl-cessation-of-hostilities-mou-1962.entente');
const guernsey = repoText('test/real-instruments/gg-nl-tax-cooperation-mou-2008.entente');
const usNotes = repoText('test/real-instruments/nl-us-sentenced-persons-notes-1991.entente');

describe('lr31 D2: findings about the reading of a signed text are no point for an amendment', () => {
  it('undeclared-status on NL–US 1978 under strict: a warning that says the status is a fact of its conclusion', () => {
    const found = of(usMemorandum, 'undeclared-status', 'strict');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.match(found[0].message, /The text is concluded \(the date of the last signature is 1978-08-24\): its status is a fact of its conclusion, not a point for an amending instrument: read it from the text and the record of its conclusion/);
    assert.doesNotMatch(found[0].message, amending);
  });

  it('near miss: NL–US 1978 read as a draft is an error under strict, with no concluded-text sentence', () => {
    const found = of(draftOf(usMemorandum), 'undeclared-status', 'strict');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'error');
    assert.doesNotMatch(found[0].message, /The text is concluded/);
  });

  it('status-undetermined on AR–NL 2014 asks nothing "before signature" and sends nothing to an amendment', () => {
    const found = of(argentina, 'status-undetermined');
    assert.equal(found.length, 1);
    assert.doesNotMatch(found[0].message, /before signature/);
    assert.doesNotMatch(found[0].message, amending);
    assert.match(found[0].message, /its status is a fact of its conclusion/);
  });

  it('near miss: AR–NL 2014 read as a draft asks for the decision before signature', () => {
    const found = of(draftOf(argentina), 'status-undetermined');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /`status non-binding` before signature\./);
  });

  it('missing-consent-to-be-bound on the 1962 cease-fire: the reasoning that signature bound is not followed by a call for an amendment', () => {
    const found = of(ceaseFire, 'missing-consent-to-be-bound');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /which shows that signature was meant to bind/);
    assert.doesNotMatch(found[0].message, amending);
    assert.match(found[0].message, /nothing in the text is to be changed; declare `consent by signature`/);
  });

  for (const [name, text, code] of [
    ['the 1962 cease-fire', ceaseFire, 'missing-entry-into-force'],
    ['GG–NL 2008', guernsey, 'missing-entry-into-force'],
    ['NL–US notes 1991', usNotes, 'missing-exchange-entry-into-force'],
  ] as const)
    it(`${code} on ${name}: when it took effect is a fact of its conclusion`, () => {
      const found = of(text, code);
      assert.equal(found.length, 1);
      assert.doesNotMatch(found[0].message, amending);
      assert.match(found[0].message, /when it took effect is a fact of its conclusion, not a point for an amending instrument/);
    });

  it('near miss: the cease-fire read as a draft says no concluded-text sentence', () => {
    const found = of(draftOf(ceaseFire), 'missing-entry-into-force');
    assert.equal(found.length, 1);
    assert.doesNotMatch(found[0].message, /fact of its conclusion|The text is concluded/);
  });
});
