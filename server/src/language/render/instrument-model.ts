/**
 * The rendering model of an instrument: what every output format (Markdown, HTML, Word, Akoma
 * Ntoso) and the preview read, so they never disagree. It holds text as the signed instrument
 * says it — names, never identifiers; a missing or invalid value as a visible placeholder — and
 * the structure each format needs: preamble, numbered articles (treaty) or paragraphs (MoU) with
 * headings, the final formula and one signature block per signatory.
 */
import type { Paragraph } from '../constructs/construct';
import type { InstrumentKind } from '../ast/vocabulary';
import type { UnprintedNote } from './unprinted-note';

export type { ListItem, Paragraph, RenderedTable } from '../constructs/construct';
export type { UnprintedNote } from './unprinted-note';

export interface RenderedInstrument {
  readonly title: string;
  readonly kind: InstrumentKind | undefined;
  /** Treaty wording ("shall", "Parties", "Article") or MoU wording ("will", "Participants", "paragraph"). */
  readonly treaty: boolean;
  /** How the instrument calls itself: `Convention`, `Agreement`, `Memorandum`. */
  readonly self: string;
  /** `Article` or `Paragraph`: how its numbered units are called. */
  readonly unit: 'Article' | 'Paragraph';
  /** Present while the draft has errors: it is marked DRAFT with this count of problems. */
  readonly draft: DraftMark | undefined;
  readonly parties: readonly RenderedParty[];
  /** The defined terms, for formats that mark them (Akoma Ntoso `def` and `term`). */
  readonly terms: readonly { readonly term: string; readonly key: string }[];
  /** Organisations named in the text besides the parties (a depositary). */
  readonly organisations: readonly { readonly name: string; readonly key: string }[];
  readonly preamble: Preamble | undefined;
  /**
   * `renderer`: the articles are numbered here, in order. `drafter`: the drafter's clauses carry
   * their own designations ("Article 1 – …", "Section 2"), so no article is numbered by the
   * renderer and each heading is printed as written (render/drafter-order.ts).
   */
  readonly numbering: 'renderer' | 'drafter';
  readonly articles: readonly RenderedArticle[];
  /**
   * In a draft its drafter numbers: the generated articles no drafter's clause covers, printed after
   * the drafter's last article under `heading` and `lead` (they are the drafter's proposals) and
   * outside the numbering; the export is a draft while there are any. A concluded text has none:
   * see `unprinted`.
   */
  readonly outside: { readonly heading: string; readonly lead: string; readonly articles: readonly RenderedArticle[] } | undefined;
  /**
   * In a concluded text: the note, printed after the text and outside it, that names the
   * declarations from which nothing is printed (render/unprinted-note.ts); undefined when none.
   */
  readonly unprinted: UnprintedNote | undefined;
  /** In a text its drafter numbers: the clauses that follow the final formula in the text (an annex, a protocol), printed after the signatures. */
  readonly annexed: readonly RenderedArticle[];
  /**
   * The marks of omitted parts a transcription declares (`omitted "the Final Act"`) that sit after
   * the printed text and its final formula: an annex after the last printed annex, a part that names
   * no designation (render/omission-marks.ts). Empty when none.
   */
  readonly omittedAfter: readonly string[];
  /** The marks of omitted articles after the last printed one, printed after the articles and before the final formula (UNCLOS Arts. 318–320). */
  readonly omittedEnd: readonly string[];
  /** "IN WITNESS WHEREOF …", "Done at … in duplicate …": empty for an annex, which its parent's signature covers. */
  readonly testimonium: readonly string[];
  readonly signatures: readonly SignatureBlock[];
  /** The languages of the text, as written (`English`), and the signature date, for metadata. */
  readonly languages: readonly string[];
  readonly signed: { readonly iso: string; readonly place: string | undefined } | undefined;
  /** For an annex: the title of the instrument it belongs to. */
  readonly parentTitle: string | undefined;
}

export interface DraftMark {
  readonly errors: number;
  readonly warnings: number;
  /** Placeholders in the text ("[notice]", "[date of signature]"): blanks nobody can sign. */
  readonly blanks: number;
  /** Generated provisions printed outside the drafter's numbering (`RenderedInstrument.outside`). */
  readonly outside: number;
  /** "DRAFT — 3 unresolved problems (2 errors, 1 warning)", "DRAFT — 2 blanks to fill", "DRAFT — 2 provisions outside the text's numbering". */
  readonly label: string;
}

