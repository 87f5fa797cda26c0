/**
 * Protection of information that must outlive the instrument (VCLT Art. 70(1)(a): termination
 * "releases the parties from any obligation further to perform the treaty" unless the treaty
 * otherwise provides). Two questions, asked by the survival checks (checks/missing-legal-framework.ts)
 * and by the choice of a termination clause (library-fit.ts): does the text already say that
 * protection continues, and does it exchange information whose protection must continue?
 */
import type { Channel } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { coversTopic } from './applicability';
import { saysInProse } from './instrument-prose';

/** Protection that outlives the instrument: "continue to be protected", "remain bound", "shall not affect obligations". */
const survivalClause = new RegExp(
  [
    String.raw`\bcontinue(?:s)?\s+to\s+(?:be\s+protected|protect|apply|be\s+(?:safeguarded|treated|bound))`,
    String.raw`\bremain(?:s)?\s+(?:to\s+be\s+)?bound\b`,
    String.raw`\b(?:shall|will)\s+survive\b|\bsurvive(?:s)?\s+(?:the\s+)?(?:termination|expiry|expiration|denunciation|withdrawal|discontinuation)`,
    String.raw`\bnotwithstanding\s+(?:the\s+)?(?:termination|expiry|expiration|denunciation|withdrawal|discontinuation)`,
    String.raw`\b(?:termination|denunciation|withdrawal|discontinuation|expiry)\b[^.;]{0,160}?\b(?:shall|will)\s+not\s+affect\s+(?:any\s+)?(?:obligations?|rights|the\s+protection)`,
    String.raw`\bwill\s+be\s+treated\s+according\s+to\s+the\s+terms\s+of\s+the\s+(?:Arrangement|Agreement|Memorandum)`,
    // Protection measured by the classification, not by the instrument: "throughout the period
    // during which the classifying Government may maintain such classifications" (Netherlands–US
    // 1978, Art. IV); "for as long as it remains classified".
    String.raw`\b(?:throughout\s+the\s+period|for\s+(?:as|so)\s+long\s+as|as\s+long\s+as|so\s+long\s+as)\b[^.;]{0,100}?\b(?:maintain|retain|keep|remain)s?\b[^.;]{0,40}?\bclassifi`,
  ].join('|'),
  'iu',
);

/** A word each branch of `survivalClause` needs (same flags). */
const survivalWords = /continue|remain|surviv|notwithstanding|affect|treated|classifi/iu;

/** TLP labels whose confidentiality commitment must outlive the instrument (missing-confidentiality-survival). */
export const sensitiveLabels: ReadonlySet<string> = new Set(['TLP:RED', 'TLP:AMBER+STRICT', 'TLP:AMBER']);

/** The text says that protection continues after it ends: a clause about survival, or words to that effect. */
export function survivalStated(model: SemanticModel): boolean {
  return coversTopic(model, 'survival') || saysInProse(model, survivalClause, survivalWords);
}

export function isClassified(channel: Channel): boolean {
  return channel.carries.some((c) => c.value === 'classified') || (channel.classification !== undefined && channel.classification.value !== 'UNCLASSIFIED');
}

/** Classified information under an agreement in force elsewhere stays protected by that agreement. */
export function protectedElsewhere(model: SemanticModel, channel: Channel): boolean {
  const named = channel.securityAgreement ? model.resolve('security-agreement', channel.securityAgreement.text)?.node : undefined;
  return named?.type === 'SecurityAgreement' && named.concluded !== undefined;
}

/** The first channel carrying classified information that no security agreement in force elsewhere protects. */
export function classifiedChannel(model: SemanticModel): Channel | undefined {
  return model.ast.channels.find((c) => isClassified(c) && !protectedElsewhere(model, c));
}

/** The first channel marked TLP:RED, TLP:AMBER+STRICT or TLP:AMBER. */
export function sensitiveChannel(model: SemanticModel): Channel | undefined {
  return model.ast.channels.find((c) => c.marking?.value !== undefined && sensitiveLabels.has(c.marking.value));
}

/**
 * Whether, once the instrument can end, the survival checks would ask for a survival clause: it
 * exchanges classified information (not protected by an agreement in force elsewhere) or
 * information marked TLP:RED or TLP:AMBER, and says nothing of its protection after the end.
 * Only there may a termination clause that also keeps that protection alive be offered.
 */
export function survivalCalledFor(model: SemanticModel): boolean {
  return (classifiedChannel(model) !== undefined || sensitiveChannel(model) !== undefined) && !survivalStated(model);
}
