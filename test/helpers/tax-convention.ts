/**
 * The header of the Convention on mutual administrative assistance in tax matters (1988/2010;
 * BWBV0005131) with two party classes, for the tests of its two depositaries and two originals
 * (testimonium-originals, `depositary` as a list).
 */
const classes =
  'party CoE-Members "The member States of the Council of Europe" { kind state class open }\n' +
  'party OECD-Members "The Member countries of OECD" { kind state class open }\n';

export function taxConvention(done: string, depositary: string): string {
  return [
    'treaty "Convention on mutual administrative assistance in tax matters" {',
    '  status binding',
    '  languages English, French authentic',
    `  done at "Strasbourg" on 1988-01-25 ${done}`,
    '  opened for signature',
    '  consent by ratification, acceptance, approval',
    '  denunciation with notice of 3 months',
    `  depositary ${depositary}`,
    '}',
    classes,
  ].join('\n');
}
