/**
 * Where the text applies another instrument's provisions to the personal data a channel carries,
 * for `missing-transfer-safeguards` (MC20): "In case of exchange of information in respect of an
 * identified or identifiable individual, the provisions of Chapter 6, in particular the Article 199,
 * of the Economic Partnership Agreement between the Cariforum States and the European Community and
 * its Member States shall be applied accordingly" (NL–Antigua and Barbuda TIEA 2009, Art. 8(2);
 * read: BWBV0003493; ninety-first run, defect 1). Incorporation by reference makes the other
 * instrument's provisions terms of this one, so an element the check does not find in this text's
 * own words may be stated there: the finding must not say the instrument does not state it, only
 * that this text does not, and ask the reader to check the other instrument, which Entente does
 * not read.
 *
 * Read in the words the check already reads (the channel's `safeguards` text, the clauses on data
 * protection, transfer safeguards, confidentiality or purpose limitation, and other clauses that speak
 * of personal data), and in the header's `incorporates data-protection … from "<instrument>"`. A
 * sentence counts where it names provisions of another instrument by its name ("of the Economic
 * Partnership Agreement …", "of the Council of Europe Convention …", "Regulation (EU) 2016/679") and
 * applies them ("shall be applied accordingly", "shall apply", "in accordance with", "subject to"),
 * and, outside the safeguards text, speaks of data or information. Not "the provisions of this
 * Agreement", "of the present Convention", "of the Agreement" (no name: the text itself, as often as
 * a parent), nor "in accordance with its domestic law", which incorporates no instrument.
 */
import type { Channel } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { topicFromName } from '../../ast/topics';
import { safeguardTexts } from './transfer-safeguard-content';

/**
 * Another instrument named by its name: "the" and at least one word before its kind, none of them a
 * word of this text's own provisions ("the present", "the said", "the provisions of this Agreement").
 */
const nameWord = String.raw`(?!(?:this|present|said|same|provisions?|articles?|chapters?|paragraphs?)\b)[\p{L}\d’'()–-]+`;
const namedInstrument = String.raw`the\s+${nameWord}(?:\s+${nameWord}){0,20}?\s+(?:agreement|convention|protocol|treaty)\b`;
const unionAct = String.raw`(?:regulation|directive)\s+(?:\((?:eu|ec|eec)\)\s+)?(?:no\.?\s+)?\d`;

/** Provisions of another instrument, or another instrument the data are processed in accordance with. */
const incorporation = new RegExp(
  String.raw`\b(?:provisions?|chapters?|articles?|parts?|titles?|sections?|annex(?:es)?|principles)\b[^.;]{0,120}?\bof\s+(?:${namedInstrument}|${unionAct})` +
    String.raw`|\b(?:in accordance with|subject to|as (?:laid down|set out|provided(?: for)?) in)\s+(?:the\s+provisions\s+of\s+)?(?:${namedInstrument}|${unionAct})`,
  'iu',
);
const applied = /\b(?:shall|will|are to|is to)\s+(?:be\s+)?appl(?:y|ied)\b|\bin accordance with\b|\bsubject to\b|\bas (?:laid down|set out|provided(?: for)?) in\b|\bmutatis mutandis\b/iu;
const aboutData = /\b(?:data|information|individuals?|privacy|persons? concerned)\b/iu;
const protectionTopics = new Set(['data-protection', 'transfer-safeguards']);

/** In words for a message, how the text applies another instrument's provisions to the data; undefined where it does not. */
export function incorporatedSafeguards(model: SemanticModel, channel: Channel): string | undefined {
  for (const item of model.ast.instrument?.incorporations ?? []) {
    if (!item.source || !item.topics.some((t) => protectionTopics.has(topicFromName(t.text) ?? ''))) continue;
    return `${item.articles ? `“${item.articles.value}” of ` : 'the provisions of '}“${item.source.value}”, as the header records (\`incorporates\`)`;
  }
  const texts = safeguardTexts(model, channel);
  const own = channel.safeguardsText?.value;
  for (const text of texts) {
    for (const sentence of text.replace(/\s+/gu, ' ').split(/(?<=[.;])\s+/u)) {
      const at = incorporation.exec(sentence)?.index;
      if (at === undefined || !applied.test(sentence) || (text !== own && !aboutData.test(sentence))) continue;
      // From the provisions named to the end of the sentence: "the provisions of Chapter 6 … shall be applied accordingly."
      const words = sentence.slice(at);
      return `“${words.length > 210 ? `${words.slice(0, 210).replace(/\s+\S*$/u, '')} …` : words}”`;
    }
  }
  return undefined;
}
