/**
 * Library clauses in an exchange of notes whose letters call the parties "the two Governments"
 * (ex5 made the generated terms say "Government"; render/library-designation.ts): a clause the
 * quick fix inserts, or one taken `from library` without a body, said "Any dispute between the
 * Parties …" inside notes that never name a Party. The export fills the library's party
 * placeholders with the letters' designation — the library and the drafter's source are
 * unchanged. Near misses: a clause that uses the word for the State ("a Party that is a Member
 * State", "the territory of a host Party") keeps the instrument's wording whole; a body the
 * drafter rewrote keeps the drafter's words; an agreement in articles keeps "Parties"; library
 * clauses' own "the other Party" does not decide how the letters call the parties.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEntenteService } from '../../server/src/language';
import { diagnose } from '../helpers/fixture';
import { applyCodeFix } from '../helpers/edits';
import { readDocx, type DocxParagraph } from './docx-reader';
import { repoRoot } from './render-fixtures';

const uri = 'file:///t/notes.entente';
function opened(text: string) {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text);
  return service;
}
const md = (text: string) => opened(text).render(uri, 'markdown')!;
const eeFi = readFileSync(join(repoRoot, 'samples/ee-fi-exchange-of-notes.entente'), 'utf8');
const withoutDisputes = eeFi.replace('  disputes by negotiation\n', '');
/** The EE–FI notes with the disputes clause the quick fix inserts (disputes/treaty, "between the Parties"). */
function withDisputesFix(text = withoutDisputes): string {
  const fix = diagnose(text).find((d) => d.code === 'missing-dispute-settlement')?.fixes.find((f) => f.title.includes('disputes/treaty'));
  assert.ok(fix, 'the library fix is offered');
  return applyCodeFix(text, fix);
}
const disputesInGovernments = /Any dispute between the Governments concerning the interpretation or application of this Agreement shall be settled by consultation and negotiation between them through diplomatic channels\./;

describe('library clauses in an exchange speak of the parties as its letters do', () => {
  it('EE–FI notes, the disputes clause the fix inserts: "between the Governments" in Markdown, Akoma Ntoso and Word; the source keeps the library\'s words', async () => {
    const fixed = withDisputesFix();
    assert.match(fixed, /clause Disputes from library "disputes\/treaty" """\n\s+Any dispute between the Parties/, 'the fix inserts the text the library gives the wording');
    const service = opened(fixed);
    const markdown = service.render(uri, 'markdown')!;
    assert.match(markdown, disputesInGovernments);
    assert.doesNotMatch(markdown, /between the Parties concerning/);
    assert.match(service.render(uri, 'akn')!, disputesInGovernments);
    const word = (await readDocx((await service.renderDocx(uri))!)).body.filter((b): b is DocxParagraph => b.kind === 'p').map((p) => p.text);
    assert.ok(word.some((p) => disputesInGovernments.test(p)), word.join('\n'));
  });

  it('a clause taken from the library without a body, and one whose blank the drafter filled, say "Government"', () => {
    const text = `${eeFi}\nclause Survival from library "survival/treaty"\nclause Ending from library "termination/treaty" """\n  1. Either Party may terminate this Agreement at any time by written notification to the other Party through diplomatic channels. Termination shall take effect six months after the date of receipt of the notification.\n  2. Termination shall not affect activities under way at the date of termination, unless the Parties agree otherwise.\n  3. Notwithstanding termination, the Parties shall continue to protect information exchanged under this Agreement in accordance with its provisions.\n"""\n`;
    const out = md(text);
    assert.match(out, /The obligations of the Governments under this Agreement to protect information exchanged under it shall continue to apply after its termination and, for a Government that withdraws from it, after its withdrawal\./);
    assert.match(out, /Either Government may terminate this Agreement at any time by written notification to the other Government through diplomatic channels\. Termination shall take effect six months after/);
    assert.match(out, /unless the Governments agree otherwise/);
  });

  it('near miss: a clause that uses the word for the State keeps the instrument\'s wording whole (Union law, the host Party\'s territory)', () => {
    const out = md(`${eeFi}\nclause Union from library "union-law/treaty"\nclause Training from library "capacity-building/treaty"\n`);
    assert.match(out, /A Party that is a Member State of the European Union shall apply this Agreement/);
    assert.match(out, /present in the territory of a host Party/);
    assert.match(out, /The Parties shall cooperate in building cyber security capacity/, 'the clause does not mix "Party" and "Government"');
  });

  it('near miss: a body the drafter rewrote keeps the drafter\'s words', () => {
    const rewritten = withDisputesFix().replace('shall be settled by consultation and negotiation between them', 'shall be settled by the Parties by arbitration');
    assert.match(md(rewritten), /Any dispute between the Parties concerning the interpretation or application of this Agreement shall be settled by the Parties by arbitration/);
  });

  it('near miss: the same clause in an agreement in articles says "Parties"', () => {
    const articles = withoutDisputes.replace('  form exchange-of-notes\n', '').replace(/^note [\s\S]*?^"""\n/gm, '');
    assert.match(md(`${articles}\nclause Disputes from library "disputes/treaty"\n`), /Any dispute between the Parties concerning/);
  });

  it('the library\'s own "the other Party" does not outvote the letters\' "Government"', () => {
    const notes = [
      'treaty "Agreement" {\n  status binding\n  form exchange-of-notes\n  effect on reply\n}',
      'party EE "The Government of the Republic of Estonia" { kind government jurisdiction EE }',
      'party FI "The Government of the Republic of Finland" { kind government jurisdiction FI }',
      'note Proposal from EE to FI on 2027-04-12 with terms """\n  The Ministry has the honour to propose that each Government may second one officer, on the following terms:\n\n  This Note and the reply shall constitute an agreement between the two Governments.\n"""',
      'note Reply from FI to EE on 2027-05-03 answering Proposal """\n  The Embassy has the honour to accept.\n"""',
      'clause Consent from library "consent/treaty" """\n  Each Party shall express its consent to be bound by this Agreement by written notification to the other Party, through diplomatic channels, that its internal procedures required for the entry into force of this Agreement have been completed.\n"""',
      'clause Ending from library "termination/treaty" """\n  1. Either Party may terminate this Agreement at any time by written notification to the other Party through diplomatic channels. Termination shall take effect [notice] after the date of receipt of the notification.\n  2. Termination shall not affect activities under way at the date of termination, unless the Parties agree otherwise.\n  3. Notwithstanding termination, the Parties shall continue to protect information exchanged under this Agreement in accordance with its provisions.\n"""',
    ].join('\n\n');
    const out = md(notes);
    assert.match(out, /Each Government shall express its consent to be bound by this Agreement by written notification to the other Government/);
    assert.match(out, /Either Government may terminate this Agreement at any time/);
  });
});
