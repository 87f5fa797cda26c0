/**
 * Export review 3, item 5: the EE–FI exchange of notes proposes that "each Government may second
 * one liaison officer"; the export's term 1 read "The Parties shall provide capacity building to
 * each other through secondments of personnel", an obligation the notes do not propose. A
 * `capacity-building` description that states the undertaking with its own modal verb is the
 * provision, in the drafter's modality; without one the generated sentence stays.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { openSample } from './render-fixtures';

const uri = 'file:///t/main.entente';
function markdown(description: string): string {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(
    uri,
    `treaty "Agreement" {\n  status binding\n  languages English\n  done at "Tallinn" on 2027-06-14\n  effect on signature\n}\nparty EE "Republic of Estonia" { kind state }\nparty FI "Republic of Finland" { kind state }\ncapacity-building Officers by EE, FI for EE, FI {\n  activities secondments\n  ${description}\n}\n`,
  );
  return service.render(uri, 'markdown')!;
}

describe('capacity building in the modality the drafter declared (export review 3, item 5)', () => {
  it('the EE–FI sample: "Each Government may second …", and no "shall provide capacity building"', () => {
    const { service, uri: sample } = openSample('ee-fi-exchange-of-notes.entente');
    const md = service.render(sample, 'markdown')!;
    assert.match(md, /Each Government may second one liaison officer to the national cyber security centre of the other Government for up to two years\./);
    assert.doesNotMatch(md, /shall provide capacity building/);
  });

  it('a description with its own "may", "will" or "shall" stands alone', () => {
    for (const modal of ['may', 'will', 'shall']) {
      const md = markdown(`description "each Party ${modal} second one officer to the other Party"`);
      assert.match(md, new RegExp(`Each Party ${modal} second one officer to the other Party\\.`));
      assert.doesNotMatch(md, /provide capacity building/, modal);
    }
  });

  it('near misses: a description without a modal of its own keeps the generated sentence', () => {
    for (const description of ['description "secondments of cyber security officers"', 'description "the programme covers incident response"']) {
      assert.match(markdown(description), /The Parties shall provide capacity building to each other through secondments of personnel\./, description);
    }
  });
});
