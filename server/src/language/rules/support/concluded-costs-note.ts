/**
 * What a reviewer of a signed text can do about costs its words leave unallocated, in one home for
 * `missing-costs` and `missing-body-costs` (lr21, D5; lr22, D7): nothing is added to the signed text;
 * an allocation made in another instrument is cited; one still wanted is agreed in a later one; and
 * otherwise, unless the signatories agreed otherwise elsewhere, what usually happens in practice:
 * each bears what it spends, and the host of a meeting the cost of hosting it. Said as practice, not
 * as a default rule of law — no source read states one (hundred-and-eleventh run, defect 3). The
 * practice is what cooperation texts write when they do allocate ("Each Contracting Party shall cover
 * its own costs for personnel and equipment", Netherlands–Switzerland 2007, Art. XIV(1)) and what
 * they have a host provide ("The Committee will alternately meet in the United States and in the
 * Netherlands. The country in which a particular meeting will take place will provide the Chairman
 * and the secretariat for that meeting", Netherlands–US memorandum 1978, Annex III para. F; the
 * Netherlands–Indonesia Committee meets "alternately in The Hague and Djakarta", economic
 * cooperation Agreement 1968, Art. 20).
 */
export function concludedCostsNote(parties: string, meetings = true): string {
  // The host's part only where the costs are a body's meetings: of training or an exercise it says nothing.
  const host = meetings ? ', and the host of a meeting the cost of hosting it' : '';
  return `nothing is to be added to the signed text. If another instrument allocates these costs (an implementing arrangement, a protocol, an exchange of notes), cite it in the review of this text; if an allocation is still wanted, the ${parties} can agree it in a later one. Otherwise, unless the ${parties} have agreed otherwise elsewhere, in practice each usually bears what it spends${host}.`;
}
