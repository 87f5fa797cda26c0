/**
 * A concluded text's export prints the text's own words only: no provision generated from the
 * declarations, and in its place a note outside the text naming each declaration not printed and
 * its kind (render/unprinted-note.ts; the lead's decision on the treaty lawyer’s check of December 2026, point 2b:
 * "shall exchange" where UNCAC Art. 46(4) says "may"). A draft keeps the appendix, under a line
 * saying it is proposed.
 *
 * Which texts are concluded is model/conclusion.ts's `concludedText`, read with the Vienna
 * Convention on the Law of Treaties: the text of a treaty is established as authentic and
 * definitive by signature, signature ad referendum or initialling (Art. 10(b)), and consent to be
 * bound may be expressed by that signature (Art. 12), by the exchange of the instruments that
 * constitute it (Art. 13), or later by ratification, acceptance or approval (Art. 14). What the
 * export prints is the authenticated text, so a signature counts whether or not it binds: a text
 * signed subject to ratification is concluded too — its words can no longer be completed, only
 * amended (Art. 39) — and so is a convention opened for signature on a past date (adopted and
 * authenticated before it is opened, Arts. 9–10). A planned date (after Entente's reference day),
 * a formula with blanks, or no date at all is a draft's.
 */
import assert from 'node:assert/strict';
import { createEntenteService, type RenderedInstrument } from '../../server/src/language';
import { concludedText } from '../../server/src/language/model/conclusion';
import { drafterPreamble } from '../../server/src/language/render/preamble';
import { parse } from '../../server/src/language/syntax/parse';
import { checkNoDiagnostics, diagnose } from '../helpers/fixture';
import { aknProblems } from './akn-structure';
import { dumpDocx, readDocx } from './docx-reader';
import { draftedVariant, openDraftedRealInstrument } from './drafted-variant';
import { openRealInstrument, realInstrumentNames } from './render-fixtures';

const outsideHeading = 'Provisions stated only in the declarations — not numbered in the text';
const lead = 'Proposed from the declarations; not yet in the numbered text.';

/** A drafter-numbered treaty with one channel no clause covers; `header` holds the statements that conclude it or not. */
function treaty(header: string): string {
  return `treaty "Agreement on Cooperation in Responding to Cyber Incidents" {
  status binding
  languages English
${header}
}
party EE "The Republic of Estonia" { kind state jurisdiction EE }
party FI "The Republic of Finland" { kind state jurisdiction FI }
channel IncidentInformation between EE, FI {
  carries incident-reports, indicators
}
clause Art1 "Article 1 – Object" """
  The competent authorities of a Party may, without prior request, transmit information on cyber incidents to a competent authority of the other Party.
"""
clause Art2 "Article 2 – Costs" """
  Each Party shall bear its own costs.
"""
`;
}

function rendered(text: string): { doc: RenderedInstrument; md: string; html: string; akn: string; service: ReturnType<typeof createEntenteService>; uri: string } {
  const service = createEntenteService({ readFile: () => undefined });
  const uri = 'file:///t/concluded.entente';
  service.open(uri, text);
  return { doc: service.renderModel(uri)!, md: service.render(uri, 'markdown')!, html: service.render(uri, 'html')!, akn: service.render(uri, 'akn')!, service, uri };
}

/** Everything the Markdown export prints before the note: the text. */
const textOf = (md: string) => md.split('\n---\n')[0];
const note = (md: string) => /\n---\n\n> \*Not part of the text\.\* ([^\n]*)\n$/.exec(md)?.[1];

