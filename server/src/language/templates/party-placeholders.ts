/** The placeholders every template asks about a party, so all templates name them alike. */
import type { TemplatePlaceholder } from './template-types';

export function partyPlaceholders(n: number, sample: { id: string; name: string; jurisdiction: string; representative: string; contact: string; email: string; phone: string }): TemplatePlaceholder[] {
  const p = `party${n}`;
  return [
    { name: `${p}Id`, slot: 'identifier', description: `short id of party ${n}, used everywhere in the file (e.g. EE)`, sample: sample.id },
    { name: `${p}Name`, description: `full name of party ${n}`, sample: sample.name },
    { name: `${p}Jurisdiction`, slot: 'identifier', description: `ISO 3166-1 alpha-2 code of party ${n} (EU for the Union)`, sample: sample.jurisdiction },
    { name: `${p}Representative`, description: `who signs for party ${n}`, sample: sample.representative },
    { name: `${p}Contact`, description: `name of party ${n}'s 24/7 point of contact`, sample: sample.contact },
    { name: `${p}Email`, description: `e-mail of party ${n}'s point of contact`, sample: sample.email },
    { name: `${p}Phone`, description: `telephone of party ${n}'s point of contact`, sample: sample.phone },
  ];
}

export const estonia = {
  id: 'EE', name: 'Republic of Estonia', jurisdiction: 'EE', representative: 'Ministry of Defence',
  contact: 'CERT-EE duty officer', email: 'cert@cert.ee', phone: '+372 663 0299',
};
export const finland = {
  id: 'FI', name: 'Republic of Finland', jurisdiction: 'FI', representative: 'Ministry of Defence',
  contact: 'NCSC-FI situation centre', email: 'cert@traficom.fi', phone: '+358 295 345 630',
};
export const latvia = {
  id: 'LV', name: 'Republic of Latvia', jurisdiction: 'LV', representative: 'Ministry of Defence',
  contact: 'CERT.LV duty officer', email: 'cert@cert.lv', phone: '+371 6708 5888',
};

/** The declaration of party n, in the template's wording (`participant` or `party`). */
export function partyBlock(n: number, keyword: 'participant' | 'party', kind: string): string {
  const p = `party${n}`;
  return `${keyword} {{${p}Id}} "{{${p}Name}}" {
  kind ${kind}
  jurisdiction {{${p}Jurisdiction}}
  represented by "{{${p}Representative}}"
  contact Duty "{{${p}Contact}}" available 24/7 email "{{${p}Email}}" phone "{{${p}Phone}}"
}`;
}
