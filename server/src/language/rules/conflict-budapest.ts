/**
 * Budapest Convention cooperation (CF18, CF19): Art. 35 needs a point of contact available
 * 24/7, and Art. 29 preservation lasts at least 60 days.
 */
import type { Assistance, Name } from '../ast/nodes';
import { defineRule } from './rule';

function basis(assistance: Assistance, article: '29' | '35'): Name | undefined {
  return assistance.basis.find((b) => new RegExp(`^(?:budapest|bc)[-_]?(?:art[-_]?)?${article}$`, 'i').test(b.text));
}

export const budapest35Without247 = defineRule({
  code: 'budapest-35-without-24-7',
  catalogueId: 'CF18',
  family: 'conflict',
  defaultSeverity: 'error',
  message: 'Art. 35 cooperation needs a point of contact available 24 hours a day, 7 days a week, for every party.',
  rationale:
    'Budapest Convention Art. 35 requires each party to designate a point of contact available on a twenty-four hour, seven-day-a-week basis to give immediate assistance. A party reachable only in office hours cannot take part in the 24/7 network the instrument invokes.',
  source: 'Budapest Convention Art. 35(1)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia" {\n  contact Desk "CERT-EE" available office-hours\n}\nassistance {\n  basis budapest-35\n}\n',
    fix: 'participant EE "Estonia" {\n  contact Desk "CERT-EE" available 24/7\n}\nassistance {\n  basis budapest-35\n}\n',
  },
  check({ model, report }) {
    // One finding per party, on the first block that invokes Art. 35, however many blocks do.
    const article35 = model.ast.assistance.map((a) => basis(a, '35')).find((b) => b !== undefined);
    if (article35) {
      for (const party of model.signatories) {
        if (party.contacts.some((c) => c.availability?.value === '24/7')) continue;
        const officeHours = party.local && party.local.contacts.length > 0 ? party.local.contacts.filter((c) => c.availability?.value === 'office-hours') : [];
        if (officeHours.length > 0) {
          for (const contact of officeHours) {
            report({
              range: contact.availability!.range,
              message: `${party.id} is reachable only in office hours, but Art. 35 cooperation needs a contact point available 24/7.`,
              related: [{ uri: model.uri, range: article35.range, message: 'Art. 35 cooperation is invoked here.' }],
            });
          }
          continue;
        }
        const declaration = party.local ?? party.record;
        report({
          range: article35.range,
          message: `Art. 35 is invoked but ${party.id} has no contact point available 24/7: add \`contact … available 24/7\` to ${party.id}.`,
          related: declaration?.id ? [{ uri: party.local ? model.uri : party.uri, range: declaration.id.range, message: `${party.id} is declared here.` }] : [],
        });
      }
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
