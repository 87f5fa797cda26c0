/**
 * What the rendered instrument says, as a treaty lawyer reads it (legal-review.md §2.3–2.4):
 * a non-binding MoU says so; a treaty states consent to be bound and entry into force in treaty
 * words; every header fact is a sentence (no "Registration: article-102."); the preamble names
 * the parties; the final formula counts the originals and languages; a signature block per
 * party; duties have a duty-bearer; a Convention's channel is "the Parties", not a closed list;
 * an invalid value is a visible placeholder; a draft with errors says DRAFT.
 */
import assert from 'node:assert/strict';
import { createEntenteService, type RenderedInstrument } from '../../server/src/language';
import { openSample } from './render-fixtures';

function render(text: string, files: Record<string, string> = {}): { md: string; doc: RenderedInstrument } {
  const service = createEntenteService({ readFile: (uri) => files[uri.replace('file:///t/', '')] });
  service.open('file:///t/main.entente', text);
  return { md: service.render('file:///t/main.entente', 'markdown')!, doc: service.renderModel('file:///t/main.entente')! };
}

const sample = (name: string) => {
  const { service, uri } = openSample(name);
  return { md: service.render(uri, 'markdown')!, doc: service.renderModel(uri)! };
};

const article = (doc: RenderedInstrument, heading: string) => doc.articles.find((a) => a.heading === heading);
const text = (doc: RenderedInstrument, heading: string) => (article(doc, heading)?.paragraphs ?? []).map((p) => (typeof p === 'string' ? p : [p.text, ...(p.items ?? [])].join(' '))).join(' ');

