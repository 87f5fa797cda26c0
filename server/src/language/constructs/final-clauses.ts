/**
 * How each statement of the instrument header reaches the signed text: as its conventional
 * final clause, in the instrument's own wording, taken from the clause library's approved text
 * where one fits and composed in the same style where none does (a delay the library's formula
 * does not have, a single language). The table is typed by `HeaderItem['type']`, so a header
 * statement added to the language without saying how it is rendered fails the type-check.
 *
 * A header fact that a clause of the document already covers (`clause Disputes from library …`)
 * is not said a second time. Wording follows the library (final-clauses.clauses.json) and the
 * treaty texts in /work/research/sources/nl-treaty-practice-examples.md.
 */
import type { ConsentClause, EffectClause, HeaderItem, Instrument, Quantity, ValueClause } from '../ast/nodes';
import type { ClauseTopic } from '../ast/topics';
import type { Paragraph, RenderContext } from './construct';

/** A header statement rendered as an article of its own, or said elsewhere (and where). */
export type FinalClause =
  | { readonly order: number; readonly topic: ClauseTopic | undefined; heading(header: Instrument, r: RenderContext): string; paragraphs(header: Instrument, r: RenderContext): Paragraph[] }
  | { readonly elsewhere: string };

export const finalClauses: { readonly [K in HeaderItem['type']]: FinalClause } = {
  Status: { order: 0, topic: 'non-binding-status', heading: () => 'Status', paragraphs: status },
  Consent: { order: 1, topic: 'consent', heading: () => 'Consent to be bound', paragraphs: (h, r) => (h.consent ? consent(h.consent, h, r) : []) },
  Effect: { order: 2, topic: 'entry-into-force', heading: (_, r) => (r.treaty ? 'Entry into force' : 'Coming into effect'), paragraphs: (h, r) => (h.effect ? effect(h.effect, r) : []) },
  Duration: { order: 3, topic: 'duration', heading: () => 'Duration', paragraphs: duration },
  Termination: { order: 4, topic: 'termination', heading: (_, r) => (!r.treaty ? 'Discontinuation' : r.signatories > 2 ? 'Denunciation' : 'Termination'), paragraphs: termination },
  Amendment: { order: 5, topic: 'amendment', heading: () => 'Amendment', paragraphs: amendment },
  Disputes: { order: 6, topic: 'disputes', heading: (_, r) => (r.treaty ? 'Settlement of disputes' : 'Settlement of differences'), paragraphs: disputes },
  GoverningLaw: { order: 7, topic: undefined, heading: () => 'Applicable law', paragraphs: governingLaw },
  Reservations: { order: 8, topic: 'reservations', heading: () => 'Reservations', paragraphs: (h, r) => valueClause(h.reservations, r, reservations) },
  Depositary: { order: 9, topic: 'depositary', heading: () => 'Depositary', paragraphs: (h, r) => valueClause(h.depositary, r, depositary) },
  Registration: { order: 10, topic: 'registration', heading: () => 'Registration', paragraphs: (h, r) => valueClause(h.registration, r, registration) },
  Languages: { elsewhere: 'the final formula: "Done at … in the English and Estonian languages, both texts being equally authentic"' },
  Signature: { elsewhere: 'the final formula and the signature blocks' },
};

function status(h: Instrument, r: RenderContext): Paragraph[] {
  switch (h.status?.value) {
    case 'non-binding':
      return r.approved('non-binding-status/mou') ?? [`This ${r.self} records the intentions of the ${r.participants}. It is not intended to be legally binding and does not create any legally binding commitment under international or domestic law.`];
    case 'undetermined':
      return [r.placeholder(`statement of whether this ${r.self} is legally binding`)];
    // A treaty says nothing of its own status: its wording and final clauses make it binding.
    default:
      return [];
  }
}

const ratificationWords = ['ratification', 'acceptance', 'approval'];

