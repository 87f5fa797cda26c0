/**
 * What an article's own words say of a term a concluded text's transcription also declares (`define`),
 * outside the article on definitions: whether they define it, and whether that definition is the
 * declaration's, so that the export may leave the declaration out (render/concluded-definitions.ts).
 *
 * A `define` is left out of the insertion only where the words it transcribes are printed elsewhere:
 * the other article's words define the term and its meaning opens as the declaration's (the Joint
 * Convention 1997's Art. 37(1), "(hereinafter referred to as “the Agency”)"; the Lanzarote
 * Convention 2007's Art. 19(2), "For the purpose of the present article, the term “child
 * prostitution” shall mean the fact of using a child …", transcribed word for word). The treaty
 * lawyer's seventeenth check, D6: a definitions article's general definition of "Incident" was
 * dropped because Art. 5 says "For the purposes of this Article, “Incident” includes only an event
 * that disrupts an essential service …", or names an instance "(the Incident)", and the note said
 * Art. 5 defines it: a reader of the export then had the narrower meaning only. Those words define
 * the term for one article, or add to it, or name one thing; where their meaning is not the
 * declaration's, the declaration is printed as usual and the note says what the other article does.
 *
 * The words that limit the definition ("For the purposes of this Article", "for the purpose of the
 * present paragraph") are kept, as written, so that the note can quote them.
 *
 * The treaty lawyer's eighteenth check, D6: `same` read the meaning's first three words, whatever
 * the kind and the scope, and "For the purposes of this Article, “Incident” includes only an event
 * that disrupts …" or "an event that disrupts … (the Incident)" still dropped the general
 * definition "an event that disrupts the security of …". A `define` is now carried only by words
 * whose meaning is the declaration's in full after normalisation: "means" or "includes" followed
 * by the declaration's very words (never a bracketed name, which names one thing the sentence
 * speaks of). Words that are the declaration's in full but limited
 * to one article ("For the purpose of the present article, the term “child prostitution” shall
 * mean …", Lanzarote Art. 19(2)) are still its source: it is carried, and the note quotes the
 * limit, since printing it in the definitions article would give the export a general definition
 * the signed text does not have (ld31; lr18 checked it and found it right).
 */
import type { Definition } from '../ast/nodes';
import { matchesOf } from '../util/all-matches';
import { definitionConnector, inclusiveConnector } from '../util/definition-connectors';
import { singleSpaced } from '../util/single-spaced';
import { escapeRegExp } from '../util/escape-regexp';

export interface OwnWords {
  /** "“X” means …", "‘X’: …", "(hereinafter “X”)": 'defines'; "“X” includes …" alone: 'includes'; "… (the X)": 'named'. */
  readonly kind: 'defines' | 'includes' | 'named';
  /** The words of its sentence that limit it to a part of the text, as written ("For the purposes of this Article"). */
  readonly scope?: string;
  /**
   * Whether the words are the declaration's meaning in full, after normalisation (case, white space,
   * quotation marks, a leading article): only a definition ('defines') can be, never 'includes' or
   * 'named' (treaty lawyer lr18, D6: a three-word overlap dropped the general definition).
   */
  readonly same: boolean;
}

