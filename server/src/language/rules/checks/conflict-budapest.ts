/**
 * Budapest Convention cooperation (CF18, CF19): Art. 35 needs a point of contact available
 * 24/7, so a party reachable only in office hours contradicts it; and Art. 29 preservation
 * lasts at least 60 days.
 */
import type { Assistance, Contact, Name } from '../../ast/nodes';
import type { PartyFacts, SemanticModel } from '../../model/semantic-model';
import { defineRule } from '../rule';

function basis(assistance: Assistance, article: '29' | '35'): Name | undefined {
  return assistance.basis.find((b) => new RegExp(`^(?:budapest|bc)[-_]?(?:art[-_]?)?${article}$`, 'i').test(b.text));
}

/** The first basis word that invokes Art. 35, however many assistance blocks do. */
export function article35Basis(model: SemanticModel): Name | undefined {
  return model.ast.assistance.map((a) => basis(a, '35')).find((b) => b !== undefined);
}

/**
 * The contacts declared in this document as `available office-hours` for a party that has no
 * 24/7 contact: what CF18 reports once Art. 35 is invoked. `missing-24-7-contact` (MC13) skips
 * exactly these parties, so the two rules never report the same party twice. An inherited
 * party's contacts live in another file and cannot be pointed at here; MC13 reports those.
 */
export function officeHoursOnlyContacts(party: PartyFacts): readonly Contact[] {
  if (party.contacts.some((c) => c.availability?.value === '24/7')) return [];
  return party.local?.contacts.filter((c) => c.availability?.value === 'office-hours') ?? [];
}

export const budapest35Without247 = defineRule({
  code: 'budapest-35-without-24-7',
  catalogueId: 'CF18',
  family: 'conflict',
  defaultSeverity: 'error',
  message: 'Art. 35 cooperation is invoked but this contact is available only in office hours: make it (or another contact of the party) available 24/7.',
  rationale:
    'Budapest Convention Art. 35 requires each party to designate a point of contact available on a twenty-four hour, seven-day-a-week basis to give immediate assistance. Declaring a party\'s contacts available only in office hours contradicts the 24/7 network the instrument invokes. (A party with no 24/7 contact and no office-hours one is simply missing a contact point: `missing-24-7-contact`, MC13, reports that.)',
  source: 'Budapest Convention Art. 35(1)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia" {\n  contact Desk "CERT-EE" available office-hours\n}\nassistance {\n  basis budapest-35\n}\n',
    fix: 'participant EE "Estonia" {\n  contact Desk "CERT-EE" available 24/7\n}\nassistance {\n  basis budapest-35\n}\n',
  },
  check({ model, report }) {
    const article35 = article35Basis(model);
    if (!article35) return;
    for (const party of model.signatories) {
      // One finding per party: one 24/7 contact is all Art. 35 asks, so a party with several
      // office-hours contacts (a duty desk and a central authority) has one problem, not two.
      const [contact, ...others] = officeHoursOnlyContacts(party);
      if (!contact) continue;
      report({
        range: contact.availability!.range,
        message: `${party.id} is reachable only in office hours, but Art. 35 cooperation needs a contact point available 24/7.`,
        related: [
          { uri: model.uri, range: article35.range, message: 'Art. 35 cooperation is invoked here.' },
          ...others.map((o) => ({ uri: model.uri, range: o.availability!.range, message: `${party.id}.${o.id?.text ?? 'contact'} is also available only in office hours.` })),
        ],
        fixes: [{ title: 'Make the contact available 24/7', edits: [{ range: contact.availability!.range, newText: '24/7' }], preferred: true }],
      });
    }
  },
});

export const preservationUnder60Days = defineRule({
  code: 'preservation-under-60-days',
  catalogueId: 'CF19',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'Preserve data for at least 60 days where Art. 29 of the Budapest Convention is invoked.',
  rationale:
    'Art. 29(7) of the Budapest Convention: preservation in response to a request lasts not less than 60 days, so that the requesting party can submit its request for search, seizure or disclosure. A shorter period lets the data go before the request arrives. (Checked against the text of Art. 29(7).)',
  source: 'Budapest Convention Art. 29(7)',
  sourceStatus: 'verified',
  example: {
    trigger: 'assistance {\n  basis budapest-29\n  preservation for 30 days\n}\n',
    fix: 'assistance {\n  basis budapest-29\n  preservation for 60 days\n}\n',
  },
  check({ model, report }) {
    for (const assistance of model.ast.assistance) {
      const article29 = basis(assistance, '29');
      const period = assistance.preservation;
      if (!article29 || period?.days === undefined || period.days >= 60) continue;
      report({
        range: period.range,
        message: `Preservation for ${period.amount} ${period.unit.text} is shorter than the 60 days Art. 29(7) requires.`,
        related: [{ uri: model.uri, range: article29.range, message: 'Art. 29 is invoked here.' }],
        fixes: [{ title: 'Preserve for 60 days', edits: [{ range: period.range, newText: '60 days' }], preferred: true }],
      });
    }
  },
});

export const budapestRules = [budapest35Without247, preservationUnder60Days];
