/** The instrument header: `memorandum "Title" { status … effect … duration … }`. */
import type { HeaderItem, Instrument } from '../ast/nodes';
import { statuses } from '../ast/vocabulary';
import { closed, outlineLeaf, reference, suggested, text, type ConstructRow, type RenderContext, type SlotTable } from './construct';

/** Events an instrument takes effect on or after, also the means of consent (VCLT Arts. 11–16). */
const effectEvents = {
  signature: 'Signature by the parties.',
  ratification: 'Deposit of instruments of ratification.',
  notification: 'Notification that internal procedures are complete.',
  approval: 'Approval under domestic procedures.',
  acceptance: 'Acceptance under domestic procedures.',
  accession: 'Accession by a state that did not sign.',
};

const slots = {
  'instrument.title': text('prose'),
  'instrument.parent': text('file'),
  'statusItem.value': closed(statuses, 'status'),
  'languagesItem.languages': { kind: 'free' },
  'languagesItem.prevailing': { kind: 'listed', from: 'languagesItem.languages', what: 'language', meaning: (language) => `${language} prevails in case of divergence.` },
  'signatureItem.place': text('plain'),
  'signatureItem.date': { kind: 'date' },
  'effectItem.date': { kind: 'date' },
  'effectItem.onEvent': suggested({ signature: effectEvents.signature, 'entry-into-force': 'When the parent instrument enters into force (an annex).' }, 'event'),
  'effectItem.event': suggested(effectEvents, 'event'),
  'effectItem.count': { kind: 'number' },
  'effectItem.countNoun': suggested({ parties: 'Counted in parties.' }, 'count'),
  'consentItem.means': suggested(effectEvents, 'means of consent'),
  'durationItem.indefinite': suggested({ indefinite: 'No fixed term: the instrument lasts until terminated.' }, 'duration'),
  'amendmentItem.words': { kind: 'free' },
  'disputesItem.means': suggested({ consultation: 'Consultation between the parties.', negotiation: 'Negotiation.', arbitration: 'Arbitration.', court: 'A court.' }, 'means'),
  'disputesItem.forum': text('prose'),
  'governingLawItem.law': suggested({ international: 'Governed by international law.' }, 'governing law', { strings: 'plain' }),
  'depositaryItem.depositary': reference('party', 'prose'),
  'registrationItem.registration': suggested({ 'article-102': 'Registered with the UN Secretariat under Art. 102 of the UN Charter.', none: 'Not registered.' }, 'registration', { strings: 'prose' }),
  'reservationsItem.reservations': suggested({ none: 'No reservations may be made.', permitted: 'Reservations are permitted.' }, 'reservations', { strings: 'prose' }),
} as const satisfies SlotTable;