function consent(c: ConsentClause, h: Instrument, r: RenderContext): Paragraph[] {
  // Consent to be bound is a treaty's; a non-binding instrument expresses none (the checks say so).
  if (!r.treaty) return [];
  const means = c.means.map((m) => m.value ?? m.text);
  const procedures = ratificationWords.filter((w) => means.includes(w));
  if (means.length === 0) return [r.placeholder('means of consent to be bound')];
  if (r.signatories > 2) {
    const result: Paragraph[] = [];
    if (procedures.length > 0) {
      result.push(...(r.approved('consent/treaty-ratification', { signatories: r.signatoryNames, openingDate: r.date(h.signature?.date, 'date of opening for signature') }) ?? []));
    } else if (means.includes('signature')) result.push(`The consent of each State to be bound by this ${r.self} shall be expressed by its signature.`);
    if (means.includes('accession')) result.push(...(r.approved('consent/treaty-accession') ?? []));
    return result;
  }
  if (procedures.length > 0) {
    return [`This ${r.self} is subject to ${r.list(procedures)} in accordance with the constitutional requirements of each ${r.participant}.`, ...(r.approved('consent/treaty') ?? [])];
  }
  if (means.includes('notification')) return r.approved('consent/treaty') ?? [];
  return r.approved('consent/treaty-signature') ?? [`The consent of each ${r.participant} to be bound by this ${r.self} shall be expressed by its signature.`];
}

/** "on the thirtieth day following", "three months after", "on". */
function after(delay: Quantity | undefined, r: RenderContext): string {
  if (!delay) return 'on';
  if (delay.unit.value === 'day' && Number.isInteger(delay.amount) && delay.amount > 0) return `on the ${r.ordinal(delay.amount)} day following`;
  return `${r.quantity(delay)} after`;
}

function effect(e: EffectClause, r: RenderContext): Paragraph[] {
  const This = `This ${r.self}`;
  const event = e.event?.value ?? e.event?.text;
  if (e.date) return r.treaty ? [`${This} shall enter into force on ${r.date(e.date, 'date of entry into force')}.`] : r.approved('entry-into-force/mou-date', { effectiveDate: r.date(e.date, 'date of coming into effect') }) ?? [];
  if (event === 'entry-into-force') {
    const parent = r.parent ?? r.placeholder('title of the instrument this annex belongs to');
    return [`${This} forms an integral part of ${parent} and ${r.will} ${r.enterIntoForce} on the same date as ${parent}.`];
  }
  if (event === 'signature') {
    if (!e.delay) return r.approved(r.treaty ? 'entry-into-force/treaty-signature' : 'entry-into-force/mou') ?? [`${This} ${r.will} ${r.enterIntoForce} on the date of its signature.`];
    return [`${This} ${r.will} ${r.enterIntoForce} ${after(e.delay, r)} the date of its signature${r.signatories > 1 ? ` by the last of the ${r.participants} to sign it` : ''}.`];
  }
  if (!event) return [`${This} ${r.will} ${r.enterIntoForce} ${r.placeholder('date or event of entry into force')}.`];
  if (r.treaty && r.signatories > 2) {
    const count = e.count ?? r.signatories;
    const delayDay = e.delay?.unit.value === 'day' && Number.isInteger(e.delay.amount) && e.delay.amount > 0 ? r.ordinal(e.delay.amount) : undefined;
    if (delayDay) return r.approved('entry-into-force/treaty-multilateral', { delayDay, count: r.ordinal(count) }) ?? [];
    return [
      `${This} shall enter into force ${after(e.delay, r)} the date of deposit of the ${r.ordinal(count)} instrument of ratification, acceptance, approval or accession.`,
      `For each State that ratifies, accepts, approves or accedes to ${`this ${r.self}`} thereafter, it shall enter into force ${after(e.delay, r)} the date of deposit of its own instrument.`,
    ];
  }
  if (event === 'ratification' && r.treaty) return [`${This} shall enter into force ${after(e.delay, r)} the date of the exchange of the instruments of ratification.`];
  const procedures = r.treaty ? 'their internal procedures required for its entry into force have been completed' : 'their internal procedures have been completed';
  const which = e.afterLast || r.signatories !== 1 ? 'the later of the written notifications' : 'the written notification';
  return [`${This} ${r.will} ${r.enterIntoForce} ${after(e.delay, r)} the date of receipt of ${which} by which the ${r.participants} inform each other${r.treaty ? ', through diplomatic channels,' : ''} that ${procedures}.`];
}

