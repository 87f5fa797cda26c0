/**
 * The country of a place of signature, for the one question the registration clause asks: was
 * the treaty signed in a Party's territory? The library's bilateral clause has it registered "by
 * the Party in whose territory it was signed", which designates nobody for a treaty "DONE at
 * Brussels" between the Netherlands and Liechtenstein (NL–LI TIEA 2009; twenty-fifth run). A
 * place this table does not know is not guessed: the clause is then not offered in that form.
 *
 * Capitals and the places treaties of the test corpus were signed at, with the spellings treaty
 * texts use (Dutch ones among them: ’s-Gravenhage, Parijs, Straatsburg). From memory, not read in
 * a gazetteer; a wrong or missing entry only withholds that form of the clause.
 */
const places: Readonly<Record<string, readonly string[]>> = {
  AT: ['vienna', 'wien', 'weenen'],
  AU: ['canberra'],
  AW: ['oranjestad'],
  BE: ['brussels', 'bruxelles', 'brussel'],
  BG: ['sofia'],
  BR: ['brasilia'],
  CA: ['ottawa'],
  CH: ['bern', 'berne', 'geneva', 'geneve', 'genf', 'magglingen', 'macolin'],
  CN: ['beijing'],
  CU: ['havana', 'la habana'],
  CW: ['willemstad'],
  CY: ['nicosia'],
  CZ: ['prague', 'praha'],
  DE: ['berlin', 'bonn', 'wiesbaden', 'munich', 'munchen', 'frankfurt'],
  DK: ['copenhagen', 'kobenhavn', 'kopenhagen'],
  DO: ['santo domingo', 'santo domingo de guzman'],
  EE: ['tallinn', 'tartu', 'narva'],
  EG: ['cairo'],
  ES: ['madrid', 'lanzarote'],
  ET: ['addis ababa'],
  FI: ['helsinki', 'tampere', 'turku'],
  FR: ['paris', 'parijs', 'strasbourg', 'straatsburg'],
  GB: ['london', 'londen', 'edinburgh'],
  GE: ['tbilisi'],
  GF: ['cayenne'],
  GL: ['nuuk'],
  GR: ['athens', 'athene'],
  HK: ['hong kong', 'the hong kong special administrative region', 'hong kong special administrative region'],
  HR: ['zagreb'],
  HU: ['budapest'],
  IE: ['dublin'],
  IN: ['new delhi'],
  IS: ['reykjavik'],
  IT: ['rome', 'roma'],
  JE: ['saint helier', 'st helier'],
  JP: ['tokyo'],
  KR: ['seoul'],
  LI: ['vaduz'],
  LT: ['vilnius'],
  LU: ['luxembourg', 'luxemburg'],
  LV: ['riga'],
  MD: ['chisinau'],
  MQ: ['fort-de-france'],
  MT: ['valletta'],
  NL: ['the hague', 'den haag', 's-gravenhage', 'amsterdam', 'rotterdam', 'maastricht', 'utrecht', 'veenhuizen'],
  NO: ['oslo'],
  PH: ['manila'],
  PL: ['warsaw', 'warszawa', 'warschau'],
  PT: ['lisbon', 'lisboa'],
  RO: ['bucharest'],
  RS: ['belgrade', 'beograd'],
  RU: ['moscow'],
  SE: ['stockholm'],
  SG: ['singapore'],
  SI: ['ljubljana'],
  SK: ['bratislava'],
  TR: ['ankara', 'istanbul'],
  UA: ['kyiv', 'kiev'],
  US: ['washington', 'washington d.c.', 'washington dc', 'new york'],
  WS: ['apia'],
};

const countryOf = new Map(Object.entries(places).flatMap(([code, names]) => names.map((n) => [n, code] as const)));

/** "’s-Gravenhage" → "s-gravenhage", "Chișinău" → "chisinau", "Washington, D.C." → "washington d.c.". */
function normalised(place: string): string {
  return place
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/^[’'‘]/u, '')
    .replace(/,/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The ISO code of the country a place of signature is in, or undefined when the table does not know it. */
export function countryOfPlace(place: string): string | undefined {
  for (const name of [place, ...place.split('/')]) {
    const code = countryOf.get(normalised(name));
    if (code) return code;
  }
  return undefined;
}
