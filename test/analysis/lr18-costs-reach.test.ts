/**
 * lr18, D2 and D3: what settles the costs of a cooperation is read for what it reaches.
 *
 * D2: a gratuity ("without cost") covers what its sentence gives. A licence given without cost
 * beside joint development and the hosting of developers leaves those unallocated: the finding
 * stays and quotes the gratuity as a partial allocation, with no library clause. NL–US 1960
 * para. 7 (everything the cooperation is, given "without cost" and "royalty-free") stays exempt.
 *
 * D3: "the contributions of each Party" are a funding allocation only where the sentence says they
 * are financial ("the nature and amounts of the contributions to be made by each Government",
 * NL–US 1960 para. 8). "agree on the contributions of each Party to the … report" allocates nothing.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { repoText } from '../helpers/fix-review';

const header = `treaty "Agreement between the Republic of Estonia and the Republic of Finland on Cyber Security Cooperation" {
  status binding
  languages English authentic
  effect on signature
  duration indefinite
  termination with notice of 3 months
  amendment by exchange of notes
  disputes by negotiation
  registration article-102
}
party EE "The Republic of Estonia" { kind state jurisdiction EE }
party FI "The Republic of Finland" { kind state jurisdiction FI }
`;
const transfer = (description: string) => `technology-transfer Tools from EE to FI {\n  activities joint-development\n  description "${description}"\n}\n`;
const exercise = 'exercise Drill annually led by EE with FI {\n  scope "a technical live-fire exercise on the Estonian cyber range, with teams of both Parties on site for two weeks"\n  first 2027-11-03\n}\n';
const clause = (words: string) => `clause Info "Article 3" """\n  ${words}\n"""\n`;
const costs = (text: string) => diagnose(text).filter((d) => d.code === 'missing-costs');

describe('lr18, D2: a gratuity covers the activity its sentence gives', () => {
  it('a licence without cost beside joint development and hosting: the finding stays, quoting the gratuity, with no clause', () => {
    const found = costs(header + transfer('Estonia will provide to Finland without cost licences for its incident analysis software; the Parties will jointly develop new modules, hosting developers of the other Party for up to six months'));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.match(found[0].message, /^The text already allocates some payments \("without cost"\) but not who bears the costs of technology-transfer Tools/u);
    assert.deepEqual((found[0].fixes ?? []).filter((f) => /costs/iu.test(f.title)).length, 0);
  });
  it('near miss: the whole transfer given without cost, nothing else done: exempt', () => {
    assert.deepEqual(costs(header + transfer('Estonia will provide to Finland without cost licences for its incident analysis software, and the documentation needed to use it.')), []);
  });
  it('near miss: a second sentence that does nothing costly does not undo the gratuity', () => {
    assert.deepEqual(costs(header + transfer('Estonia will provide to Finland without cost licences for its incident analysis software. The software shall be used for defence purposes only.')), []);
  });
  it('NL–US 1960 para. 7 stays exempt (the real file has no missing-costs)', () => {
    assert.deepEqual(costs(repoText('test/real-instruments/nl-us-weapons-production-notes-1960.entente')), []);
  });
});

describe('lr18, D3: contributions settle costs only where they are financial', () => {
  it('"agree on the contributions of each Party to the annual joint threat assessment report": the exercise is still asked', () => {
    const found = costs(header + exercise + clause('The Parties shall agree on the contributions of each Party to the annual joint threat assessment report.'));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /^Say who bears the costs of exercise Drill/u);
  });
  it('near miss: "the nature and amounts of the contributions of each Party" to the exercise settle it', () => {
    assert.deepEqual(costs(header + exercise + clause('The Parties shall agree on the nature and amounts of the contributions of each Party to each exercise.')), []);
  });
  it('near miss: the financial context in another sentence of the same clause does not count', () => {
    const found = costs(header + exercise + clause('The Parties shall agree on the contributions of each Party to the annual report. The report shall describe the financial sector.'));
    assert.equal(found.length, 1);
  });
});
