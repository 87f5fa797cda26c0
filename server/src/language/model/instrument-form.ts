/**
 * Bilateral or multilateral, from what the text says rather than from a count of declared
 * parties. Real multilateral treaties name classes, not States ("the member States of the
 * Council of Europe and the other States signatory hereto", "any new Party to the North Atlantic
 * Treaty"); a transcription may declare two or three such classes, or only the first signatories.
 * A treaty is multilateral when any of these says so:
 * - a party is a class (`class open` / `class closed`), which stands for several States;
 * - more than two parties are declared;
 * - it is open to accession (`consent by … accession`: a third State may join, VCLT Art. 15);
 * - it is opened for signature (`opened for signature …`), or provides for entry into force for
 *   States that consent later (`subsequently …`, VCLT Art. 24(3));
 * - its entry into force needs more than two consents (`by 5 States`).
 * It is bilateral when exactly two single parties are declared and none of these applies. Otherwise
 * (no parties declared, one party) the form is not known, and checks that depend on it stay silent.
 */
import type { EntenteDocument } from '../ast/nodes';
import type { PartyFacts } from './semantic-model';

export type InstrumentFormKind = 'bilateral' | 'multilateral';

export interface FormFinding {
  readonly form: InstrumentFormKind | undefined;
  /** Why the instrument is multilateral, in words for messages ("the party CoE is a class"). */
  readonly because: readonly string[];
}

export function instrumentForm(ast: EntenteDocument, signatories: readonly Pick<PartyFacts, 'id' | 'classOf'>[]): FormFinding {
  const because: string[] = [];
  const classes = signatories.filter((p) => p.classOf !== undefined);
  for (const c of classes) because.push(`${c.id} is a class of parties`);
  if (signatories.length > 2) because.push(`${signatories.length} parties are declared`);
  const header = ast.instrument;
  if (header?.consent?.means.some((m) => /^accession$/i.test(m.text))) because.push('it is open to accession');
  if (header?.openedForSignature) because.push('it is opened for signature');
  if (header?.subsequentEffect) because.push('it enters into force for States that consent later');
  const count = Math.max(header?.effect?.count ?? 0, header?.subsequentEffect?.count ?? 0);
  if (count > 2) because.push(`its entry into force needs ${count} consents`);
  if (because.length > 0) return { form: 'multilateral', because };
  return { form: signatories.length === 2 ? 'bilateral' : undefined, because };
}
