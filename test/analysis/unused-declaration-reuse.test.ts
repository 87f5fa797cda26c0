/**
 * unused-declaration reads which security agreements, bodies and contacts some slot reference
 * resolves to from a count kept with the reference list and patched with it after a keystroke
 * (model/reference-list.ts `usedBySlots`). Across edits of every kind in one service, its findings
 * must be what a fresh service finds: references written and removed, the referenced declaration
 * renamed or deleted (its users relinked), a party renamed, a term defined, a clause tagged,
 * declarations run together and split again, lines added above, and edits undone; and a body
 * named in a clause, renamed away from it and named again (seventy-eighth run).
 */
import assert from 'node:assert/strict';
import { followEdits } from '../helpers/follow-edits';

const start = [
  'memorandum "MoU" {',
  '  status non-binding',
  '}',
  'participant EE "Estonia" { contact Duty "CERT-EE" contact Spare "CERT-EE spare" }',
  'participant FI "Finland" { contact Desk "NCSC-FI" }',
  'security-agreement GSA between EE, FI up to SECRET',
  'security-agreement Old between EE, FI up to SECRET',
  'body Crisis "Crisis cell"',
  'body Idle "Idle group"',
  'definition Incident "Incident" """Any event that harms a network."""',
  'channel Intel between EE, FI {',
  '  carries classified',
  '  classification SECRET under GSA',
  '  contacts EE.Duty, FI.Desk',
  '}',
  'protocol Major {',
  '  contacts EE.Duty',
  '  escalate to Crisis within 48 hours',
  '}',
  'clause Meetings "Meetings" """The Participants will meet."""',
  '',
].join('\n');

const unused = (ds: { code: string; message: string }[]) =>
  ds
    .filter((d) => d.code === 'unused-declaration')
    .map((d) => d.message.slice(0, 60))
    .sort();

describe('unused-declaration with the slot references counted across edits', () => {
  it('finds what a fresh service finds after every kind of edit', () => {
    const seen = followEdits(
      start,
      [
        ['prose typed (nothing relinked)', (t) => t.replace('will meet.', 'will meet yearly.')],
        ['the channel classifies under Old instead', (t) => t.replace('under GSA', 'under Old')],
        ['undo: under GSA again', (t) => t.replace('under Old', 'under GSA')],
        ['the agreement renamed (its user relinked, now unknown)', (t) => t.replace('security-agreement GSA ', 'security-agreement GSB ')],
        ['the reference follows the rename', (t) => t.replace('under GSA', 'under GSB')],
        ['the contact Spare listed on the protocol', (t) => t.replace('  contacts EE.Duty\n  escalate', '  contacts EE.Duty, EE.Spare\n  escalate')],
        ['the contact Spare renamed', (t) => t.replace('contact Spare "CERT-EE spare"', 'contact Reserve "CERT-EE spare"')],
        ['undo: Spare again', (t) => t.replace('contact Reserve "CERT-EE spare"', 'contact Spare "CERT-EE spare"')],
        ['the party renamed (its contacts go with it)', (t) => t.replace('participant EE "Estonia"', 'participant EST "Estonia"')],
        ['undo: EE again', (t) => t.replace('participant EST "Estonia"', 'participant EE "Estonia"')],
        ['a term defined', (t) => t.replace('definition Incident "Incident"', 'definition Incident "Cyber incident"')],
        ['a clause tagged', (t) => t.replace('clause Meetings "Meetings"', 'clause Meetings "Meetings" about costs')],
        ['the escalation retargeted to the idle body', (t) => t.replace('escalate to Crisis', 'escalate to Idle')],
        ['the protocol deleted whole', (t) => t.replace(/protocol Major \{[^}]*\}\n/u, '')],
        ['the protocol written again', (t) => t.replace('clause Meetings', 'protocol Major {\n  contacts EE.Duty\n  escalate to Crisis within 48 hours\n}\nclause Meetings')],
        ['lines added above (everything moves)', (t) => t.replace('participant EE', '\n\nparticipant EE')],
        ['the channel and the protocol run together (a block boundary moves)', (t) => t.replace('  contacts EE.Duty, FI.Desk\n}\nprotocol Major {', '  contacts EE.Duty, FI.Desk\nprotocol Major {')],
        ['undo: split again', (t) => t.replace('  contacts EE.Duty, FI.Desk\nprotocol Major {', '  contacts EE.Duty, FI.Desk\n}\nprotocol Major {')],
        ['the channel deleted whole', (t) => t.replace(/channel Intel between EE, FI \{[^}]*\}\n/u, '')],
        ['the channel written again', (t) => t.replace('protocol Major', 'channel Intel between EE, FI {\n  carries classified\n  classification SECRET under GSB\n  contacts EE.Duty, FI.Desk\n}\nprotocol Major')],
        ['the agreement deleted whole', (t) => t.replace('security-agreement GSB between EE, FI up to SECRET\n', '')],
        ['the agreement declared again', (t) => t.replace('body Crisis', 'security-agreement GSB between EE, FI up to SECRET\nbody Crisis')],
        // A body the clauses name is in use (seventy-eighth run): the answer is kept with each
        // declaration's node, and must follow the clause and the title as they are edited.
        ['a clause names the idle body', (t) => t.replace('will meet yearly.', 'will meet yearly in the Idle group.')],
        ['the body renamed away from the clause', (t) => t.replace('body Idle "Idle group"', 'body Idle "Dormant group"')],
        ['the clause follows the title', (t) => t.replace('in the Idle group', 'in the Dormant group')],
        ['the name lower-cased in the clause (a common noun)', (t) => t.replace('in the Dormant group', 'in the dormant group')],
        ['lines added above the named body', (t) => t.replace('body Idle', '\n\nbody Idle')],
        ['the clause names it again, and is deleted', (t) => t.replace('in the dormant group', 'in the Dormant group').replace(/clause Meetings[^\n]*\n/u, '')],
      ],
      unused,
    );
    if (process.env.SHOW) console.log(JSON.stringify(seen, null, 1));
    // The test is only as good as the edits' effect on the findings: they must change.
    assert.ok(new Set(seen.map((s) => s.join('|'))).size >= 4, JSON.stringify(seen, null, 1));
  });
});
