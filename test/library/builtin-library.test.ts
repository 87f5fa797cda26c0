import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { instrumentKinds } from '../../server/src/language/ast/vocabulary';
import { builtInLayer, builtInLibrary } from '../../server/src/language/library/builtin-library';
import { parseLibraryFile } from '../../server/src/language/library/library-file';
import { renderClause } from '../../server/src/language/library/render-clause';
import { foreignWords } from '../../server/src/language/library/wording-words';
import { topicNames, type ClauseTopic } from '../../server/src/language/model/topics';
import { subjectNames } from '../../server/src/language/ast/subjects';
import { parse } from '../../server/src/language/syntax/parse';

const builtinDir = 'server/src/language/library/builtin';
const schema = JSON.parse(readFileSync('schemas/clause-library.schema.json', 'utf8'));

/** MC01–MC26 and the topic each covers (topics.ts), with the wordings in which the clause exists. */
const treatyOnly: readonly ClauseTopic[] = ['depositary', 'consent', 'reservations', 'registration'];
const mouOnly: readonly ClauseTopic[] = ['non-binding-status'];
const catalogue: readonly [string, ClauseTopic][] = (
  [
    'entry-into-force', 'duration', 'termination', 'amendment', 'disputes', 'depositary', 'consent', 'reservations', 'languages',
    'registration', 'non-binding-status', 'points-of-contact', 'contact-24-7', 'central-authority', 'handling-marking',
    'security-of-information', 'classification-equivalence', 'breach-procedure', 'purpose-limitation', 'transfer-safeguards',
    'incident-notification', 'costs', 'liability', 'intellectual-property', 'exercises', 'governance',
  ] as ClauseTopic[]
).map((topic, index) => [`MC${String(index + 1).padStart(2, '0')}`, topic]);