describe('a concluded text prints no generated provision; a note outside the text names the declarations', () => {
  describe('on a signed treaty', () => {
    const signed = rendered(treaty('  signed at "Tallinn" on 2019-05-14\n  consent by signature'));

    it('prints the drafter’s articles and no appendix, no generated sentence', () => {
      assert.equal(signed.doc.outside, undefined);
      assert.deepEqual(signed.doc.articles.map((a) => a.heading), ['Article 1 – Object', 'Article 2 – Costs']);
      assert.doesNotMatch(signed.md, /Provisions stated only in the declarations|Proposed from the declarations|shall exchange|Exchange of information/);
      // The fixture has findings (it is short), so it is marked for them; never for provisions outside the text, which are not printed.
      assert.doesNotMatch(signed.doc.draft?.label ?? '', /outside/);
      assert.equal(signed.doc.draft?.outside ?? 0, 0);
    });

    it('names the declaration and its kind after the text, in descriptive words: no "shall", no duty-bearer', () => {
      const words = note(signed.md);
      assert.equal(words, 'The text is concluded (the signature date is 2019-05-14), so this export prints the text’s own provisions only, none generated from the declarations. The preamble, final formula and signature blocks are not transcribed, and this export generates none. 1 declaration and 3 header statements are not printed as separate provisions (the text’s own provisions are printed as transcribed): Channel ‘IncidentInformation’ (exchange of information); Header statements (consent to be bound; signed at Tallinn on 14 May 2019; language: English). No provision of the text is marked as stating consent to be bound (by its heading or the transcription’s tags): that statement is the transcription’s record, and the text’s own words on it, if any, are printed where they stand.');
      assert.doesNotMatch(words!, /\b(?:shall|will|must|may)\b|the Parties|Each Party|Estonia|Finland/);
      assert.deepEqual(signed.doc.unprinted?.entries, ['Channel ‘IncidentInformation’ (exchange of information)', 'Header statements (consent to be bound; signed at Tallinn on 14 May 2019; language: English)']);
    });

    it('HTML: an aside after the text, set apart; the preview shows the same block', () => {
      const aside = signed.html.indexOf('<aside class="editorial-note" role="note" aria-label="Not part of the text">');
      assert.ok(aside > signed.html.indexOf('Each Party shall bear its own costs.'));
      // No final formula section: the fixture's clauses hold none, and none is generated.
      assert.doesNotMatch(signed.html, /<section class="final-formula"/);
      assert.match(signed.html, /<p><strong>Not part of the text\.<\/strong> The text is concluded \(the signature date is 2019-05-14\)/);
      assert.doesNotMatch(signed.html, /outside-numbering/);
      const preview = signed.service.preview(signed.uri, '2026-12-05');
      assert.match(JSON.stringify(preview), /editorial-note/);
    });

    it('Akoma Ntoso: an editorial note in the metadata’s notes, nothing in the body; the structure check passes', () => {
      assert.deepEqual(aknProblems(signed.akn), []);
      // The check can fail: notes before the references, or without a source, is what the schema refuses.
      const notes = /<notes [^]*?<\/notes>/.exec(signed.akn)![0];
      assert.match(aknProblems(signed.akn.replace(notes, '').replace('<references ', `${notes}<references `)).join(), /meta parts out of order/);
      assert.match(aknProblems(signed.akn.replace('<notes source="#entente">', '<notes>')).join(), /notes without a source/);
      const meta = signed.akn.slice(signed.akn.indexOf('<meta>'), signed.akn.indexOf('</meta>'));
      assert.ok(meta.indexOf('<notes source="#entente"><note eId="editorialNote_1" class="editorial"><heading>Not part of the text</heading><p>The text is concluded') > meta.indexOf('</references>'));
      const body = signed.akn.slice(signed.akn.indexOf('<body>'));
      assert.doesNotMatch(body, /hcontainer|Not part of the text|IncidentInformation/);
    });

    it('Word: the note last, in its own style (Editorial Note), after the signatures', async () => {
      const dump = dumpDocx(await readDocx((await signed.service.renderDocx(signed.uri))!));
      const lines = dump.trimEnd().split('\n');
      const at = lines.findIndex((l) => l.startsWith('[EditorialNote]'));
      assert.ok(at > 0, dump);
      assert.match(lines[at], /Not part of the text\. The text is concluded \(the signature date is 2019-05-14\)/);
      // No generated final formula or signature block: the fixture's clauses hold none (the signed text's frame, below).
      assert.doesNotMatch(dump, /Done at|IN WITNESS WHEREOF/);
      assert.doesNotMatch(dump, /For the Republic of Estonia/);
      assert.doesNotMatch(dump, /Provisions stated only in the declarations/);
    });
  });

  describe('its draft keeps the appendix, said to be proposed', () => {
    const draft = rendered(treaty('  signed at "Tallinn" on 2027-05-14\n  consent by signature'));

    it('a planned signature date: the provisions are printed after the text under the heading and the line saying they are proposed', () => {
      assert.equal(draft.doc.unprinted, undefined);
      assert.equal(note(draft.md), undefined);
      const lines = draft.md.split('\n');
      const heading = lines.indexOf(`## *${outsideHeading}*`);
      assert.ok(heading > 0);
      assert.equal(lines[heading + 2], `*${lead}*`);
      assert.match(textOf(draft.md), /The Parties shall exchange incident reports and indicators/);
      assert.match(draft.doc.draft?.label ?? '', /2 provisions outside the text’s numbering/);
      assert.match(draft.akn, new RegExp(`<heading>${outsideHeading}</heading><intro><p>${lead.replace('.', '\\.')}</p></intro>`));
      assert.deepEqual(aknProblems(draft.akn), []);
    });
  });

  describe('near misses: which signals make a text concluded (VCLT Arts. 10–14)', () => {
    const concludedBy = (header: string) => rendered(treaty(header)).doc.unprinted !== undefined;
    const printedBy = (header: string) => rendered(treaty(header)).doc.outside !== undefined;

    it('signed subject to ratification: concluded (the signature authenticates the text, Art. 10; consent follows, Art. 14)', () => {
      const header = '  signed at "Tallinn" on 2019-05-14\n  consent by ratification';
      assert.equal(concludedText(parse(treaty(header)).ast)?.conclusion?.consent, 'later');
      assert.ok(concludedBy(header) && !printedBy(header));
    });

    it('signed on the reference day: concluded; the day after: a draft', () => {
      assert.ok(concludedBy('  signed at "Tallinn" on 2026-12-01'));
      assert.ok(printedBy('  signed at "Tallinn" on 2026-12-02') && !concludedBy('  signed at "Tallinn" on 2026-12-02'));
    });

    it('signed on a date the text does not state: concluded; signed at a place, no date: a draft', () => {
      assert.ok(concludedBy('  signed at "Tallinn" on unstated'));
      assert.ok(printedBy('  signed at "Tallinn"') && !concludedBy('  signed at "Tallinn"'));
    });

    it('opened for signature on a past date: concluded (adopted and authenticated before it is opened, Arts. 9–10); on a planned one: a draft', () => {
      assert.ok(concludedBy('  opened for signature at "New York" on 2003-12-09'));
      assert.ok(printedBy('  opened for signature at "New York" on 2027-12-09'));
    });

    it('an exchange: concluded by a dated reply (Art. 13); a reply with no date is a draft', () => {
      const exchange = (replyDate: string) => `treaty "Agreement" {
  status binding
  form exchange-of-notes
  effect on reply
}
party NL "The Kingdom of the Netherlands" { kind state jurisdiction NL }
party US "The United States of America" { kind state jurisdiction US }
channel Records between NL, US {
  carries incident-reports
}
note Proposal "Note No. 1" from NL to US on 1991-07-01 """
  I have the honour to propose an arrangement on the exchange of records.
"""
note Reply "Note No. 2" from US to NL${replyDate} answering Proposal """
  I have the honour to accept.
"""
`;
      assert.ok(rendered(exchange(' on 1991-07-11')).doc.unprinted !== undefined);
      assert.ok(rendered(exchange('')).doc.outside !== undefined);
    });

    it('a text the renderer numbers, concluded: its clauses only, numbered; the generated articles named in the note, none printed', () => {
      const text = `memorandum "Memorandum of Understanding" {
  status non-binding
  languages English
  signed at "Tallinn" on 2018-03-01
}
party EE "CERT-EE" { kind national-cert jurisdiction EE }
party FI "NCSC-FI" { kind national-cert jurisdiction FI }
channel ThreatIntel between EE, FI {
  carries indicators
}
body SteeringCommittee "Steering Committee" members EE, FI meets every 6 months
clause Cooperation "Cooperation" """
  The Participants intend to cooperate in the field of cyber security.
"""
`;
      const { doc, md } = rendered(text);
      assert.equal(doc.numbering, 'renderer');
      assert.deepEqual(doc.articles.map((a) => a.heading), ['Cooperation']);
      assert.doesNotMatch(textOf(md), /will exchange|Steering Committee|will come into effect/);
      assert.deepEqual(doc.unprinted?.entries, ['Channel ‘ThreatIntel’ (exchange of information)', 'Governance body ‘SteeringCommittee’ (Steering Committee)', 'Header statements (status; signed at Tallinn on 1 March 2018; language: English)']);
    });

    it('a concluded text whose clauses cover every declaration, and hold its preamble and signatures, has no note', () => {
      const covered = treaty('  signed at "Tallinn" on 2019-05-14').replace('"Article 1 – Object"', '"Article 1 – Exchange of information"') +
        `clause Preamble "Preamble" """
  The Republic of Estonia and the Republic of Finland, Have agreed as follows:
"""
clause Final "Final formula" """
  DONE at Tallinn on 14 May 2019. For the Republic of Estonia: A. B. For the Republic of Finland: C. D.
"""
`;
      const { doc, md } = rendered(covered);
      assert.equal(doc.unprinted, undefined);
      assert.doesNotMatch(md, /Not part of the text|---/);
      assert.match(textOf(md), /DONE at Tallinn on 14 May 2019\. For the Republic of Estonia: A\. B\./);
    });

    it('the same text, its clauses covering every declaration but holding no preamble or signatures: the note says only that, and names the signing and language the header holds (ninety-second run, defect 1)', () => {
      const covered = treaty('  signed at "Tallinn" on 2019-05-14').replace('"Article 1 – Object"', '"Article 1 – Exchange of information"');
      const { doc, md } = rendered(covered);
      assert.deepEqual(doc.unprinted?.entries, ['Header statements (signed at Tallinn on 14 May 2019; language: English)']);
      assert.equal(note(md), 'The text is concluded (the signature date is 2019-05-14), so this export prints the text’s own provisions only, none generated from the declarations. The preamble, final formula and signature blocks are not transcribed, and this export generates none. 2 header statements are not printed as separate provisions (the text’s own provisions are printed as transcribed): Header statements (signed at Tallinn on 14 May 2019; language: English). Nor is Channel ‘IncidentInformation’ (exchange of information): the text’s own provisions on its subject are printed instead.');
    });
  });

  describe('a § citation of a provision the concluded export does not print (unknown-provision-reference)', () => {
    const citing = (header: string, cited: string) => `memorandum "Memorandum of Understanding" {
  status non-binding
  languages English
${header}
  amendment by written decision
}
party EE "CERT-EE" { kind national-cert jurisdiction EE }
party FI "NCSC-FI" { kind national-cert jurisdiction FI }
channel ThreatIntel between EE, FI {
  carries indicators
}
clause Costs "Costs" about costs """
  Each Participant will bear its own costs, unless changed under ${cited}.
"""
`;

    it('a concluded text: an error at the name, saying why, and the export prints a blank there', () => {
      for (const cited of ['§amendment', '§ThreatIntel']) {
        const text = citing('  signed at "Tallinn" on 2018-03-01', cited);
        const found = diagnose(text).filter((d) => d.code === 'unknown-provision-reference');
        assert.equal(found.length, 1, cited);
        assert.equal(found[0].severity, 'error');
        assert.match(found[0].message, /cites no provision of the text: the text is concluded \(the signature date is 2018-03-01\), and its export prints the text’s own provisions only/);
        assert.match(rendered(text).md, /unless changed under \*\*\\\[cross-reference\\\]\*\*/);
      }
    });

    it('near misses: its draft cites the generated provision by number; a concluded text citing its own clause', () => {
      checkNoDiagnostics(citing('  signed at "Tallinn" on 2027-03-01', '§amendment'), ['unknown-provision-reference']);
      assert.match(rendered(citing('  signed at "Tallinn" on 2027-03-01', '§amendment')).md, /unless changed under paragraph \d+\./);
      checkNoDiagnostics(citing('  signed at "Tallinn" on 2018-03-01', '§Costs'), ['unknown-provision-reference']);
    });
  });

  describe('the frame: no generated preamble or signature blocks on a concluded text (the treaty lawyer’s second check, point 1)', () => {
    const real = (name: string) => {
      const opened = openRealInstrument(name);
      return { doc: opened.service.renderModel(opened.uri)!, md: opened.service.render(opened.uri, 'markdown')! };
    };
    const drafted = (name: string) => {
      const opened = openDraftedRealInstrument(name);
      return opened.service.renderModel(opened.uri)!;
    };
    const uncac = 'un-convention-against-corruption-2003.entente';
    const bonn = 'bonn-agreement-north-sea-pollution-1983.entente';
    const benelux = 'benelux-crisis-management-mou-2006.entente';

    it('UNCAC, transcribed from Article 1: no “All States and Regional economic integration organizations, hereinafter referred to as “the Parties”,” and no “Have agreed as follows:”; the note says the preamble is not transcribed', () => {
      const { doc, md } = real(uncac);
      assert.equal(doc.preamble, undefined);
      assert.doesNotMatch(textOf(md), /hereinafter referred to as “the Parties”|Have agreed as follows/);
      // Only the mark of the preamble the transcription says it omits (`omitted "the preamble"`) stands before Article 1: a mark, no words of a preamble.
      assert.match(textOf(md), /^# United Nations Convention against corruption\n\n> \*\\\[Not transcribed: the preamble\.\\\]\*\n\n## Article 1\n/);
      assert.match(note(md)!, /\. The preamble is not transcribed, and this export generates none\. 5 declarations are not printed as separate provisions \(the text’s own provisions are printed as transcribed\): Channel ‘Spontaneous’/);
      // A convention open to a class of States has no generated blocks to leave out: the note does not say it left them out.
      assert.doesNotMatch(note(md)!, /signature blocks/);
    });

    it('Bonn 1983: its own preamble and “DONE at Bonn …” as written, and none of the nine generated “For the Government of …” blocks; the note names the signature blocks, not the preamble', () => {
      const { doc, md } = real(bonn);
      assert.deepEqual(doc.signatures, []);
      assert.doesNotMatch(md, /\*\*For the Government of/);
      assert.equal(doc.preamble?.parties, undefined);
      assert.match(textOf(md), /The Governments of the Kingdom of Belgium, the Kingdom of Denmark, .* Recognising that pollution of the sea/);
      assert.match(textOf(md), /DONE at Bonn/);
      assert.match(note(md)!, /\. The signature blocks are not transcribed, and this export generates none\. 1 declaration is not printed as a separate provision \(the text’s own provisions are printed as transcribed\): Channel ‘PollutionReports’/);
      assert.doesNotMatch(note(md)!, /preamble/);
    });

    it('Benelux 2006, a Dutch text: no English “For Het Koninkrijk België” block after “GEDAAN te Luxemburg”', () => {
      const { doc, md } = real(benelux);
      assert.deepEqual(doc.signatures, []);
      assert.doesNotMatch(md, /\*\*For Het Koninkrijk/);
      assert.match(textOf(md), /GEDAAN te Luxemburg, op 1 juni 2006/);
      assert.match(note(md)!, /The signature blocks are not transcribed/);
    });

    it('near miss: a clause holding the signatures prints as written, and the note does not say they are missing (GG–NL 2008)', () => {
      const { doc, md } = real('gg-nl-tax-cooperation-mou-2008.entente');
      assert.deepEqual(doc.signatures, []);
      assert.match(textOf(md), /For the Kingdom of the Netherlands[^\n]*J\.\s?C\. DE JAGER/);
      assert.doesNotMatch(note(md) ?? '', /signature blocks/);
    });

    it('near miss: their drafts keep the generated preamble and signature blocks', () => {
      // States and organisations, all classes: "The Parties to this Convention," with no "hereinafter
      // referred to as “the Parties”", which would define the term by itself (lr10, defect 8).
      assert.equal(drafted(uncac).preamble?.parties, 'The Parties to this Convention,');
      assert.equal(drafted(bonn).signatures.length, 9);
      assert.deepEqual(drafted(benelux).signatures.map((s) => s.for), ['For Het Koninkrijk België', 'For Het Koninkrijk der Nederlanden', 'For Het Groothertogdom Luxemburg']);
      const draft = rendered(treaty('  signed at "Tallinn" on 2027-05-14'));
      assert.equal(draft.doc.preamble?.parties, 'The Republic of Estonia and the Republic of Finland, hereinafter referred to as “the Parties”,');
      assert.deepEqual(draft.doc.signatures.map((s) => s.for), ['For the Republic of Estonia', 'For the Republic of Finland']);
      assert.match(draft.md, /\*\*For the Republic of Estonia\*\*/);
    });
  });

  describe('every concluded real transcription', () => {
    it('prints none of the provisions its draft generates, and names each in the note, which says no "shall"', function () {
      this.timeout(300_000); // every transcription, rendered twice: grows with the corpus (timed out at 30 s under load)
      let noted = 0;
      for (const name of realInstrumentNames) {
        const real = openRealInstrument(name);
        const doc = real.service.renderModel(real.uri)!;
        if (!concludedText(real.service.model(real.uri)!.ast)) continue;
        assert.equal(doc.outside, undefined, name);
        // No generated frame: a preamble is the text's own clause or none, and no signature block is generated.
        assert.equal(doc.preamble?.parties, undefined, name);
        assert.deepEqual(doc.signatures, [], name);
        // The note says the preamble is not transcribed exactly when no clause holds one.
        const ownPreamble = drafterPreamble(real.service.model(real.uri)!) !== undefined;
        if (ownPreamble) assert.doesNotMatch(doc.unprinted?.text ?? '', /preamble/, name);
        if (!doc.unprinted) continue;
        noted++;
        const md = real.service.render(real.uri, 'markdown')!;
        const words = note(md);
        assert.ok(words, `${name}: the note after the text`);
        assert.doesNotMatch(words!, /\b(?:shall|will|must|undertakes?)\b/, name);
        // What the transcriber tagged says nothing of what the text states: the note never says a declaration "matches no clause".
        assert.doesNotMatch(words!, /match(?:es)? no clause/, name);
        assert.doesNotMatch(md, /Provisions stated only in the declarations/, name);
        // Every generated sentence its drafted variant prints outside the text is absent from the signed text.
        let drafted;
        try {
          drafted = openDraftedRealInstrument(name);
        } catch {
          continue; // a text signed by named persons only (GG–NL 2008) has no drafted variant
        }
        const outside = drafted.service.renderModel(drafted.uri)!.outside;
        // A generated sentence the text itself says word for word ("Articles 1, 12, … shall apply, mutatis mutandis"; a note's own
        // sentence the channel's hedge quotes, NL–US notes 1991) is the text's.
        const ast = real.service.model(real.uri)!.ast;
        const source = [...ast.clauses, ...ast.notes].map((c) => c.body?.value ?? '').join(' ').replace(/\s+/g, ' ');
        for (const article of outside?.articles ?? []) {
          for (const p of article.paragraphs) {
            const sentence = (typeof p === 'string' ? p : p.text).split(/(?<=\.) /)[0];
            if (sentence.length > 20 && !source.includes(sentence)) assert.ok(!textOf(md).includes(sentence), `${name}: “${sentence}” is printed`);
          }
        }
      }
      assert.ok(noted >= 60, `only ${noted} concluded transcriptions have a note`);
    });

    it('the drafted variant helper refuses a text it cannot make a draft of, rather than hand on a concluded one', () => {
      assert.throws(() => draftedVariant('memorandum "M" { status non-binding }\nclause S "Signatures" """\n  For the Kingdom of the Netherlands J.C. DE JAGER\n"""\n', 'signed by named persons'), /still concluded/);
    });
  });
});
