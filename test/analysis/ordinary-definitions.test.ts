import assert from 'node:assert/strict';
import { termForms } from '../../server/src/language/model/term-forms';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';

describe('ordinary checks: defined terms', () => {
  it('reports a quoted capitalised term that nothing defines, on the words inside the quotes', () => {
    const [d] = checkDiagnostics(`clause Platform """
  The Participants will share through the "Sharing Platform" only.
//                                         ^^^^^^^^^^^^^^^^ undefined-term
"""
`);
    const fix = d.fixes[0];
    assert.equal(fix.snippet, true);
    assert.match(fix.edits[0].newText, /^define "Sharing Platform" means "\$\{1:…\}"\n$/);
  });

  it('underlines the quoted words exactly in a document with CRLF line breaks (the finding is placed in the source as written)', () => {
    const text = 'clause Platform """\r\n  The Participants will meet.\r\n  They will share through the "Sharing Platform" only.\r\n"""\r\n';
    const [d] = diagnose(text).filter((x) => x.code === 'undefined-term');
    assert.ok(d, 'reported');
    const line = text.split('\r\n')[d.range.start.line];
    assert.equal(line.slice(d.range.start.character, d.range.end.character), 'Sharing Platform');
  });

  it('finds escaped quotes in a one-line string and typographic quotes', () => {
    checkDiagnostics(`participant EE "Estonia"
participant FI "Finland"
channel Intel between EE, FI {
  purpose "defence of each \\"Critical Entity\\" of the Participants"
//                           ^^^^^^^^^^^^^^^ undefined-term
}
clause Authorities "Authorities" """Each “Competent Authority” of the Participants."""
//                                        ^^^^^^^^^^^^^^^^^^^ undefined-term
`);
  });

  // Red-team round 2: "Incidents" in quotation marks was reported though "Incident" is defined.
  it('accepts a quoted plural of a defined term, but not a quoted plural of an undefined one', () => {
    checkDiagnostics(`define "Incident" means "an event"
define "Business" means "an undertaking"
clause Scope """Covers "Incidents" in "Businesses" and "Sectors"."""
//                                                      ^^^^^^^ undefined-term
`);
  });

  // Seventh real-instrument run: NL–Samoa tax information exchange 2009, Art. 5(4)(b).
  it('does not report one word set off among kinds in a list ending "and other …", but does report the near misses', () => {
    checkNoDiagnostics('clause Ownership """information regarding the ownership of companies, partnerships, trusts, foundations, “Anstalten” and other persons"""\n', ['undefined-term']);
    // Each near miss quotes a word of its own: an undefined term is reported once, at its first place (twenty-second run).
    checkDiagnostics(`clause Ownership """information on trusts, “Anstalten” and the “Beneficial Owner” of other persons"""
//                                          ^^^^^^^^^ undefined-term
//                                                              ^^^^^^^^^^^^^^^^ undefined-term
clause Kinds """companies, “Covered Entities” and other persons"""
//                          ^^^^^^^^^^^^^^^^ undefined-term
clause Start """The “Stiftungen” and other persons"""
//                   ^^^^^^^^^^ undefined-term
`);
  });

  it('puts the new definition after the last one', () => {
    const [d] = checkDiagnostics(`define "Incident" means "an event"
clause Notice """Each Incident goes to the "Contact Point"."""
//                                          ^^^^^^^^^^^^^ undefined-term
`);
    assert.deepEqual(d.fixes[0].edits[0].range.start, { line: 1, character: 0 });
  });

  it('does not report defined terms, declared names and titles, or lower-case and long quotations', () => {
    checkNoDiagnostics(`memorandum "Cyber MoU" {
  status non-binding
}
participant EE "Republic of Estonia"
security-agreement GSA "General Security Agreement" between EE, EE
body Board "Joint Steering Committee" members EE
define "Incident" means "an event"
clause Notice """
  Each "Incident" is reported under the "General Security Agreement" to the
  "Joint Steering Committee" of the "Republic of Estonia" and the "Cyber MoU".
  Words such as "best effort" or "As Soon As It Is Reasonably Possible To Do So" are not terms.
"""
`, ['undefined-term']);
  });

  it('reports a definition that no prose uses, tagged unnecessary, with a fix deleting it', () => {
    const [d] = checkDiagnostics(`define "Incident" means "an event"
//      ^^^^^^^^ unused-term
clause Notice """Each breach will be reported."""
`);
    assert.deepEqual(d.tags, ['unnecessary']);
    assert.deepEqual(d.fixes[0].edits[0].range, { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } });
  });

  it('counts a use in another definition or in a library clause taken without a body', () => {
    const library = {
      get: (id: string) => (id === 'notice/mou' ? clause : undefined),
      all: () => [clause],
      forTopic: () => [],
      problems: [],
    };
    const clause = { id: 'notice/mou', title: 'Notice', heading: 'Notice', wording: 'mou' as const, kinds: [], topics: [], satisfies: [], text: 'Each Breach will be notified.', placeholders: [], rationale: '', source: '', status: 'approved' as const, version: '1', origin: 'built-in' };
    checkNoDiagnostics(`define "Incident" means "an event"
define "Breach" means "an Incident that exposes data"
clause Notice from library "notice/mou"
`, ['unused-term'], { library });
  });

  // Red-team case (test/independent): a term used only in the intellectual-property terms of a
  // capacity-building block was reported as unused.
  it('counts a use in intellectual-property prose, but not an intellectual-property word', () => {
    checkNoDiagnostics(`define "Training Material" means "curricula and case studies"
capacity-building Courses by EE for FI {
  intellectual property "Each Participant retains its rights in the Training Material it prepares."
}
`, ['unused-term']);
    checkDiagnostics(`define "Training-Material" means "curricula and case studies"
//      ^^^^^^^^^^^^^^^^^ unused-term
technology-transfer Tools from EE to FI {
  intellectual property Training-Material
}
`);
  });

  // Red-team round 2 (test/independent): "Major ICT-related Incidents" in a channel's purpose
  // did not count as a use of the defined "Major ICT-related Incident".
  it('counts a plural of the term as a use, but not a longer word that starts with it', () => {
    checkNoDiagnostics(`define "Significant Incident" means "an incident with cross-border impact"
define "Data Subject" means "an identified or identifiable natural person"
define "Breach" means "a loss of data"
channel Ops between EE, FI { purpose "response to Significant Incidents" }
clause Rights """The rights of Data Subjects and the handling of Breaches will be respected."""
`, ['unused-term']);
    checkDiagnostics(`define "Incident" means "an event"
//      ^^^^^^^^ unused-term
clause Costs """Incidental costs and Incidentals will be borne by each Participant."""
`);
  });

  // Held-out real instruments (NL–Slovakia 2009, NL–Moldova 2014, Art. 1): "“Liaison officer”
  // means …" is capitalised only because it opens the list item; the text says "the liaison
  // officer" some twenty times.
  it('counts a lower-case use of a sentence-case term as a use, but not of a single word or a Title Case term', () => {
    checkNoDiagnostics(`define "Liaison officer" means "a member of staff seconded to Europol"
define "Archives of the liaison officer" means "all records belonging to or held by the liaison officer"
clause Inviolability """The archives of the liaison officer shall be inviolable."""
`, ['unused-term']);
    // A single word used only in lower case is not "unused": whether its capital marks the defined
    // sense or only opens the list item ("Persoonsgegevens" means …, NL–US 2010) the checker cannot
    // tell, so it says so at info level.
    const lower = diagnose(`define "Incident" means "an event"
clause Notice """Each incident will be reported."""
`);
    assert.deepEqual(lower.map((d) => [d.code, d.severity]), [['term-used-in-lower-case', 'info']]);
    // Near miss: a Title Case term keeps its capitals as the sign of the defined sense: its
    // lower-case form is not a use; since the seventieth run (defect 3) the text writing the words
    // all in lower case is noted so (info), not called unused.
    checkDiagnostics(`define "Liaison Officer" means "a member of staff seconded to Europol"
//      ^^^^^^^^^^^^^^^ term-used-in-lower-case
clause Duty """The liaison officer shall respect the laws of the host State."""
`);
  });

  // Fifty-ninth run, item 5 (EMEP Protocol 1984, Arts. 1(4), 3(2)–(3), 10(1)(a), read: BWBV0002931):
  // an acronym keeps its capitals in a sentence-case term.
  it('counts "the geographical scope of EMEP" as a use of "Geographical scope of EMEP", an acronym being no Title Case', () => {
    const emep = 'define "Geographical scope of EMEP" means "the area within which monitoring is carried out"\n';
    checkNoDiagnostics(`${emep}clause Art3 """Mandatory contributions shall be made by all Contracting Parties which are within the geographical scope of EMEP."""\n`, ['unused-term', 'term-used-in-lower-case']);
    checkNoDiagnostics('define "National CERT contact" means "the point of contact"\nclause C """Each Party names its national CERT contact."""\n', ['unused-term']);
    // Near misses: capitals other than an acronym's keep Title Case; an acronym with no word of the
    // term in lower case beside it ("Lead CERT") says nothing of the style; no use at all stays unused.
    checkDiagnostics(`define "Geographical Scope of EMEP" means "the area"
//      ^^^^^^^^^^^^^^^^^^^^^^^^^^ term-used-in-lower-case
clause Art3 """within the geographical scope of EMEP"""
`);
    checkDiagnostics(`define "Lead CERT" means "the CERT that co-ordinates"
//      ^^^^^^^^^ unused-term
clause C """The lead CERT co-ordinates."""
`);
    checkDiagnostics(`${emep}//      ^^^^^^^^^^^^^^^^^^^^^^^^^^ unused-term
clause Art3 """within the area of EMEP"""
`);
  });

  it('does not count a definition that uses its own term as a use', () => {
    checkDiagnostics(`define "Incident" means "an Incident of any kind"
//      ^^^^^^^^ unused-term
`);
  });

  // Thirteenth real-instrument run (Bonn Agreement 1983, Art. 2 as amended): the article that
  // defines the term, transcribed as a clause beside the `define`, is not a use of it.
  it('does not count the clause that states the definition as a use, but counts a use in the same clause', () => {
    const define = 'define "Greater North Sea" means "the area of sea comprising the North Sea proper"\n';
    checkDiagnostics(`${define}//      ^^^^^^^^^^^^^^^^^ unused-term
clause Art2 """For the purpose of this Agreement, the Greater North Sea means the area of sea comprising the North Sea proper."""
clause Art1 """This Agreement shall apply whenever the presence of oil in the North Sea area is likely to constitute a threat."""
`);
    checkNoDiagnostics(`${define}clause Art2 """For the purpose of this Agreement, the Greater North Sea means the area of sea comprising the North Sea proper."""
clause Art1 """This Agreement shall apply to pollution in the Greater North Sea."""
`, ['unused-term']);
    checkDiagnostics(`define "Personal Data" means "information relating to an identified person"
//      ^^^^^^^^^^^^^ unused-term
clause Definitions """The term “Personal Data” shall mean information relating to an identified person."""
`);
  });

  // Real texts write a term in forms the definition does not spell (CoE Insider Trading 1989,
  // NL–Samoa 2009, NL–Japan 2009): each is a use.
  it('counts a sentence-initial capital, the plural of a head noun or of coordinated nouns, and -ies, as uses', () => {
    const uses: [string, string][] = [
      ['personal data', 'Personal data may be exchanged only where the receiving Party protects them.'],
      ['irregular operation of insider trading', 'Requests concern irregular operations of insider trading.'],
      ['public collective investment fund or scheme', 'This does not apply to public collective investment funds or schemes.'],
      ['publicly traded company', 'This does not apply to publicly traded companies.'],
      // CPPNM 1980, Art. 1(a) uses the term that Art. 1(b) defines (the fourteenth run).
      ['uranium enriched in the isotope 235 or 233', 'plutonium, uranium-233, uranium enriched in the isotopes 235 or 233, and any material containing them.'],
    ];
    for (const [term, prose] of uses) {
      checkNoDiagnostics(`define "${term}" means "something"\nclause Use """${prose}"""\n`, ['unused-term']);
    }
    assert.deepEqual(termForms('irregular operation of insider trading'), ['Irregular operation of insider trading', 'irregular operations of insider trading']);
    assert.deepEqual(termForms('Incident'), []);
    assert.ok(termForms('uranium enriched in the isotope 235 or 233').includes('uranium enriched in the isotopes 235 or 233'));
    assert.ok(termForms('Annex I or II').every((form) => !form.startsWith('Annexs')), 'only before coordinated numbers');
    assert.deepEqual(termForms('exchange of note or letter'), ['Exchange of note or letter', 'exchanges of note or letter', 'exchange of notes or letters'], 'no plural before coordinated words');
  });

  // Sixteenth run (ACS Agreement on natural disasters 1999, Art. 1): definitions listed as
  // "7. Risk: relationship between …" are not uses; "Highly Vulnerable Areas" uses "Highly vulnerable areas".
  it('does not count a list of terms each opening its item with a colon as uses, and counts a sentence-case term in Title Case', () => {
    const q = '"""';
    const list = `clause Art1 "Article 1" ${q}\n  6. Disaster response: the activities carried out immediately following the disaster.\n  7. Risk: relationship between frequency and consequences.\n${q}\n`;
    const found = diagnose(`define "Risk" means "relationship between frequency and consequences"\ndefine "Disaster response" means "the activities carried out"\n${list}`).filter((d) => d.code === 'unused-term');
    assert.equal(found.length, 2, found.map((d) => d.message).join('; '));
    // A colon after the term inside a sentence is a use.
    checkNoDiagnostics(`define "Risk" means "relationship"\nclause Use ${q}Each Party shall assess the Risk: it reports the result.${q}\n`, ['unused-term']);
    checkNoDiagnostics(`define "Highly vulnerable areas" means "zones"\nclause Use ${q}The Parties shall register Highly Vulnerable Areas.${q}\n`, ['unused-term']);
    assert.ok(termForms('Highly vulnerable areas').includes('Highly Vulnerable Areas'));
    assert.ok(termForms('Exchange of information').includes('Exchange of Information'));
    assert.ok(!termForms('Sending Party').some((f) => f === 'sending Party'), 'a Title Case term keeps its capitals');
  });

  it('reports a term defined twice, on the second, with the first as related information', () => {
    const [d] = checkDiagnostics(`define "Incident" means "an event"
define "Incident" means "a breach"
//      ^^^^^^^^ duplicate-term
clause Notice """Each Incident will be reported."""
`, { codes: ['duplicate-term', 'unused-term'] });
    assert.equal(d.related[0].range.start.line, 0);
  });
});

