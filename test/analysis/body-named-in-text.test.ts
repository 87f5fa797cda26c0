/**
 * unused-declaration on a governance body the text's own clauses name (seventy-eighth run, the
 * worst class: a warning, an error under strict, on OPCAT's Subcommittee on Prevention, the organ
 * the Protocol sets up, Art. 2(1), whose members serve in their individual capacity, Art. 5(6)).
 * A body a clause names by its title, or by a shorter form of it after "the"/"a", is in use; a
 * title written only in the body's own declaration, another body's similar name, or a lower-case
 * common noun is not a use. The message of the cases that remain names every remedy that silences
 * it, `mandate` first, and deletion only where the instrument is not to set the body up.
 */
import assert from 'node:assert/strict';
import { checkNoDiagnostics, diagnose } from '../helpers/fixture';
import { repoText } from '../helpers/fix-review';
import { bodyTitle, namesBody, shortForm } from '../../server/src/language/rules/support/body-named-in-text';

const draft = (declarations: string, clause: string) =>
  `treaty "Agreement" {\n  status binding\n  effect on signature\n}\nparticipant EE "Estonia"\nparticipant FI "Finland"\n${declarations}\nclause Art2 "Article 2" """\n  ${clause}\n"""\n`;

const unusedBodies = (text: string, files?: Record<string, string>) =>
  diagnose(text, files ? { files } : {}).filter((d) => d.code === 'unused-declaration');

const spt = 'body SPT "Subcommittee on Prevention of Torture of the Committee against Torture" meets at least annually';

describe('unused-declaration: a body the text names is in use (seventy-eighth run)', () => {
  it('OPCAT 2002: the Subcommittee on Prevention, named throughout the clauses, is not reported under any profile', () => {
    const text = repoText('test/real-instruments/opcat-2002.entente');
    for (const profile of [undefined, 'strict'] as const) {
      assert.deepEqual(diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === 'unused-declaration').map((d) => d.message), [], profile ?? 'default');
    }
  });

  it('counts the full title, "the Subcommittee on Prevention", "A Subcommittee on Prevention … shall be established" and "the Subcommittee"', () => {
    for (const clause of [
      'The Subcommittee on Prevention of Torture of the Committee against Torture shall meet.',
      'The Subcommittee on Prevention shall carry out its work within the framework of the Charter.',
      'A Subcommittee on Prevention shall be established.',
      "The members of the Subcommittee shall serve in their individual capacity; the Subcommittee's rules of procedure apply.",
      'The Parties and the Subcommittee on Prevention and the States Parties shall cooperate.',
    ]) {
      checkNoDiagnostics(draft(spt, clause), ['unused-declaration']);
    }
  });

  it('counts a name in another declaration\'s prose (another body\'s mandate), and in the parent\'s clauses of an annex', () => {
    checkNoDiagnostics(draft(`${spt}\nbody Board "Board" members EE, FI mandate "report each year to the Subcommittee on Prevention"`, 'Nothing here.'), ['unused-declaration']);
    const parent = draft('', 'A Subcommittee on Prevention shall be established.');
    const annex = `annex "Annex" of "parent.entente" {\n  status binding\n}\n${spt}\n`;
    assert.deepEqual(unusedBodies(annex, { 'parent.entente': parent }), []);
  });

  it('near misses: a title written only in the declaration, another body of a similar name, a common noun, a longer name', () => {
    const cases: [string, string][] = [
      // The title is only in the body's own declaration.
      [spt, 'Each State Party shall allow visits.'],
      // Another body with a similar name.
      ['body Acc "Subcommittee on Accreditation"', 'The Subcommittee on Prevention shall meet.'],
      ['body CoE "Committee of Experts"', 'The Committee of the Parties and the Committee against Torture shall meet.'],
      ['body JC "Joint Committee"', 'The Joint Committee on Trade shall meet.'],
      // A common noun, lower case.
      [spt, 'A subcommittee on prevention may be set up.'],
      // No shorter form where the title goes on with an ordinary word: "the Idle" names nothing.
      ['body Idle "Idle group"', 'The Idle shall not meet.'],
      // The leading words without a determiner ("Subcommittee" as the first word of another name).
      [spt, 'Subcommittee meetings are open.'],
    ];
    for (const [declaration, clause] of cases) {
      assert.equal(unusedBodies(draft(declaration, clause)).length, 1, `${declaration} / ${clause}`);
    }
  });

  it('unit: the title is read without a leading "the"; its shorter form stops where the title goes on with a connective', () => {
    const title = bodyTitle('the Conference of the Parties')!;
    assert.deepEqual(title.words, ['Conference', 'of', 'the', 'Parties']);
    assert.equal(namesBody(title, 'the Conference of the Parties shall meet'), true);
    assert.equal(namesBody(title, 'the Conference shall meet'), true);
    assert.equal(namesBody(title, 'the Conference of Ministers shall meet'), false);
    assert.equal(shortForm(title), 'Conference');
    assert.equal(bodyTitle('joint committee')?.capitalised, false);
    assert.equal(shortForm(bodyTitle('joint committee of experts')!), undefined);
    assert.equal(namesBody(bodyTitle('joint committee of experts')!, 'the joint committee shall meet'), false);
    assert.equal(bodyTitle('(Article 5)'), undefined);
  });
});

