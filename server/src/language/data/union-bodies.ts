/**
 * Union institutions, bodies, offices and agencies a cyber-security instrument names, by the
 * names and acronyms they go by. The language asks for `jurisdiction EU` for all of them (its
 * grammar: "EU for the Union itself and its institutions, bodies, offices and agencies"); a
 * drafter may write Europol with its seat (`NL`) or as an organisation (`INT`) instead, and the
 * transfer rules would then call it a Member State body or an international organisation (the
 * who-is-bound review, probe 09). A Union body is neither: the GDPR does not apply to it (Art.
 * 2(3)) and data sent to it do not leave the Union (Art. 44 speaks of third countries and
 * international organisations). This table lets the checker recognise such a party by its name
 * and ask for `EU`, and lets the transfer rules treat it as the Union body it is.
 *
 * Only bodies whose status is not in doubt, named by their own names (the founding acts were not
 * read for this table; it rests on the bodies' names, not on what their acts provide). Not here,
 * because they are not Union bodies: the Council of Europe and its organs, the European Patent
 * Organisation, the European Space Agency, EUMETSAT, NATO bodies.
 */
import { nameBeginsWith } from '../util/name-begins-with';

export interface UnionBody {
  /** The short name used in messages. */
  readonly short: string;
  /** "a Union agency", "a Union institution", … */
  readonly what: string;
  /** Full names and acronyms, matched at the start of a party's name as whole phrases. */
  readonly names: readonly string[];
}

export const unionBodies: readonly UnionBody[] = [
  { short: 'Europol', what: 'a Union agency', names: ['European Union Agency for Law Enforcement Cooperation', 'European Police Office', 'European Cybercrime Centre', 'Europol', 'EC3'] },
  { short: 'Eurojust', what: 'a Union agency', names: ['European Union Agency for Criminal Justice Cooperation', 'Eurojust'] },
  { short: 'ENISA', what: 'a Union agency', names: ['European Union Agency for Cybersecurity', 'European Union Agency for Network and Information Security', 'ENISA'] },
  { short: 'CERT-EU', what: 'a Union body', names: ['Cybersecurity Service for the Union institutions, bodies, offices and agencies', 'Computer Emergency Response Team for the EU institutions, bodies and agencies', 'CERT-EU'] },
  { short: 'the EPPO', what: 'a Union body', names: ["European Public Prosecutor's Office", 'European Public Prosecutor’s Office', 'EPPO'] },
  { short: 'Frontex', what: 'a Union agency', names: ['European Border and Coast Guard Agency', 'Frontex'] },
  { short: 'eu-LISA', what: 'a Union agency', names: ['European Union Agency for the Operational Management of Large-Scale IT Systems', 'eu-LISA'] },
  { short: 'CEPOL', what: 'a Union agency', names: ['European Union Agency for Law Enforcement Training', 'CEPOL'] },
  { short: 'the EDPS', what: 'a Union body', names: ['European Data Protection Supervisor', 'EDPS'] },
  { short: 'the ECCC', what: 'a Union body', names: ['European Cybersecurity Industrial, Technology and Research Competence Centre', 'European Cybersecurity Competence Centre', 'ECCC'] },
  { short: 'OLAF', what: 'a Union body', names: ['European Anti-Fraud Office', 'OLAF'] },
  { short: 'the EEAS', what: 'a Union body', names: ['European External Action Service', 'EEAS'] },
  { short: 'the European Defence Agency', what: 'a Union agency', names: ['European Defence Agency'] },
  { short: 'the Commission', what: 'a Union institution', names: ['European Commission', 'Commission of the European Union', 'Commission of the European Communities'] },
  { short: 'the Council', what: 'a Union institution', names: ['Council of the European Union'] },
  { short: 'the European Parliament', what: 'a Union institution', names: ['European Parliament'] },
];

/** The Union body a party's name names, if it names one (see `nameBeginsWith`). */
export function unionBodyNamed(name: string | undefined): UnionBody | undefined {
  return unionBodies.find((body) => nameBeginsWith(name, body.names) !== undefined);
}
