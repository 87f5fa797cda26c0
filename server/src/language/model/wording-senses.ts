/**
 * What a vocabulary word must mean to be treaty or MoU wording. "Shall" is treaty wording as the
 * operative verb of this instrument, "Parties" when it denotes this instrument's signatories,
 * "agreement" when it names this instrument, "obligations" when they are duties this instrument
 * creates, "authentic" when it is the status of a text. Used otherwise (another instrument's
 * parties, a real agreement, legal obligations under the Convention, "authentic wishes") the same
 * word is not the instrument's wording at all, and rewriting it would change what the text says.
 *
 * A sense answers `own` (the word is this instrument's wording: report it and offer the other
 * vocabulary's word), `other` (leave it alone), or `unclear` (report it without a rewrite, saying
 * what the drafter must decide). MoU words in a treaty are reported only when `own`: the reverse
 * check is a warning about style, and a guess would flag ordinary treaty English.
 *
 * Spans that speak for another instrument (prose-voice.ts) are excluded before a sense is asked.
 */
import type { Wording } from '../library/library-types';
import { referenceAt, type InstrumentReference } from './instrument-references';
import { isFramed, isSubordinate, type ProseVoice } from './prose-voice';
import { signatoryActs } from './signatory-subject';
import { matchesOf } from '../util/all-matches';

export type Sense = { readonly kind: 'own' } | { readonly kind: 'other' } | { readonly kind: 'unclear'; readonly why: string };

export type SenseName = 'operative' | 'effect' | 'instrument' | 'signatories' | 'division' | 'duties' | 'enterprise-or-duties' | 'text-status' | 'validity-alone' | 'self-description' | 'recorded-understanding';

const own: Sense = { kind: 'own' };
const other: Sense = { kind: 'other' };
const unclear = (why: string): Sense => ({ kind: 'unclear', why });

interface SenseInput {
  readonly voice: ProseVoice;
  readonly start: number;
  readonly end: number;
  /** The vocabulary the word belongs to: `treaty` for a treaty word found in an MoU. */
  readonly belongsTo: Wording;
}

/** The sense of the word at `[start, end)`. */
export function senseOf(name: SenseName, input: SenseInput): Sense {
  const sense = senses[name](input);
  // MoU words in a treaty: only a certain own use is reported.
  return input.belongsTo === 'mou' && sense.kind === 'unclear' ? other : sense;
}

/** After "will": a deeming verb ("be deemed to have consented", "not be considered as", "be presumed"). */
const deeming = /^\s+(?:not\s+)?be\s+(?:deemed|presumed|(?:considered|regarded|treated|taken)\s+(?:to\s+(?:have|be)\b|as\b))/u;

/**
 * "It is understood that" (also "it is further understood that", "it being understood that") opening
 * the sentence, or the part of it after its last semicolon or colon, before the verb: the treaty
 * records an understanding of what will happen, and "will" there is its ordinary future ("it is
 * understood that the other Contracting Party will agree to hold timely discussions", NL–British
 * Virgin Islands tax information exchange agreement 2009, Protocol Art. 5; eighty-first run, item 3),
 * not the verb by which a Participant commits itself; "shall" would not fit after it. So after "it is
 * the understanding of" a signatory "that": "it is the understanding of the Government of the Kingdom
 * of the Netherlands, that the Government of the Arab Republic of Egypt will not levy any taxes"
 * (NL–Egypt notes on the Cairo institute 1983, BWBV0002939), which the reply is asked to confirm
 * (hundred-and-tenth run, defect 1: read once the Government's name was taken as its subject).
 * The adverb may stand between commas after "understood": "It is understood, however, that ISNAR
 * will not claim exemption from taxes which are, in fact, no more than charges for public utility
 * services" (NL–ISNAR headquarters Agreement 1980, Art. 6(1), BWBV0003745; hundred-and-eighteenth
 * run, defect 2).
 */
const understoodThat = /\b(?:is|are|being)\s+(?:(?:further|also|however|hereby|mutually|expressly|nevertheless)\s+)?(?:understood|the\s+(?:(?:mutual|common|joint)\s+)?understanding)(?:\s+(?:by|of)\s+[^,;:.]{1,80}?)?(?:\s*,\s*(?:however|further|also|moreover|nevertheless|furthermore|of\s+course)\s*,)?\s*,?\s+that\b[^;:.]*$/iu;

