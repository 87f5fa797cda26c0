/**
 * Treaty lawyer lr31, D8 (research/lr31/REPORT.md): on MARPOL 1973 `treaty-amendment-by-decision` said that
 * "an amendment to an Appendix to an Annex is deemed accepted unless not less than one-third of the Parties
 * object", in its own voice. Art. 16(2)(f)(iii) (read: BWBV0003241) stops the amendment also on an objection
 * "by the Parties the combined merchant fleets of which constitute not less than fifty per cent of the gross
 * tonnage of the world's merchant fleet", and (f)(ii) sends amendments to the Annexes down the same track
 * unless the appropriate body determines otherwise. The transcription's summary now says both; the message
 * names both shares. Near miss: a share alone (OPRC's "not less than one third of the Parties") is named alone.
 */
import assert from 'node:assert/strict';
import { findingsOf, repoText } from '../../helpers/fix-review';
import { diagnose } from '../../helpers/fixture';

const marpol = repoText('test/real-instruments/marpol-1973.entente');
const tonnage = 'not less than fifty per cent of the gross tonnage of the world’s merchant fleet';

describe('lr31 D8: the tacit track names every share that can stop the amendment', () => {
  it('MARPOL 1973: one-third of the Parties or the tonnage share, for an Annex or an Appendix to an Annex', () => {
    const found = findingsOf(marpol, 'treaty-amendment-by-decision');
    assert.equal(found.length, 1);
    assert.ok(found[0].message.includes(`an amendment to an Annex or an Appendix to an Annex is deemed accepted unless not less than one-third of the Parties or the Parties the combined merchant fleets of which constitute ${tonnage} object within the period the treaty sets`), found[0].message);
  });

  it('near miss: a share of the Parties alone is named alone', () => {
    const text = `treaty "Convention on cyber incident cooperation" {\n  status binding\n  consent by ratification\n  effect 30 days after last ratification by 3 States\n  amendment to an appendix deemed to have been accepted unless within that period an objection is communicated by not less than one third of the Parties\n  duration indefinite\n  denunciation with notice of 6 months\n  disputes by negotiation\n}\nparty NL "The Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty BE "The Kingdom of Belgium" { kind state jurisdiction BE }\nparty LU "The Grand Duchy of Luxembourg" { kind state jurisdiction LU }\n`;
    const found = diagnose(text).filter((d) => d.code === 'treaty-amendment-by-decision');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /deemed accepted unless not less than one third of the Parties object within the period/);
    assert.doesNotMatch(found[0].message, /merchant fleet/);
  });
});