/** Words after a quoted term that define it: "“X” means …", "“X” shall have the meaning …", "‘X’: …". */
export const definingAfter = new RegExp(
  String.raw`^[”"’'\u0060]{0,2}\s*(?::|${definitionConnector})`,
  'u',
);
/** Words before a quoted term that introduce it: "hereinafter referred to as “X”", "(hereinafter “X”)", "(“X”)". */
export const introducedBefore = /(?:referred\s+to\s+as|hereinafter|hereafter|called|\()\s*(?:the\s+)?$/u;

/** The parts of a text a definition may be limited to. */
const part = '(?:this|the\\s+present|that|these)\\s+(?:article|paragraph|sub-?paragraph|section|sub-?section|chapter|part|annex|appendix|schedule|title|provision|clause|rule|regulation)s?\\b';
const named = '(?:articles?|paragraphs?|sub-?paragraphs?|sections?|chapters?|parts?|annex(?:es)?)\\s+[\\w.()]+(?:\\s+(?:and|to)\\s+[\\w.()]+)?';
const purposes = 'for\\s+(?:the\\s+)?purposes?\\s+of\\s+';
/** A part of the text the words limit a definition to: "for the purposes of this Article", "in the present paragraph", "for the purposes of Article 5". */
const limiting = new RegExp(`\\b(?:(?:${purposes}|in\\s+|within\\s+|under\\s+|as\\s+used\\s+in\\s+)${part}|${purposes}${named})`, 'iu');
/** The same, said after the term ("“X”, for the purposes of this Article, means …"): only "for the purposes of", since "under this Article" there is the meaning's. */
const limitingAfter = new RegExp(`\\b${purposes}(?:${part}|${named})`, 'iu');

/** "“X” includes …", "“X” shall include …", "shall comprise …": adds to the term (or narrows it: "includes only"), not its whole meaning (util/definition-connectors.ts). */
const includesAfter = new RegExp(String.raw`^[”"’'\u0060]{0,2}\s*,?\s*${inclusiveConnector}`, 'u');

/** A reader of what the words of any clause say of this `define`'s term (its regular expressions made once). */
export function ownWordsOf(d: Definition): (words: string) => OwnWords | undefined {
  const term = escapeRegExp(singleSpaced(d.term!.value).trim().toLowerCase());
  const meaning = d.meaning ? singleSpaced(d.meaning.value).trim().toLowerCase() : '';
  // Its meaning's first words, past an article, as `defines` reads them (definitions-in-place.ts):
  // enough to find the words it was transcribed from, not to say that they are its meaning.
  const opening = meaning.replace(/^(?:the|a|an)\s+/u, '').split(' ').slice(0, 3).join(' ');
  // Its whole meaning, for `same` (lr18, D6): the first three words of "an event that disrupts the
  // security of network and information systems" are also those of "an event that disrupts an
  // essential service for more than twenty-four hours".
  const whole = normalised(meaning);
  const quoted = new RegExp(`[“"‘'\`]{1,2}(?:the )?${term}[”"’']`, 'gu');
  const bracketed = new RegExp(`\\((?:the )?${term}\\)`, 'gu');
  // The term unquoted after "hereinafter referred to as" ("… Exchange (hereinafter referred to as
  // NACEE)", NL–US 1972, Art. 2(1); eighty-eighth run, defect 3): a name the text gives as it
  // defines it, as a quoted one is; only after those words, and as a whole word.
  const unquoted = new RegExp(`(?:hereinafter|hereafter)\\s+(?:referred\\s+to\\s+as|called)\\s+(?:the\\s+)?(${term})(?![\\p{L}\\p{N}])`, 'gu');
  return (words) => {
    const text = singleSpaced(words).trim();
    const lower = text.toLowerCase();
    if (!lower.includes(term.replace(/\\/g, ''))) return undefined;
    const found: OwnWords[] = [];
    const at = (start: number, end: number, kind: OwnWords['kind'], same: boolean) => found.push({ kind, same, ...scopeOf(text.length === lower.length ? text : lower, start, end) });
    for (const m of matchesOf(lower, quoted)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const after = lower.slice(end, end + 40);
      const connector = definingAfter.exec(after);
      if (connector) {
        // Its meaning: the words after the connector, the declaration's in full and then the item's
        // end. "“X” includes …" with other words adds to the term or narrows it ("includes only"):
        // not the declaration's; with the declaration's very words it is what the declaration
        // transcribes ("The term “archives” includes all records, …", NL–CTA 1984, Art. 4), and
        // printing the declaration would turn "includes" into "means".
        const inFull = meansInFull(lower.slice(end + connector[0].length, end + connector[0].length + whole.length + 200), whole);
        if (includesAfter.test(after)) at(start, end, 'includes', whole.length > 0 && inFull);
        else at(start, end, 'defines', whole.length === 0 || inFull);
      } else if (introducedBefore.test(lower.slice(Math.max(0, start - 40), start)) && opening.length > 0 && lower.slice(Math.max(0, start - 400), start).includes(opening)) {
        // A short name for other words ("… (hereinafter “assistance”)", ETS 14) says nothing of this
        // declaration; it is the declaration's where the words it names are the meaning in full.
        at(start, end, 'defines', namesInFull(lower.slice(Math.max(0, start - 400), start), lower.slice(end, end + whole.length + 20), whole));
      }
    }
    for (const m of matchesOf(lower, unquoted)) {
      const end = (m.index ?? 0) + m[0].length;
      const start = end - m[1].length;
      at(start, end, 'defines', namesInFull(lower.slice(Math.max(0, start - 400), start), lower.slice(end, end + whole.length + 20), whole));
    }
    // "… (the Incident)" names one thing the sentence speaks of: never the term's general meaning.
    for (const m of matchesOf(lower, bracketed)) {
      const start = m.index ?? 0;
      at(start, start + m[0].length, 'named', false);
    }
    return found.find((f) => f.same) ?? found[0];
  };
}

/** The words of the sentence that limit what stands at start..end to a part of the text: before it, or "for the purposes of …" after it. */
function scopeOf(text: string, start: number, end: number): { scope?: string } {
  // The sentence: from the last full stop before it ("1." of a numbered paragraph included) to the next after it.
  const from = Math.max(0, text.lastIndexOf('. ', start) + 1);
  const next = text.slice(end).search(/\.(?:\s|$)/u);
  const to = next < 0 ? text.length : end + next;
  const before = limiting.exec(text.slice(from, start));
  const after = before ? null : limitingAfter.exec(text.slice(end, to));
  const scope = (before ?? after)?.[0];
  return scope ? { scope } : {};
}

/** A meaning as compared: lower case, single spaces, straight quotation marks, no leading article, no closing mark. */
function normalised(words: string): string {
  return singleSpaced(words.toLowerCase().replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'"))
    .trim()
    .replace(/^(?:the|a|an)\s+/u, '')
    .replace(/[\s.;:,]+$/u, '');
}

/** What may follow a meaning given in full: the end of its sentence or item, or of the text. */
const itemEnd = /^(?:\s*$|\s*[.;,)]|\s*:\s*$|\s+(?:and|or)\s*$)/u;

/** Whether the words after "means" are `whole`, and nothing more of a meaning after it. */
function meansInFull(following: string, whole: string): boolean {
  const text = normalised(following).replace(/^(?:the|a|an)\s+/u, '');
  return text.startsWith(whole) && itemEnd.test(text.slice(whole.length));
}

/**
 * Whether the words a short name stands for are `whole`: just before "(hereinafter … “X”)", or
 * around it — "The Convention … of 4 March 1974 (hereinafter referred to as ‘the Convention’),
 * including the Protocols of 26 June 1996 and 31 May 2013" (CZ–NL arrangement 2015, preamble),
 * whose declaration is the words on both sides.
 */
function namesInFull(preceding: string, following: string, whole: string): boolean {
  if (whole.length === 0) return false;
  const flat = (words: string) => singleSpaced(words.toLowerCase().replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'"));
  const before = flat(preceding.replace(/\s*(?:\(\s*)?(?:hereinafter|hereafter)?\s*(?:referred\s+to\s+as|called)?\s*(?:\(\s*)?(?:the\s+)?$/u, '')).replace(/[\s,]+$/u, '');
  const after = flat(following).replace(/^\s*[”"’']?\s*\)?\s*,?\s*/u, '');
  const startsWord = (at: number) => at === 0 || !/[\p{L}\p{N}-]/u.test(before[at - 1]);
  // The split between the words before the bracket and those after it, at a space of the meaning.
  for (let cut = whole.length; cut > 0; cut = whole.lastIndexOf(' ', cut - 1)) {
    const head = whole.slice(0, cut).trim().replace(/,$/u, '');
    const rest = whole.slice(cut).trim();
    if (!before.endsWith(head) || !startsWord(before.length - head.length)) continue;
    if (rest.length === 0 || (after.startsWith(rest) && itemEnd.test(after.slice(rest.length)))) return true;
  }
  return false;
}
