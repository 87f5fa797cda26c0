/**
 * More answers kept per declaration across keystrokes (diagnostics-reuse.test.ts holds the first):
 * each case edits one line at a time, so every other declaration keeps its node and what was kept
 * for it, and checks each version's diagnostics against a fresh service's.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language/service';
import type { Reference } from '../../server/src/language/model/symbols';
import { followEdits, uri } from '../helpers/follow-edits';

/** A reference as a fresh service's may be compared with it: what it names, where, and where what it resolves to is declared. */
const shown = (r: Reference) => JSON.stringify([r.kind, r.name, r.range, r.cited ?? false, r.target && [r.target.kind, r.target.name, r.target.nameRange]]);

describe('answers kept per declaration (2)', () => {
  // Whether the drafter numbers the text (a clause headed "Article 1 – …") is one answer per
  // declaration, patched where a keystroke replaced one (render/drafter-order.ts): a number the
  // export gives is cited only in a text the renderer numbers.
  it('follows a clause heading that comes to number the text, and stops', () => {
    const start = [
      'memorandum "MoU" {',
      '  status non-binding',
      '}',
      'participant EE "Estonia"',
      'participant FI "Finland"',
      'clause Meetings "Meetings" """The Participants will meet."""',
      'clause Costs "Costs" about costs """Each Participant will bear its own costs; see paragraph 2."""',
      '',
    ].join('\n');
    const seen = followEdits(
      start,
      [
        ['a heading made a designation', (t) => t.replace('"Meetings" """', '"Article 1 – Meetings" """')],
        ['another clause edited', (t) => t.replace('will meet.', 'will meet yearly.')],
        ['the designation removed', (t) => t.replace('"Article 1 – Meetings" """', '"Meetings" """')],
        ['the other clause made a designation', (t) => t.replace('"Costs" about', '"Article 2 – Costs" about')],
        ['the other clause edited', (t) => t.replace('own costs;', 'own costs in full;')],
        ['that designation removed', (t) => t.replace('"Article 2 – Costs" about', '"Costs" about')],
      ],
      (ds) => ds.some((d) => d.code === 'generated-number-reference'),
    );
    assert.deepStrictEqual(seen, [false, false, true, false, false, true]);
  });
  // Whether implementing procedures govern a body, or another act established it, is kept with the
  // body while the procedures' texts and the establishing sentences are the same (support/
  // implementing-procedures.ts, established-elsewhere.ts): a body so governed costs the text nothing.
  it('follows the clauses that leave a body to procedures or to another act', () => {
    const start = [
      'treaty "Agreement" {',
      '  status binding',
      '}',
      'party NL "Netherlands" { kind state }',
      'party NO "Norway" { kind state }',
      'body Committee "Advisory Committee" members NL, NO meets annually',
      'clause Procedures "Procedures" """The Parties shall develop procedures for the implementation of this Agreement."""',
      'clause History "History" """The Parties recall their cooperation."""',
      '',
    ].join('\n');
    const seen = followEdits(
      start,
      [
        ['the procedures govern the body', (t) => t.replace('this Agreement.', 'this Agreement, including the creation and operation of the Advisory Committee.')],
        ['another clause edited', (t) => t.replace('recall their', 'recall their long')],
        ['the procedures no longer govern it', (t) => t.replace(', including the creation and operation of the Advisory Committee.', '.')],
        ['another act established it', (t) => t.replace('recall their long cooperation.', 'recall that the Advisory Committee was established by a decision of the Council.')],
        ['the procedures edited', (t) => t.replace('shall develop', 'shall jointly develop')],
        ['that sentence removed', (t) => t.replace('recall that the Advisory Committee was established by a decision of the Council.', 'recall their cooperation.')],
      ],
      (ds) => ds.some((d) => d.code === 'missing-costs' && /body Committee/.test(d.message)),
    );
    assert.deepStrictEqual(seen, [false, false, true, false, false, true]);
  });
  // The document's references are patched after a keystroke (model/reference-list.ts): the list is
  // copied and the edited declaration's references written where they stood, and of the other
  // declarations only those that write a name the edited one declares are linked again (the name
  // index). Each version's list is compared with a fresh service's, and every target with what the
  // model resolves the name to now (a stale target is a symbol of an older tree).
  it('patches the references of a keystroke as a fresh linking gives them', () => {
    // Clauses between those edited, so that a reparse replaces the edited declaration alone.
    const filler = (n: number) => [1, 2].map((k) => `clause Filler${n}x${k} "Filler" """The Parties shall meet."""`);
    const start = [
      'treaty "Agreement" {',
      '  status binding',
      '  reservations "only to §Costs"',
      '}',
      'party NL "Netherlands" { kind state }',
      'party NO "Norway" { kind state }',
      'define "Incident" means "an event"',
      ...filler(1),
      'channel Intel between NL, NO',
      ...filler(2),
      'clause Costs "Costs" """Each Party shall bear its own costs of an Incident."""',
      ...filler(3),
      'clause Review "Review" """The Parties shall review §Costs and §Budget each year."""',
      ...filler(4),
      'clause Notice "Notice" """Each Party shall report each Incident via the channel."""',
      ...filler(5),
      '',
    ].join('\n');
    const steps: [string, (t: string) => string][] = [
      ['a keystroke in a clause', (t) => t.replace('report each', 'report every')],
      ['a term used once more', (t) => t.replace('via the channel.', 'via the channel, each Incident once.')],
      ['the cited clause renamed', (t) => t.replace('clause Costs "Costs"', 'clause Cost "Costs"')],
      ['named back', (t) => t.replace('clause Cost "Costs"', 'clause Costs "Costs"')],
      ['a name cited before it is declared comes to be', (t) => t.replace('clause Notice "Notice"', 'clause Budget "Notice"')],
      ['a clause comes to cite the channel', (t) => t.replace('via the channel', 'via §Intel')],
      ['the channel renamed', (t) => t.replace('channel Intel between', 'channel Intex between')],
      ['named back, a keystroke away', (t) => t.replace('channel Intex between', 'channel Intel between')],
      ['the header edited', (t) => t.replace('only to §Costs', 'only to §Costs and §Review')],
    ];
    const service = createEntenteService({ readFile: () => undefined });
    let text = start;
    service.open(uri, text, 1);
    const listOf = (s: typeof service) => s.model(uri)!.references;
    listOf(service);
    for (const [index, [what, edit]] of steps.entries()) {
      const next = edit(text);
      assert.notEqual(next, text, `${what}: the edit applies`);
      text = next;
      service.update(uri, text, index + 2);
      const model = service.model(uri)!;
      const refs = listOf(service);
      const again = createEntenteService({ readFile: () => undefined });
      again.open(uri, text, 1);
      assert.deepStrictEqual(refs.map(shown), listOf(again).map(shown), what);
      for (const ref of refs) if (ref.kind !== 'file' && ref.kind !== 'library-clause') assert.equal(ref.target, model.resolve(ref.kind, ref.name), `${what}: ${ref.kind} ${ref.name} resolves as the model resolves it now`);
    }
  });

  // unused-declaration reads only the slot references at the head of the reference list (model/
  // reference-list.ts counts them when it makes or patches a list): after each keystroke the count
  // must cover every channel's contacts and agreement, or a used contact would be reported unused.
  it('finds the same declarations unused after keystrokes as a fresh analysis', () => {
    const filler = (n: number) => [1, 2].map((k) => `clause Filler${n}x${k} "Filler" """The Participants will meet."""`);
    const start = [
      'memorandum "MoU" {',
      '  status non-binding',
      '}',
      'participant EE "Estonia" { contact Duty "Duty desk" available 24/7 }',
      'participant FI "Finland" { contact Desk "CERT-FI" available 24/7 contact Ops "Operations centre" }',
      'security-agreement GSA between EE, FI up to SECRET',
      ...filler(1),
      'channel Intel between EE, FI {',
      '  carries classified',
      '  classification SECRET under GSA',
      '  contacts EE.Duty, FI.Desk',
      '}',
      ...filler(2),
      'clause Notice "Notice" """Each Participant will inform the other of each incident."""',
      ...filler(3),
      '',
    ].join('\n');
    const seen = followEdits(
      start,
      [
        ['a keystroke in a clause', (t) => t.replace('of each incident', 'of every incident')],
        ['the channel lists the other contact', (t) => t.replace('contacts EE.Duty, FI.Desk', 'contacts EE.Duty, FI.Ops')],
        ['another keystroke in the clause', (t) => t.replace('of every incident', 'of each incident')],
        ['the first contact listed again', (t) => t.replace('contacts EE.Duty, FI.Ops', 'contacts EE.Duty, FI.Desk')],
        ['the clause edited once more', (t) => t.replace('will inform', 'will promptly inform')],
        ['the agreement no longer named', (t) => t.replace('  classification SECRET under GSA\n', '')],
      ],
      (ds) => ds.filter((d) => d.code === 'unused-declaration').map((d) => { const m = d.message.match(/contact ([\w.]+):|agreement '([^']+)'/); return m?.[1] ?? m?.[2]; }).sort(),
    );
    assert.deepStrictEqual(seen, [['FI.Ops'], ['FI.Desk'], ['FI.Desk'], ['FI.Ops'], ['FI.Ops'], ['FI.Ops', 'GSA']]);
  });
});