export interface RenderedParty {
  /** The full name, without article: `Republic of Estonia`, or a placeholder. */
  readonly name: string;
  /** For Akoma Ntoso references: a key made from the name, never the source id. */
  readonly key: string;
  readonly kind: 'state' | 'organisation' | 'body' | 'unknown';
  readonly representative: string | undefined;
}

/**
 * The preamble: generated from the parties, or the drafter's own (a clause headed "Preamble"),
 * printed as written: then `parties` is undefined and the text is in `recitals`, its closing
 * formula ("Have agreed as follows:") in `formula` when it ends with one.
 */
export interface Preamble {
  /** "The Republic of Estonia and the Republic of Finland, hereinafter referred to as "the Parties","; undefined for the drafter's own. */
  readonly parties: string | undefined;
  /** Set where `parties` names no party by name ("The States Parties to this Treaty,": a class party is among them); a format prints it as it stands. */
  readonly unnamed?: true;
  /**
   * Set where `parties` names only some of the parties, with no "hereinafter" (named signatories
   * beside an open class that joins by accession): the indexes in `RenderedInstrument.parties` of
   * those it names, for a format that marks them.
   */
  readonly named?: readonly number[];
  /** Recitals the instrument states, each ending with a comma or semicolon; the drafter's preamble paragraph by paragraph, a dashed list of recitals as a list (render/preamble-recitals.ts). */
  readonly recitals: readonly Paragraph[];
  /** "Have agreed as follows:" or "Have reached the following understanding:"; undefined when the drafter's preamble ends with none. */
  readonly formula: string | undefined;
}

export interface RenderedArticle {
  /** 1, 2, 3…: its place in the document, for anchors and ids (in a text its drafter numbers, not its number). */
  readonly number: number;
  /** "Article 3", "Paragraph 3"; undefined when the renderer does not number it (the drafter's heading carries its designation, or it is outside the numbering). */
  readonly num: string | undefined;
  readonly heading: string;
  readonly paragraphs: readonly Paragraph[];
  /** Definitions are marked as such in Akoma Ntoso. */
  readonly role: 'definitions' | 'provision' | 'final';
  /**
   * In a concluded text's transcription whose printed numbering jumps before this article: the
   * editorial mark printed before it, outside the text's words ("[Articles 5 to 42 are not
   * transcribed.]", render/numbering-gaps.ts).
   */
  readonly gapBefore?: string;
  /**
   * In a concluded text: its definitions, held as `define`s in no clause, printed before this
   * article (after `gapBefore`) as the marked insertion of render/definitions-insertion.ts — an
   * editorial mark (`mark`) whose items are the terms with their meanings as transcribed.
   */
  readonly insertedBefore?: Paragraph;
  /**
   * The marks of what the text has between those definitions and this article, printed after the
   * insertion as `gapBefore` is before it: "[Articles 2 to 16 are not transcribed.]" after Article
   * 1's definitions, not above them (ninety-fifth run, defect 4).
   */
  readonly gapAfterInsertion?: string;
}

export interface SignatureBlock {
  /** "For the Republic of Estonia". */
  readonly for: string;
  /** The title of who signs, when the instrument says (`represented by`). */
  readonly signatory: string | undefined;
}

/** Whether a paragraph is the drafter's text, which carries its own label or none, printed as written. */
export function asWritten(p: Paragraph): p is Exclude<Paragraph, string> & { readonly label: string } {
  return typeof p !== 'string' && p.label !== undefined;
}

/**
 * The number printed before a paragraph: the drafter's label as written ('' where the drafter
 * wrote none), or, for a generated paragraph of an article with more than one, the renderer's
 * "1.", "2."… — never a number of the renderer's on the drafter's text (export review 2, S1).
 */
export function paragraphLabel(a: RenderedArticle, index: number): string {
  const p = a.paragraphs[index];
  if (asWritten(p)) return p.label;
  return a.paragraphs.length > 1 ? `${a.paragraphs.slice(0, index + 1).filter((q) => !asWritten(q)).length}.` : '';
}

/** Whether the renderer numbers an article's paragraphs (generated text, more than one). */
export function numbersParagraphs(a: RenderedArticle): boolean {
  return a.paragraphs.length > 1 && !a.paragraphs.some(asWritten);
}
