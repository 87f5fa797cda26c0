/**
 * Whether a cooperation's description gives financial assistance is kept with its node
 * (rules/support/costly-activities.ts): across edits in one service, missing-costs must be what a
 * fresh service finds, as the description comes to give it, stops, and the declarations move.
 */
import assert from 'node:assert/strict';
import { followEdits } from '../helpers/follow-edits';

const start = `protocol "Protocol on training" {
  status binding
  consent by ratification, acceptance, approval, accession
  effect 90 days after last consent-to-be-bound by 40 States
  denunciation with notice of 1 year
}
party States "All States" {
  kind state
  class open
}
capacity-building Training by States for States {
  activities training
  description "States Parties shall provide training and technical assistance upon request."
}
clause Purpose "Purpose" """The purpose of this Protocol is to promote cooperation."""
`;

const costs = (ds: { code: string }[]) => ds.filter((d) => d.code === 'missing-costs').length;

describe('financial assistance kept with the cooperation across edits', () => {
  it('follows the description as it comes to give financial assistance and stops, above, inside and below, and undo', () => {
    const seen = followEdits(
      start,
      [
        ['prose typed below (the cooperation kept)', (t) => t.replace('promote cooperation.', 'promote cooperation among them.')],
        ['financial assistance given', (t) => t.replace('upon request.', 'upon request, including technical, financial and material assistance.')],
        ['a line added above (the cooperation moves)', (t) => t.replace('party States', '\nparty States')],
        ['prose typed below again', (t) => t.replace('among them.', 'among them all.')],
        ['financial assistance excluded', (t) => t.replace('including technical, financial and material assistance', 'without financial assistance')],
        ['undo: given again', (t) => t.replace('without financial assistance', 'including technical, financial and material assistance')],
        ['undo: removed', (t) => t.replace(', including technical, financial and material assistance.', '.')],
      ],
      costs,
    );
    assert.deepStrictEqual(seen, [1, 0, 0, 0, 1, 0, 1]);
  });
});
