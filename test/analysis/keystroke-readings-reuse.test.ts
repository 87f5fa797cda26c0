/**
 * Readings made cheaper for a steady keystroke (issue #11, pk44), each kept across analyses and
 * so each a reuse that must be invalidated by everything it reads:
 * - whether a clause's own words say who bears costs (rules/support/costs-in-words.ts), kept per
 *   clause node; a clause taken from the library read each time;
 * - the names the wording checks mask and the reference context (rules/support/conflict-prose.ts),
 *   the very same objects while the definitions, security agreements, kind, title, party nodes and
 *   the lower-case naming of the parties are; the declarations' wording findings combined again
 *   only when one changed (rules/checks/conflict-wording.ts);
 * - each clause's final-formula date and signatory names (model/conclusion.ts), kept per node and
 *   taken from the last list by identity;
 * - whether every clause is written in place (rules/support/spaced-clause-text.ts);
 * - each declaration's words, where an unused term may be used in another form (rules/support/term-loose-forms.ts),
 *   and its close variants of the unused terms (rules/support/term-variants.ts).
 * Every version of the text in one service must be diagnosed as a fresh service diagnoses it, over
 * fixed edit sequences that change what each reading finds, and over random ones.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createEntenteService } from '../../server/src/language/service';
import { diagnosticsOf, followEdits, fresh, uri } from '../helpers/follow-edits';

const costs = `treaty "Agreement on Cyber Cooperation" {
  status binding
}
party NL "Netherlands" { kind state }
party NO "Norway" { kind state }
body Board "Advisory Board" members NL, NO meets annually
clause Art5 "Article 5" """The cost of carrying out any action under Article 9 shall be borne by the intervening State."""
clause Other "Other" """The Parties shall cooperate."""
clause Later "Later" """The Parties shall consult each other."""
`;

const wording = `treaty "Agreement on Cyber Security" {
  status binding
}
party EE "Estonia"
party FI "Finland"
define "Participants" means "the signatories"
security-agreement GSA "Agreement on the Commitments of Information" between EE, FI up to SECRET {
}
clause Preamble "Preamble" """
  The Governments have agreed as follows:
"""
clause Meet "Meetings" """
  The Participants shall meet. Each Participant shall report to the other.
"""
clause Share "Sharing" """
  The parties will share indicators under the Agreement on the Commitments of Information.
"""
clause Effect "Effect" """
  The Arrangement comes into effect on the date of its signature. The texts of the Arrangement are equally valid.
"""
clause Host "Host" """
  Finland will host the meetings.
"""
`;

const draft = `memorandum "Memorandum of Understanding on Cyber Security" {
  status non-binding
}
participant EE "Estonia"
participant FI "Finland"
exercise Shield annually led by EE
clause Meet "Meetings" """
  The Participants will meet.
"""
clause Final "Final" """
  Signed in duplicate.
"""
`;

const codes = (wanted: readonly string[]) => (ds: { code: string }[]) => wanted.map((c) => `${c}:${ds.filter((d) => d.code === c).length}`).join(' ');

describe('keystroke readings kept across analyses (pk44)', () => {
  it('costs said in a clause’s own words: kept per clause, read again where the clause changes', () => {
    const seen = followEdits(
      costs,
      [
        ['prose typed in another clause', (t) => t.replace('consult each other.', 'consult each other promptly.')],
        ['prose typed in the costs clause', (t) => t.replace('any action under', 'any action taken under')],
        ['the allocation removed: no costs clause', (t) => t.replace('shall be borne by the intervening State', 'shall be settled later')],
        ['prose typed again', (t) => t.replace('promptly.', 'promptly and in writing.')],
        ['undo: borne again', (t) => t.replace('shall be settled later', 'shall be borne by the intervening State')],
        ['tagged as a clause on disputes (its words no longer count)', (t) => t.replace('clause Art5 "Article 5"', 'clause Art5 "Article 5" about disputes')],
        ['the tag removed', (t) => t.replace('clause Art5 "Article 5" about disputes', 'clause Art5 "Article 5"')],
        ['a line added above (the clauses move)', (t) => t.replace('body Board', '\nbody Board')],
        ['a clause taken from the library (not every clause written)', (t) => t.replace('clause Later', 'clause Claims from library "liability/mou"\nclause Later')],
        ['the allocation removed beside the library clause', (t) => t.replace('shall be borne by the intervening State', 'shall be settled later')],
        ['the library clause removed', (t) => t.replace('clause Claims from library "liability/mou"\n', '')],
        ['the allocation in another clause', (t) => t.replace('The Parties shall cooperate.', 'Each Party shall bear its own costs.')],
      ],
      codes(['missing-costs', 'missing-body-costs']),
    );
    assert.deepStrictEqual(seen, [
      'missing-costs:0 missing-body-costs:1',
      'missing-costs:0 missing-body-costs:1',
      'missing-costs:1 missing-body-costs:0',
      'missing-costs:1 missing-body-costs:0',
      'missing-costs:0 missing-body-costs:1',
      'missing-costs:1 missing-body-costs:0',
      'missing-costs:0 missing-body-costs:1',
      'missing-costs:0 missing-body-costs:1',
      'missing-costs:0 missing-body-costs:1',
      'missing-costs:1 missing-body-costs:0',
      'missing-costs:1 missing-body-costs:0',
      'missing-costs:0 missing-body-costs:0',
    ]);
  });

  it('masked names and reference context: the same objects while unchanged, new where the names, title or parties change', () => {
    const wordings = (ds: { code: string; message: string }[]) =>
      ds
        .filter((d) => d.code === 'treaty-mou-wording')
        .map((d) => d.message.split(' ')[0])
        .join(' ') || 'none';
    const seen = followEdits(
      wording,
      [
        ['prose typed', (t) => t.replace('shall meet.', 'shall meet yearly.')],
        ['the defined term renamed (Participants no longer masked)', (t) => t.replace('define "Participants"', 'define "Members"')],
        ['prose typed again', (t) => t.replace('yearly.', 'yearly at least.')],
        ['undo: defined again', (t) => t.replace('define "Members"', 'define "Participants"')],
        ['the security agreement renamed (its name no longer masked)', (t) => t.replace('GSA "Agreement on the Commitments of Information"', 'GSA "General Security Agreement"')],
        ['undo: named again', (t) => t.replace('GSA "General Security Agreement"', 'GSA "Agreement on the Commitments of Information"')],
        ['the parties named in lower case', (t) => t.replace('The Governments have agreed', 'The Governments, hereinafter referred to as the parties, have agreed')],
        ['prose typed in another clause', (t) => t.replace('report to the other.', 'report to the other promptly.')],
        ['undo: no longer named so', (t) => t.replace('The Governments, hereinafter referred to as the parties, have agreed', 'The Governments have agreed')],
        ['a party renamed', (t) => t.replace('party FI "Finland"', 'party FI "Republic of Finland"')],
        ['the title changed (the instrument is now "the Arrangement")', (t) => t.replace('treaty "Agreement on Cyber Security"', 'treaty "Arrangement on Cyber Security"')],
        ['prose typed', (t) => t.replace('at least.', 'at least once.')],
        ['undo: the title as it was', (t) => t.replace('treaty "Arrangement on Cyber Security"', 'treaty "Agreement on Cyber Security"')],
        ['a line added above', (t) => t.replace('party EE', '\nparty EE')],
      ],
      wordings,
    );
    // What is seen must change with the names (a stale masking would keep the first answer).
    // A stale masking would keep 'Participants' masked after the rename, or miss 'will' of "the parties".
    // 'will' of "Finland" goes when the party is renamed (no longer a signatory's name); 'comes' with the title.
    assert.deepStrictEqual(seen, ["'equally 'will'", "'Participants' 'Participant' 'equally 'will'", "'Participants' 'Participant' 'equally 'will'", "'equally 'will'", "'equally 'will'", "'equally 'will'", "'will' 'equally 'will'", "'will' 'equally 'will'", "'equally 'will'", "'equally", "'comes 'equally", "'comes 'equally", "'equally", "'equally"]);
  });

  it('a final formula’s date and the signatories’ names: read per clause, the lists taken by identity', () => {
    const seen = followEdits(
      draft,
      [
        ['prose typed', (t) => t.replace('will meet.', 'will meet yearly.')],
        ['the final formula dated (a concluded text)', (t) => t.replace('Signed in duplicate.', 'Done at Tallinn on 1 March 2020, in duplicate.')],
        ['prose typed in another clause', (t) => t.replace('yearly.', 'yearly at least.')],
        ['a line added above (the list is another one)', (t) => t.replace('exercise Shield', '\nexercise Shield')],
        ['the date after the reference day', (t) => t.replace('1 March 2020', '1 March 2090')],
        ['undo: dated in the past', (t) => t.replace('1 March 2090', '1 March 2020')],
        ['a clause added before the formula', (t) => t.replace('clause Final', 'clause Extra "Extra" """\n  The Participants will talk.\n"""\nclause Final')],
        ['the formula undated', (t) => t.replace('Done at Tallinn on 1 March 2020, in duplicate.', 'Signed in duplicate.')],
      ],
      (ds) => ds.map((d) => `${d.code}:${d.severity}`).sort().join(' '),
    );
    // Dated in the past, the text is concluded: its missing clauses are notes or lower (concluded-text-severity.ts).
    const concluded = seen.map((s) => s.includes('missing-costs:info'));
    assert.deepStrictEqual(concluded, [false, true, true, true, false, true, true, false]);
  });

  it('an unused term’s loose uses: each declaration’s words kept with its node, read again where it changes', () => {
    const start = `treaty "Agreement on Information" {
  status binding
}
party EE "Estonia"
party FI "Finland"
define "Disclosure in Confidence" means "a disclosure the recipient keeps secret"
clause Protect "Protection" """
  Each Party shall protect the information disclosed in confidence.
"""
clause Meet "Meetings" """
  The Parties shall meet.
"""
`;
    // Whether the unused term's finding offers to delete the definition: not while the text may use it in another form.
    const deletion = (ds: { code: string; fixes: readonly { title: string }[] }[]) =>
      ds
        .filter((d) => d.code === 'unused-term')
        .map((d) => (d.fixes.some((f) => /^Delete the definition/u.test(f.title)) ? 'deletable' : 'kept'))
        .join(' ') || 'none';
    const seen = followEdits(
      start,
      [
        ['prose typed in another clause', (t) => t.replace('shall meet.', 'shall meet yearly.')],
        ['the loose use removed', (t) => t.replace('disclosed in confidence', 'given')],
        ['prose typed again', (t) => t.replace('yearly.', 'yearly at least.')],
        ['undo: the loose use back', (t) => t.replace('information given', 'information disclosed in confidence')],
        ['a line added above (the declarations move)', (t) => t.replace('party EE', '\nparty EE')],
        ['the loose use moved to the other clause', (t) => t.replace('information disclosed in confidence', 'information').replace('shall meet yearly', 'shall meet on what was disclosed in confidence yearly')],
        ['the term used as defined', (t) => t.replace('The Parties shall meet', 'The Parties shall report each Disclosure in Confidence and meet')],
      ],
      deletion,
    );
    assert.deepStrictEqual(seen, ['kept', 'deletable', 'deletable', 'kept', 'kept', 'kept', 'none']);
  });

  it('an unused term’s close variants: each declaration’s kept with its node under the candidates', () => {
    const start = `treaty "Agreement on Information" {
  status binding
}
party EE "Estonia"
party FI "Finland"
define "Administering State" means "the State that administers the programme"
clause Report "Reporting" """
  The administering States shall report yearly.
"""
clause Meet "Meetings" """
  The Parties shall meet. The sending Parties shall write.
"""
`;
    const unused = (ds: { code: string; message: string }[]) =>
      ds
        .filter((d) => d.code === 'unused-term')
        .map((d) => (/never written as defined/u.test(d.message) ? 'variant' : 'unused'))
        .join(' ') || 'none';
    const seen = followEdits(
      start,
      [
        ['prose typed in another clause', (t) => t.replace('shall meet.', 'shall meet often.')],
        ['the variant removed', (t) => t.replace('The administering States shall', 'The States shall')],
        ['prose typed again', (t) => t.replace('often.', 'often and openly.')],
        ['undo: the variant back', (t) => t.replace('The States shall', 'The administering States shall')],
        ['a line added above (the declarations move)', (t) => t.replace('party EE', '\nparty EE')],
        ['a second unused term (other candidates)', (t) => t.replace('define "Administering State"', 'define "Sending Party" means "the Party that sends"\ndefine "Administering State"')],
        ['the variant moved to the other clause', (t) => t.replace('The administering States shall report yearly.', 'The States shall report yearly.').replace('shall meet often', 'shall meet the administering States often')],
        ['the term written as defined', (t) => t.replace('The States shall report', 'The Administering State shall report')],
      ],
      unused,
    );
    assert.deepStrictEqual(seen, ['variant', 'unused', 'unused', 'variant', 'variant', 'variant variant', 'variant variant', 'variant']);
  });

  it('random edits near the words these readings turn on leave every version as a fresh service finds it (fast-check)', () => {
    const texts = [costs, wording, draft, wording.replace('define "Participants"', 'define "Disclosure in Confidence" means "a secret disclosure"\ndefine "Participants"')];
    const pieces = ['x', ' ', 'administering States', 'disclosed in confidence', 'Disclosure in Confidence', '\n', '"', 'shall be borne by each Party', ' hereinafter referred to as the parties', 'Done at Tallinn on 2 May 2019', 'Participants', 'define "Board" means "the board"\n', 'clause Lib from library "liability/mou"\n', 'about costs '];
    const anchors = ['borne by', 'clause Art5', 'define "', 'GSA "', 'The Governments', 'Signed in', 'party ', 'treaty "', 'memorandum "', 'clause '];
    const toggles: [string, string][] = [
      ['shall be borne by the intervening State', 'shall be settled later'],
      ['clause Art5 "Article 5"', 'clause Art5 "Article 5" about disputes'],
      ['define "Participants"', 'define "Members"'],
      ['The Governments have agreed', 'The Governments, hereinafter referred to as the parties, have agreed'],
      ['Signed in duplicate.', 'Done at Tallinn on 1 March 2020, in duplicate.'],
      ['party FI "Finland"', 'party FI "Republic of Finland"'],
      ['treaty "Agreement on', 'treaty "Arrangement on'],
      ['clause Later', 'clause Claims from library "liability/mou"\nclause Later'],
    ];
    const edit = fc.record({ at: fc.nat(), remove: fc.oneof(fc.constant(0), fc.nat(6)), piece: fc.nat({ max: pieces.length - 1 }), prose: fc.boolean(), anchor: fc.nat({ max: anchors.length * 2 }), toggle: fc.nat({ max: toggles.length * 2 }) });
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (which, edits) => {
        const live = createEntenteService({ readFile: () => undefined });
        let text = texts[which];
        live.open(uri, text, 1);
        diagnosticsOf(live);
        edits.forEach((e, i) => {
          // Half the edits are keystrokes in the prose of the last clause.
          const prose = text.lastIndexOf('"""\n  ');
          const near = e.anchor < anchors.length ? text.indexOf(anchors[e.anchor]) : -1;
          const at = e.prose && prose >= 0 ? prose + 6 + (e.at % 9) : near >= 0 ? near + (e.at % 16) : e.at % (text.length + 1);
          const toggle = toggles[e.toggle];
          if (toggle && !e.prose && (text.includes(toggle[0]) || text.includes(toggle[1]))) text = text.includes(toggle[0]) ? text.replace(toggle[0], toggle[1]) : text.replace(toggle[1], toggle[0]);
          else text = e.prose ? text.slice(0, at) + 'x' + text.slice(at) : text.slice(0, at) + pieces[e.piece] + text.slice(at + e.remove);
          live.update(uri, text, i + 2);
          assert.deepStrictEqual(diagnosticsOf(live), fresh(text), JSON.stringify({ which, edits }));
        });
      }),
      { seed: Number(process.env.PK44_SEED ?? 44), numRuns: Number(process.env.PK44_RUNS ?? 60) },
    );
  });
});
