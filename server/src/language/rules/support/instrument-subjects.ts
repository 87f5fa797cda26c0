/**
 * What an instrument is about, read from what it declares, not from its words: the subjects
 * (ast/subjects.ts) a library clause written for one field of cooperation must find before a
 * quick fix offers it. A customs, tax or disaster-relief treaty declares none of these, so it is
 * never offered a clause about cyber incidents or CSIRTs (quick-fix review, items 5, 7, 11, 12).
 *
 * - cyber security: a channel that carries what only CSIRTs exchange (indicators of compromise,
 *   vulnerabilities, malware samples), a national CERT among the signatories, or a signatory that
 *   declares a cyber-incident regime (NIS2, DORA, CIRCIA). Incident reports, threat assessments
 *   and best practice are every field's: a civil-protection memorandum exchanges reports on
 *   disasters and major accidents (eighteenth red-team run), a police one threat assessments;
 * - criminal justice: an assistance block that invokes the Convention on Cybercrime or mutual
 *   legal assistance, names an MLA treaty or central authorities, or a channel that carries
 *   criminal-cooperation data (electronic evidence, traffic data, subscriber information).
 *
 * An annex counts its parent's declarations: it is part of the same instrument.
 */
import type { EntenteDocument } from '../../ast/nodes';
import type { ClauseSubject } from '../../ast/subjects';
import type { Regime } from '../../ast/vocabulary';
import type { SemanticModel } from '../../model/semantic-model';
import { criminalCooperation } from './channel-kinds';
import { oncePer } from '../../util/once-per';

const cyberIncidentRegimes: ReadonlySet<Regime> = new Set<Regime>(['NIS2', 'DORA', 'CIRCIA']);
/** What no other field exchanges. */
const cyberOnlyData: ReadonlySet<string> = new Set(['indicators', 'vulnerabilities', 'malware-samples']);
const criminalBasis = /^(?:budapest|bc)(?:[-_]|$)|^mutual-legal-assistance$/i;

export function instrumentSubjects(model: SemanticModel): ReadonlySet<ClauseSubject> {
  return subjectsOf(model);
}

const subjectsOf = oncePer(readSubjects);

function readSubjects(model: SemanticModel): ReadonlySet<ClauseSubject> {
  const documents: EntenteDocument[] = [model.ast, ...(model.parentFile?.model ? [model.parentFile.model] : [])];
  const carried = new Set(documents.flatMap((d) => d.channels.flatMap((c) => c.carries.map((k) => k.value))));
  const subjects = new Set<ClauseSubject>();
  const cyberData = [...carried].some((c) => c !== undefined && cyberOnlyData.has(c));
  const cert = model.signatories.some((p) => p.effective.kind?.value === 'national-cert');
  const regime = model.signatories.some((p) => [...p.regimes].some((r) => cyberIncidentRegimes.has(r)));
  if (cyberData || cert || regime) subjects.add('cyber-security');
  const assistance = documents.flatMap((d) => d.assistance);
  const criminalData = [...carried].some((c) => c !== undefined && criminalCooperation.has(c));
  if (criminalData || assistance.some((a) => a.mlaTreaty !== undefined || a.centralAuthorities.length > 0 || a.basis.some((b) => criminalBasis.test(b.text)))) {
    subjects.add('criminal-justice');
  }
  return subjects;
}
