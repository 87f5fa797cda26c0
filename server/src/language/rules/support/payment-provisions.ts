/**
 * Where the instrument's own words already allocate money between the signatories: who pays
 * compensation, who refunds it, how an amount is shared, what is granted free of charge or at
 * whose expense (NL–Somalia letters 2008: "the Republic of Somalia shall pay any compensation
 * due", "the Kingdom of the Netherlands shall refund the amount … without delay", "shall be shared
 * equally", "free of charge"; twenty-third run). Such a text has said something about costs, even
 * untagged: a general costs clause inserted beside it ("Each Party shall bear its own costs …")
 * would read against those rules, so no library clause on costs is offered there, and
 * missing-costs says what the text already settles.
 *
 * Only the instrument's own voice counts: what it cites or reports of another instrument is not
 * its allocation (prose-voice.ts).
 *
 * Nor is what a Party owes victims: "financial assistance and compensation for victims of
 * terrorism and their close family members" through "the appropriate national schemes" (CETS 196
 * Art. 13, twenty-eighth run, item 1), "access to compensation and restitution for victims"
 * (UNTOC Art. 25(2)), legal aid "provided free of charge where warranted" to victims (Lanzarote
 * Convention Art. 31(3)) are duties of each Party towards individuals, not payments between the
 * signatories, and a costs clause on the Parties' meetings cannot read against them. Only bare
 * "compensation" and "free of charge" are read so: a sentence in which one Party refunds or
 * reimburses the other what it paid victims still allocates money between them.
 */
import { analyseVoice, foreignAt } from '../../model/prose-voice';
import type { SemanticModel } from '../../model/semantic-model';
import { proseSpans } from './conflict-prose';
import { oncePer } from '../../util/once-per';

/** Words that allocate a payment or a cost between the signatories. */
const allocation =
  /(?<![\p{L}\p{N}_-])(?:refunds?|refunded|reimburs(?:e|es|ed|ing|ement)|(?:pay|pays|paid|paying)\s+(?:any\s+|the\s+|all\s+)?(?:compensation|costs?|expenses?|amounts?|fees?|charges?)|compensation|shared\s+(?:equally|between|among|in\s+(?:equal\s+)?proportion)|free\s+of\s+charge|at\s+(?:its|their|the)\s+(?:own\s+)?(?:expense|cost)|(?:bear|bears|borne)\s+(?:by\s+)?(?:its|their|the|each|all)?\s*(?:own\s+)?(?:costs?|expenses?))(?![\p{L}\p{N}_-])/giu;

/** Words that grant a payment or a benefit without saying between whom. */
const unaddressed = /^(?:compensation|free\s+of\s+charge)$/iu;
/** Victims as the ones who receive it, in the same sentence. */
const victims = /\bvictims?\b/iu;

/** Whether the allocation at `at` is a benefit to victims: bare compensation or gratuity in a sentence about them. */
function toVictims(text: string, at: number, words: string): boolean {
  if (!unaddressed.test(words)) return false;
  const start = Math.max(text.lastIndexOf('.', at), text.lastIndexOf(';', at)) + 1;
  const stops = [text.indexOf('.', at + words.length), text.indexOf(';', at + words.length)].filter((i) => i >= 0);
  const end = stops.length > 0 ? Math.min(...stops) : text.length;
  return victims.test(text.slice(start, end));
}

const provisionsOf = oncePer(scan);

/** The words, as written and without repeats, by which the prose allocates money (empty: none). */
export function paymentProvisions(model: SemanticModel): readonly string[] {
  return provisionsOf(model);
}

function scan(model: SemanticModel): string[] {
  const words = new Set<string>();
  for (const span of proseSpans(model)) {
    if (span.title) continue;
    let voice: ReturnType<typeof analyseVoice> | undefined;
    for (const m of span.text.matchAll(allocation)) {
      voice ??= analyseVoice(span.text, span.context);
      // Read in the source: the masked text hides a defined term ("victims", Lanzarote Art. 3(c)).
      if (toVictims(model.text.slice(span.offset, span.offset + span.text.length), m.index, m[0])) continue;
      if (!foreignAt(voice, m.index, m.index + m[0].length)) words.add(m[0].replace(/\s+/gu, ' ').toLowerCase());
    }
  }
  // "compensation" inside "pay any compensation" is one provision, named once.
  return [...words].filter((w) => ![...words].some((o) => o !== w && o.includes(w)));
}
