/** The instrument header: `memorandum "Title" { status … effect … duration … }`. */
import type { HeaderItem, Instrument } from '../ast/nodes';
import { clauseTopics } from '../ast/topics';
import { accessionInvitations, accessionOpenings, formulaOmissions, inheritedItems, statuses } from '../ast/vocabulary';
import { namesAFile } from '../util/file-or-title';
import { closed, outlineLeaf, reference, suggested, text, type ConstructRow, type SlotTable } from './construct';
import {
  durationDocs,
  effectDocs,
  effectEvents,
  finalClauseReferences,
  finalClauseSlots,
  finalClauseStatements,
  signatureDocs,
} from './final-clauses';
import { finalArticles } from './header-clauses';

const slots = {
  'instrument.title': text('prose'),
  'instrument.parent': text('file'),
  'statusItem.value': closed(statuses, 'status'),
  'languagesItem.languages': { kind: 'free' },
  'languagesItem.prevailing': { kind: 'listed', from: 'languagesItem.languages', what: 'language', meaning: (language) => `${language} prevails in case of divergence.` },
  'signatureItem.place': text('plain'),
  'signatureItem.date': { kind: 'date' },
  'signatureItem.without': closed(formulaOmissions, 'what the final formula leaves out'),
  'consentMean.opensAfter': closed(accessionOpenings, 'final-clause event'),
  'consentMean.byInvitation': closed(accessionInvitations, 'condition of accession'),
  'consentMean.means': suggested(
    {
      ...effectEvents,
      'exchange-of-notes': 'An exchange of notes constituting the treaty (VCLT Art. 13); `form exchange-of-notes` says so of the instrument.',
      'exchange-of-letters': 'An exchange of letters constituting the treaty (VCLT Art. 13); `form exchange-of-letters` says so of the instrument.',
    },
    'means of consent',
  ),
  'consentItem.party': reference('party'),
  'durationItem.indefinite': suggested({ indefinite: 'No fixed term: the instrument lasts until terminated.' }, 'duration'),
  'amendmentItem.words': { kind: 'free', strings: 'plain' },
  'disputesItem.means': suggested({ consultation: 'Consultation between the parties.', negotiation: 'Negotiation.', arbitration: 'Arbitration.', court: 'A court.' }, 'means'),
  'disputesItem.forum': text('prose'),
  'governingLawItem.law': suggested({ international: 'Governed by international law.' }, 'governing law', { strings: 'plain' }),
  'depositaryItem.depositary': reference('party', 'prose'),
  'registrationItem.registration': suggested({ 'article-102': 'Registered with the UN Secretariat under Art. 102 of the UN Charter.', none: 'Not registered.' }, 'registration', { strings: 'prose' }),
  'reservationsItem.reservations': suggested({ none: 'No reservations may be made.', permitted: 'Reservations are permitted.' }, 'reservations', { strings: 'prose' }),
  ...finalClauseSlots,
  'implementsItem.file': text('file'),
  'implementsItem.agreement': reference('security-agreement'),
  'implementsItem.inherits': closed(inheritedItems, 'what it takes from the treaty'),
  'implementedByItem.files': text('file'),
  'articleRef.number': { kind: 'free', strings: 'plain' },
  'omittedItem.parts': text('plain'),
  // `"Annex V" about security-of-information`: what a left-out part holds (analysis/excerpt-severity.ts).
  'omittedItem.topics': suggested(clauseTopics, 'clause topic'),
  'enteredItem.date': { kind: 'date' },
  // Where the date is recorded, in the source's own citation ("Trb. 2013, 123"): never printed.
  'enteredItem.source': text('plain'),
} as const satisfies SlotTable;

