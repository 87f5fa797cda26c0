import assert from 'node:assert/strict';
import type { LibraryClause } from '../../server/src/language/library/library-types';
import { renderClause } from '../../server/src/language/library/render-clause';
import { createEntenteService } from '../../server/src/language/service';

const clause: LibraryClause = {
  id: 'test/mou',
  title: 'Test',
  heading: 'Test',
  wording: 'mou',
  kinds: ['memorandum'],
  topics: ['costs'],
  satisfies: ['MC22'],
  text: 'Each of the {{Participants}} of this {{instrument}} ({{title}}) will notify {{party2}} within {{hours}} hours; {{hours}} is a maximum. Cost: $5 {braces}. {{missing}}.',
  placeholders: [{ name: 'hours', description: 'hours', default: '24' }],
  rationale: 'r',
  source: 's',
  status: 'approved',
  version: '1',
  origin: 'built-in',
};

function modelOf(text: string) {
  const service = createEntenteService();
  service.open('file:///t.entente', text);
  return service.model('file:///t.entente');
}

describe('renderClause', () => {
  it('fills wording words from the clause wording when there is no document', () => {
    const text = renderClause(clause, undefined, { snippet: false });
    assert.equal(text, 'Each of the Participants of this Memorandum ([title]) will notify [party2] within 24 hours; 24 is a maximum. Cost: $5 {braces}. [missing].');
  });

  it('fills party names, title and the treaty words from a treaty document', () => {
    const model = modelOf(`treaty "Agreement on Cyber Security Cooperation" { status binding }
party EE "Republic of Estonia" { jurisdiction EE }
party FI "Republic of Finland" { jurisdiction FI }
`);
    const text = renderClause(clause, model, { snippet: false });
    assert.equal(text, 'Each of the Parties of this Agreement (Agreement on Cyber Security Cooperation) will notify Republic of Finland within 24 hours; 24 is a maximum. Cost: $5 {braces}. [missing].');
  });

  it('makes unknown placeholders tab stops, mirrors repeats and escapes snippet characters', () => {
    const model = modelOf(`memorandum "MoU" { status non-binding }
participant EE "Estonia"
`);
    const text = renderClause(clause, model, { snippet: true });
    assert.equal(text, 'Each of the Participants of this Memorandum (MoU) will notify ${1:[party2]} within ${2:24} hours; ${2} is a maximum. Cost: \\$5 {braces\\}. ${3:[missing]}.');
  });

  it('calls a treaty by the designation in its title: a Convention is "this Convention"', () => {
    const name = (title: string) => renderClause({ ...clause, wording: 'treaty', text: 'this {{instrument}}' }, modelOf(`treaty "${title}" { status binding }\n`), { snippet: false });
    assert.equal(name('Baltic Convention on Cooperation in Cyber Security'), 'this Convention');
    assert.equal(name('Agreement between the Parties to the North Atlantic Treaty for the Security of Information'), 'this Agreement');
    assert.equal(name('Additional Protocol to the Convention on Cybercrime'), 'this Protocol');
    assert.equal(name('CONVENTION CONCERNING CUSTOMS FACILITIES FOR TOURING'), 'this Convention');
    // Near miss: a title with no designation keeps the kind's name.
    assert.equal(name('Cyber Security Cooperation between Estonia and Finland'), 'this Agreement');
  });

  it('uses the id when a signatory has no name, and the arrangement self-name', () => {
    const model = modelOf(`arrangement "TA" { }
participant EE "Estonia"
participant CERTFI
`);
    const text = renderClause({ ...clause, text: '{{party1}}/{{party2}}/{{party2.id}}/{{instrument}}/{{partyNames}}' }, model, { snippet: false });
    assert.equal(text, 'Estonia/CERTFI/CERTFI/Arrangement/Estonia and CERTFI');
  });
});