// The legal review's probe t7 and the real instruments' first runs (issue 9): a quoted term with
// its source is another instrument's term, and a term defined where it stands is defined.
describe('undefined-term: terms of other instruments and definitions in place', () => {
  it('t7: leaves a term quoted with its source alone, before or after it', () => {
    checkNoDiagnostics(
      `memorandum "MoU" { status non-binding }
clause Ref "References" """
  The Participants will notify each other of any "Significant Incident" within the meaning of
  Article 23(3) of Directive (EU) 2022/2555, of any "Essential Entity" as defined in Article 3 of
  Directive (EU) 2022/2555 and of "Personal Data" (as defined in the GDPR). Within the meaning of
  the Convention, a "Service Provider" is any public or private entity. NIS2's "Large Enterprise"
  is used as well.
"""
`,
      ['undefined-term'],
    );
  });

  it('leaves terms defined in place, quoted titles and prescribed markings alone', () => {
    checkNoDiagnostics(
      `treaty "Agreement" { status binding }
party NL "Netherlands"
party US "United States"
define "Parties" means "the Kingdom of the Netherlands and the United States of America"
clause Defs "Definitions" """
  The Canadian Space Agency ("CSA") and the Bank (hereinafter referred to as the "Bank") act for
  the Parties (hereinafter referred to collectively as "The Parties" and individually as a "Party").
  "Partner State" means each Contracting Party. The term "NATO" denotes the Organization. The
  Ministry is hereby designated as the "Netherlands Executive Agent". Goods imported under the
  "Transfer of Resident Rules" keep their status. Documents bearing the classification "DIENSTGEHEIM"
  shall be marked or stamped in English "Netherlands RESTRICTED", as described in Enclosure "A".
"""
`,
      ['undefined-term'],
    );
  });

  it('still reports a term with no source and no definition, and one said to be defined in this instrument (near misses)', () => {
    checkDiagnostics(`memorandum "MoU" { status non-binding }
clause Ref """Each "Significant Incident" will be notified. Each "Cyber Crisis" as defined in this Memorandum too."""
//                  ^^^^^^^^^^^^^^^^^^^^ undefined-term
//                                                                ^^^^^^^^^^^^ undefined-term
`);
  });
});
