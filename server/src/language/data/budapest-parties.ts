/**
 * Which States are Parties to the Convention on Cybercrime (ETS 185), as far as the team could
 * read it. Party status is data with a date and a source, never an assumption: Art. 35 (24/7
 * point of contact) and the other co-operation articles bind only States Parties, and only once
 * the Convention has entered into force for them (Art. 36(4): the first day of the month after
 * three months from the consent; Art. 37(2) likewise for accessions).
 *
 * Sources (research/sources/budapest-parties.md, plus two look-ups of this work, noted below):
 * - `coe-chart-2015`: Council of Europe Treaty Office, chart of signatures and ratifications of
 *   Treaty 185, status as of 3 December 2015 — rows of member States Albania to Germany read.
 * - `coe-parties-2024`: Council of Europe page "The Budapest Convention", list of Parties, stored
 *   copy from after 20 June 2024 — read from the start of the list to "Kiribati" only. A State
 *   whose English name sorts before "Kiribati" and is absent from it is `not-listed`.
 * - `nl-treaty-series`: Dutch treaty series (Trb. 2007, 10, party table; and the Dutch treaty
 *   database's change log for ETS 185, 2024–2026) — official Dutch publications, read as excerpts.
 * - `secondary-2015`: the list of ratifications and accessions "as of September 2015" on
 *   cybercrimelaw.net (a secondary source; it names 45 of the 47 it counts) — used only for
 *   States after "Kiribati" that no primary copy covered.
 * States in none of these are `unknown`: the checker then says nothing about their status.
 * The authoritative source is the CoE chart for ETS 185, which nobody on the team read in full.
 */

export type BudapestStatus = 'party' | 'signatory' | 'not-listed' | 'unknown';

export type BudapestSource = 'coe-chart-2015' | 'coe-parties-2024' | 'nl-treaty-series' | 'secondary-2015';

export interface BudapestRow {
  readonly jurisdiction: string;
  readonly state: string;
  readonly status: Exclude<BudapestStatus, 'unknown'>;
  readonly source: BudapestSource;
  readonly signature?: string;
  /** Ratification, acceptance, approval or accession. */
  readonly consent?: string;
  /** Entry into force for that State. `computed` when derived from the consent by Art. 36(4)/37(2). */
  readonly inForce?: string;
  readonly inForceComputed?: boolean;
}

/** What the list is, for messages: where it comes from and when it was read. */
export const budapestListAsOf =
  'the Council of Europe list of Parties (stored copy from after 20 June 2024, read in 2026, States up to "Kiribati"), the CoE chart of 3 December 2015 and, for later letters, a list of September 2015';

const row = (
  jurisdiction: string,
  state: string,
  status: BudapestRow['status'],
  source: BudapestSource,
  dates: Partial<Pick<BudapestRow, 'signature' | 'consent' | 'inForce' | 'inForceComputed'>> = {},
): BudapestRow => ({ jurisdiction, state, status, source, ...dates });

