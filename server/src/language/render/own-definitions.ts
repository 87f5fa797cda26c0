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
 * present paragraph") are kept, as written, so that the note can quote them: a definition carried by
 * them is the article's, not the instrument's, and the note must not say more.
 */
import type { Definition } from '../ast/nodes';
import { matchesOf } from '../util/all-matches';

export interface OwnWords {
  /** "“X” means …", "‘X’: …", "(hereinafter “X”)": 'defines'; "“X” includes …" alone: 'includes'; "… (the X)": 'named'. */
  readonly kind: 'defines' | 'includes' | 'named';
  /** The words of its sentence that limit it to a part of the text, as written ("For the purposes of this Article"). */
  readonly scope?: string;
  /** Whether its meaning opens as the declaration's: the words are the declaration's, transcribed. */
  readonly same: boolean;
}

/** Words after a quoted term that define it: "“X” means …", "“X” shall have the meaning …", "‘X’: …". */
export const definingAfter = /^[”"’'`]{0,2}\s*(?::|means\b|shall\s+mean\b|mean\b|has\s+the\s+meaning\b|shall\s+have\s+the\s+meaning\b|is\s+defined\s+as\b|is\s+used\s+in\s+the\s+sense\b|includes\b|shall\s+include\b)/u;
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

/** "“X” includes …", "“X” shall include …": adds to the term (or narrows it: "includes only"), not its whole meaning. */
const includesAfter = /^[”"’'`]{0,2}\s*,?\s*(?:includes|shall\s+include)\b/u;

/** A reader of what the words of any clause say of this `define`'s term (its regular expressions made once). */
export function ownWordsOf(d: Definition): (words: string) => OwnWords | undefined {
  const term = d.term!.value.replace(/\s+/g, ' ').trim().toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const meaning = d.meaning ? d.meaning.value.replace(/\s+/g, ' ').trim().toLowerCase() : '';
  // Its meaning's first words, past an article, as `defines` reads them (definitions-in-place.ts).
  const opening = meaning.replace(/^(?:the|a|an)\s+/u, '').split(' ').slice(0, 3).join(' ');
  const quoted = new RegExp(`[“"‘'\`]{1,2}(?:the )?${term}[”"’']`, 'gu');
  const bracketed = new RegExp(`\\((?:the )?${term}\\)`, 'gu');
  return (words) => {
    const text = words.replace(/\s+/g, ' ').trim();
    const lower = text.toLowerCase();
    if (!lower.includes(term.replace(/\\/g, ''))) return undefined;
    const found: OwnWords[] = [];
    const at = (start: number, end: number, kind: OwnWords['kind'], same: boolean) => found.push({ kind, same, ...scopeOf(text.length === lower.length ? text : lower, start, end) });
    for (const m of matchesOf(lower, quoted)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const after = lower.slice(end, end + 40);
      if (definingAfter.test(after)) {
        // Its meaning: the words after the connector, to the end of its item.
        const item = lower.slice(end, end + 300).split(/[;.](?:\s|$)/u)[0];
        at(start, end, includesAfter.test(after) ? 'includes' : 'defines', opening.length === 0 || item.includes(opening));
      } else if (introducedBefore.test(lower.slice(Math.max(0, start - 40), start)) && opening.length > 0 && lower.slice(Math.max(0, start - 400), start).includes(opening)) {
        // A short name for other words ("… (hereinafter “assistance”)", ETS 14) says nothing of this declaration.
        at(start, end, 'defines', true);
      }
    }
    for (const m of matchesOf(lower, bracketed)) {
      const start = m.index ?? 0;
      at(start, start + m[0].length, 'named', opening.length > 0 && lower.slice(Math.max(0, start - 400), start).includes(opening));
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
