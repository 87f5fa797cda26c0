/**
 * Where the instrument already says what the information it exchanges may be used for, or to whom
 * it may be disclosed: "shall be used solely for the purposes of this Agreement and solely by the
 * Customs Administrations" (NL–US customs 1996, Art. 15(1)); "shall use such information only for
 * such purposes" (NL–Samoa TIEA 2009, Art. 8); "shall only be used for the purposes specified in
 * paragraph 1 of Article 2" (NL–Japan customs 2009); "may be used for other purposes … with the
 * permission of the competent authority" (Directive 2011/16/EU Art. 16(2), applied by the CW–HR
 * Convention 2013, Art. 4(3)). A library clause that states a use regime of its own (purpose
 * limitation with compatible further use on notice, no sharing within the receiving State without
 * authorisation) would sit beside that rule and contradict it, loosening "solely" and tightening
 * the disclosure to courts the treaty allows; VCLT Art. 31(1) gives no rule to choose between the
 * two (second quick-fix review, closing item 2).
 *
 * Read in every text of the instrument, its channels' purposes included, and whoever's voice it
 * is in, quotation marks not masked: a rule of another instrument the text quotes and applies (the
 * CW–HR Annex, Art. 16 of the Directive between quotation marks) regulates the exchange as much as
 * its own words.
 */
import type { SemanticModel } from '../../model/semantic-model';

const useRule = new RegExp(
  [
    // "shall be used solely for", "shall only be used for", "may be used only for"
    String.raw`\bbe\s+used\s+(?:solely|only|exclusively)\s+(?:for|by|in)\b`,
    String.raw`\b(?:shall|may|will|must)\s+(?:only|solely)\s+be\s+used\s+(?:for|by|in)\b`,
    // "shall use such information only for such purposes", "may use such data only for the stated purpose"
    String.raw`\buse\s+(?:such|the|this|that|any|all)\s+(?:information|data|documents?|material)\s+(?:solely|only|exclusively)\s+for\b`,
    // "may not use the information supplied for purposes other than", "shall not be used for any other purpose"
    String.raw`\b(?:shall|may|will|must)\s+not\s+(?:use\b[^.;]{0,80}|be\s+used)\s+for\s+(?:any\s+)?(?:other\s+purposes?|purposes?\s+other\s+than)\b`,
    // "may be used for other purposes … with the permission"
    String.raw`\bmay\s+(?:also\s+)?be\s+used\s+for\s+(?:other\s+purposes|purposes\s+other\s+than)\b`,
  ].join('|'),
  'iu',
);

const byModel = new WeakMap<SemanticModel, boolean>();

/** Whether the instrument states a rule on the use or disclosure of the information it exchanges. */
export function regulatesUseOfInformation(model: SemanticModel): boolean {
  let found = byModel.get(model);
  if (found === undefined) byModel.set(model, (found = model.prose().some(({ text }) => useRule.test(text.value))));
  return found;
}