export const budapestRows: readonly BudapestRow[] = [
  // CoE chart, status 3 December 2015 (member States, A–G).
  row('AL', 'Albania', 'party', 'coe-chart-2015', { signature: '2001-11-23', consent: '2002-06-20', inForce: '2004-07-01' }),
  row('AM', 'Armenia', 'party', 'coe-chart-2015', { signature: '2001-11-23', consent: '2006-10-12', inForce: '2007-02-01' }),
  row('AT', 'Austria', 'party', 'coe-chart-2015', { signature: '2001-11-23', consent: '2012-06-13', inForce: '2012-10-01' }),
  row('AZ', 'Azerbaijan', 'party', 'coe-chart-2015', { signature: '2008-06-30', consent: '2010-03-15', inForce: '2010-07-01' }),
  row('BE', 'Belgium', 'party', 'coe-chart-2015', { signature: '2001-11-23', consent: '2012-08-20', inForce: '2012-12-01' }),
  row('BA', 'Bosnia and Herzegovina', 'party', 'coe-chart-2015', { signature: '2005-02-09', consent: '2006-05-19', inForce: '2006-09-01' }),
  row('BG', 'Bulgaria', 'party', 'coe-chart-2015', { signature: '2001-11-23', consent: '2005-04-07', inForce: '2005-08-01' }),
  row('HR', 'Croatia', 'party', 'coe-chart-2015', { signature: '2001-11-23', consent: '2002-10-17', inForce: '2004-07-01' }),
  row('CY', 'Cyprus', 'party', 'coe-chart-2015', { signature: '2001-11-23', consent: '2005-01-19', inForce: '2005-05-01' }),
  row('CZ', 'Czechia', 'party', 'coe-chart-2015', { signature: '2005-02-09', consent: '2013-08-22', inForce: '2013-12-01' }),
  row('DK', 'Denmark', 'party', 'coe-chart-2015', { signature: '2003-04-22', consent: '2005-06-21', inForce: '2005-10-01' }),
  row('EE', 'Estonia', 'party', 'coe-chart-2015', { signature: '2001-11-23', consent: '2003-05-12', inForce: '2004-07-01' }),
  row('FI', 'Finland', 'party', 'coe-chart-2015', { signature: '2001-11-23', consent: '2007-05-24', inForce: '2007-09-01' }),
  row('FR', 'France', 'party', 'coe-chart-2015', { signature: '2001-11-23', consent: '2006-01-10', inForce: '2006-05-01' }),
  row('GE', 'Georgia', 'party', 'coe-chart-2015', { signature: '2008-04-01', consent: '2012-06-06', inForce: '2012-10-01' }),
  row('DE', 'Germany', 'party', 'coe-chart-2015', { signature: '2001-11-23', consent: '2009-03-09', inForce: '2009-07-01', inForceComputed: true }),
  // Dutch treaty series (Trb. 2007, 10 party table; treaty database change log 2024).
  row('HU', 'Hungary', 'party', 'nl-treaty-series', { signature: '2001-11-23', consent: '2003-12-04', inForce: '2004-07-01' }),
  row('LT', 'Lithuania', 'party', 'nl-treaty-series', { signature: '2003-06-23', consent: '2004-03-18', inForce: '2004-07-01' }),
  row('CI', "Côte d'Ivoire", 'party', 'nl-treaty-series', { consent: '2024-07-29', inForce: '2024-11-01' }),
  row('BJ', 'Benin', 'party', 'nl-treaty-series', { consent: '2024-06-20', inForce: '2024-10-01' }),
  // CoE list of Parties (after 20 June 2024), A to "Kiribati": listed, dates not read.
  ...(
    [
      ['AD', 'Andorra'], ['AR', 'Argentina'], ['AU', 'Australia'], ['BR', 'Brazil'], ['CV', 'Cabo Verde'], ['CA', 'Canada'],
      ['CM', 'Cameroon'], ['CL', 'Chile'], ['CO', 'Colombia'], ['CR', 'Costa Rica'], ['DO', 'Dominican Republic'], ['FJ', 'Fiji'],
      ['GH', 'Ghana'], ['GR', 'Greece'], ['GD', 'Grenada'], ['IS', 'Iceland'], ['IL', 'Israel'], ['IT', 'Italy'], ['JP', 'Japan'],
      ['KI', 'Kiribati'],
    ] as const
  ).map(([code, name]) => row(code, name, 'party', 'coe-parties-2024')),
  // Absent from that list although their names fall in the range read (Albania to Kiribati).
  row('IE', 'Ireland', 'signatory', 'coe-parties-2024', { signature: '2002-02-28' }),
  ...(
    [
      ['AF', 'Afghanistan'], ['DZ', 'Algeria'], ['BH', 'Bahrain'], ['BD', 'Bangladesh'], ['BY', 'Belarus'], ['CN', 'China'],
      ['CU', 'Cuba'], ['EG', 'Egypt'], ['ET', 'Ethiopia'], ['IN', 'India'], ['ID', 'Indonesia'], ['IR', 'Iran'], ['IQ', 'Iraq'],
      ['JO', 'Jordan'], ['KZ', 'Kazakhstan'], ['KE', 'Kenya'],
    ] as const
  ).map(([code, name]) => row(code, name, 'not-listed', 'coe-parties-2024')),
  // Secondary list of September 2015, States after "Kiribati" (no primary copy read).
  ...(
    [
      ['LV', 'Latvia'], ['LU', 'Luxembourg'], ['MK', 'North Macedonia'], ['MT', 'Malta'], ['MU', 'Mauritius'], ['MD', 'Moldova'],
      ['ME', 'Montenegro'], ['NL', 'the Netherlands'], ['NO', 'Norway'], ['PA', 'Panama'], ['PT', 'Portugal'], ['RO', 'Romania'],
      ['RS', 'Serbia'], ['SK', 'Slovakia'], ['SI', 'Slovenia'], ['ES', 'Spain'], ['LK', 'Sri Lanka'], ['CH', 'Switzerland'],
      ['TR', 'Türkiye'], ['UA', 'Ukraine'], ['GB', 'the United Kingdom'], ['US', 'the United States'],
    ] as const
  ).map(([code, name]) => row(code, name, 'party', 'secondary-2015')),
];

const byJurisdiction = new Map(budapestRows.map((r) => [r.jurisdiction, r]));

export function budapestRow(jurisdiction: string | undefined): BudapestRow | undefined {
  return jurisdiction ? byJurisdiction.get(jurisdiction) : undefined;
}

export function budapestStatus(jurisdiction: string | undefined): BudapestStatus {
  return budapestRow(jurisdiction)?.status ?? 'unknown';
}

/** "a Party since 2004-07-01" / "a Party (listed by the Council of Europe after June 2024)", for messages. */
export function describeParty(row: BudapestRow): string {
  if (row.inForce) return `a Party to the Convention on Cybercrime (in force for it since ${row.inForce})`;
  const where: Record<BudapestSource, string> = {
    'coe-chart-2015': 'on the Council of Europe chart of 2015',
    'coe-parties-2024': 'on the Council of Europe list of Parties read in 2026',
    'nl-treaty-series': 'in the Dutch treaty series',
    'secondary-2015': 'on a secondary list of ratifications of September 2015',
  };
  return `a Party to the Convention on Cybercrime (${where[row.source]})`;
}
