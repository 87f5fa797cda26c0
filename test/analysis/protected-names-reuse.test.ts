/**
 * The names the wording checks mask (rules/support/conflict-prose.ts) are read once per model, each
 * definition's term and its singular kept with the definition's node; the organisation a body's
 * name makes it an organ of (rules/support/costly-activities.ts) is kept with the body's node.
 * Across edits in one service, every diagnostic must be what a fresh service finds: as a defined
 * term is renamed, made singular or plural, undefined and defined again, moved by a line added
 * above it, and typed around; as a body comes to be named an organ of a party organisation and
 * stops. Each sequence checks that its edits changed what is found, so that a stale name shows.
 */
import assert from 'node:assert/strict';
import { followEdits } from '../helpers/follow-edits';

const treaty = `treaty "Agreement on Cyber Security" {
  status binding
}
party EE "Estonia"
party FI "Finland"
define "Participants" means "the signatories"
clause Meet "Meetings" """
  The Participants shall meet. Each Participant shall report to the other.
"""
clause Share "Sharing" """
  Each Party shall share indicators.
"""
`;

const wording = (ds: { code: string; message: string }[]) => ds.filter((d) => d.code === 'treaty-mou-wording').map((d) => d.message.split(':')[0]).join(' | ');

describe('masked names kept per definition across edits', () => {
  it('follows a defined term renamed, made singular, undefined, moved and defined again', () => {
    const seen = followEdits(
      treaty,
      [
        ['prose typed elsewhere (every definition kept)', (t) => t.replace('share indicators.', 'share indicators promptly.')],
        ['the term renamed: the prose is MoU wording again', (t) => t.replace('define "Participants"', 'define "Members"')],
        ['prose typed elsewhere', (t) => t.replace('indicators promptly.', 'indicators at once.')],
        ['the term named back in the singular', (t) => t.replace('define "Members"', 'define "Participant"')],
        ['a line added above it (the definition moves)', (t) => t.replace('party FI', '\nparty FI')],
        ['prose typed in the clause that uses it', (t) => t.replace('shall meet.', 'shall meet yearly.')],
        ['the definition deleted', (t) => t.replace('define "Participant" means "the signatories"\n', '')],
        ['prose typed elsewhere', (t) => t.replace('at once.', 'at once and in full.')],
        ['defined again in the plural', (t) => t.replace('clause Meet', 'define "Participants" means "the signatories"\nclause Meet')],
      ],
      wording,
    );
    assert.equal(seen[0], '', 'the defined term is not reported');
    assert.notEqual(seen[1], '', 'renamed away, the words are reported');
    assert.equal(seen[3], '', 'the singular definition masks both forms');
    assert.equal(seen[6], seen[1], 'undefined, they are reported again');
    assert.equal(seen[8], '');
  });
});

const organ = `treaty "Facility Agreement" {
  status binding
}
party NL "Netherlands" { kind state }
party OPCW "Organisation for the Prohibition of Chemical Weapons" { kind international-organisation }
body Council "Executive Council of the OPCW" members NL, OPCW meets annually
clause Purpose "Purpose" """
  The Parties shall cooperate.
"""
`;

const costs = (ds: { code: string; message: string }[]) => ds.filter((d) => d.code === 'missing-costs').length;

describe('the organisation a body is an organ of, kept with the body across edits', () => {
  it('follows the body as it comes to be named after another organisation and back', () => {
    const seen = followEdits(
      organ,
      [
        ['prose typed below (the body kept)', (t) => t.replace('shall cooperate.', 'shall cooperate closely.')],
        ['the body named an organ of another organisation', (t) => t.replace('Executive Council of the OPCW', 'Executive Council of the WHO')],
        ['prose typed below', (t) => t.replace('cooperate closely.', 'cooperate very closely.')],
        ['a line added above it (the body moves)', (t) => t.replace('party OPCW', '\nparty OPCW')],
        ['named back', (t) => t.replace('Executive Council of the WHO', 'Executive Council of the OPCW')],
        ['prose typed below', (t) => t.replace('very closely.', 'closely.')],
        ['the party organisation renamed', (t) => t.replace('party OPCW "Organisation', 'party OPCX "Organisation').replace('members NL, OPCW', 'members NL, OPCX')],
      ],
      costs,
    );
    assert.deepStrictEqual(seen, [0, 1, 1, 1, 0, 0, 1]);
  });
});