function duration(h: Instrument, r: RenderContext): Paragraph[] {
  const d = h.duration;
  if (!d) return [];
  const This = `This ${r.self}`;
  if (d.indefinite) return r.treaty ? (r.approved('duration/treaty-indefinite') ?? []) : [`${This} will remain in effect until it is discontinued in accordance with its provisions on discontinuation.`];
  if (!d.term) return [`${This} ${r.will} remain ${r.treaty ? 'in force' : 'in effect'} for ${r.placeholder('term')}.`];
  const term = r.quantity(d.term);
  if (!d.renewable) return [`${This} ${r.will} remain ${r.treaty ? 'in force' : 'in effect'} for a period of ${term}.`];
  const renewal = r.quantity(d.renewalTerm ?? d.term);
  const notice = h.termination?.notice ? r.quantity(h.termination.notice) : r.placeholder('period of notice of non-renewal');
  if (!r.treaty) return r.approved('duration/mou', { term, renewal, notice }) ?? [];
  if (r.signatories <= 2) return r.approved('duration/treaty', { term, renewal, notice }) ?? [];
  return [`${This} shall remain in force for a period of ${term}. It shall thereafter be extended automatically for successive periods of ${renewal}, unless a Party notifies the Depositary in writing of its intention to terminate it at least ${notice} before the expiry of the current period.`];
}

function termination(h: Instrument, r: RenderContext): Paragraph[] {
  const t = h.termination;
  if (!t) return [];
  const notice = t.notice ? r.quantity(t.notice) : r.placeholder('period of notice');
  if (!r.treaty) return r.approved(r.signatories > 2 ? 'termination/mou-multilateral' : 'termination/mou', { notice }) ?? [];
  return r.approved(r.signatories > 2 ? 'termination/treaty-denunciation' : 'termination/treaty', { notice }) ?? [];
}

function amendment(h: Instrument, r: RenderContext): Paragraph[] {
  const a = h.amendment;
  if (!a) return [];
  const procedure = a.procedure.trim();
  if (!procedure) return [`This ${r.self} may be amended ${r.placeholder('amendment procedure')}.`];
  if (!r.treaty) {
    if (/^(written )?decision$|^mutual (written )?consent$|^written arrangement$/.test(procedure)) return r.approved('amendment/mou') ?? [];
    return [`This ${r.self} may be amended by ${procedure} of the ${r.participants}. An amendment will come into effect on the date the ${r.participants} decide.`];
  }
  if (procedure === 'notification') {
    return [`This ${r.self} may be amended by mutual written consent of the Parties, expressed in an exchange of notifications through diplomatic channels. Amendments shall enter into force in accordance with the procedure that applies to the entry into force of this ${r.self}.`];
  }
  // Ratification, written agreement, mutual consent: the amendment goes through the procedure the treaty itself went through.
  return r.approved('amendment/treaty') ?? [];
}

