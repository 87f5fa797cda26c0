/**
 * The binding act of Union law under which an instrument between Member States' authorities says
 * its exchange is made, where that act lays down its own rules on the use, secrecy and onward
 * transmission of what is exchanged. An arrangement between the Czech and Netherlands tax
 * administrations made "Further to the provisions of Council Directive No 2011/16/EU" (2015,
 * preamble; twenty-sixth real-instruments run) organises an exchange that Article 16 of the
 * Directive already governs: the information is covered by official secrecy under the receiving
 * State's law; it may be used for the taxes the Directive covers, for other taxes and compulsory
 * social security contributions and in judicial and administrative proceedings on infringements of
 * tax law; for other purposes only with the sending authority's permission; and it may be passed to
 * a third Member State's competent authority on notice to the State of origin, which may oppose
 * within 10 working days (Art. 16(1)–(3)). A library clause of consent-based use and onward sharing,
 * or of TLP handling, would make the arrangement state a regime other than the binding one — one
 * that, being non-binding (or a mere arrangement between authorities), it cannot put in its place.
 *
 * Only the acts whose rules on use were read are listed. The instrument must say it is made under
 * the act ("further to the provisions of", "having regard to", "on the basis of", "pursuant to", "in
 * application of", "made under"); a citation in passing is not that. And the act governs only
 * exchanges between Member States: every signatory must be one.
 */
import type { SemanticModel } from '../../model/semantic-model';
import type { ClauseTopic } from '../../model/topics';
import { isUnionBodyParty } from '../../model/union-body-party';
import { instrumentProse } from './instrument-prose';
import { oncePer } from '../../util/once-per';
import { singleSpaced } from '../../util/single-spaced';

export interface UnionActRegime {
  /** The act as a drafter cites it: "Council Directive 2011/16/EU". */
  readonly act: string;
  /** Its provision on use, secrecy and onward transmission: "Article 16". */
  readonly provision: string;
}

interface UnionActRow extends UnionActRegime {
  /** The act's number as texts write it. */
  readonly cited: string;
  /** Where its rules on use were read. */
  readonly source: string;
}

const acts: readonly UnionActRow[] = [
  {
    act: 'Council Directive 2011/16/EU',
    provision: 'Article 16',
    cited: String.raw`(?:Council\s+)?Directive\s+(?:\(EU\)\s+)?(?:No\.?\s+|number\s+)?2011\/16\/EU`,
    source: 'Directive 2011/16/EU Art. 16 as appended to the Curaçao–Croatia savings Convention 2013 (BWBV0006199, statengeneraal/laws-markdown @91556a8)',
  },
];

/** The words by which an instrument says it is made under an act, then the words that may stand before the act's number. */
const madeUnder = String.raw`(?:further\s+to|having\s+regard\s+to|on\s+the\s+basis\s+of|pursuant\s+to|in\s+(?:application|implementation|pursuance|execution)\s+of|(?:made|concluded|established|exchanged|provided)\s+under)[\s,:]+(?:the\s+provisions\s+of\s+)?(?:(?:the\s+)?articles?\s+\d+[\w()]*(?:\s*(?:,|and|to)\s*\d+[\w()]*)*\s+of\s+)?(?:the\s+)?`;

const patterns = new Map(acts.map((row) => [row, new RegExp(madeUnder + row.cited, 'iu')]));

/**
 * The library topics whose clauses state a regime of use, secrecy or onward passing of what is
 * exchanged: consent-based use and onward sharing, confidentiality save with consent, TLP labels,
 * and protection "in accordance with" the instrument after it ends (the Directive's secrecy binds
 * by law, whatever becomes of the arrangement).
 */
export const useRegimeTopics: ReadonlySet<ClauseTopic> = new Set<ClauseTopic>(['purpose-limitation', 'confidentiality', 'handling-marking', 'survival']);

const regimeOf = oncePer(findRegime);

/** The Union act that governs the use of what this instrument's signatories exchange, if it says it is made under one. */
export function unionActRegime(model: SemanticModel): UnionActRegime | undefined {
  return regimeOf(model);
}

function findRegime(model: SemanticModel): UnionActRegime | undefined {
  const signatories = model.signatories;
  if (signatories.length < 2 || signatories.some((p) => !p.isEU || isUnionBodyParty(p))) return undefined;
  const texts = [model.ast.instrument?.title?.value ?? '', ...instrumentProse(model)];
  for (const row of acts) {
    const pattern = patterns.get(row)!;
    if (texts.some((t) => pattern.test(singleSpaced(t)))) return { act: row.act, provision: row.provision };
  }
  return undefined;
}
