/**
 * What the rendered instrument says, as a treaty lawyer reads it (legal-review.md §2.3–2.4):
 * a non-binding MoU says so; a treaty states consent to be bound and entry into force in treaty
 * words; every header fact is a sentence (no "Registration: article-102."); the preamble names
 * the parties; the final formula names the languages; a signature block per
 * party; nothing the header does not state (no invented originals, depositary functions,
 * arbitral tribunals or "equally authentic"); duties have a duty-bearer; a Convention's channel is "the Parties", not a closed list;
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
      assert.deepEqual(doc.testimonium, ['Signed at Tallinn on 1 March 2027, in the English, Estonian and Finnish languages, all three texts being equally valid. In case of any divergence of interpretation, the English text will prevail.']);
      assert.doesNotMatch(md, /\bshall\b|\bParties\b|enter into force|Article \d|authentic|Done at/);
    });

    it('with two security agreements, each article puts under its agreement only the information of the channel exchanged under it', () => {
      // "Classified information exchanged under this Agreement" in both articles put all of it
      // under both agreements at once, contradicting the channels' own articles.
      const { doc } = sample('ee-lv-classified-threat-agreement.entente');
      const protection = doc.articles.filter((a) => a.heading === 'Protection of classified information').map((a) => String(a.paragraphs[0]));
      assert.equal(protection.length, 2);
      assert.match(protection[0], /^Classified information of the levels CONFIDENTIAL to SECRET exchanged through the channel referred to in Article 4 shall be protected in accordance with the Agreement between the Republic of Estonia and the Republic of Latvia/);
      assert.match(protection[1], /^Classified information exchanged through the channel referred to in Article 5 shall be protected in accordance with the Agreement between the Parties to the North Atlantic Treaty/);
      const channels = doc.articles.filter((a) => a.heading === 'Exchange of classified information').map((a) => a.paragraphs.map(String).join(' '));
      assert.match(channels[0], /protected in accordance with, the Agreement between the Republic of Estonia and the Republic of Latvia/);
      assert.match(channels[1], /protected in accordance with, the Agreement between the Parties to the North Atlantic Treaty/);
    });

    it('the Convention has its consent, entry-into-force, depositary, reservations and registration articles in treaty words', () => {
      const { md, doc } = sample('baltic-cyber-convention.entente');
      assert.equal(doc.self, 'Convention');
      assert.equal(text(doc, 'Consent to be bound'), 'The consent of each signatory State to be bound by this Convention shall be expressed by ratification, acceptance or approval. The consent of a State that has not signed this Convention to be bound by it shall be expressed by accession.');
      // `effect 90 days after last ratification by 3 parties`: ratification is what counts, not the other means.
      // `subsequently 30 days after consent-to-be-bound or on entry-into-force whichever is later` (UNCAC Art. 68(2)'s
      // rule, "ratifying, accepting, approving or acceding"): every later consent. Counted from ratification alone, it
      // would speak of the States that ratify only (r102, defect 1), and the others' date would be a blank (lg47).
      assert.equal(
        text(doc, 'Entry into force'),
        'This Convention shall enter into force on the ninetieth day following the date of deposit of the third instrument of ratification. For each State that expresses its consent to be bound by this Convention after the date of deposit of the third instrument of ratification, this Convention shall enter into force on the thirtieth day following the date of the expression of its consent to be bound or on the date this Convention enters into force in accordance with the preceding paragraph, whichever is later.',
      );
      assert.equal(text(doc, 'Denunciation'), 'Any Party may denounce this Convention by notification addressed to the Depositary. Denunciation shall take effect for that Party twelve months after the date of receipt of the notification.');
      assert.match(text(doc, 'Depositary'), /The Director General of the Permanent International Secretariat of the Council of the Baltic Sea States shall be the Depositary of this Convention\./);
      assert.equal(text(doc, 'Depositary'), 'The Director General of the Permanent International Secretariat of the Council of the Baltic Sea States shall be the Depositary of this Convention.', 'no functions the header does not state');
      assert.match(text(doc, 'Reservations'), /^The only reservations that may be made to this Convention are those provided for in Article 6, paragraph 1 \(hours of the 24\/7 Network\) and paragraph 2/);
      assert.equal(text(doc, 'Registration'), 'This Convention shall be registered with the Secretariat of the United Nations in accordance with Article 102 of the Charter of the United Nations.');
      // The header states no number of originals and no place of deposit: the formula says neither.
      assert.equal(doc.testimonium.join(' '), 'IN WITNESS WHEREOF the undersigned, being duly authorised thereto, have signed this Convention. Done at Stockholm on 23 September 2027, in the English language.');
      assert.equal(text(doc, 'Applicable law'), 'This Convention shall be governed by international law.');
      assert.doesNotMatch(md, /this Agreement|remain in effect|Differences|Registration: |Reservations: |Depositary: |Governing law|in the English languages|single original|certified copies/);
    });

    it("the Convention's channel, exercise and protocol speak of the Parties, not a closed list of States", () => {
      const { doc } = sample('baltic-cyber-convention.entente');
      assert.match(text(doc, 'Exchange of information'), /^The Parties shall exchange incident reports/);
      assert.match(text(doc, 'Joint exercise'), /The Republic of Lithuania shall lead a joint exercise every two years with the participation of the other Parties\./);
      assert.match(text(doc, 'Notification of incidents'), /A Party that becomes aware of a Cross-Border Incident that it assesses as of high severity shall notify the other Parties within 24 hours of becoming aware of it through the channel referred to in Article 2\./);
    });

    it('the bilateral treaty: preamble, consent by ratification, entry into force after the last notification, testimonium, a block per Party', () => {
      const { doc } = sample('ee-fi-cyber-defence-agreement.entente');
      assert.equal(doc.preamble?.parties, 'The Republic of Estonia and the Republic of Finland, hereinafter referred to as “the Parties”,');
      assert.equal(doc.preamble?.formula, 'Have agreed as follows:');
      assert.equal(text(doc, 'Consent to be bound'), 'The consent of each Party to be bound by this Agreement shall be expressed by ratification.');
      assert.equal(text(doc, 'Entry into force'), 'This Agreement shall enter into force on the thirtieth day following the date of receipt of the last of the notifications by which the Parties inform each other that their internal procedures required for its entry into force have been completed.');
      assert.equal(text(doc, 'Termination'), 'Either Party may terminate this Agreement by notification to the other Party. Termination shall take effect six months after the date of receipt of the notification.');
      assert.deepEqual(doc.testimonium, [
        'IN WITNESS WHEREOF the undersigned, being duly authorised thereto, have signed this Agreement.',
        'Done at Helsinki on 14 June 2027, in the Estonian, Finnish and English languages, all three texts being equally authentic. In case of divergence of interpretation, the English text shall prevail.',
      ]);
      assert.deepEqual(doc.signatures.map((s) => s.for), ['For the Republic of Estonia', 'For the Republic of Finland']);
      assert.equal(text(doc, 'Applicable law'), 'This Agreement shall be governed by international law.', 'a header statement is never dropped, nor written "Governing law: international."');
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
      assert.match(doc.draft?.label ?? '', /^DRAFT — \d+ unresolved problems \(\d+ errors, \d+ warnings\); \d+ blanks to fill$/);
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
      assert.equal(text(treaty('consent by signature'), 'Consent to be bound'), 'The consent of each Party to be bound by this Agreement shall be expressed by signature.');
      assert.equal(text(treaty('consent by notification'), 'Consent to be bound'), 'The consent of each Party to be bound by this Agreement shall be expressed by notification.');
      assert.equal(text(treaty('effect on signature'), 'Entry into force'), 'This Agreement shall enter into force on the date of its signature.');
      assert.equal(text(treaty('effect on 2028-01-01'), 'Entry into force'), 'This Agreement shall enter into force on 1 January 2028.');
      assert.match(text(treaty('effect on 2028-02-30'), 'Entry into force'), /\[date of entry into force\]/);
      // Not "through diplomatic channels", not "the later of the written notifications" unless `last` says so.
      assert.equal(text(treaty('effect 30 days after notification'), 'Entry into force'), 'This Agreement shall enter into force on the thirtieth day following the date of receipt of the notification by which the Parties inform each other that their internal procedures required for its entry into force have been completed.');
    });

    it('an MoU comes into effect on the date stated, with no "whichever is later" the header does not say', () => {
      const doc = render('memorandum "M" { status non-binding effect on 2027-05-01 }\nparticipant A "A"\nparticipant B "B"\n').doc;
      assert.equal(text(doc, 'Coming into effect'), 'This Memorandum will come into effect on 1 May 2027.');
    });

    it('a renewable term may be renewed; automatic renewal and notice of non-renewal are not invented', () => {
      const said = text(treaty('duration 5 years renewable\n  termination with notice of 6 months'), 'Duration');
      // No renewal period the header does not declare (r106 D3): the term is not repeated as one.
      assert.equal(said, 'This Agreement shall remain in force for a period of five years. It may be renewed.');
      assert.equal(text(treaty('duration 5 years renewable for 2 years'), 'Duration'), 'This Agreement shall remain in force for a period of five years. It may be renewed for further periods of two years.');
      assert.equal(text(treaty('duration 5 years'), 'Duration'), 'This Agreement shall remain in force for a period of five years.');
    });

    it('termination says who may end it, to whom notice goes and when it takes effect, nothing of its consequences', () => {
      const mou = render('memorandum "M" { status non-binding discontinue with notice of 3 months }\nparticipant A "A"\nparticipant B "B"\n').doc;
      assert.equal(text(mou, 'Discontinuation'), 'Either Participant may discontinue this Memorandum by notice to the other Participant. Discontinuation will take effect three months after the date of receipt of the notice.');
      const three = 'party A "Republic of A"\nparty B "Republic of B"\nparty C "Republic of C"\n';
      assert.equal(text(treaty('withdrawal with notice of 6 months', three), 'Withdrawal'), 'Any Party may withdraw from this Agreement by notification to the other Parties. Withdrawal shall take effect for that Party six months after the date of receipt of the notification \uE000[by which of the other Parties: the first or the last to receive it]\uE001.');
      assert.match(text(treaty('denunciation with notice of 6 months\n  depositary "Secretary-General of the United Nations"', three), 'Denunciation'), /^Any Party may denounce this Agreement by notification addressed to the Depositary\./);
    });

    it('amendment follows the procedure named and no other', () => {
      assert.equal(text(treaty('amendment by ratification'), 'Amendment'), 'Amendments to this Agreement shall be subject to ratification.');
      assert.equal(text(treaty('amendment by written agreement'), 'Amendment'), 'This Agreement may be amended by written agreement of the Parties.');
      assert.equal(text(render('memorandum "M" { status non-binding amendment by written decision }\nparticipant A "A"\nparticipant B "B"\n').doc, 'Amendment'), 'This Memorandum may be amended by written decision of the Participants.');
    });

    it('disputes go to the means and forum named; no arbitral tribunal is composed that the header does not compose', () => {
      assert.equal(text(treaty('disputes by negotiation, arbitration "Permanent Court of Arbitration"'), 'Settlement of disputes'), 'Any dispute between the Parties concerning the interpretation or application of this Agreement shall be settled by negotiation. A dispute that cannot be so settled shall be submitted to arbitration before the Permanent Court of Arbitration.');
      assert.equal(text(treaty('disputes by arbitration'), 'Settlement of disputes'), 'Any dispute between the Parties concerning the interpretation or application of this Agreement shall be submitted to arbitration.');
      const mou = render('memorandum "M" { status non-binding disputes by consultation }\nparticipant A "A"\nparticipant B "B"\n').doc;
      assert.equal(text(mou, 'Settlement of differences'), 'Any difference arising from the interpretation or implementation of this Memorandum will be settled by consultation between the Participants.');
    });

    it('registration none says nothing; article-102 says nothing of who registers; governing law is said as stated', () => {
      assert.equal(article(treaty('registration none'), 'Registration'), undefined);
      assert.equal(text(treaty('registration article-102'), 'Registration'), 'This Agreement shall be registered with the Secretariat of the United Nations in accordance with Article 102 of the Charter of the United Nations.');
      assert.equal(text(treaty('governing law international'), 'Applicable law'), 'This Agreement shall be governed by international law.');
      assert.equal(text(render('memorandum "M" { status non-binding governing law "the law of Estonia" }\nparticipant A "A"\nparticipant B "B"\n').doc, 'Applicable law'), 'This Memorandum will be governed by the law of Estonia.');
    });

    it('reservations and the depositary: the sentence the header states, no functions or timing added', () => {
      assert.equal(text(treaty('reservations none'), 'Reservations'), 'No reservations may be made to this Agreement.');
      assert.equal(text(treaty('reservations permitted'), 'Reservations'), 'Reservations may be made to this Agreement.');
      assert.equal(text(treaty('depositary "Secretary-General of the United Nations"'), 'Depositary'), 'The Secretary-General of the United Nations shall be the Depositary of this Agreement.');
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
      assert.match(doc.testimonium[0], /^Signed at Riga on 1 January 2027, in the English language\.$/);
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

    it('a channel with `from` says who provides what to whom, with the modal of an exchange; without it, the Parties exchange', () => {
      const treaty = (from: string, hedge = '') => `treaty "Facility Agreement" { status binding }
party NL "Kingdom of the Netherlands" { kind state jurisdiction NL }
party OPCW "Organisation for the Prohibition of Chemical Weapons" { kind international-organisation jurisdiction INT }
channel MedicalRecords between OPCW, NL {\n${from}  carries personal-data${hedge}\n}\n`;
      // One-way, the article is headed "Provision of information": nothing is exchanged.
      const first = (source: string) => ((article(render(source).doc, 'Exchange of information') ?? article(render(source).doc, 'Provision of information'))?.paragraphs[0] as string | undefined) ?? '';
      assert.equal(first(treaty('  from OPCW\n')), 'The Organisation for the Prohibition of Chemical Weapons shall provide personal data to the Kingdom of the Netherlands.');
      assert.equal(first(treaty('')), 'The Parties shall exchange personal data.');
      assert.equal(first(treaty('  from OPCW, NL\n')), 'The Parties shall exchange personal data.');
      // An MoU's `will` and a hedge stay as they are: nothing stronger than the exchange is said.
      const mou = treaty('  from OPCW\n', '\n  exchange when-practical').replace('treaty "Facility Agreement" { status binding }', 'memorandum "M" { status non-binding }').replace(/\bparty /g, 'participant ');
      assert.equal(first(mou), 'The Organisation for the Prohibition of Chemical Weapons will provide personal data to the Kingdom of the Netherlands, when practical.');
    });

    it('the final formula counts no originals and calls the texts equally authentic (or valid) only when the header says so', () => {
      const mou = render('memorandum "M" { status non-binding languages English }\nparticipant A "A"\nparticipant B "B"\nparticipant C "C"\n').doc;
      assert.doesNotMatch(mou.testimonium[0], /duplicate|triplicate|original/);
      const stated = render('treaty "Convention X" { status binding languages English, French authentic }\nparty A "A"\nparty B "B"\nparty C "C"\n').doc;
      assert.equal(stated.testimonium[1], 'Done at \uE000[place of signature]\uE001 on \uE000[date of signature]\uE001, in the English and French languages, both texts being equally authentic.');
      const unstated = render('treaty "Convention X" { status binding languages English, French }\nparty A "A"\nparty B "B"\nparty C "C"\n').doc;
      assert.doesNotMatch(unstated.testimonium.join(' '), /authentic|valid|single original|Depositary|deposited/);
      const valid = render('memorandum "M" { status non-binding languages English, French equally-valid }\nparticipant A "A"\nparticipant B "B"\n').doc;
      assert.match(valid.testimonium[0], /in the English and French languages, both texts being equally valid\.$/);
    });
  });
});
