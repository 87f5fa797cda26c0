/**
 * The words of the final-clause formulas are closed sets: the event after `on` and `after` in
 * `effect`, `subsequently` and `provisional application`, the noun after `by <n>`, the end after
 * `until`, and the noun after the number of originals. A misspelt word used to parse with no
 * report and be silently ignored by the date hints, the consent checks and the rendered text; it
 * is now `value-out-of-range` with the nearest value. `including <n> …` takes a party id (or a
 * kind word): an unknown id is `unknown-reference`.
 */
import assert from 'node:assert/strict';
import { parse } from '../../server/src/language/syntax/parse';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';

/** A header line and the marker under `word` in it (the text is indented by two spaces). */
function marked(line: string, word: string, code = 'value-out-of-range'): string {
  const at = line.lastIndexOf(word);
  assert.ok(at >= 0, `${word} is not in ${line}`);
  return `  ${line}\n//${' '.repeat(at)}${'^'.repeat(word.length)} ${code}`;
}

const parties = 'party EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nparty LV "Latvia" { kind state }\n';

describe('final-clause vocabularies: closed words of effect, subsequently, provisional application and the testimonium', () => {
  it('reports an unknown event after `after`, with the nearest event as the fix', () => {
    const [d] = checkDiagnostics(['treaty "T" {', marked('effect after bogus-event', 'bogus-event'), '}', parties].join('\n'));
    assert.match(d.message, /'bogus-event' is not a final-clause event: write signature, ratification, .* or entry-into-force\./);
    const [misspelt] = checkDiagnostics(['treaty "T" {', marked('effect 30 days after last ratifcation', 'ratifcation'), '}', parties].join('\n'));
    assert.deepEqual(misspelt.fixes.map((f) => f.edits[0].newText), ['ratification']);
  });

  it('reports an unknown event after `on`, in `subsequently` and in `provisional application`', () => {
    checkDiagnostics(
      [
        'treaty "T" {',
        marked('effect on signatur', 'signatur'),
        marked('subsequently 30 days after acession', 'acession'),
        marked('provisional application on first day of month following signing', 'signing'),
        '}',
        parties,
      ].join('\n'),
    );
  });

  it('reports an unknown noun after `by <n>`, an unknown end after `until` and an unknown noun of the originals', () => {
    checkDiagnostics(
      [
        'treaty "T" {',
        marked('effect 30 days after last ratification by 3 partys', 'partys'),
        marked('provisional application on signature until entry-in-force', 'entry-in-force'),
        marked('done at "Tallinn" on 2027-03-01 in triplicate copys', 'copys'),
        '}',
        parties,
      ].join('\n'),
    );
    checkDiagnostics(['treaty "T" {', marked('done at "Tallinn" on 2027-03-01 in 3 origenals', 'origenals'), '}', parties].join('\n'));
  });

  it('an unknown party after `including <n>` is an unknown reference, not a value', () => {
    checkDiagnostics(
      ['treaty "T" {', marked('effect 30 days after last ratification by 3 States including 2 Bogus', 'Bogus', 'unknown-reference'), '}', parties].join('\n'),
      { codes: ['unknown-reference', 'value-out-of-range'] },
    );
  });

  it('near misses: every word of the real instruments and the README, in any capitalisation, plurals and singulars', () => {
    const header = [
      'effect on signature',
      'effect on Signature',
      'effect on reply',
      'effect on entry-into-force',
      'effect on ratification',
      'effect after last signature',
      'effect 30 days after last notification',
      'effect 30 days after last ratifications by 3 Parties',
      'effect on first day of month following 3 months after last consent-to-be-bound by 3 States including 2 States',
      'effect after last notification by 3 signatories including 2 EE',
      'effect after last acceptance by 1 State',
      'effect after approval',
      'effect after accession by 3 parties',
      'subsequently 30 days after consent-to-be-bound',
      'provisional application on signature until entry-into-force',
      'provisional application on signature until 2029-12-31',
      'done at "Tallinn" on 2027-03-01 in single copy',
      'done at "Tallinn" on 2027-03-01 in single original',
      'done at "Tallinn" on 2027-03-01 in 3 originals',
      'done at "Tallinn" on 2027-03-01 in 2 copies',
      'done at "Tallinn" on 2027-03-01 in triplicate',
    ];
    for (const line of header) checkNoDiagnostics(`treaty "T" {\n  ${line}\n}\n${parties}`, ['value-out-of-range', 'unknown-reference', 'syntax-error']);
  });

  it('a plural or another capitalisation is read as the value it means (the checks see the event, not the spelling)', () => {
    const { ast } = parse('treaty "T" {\n  effect 30 days after last Ratifications by 3 states\n  done at "X" on 2027-03-01 in 3 Originals\n}\n');
    const effect = ast.instrument?.effect;
    assert.equal(effect?.event?.value, 'ratification');
    assert.equal(effect?.countNoun?.value, 'States');
    assert.equal(ast.instrument?.signature?.originals?.noun?.value, 'originals');
    // Read as a ratification: an MoU that takes effect after it reads as a treaty (mou-treaty-procedure).
    assert.ok(diagnose('memorandum "M" {\n  status non-binding\n  effect after Ratifications\n}\n').some((d) => d.code === 'mou-treaty-procedure'));
  });
});