describe('rendering: what the instrument says', () => {
  describe('the samples', () => {
    it('the CERT MoU states that it is not legally binding, in MoU words, and is signed, not done', () => {
      const { md, doc } = sample('cert-cert-mou.entente');
      assert.match(text(doc, 'Status'), /It is not intended to be legally binding and does not create any legally binding commitment under international or domestic law\./);
      assert.match(md, /Have reached the following understanding:/);
      assert.match(text(doc, 'Coming into effect'), /will come into effect on the date of its signature/);
      assert.deepEqual(doc.testimonium, ['Signed at Tallinn on 1 March 2027, in duplicate, in the English, Estonian and Finnish languages, all three texts being equally valid. In case of any divergence of interpretation, the English text will prevail.']);
      assert.doesNotMatch(md, /\bshall\b|\bParties\b|enter into force|Article \d|authentic|Done at/);
    });

    it('the Convention has its consent, entry-into-force, depositary, reservations and registration articles in treaty words', () => {
      const { md, doc } = sample('baltic-cyber-convention.entente');
      assert.equal(doc.self, 'Convention');
      assert.match(text(doc, 'Consent to be bound'), /open for signature by the Republic of Estonia, .* from 23 September 2027\..*subject to ratification, acceptance or approval.*accede to it/);
      assert.match(text(doc, 'Entry into force'), /shall enter into force on the ninetieth day following the date of deposit of the third instrument of ratification, acceptance, approval or accession/);
      assert.match(text(doc, 'Denunciation'), /denounce this Convention by means of a written notification addressed to the Depositary.*twelve months/);
      assert.match(text(doc, 'Depositary'), /The Director General of the Permanent International Secretariat of the Council of the Baltic Sea States shall be the Depositary of this Convention\./);
      assert.match(text(doc, 'Reservations'), /No reservation may be made to this Convention except as follows: only those provided for in Article 14/);
      assert.match(text(doc, 'Registration'), /The Depositary shall register this Convention with the Secretariat of the United Nations, in accordance with Article 102 of the Charter/);
      assert.match(doc.testimonium.join(' '), /Done at Stockholm on 23 September 2027, in a single original in the English language, which shall be deposited in the archives of the Depositary\./);
      assert.doesNotMatch(md, /this Agreement|take effect|remain in effect|Differences|Registration: |Reservations: |Depositary: |Governing law|in the English languages/);
    });

    it("the Convention's channel, exercise and protocol speak of the Parties, not a closed list of States", () => {
      const { doc } = sample('baltic-cyber-convention.entente');
      assert.match(text(doc, 'Exchange of information'), /^The Parties shall exchange incident reports/);
      assert.match(text(doc, 'Joint exercise'), /The Republic of Lithuania shall lead a joint exercise every two years with the participation of the other Parties\./);
      assert.match(text(doc, 'Notification of incidents'), /A Party that becomes aware of a Cross-Border Incident that it assesses as of high severity shall notify the other Parties within 24 hours of becoming aware of it through the channel referred to in Article 2\./);
    });

    it('the bilateral treaty: preamble, consent by ratification, entry into force after notifications, testimonium in duplicate, a block per Party', () => {
      const { doc } = sample('ee-fi-cyber-defence-agreement.entente');
      assert.equal(doc.preamble?.parties, 'The Republic of Estonia and the Republic of Finland, hereinafter referred to as “the Parties”,');
      assert.equal(doc.preamble?.formula, 'Have agreed as follows:');
      assert.match(text(doc, 'Consent to be bound'), /This Agreement is subject to ratification in accordance with the constitutional requirements of each Party\./);
      assert.match(text(doc, 'Entry into force'), /shall enter into force on the thirtieth day following the date of receipt of the later of the written notifications/);
      assert.deepEqual(doc.testimonium, [
        'IN WITNESS WHEREOF the undersigned, being duly authorised thereto, have signed this Agreement.',
        'Done at Helsinki on 14 June 2027, in duplicate, in the Estonian, Finnish and English languages, all three texts being equally authentic. In case of divergence of interpretation, the English text shall prevail.',
      ]);
      assert.deepEqual(doc.signatures.map((s) => s.for), ['For the Republic of Estonia', 'For the Republic of Finland']);
      assert.equal(article(doc, 'Applicable law'), undefined, 'a treaty does not say "Governing law: international."');
    });

    it('renders the security agreement by its title with its equivalence table, and the channel cites it by title', () => {
      const { doc } = sample('ee-fi-cyber-defence-agreement.entente');
      const gsa = article(doc, 'Protection of classified information')!;
      const table = gsa.paragraphs.find((p) => typeof p !== 'string' && p.table);
      assert.ok(table && typeof table !== 'string');
      assert.deepEqual(table.table!.rows.map((r) => r.join(' | ')), ['RESTRICTED | PIIRATUD | KÄYTTÖ RAJOITETTU', 'CONFIDENTIAL | KONFIDENTSIAALNE | LUOTTAMUKSELLINEN', 'SECRET | SALAJANE | SALAINEN']);
      assert.match(text(doc, 'Exchange of classified information'), /protected in accordance with, the Agreement between the Government of the Republic of Estonia and the Government of the Republic of Finland on the Mutual Protection of Classified Information\./);
    });

    it('an MoU only notes the equivalence its binding security agreement sets', () => {
      const { doc } = sample('ncirc-cert-eu-arrangement.entente');
      assert.match(text(doc, 'Protection of classified information'), /The Participants note that, under that agreement, the security classifications correspond as follows:/);
    });

    it('the faulty draft is marked DRAFT with its count, and shows its invalid date and prevailing language as placeholders', () => {
      const { md, doc } = sample('review-me.entente');
      assert.match(doc.draft?.label ?? '', /^DRAFT — \d+ unresolved problems \(\d+ errors, \d+ warnings\)$/);
      assert.match(md, /^> \*\*DRAFT — /);
      assert.match(doc.testimonium[0], /Signed at Washington on \uE000\[date of signature\]\uE001/);
      assert.match(doc.testimonium[0], /the \uE000\[prevailing language, one of the languages of the text\]\uE001 text will prevail/);
      assert.match(text(doc, 'Notification of incidents'), /refer the incident to the \uE000\[name of the governance body\]\uE001/);
      assert.match(text(doc, 'Exchange of information marked TLP:RED'), /\uE000\[point of contact of the Estonian Information System Authority \(CERT-EE\)\]\uE001/);
    });

    it('a clean sample is not marked DRAFT', () => {
      assert.equal(sample('cert-cert-mou.entente').doc.draft, undefined);
    });
  });

  describe('header facts as clauses', () => {
    const treaty = (header: string, parties = 'party EE "Republic of Estonia"\nparty FI "Republic of Finland"\n') => render(`treaty "Agreement on Cyber Defence" {\n  status binding\n${header}\n}\n${parties}`).doc;

    it('consent by signature, by notification; entry into force on signature and on a date', () => {
      assert.match(text(treaty('consent by signature'), 'Consent to be bound'), /^The consent of each Party to be bound by this Agreement shall be expressed by its signature\.$/);
      assert.match(text(treaty('consent by notification'), 'Consent to be bound'), /^Each Party shall express its consent to be bound by this Agreement by written notification/);
      assert.equal(text(treaty('effect on signature'), 'Entry into force'), 'This Agreement shall enter into force on the date of its signature.');
      assert.equal(text(treaty('effect on 2028-01-01'), 'Entry into force'), 'This Agreement shall enter into force on 1 January 2028.');
      assert.match(text(treaty('effect on 2028-02-30'), 'Entry into force'), /\[date of entry into force\]/);
    });

    it('duration with renewal takes the notice from the termination clause, or shows a placeholder', () => {
      assert.match(text(treaty('duration 5 years renewable\n  termination with notice of 6 months'), 'Duration'), /remain in force for a period of five years.*successive periods of five years.*at least six months before/);
      assert.match(text(treaty('duration 5 years renewable'), 'Duration'), /at least \uE000\[period of notice of non-renewal\]\uE001 before/);
    });

    it('amendment by notification is a sentence with a procedure, not "amended by notification"', () => {
      const said = text(treaty('amendment by notification'), 'Amendment');
      assert.match(said, /mutual written consent of the Parties, expressed in an exchange of notifications/);
    });

    it('disputes by arbitration before a forum name the forum; without one the arbitral procedure is spelt out', () => {
      assert.match(text(treaty('disputes by negotiation, arbitration "Permanent Court of Arbitration"'), 'Settlement of disputes'), /submitted to arbitration before the Permanent Court of Arbitration\./);
      assert.match(text(treaty('disputes by arbitration'), 'Settlement of disputes'), /arbitral tribunal of three members/);
    });

    it('registration none and governing law international say nothing; a domestic law is a sentence', () => {
      assert.equal(article(treaty('registration none'), 'Registration'), undefined);
      assert.equal(article(treaty('governing law international'), 'Applicable law'), undefined);
      assert.equal(text(render('memorandum "M" { status non-binding governing law "the law of Estonia" }\nparticipant A "A"\nparticipant B "B"\n').doc, 'Applicable law'), 'This Memorandum will be interpreted in accordance with the law of Estonia.');
    });

    it('a header fact already covered by a clause of the document is not said twice', () => {
      const doc = render('memorandum "M" { status non-binding disputes by consultation }\nparticipant A "A"\nparticipant B "B"\nclause Disputes from library "disputes/mou"\n').doc;
      assert.equal(doc.articles.filter((a) => /differences/i.test(a.heading)).length, 1);
    });

    it('a status left undetermined is a placeholder, not silence', () => {
      assert.match(text(render('arrangement "A" { status undetermined }\nparticipant A "A"\nparticipant B "B"\n').doc, 'Status'), /\[statement of whether this Arrangement is legally binding\]/);
    });
  });

  describe('names, placeholders and the final formula', () => {
    it('a party without a name is a placeholder in the preamble and its signature block, never its id', () => {
      const { md, doc } = render('memorandum "M" { status non-binding signed at "Riga" on 2027-01-01 languages English }\nparticipant LV\nparticipant EE "Estonia"\n');
      assert.equal(doc.signatures[0].for, 'For \uE000[name of the first Participant]\uE001');
      assert.doesNotMatch(md, /\bLV\b/);
      assert.match(doc.testimonium[0], /^Signed at Riga on 1 January 2027, in duplicate, in the English language\.$/);
    });

    it('a protocol names its duty-bearer and the recipients; a report and a referral follow the notification', () => {
      const { doc } = render(`memorandum "M" { status non-binding }
participant A "Agency A" { contact Desk "Desk A" available 24/7 }
participant B "Agency B"
channel Line between A, B { carries indicators }
body Board "Joint Board" members A, B
protocol P { when severity high notify A, B within 24 hours via Line report final within 1 month escalate to Board within 48 hours }
`);
      const said = text(doc, 'Notification of incidents');
      assert.match(said, /^A Participant that becomes aware of an incident that it assesses as of high severity will notify the other Participant within 24 hours of becoming aware of it through the channel referred to in paragraph 1\./);
      assert.match(said, /The notifying Participant will provide a final report within one month of the notification\./);
      assert.match(said, /The notifying Participant will refer the incident to the Joint Board within 48 hours of the notification\./);
      assert.doesNotMatch(said, /be notified|severity is/);
    });

    it('three signatories sign in triplicate; a multilateral treaty without depositary shows one as a placeholder', () => {
      const mou = render('memorandum "M" { status non-binding languages English }\nparticipant A "A"\nparticipant B "B"\nparticipant C "C"\n').doc;
      assert.match(mou.testimonium[0], /in triplicate/);
      const convention = render('treaty "Convention X" { status binding languages English, French authentic }\nparty A "A"\nparty B "B"\nparty C "C"\n').doc;
      assert.match(convention.testimonium[1], /in a single original in the English and French languages, both texts being equally authentic, which shall be deposited in the archives of \uE000\[depositary\]\uE001/);
    });
  });
});