describe('unused-declaration on a body: the message names every remedy (seventy-eighth run)', () => {
  it('on a draft: mandate, members, an escalation, a clause naming it; deletion last and conditional', () => {
    const [finding] = unusedBodies(draft(spt, 'Nothing here.'));
    assert.equal(
      finding.message,
      'The body \'SPT\' has no members or mandate, nobody escalates to it, and no clause names it ("Subcommittee on Prevention of Torture of the Committee again…" or "the Subcommittee"): state what it does with `mandate "…"`, list its `members`, escalate to it from a protocol, or name it in a clause; delete it only if the instrument is not to set it up.',
    );
    assert.deepEqual(finding.fixes.map((f) => f.title), ["Delete 'SPT' from the instrument"]);
  });

  it('each remedy the message names silences it', () => {
    for (const fixed of [
      'body SPT "Subcommittee on Prevention" mandate "visit places of detention"',
      'body SPT "Subcommittee on Prevention" members EE, FI',
      'body SPT "Subcommittee on Prevention"\nprotocol Major {\n  escalate to SPT within 48 hours\n}',
    ]) {
      assert.deepEqual(unusedBodies(draft(fixed, 'Nothing here.')), [], fixed);
    }
    assert.deepEqual(unusedBodies(draft('body SPT "Subcommittee on Prevention"', 'The Subcommittee on Prevention shall meet.')), []);
  });

  it('on a concluded text: the declaration is to change, not the text; no deletion offered', () => {
    const concluded = repoText('test/real-instruments/opcat-2002.entente').replace(/^body SPT "[^"]*"/mu, 'body SPT "Prevention Panel"');
    const [finding] = diagnose(concluded).filter((d) => d.code === 'unused-declaration');
    assert.equal(
      finding.message,
      "The body 'SPT' has no members or mandate, nobody escalates to it, and no clause names it (\"Prevention Panel\"). The text is concluded (it was signed, on a date the text does not state): its words stay, the declaration changes: declare the body under the name the clauses give it, or with the text's words on it (its `mandate \"…\"`, its `members`, an escalation to it in a protocol); delete the declaration only if the text sets up no such body.",
    );
    assert.deepEqual(finding.fixes, []);
  });
});

describe('unused-declaration on a body: titles with a note in brackets, and in lower case', () => {
  it('a note in brackets at the end of the title is no part of the name the text writes', () => {
    checkNoDiagnostics(draft('body Commission "International Explosives Technical Commission (Article V)"', 'The International Explosives Technical Commission shall meet.'), ['unused-declaration']);
    checkNoDiagnostics(draft('body GRECO "Group of States against Corruption (GRECO)"', 'The Group of States against Corruption (GRECO) shall monitor.'), ['unused-declaration']);
    // Near miss: the bracket goes, the name must still be there.
    assert.equal(unusedBodies(draft('body Commission "International Explosives Technical Commission (Article V)"', 'Article V applies.')).length, 1);
  });

  it('a title in lower case counts only written out whole: "an expert commission", not "an expert"', () => {
    checkNoDiagnostics(draft('body ExpertCommission "expert commission"', 'The Parties shall set up an expert commission.'), ['unused-declaration']);
    assert.equal(unusedBodies(draft('body ExpertCommission "expert commission"', 'The Parties shall consult an expert.')).length, 1);
  });
});