export const instrument = {
  rule: 'instrument',
  display: 'the instrument header',
  starts: ['treaty', 'memorandum', 'arrangement', 'framework', 'protocol', 'annex', 'declaration'],
  docs: {
    treaty: 'Starts the header of a treaty: an agreement between states or international organisations governed by international law, which binds its parties (VCLT Art. 2(1)(a)).',
    memorandum: 'Starts the header of a memorandum of understanding: usually a political commitment that creates no legal obligations. Use MoU wording ("will", "Participants").',
    arrangement: 'Starts the header of a technical or administrative arrangement between agencies or other bodies, normally not binding under international law.',
    framework: 'Starts the header of a framework instrument, which sets up mechanisms and governance for later, more specific cooperation.',
    annex: 'Starts the header of an annex: `annex "Title" of "parent.entente"`. The annex shares its parent\'s parties and legal nature. A parent that is not transcribed is named by its title (`of "<title>"`, no `.entente`): no file is read, and the annex declares its own parties.',
    declaration:
      'Starts the header of a political declaration (the Paris Call, the NATO Cyber Defence Pledge): `declaration "Title" { issued at "Paris" on 2018-11-12 }`. It binds no one unless `status binding` says so, and needs none of the final clauses of a treaty or an MoU.',
  },
  statements: {
    rule: 'headerItem',
    rows: {
      Status: {
        rule: 'statusItem',
        starts: ['status'],
        display: 'status',
        docs: {
          status:
            'Declares whether the instrument is `binding` (creates obligations under international law) or `non-binding` (a political commitment). The status decides which wording the checks expect. `status non-binding unstated`: the text does not say so itself (the status is the reader\'s judgement); the checks read it as `non-binding`, the export generates no status sentence, and `missing-non-binding-statement` reports that the text does not state it.',
        },
      },
      Languages: {
        rule: 'languagesItem',
        starts: ['languages'],
        display: 'languages',
        docs: {
          languages: 'The languages in which the text is made, whether they are `authentic` (treaty) or `equally-valid` (MoU), and which one `prevailing` in case of divergence.',
          authentic: 'Treaty wording: each language version is an authentic text of equal force (VCLT Art. 33).',
          'equally-valid': 'MoU wording: each language version is equally valid.',
          prevailing: 'The language version that prevails if the versions differ in interpretation.',
        },
      },
      Signature: {
        rule: 'signatureItem',
        starts: ['signed', 'done', 'issued'],
        display: 'signed',
        docs: {
          signed: 'Where and when the instrument was signed: `signed at "Tallinn" on 2027-03-01` (MoU wording); several signatures: `signed by US at "Washington" on 1978-07-25, by NL at "The Hague" on 1978-08-24`; a signed text that states no date: `signed on unstated`.',
          done: 'Treaty wording for the place and date of signature, and the testimonium: `done at "Budapest" on 2001-11-23 in single copy deposited with "the archives of the Council of Europe"`, `done at "The Hague" on 1984-10-29 in duplicate`.',
          ...signatureDocs,
        },
      },
      Effect: {
        rule: 'effectItem',
        starts: ['effect'],
        display: 'effect',
        docs: {
          effect:
            'When the instrument takes effect: `on signature`, `on` a date, or `after` ratification or notification, possibly by a number of parties (`by 5 States including 3 CoE-Members`) or one named party (`after notification by NL`) and with a delay; `on first day of month following 3 months after …` rounds to the first day of a month, as Council of Europe treaties do.',
          ...effectDocs,
        },
      },
      Consent: {
        rule: 'consentItem',
        starts: ['consent'],
        display: 'consent',
        docs: {
          consent:
            'How states consent to be bound (treaties): signature, ratification, acceptance, approval or accession (VCLT Arts. 11–15). One list is every Party\'s alternatives (`consent by ratification, accession`); where the Parties consent differently, give each Party its own: `consent by notification for NL, signature for US` — the Netherlands bound only once it has notified that its constitutional formalities are fulfilled, the United States by its signature (NL–US American Military Cemeteries 1970, Art. VII: in force on the Netherlands\' notification alone). A class of States is a Party too, so who may accede is said by naming its class: `consent by ratification for Session-States, accession for Acceding-States` prints "Any State not represented at the Tenth Session … may accede to this Convention" in the class\'s own words (Hague Service Convention 1965, Arts. 26, 28), with a blank for the conditions of accession the text attaches; `accession after entry-into-force for Acceding-States` states the one Art. 28 attaches, printed in its words: "may accede to this Convention after it has entered into force"; `accession by invitation` that accession is open only to States invited to accede ("open for accession by all States not members of the Organization invited to do so by the Executive Board", UNESCO 1958 Convention on the exchange of publications, Art. 15(1)), printed "on the invitation of" with a blank for who invites and on what conditions. Each declared Party needs a list once one is given by Party (`consent-means-unstated`).',
        },
      },
      Duration: {
        rule: 'durationItem',
        starts: ['duration'],
        display: 'duration',
        docs: {
          duration: 'How long the instrument lasts: a fixed term (`5 years`) or `indefinite`, and whether it is `renewable` and for how long.',
          renewable: 'The term renews, by default for the same period, or `for` the period given; `renewable automatically` (or `tacitly`) renews it without a new decision, `unless` a Party gives notice or the Parties decide otherwise. `for indefinite period` extends it once, with no end: "shall be extended for an indefinite period" (NL–Egypt 1975 Art. VII(2)); a `termination` statement beside it is read as the right to leave the extension.',
          ...durationDocs,
        },
      },
      Termination: {
        rule: 'terminationItem',
        starts: ['termination', 'withdrawal', 'discontinue', 'denunciation'],
        display: 'termination',
        docs: {
          termination: 'How a party ends the instrument, with the notice it must give: `termination with notice of 6 months`. `termination after initial period with notice of 3 months`: the right runs only once the initial period of the `duration` has ended and the instrument goes on (renewed or extended), not from its entry into force: "Each Government shall then have the right to denounce the Agreement at any time giving three months\' notice" (NL–Bangladesh 1977 Art. VI(b), "then" being after the initial period of two years).',
          withdrawal: 'How a party withdraws from a multilateral instrument, with the notice it must give.',
          discontinue: 'MoU wording for ending participation, with the notice a participant should give.',
          denunciation: 'Treaty wording for a party\'s denunciation, with the notice period (VCLT Art. 56).',
          notice: 'The period between a notice of termination or withdrawal and the day it takes effect, whenever the notice is given; `at least 6 months` makes it a minimum. A notice that may only be given before the end of a period is the duration\'s `unless notice`, not this (see `unless`).',
        },
      },
      Amendment: {
        rule: 'amendmentItem',
        starts: ['amendment'],
        display: 'amendment',
        docs: { amendment: 'How the instrument is amended: `amendment by written decision`, `by ratification`…' },
      },
      Disputes: {
        rule: 'disputesItem',
        starts: ['disputes'],
        display: 'disputes',
        docs: { disputes: 'How disputes are settled: consultation, negotiation, arbitration or a court, optionally with the forum in quotes.' },
      },
      GoverningLaw: {
        rule: 'governingLawItem',
        starts: ['governing', 'applicable'],
        display: 'governing law',
        docs: {
          governing: '`governing law`: the law that governs the instrument, usually international law for a treaty.',
          applicable: '`applicable law`: the law applicable to the instrument.',
          law: 'The governing or applicable law: `international` or a domestic law in quotes.',
        },
      },
      Depositary: {
        rule: 'depositaryItem',
        starts: ['depositary'],
        display: 'depositary',
        docs: { depositary: 'The depositary of a multilateral treaty, who keeps the original and receives ratifications (VCLT Art. 76): a party id or a name in quotes; several, separated by commas, where the treaty has more than one (`depositary "the Secretary General of the Council of Europe", "the Secretary General of OECD"`: Tax Convention 1988/2010, Art. 2(3), "the Depositaries"; VCLT Art. 76(1): "one or more States").' },
      },
      Registration: {
        rule: 'registrationItem',
        starts: ['registration'],
        display: 'registration',
        docs: { registration: 'Whether the treaty is registered with the UN Secretariat under Art. 102 of the UN Charter (`article-102`) or not (`none`).' },
      },
      Reservations: {
        rule: 'reservationsItem',
        starts: ['reservations'],
        display: 'reservations',
        docs: { reservations: 'Whether parties may make reservations: `none`, `permitted`, or the permitted reservations in quotes.' },
      },
      ...finalClauseStatements,
      Implements: {
        rule: 'implementsItem',
        starts: ['implements'],
        display: 'implements',
        docs: {
          implements:
            'An implementing arrangement names the treaty it is concluded under: `implements "gsa.entente" article 7 with status, effect, duration, termination` (its file), `implements "Agreement between … concerning …"` (its title, when it is not transcribed: no file is read), or `implements GSOIA` (a security agreement in force declared here). The treaty\'s parties and agreements become visible here, its clauses on costs, purpose and the like count for the arrangement, and what follows `with` (status, effect, duration, termination, amendment, disputes, costs, final-clauses) is the treaty\'s.',
          article: 'The article of the treaty under which the arrangement is concluded: `article 7`, `article VI`, `article "2.g"`.',
        },
      },
      ImplementedBy: {
        rule: 'implementedByItem',
        starts: ['implemented'],
        display: 'implemented by',
        // One statement per article the arrangements are concluded under.
        repeats: true,
        docs: {
          implemented:
            '`implemented by "mou.entente"`: the arrangements concluded under this treaty; their equivalence tables, breach procedures and points of contact count for the treaty, so it need not repeat them.',
        },
      },
      Omitted: {
        rule: 'omittedItem',
        starts: ['omitted'],
        display: 'omitted',
        docs: {
          omitted:
            'The transcription is an excerpt: `omitted "Articles 5 to 42", "Annexes A and B"` names the parts of the text it leaves out, as an edition of extracts names them ("Articles 5 to 42", "Article 47", "the Annex", "the final clauses"). A part may say what it holds with clause topics, `"Annex V" about security-of-information, breach-procedure`: a finding that a clause on one of those topics is missing is then info and names the part (declare only what the text shows the part holds; without `about` the findings stand as on a whole text), and a defined term unused in the transcribed part is "not used in the transcribed articles", at info, on every excerpt; the export prints an editorial mark where each part sits — "[Articles 5 to 42 are not transcribed.]" before Article 43, a part after the last printed article or an annex at the end — merged with the marks of the printed numbering’s jumps (in Akoma Ntoso an `omissis`).',
        },
      },
      EnteredIntoForce: {
        rule: 'enteredItem',
        starts: ['entered'],
        display: 'entered into force',
        docs: {
          entered:
            '`entered into force on 2013-07-01 "Trb. 2013, 123"`: the date a concluded treaty entered into force, with the source it is read from (the treaty series, the depositary\'s record). A fact of the treaty\'s life that its text cannot state, recorded by the transcriber — not a term of the text, which `effect …` states, and never printed in the export. A bilateral treaty enters into force only once both Parties have consented to be bound (VCLT Arts. 11–16, 24), so for one the checks read the date as the day by which each had consented: it settles "concluded before" 24 May 2016 (GDPR Art. 96) or 6 May 2016 (Law Enforcement Directive Art. 61), and bounds the day each Party entered into it (UN Charter Art. 102). A multilateral treaty\'s entry into force dates only the consents given by then, not a Party\'s that came later (Art. 24(3)): there the date is recorded and read by no check. Record only a date read in a source, and name it; a date before the signature, after Entente\'s reference day, or on a draft is an error.',
          into: '`entered into force on …`: see `entered`.',
          force: '`entered into force on …`: see `entered`.',
        },
      },
    },
  },
  slots,
  declares: () => [],
  references(i) {
    // A depositary written as a bare id is one of the parties; in quotes it is a name.
    const depositaries = i.depositary?.values ?? [];
    return [
      // A parent or treaty named by its title is no file to link (util/file-or-title.ts).
      [slots['instrument.parent'], [i.parent && namesAFile(i.parent.value) ? i.parent : undefined]],
      [slots['implementsItem.file'], [i.implements?.file && namesAFile(i.implements.file.value) ? i.implements.file : undefined]],
      [slots['implementsItem.agreement'], [i.implements?.agreement]],
      [slots['implementedByItem.files'], i.implementedBy.flatMap((b) => b.files)],
      [slots['depositaryItem.depositary'], depositaries.map((d) => (!('multiline' in d) ? d : undefined))],
      [slots['consentItem.party'], (i.consent?.byParty ?? []).map((c) => c.party)],
      ...finalClauseReferences(i),
    ];
  },
  prose: () => [],
  outline: (i, o) => ({
    name: i.title?.value || i.kind.text,
    // The parent as written, its file or its title: "protocol of European Agreement on …".
    detail: i.parent?.value.trim() ? `${i.kind.text} of ${i.parent.value.trim()}` : i.kind.text,
    kind: 'Module',
    range: i.range,
    selectionRange: i.title?.range ?? i.kind.range,
    children: i.items.map((item) => outlineLeaf(o.sourceLine(item.range), 'Property', item.range)),
  }),
  // The header becomes the final provisions, one article per fact, after every other article
  // (header-clauses.ts: a table with an entry per header statement).
  render: { order: 100, articles: (instruments, r) => (instruments[0] ? finalArticles(instruments[0], r) : []) },
  snippets: [
    {
      label: 'memorandum',
      detail: 'MoU header',
      body: 'memorandum "${1:Memorandum of Understanding on Cyber Security Cooperation}" {\n  status non-binding\n  languages ${2:English}\n  signed at "${3:Place}" on ${4:2027-01-01}\n  effect on signature\n  duration ${5:5} years\n  discontinue with notice of ${6:6} months\n  amendment by written decision\n  disputes by consultation\n}\n$0',
    },
    {
      label: 'treaty',
      detail: 'treaty header',
      body: 'treaty "${1:Agreement on Cyber Security Cooperation}" {\n  status binding\n  languages ${2:English} authentic\n  done at "${3:Place}" on ${4:2027-01-01}\n  consent by signature, ratification\n  effect ${5:30} days after last notification\n  duration indefinite\n  denunciation with notice of ${6:6} months\n  amendment by written agreement\n  disputes by negotiation\n  governing law international\n  registration article-102\n}\n$0',
    },
  ],
} satisfies ConstructRow<Instrument, HeaderItem['type']>;