export const instrument = {
  rule: 'instrument',
  display: 'the instrument header',
  starts: ['treaty', 'memorandum', 'arrangement', 'framework', 'protocol', 'annex'],
  docs: {
    treaty: 'Starts the header of a treaty: an agreement between states or international organisations governed by international law, which binds its parties (VCLT Art. 2(1)(a)).',
    memorandum: 'Starts the header of a memorandum of understanding: usually a political commitment that creates no legal obligations. Use MoU wording ("will", "Participants").',
    arrangement: 'Starts the header of a technical or administrative arrangement between agencies or other bodies, normally not binding under international law.',
    framework: 'Starts the header of a framework instrument, which sets up mechanisms and governance for later, more specific cooperation.',
    annex: 'Starts the header of an annex: `annex "Title" of "parent.entente"`. The annex shares its parent\'s parties and legal nature.',
  },
  statements: {
    rule: 'headerItem',
    rows: {
      Status: {
        rule: 'statusItem',
        starts: ['status'],
        display: 'status',
        docs: { status: 'Declares whether the instrument is `binding` (creates obligations under international law) or `non-binding` (a political commitment). The status decides which wording the checks expect.' },
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
        starts: ['signed', 'done'],
        display: 'signed',
        docs: {
          signed: 'Where and when the instrument was signed: `signed at "Tallinn" on 2027-03-01` (MoU wording).',
          done: 'Treaty wording for the place and date of signature: `done at "Tallinn" on 2027-03-01`.',
        },
      },
      Effect: {
        rule: 'effectItem',
        starts: ['effect'],
        display: 'effect',
        docs: { effect: 'When the instrument takes effect: `on signature`, `on` a date, or `after` ratification or notification, possibly by a number of parties and with a delay.' },
      },
      Consent: {
        rule: 'consentItem',
        starts: ['consent'],
        display: 'consent',
        docs: { consent: 'How states consent to be bound (treaties): signature, ratification, acceptance, approval or accession (VCLT Arts. 11–15).' },
      },
      Duration: {
        rule: 'durationItem',
        starts: ['duration'],
        display: 'duration',
        docs: {
          duration: 'How long the instrument lasts: a fixed term (`5 years`) or `indefinite`, and whether it is `renewable` and for how long.',
          renewable: 'The term renews, by default for the same period, or `for` the period given.',
        },
      },
      Termination: {
        rule: 'terminationItem',
        starts: ['termination', 'withdrawal', 'discontinue', 'denunciation'],
        display: 'termination',
        docs: {
          termination: 'How a party ends the instrument, with the notice it must give: `termination with notice of 6 months`.',
          withdrawal: 'How a party withdraws from a multilateral instrument, with the notice it must give.',
          discontinue: 'MoU wording for ending participation, with the notice a participant should give.',
          denunciation: 'Treaty wording for a party\'s denunciation, with the notice period (VCLT Art. 56).',
          notice: 'The period between a notice of termination or withdrawal and the day it takes effect.',
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
        docs: { depositary: 'The depositary of a multilateral treaty, who keeps the original and receives ratifications (VCLT Art. 76): a party id or a name in quotes.' },
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
    },
  },
  slots,
  declares: () => [],
  references(i) {
    // A depositary written as a bare id is one of the parties; in quotes it is a name.
    const depositary = i.depositary?.value;
    return [
      [slots['instrument.parent'], [i.parent]],
      [slots['depositaryItem.depositary'], [depositary && !('multiline' in depositary) ? depositary : undefined]],
    ];
  },
  prose: () => [],
  outline: (i, o) => ({
    name: i.title?.value || i.kind.text,
    detail: i.kind.text,
    kind: 'Module',
    range: i.range,
    selectionRange: i.title?.range ?? i.kind.range,
    children: i.items.map((item) => outlineLeaf(o.oneLine(o.source(item.range)), 'Property', item.range)),
  }),
  // The header becomes the final provisions, after every other article.
  render: { order: 100, articles: (instruments, r) => (instruments[0] ? finalProvisions(instruments[0], r) : []) },
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

function finalProvisions(header: Instrument, r: RenderContext): { heading: string; paragraphs: string[] }[] {
  const { will, self, participants: parties } = r;
  const paragraphs: string[] = [];
  const effect = header.effect;
  if (effect?.date?.valid) paragraphs.push(`${self} ${will} take effect on ${r.date(effect.date)}.`);
  else if (effect?.event) paragraphs.push(`${self} ${will} take effect ${effect.delay ? `${r.quantity(effect.delay)} after` : 'upon'} ${effect.afterLast ? 'the last ' : ''}${effect.event.text}${effect.count ? ` by ${effect.count} ${parties}` : ''}.`);
  if (header.duration?.term) paragraphs.push(`${self} ${will} remain in effect for ${r.quantity(header.duration.term)}${header.duration.renewable ? `, renewable${header.duration.renewalTerm ? ` for ${r.quantity(header.duration.renewalTerm)}` : ''}` : ''}.`);
  else if (header.duration?.indefinite) paragraphs.push(`${self} ${will} remain in effect indefinitely.`);
  if (header.termination) paragraphs.push(`Each of the ${parties} may ${header.termination.keyword.text === 'discontinue' ? 'discontinue its participation in' : `give notice of ${header.termination.keyword.text} from`} ${self.replace('This', 'this')}${header.termination.notice ? ` with ${r.quantity(header.termination.notice)} written notice` : ''}.`);
  if (header.amendment?.procedure) paragraphs.push(`${self} may be amended by ${header.amendment.procedure}.`);
  if (header.disputes) paragraphs.push(`Differences ${will} be settled by ${r.list(header.disputes.means.map((m) => m.text))}${header.disputes.forum ? ` before ${header.disputes.forum.value}` : ''}.`);
  if (header.governingLaw?.law) paragraphs.push(`Governing law: ${'value' in header.governingLaw.law ? header.governingLaw.law.value : header.governingLaw.law.text}.`);
  for (const v of [header.depositary, header.registration, header.reservations]) {
    if (v?.value) paragraphs.push(`${v.type}: ${'value' in v.value ? v.value.value : v.value.text}.`);
  }
  const sig = header.signature;
  const languages = header.languages;
  if (sig || languages) {
    const place = sig?.place ? ` at ${sig.place.value}` : '';
    const date = sig?.date?.valid ? ` on ${r.date(sig.date)}` : '';
    const langs = languages && languages.languages.length > 0 ? ` in the ${r.list(languages.languages.map((l) => l.text))} languages` : '';
    const validity = languages?.validity ? `, all texts being ${languages.validity.text === 'authentic' ? 'equally authentic' : 'equally valid'}` : '';
    const prevailing = languages?.prevailing ? `; in case of divergence of interpretation, the ${languages.prevailing.text} text ${will} prevail` : '';
    paragraphs.push(`${sig?.keyword.text === 'done' ? 'Done' : 'Signed'}${place}${date}${langs}${validity}${prevailing}.`);
  }
  return paragraphs.length > 0 ? [{ heading: 'Final provisions', paragraphs }] : [];
}
