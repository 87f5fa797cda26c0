/** Completion offers the accepted values in each value position of the sharing statements. */
import assert from 'node:assert/strict';
import { designationRoles, availabilities, classificationSchemes, classificationLevels, noEquivalents, oneWayHandlings, handlingCaveats, exchangeHedges, clockStarts, durationUnits } from '../../server/src/language/ast/vocabulary';
import { fixture, mainUri } from './feature-fixture';

const parties = 'participant EE "Estonia"\nparticipant FI "Finland"\n';

function labels(source: string): string[] {
  const { service, position } = fixture(parties + source);
  return service.complete(mainUri, position).map((i) => i.label);
}

describe('completion in the value positions of the sharing statements', () => {
  const cases: [string, string, readonly string[]][] = [
    ['designation kind', 'designate $0', designationRoles.values],
    ['designation availability', 'designate point-of-contact available $0', availabilities.values],
    ['classification scheme', 'security-agreement G between EE, FI { scheme $0 }', classificationSchemes.values],
    ['level of a table row', 'security-agreement G between EE, FI { level $0 }', classificationLevels.values],
    ['no-equivalent cell', 'security-agreement G between EE, FI { level SECRET equals EE "S", FI $0 }', noEquivalents.values],
    ['one-way handling', 'security-agreement G between EE, FI { level SECRET equals EE "S", FI none $0 }', oneWayHandlings.values],
    ['handling marking', 'channel C between EE, FI { handling $0 }', handlingCaveats.values],
    ['condition of exchange', 'channel C between EE, FI { exchange $0 }', exchangeHedges.values],
    ['further condition of exchange', 'channel C between EE, FI { exchange when-practical, $0 }', exchangeHedges.values],
    ['unit of a channel deadline', 'channel C between EE, FI { deadline "answer" within 3 $0 }', durationUnits.values.map((u) => `${u}s`)],
    ['clock start of a channel deadline', 'channel C between EE, FI { deadline "answer" within 3 days of $0 }', clockStarts.values],
    ['clock start of a notification', 'protocol P { notify EE within 24 hours of $0 }', clockStarts.values],
  ];
  for (const [what, source, values] of cases) {
    it(`offers every ${what}`, () => {
      const offered = labels(source);
      for (const value of values) assert.ok(offered.includes(value), `${value} not offered: ${offered.join(' ')}`);
    });
  }

  it('offers no closed value of another slot (near miss)', () => {
    assert.ok(!labels('designate $0').includes('when-practical'));
    assert.ok(!labels('channel C between EE, FI { handling $0 }').includes('central-authority'));
    assert.deepEqual(labels('security-agreement G between EE, FI { scheme $0 }'), [...classificationSchemes.values]);
  });
});