function disputes(h: Instrument, r: RenderContext): Paragraph[] {
  const d = h.disputes;
  if (!d) return [];
  const means = d.means.map((m) => m.text);
  const forum = d.forum ? r.phrase(d.forum) : undefined;
  const thirdParty = means.some((m) => m !== 'consultation' && m !== 'negotiation');
  if (!r.treaty) {
    if (!thirdParty) return r.approved('disputes/mou') ?? [];
    // An MoU that sends differences to a third party says so as written; the checks report it.
    return [`Any difference arising from the interpretation or implementation of this ${r.self} will be settled by ${r.list(means)}${forum ? ` before ${withThe(forum)}` : ''}.`];
  }
  if (!thirdParty) return r.approved('disputes/treaty') ?? [];
  if (forum) {
    return [
      `Any dispute between the Parties concerning the interpretation or application of this ${r.self} shall, as far as possible, be settled by ${r.list(means.filter((m) => m === 'consultation' || m === 'negotiation')) || 'negotiation'}.`,
      `A dispute that cannot be so settled shall, at the request of any Party to the dispute, be submitted to ${r.list(means.filter((m) => m !== 'consultation' && m !== 'negotiation'))} before ${withThe(forum)}.`,
    ];
  }
  return r.approved(r.signatories > 2 ? 'disputes/treaty-multilateral' : 'disputes/treaty-arbitration', { period: r.placeholder('period of negotiation before arbitration') }) ?? [];
}

const withThe = (name: string) => (/^the\s/i.test(name) ? name : `the ${name}`);

function governingLaw(h: Instrument, r: RenderContext): Paragraph[] {
  const law = h.governingLaw?.law;
  if (!law) return [];
  const written = 'value' in law ? r.phrase(law) : law.text;
  // A treaty is governed by international law by definition (VCLT Art. 2(1)(a)); no treaty says so in a clause of its own.
  if (written === 'international') return r.treaty ? [] : [`This ${r.self} will be interpreted in the light of international law.`];
  return [`This ${r.self} ${r.will} be ${r.treaty ? 'governed by' : 'interpreted in accordance with'} ${written}.`];
}

function valueClause(v: ValueClause | undefined, r: RenderContext, render: (value: string, quoted: boolean, r: RenderContext) => Paragraph[]): Paragraph[] {
  if (!v?.value) return [];
  return 'value' in v.value ? render(r.phrase(v.value), true, r) : render(v.value.text, false, r);
}

function reservations(value: string, quoted: boolean, r: RenderContext): Paragraph[] {
  if (!quoted && value === 'none') return r.approved('reservations/treaty-none') ?? [`No reservations may be made to this ${r.self}.`];
  if (!quoted && value === 'permitted') return r.approved('reservations/treaty-permitted', { provisions: r.placeholder('provisions to which reservations may be made') }) ?? [];
  if (!quoted) return [`No reservation may be made to this ${r.self} except as follows: ${r.placeholder('reservations permitted')}.`];
  return [`No reservation may be made to this ${r.self} except as follows: ${value}.`];
}

function depositary(value: string, quoted: boolean, r: RenderContext): Paragraph[] {
  const name = quoted ? value.replace(/^the\s+/i, '') : r.partyName({ text: value, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }).replace(/^the\s+/i, '');
  return r.approved('depositary/treaty', { depositaryName: name }) ?? [`The ${name} shall be the Depositary of this ${r.self}.`];
}

function registration(value: string, quoted: boolean, r: RenderContext): Paragraph[] {
  if (quoted) return [`${value[0]?.toUpperCase() ?? ''}${value.slice(1)}.`];
  if (value === 'none') return [];
  if (value !== 'article-102') return [r.placeholder('registration')];
  if (!r.treaty) return [`This ${r.self} will be registered with the Secretariat of the United Nations under Article 102 of the Charter of the United Nations.`];
  return r.approved(r.signatories > 2 ? 'registration/treaty-multilateral' : 'registration/treaty') ?? [];
}

/** The final provisions: one article per header statement that reaches the text, in the conventional order. */
export function finalArticles(header: Instrument, r: RenderContext): { heading: string; paragraphs: Paragraph[] }[] {
  const rows = Object.values(finalClauses)
    .filter((row): row is Extract<FinalClause, { order: number }> => 'order' in row)
    .sort((a, b) => a.order - b.order);
  const result: { heading: string; paragraphs: Paragraph[] }[] = [];
  for (const row of rows) {
    if (row.topic && r.covered(row.topic)) continue;
    const paragraphs = row.paragraphs(header, r);
    if (paragraphs.length > 0) result.push({ heading: row.heading(header, r), paragraphs });
  }
  return result;
}
