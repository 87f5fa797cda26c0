/**
 * A concluded text's definitions, printed where the text has them as a marked insertion: never as
 * the Parties' words, never left out.
 *
 * A transcriber who writes a definitions article as `define` statements (UN Illicit Traffic
 * Convention 1988, Art. 1: its chapeau as the clause and the twenty-one definitions (a)–(u) as
 * `define`s; MARPOL 1973, Art. 2: seven `define`s and no clause) keeps the text's words in them,
 * but not its wording: a `define` holds a term and a meaning, not the connector ("means", "shall
 * mean", "has the meaning"), the lettering or the layout, and a meaning may carry the transcriber's
 * words ("… (Article 1(1))"). Printed as "“X” means …", they were words the Parties never signed
 * (the treaty lawyer's thirteenth check, D5); replaced by a mark naming the terms, the export lost a
 * whole operative article — the definitions on which the rest of the text turns (the sixty-fifth
 * and sixty-sixth runs: "a reader of the export does not have the Convention").
 *
 * So they are printed, set apart from the text as every editorial mark is, under words that say
 * what they are: "[Definitions as transcribed …]", then each term with its meaning as the
 * transcription holds it, in the file's order — "“Board”: the International Narcotics Control
 * Board …" — the term and the meaning joined by a colon, which no treaty reads as its connector.
 * The note after the text says so too (render/unprinted-note.ts). Neither names the text's connector:
 * a `define` does not hold it, and "such as “means”" misdescribed a text whose words are "the term
 * … shall comprise", an open definition (NL–Hungary investment Agreement 1987, Art. 1; ninetieth
 * run, defect 2); they say only that the words joining each term to its meaning are not reproduced. Every format sets the insertion
 * off as it sets off its marks, and Akoma Ntoso makes it a container of its own marked
 * `status="editorial"` ("inserted as an editorial process when creating the XML markup", AKN 3.0
 * `statusType`), never a numbered paragraph of the text and never an `omissis`, which marks text
 * left out (treaty lawyer lr15, D5).
 */
import type { Definition } from '../ast/nodes';
import type { Paragraph } from '../constructs/construct';
import { visibleText } from './inline';
import { singleSpaced } from '../util/single-spaced';

/** The words that open the insertion: what follows is the transcription's, not the text's wording. */
export const insertionLead =
  '[Definitions as transcribed, not in the text’s own wording: each term, then its meaning, as the transcription’s declarations hold them and in their order. The rest of the text’s wording of them (the words that join each term to its meaning, whatever they are), its lettering and its layout are not reproduced.]';

/**
 * The lead where the place is not known: the file puts them here, but the printed numbering skips
 * more than one article the header's `omitted` does not name, and which of them holds the
 * definitions is not known (render/definitions-in-place.ts, `definitionsBetweenClauses`).
 */
export const insertionLeadPlaceUnknown =
  '[Definitions as transcribed, not in the text’s own wording, printed where the transcription puts them: where the text has them is not known. Each term, then its meaning, as the transcription’s declarations hold them and in their order. The rest of the text’s wording of them (the words that join each term to its meaning, whatever they are), its lettering and its layout are not reproduced.]';

/** The rest of every lead: what each entry is and what it does not reproduce. */
const leadRest = 'Each term, then its meaning, as the transcription’s declarations hold them and in their order. The rest of the text’s wording of them (the words that join each term to its meaning, whatever they are), its lettering and its layout are not reproduced.]';

/**
 * The lead beside the article's own words where those words hold some of its definitions and the
 * `define`s the others (OSPAR 1992 Art. 1: the exclusions (g), (i), (o) as a clause, the sixteen
 * definitions as `define`s; Istanbul 2011 Art. 3: (a) and (f) as a clause, (b)–(e) as `define`s;
 * the seventy-first and seventy-third runs): printed before or after those words, as the file puts
 * them, and where each stands among the article's lettered items is not said.
 */
export const insertionLeadBeside = (after: boolean): string =>
  `[Definitions as transcribed, not in the text’s own wording, printed ${after ? 'after' : 'before'} the article’s own words as transcribed, which hold its other definitions: where each stands among them is not reproduced. ${leadRest}`;

/**
 * The lead where the place is inferred: the file puts them elsewhere, and the one jump of the
 * printed numbering the header's `omitted` does not name is taken for theirs (the European
 * Convention on Extradition 1957, Art. 25). Not asserted: that jump may as well be an article the
 * transcriber did not list (the treaty lawyer's sixteenth check, D3).
 */
export const insertionLeadInferred = (gap: string): string =>
  `[Definitions as transcribed, not in the text’s own wording, placed at the one unlisted gap in the numbering, ${gap}: their place in the text is not known. ${leadRest}`;

