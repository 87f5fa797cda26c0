/**
 * Where the instrument's own words say what one side provides for the meetings of a body: the
 * chair, the secretariat, the premises or the facilities, given in kind by the host ("The Committee
 * will alternately meet in the United States and in the Netherlands. The country in which a
 * particular meeting will take place will provide the Chairman and the secretariat for that
 * meeting", NL–US memorandum 1978, Annex III para. F, read: BWBV0003739). That is a provision on
 * the meetings' costs, in part: the host bears what it provides. `missing-costs` quotes it and asks
 * only for the rest (lr8, defect 6: the finding read as if the text said nothing).
 *
 * Only the instrument's own voice counts (prose-voice.ts), and only a sentence about meetings or
 * sessions: "shall provide the secretariat" of an organisation's standing duties is not a meeting's.
 */
import { analyseVoice, foreignAt } from '../../model/prose-voice';
import type { SemanticModel } from '../../model/semantic-model';
import { oncePer } from '../../util/once-per';
import { proseSpans } from './conflict-prose';
import { matchesOf } from '../../util/all-matches';

/** "will provide the Chairman and the secretariat", "shall provide the premises and facilities". */
const provides =
  /\b(?:will|shall)\s+(?:provide|furnish|make\s+available)\s+(?:the\s+|a\s+)?(?:chairman|chair(?:person)?|secretariat|premises|(?:meeting\s+|conference\s+)?(?:facilities|rooms?))(?:\s*(?:,|and)\s*(?:the\s+|a\s+)?(?:chairman|chair(?:person)?|secretariat|premises|(?:meeting\s+|conference\s+)?(?:facilities|rooms?)))*/giu;
const meeting = /\b(?:meetings?|sessions?)\b/iu;

const provisionsOf = oncePer(scan);

/** The sentences, as written and without repeats, in which the text says what is provided for a body's meetings (empty: none). */
export function meetingProvisions(model: SemanticModel): readonly string[] {
  return provisionsOf(model);
}

function scan(model: SemanticModel): string[] {
  const sentences = new Set<string>();
  for (const span of proseSpans(model)) {
    if (span.title) continue;
    let voice: ReturnType<typeof analyseVoice> | undefined;
    for (const m of matchesOf(span.text, provides)) {
      voice ??= analyseVoice(span.text, span.context);
      if (foreignAt(voice, m.index, m.index + m[0].length)) continue;
      // The sentence, read in the source (the masked text blanks quoted words).
      const source = model.text.slice(span.offset, span.offset + span.text.length);
      const start = Math.max(source.lastIndexOf('. ', m.index), source.lastIndexOf(';', m.index), source.lastIndexOf('\n\n', m.index)) + 1;
      const stop = source.indexOf('.', m.index + m[0].length);
      const sentence = source.slice(start, stop >= 0 ? stop + 1 : source.length).replace(/\s+/gu, ' ').trim().replace(/^"+|"+$/gu, '');
      if (meeting.test(sentence) && sentence.length <= 300) sentences.add(sentence);
    }
  }
  return [...sentences];
}
