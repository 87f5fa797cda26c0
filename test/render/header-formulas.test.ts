/**
 * The final-clause formulas main added to the header (subsequent entry into force, provisional
 * application, opened for signature, form, incorporation, implements / implemented by, `issued`,
 * the testimonium's originals, deposit and several signatures, renewal mode and `unless`, notice
 * minimums, open classes of parties) and the new channel, protocol, body and security-agreement
 * statements, as the signed text says them: what the statement states, in the instrument's own
 * words, and nothing more (each test has its near miss: what must not appear).
 */
import assert from 'node:assert/strict';
import { createEntenteService, type RenderedInstrument } from '../../server/src/language';
import { openSample } from './render-fixtures';

function render(text: string): { md: string; doc: RenderedInstrument } {
  const service = createEntenteService({ readFile: () => undefined });
  service.open('file:///t/main.entente', text);
  return { md: service.render('file:///t/main.entente', 'markdown')!, doc: service.renderModel('file:///t/main.entente')! };
}

const sample = (name: string) => {
  const { service, uri } = openSample(name);
  return { md: service.render(uri, 'markdown')!, doc: service.renderModel(uri)! };
};

const text = (doc: RenderedInstrument, heading: string) =>
  ([...doc.articles, ...(doc.outside?.articles ?? [])].find((a) => a.heading === heading)?.paragraphs ?? []).map((p) => (typeof p === 'string' ? p : [p.text, ...(p.items ?? [])].join(' '))).join(' ');

const treaty = (items: string) => `treaty "Agreement on Cyber Security" {\n  status binding\n  languages English\n${items}\n}\nparty EE "Republic of Estonia" { kind state }\nparty FI "Republic of Finland" { kind state }\n`;
const mou = (items: string) => `memorandum "Memorandum on Cyber Security" {\n  status non-binding\n  languages English\n${items}\n}\nparticipant EE "CERT-EE" { kind national-cert }\nparticipant FI "NCSC-FI" { kind national-cert }\n`;

