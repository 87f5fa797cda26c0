/**
 * The clauses about each topic are indexed once per model and, after a keystroke, patched from the
 * last index (model/clause-topics.ts). Across edits of every kind in one service — a tag added and
 * removed, a clause renamed to or from a topic's name, a clause deleted whole, a clause turned into
 * another declaration, block boundaries moved, a library clause — every finding must be what a
 * fresh service finds; missing-costs and missing-body-costs (which finds the costs clause by its node among those about
 * costs) show the topics being followed.
 */
import assert from 'node:assert/strict';
import { followEdits } from '../helpers/follow-edits';

const start = `memorandum "Memorandum of Understanding on Cyber Security" {
  status non-binding
}
participant EE "Estonia"
participant FI "Finland"
exercise Shield between EE, FI
body Board "Steering Board" members EE, FI meets annually
clause Sharing "Sharing" about information-sharing """
  The Participants will share information.
"""
clause Money "Money" about costs """
  The costs of travel will be borne by EE.
"""
clause Other "Other" """
  The Participants will meet.
"""
`;

const missingCosts = (ds: { code: string }[]) => ['missing-costs', 'missing-body-costs'].filter((code) => ds.some((d) => d.code === code)).join(' ') || 'none';

describe('clause topics patched across edits', () => {
  it('follow tags, names, deletions, kinds, block boundaries and library clauses', () => {
    const seen = followEdits(
      start,
      [
        ['prose typed in the costs clause', (t) => t.replace('borne by EE.', 'borne by EE and FI.')],
        ['the costs tag removed', (t) => t.replace('"Money" about costs', '"Money"')],
        ['the clause renamed after its topic', (t) => t.replace('clause Money "Money"', 'clause Costs "Money"')],
        ['renamed back', (t) => t.replace('clause Costs "Money"', 'clause Money "Money"')],
        ['the tag again', (t) => t.replace('clause Money "Money"', 'clause Money "Money" about costs')],
        ['a line added above (the clauses move)', (t) => t.replace('participant EE', '\nparticipant EE')],
        ['a party renamed', (t) => t.replace('"Finland"', '"Republic of Finland"')],
        ['a term defined', (t) => t.replace('clause Other', 'define "Information" means "data"\nclause Other')],
        ['prose typed in the sharing clause', (t) => t.replace('share information.', 'share information promptly.')],
        ['the costs clause deleted whole', (t) => t.replace(/clause Money [^\n]*"""\n[^\n]*\n"""\n/u, '')],
        ['a costs clause again, below', (t) => t.replace('clause Other "Other" """', 'clause Other "Other" about costs """')],
        ['block boundaries moved: the sharing clause runs into the next', (t) => t.replace('promptly.\n"""\ndefine "Information" means "data"\nclause Other "Other" about costs """\n', 'promptly.\n')],
        ['undo', (t) => t.replace('promptly.\n', 'promptly.\n"""\ndefine "Information" means "data"\nclause Other "Other" about costs """\n')],
        ['a clause taken from the library', (t) => t.replace('clause Other "Other" about costs', 'clause Conf from library "confidentiality-standard"\nclause Other "Other" about costs')],
        ['the costs clause turned into a definition', (t) => t.replace(/clause Other "Other" about costs """\n[^\n]*\n"""\n/u, 'define "Costs" means "expenses"\n')],
      ],
      missingCosts,
    );
    assert.deepStrictEqual(seen, ['missing-body-costs', 'missing-costs', 'missing-body-costs', 'missing-costs', 'missing-body-costs', 'missing-body-costs', 'missing-body-costs', 'missing-body-costs', 'missing-body-costs', 'missing-costs', 'missing-body-costs', 'missing-costs', 'missing-body-costs', 'missing-body-costs', 'missing-costs']);
  });
});
