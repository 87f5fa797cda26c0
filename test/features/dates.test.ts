import assert from 'node:assert/strict';
import type { Quantity } from '../../server/src/language/ast/nodes';
import { addQuantity, fromToday } from '../../server/src/language/features/calendar';
import { fixture, mainUri, oddDocuments } from './feature-fixture';

const mou = `memorandum "M" {
  signed at "Tallinn" on 2027-01-31
  effect on signature
  duration 5 years
  discontinue with notice of 6 months
}
exercise Shield every 12 months {
  first 2027-10-05
}
exercise Later annually
body Board members EE meets every 6 months
`;

const whole = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };

function quantity(amount: number, unit: Quantity['unit']['value']): Quantity {
  const range = whole;
  return { amount, unit: { text: unit ?? 'x', value: unit, range }, hours: undefined, days: undefined, range };
}

describe('computed dates', () => {
  it('does calendar arithmetic on months and years, not 30-day months', () => {
    const jan31 = { year: 2027, month: 1, day: 31 };
    assert.deepEqual(addQuantity(jan31, quantity(1, 'month')), { year: 2027, month: 2, day: 28 });
    assert.deepEqual(addQuantity({ year: 2028, month: 2, day: 29 }, quantity(1, 'year')), { year: 2029, month: 2, day: 28 });
    assert.deepEqual(addQuantity(jan31, quantity(6, 'month')), { year: 2027, month: 7, day: 31 });
    assert.deepEqual(addQuantity(jan31, quantity(48, 'hour')), { year: 2027, month: 2, day: 2 });
    assert.equal(addQuantity(jan31, quantity(1.5, 'month')), undefined);
    assert.equal(fromToday('2027-02-30'), undefined);
    assert.deepEqual(fromToday(new Date(2027, 2, 4)), { year: 2027, month: 3, day: 4 });
  });

  it('hints when the term ends, when notice given today takes effect, and when exercises and meetings fall', () => {
    const { service } = fixture(mou);
    const hints = service.inlayHints(mainUri, whole, '2028-03-15');
    assert.deepEqual(
      hints.map((h) => `${h.position.line}:${h.position.character} ${h.label}`),
      [
        '3:18 ends 2032-01-31',
        '4:37 notice given today takes effect 2028-09-15',
        '6:31 first 2027-10-05 · next 2028-10-05',
        '9:23 first 2028-01-31 · next 2029-01-31',
        '10:42 next meeting 2028-07-31',
      ],
    );
    assert.match(hints[0].tooltip ?? '', /the signature date \(2027-01-31\) plus 5 years/);
  });

  it('limits hints to the range asked for', () => {
    const { service } = fixture(mou);
    assert.deepEqual(service.inlayHints(mainUri, { start: { line: 6, character: 0 }, end: { line: 8, character: 0 } }, '2027-01-01').map((h) => h.position.line), [6]);
  });

  it('puts one lens per construct, joining its dates', () => {
    const { service } = fixture(mou);
    const lenses = service.codeLenses(mainUri, new Date(2028, 2, 15));
    assert.deepEqual(lenses.map((l) => `${l.range.start.line} ${l.title}`), [
      '0 Ends 2032-01-31 · Notice given today takes effect 2028-09-15',
      '6 First 2027-10-05 · next 2028-10-05',
      '9 First 2028-01-31 · next 2029-01-31',
      '10 Next meeting 2028-07-31',
    ]);
  });

  it('computes nothing it cannot know, and survives odd input', () => {
    const { service } = fixture('memorandum "M" { effect after ratification duration 5 years }');
    assert.deepEqual(service.inlayHints(mainUri, whole, '2027-01-01'), []);
    assert.deepEqual(fixture(mou).service.codeLenses(mainUri, 'not a date'), []);
    for (const doc of oddDocuments) assert.deepEqual(fixture(doc).service.inlayHints(mainUri, whole, '2027-01-01'), []);
  });
});