describe('rendering: the final-clause formulas', () => {
  it('open classes of parties: entry into force by a qualified threshold, later States, any Party', () => {
    const { md, doc } = sample('baltic-preservation-protocol.entente');
    assert.equal(
      text(doc, 'Entry into force'),
      'This Protocol shall enter into force on the first day of the month following the expiration of a period of three months after the date on which three States, including two States Parties to the Convention signatory hereto, have expressed their consent to be bound by it. For any State that expresses its consent to be bound by this Protocol after its entry into force, this Protocol shall enter into force on the first day of the month following the expiration of a period of three months after the date of the expression of its consent to be bound.',
    );
    assert.equal(text(doc, 'Signature'), 'This Protocol shall be open for signature at Riga from 5 June 2028 until 31 December 2028.');
    // The single original is deposited in the Secretariat's archives but no depositary is designated: whether that
    // custodian receives the notification or the Parties notify each other is a blank, never a receiver guessed (lf43).
    assert.equal(text(doc, 'Denunciation'), 'Any Party may denounce this Protocol by notification addressed to \uE000[the custodian of the original, if it is to receive notifications as depositary, or the other Parties]\uE001. Denunciation shall take effect for that Party six months after receipt of the notification \uE000[by the custodian of the original, or by which of the other Parties: the first or the last to receive it]\uE001, or on such later date as the notification may specify.', 'a class is many States; no depositary is stated, so none is written, nor whose receipt counts (lr26, D11); a denunciation ends it for the denouncing Party only');
    assert.equal(text(doc, 'Application of provisions of another instrument'), 'Articles 20, 21 and 23 of the Convention shall apply, mutatis mutandis, to this Protocol.');
    // The drafter wrote the final formula in a clause: it is the formula, as written (rendered-grammar.test.ts).
    assert.ok(doc.testimonium.at(-1)!.endsWith('in English, in a single copy which shall be deposited in the archives of the Permanent International Secretariat of the Council of the Baltic Sea States.'));
    assert.deepEqual(doc.signatures, [], 'a class of States signs State by State: no block of its own');
    assert.doesNotMatch(md, /Either Party|equally authentic|Convention-Parties|Acceding-States|\.entente/);
  });

  it('an exchange of notes renders as its notes: no preamble, no letter numbered, no form or entry into force the notes state themselves, no final formula or signature block of its own', () => {
    const { md, doc } = sample('ee-fi-exchange-of-notes.entente');
    assert.equal(doc.preamble, undefined, 'no note says "Have agreed as follows:"');
    assert.deepEqual(doc.articles.slice(0, 2).map((a) => [a.num, a.heading]), [
      [undefined, 'Note No. 27/2027 from the Government of the Republic of Estonia to the Government of the Republic of Finland (Tallinn, 12 April 2027)'],
      [undefined, 'Note No. 114/2027 from the Government of the Republic of Finland to the Government of the Republic of Estonia (Tallinn, 3 May 2027)'],
    ]);
    // The proposal says it: "this Note and the Embassy's reply shall constitute an agreement between the two Governments, which shall enter into force on the date of the reply".
    assert.equal(text(doc, 'Form'), '');
    assert.equal(text(doc, 'Entry into force'), '');
    // The proposal carries the terms (`with terms`): what the header states and the notes do not is
    // printed inside it, numbered as its paragraphs, and nothing is left outside the text.
    const proposal = doc.articles[0].paragraphs.map((p) => (typeof p === 'string' ? ['', p] : [p.label ?? '', p.text]));
    // The notes speak of "each Government" and "the two Governments": so do the generated terms (exchange-designation.test.ts).
    const at = proposal.findIndex(([label, words]) => label === '7.' && words === 'Termination');
    assert.ok(at > 0, JSON.stringify(proposal));
    assert.deepEqual(proposal[at + 1], ['', 'Either Government may terminate this Agreement by notification to the other Government. Termination shall take effect three months after the date of receipt of the notification.']);
    assert.equal(doc.outside, undefined);
    assert.equal(doc.draft, undefined);
    assert.deepEqual(doc.testimonium, []);
    assert.deepEqual(doc.signatures, []);
    assert.doesNotMatch(md, /IN WITNESS WHEREOF|between the Parties\.$|Have agreed as follows|^## Article|constituted by an exchange of notes/m);
  });

  it('a political declaration is issued, has no final clauses, and names no language it does not state', () => {
    const { md, doc } = sample('cyber-stability-declaration.entente');
    assert.deepEqual(doc.testimonium, ['Issued at Tallinn on 1 September 2027.']);
    assert.deepEqual(doc.signatures, []);
    assert.equal(doc.preamble, undefined);
    assert.doesNotMatch(md, /Status|Coming into effect|Duration|\[languages|Signed at|Participants/);
  });

  it('one party notifies, provisional application until a date ends on notice, automatic renewal unless notice of at least, several signatures in duplicate', () => {
    const { md, doc } = sample('nl-us-cyber-research-agreement.entente');
    assert.match(text(doc, 'Entry into force'), /the notification by which the Government of the Kingdom of the Netherlands informs the other Party that its internal procedures/);
    assert.equal(
      text(doc, 'Provisional application'),
      'This Agreement shall be applied provisionally from the date of its signature until 31 December 2029. Either Party may end the provisional application of this Agreement by notice to the other Party; the provisional application shall end three months after the date of receipt of the notice.',
    );
    assert.match(text(doc, 'Duration'), /It shall be renewed automatically for further periods of five years, unless either Party gives notice of non-renewal at least six months before the end of the current period\./);
    assert.equal(text(doc, 'Termination'), 'Either Party may terminate this Agreement by notification to the other Party. Termination shall take effect six months after receipt of the notification, or on such later date as the notification may specify.');
    assert.equal(doc.testimonium.at(-1), 'Done at Washington on 1 June 2027 and at The Hague on 15 June 2027, in duplicate in the English language.');
    assert.doesNotMatch(md, /written notice|equally authentic|deposited/);
  });

  it('near misses: no originals, deposit, "at least" or renewal mode the header does not state', () => {
    const { doc } = render(treaty('  done at "Tallinn" on 2027-01-01\n  duration 5 years renewable\n  termination with notice of 6 months'));
    assert.equal(doc.testimonium.at(-1), 'Done at Tallinn on 1 January 2027, in the English language.');
    assert.equal(text(doc, 'Duration'), 'This Agreement shall remain in force for a period of five years. It may be renewed.');
    assert.doesNotMatch(text(doc, 'Termination'), /at least|in advance|such later date/);
  });

  it('an MoU says "will", "Participants", "come into effect"; tacit renewal unless decided otherwise is said as written', () => {
    const { md, doc } = sample('cert-letters-arrangement.entente');
    // The letters say it ("constitute an arrangement … which will come into effect on the date of your reply"): not generated again, nor the form.
    assert.equal(text(doc, 'Coming into effect'), '');
    assert.equal(text(doc, 'Form'), '');
    assert.match(md, /\n5\\. Duration\n\nThis Arrangement will remain in effect for a period of two years\. It will be renewed tacitly for further periods of two years, unless decided otherwise\.\n/);
    const { doc: drafted } = render(mou('  effect on signature'));
    assert.equal(text(drafted, 'Coming into effect'), 'This Memorandum will come into effect on the date of its signature.');
    assert.doesNotMatch(md, /\bshall\b|enter into force|IN WITNESS/);
  });

  it('an arrangement implementing a treaty, and the treaty implemented by it, cite each other by title', () => {
    const arrangement = sample('ee-lv-security-arrangement.entente');
    assert.equal(
      text(arrangement.doc, 'Basis'),
      'This Arrangement is concluded under Article 6 of the Agreement between the Republic of Estonia and the Republic of Latvia on the Exchange of Classified Cyber Threat Information. The provisions of that Agreement on its status, entry into force, duration, termination and the settlement of disputes apply to this Arrangement.',
    );
    const agreement = sample('ee-lv-classified-threat-agreement.entente');
    assert.match(text(agreement.doc, 'Implementing arrangements'), /^The Security Arrangement between the National Security Authority of Estonia and the Constitution Protection Bureau of Latvia is concluded under Article 6/);
    assert.doesNotMatch(arrangement.md + agreement.md, /\.entente/);
  });

  it('channels: hedged exchange, and above / any, exceptions to onward sharing, legends, deadlines from their clock start', () => {
    const { md } = sample('ee-lv-classified-threat-agreement.entente');
    assert.match(md, /The Parties shall endeavour to exchange threat assessments and classified information, when practical and subject to national law\./);
    assert.match(md, /Classified information of the level CONFIDENTIAL and above shall be exchanged only under/);
    assert.match(md, /Classified information of any level shall be exchanged only under/);
    assert.match(md, /prior written consent of its originator, except with the Parties' armed forces and national security services\./);
    assert.match(md, /Information shall bear a legend stating the country of origin, the conditions of release and the words ‘Releasable to EST, LVA’\./);
    // The visits' time limit is now in the arrangement's own words (as-written, lr7 defect 8); a deadline from receipt is NCIRC's.
    const arrangement = sample('ee-lv-security-arrangement.entente').md;
    assert.match(arrangement, /The requested Party shall answer a request for a visit within ten working days of its receipt\./);
    assert.match(sample('ncirc-cert-eu-arrangement.entente').md, /will acknowledge receipt of an advisory marked urgent within 24 hours of receipt\./);
    assert.doesNotMatch(md + arrangement, /when-practical|subject-to-national-law|working-days|NATOSoI/);
  });

  it('a table row with no equivalent says how the level is handled instead; the levels from … to are both said', () => {
    const { doc } = render(
      treaty(
        '  done at "Tallinn" on 2027-01-01\nsecurity-agreement GSA "General Security Agreement" between EE, FI from CONFIDENTIAL up to SECRET {\n  level SECRET equals EE "SALAJANE", FI "SALAINEN"\n  level CONFIDENTIAL equals EE "KONFIDENTSIAALNE", FI none safeguarded-as "SALAINEN"\n}',
      ).replace('\n}\nparty', '\n}\nparty'),
    );
    const rendered = JSON.stringify(doc.articles);
    assert.match(rendered, /Classified information of the levels CONFIDENTIAL to SECRET exchanged under this Agreement/);
    assert.match(rendered, /No equivalent \(safeguarded as SALAINEN\)/);
  });

  it('a protocol: the threshold in the drafter\'s words, a notifier named, a deadline from detection', () => {
    const { doc } = render(
      mou('  signed at "Tallinn" on 2027-01-01\n  effect on signature') +
        'channel Hotline between EE, FI { carries indicators }\nprotocol Major {\n  when severity high\n  threshold "an incident that disrupts an essential service"\n  notify FI by EE within 24 hours of detection via Hotline\n}\n',
    );
    const protocol = JSON.stringify(doc.articles.find((a) => a.heading === 'Notification of incidents'));
    assert.match(protocol, /For the purposes of this paragraph, an incident of high severity is an incident that disrupts an essential service\./);
    assert.match(protocol, /CERT-EE, on becoming aware of an incident that it assesses as of high severity, will notify NCSC-FI within 24 hours of detection/);
    assert.doesNotMatch(protocol, /of becoming aware of it|Hotline/);
  });

  it('a body meets at least once a year, and otherwise as agreed or on request: the minimum, then the alternatives, in words', () => {
    const { md } = sample('nl-us-cyber-research-agreement.entente');
    assert.match(md, /shall meet at least once a year, and otherwise as agreed or at the request of either Party\./);
    assert.doesNotMatch(md, /as-agreed|on-request/);
  });
});