/**
 * Where an insertion stands: where the text has them, where the file puts them (place not known),
 * beside the article's own words, at the one unlisted gap where the file puts them (`gap`: "Articles
 * 2–3"), or at that gap by inference (`inferred`).
 */
export type InsertionPlace = 'known' | 'unknown' | 'before-words' | 'after-words' | { readonly gap: string } | { readonly inferred: string };

/** One line: a term as the text and the `terms` of the rendering write it, then its meaning as written. */
const oneLine = (text: string) => singleSpaced(visibleText(text)).trim();

/** The defined terms that are printed: those with a term. */
export function printable(definitions: readonly Definition[]): Definition[] {
  return definitions.filter((d) => d.term?.value.trim());
}

function leadOf(place: InsertionPlace): string {
  if (place === 'known') return insertionLead;
  if (place === 'unknown') return insertionLeadPlaceUnknown;
  if (place === 'before-words' || place === 'after-words') return insertionLeadBeside(place === 'after-words');
  return 'gap' in place ? insertionLead : insertionLeadInferred(place.inferred);
}

/**
 * The insertion: an editorial mark (`mark`) whose items are the definitions, unlabelled, each
 * "“Term”: meaning as transcribed" (no meaning transcribed: said so, not left blank).
 */
export function definitionsInsertion(definitions: readonly Definition[], placeKnown: boolean | InsertionPlace = true): Paragraph {
  const place: InsertionPlace = placeKnown === true ? 'known' : placeKnown === false ? 'unknown' : placeKnown;
  const items = printable(definitions).map((d) => {
    const meaning = d.meaning ? oneLine(d.meaning.value) : '';
    return { label: '', text: `“${oneLine(d.term!.value)}”: ${meaning || '(no meaning transcribed)'}` };
  });
  const insertion: Paragraph = { text: leadOf(place), label: '', mark: true, items };
  held.set(insertion, printable(definitions));
  // A definition kept across edits (model/document-change.ts) is placed anew by each arrangement: its last place only.
  for (const d of printable(definitions)) [placeUnknown, placeInferred, placeGap, placeBeside].forEach((tags) => tags.delete(d));
  if (place === 'unknown') for (const d of printable(definitions)) placeUnknown.add(d);
  if (typeof place === 'object') for (const d of printable(definitions)) ('gap' in place ? placeGap : placeInferred).set(d, 'gap' in place ? place.gap : place.inferred);
  if (place === 'before-words' || place === 'after-words') for (const d of printable(definitions)) placeBeside.add(d);
  return insertion;
}

/** The definitions each insertion prints, for the note after the text (render/drafter-order.ts). */
const held = new WeakMap<Paragraph & object, readonly Definition[]>();

/** The definitions an insertion prints; none for any other paragraph. */
export function insertedIn(p: Paragraph | undefined): readonly Definition[] {
  return p !== undefined && typeof p !== 'string' ? (held.get(p) ?? []) : [];
}

/** The definitions printed where the transcription puts them, their place in the text not known. */
const placeUnknown = new WeakSet<Definition>();

/** The definitions placed at the one unlisted gap of the numbering, by the gap ("Article 6"). */
const placeInferred = new WeakMap<Definition, string>();

/** The definitions printed beside the words of the article that holds the others, where each stands among them not said. */
const placeBeside = new WeakSet<Definition>();

/** The definitions printed at the one unlisted gap where the file puts them, by the gap ("Articles 2–3"): the text's place is the transcription's. */
const placeGap = new WeakMap<Definition, string>();

/** Whether the note may say of these inserted definitions that they stand where the text has them (or beside its article's words). */
export function placeKnownOf(definitions: readonly Definition[]): boolean {
  return definitions.every((d) => !placeUnknown.has(d) && !placeInferred.has(d) && !placeGap.has(d));
}

/** Whether all these inserted definitions stand beside the words of the article that holds the others. */
export function placeBesideOf(definitions: readonly Definition[]): boolean {
  return definitions.length > 0 && definitions.every((d) => placeBeside.has(d));
}

/** The gap all these inserted definitions stand at where the file puts them ("Articles 2–3"), if they do. */
export function placeGapOf(definitions: readonly Definition[]): string | undefined {
  const gaps = new Set(definitions.map((d) => placeGap.get(d)));
  return gaps.size === 1 ? [...gaps][0] : undefined;
}

/** The gap all these inserted definitions were placed at by inference ("Article 6"), if they were. */
export function placeInferredOf(definitions: readonly Definition[]): string | undefined {
  const gaps = new Set(definitions.map((d) => placeInferred.get(d)));
  return gaps.size === 1 ? [...gaps][0] : undefined;
}