describe('built-in clause library', () => {
  const clauses = builtInLayer().clauses;

  it('loads with zero problems and holds at least 60 clauses', () => {
    assert.deepEqual(builtInLayer().problems, []);
    assert.ok(clauses.length >= 60, `only ${clauses.length} clauses`);
    assert.equal(new Set(clauses.map((c) => c.id)).size, clauses.length, 'duplicate ids');
  });

  it('validates against the shipped JSON Schema', () => {
    const ajv = new Ajv({ allErrors: true });
    ajv.addKeyword('defaultSnippets');
    const validate = ajv.compile(schema);
    const files = readdirSync(builtinDir).filter((f) => f.endsWith('.clauses.json'));
    assert.ok(files.length >= 3);
    for (const file of files) {
      const data = JSON.parse(readFileSync(join(builtinDir, file), 'utf8'));
      assert.ok(validate(data), `${file}: ${ajv.errorsText(validate.errors)}`);
    }
    // The schema rejects what the loader rejects.
    assert.equal(validate({ clauses: [{ id: 'Bad Id', title: 'x' }] }), false);
  });

  it('has a schema whose kinds and topics are exactly the language\'s', () => {
    const props = schema.definitions.clause.properties;
    assert.deepEqual(props.kinds.items.enum, instrumentKinds.values);
    assert.deepEqual(props.topics.items.enum, topicNames);
    assert.deepEqual(props.subject.enum, subjectNames);
  });

  // Quick-fix review, class B: a clause written for one field is offered only in an instrument about it.
  it('reads the subject a clause is written for, and refuses one the language does not know', () => {
    const file = (subject: unknown) =>
      JSON.stringify({ clauses: [{ id: 'tlp/mou', title: 'TLP', wording: 'mou', kinds: ['memorandum'], topics: ['handling-marking'], subject, text: 'TLP applies.', rationale: 'r', source: 's', status: 'approved', version: '1.0.0' }] });
    assert.equal(parseLibraryFile(file('cyber-security'), 'team.clauses.json', 'team').clauses[0].subject, 'cyber-security');
    const bad = parseLibraryFile(file('cyber'), 'team.clauses.json', 'team');
    assert.deepEqual(bad.clauses, []);
    assert.match(bad.problems[0].message, /"subject" must be one of cyber-security, criminal-justice/);
    assert.equal(builtInLibrary().get('incident-notification/mou')?.subject, 'cyber-security');
    assert.equal(builtInLibrary().get('costs/mou')?.subject, undefined);
  });

  for (const [code, topic] of catalogue) {
    const wordings = treatyOnly.includes(topic) ? ['treaty'] : mouOnly.includes(topic) ? ['mou'] : ['mou', 'treaty'];
    it(`covers ${code} (${topic}) in ${wordings.join(' and ')} wording`, () => {
      for (const wording of wordings) {
        const found = builtInLibrary().forTopic(topic, wording as 'mou' | 'treaty');
        assert.ok(found.length > 0 && found[0].wording === wording, `no ${wording} clause about ${topic}`);
        assert.ok(found[0].satisfies.includes(code), `${found[0].id} does not say it satisfies ${code}`);
      }
    });
  }

  it('writes MoU clauses without a single treaty word, and treaty clauses without MoU words', () => {
    const offenders = clauses
      .map((c) => ({ id: c.id, words: foreignWords(renderClause(c, undefined, { snippet: false }), c.wording) }))
      .filter((o) => o.words.length > 0);
    assert.deepEqual(offenders, []);
  });

  it('catches treaty words in an MoU text (the check above can fail)', () => {
    assert.deepEqual(foreignWords('The Parties shall, in accordance with Article 3, enter into force.', 'mou'), ['shall', 'Parties', 'Article', 'enter into force']);
    assert.deepEqual(foreignWords('The Participants will meet.', 'treaty'), ['will', 'Participant']);
  });

  it('lets an MoU clause cite another instrument\'s articles and speak of human rights, but not number its own articles or grant rights', () => {
    assert.deepEqual(foreignWords('under Article 46(3)(b) of Regulation (EU) 2016/679', 'mou'), []);
    assert.deepEqual(foreignWords('as Articles 13 and 14 of Regulation (EU) 2016/679 require', 'mou'), []);
    assert.deepEqual(foreignWords('serious violations of human rights or of international humanitarian law', 'mou'), []);
    // Near misses: this instrument's own articles, and rights it would grant.
    assert.deepEqual(foreignWords('as provided in Article 3', 'mou'), ['Article']);
    assert.deepEqual(foreignWords('under Article 4 of this Memorandum', 'mou'), ['Article']);
    assert.deepEqual(foreignWords('data subjects have enforceable rights', 'mou'), ['rights']);
  });

  it('parses every clause inserted by reference and as a written body, without syntax errors', () => {
    for (const clause of clauses) {
      const body = renderClause(clause, undefined, { snippet: false });
      const text = `clause Ref from library "${clause.id}"\nclause Body "${clause.title}" """\n${body}\n"""\n`;
      const result = parse(text);
      assert.deepEqual(result.problems, [], `${clause.id} does not parse`);
      assert.equal(result.ast.clauses.length, 2, clause.id);
      assert.equal(result.ast.clauses[1].body?.value.trim(), body.trim(), `${clause.id} body changed in parsing`);
    }
  });

  it('heads every clause in the signed text without the catalogue\'s qualifiers (eighteenth red team item 14)', () => {
    // "Amendment (multilateral, acceptance by all Parties)", "Duration (indefinite)" were printed as article headings.
    const qualified = clauses.filter((c) => /[()]|\b(?:multilateral|bilateral|indefinite)\b/i.test(c.heading)).map((c) => `${c.id}: ${c.heading}`);
    assert.deepEqual(qualified, []);
    assert.equal(builtInLibrary().get('amendment/treaty-multilateral')!.heading, 'Amendment');
    assert.equal(builtInLibrary().get('amendment/treaty-multilateral')!.title, 'Amendment (multilateral, acceptance by all Parties)');
  });

  it('takes the title as the heading when a team clause gives none, and refuses a heading that is not text', () => {
    const team = (extra: object) => parseLibraryFile(JSON.stringify({ clauses: [{ ...builtInLibrary().get('costs/mou'), origin: undefined, heading: undefined, ...extra }] }), 'team.clauses.json', 'team');
    assert.equal(team({}).clauses[0].heading, 'Costs');
    assert.equal(team({ title: 'Costs (shared)', heading: 'Costs' }).clauses[0].heading, 'Costs');
    const bad = team({ heading: '' });
    assert.deepEqual(bad.clauses, []);
    assert.match(bad.problems[0].message, /"heading" must be a non-empty string/);
  });

  it('ranks the bilateral or multilateral formula first when the instrument is known', () => {
    const library = builtInLibrary();
    assert.equal(library.forTopic('termination', 'treaty', { kind: 'treaty', multilateral: false })[0].id, 'termination/treaty');
    assert.equal(library.forTopic('termination', 'treaty', { kind: 'treaty', multilateral: true })[0].id, 'termination/treaty-denunciation');
    assert.equal(library.forTopic('costs', 'mou')[0].id, 'costs/mou');
  });
});