function afterUnderstoodThat(text: string, verb: number): boolean {
  const head = text.slice(Math.max(0, verb - 400), verb);
  return understoodThat.test(head.slice(Math.max(head.lastIndexOf('.'), head.lastIndexOf(';'), head.lastIndexOf(':')) + 1));
}

const senses: Record<SenseName, (input: SenseInput) => Sense> = {
  operative({ voice, start, end, belongsTo }) {
    // "Will" in a treaty is MoU wording only as the verb by which the signatories commit
    // themselves ("Each Party will share …"); futurity, descriptions and statements of legal
    // effect ("the information that will be needed", "No compensation will be paid", "This
    // interpretation will apply") are ordinary treaty English.
    // A deeming rule ("the requested Party will be deemed to have consented", Benelux–Kazakhstan
    // readmission 2015, Art. 7(5)) is one of those statements: the text fixes a legal effect, the
    // Party commits itself to nothing.
    if (belongsTo === 'mou') return !isSubordinate(voice.text, start) && !isFramed(voice, start) && !deeming.test(voice.text.slice(end, end + 60)) && !afterUnderstoodThat(voice.text, start) && signatoryActs(voice.text, start, end, voice.context) ? own : other;
    return isFramed(voice, start)
      ? unclear('it follows a citation of another instrument: if the sentence reports what that instrument requires, say so ("… is required under … to …"); if it is a commitment of this MoU, write "will"')
      : own;
  },

  effect({ voice, start, end, belongsTo }) {
    const text = voice.text;
    const whose = effectHolder(voice, start, end);
    if (whose === 'other') return other;
    // "Come into effect" in a treaty is MoU wording only said of the instrument itself ("This
    // Agreement will come into effect", "It will come into effect"): of anything else ("before the
    // extension has to come into effect", NL–Norway 2015 Art. 31(2); "amendments will come into
    // effect") "enter into force" would be wrong. In an MoU, "enter into force" with no instrument
    // named is still this instrument's ("on entry into force").
    if (belongsTo === 'mou') return whose === 'self' ? own : other;
    if (whose === 'self' || whose === 'none') return own;
    return unclear(
      `it is not clear whose legal effect this is: if it is another instrument's, name that instrument (then it is not MoU wording); if it is this MoU's, write "${/\b(?:enter\w*|entry)\b/u.test(text.slice(start, end)) ? 'come into effect' : 'continue to have effect'}"`,
    );
  },

  instrument({ voice, start, end }) {
    const ref = covering(voice.references, start, end);
    if (ref?.to === 'self') return own;
    if (ref?.to === 'other') return other;
    const text = voice.text;
    const consent =
      /(?:^|[^\p{L}])(?:by|with|upon|on|without|subject\s+to|requires?|requiring|reach(?:es|ed|ing)?|in|after|pending|following|through|for|given|gives?)\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:(?:mutual|prior|written|common|express|joint|general|full|explicit|formal|unanimous|further)\s+)*$/iu.test(
        text.slice(Math.max(0, start - 60), start),
      ) || /^\s+(?:of|with)\s/u.test(text.slice(end));
    if (consent || !ref) return other;
    return unclear('it is not clear which agreement this is: if it names another, binding instrument, give its title (then it is not MoU wording); if it means this MoU, write "arrangement" or "Memorandum"');
  },

  signatories({ voice, start, end, belongsTo }) {
    const text = voice.text;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end);
    if (belongsTo === 'mou') {
      // "Participants" beside the Parties names another class: "a Party or Participant", "their Participants".
      if (/Part(?:y|ies)(?:['’]s?)?\s+(?:and|or|and\/or)\s+(?:the\s+|their\s+|its\s+|any\s+)?$/u.test(before)) return other;
      if (/^(?:['’]s?)?\s+(?:and|or|and\/or)\s+(?:the\s+|their\s+|its\s+)?Part(?:y|ies)\b/u.test(after)) return other;
      if (/(?:^|\s)(?:their|its)\s+(?:[\p{L}-]+\s+)?$/u.test(before)) return other;
      const of = /^\s+(?:in|at|of)\s+/u.exec(after);
      if (of) return referenceAt(text, end + of[0].length, voice.references, voice.context)?.to === 'self' ? own : other;
      return own;
    }
    const to = /^\s+to\s+/u.exec(after);
    if (to) {
      const target = referenceAt(text, end + to[0].length, voice.references, voice.context);
      if (target?.to === 'self') return own;
      if (target?.to === 'other') return other;
      return unclear('it is not clear whose parties these are: if they are the parties to another instrument, name it; if they are the signatories of this MoU, write "Participants"');
    }
    return /States?\s+$/u.test(before) ? other : own;
  },

  division({ voice, start, end }) {
    const text = voice.text;
    const word = text.slice(start, end).toLowerCase();
    if (word.startsWith('clause')) {
      // A clause of this instrument: "this clause", "clause 5"; not "a security requirements clause" of a contract.
      const ownClause =
        /(?:^|[^\p{L}])(?:this|the\s+present|the\s+preceding|the\s+following|the\s+previous|the\s+foregoing|the\s+above|the\s+same)\s+$/iu.test(text.slice(Math.max(0, start - 30), start)) ||
        /^\s+(?:\d|\([a-z0-9]+\)|[IVXLC]+(?![\p{L}]))/u.test(text.slice(end));
      return ownClause ? own : other;
    }
    // "Article 9 of …" whose "of" is not this instrument: a citation the recogniser did not read
    // whole. Rewriting it to "Paragraph 9 of …" would cite a provision that does not exist
    // (twenty-third run), so it is reported without a rewrite; "Article 2", "Article 2(1)" and
    // "Article 2 of this Memorandum" stay this MoU's own divisions.
    if (covering(voice.references, start, end)?.to !== 'self' && provisionOf.test(text.slice(end, end + 40))) {
      return unclear('it may cite a provision of another instrument: if it does, name that instrument in full (then it is not MoU wording); if it is a division of this MoU, write "paragraph"');
    }
    return own;
  },

  duties({ voice, end, belongsTo }) {
    const governedBySelf = governingReference(voice, end)?.to === 'self';
    if (governedBySelf) return own;
    if (belongsTo === 'mou') return other;
    return unclear('an MoU creates no legal obligations, so this reads as binding: if these are duties under another instrument or the law, say which ("obligations under international law"); if they are what this MoU provides, write "commitments"');
  },

  'enterprise-or-duties'({ voice, end }) {
    // "Undertakings" are also enterprises (EU law): only duties under this instrument are treaty wording.
    return governingReference(voice, end)?.to === 'self' ? own : other;
  },

  // "Equally valid" is MoU wording where it replaces "authentic", not beside it ("equally valid and authentic").
  'validity-alone'({ voice, start, end }) {
    const text = voice.text;
    const sentence = sentenceTo(text, start, end + 40);
    return /\bauthentic\b/iu.test(sentence) ? other : own;
  },

  // The instrument called an understanding: "This understanding will remain in operation from 1
  // January 1986" (NL–UK letters 1986, para. 10), "This understanding shall apply as regards the
  // Kingdom of the Netherlands" (NL–Tanzania notes, BWBV0004503) — its life or what is done under it.
  // Not what a writer understands ("confirm that this understanding is correct", NL–Egypt notes on the
  // Cairo institute, BWBV0005151), not a title ("this Understanding": the WTO's Dispute Settlement
  // Understanding is a treaty), and not an interpretation just stated ("It is understood that …").
  'self-description'({ voice, start, end }) {
    const text = voice.text;
    if (!/understanding$/u.test(text.slice(start, end))) return other;
    const itsLife = /^\s+(?:shall|will|may|should|must|remains?|continues?|applies|enters?|comes?|takes?\s+effect|expires?|terminates?|ceases?)\b/iu.test(text.slice(end, end + 40));
    const underIt = /(?:^|[^\p{L}])(?:under|pursuant\s+to|in\s+accordance\s+with|(?:terms|provisions|purposes|implementation|application|termination|duration)\s+of)\s+$/iu.test(text.slice(Math.max(0, start - 40), start));
    if (!itsLife && !underIt) return other;
    return /\bunderst(?:ood|anding)\s+that\b/iu.test(sentencesBefore(text, start)) ? other : own;
  },

  // "this letter together with your reply … will place on record the understanding of the competent
  // authorities in this matter" records the instrument; "place on record the understanding that
  // Article 5 …" records an interpretation, which a treaty may do ("The Contracting Parties record
  // their understanding that …", NL–Namibia investment agreement, BWBV0001679).
  'recorded-understanding'({ voice, end }) {
    return /^\s+(?:(?:of|between|reached)\b[^.;:,]{0,80}?\s)?that\b/iu.test(voice.text.slice(end, end + 100)) ? other : own;
  },

  'text-status'({ voice, start, end }) {
    const text = voice.text;
    if (/^\s+(?:texts?|versions?|languages?|copies|originals?)\b/iu.test(text.slice(end))) return own;
    const status = /(?:equally|both|all|each|are|is|be|being)\s+(?:equally\s+)?$/iu.test(text.slice(Math.max(0, start - 30), start));
    const sentence = sentenceTo(text, start, end + 80);
    return status && /\b(?:texts?|versions?|languages?|originals?|copies)\b/iu.test(sentence) ? own : other;
  },
};

/**
 * The reference whose span covers `[start, end)`. References are sorted and do not overlap, so
 * only the last one starting at or before `start` can (found by bisection, not by a scan per word).
 */
function covering(references: readonly InstrumentReference[], start: number, end: number): InstrumentReference | undefined {
  let low = 0;
  let high = references.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (references[mid].start <= start) low = mid + 1;
    else high = mid;
  }
  const candidate = references[low - 1];
  return candidate && end <= candidate.end ? candidate : undefined;
}

/** How far back a sense looks for the sentence around a word (keeps every question bounded on prose without full stops). */
const lookBehind = 2000;

/** The text from the last full stop before `start` (within `lookBehind`), to `end`. */
function sentenceTo(text: string, start: number, end: number): string {
  const from = Math.max(0, start - lookBehind);
  return text.slice(from + text.slice(from, start).lastIndexOf('.') + 1, end);
}

/**
 * The sentence before the one `start` is in, and that one up to `start` (within `lookBehind`). A
 * paragraph number ("10. This understanding …") ends no sentence.
 */
function sentencesBefore(text: string, start: number): string {
  const from = Math.max(0, start - lookBehind);
  const window = text.slice(from, start);
  const stops = matchesOf(window, /(?<!(?:^|[^\p{L}\p{N}])\d{1,3})[.;!?](?=\s)/gu).map((m) => m.index);
  return window.slice(stops.length >= 2 ? stops[stops.length - 2] + 1 : 0);
}

/** The reference that ends at `end`, if any (bisection over the sorted, non-overlapping references). */
function referenceEndingAt(references: readonly InstrumentReference[], end: number): InstrumentReference | undefined {
  const i = firstEndingAtOrAfter(references, end);
  return references[i]?.end === end ? references[i] : undefined;
}

/** Whether a reference to another instrument lies within `[start, end)`. */
function otherReferenceWithin(references: readonly InstrumentReference[], start: number, end: number): boolean {
  for (let i = firstEndingAtOrAfter(references, start); i < references.length && references[i].start < end; i++) {
    const r = references[i];
    if (r.to === 'other' && r.start >= start && r.end <= end) return true;
  }
  return false;
}

function firstEndingAtOrAfter(references: readonly InstrumentReference[], offset: number): number {
  let low = 0;
  let high = references.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (references[mid].end < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** "obligations [of the Participants] under/in/arising from <reference>": the governing reference. */
function governingReference(voice: ProseVoice, end: number): InstrumentReference | undefined {
  const after = voice.text.slice(end);
  const link = /^(?:\s+of\s+(?:the\s+|each\s+|either\s+|both\s+)?(?:[\p{L}-]+\s+){0,2}?(?:Participants?|Part(?:y|ies)))?\s+(?:under|in|of|arising\s+(?:from|under)|set\s+out\s+in|pursuant\s+to|contained\s+in|laid\s+down\s+in)\s+/u.exec(after);
  return link ? referenceAt(voice.text, end + link[0].length, voice.references, voice.context) : undefined;
}

/**
 * Whose effect "the entry into force of …" speaks of when what follows "of" is not a recognised
 * reference. Instruments in the plural are others: the instrument speaks of itself in the singular
 * ("Six months after the entry into force of these instruments", "the entry into force of the
 * measures signed today": a memorandum between Guernsey and the Netherlands 2008 of the agreements
 * signed with it; twentieth real-instrument run). Any other noun phrase is named but not known
 * ("of the scheme"): whose effect it is cannot be told. Only a bare "of" with no noun after it is
 * taken as no instrument named.
 */
function ofPhraseHolder(phrase: string): 'other' | 'unknown' | 'none' {
  if (pluralInstruments.test(phrase)) return 'other';
  return /^(?:the|this|that|these|those|its|their|each|both|all|such|an?)\s+\p{L}/iu.test(phrase) ? 'unknown' : 'none';
}

const pluralInstruments = /^(?:(?:these|those|the|both|all|such|its|their)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:instruments|agreements|measures|treaties|conventions|protocols|arrangements|memoranda|accords)\b/iu;

/**
 * Whose legal effect "entry into force" / "come into effect" speaks of: `self`, `other`,
 * `unknown` (a bare "the agreement", a pronoun beside another instrument), or `none` (no
 * instrument named: "on entry into force", "amendments will enter into force" — this one's).
 */
function effectHolder(voice: ProseVoice, start: number, end: number): 'self' | 'other' | 'unknown' | 'none' {
  const text = voice.text;
  const of = /^\s+of\s+/u.exec(text.slice(end));
  if (of) {
    const target = referenceAt(text, end + of[0].length, voice.references, voice.context);
    if (target) return target.to === 'self' ? 'self' : target.to === 'other' ? 'other' : 'unknown';
    return ofPhraseHolder(text.slice(end + of[0].length));
  }
  // Read back over a bounded window: the subject stands just before the verb.
  const from = Math.max(0, start - lookBehind);
  const before = text.slice(from, start).replace(/(?:\s+(?:will|shall|has|have|had|may|would|should|is\s+to|does\s+not|did\s+not))?\s*$/u, '');
  const beforeEnd = from + before.length;
  const subject = referenceEndingAt(voice.references, beforeEnd);
  if (subject) return subject.to;
  // A relative clause: the effect is the antecedent's ("Noting the Memorandum of Understanding
  // between the Australian Federal Police and the National Police of the Netherlands …, which
  // came into effect on 2 June 2014", NL–Australia 2014, preamble). Unless the noun before the
  // pronoun is this instrument or a recognised other one, whose effect it is cannot be told.
  const relative = /(?:^|[^\p{L}])(?:which|that)\s*$/iu.exec(before);
  if (relative) {
    const pronoun = relative.index + relative[0].search(/which|that/iu);
    const antecedent = referenceEndingAt(voice.references, from + before.slice(0, pronoun).replace(/[\s,]+$/u, '').length);
    return antecedent ? antecedent.to : 'unknown';
  }
  if (/(?:^|[^\p{L}])(?:it|its)\s*$/iu.test(before)) {
    const sentenceStart = from + Math.max(before.lastIndexOf('. '), 0);
    return otherReferenceWithin(voice.references, sentenceStart, beforeEnd) ? 'unknown' : 'self';
  }
  // An instrument named earlier in the sentence, its title running up to the verb ("until the
  // Agreement on enhancing cooperation in preventing and combating serious crime of 19 November
  // 2010 enters into force"; twelfth red-team probes): the title may be too long to be read as a
  // reference, and whose effect it is cannot be told — never this instrument's by default.
  if (namedInstrumentBefore.test(before.slice(Math.max(before.lastIndexOf('. '), 0)))) return 'unknown';
  return 'none';
}

/** A provision's number followed by "of": "Article 9 of", "Articles 3 and 4 of", "Article 46(2)(a) of". */
const provisionOf = /^\s+(?:\d+[\w().]*|[IVXLC]+(?![\p{L}\p{N}]))(?:\s*(?:,|and|or|to|-|–)\s*(?:\d+[\w().]*|[IVXLC]+(?![\p{L}\p{N}])))*\s+of\s/u;

/** "the Agreement", "the Convention" … with a capital: an instrument named, this one or another. */
const namedInstrumentBefore = /(?:^|[^\p{L}])the\s+(?:Agreement|Convention|Treaty|Protocol|Arrangement|Memorandum|Accord|Charter|Covenant)(?:[^\p{L}]|$)/u;
