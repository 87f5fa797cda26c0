/**
 * A channel whose own words say that what it carries is made under another convention: the
 * United States "pursuant to the provisions of that Convention, shall consider in good faith
 * requests by the Government of the Kingdom of the Netherlands for the transfer of convicted
 * Netherlands citizens" (NL–US notes of 11 July 1991, para. 3; read: BWBV0001046), that Convention
 * being the Convention on the Transfer of Sentenced Persons 1983, whose Art. 5(2) fixes the channel:
 * "Requests shall be addressed by the Ministry of Justice of the requesting State to the Ministry of
 * Justice of the requested State. Replies shall be communicated through the same channels" (read:
 * BWBV0001039). Such a text provides its contacts by reference; the checker cannot read the other
 * convention, so `missing-points-of-contact` says so at info and asks the transcriber to record the
 * authorities that convention names, instead of asking the signed text for a contact (treaty lawyer
 * lr29, D6).
 *
 * Only "that Convention" / "the Convention" / "the … Convention" (or Treaty) after "pursuant to",
 * "under", "in accordance with" or "in conformity with" (with "the provisions of"), and only where
 * the instrument is not itself a convention or treaty (then "the Convention" may be itself); "this
 * Convention" is never another.
 */
import type { Channel } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { singleSpaced } from '../../util/single-spaced';

const underAnother = /\b(?:pursuant\s+to|under|in\s+accordance\s+with|in\s+conformity\s+with)\s+(?:the\s+(?:relevant\s+)?provisions\s+of\s+)?(?:that|the)\s+(?:[A-Z][\w-]*\s+){0,8}?(?:Convention|Treaty)\b/u;

/** The channel's words that put what it carries under another convention, or undefined. */
export function carriedUnderAnotherConvention(model: SemanticModel, channel: Channel): string | undefined {
  const title = model.ast.instrument?.title?.value ?? '';
  if (/\b(?:Convention|Treaty)\b/u.test(title)) return undefined;
  const found = underAnother.exec(singleSpaced(channel.hedgeText?.value ?? ''));
  return found?.[0];
}
