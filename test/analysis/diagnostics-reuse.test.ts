/**
 * Findings kept per declaration (util/declaration-memo.ts) must leave the diagnostics exactly
 * those a fresh service gives: random edits (seeded) of every sample and real instrument, applied
 * one after another in one service as the editor sends them, each version's diagnostics compared
 * with a new service's for the same text — messages, related information and fixes included.
 * Edits within a line keep the other declarations' nodes, and so what the rules kept for them;
 * the targeted cases below change a fact a kept finding depends on (the declared status, the
 * signatories, a defined term, a note) without touching the declaration that holds it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createEntenteService } from '../../server/src/language/service';
import { termUse } from '../../server/src/language/rules/support/term-use';
import { assertEqualToFreshAfterRandomEdits } from '../helpers/random-edits';
import { ententeFiles } from '../features/sessions/session-helpers';
import { diagnosticsOf, fresh, followEdits, uri } from '../helpers/follow-edits';

const root = new URL('../../', import.meta.url).pathname;
const files = [...ententeFiles(join(root, 'samples')), ...ententeFiles(join(root, 'test/real-instruments'))];
describe('findings kept per declaration', () => {
  it(`leave the diagnostics equal to a fresh service's after random edits of every sample and real instrument (${files.length} files)`, function () {
    this.timeout(600000);
    assert.ok(files.length > 40, 'the samples and real instruments were found');
    const texts = files.map((path) => ({ name: relative(root, path), text: readFileSync(path, 'utf8') }));
    const withinLine = assertEqualToFreshAfterRandomEdits(
      texts,
      () => createEntenteService({ readFile: () => undefined }),
      uri,
      diagnosticsOf,
      fresh,
      { seed: Number(process.env.DIAGNOSTICS_SEED ?? 11), numRuns: Number(process.env.DIAGNOSTICS_RUNS ?? 2) },
    );
    assert.ok(withinLine > 50, `${withinLine} edits within a line`);
  });

  // Each edit is within one line of a declaration other than the clauses, whose kept findings
  // must nevertheless follow it.
  const mou = [
    'memorandum "Memorandum of Understanding on Cyber Security" {',
    '  status non-binding',
    '}',
    'participant EE "Estonia"',
    'participant FI "Finland"',
    'define "Incident" means "an event"',
    'channel Intel between EE, FI',
    'clause Notice """The Participants shall report each Incident to the Parties and will notify the Agreement."""',
    'clause Costs """Each Participant will bear its own costs; the Parties agree that the "Sharing Platform" is free."""',
    '',
  ].join('\n');
  const cases: [string, (t: string) => string][] = [
    ['the declared status turned round', (t) => t.replace('status non-binding', 'status binding')],
    ['the status no longer declared', (t) => t.replace('status non-binding', 'status undetermined')],
    ['the defined term renamed', (t) => t.replace('define "Incident"', 'define "Sharing Platform"')],
    ['a note added whose name the clauses start with', (t) => t.replace('channel Intel between EE, FI', 'note No "x" from EE to FI at "Tallinn" on 2027-04-12 """Text."""\nchannel Intel between EE, FI').replace('clause Notice', 'clause NoticeA')],
    ['the title changed', (t) => t.replace('Memorandum of Understanding on Cyber Security', 'Agreement on Cyber Security')],
  ];
  for (const [what, edit] of cases) {
    it(`follows ${what}`, () => {
      const service = createEntenteService({ readFile: () => undefined });
      service.open(uri, mou, 1);
      const before = diagnosticsOf(service);
      const text = edit(mou);
      service.update(uri, text, 2);
      const after = diagnosticsOf(service);
      assert.deepStrictEqual(after, fresh(text));
      assert.notDeepStrictEqual(after, before, 'the edit changed the diagnostics');
    });
  }

  // Linking keeps each declaration's references and resolves again only those naming a name that
  // an edit declared or undeclared (model/link-reuse.ts): these edits add, remove and rename
  // names used elsewhere, and edit the declaration a kept reference resolves to, one after another
  // in one service.
  it('links again the references to names an edit declared, undeclared or changed', () => {
    const start = [
      'participant EE "Estonia"',
      'participant FI "Finland"',
      'participant LV "Latvia"',
      'define "Incident" means "an event"',
      'channel Intel between EE, FI',
      'protocol Major {',
      '  notify FI within 24 hours of awareness via Intel',
      '}',
      'body Board members EE, FI meets every 6 months',
      'clause Notice """Each Participant will report each Incident."""',
      '',
    ].join('\n');
    const steps: [string, (t: string) => string][] = [
      ['the channel renamed', (t) => t.replace('channel Intel', 'channel Intex')],
      ['the channel named back', (t) => t.replace('channel Intex', 'channel Intel')],
      ['a party renamed', (t) => t.replace('participant FI', 'participant FX')],
      ['the party named back', (t) => t.replace('participant FX', 'participant FI')],
      ['the referenced channel edited', (t) => t.replace('between EE, FI', 'between EE, FI, LV')],
      ['a party declared twice', (t) => t.replace('participant LV "Latvia"', 'participant FI "Latvia"')],
      ['the first of the two renamed', (t) => t.replace('participant FI "Finland"', 'participant FY "Finland"')],
      ['the defined term renamed', (t) => t.replace('define "Incident"', 'define "Event"')],
      ['the defined term named back', (t) => t.replace('define "Event"', 'define "Incident"')],
    ];
    const service = createEntenteService({ readFile: () => undefined });
    let text = start;
    service.open(uri, text, 1);
    diagnosticsOf(service);
    const seen = new Set<string>();
    for (const [index, [what, edit]] of steps.entries()) {
      const next = edit(text);
      assert.notEqual(next, text, what);
      text = next;
      service.update(uri, text, index + 2);
      const after = diagnosticsOf(service);
      assert.deepStrictEqual(after, fresh(text), what);
      seen.add(JSON.stringify(after.map((d) => [d.code, d.range.start.line])));
      const model = service.model(uri)!;
      for (const ref of model.references) {
        if (ref.kind === 'file' || ref.kind === 'library-clause') continue;
        assert.equal(ref.target, model.resolve(ref.kind, ref.name), `${what}: ${ref.kind} ${ref.name} resolves to what the model resolves it to now`);
      }
    }
    assert.ok(seen.size >= 4, 'the edits changed the diagnostics');
  });

  // Facts put together from every declaration's part, made again only when a part changed
  // (combinedParts, model/document-change.ts): the names the clauses quote, the severity scales and
  // defined terms the protocols rely on. Each edit changes one declaration's part; the finding is in another declaration.
  const combined: [string, string, (t: string) => string][] = [
    [
      'a clause heading a quoted name no longer gives',
      'participant EE "Estonia"\nparticipant FI "Finland"\nclause Platform "Sharing Platform" """The Participants will run it."""\nclause Use """The Participants will use the "Sharing Platform"."""\n',
      (t) => t.replace('clause Platform "Sharing Platform"', 'clause Platform "Sharing Tool"'),
    ],
    [
      'a party name a quoted name now gives',
      'participant EE "Estonia"\nparticipant FI "Finland"\nclause Use """The Participants will inform the "Centre for Cyber Security"."""\n',
      (t) => t.replace('participant FI "Finland"', 'participant FI "Centre for Cyber Security"'),
    ],
    [
      'a clause no longer setting out the severity a protocol is triggered by',
      'participant EE "Estonia"\nparticipant FI "Finland"\nprotocol Major {\n  when severity high\n  notify FI within 24 hours of awareness\n}\nclause Scale """An incident is of high severity where it disrupts essential services."""\n',
      (t) => t.replace('of high severity', 'of grave severity'),
    ],
    // Whether a protocol's severity has a meaning is kept with the protocol while the terms and scales are the same lists.
    [
      'a definition no longer naming the severity a protocol is triggered by',
      'participant EE "Estonia"\nparticipant FI "Finland"\nprotocol Major {\n  when severity high\n  notify FI within 24 hours of awareness\n}\ndefine "High Incident" means "an incident that disrupts essential services"\n',
      (t) => t.replace('define "High Incident"', 'define "Grave Incident"'),
    ],
    // Term use is measured again only when what the readings found in some declaration changed (support/term-use.ts).
    [
      'the first use of a defined term written in a clause',
      'participant EE "Estonia"\nparticipant FI "Finland"\ndefine "Incident" means "an event that compromises a network"\nclause Notice """Each Participant will report breaches promptly."""\n',
      (t) => t.replace('report breaches', 'report each Incident'),
    ],
    [
      'a short form introduced in a clause',
      'participant EE "Estonia"\nparticipant FI "Finland"\ndefine "Financial Intelligence Unit" means "the unit each Participant designates"\nclause Units """Each Participant will designate its unit."""\nclause Reports """The FIU of each Participant will report yearly."""\n',
      (t) => t.replace('Each Participant will designate its unit.', 'Each Participant will designate a financial intelligence unit (hereinafter referred to as "FIU").'),
    ],
    // Which sentences of a clause say another act established a body is kept per clause (support/established-elsewhere.ts).
    [
      'a clause no longer saying another act established the body',
      'memorandum "MoU" {\n  status non-binding\n}\nparticipant EE "Estonia"\nparticipant FI "Finland"\nbody Board members EE, FI meets every 6 months\nclause Advice """The Board established by Resolution 5 of the Ministers will advise the Participants."""\n',
      (t) => t.replace('established by Resolution 5', 'named in Resolution 5'),
    ],
  ];
  for (const [what, start, edit] of combined) {
    it(`follows ${what}`, () => {
      const text = edit(start);
      assert.notEqual(text, start);
      // What a fresh service says, first: the edited service's analyses then follow one another
      // with nothing of another service's in between (what is kept is kept per document).
      const expected = [fresh(start), fresh(text)];
      const service = createEntenteService({ readFile: () => undefined });
      service.open(uri, start, 1);
      const before = diagnosticsOf(service);
      assert.deepStrictEqual(before, expected[0]);
      service.update(uri, text, 2);
      const after = diagnosticsOf(service);
      assert.deepStrictEqual(after, expected[1]);
      assert.notDeepStrictEqual(after.map((d) => d.code), before.map((d) => d.code), 'the edit changed the findings');
      // And back: the part as it was.
      service.update(uri, start, 3);
      assert.deepStrictEqual(diagnosticsOf(service), before);
    });
  }

  // Per-declaration parts are patched from the last list only where that list was made from the
  // tree the change is counted from (model/document-change.ts). Here the treaty vocabulary of an
  // MoU is read (wording:treaty), then not read while the status is binding — the edit that made
  // it binding also rewrote the clause — then read again when only the status goes back: the list
  // of the first version must not be patched by the change from the second, which left the clause be.
  it('patches a per-declaration list only from the tree it was made from', () => {
    const versions = [
      'memorandum "MoU" {\n  status non-binding\n}\nparticipant EE "Estonia"\nparticipant FI "Finland"\nclause Sharing """The Participants shall share indicators."""\nclause Meetings """The Participants will meet."""\n',
      'memorandum "MoU" {\n  status binding\n}\nparticipant EE "Estonia"\nparticipant FI "Finland"\nclause Sharing """The Participants will share indicators."""\nclause Meetings """The Participants will meet."""\n',
      'memorandum "MoU" {\n  status non-binding\n}\nparticipant EE "Estonia"\nparticipant FI "Finland"\nclause Sharing """The Participants will share indicators."""\nclause Meetings """The Participants will meet."""\n',
    ];
    const expected = versions.map(fresh);
    assert.ok(expected[0].some((d) => d.code === 'mou-binding-wording'), 'the first version has treaty wording');
    const service = createEntenteService({ readFile: () => undefined });
    service.open(uri, versions[0], 1);
    assert.deepStrictEqual(diagnosticsOf(service), expected[0]);
    const sharing = service.model(uri)!.ast.clauses[0];
    service.update(uri, versions[1], 2);
    assert.deepStrictEqual(diagnosticsOf(service), expected[1]);
    const kept = service.model(uri)!.ast.clauses[0];
    assert.notEqual(kept, sharing, 'the clause was rewritten');
    service.update(uri, versions[2], 3);
    assert.equal(service.model(uri)!.ast.clauses[0], kept, 'the last edit kept the clause node');
    assert.deepStrictEqual(diagnosticsOf(service), expected[2]);
  });

  // Whether the declarations' prose says a pattern is patched from the last tree's answer
  // (support/instrument-prose.ts): said by a kept declaration, said still; said by none, asked of
  // the replaced ones only. Here the clause that says when time limits start is edited not to say
  // it, then another clause is edited to say it, then the first again.
  it('patches what the prose says from the last tree only where a replaced declaration could change it', () => {
    const start = [
      'participant EE "Estonia"',
      'participant FI "Finland"',
      'protocol Major {',
      '  notify FI within 24 hours',
      '}',
      'clause Clock """Time limits run from detection."""',
      'clause Meetings """The Participants will meet."""',
      '',
    ].join('\n');
    const steps: [string, (t: string) => string][] = [
      ['the clause that said it no longer says it', (t) => t.replace('run from detection', 'run promptly')],
      ['another clause says it', (t) => t.replace('will meet.', 'will meet after detection.')],
      ['that clause no longer says it', (t) => t.replace('will meet after detection.', 'will meet.')],
      ['the first clause says it again', (t) => t.replace('run promptly', 'run from detection')],
    ];
    const seen = new Set(followEdits(start, steps, (ds) => ds.some((d) => d.code === 'time-limit-without-start')));
    assert.equal(seen.size, 2, 'the edits turned the finding on and off');
  });

  // Whether some clause says a thing is one answer per declaration, patched from the last tree
  // (someDeclaration, model/document-change.ts; clausesSay in support/instrument-prose.ts): here
  // the clause that keeps statutory reporting unaffected stops saying it, another clause starts,
  // stops, and the first says it again; the protocol that draws the finding is never edited.
  it('patches whether some clause says a thing from the last tree only where a replaced clause could change it', () => {
    const saving = 'This arrangement does not affect any duty of a Participant to notify incidents under its national law.';
    const start = [
      'participant BANK "Example Bank" {',
      '  kind company',
      '  jurisdiction EE',
      '  regimes DORA',
      '}',
      'protocol Major {',
      '  notify BANK within 24 hours',
      '}',
      `clause Reporting """${saving}"""`,
      'clause Meetings """The Participants will meet."""',
      '',
    ].join('\n');
    const steps: [string, (t: string) => string][] = [
      ['the clause that said it no longer says it', (t) => t.replace('does not affect any duty', 'sets out any duty')],
      ['another clause says it', (t) => t.replace('will meet.', `will meet. ${saving}`)],
      ['that clause no longer says it', (t) => t.replace(`will meet. ${saving}`, 'will meet.')],
      ['the first clause says it again', (t) => t.replace('sets out any duty', 'does not affect any duty')],
    ];
    const seen = followEdits(start, steps, (ds) => ds.some((d) => d.code === 'statutory-reporting-not-reserved'));
    assert.deepStrictEqual(seen, [true, false, true, false], 'the edits turned the finding on and off');
  });

  // What an analysis leaves for the next one is kept per service (util/last-states.ts): another
  // service analysing the same uri in between — a fresh analysis of the file, the benchmark's
  // full analysis between two keystrokes — neither replaces it nor is answered from it.
  it('keeps its last measures across another service’s analysis of the same uri', () => {
    const start = 'participant EE "Estonia"\nparticipant FI "Finland"\ndefine "Incident" means "an event that compromises a network"\nclause Notice """Each Participant will report each Incident."""\nclause Costs """Each Participant will bear its own costs."""\n';
    const service = createEntenteService({ readFile: () => undefined });
    service.open(uri, start, 1);
    diagnosticsOf(service);
    const measured = termUse(service.model(uri)!);
    assert.ok(measured.used.has('Incident'));
    // The other service's text uses no term: its measure differs, and must not be taken for this one's.
    const other = start.replace('report each Incident', 'report breaches');
    assert.ok(fresh(other).some((d) => d.code === 'unused-term'));
    const text = start.replace('its own costs', 'its own expenses');
    service.update(uri, text, 2);
    assert.deepStrictEqual(diagnosticsOf(service), fresh(text));
    assert.equal(termUse(service.model(uri)!), measured, 'the edited service reuses the measure it made before the other service ran');
  });
  // The text's own rule on use (support/own-use-rules.ts) is one answer per clause, patched from the
  // last tree: the clause that states it stops, another starts, stops, the first states it again;
  // the channel that draws missing-purpose-limitation is never edited, and its finding names the rule.
  it('patches the text\'s own rule on the use of information from the last tree', () => {
    const rule = 'The Participants will use such information solely for the purposes of this Memorandum.';
    const start = `participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI { carries indicators }\nclause Use """${rule}"""\nclause Meetings """The Participants will meet."""\n`;
    const seen = followEdits(
      start,
      [
        ['the clause that stated it no longer states it', (t) => t.replace('solely for', 'for')],
        ['another clause states it', (t) => t.replace('will meet.', `will meet. ${rule}`)],
        ['that clause no longer states it', (t) => t.replace(`will meet. ${rule}`, 'will meet.')],
        ['the first clause states it again', (t) => t.replace('information for', 'information solely for')],
      ],
      (ds) => /\(clause (\w+)\)/.exec(ds.find((d) => d.code === 'missing-purpose-limitation')?.message ?? '')?.[1] ?? 'none',
    );
    assert.deepStrictEqual(seen, ['none', 'Meetings', 'none', 'Use']);
  });

  // Which topics a clause scopes to channels (`about … for …`) is one part per declaration,
  // combined again only when one changed (support/applicability.ts, topicScopedSomewhere).
  it('follows a clause\'s scope as it comes and goes', () => {
    const start = [
      'participant EE "Estonia"',
      'participant FI "Finland"',
      'channel Intel between EE, FI { carries indicators purpose "defence" onward sharing with-consent }',
      'channel Forensics between EE, FI { carries indicators purpose "defence" onward sharing with-consent }',
      'clause Contacts "Contacts" about points-of-contact """Each Participant will designate a contact."""',
      'clause Meetings """The Participants will meet."""',
      '',
    ].join('\n');
    const seen = followEdits(
      start,
      [
        ['scoped to one channel', (t) => t.replace('about points-of-contact """', 'about points-of-contact for Intel """')],
        ['another clause edited', (t) => t.replace('will meet.', 'will meet yearly.')],
        ['the scope removed', (t) => t.replace('about points-of-contact for Intel """', 'about points-of-contact """')],
        ['scoped again', (t) => t.replace('about points-of-contact """', 'about points-of-contact for Forensics """')],
      ],
      (ds) => ds.filter((d) => d.code === 'missing-points-of-contact').map((d) => /channel (\w+)/.exec(d.message)?.[1]).join(),
    );
    assert.deepStrictEqual(seen, ['Forensics', 'Forensics', '', 'Intel']);
  });

  // Kept per declaration, at offsets inside it: the numbers and § names its texts cite, its passive
  // notices, its periods of zero (provision-references, protocol-integrity, value-rules). A kept
  // declaration's findings stay in place when an earlier line changes length and follow its edits.
  it('places the findings of a kept declaration after an earlier line changed length', () => {
    const start = [
      'memorandum "MoU" {',
      '  status non-binding',
      '  amendment by written decision',
      '}',
      'participant EE "Estonia"',
      'participant FI "Finland"',
      'clause Meetings """The Participants will meet."""',
      'channel Intel between EE, FI { carries indicators breach procedure "The originator will be informed without delay." }',
      'protocol Major {',
      '  notify FI within 0 hours',
      '}',
      'clause Costs "Costs" about costs """Each Participant will bear its own costs; see paragraph 2 and §amendmnt."""',
      '',
    ].join('\n');
    const codes = ['generated-number-reference', 'unknown-provision-reference', 'passive-notification', 'zero-quantity'];
    const seen = followEdits(
      start,
      [
        ['an earlier clause made longer', (t) => t.replace('will meet.', 'will meet twice a year.')],
        ['the citation corrected', (t) => t.replace('§amendmnt', '§amendment')],
        ['the period made longer than zero', (t) => t.replace('within 0 hours', 'within 24 hours')],
        ['an earlier clause made shorter', (t) => t.replace('will meet twice a year.', 'meet.')],
        ['the breach procedure made active', (t) => t.replace('The originator will be informed', 'The recipient will inform the originator')],
        ['the number cited replaced', (t) => t.replace('see paragraph 2 and', 'see')],
      ],
      (ds) => codes.filter((code) => ds.some((d) => d.code === code)).join(),
    );
    assert.deepStrictEqual(seen, [
      codes.join(),
      'generated-number-reference,passive-notification,zero-quantity',
      'generated-number-reference,passive-notification',
      'generated-number-reference,passive-notification',
      'generated-number-reference',
      '',
    ]);
  });
});
