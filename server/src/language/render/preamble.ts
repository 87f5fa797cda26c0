/**
 * The opening of the instrument: the parties by name, the term they are called by in the text,
 * and the formula that introduces the operative part. A treaty: "The Republic of Estonia and the
 * Republic of Finland, hereinafter referred to as "the Parties", … Have agreed as follows:" (NL–US
 * 2012, NL–SE 1984 in the Dutch treaty series). An MoU avoids "agreed": "… (hereinafter referred
 * to as "the Participants") … Have reached the following understanding:" (the form the NL–US
 * SOFA understandings of 1954 use, "have reached the following understandings"; "agree" is treaty
 * wording in DFAT's practice, national-mou-guidance.md).
 */
import type { RenderContext } from '../constructs/construct';
import type { SemanticModel } from '../model/semantic-model';
import type { Preamble } from './instrument-model';
import { capitalise } from './words';

export function preamble(model: SemanticModel, r: RenderContext): Preamble | undefined {
  // An annex has no preamble of its own: it is part of its parent instrument.
  if (!model.ast.instrument || model.ast.instrument.kind.value === 'annex') return undefined;
  // A declaration issued without declared parties speaks for itself ("We reaffirm …").
  if (model.ast.instrument.kind.value === 'declaration' && model.signatories.length === 0) return undefined;
  const names = model.signatories.length > 0 ? r.signatoryNames : r.placeholder(`the ${r.participants}`);
  const called = `hereinafter referred to as “the ${r.participants}”`;
  const parties = r.treaty ? `${capitalise(names)}, ${called},` : `${capitalise(names)} (${called}),`;
  return { parties, recitals: [], formula: r.treaty ? 'Have agreed as follows:' : 'Have reached the following understanding:' };
}
