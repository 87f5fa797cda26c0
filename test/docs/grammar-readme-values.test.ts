/**
 * grammar/README.md documents every value of the closed sets of the sharing statements (scheme,
 * table cells, designations, handling, exchange, channel classification, deadline units and clock
 * starts): a value added to a set without a line in the reference fails here.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  channelClassifications,
  classificationSchemes,
  clockStarts,
  designationRoles,
  durationUnits,
  exchangeHedges,
  handlingCaveats,
  noEquivalents,
  oneWayHandlings,
  type Vocabulary,
} from '../../server/src/language/ast/vocabulary';

import { safeguardKinds } from '../../server/src/language/ast/safeguard-kinds';
import { channel } from '../../server/src/language/constructs/channel';

const readme = readFileSync(new URL('../../grammar/README.md', import.meta.url), 'utf8');

describe('grammar/README.md documents the values of the sharing statements', () => {
  const sets: [string, Vocabulary<string>][] = [
    ['scheme', classificationSchemes],
    ['table cell', noEquivalents],
    ['one-way handling', oneWayHandlings],
    ['designation kind', designationRoles],
    ['handling marking', handlingCaveats],
    ['condition of exchange', exchangeHedges],
    ['channel classification', channelClassifications],
    ['deadline unit', durationUnits],
    ['clock start', clockStarts],
  ];
  for (const [what, vocabulary] of sets) {
    it(`lists every ${what}`, () => {
      const missing = vocabulary.values.filter((value) => !readme.includes(`\`${value}\``) && !readme.includes(` ${value} `) && !readme.includes(`${value}(s)`));
      assert.deepEqual(missing, [], `grammar/README.md does not document: ${missing.join(', ')}`);
    });
  }

  // Ninety-first run, defect 5: the reference listed one kind of safeguard, and a transcriber of a treaty guessed another.
  it('lists every kind of safeguard with its GDPR ground, as completion and hover show them', () => {
    for (const [word, kind] of Object.entries(safeguardKinds)) {
      assert.ok(readme.includes(`| \`${word}\` | ${kind.ground.replace('GDPR ', '')} |`), word);
      const slot = channel.slots['channelItem.safeguards'];
      assert.ok(slot.kind === 'suggested' && slot.words[word] === `${kind.ground}: ${kind.doc}`, word);
    }
  });

  it('shows the "no equivalent" forms and the row without a common level', () => {
    for (const form of [', SE none`', 'none safeguarded-as "', 'none marked-as "', 'level equals ']) assert.ok(readme.includes(form), form);
  });
});
