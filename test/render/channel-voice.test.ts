/**
 * Every sentence of a channel's article says what the channel says, as strongly and in the
 * direction it runs: the deadline, the purpose, the classification, the contacts and the breach
 * sentences, not the undertaking alone (treaty lawyer lr7, 2026-12-05, defect 1: after "The
 * Republic of Latvia may provide …", "The Parties shall provide the information requested within
 * ten working days of the request"). Near misses: a `shall` channel keeps its duty, a mutual one
 * its "exchange".
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';

const treaty = 'treaty "Agreement" {\n  status binding\n}\nparty EE "the Republic of Estonia" { kind state\n  contact Desk "Desk" email "a@b.ee" }\nparty LV "the Republic of Latvia" { kind state\n  contact Desk "Desk" email "a@b.lv" }\n';
const three = `${treaty}party FI "the Republic of Finland" { kind state }\n`;
const mou = 'memorandum "MoU" {\n  status non-binding\n}\nparticipant EE "CERT-EE"\nparticipant LV "CERT.LV"\n';
const mou3 = `${mou}participant FI "NCSC-FI"\n`;

function article(channelLines: string, head = treaty, members = 'EE, LV'): string[] {
  const service = createEntenteService({ readFile: () => undefined });
  const uri = 'file:///t/voice.entente';
  service.open(uri, `${head}channel Intel between ${members} {\n${channelLines}}\n`);
  const doc = service.renderModel(uri)!;
  const articles = [...doc.articles, ...(doc.outside?.articles ?? [])].filter((a) => /information$/i.test(a.heading ?? ''));
  assert.equal(articles.length, 1, articles.map((a) => a.heading).join(', '));
  return articles[0].paragraphs.map((p) => (typeof p === 'string' ? p : p.text));
}

const deadline = '  deadline "provide the information requested" within 10 working-days of request\n';

describe('a channel\'s article follows its modality and direction in every sentence (treaty lawyer lr7)', () => {
  it('a deadline on a `may` channel with `from` binds only a sender that provides (lr7 d/t4)', () => {
    const text = article(`  from LV\n  modality may\n  carries subscriber-information\n  exchange on-request\n${deadline}`);
    assert.equal(text[0], 'The Republic of Latvia may provide subscriber information to the Republic of Estonia, on request.');
    assert.equal(text[1], 'Where the Republic of Latvia provides the information requested, it shall do so within ten working days of the request.');
    assert.ok(!text.some((p) => /The Parties shall/.test(p)), text.join('\n'));
  });

  it('`shall-endeavour` and `may` without `from`: "Where a Party provides …"; in an MoU "a Participant … will"', () => {
    assert.equal(article(`  modality shall-endeavour\n  carries threat-assessments\n${deadline}`)[1], 'Where a Party provides the information requested, it shall do so within ten working days of the request.');
    assert.equal(article(`  modality may\n  carries threat-assessments\n${deadline}`)[1], 'Where a Party provides the information requested, it shall do so within ten working days of the request.');
    assert.equal(article(`  modality may\n  carries threat-assessments\n${deadline}`, mou)[1], 'Where a Participant provides the information requested, it will do so within ten working days of the request.');
    // A value outside the set binds nobody: the blank, never a duty.
    assert.match(article(`  modality must\n  carries threat-assessments\n${deadline}`)[1], /^Where a Party provides the information requested, it shall do so/);
  });

  it('several senders: either of them; a verb phrase that cannot be bent stays whole after "provides information"', () => {
    assert.equal(article(`  from EE, LV\n  modality may\n  carries indicators\n${deadline}`, three, 'EE, LV, FI')[1], 'Where the Republic of Estonia or the Republic of Latvia provides the information requested, it shall do so within ten working days of the request.');
    assert.equal(article('  modality may\n  carries indicators\n  deadline "not disclose the request" within 10 working-days of request\n')[1], 'Where a Party provides information under this Article, it shall not disclose the request within ten working days of the request.');
  });

  it('near miss: `shall` keeps the duty, of the sender `from` names, or of the Parties as before', () => {
    assert.equal(article(`  from LV\n  modality shall\n  carries subscriber-information\n${deadline}`)[1], 'The Republic of Latvia shall provide the information requested within ten working days of the request.');
    assert.equal(article(`  carries subscriber-information\n${deadline}`)[1], 'The Parties shall provide the information requested within ten working days of the request.');
    // Between two of three Parties, the two by name, never "the Parties" nor "a Party".
    assert.equal(article(`  carries subscriber-information\n${deadline}`, three)[1], 'The Republic of Estonia and the Republic of Latvia shall provide the information requested within ten working days of the request.');
    assert.match(article(`  modality may\n  carries subscriber-information\n${deadline}`, three)[1], /^Where the Republic of Estonia or the Republic of Latvia provides the information requested, it shall do so/);
    assert.equal(article(`  modality shall\n  carries subscriber-information\n  deadline "answer a request for a visit" within 10 working-days of receipt\n`)[1], 'The Parties shall answer a request for a visit within ten working days of receipt.');
  });

  it('a duty of the receiving side is the receivers\': "acknowledge receipt", "inform the originating Party" (lr7 d/m1; ee-lv Art. 6(5))', () => {
    const acknowledge = '  deadline "acknowledge receipt" within 24 hours of receipt\n';
    assert.equal(article(`  from EE, FI\n  modality may\n  carries indicators\n${acknowledge}`, mou3, 'EE, LV, FI')[1], 'CERT.LV will acknowledge receipt within 24 hours of receipt.');
    assert.equal(article(`  from EE\n  carries indicators\n${acknowledge}`, mou3, 'EE, LV, FI')[1], 'The receiving Participant will acknowledge receipt within 24 hours of receipt.');
    assert.equal(article('  modality shall-endeavour\n  carries indicators\n  deadline "inform the originating Party of any unauthorised disclosure of an alert" immediately\n')[1], 'The receiving Party shall inform the originating Party of any unauthorised disclosure of an alert immediately.');
    // Near miss: confirming receipt of a request is the requested side's, the side that provides (TIEA Art. 5(6)).
    assert.equal(article('  from LV\n  carries indicators\n  deadline "confirm receipt of a request" within 60 days of receipt\n')[1], 'The Republic of Latvia shall confirm receipt of a request within 60 days of receipt.');
  });

  it('one way: "Information provided under this Article", "points of contact under this Article"; mutual: "exchanged", "for this exchange" (near miss)', () => {
    const lines = '  carries indicators\n  purpose "network defence"\n  classification SECRET\n  contacts EE.Desk, LV.Desk\n  breach procedure "as set out in Article 9"\n';
    const oneWay = article(`  from EE\n  modality may\n${lines}`).join('\n');
    assert.match(oneWay, /Information provided under this Article shall be used only for the purpose of network defence\./);
    assert.match(oneWay, /Classified information up to and including SECRET shall be provided only under/);
    assert.match(oneWay, /The points of contact under this Article are/);
    assert.match(oneWay, /information provided under this Article shall be dealt with as set out in Article 9/);
    assert.doesNotMatch(oneWay, /exchange/);
    const mutual = article(lines).join('\n');
    assert.match(mutual, /Information exchanged under this Article shall be used only/);
    assert.match(mutual, /shall be exchanged only under/);
    assert.match(mutual, /The points of contact for this exchange are/);
  });

  it('`as-written`: nothing after the text\'s own words, not even its declared hedges (lr7 defect 3); the hedge stays for the checks', () => {
    const words = 'States Parties shall cooperate closely with one another, consistent with their respective domestic legal and administrative systems, to enhance the effectiveness of law enforcement action (Article 48(1))';
    const text = article(`  modality as-written\n  carries indicators\n  exchange subject-to-national-law "${words}"\n`);
    assert.deepEqual(text, [`${words}.`]);
    assert.ok(!text.some((p) => /Terms of the exchange|subject to national law/.test(p)));
    // Near miss: a generated sentence still carries the hedges.
    assert.equal(article('  modality may\n  carries indicators\n  exchange subject-to-national-law\n')[0], 'The Parties may exchange indicators of compromise, subject to national law.');
  });
});
