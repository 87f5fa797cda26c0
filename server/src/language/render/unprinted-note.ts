/**
 * The note a concluded text's export prints in place of the provisions generated from its
 * declarations (render/drafter-order.ts, `unprinted`): outside the text, it names what was not
 * printed, so that nothing is dropped silently (the export reviews' rule) and nothing the Parties
 * did not sign is printed as a provision (the treaty lawyer’s check of December 2026, point 2b).
 *
 * It names each declaration by its kind and its name in the source and says what it is about in
 * the heading's neutral words ("Channel ‘ProceedsInformation’ (exchange of information)"), never
 * in the generated sentences: those would state a duty ("shall exchange"), a duty-bearer and a
 * modal the text may not have. The header's final clauses are named by their topics.
 *
 * It says that a declaration is not printed "as a separate provision", never that it "matches no
 * clause": the text's own articles may state it (UNCAC's channels are its Arts. 46, 48 and 56;
 * the treaty lawyer's second check, point 2), whatever the transcriber tagged. And it says where
 * the transcription holds no preamble or signature blocks, which the export then does not generate.
 * Where it prints the text's definitions from the `define`s, as a marked insertion
 * (render/definitions-insertion.ts), it says so: not that nothing was printed from the declarations.
 */
import type { Definition } from '../ast/nodes';
import { declarationRows } from '../constructs/table';
import type { Concluded } from '../model/conclusion';
import type { GeneratedFrom, Placed } from './drafter-order';
import { andList } from '../util/word-list';
import { placeBesideOf, placeGapOf, placeInferredOf, placeKnownOf } from './definitions-insertion';
import type { OwnWords } from './own-definitions';
import type { HeaderStatedByText } from './header-stated-by-text';

/** A `define` whose term another article's own words define, with that article's heading and what its words do (own-definitions.ts). */
export interface Carried {
  readonly definition: Definition;
  readonly heading: string;
  readonly own: OwnWords;
}

export interface UnprintedNote {
  /** "Not part of the text". */
  readonly title: string;
  /** The rest of the note, in one paragraph: why nothing generated is printed, and what is not. */
  readonly text: string;
  /** One entry per declaration (or group a kind renders together) and one for the header. */
  readonly entries: readonly string[];
}

export const unprintedTitle = 'Not part of the text';

/**
 * The note for a concluded text's unprinted articles and the parts of the frame it does not generate
 * (`untranscribed`: "preamble", "signature blocks" — those the transcription holds in no clause)
 * and the definitions printed as a marked insertion (`inserted`); undefined when there is nothing to say.
 */
export function unprintedNote(unprinted: readonly Placed[], concluded: Concluded, untranscribed: readonly string[] = [], stated: readonly Placed[] = [], inserted: readonly Definition[] = [], carried: readonly Carried[] = [], alsoDefined: readonly Carried[] = [], headerFacts: readonly string[] = [], headerStated?: HeaderStatedByText, withoutTopic: readonly string[] = []): UnprintedNote | undefined {
  // The definitions not printed are said apart: "the text's own provisions are printed as
  // transcribed" is no answer for them, since no printed provision holds their words (the
  // seventy-first and seventy-third runs, defect 1).
  const definitions = entriesOf(unprinted.filter((p) => p.from?.kind === 'Definition')).entries;
  const { entries, declarations, header: finalClauses } = entriesOf(unprinted.filter((p) => p.from?.kind !== 'Definition'));
  // The final clauses not printed, then the facts of the final formula no printed word carries
  // (render/unprinted-header-facts.ts: `done`, `languages`; ninety-second run, defect 1).
  const header = [...new Set([...finalClauses, ...headerFacts])];
  const statements = header.length;
  if (statements > 0) entries.push(`Header statements (${header.join('; ')})`);
  if (entries.length === 0 && definitions.length === 0 && untranscribed.length === 0 && inserted.length === 0 && carried.length === 0) return undefined;
  const lead = `The text is concluded (${concluded.evidence}), so this export prints the text’s own provisions only, none generated from the declarations.${insertedSaid(inserted)}${carriedSaid(carried)}${alsoSaid(alsoDefined)}${unplacedSaid(definitions)}`;
  // Said of the transcription only: the signed text may well have a preamble the transcriber left out (UNCAC's).
  const several = untranscribed.length > 1 || untranscribed.some((part) => part.endsWith('s'));
  const frame = untranscribed.length > 0 ? ` The ${andList(untranscribed)} ${several ? 'are' : 'is'} not transcribed, and this export generates none.` : '';
  const byText = headerStatedSaid(headerStated);
  if (entries.length === 0) return { title: unprintedTitle, text: lead + frame + byText, entries };
  const what = [declarations > 0 ? plural(declarations, 'declaration') : '', statements > 0 ? plural(statements, 'header statement') : ''].filter(Boolean).join(' and ');
  // Not "match no clause": whether a clause states what a declaration declares is the transcriber's
  // tagging, not the text's (UNCAC's five channels are Arts. 46(4)–(5), 46(19), 48 and 56, printed).
  // "As transcribed", not "as signed": the transcription may leave part of the signed text out.
  const one = declarations + statements === 1;
  // The declarations a clause is tagged with are not printed either: named apart, so that the list
  // is not read as complete (ETS 20's capacity-building block beside its channels; sixty-first run, defect 6).
  // One entry may stand for several declarations ("3 designations"): the verb follows their count.
  const { entries: held, declarations: heldCount } = entriesOf(stated);
  const many = heldCount > 1;
  const subject = held.length > 1 ? 'their subjects are' : many ? 'their subject are' : 'its subject are';
  const also = held.length > 0 ? ` Nor ${many ? 'are' : 'is'} ${held.join('; ')}: the text’s own provisions on ${subject} printed instead.` : '';
  // Why the header statements are not printed: no provision is marked as stating them, unlike those
  // a provision states, named next (ninety-eighth run, minor point 1: "1 header statement" read as all).
  // Only the final clauses: the facts of the final formula say themselves why (no printed word carries them).
  // A statement no clause topic names could not have been marked: said so, not as if the text were
  // silent on it (NL–UK oil stocks 2006, whose preamble states the basis; r120 defect 6).
  const finalOnly = finalClauses.length === 1;
  const unmarked = finalClauses.length === 0 ? '' : ` ${unmarkedSaid(finalClauses.filter((s) => !withoutTopic.includes(s)), finalClauses.filter((s) => withoutTopic.includes(s)))}: ${finalOnly ? 'that statement is' : 'those statements are'} the transcription’s record, and the text’s own words on ${finalOnly ? 'it' : 'them'}, if any, are printed where they stand.`;
  const text = `${lead}${frame} ${capitalFirst(what)} ${one ? 'is' : 'are'} not printed as ${one ? 'a separate provision' : 'separate provisions'} (the text’s own provisions are printed as transcribed): ${entries.join('; ')}.${unmarked}${also}${byText}`;
  return { title: unprintedTitle, text, entries };
}

/** Why the final clauses are not printed: no provision is marked as stating them, or none could be (no topic names them). */
function unmarkedSaid(markable: readonly string[], withoutTopic: readonly string[]): string {
  const unmarked = markable.length === 0 ? '' : `No provision of the text is marked as stating ${andList(markable)} (by its heading or the transcription’s tags)`;
  if (withoutTopic.length === 0) return unmarked;
  const couldNot = `the transcription’s language has no topic by which ${unmarked ? 'one' : 'a provision of the text'} could be marked as stating ${andList(withoutTopic)}`;
  return unmarked ? `${unmarked}, and ${couldNot}` : capitalFirst(couldNot);
}

/** The header statements a provision of the text states (header-stated-by-text.ts): not printed, that provision is. */
function headerStatedSaid(stated: HeaderStatedByText | undefined): string {
  if (!stated) return '';
  const one = stated.statements.length === 1;
  const where = stated.provisions.length === 0 ? 'the text’s own provisions on them are' : `the text’s own ${stated.provisions.length === 1 ? 'provision' : 'provisions'} stating ${one ? 'it' : 'them'}, ${andList(stated.provisions)}, ${stated.provisions.length === 1 ? 'is' : 'are'}`;
  return ` Nor ${one ? 'is the header statement' : 'are the header statements'} on ${andList(stated.statements)}: ${where} printed instead.`;
}

/**
 * What the note says of the definitions printed from the `define`s (render/definitions-insertion.ts):
 * that they are, and that they are not the text's wording (the treaty lawyer's thirteenth check, D5).
 */
function insertedSaid(inserted: readonly Definition[]): string {
  const count = inserted.length;
  if (count === 0) return '';
  const what = count === 1 ? 'One definition of the text, which the transcription holds as a declaration (`define`), is' : `Its ${count} definitions, which the transcription holds as declarations (\`define\`), are`;
  const them = count === 1 ? 'it' : 'them';
  const known = placeKnownOf(inserted);
  const inferred = placeInferredOf(inserted);
  const gap = placeGapOf(inserted);
  // Beside the words of the article that holds the others: where each stands among them is not known
  // (lr17, D7). At the one unlisted gap, where the file puts them: the transcription's place, not
  // said to be the text's (lr17, D8); where the gap was inferred, not asserted either (lr16, D3).
  const where = known
    ? placeBesideOf(inserted) ? `in the article that has ${them}, beside its words` : `where the text has ${them}`
    : gap ? `where the transcription puts ${them}, in the gap of ${gap}`
    : inferred ? `at the one gap in the numbering that the header’s omitted list does not name (${inferred}; where the text has ${them} is not known)` : `where the transcription puts ${them} (where the text has ${them} is not known)`;
  return ` ${what} printed from ${them} as a marked insertion ${where}: each term with its meaning as transcribed, not in the text’s own wording (the rest of its wording of them, such as the words that join each term to its meaning, its lettering and its layout are not reproduced).`;
}

/** What an article's own words do with a term (own-definitions.ts), and the words that limit them, quoted. */
function ownSaid(own: OwnWords, one: string): { verb: string; limit: string } {
  const verb = own.kind === 'includes' ? `say what ${one} includes` : own.kind === 'named' ? `name ${one} in brackets` : `define ${one}`;
  return { verb, limit: own.scope ? `, limited by “${own.scope}”` : '' };
}

/**
 * The `define`s not printed because another article's own words define them with the declaration's
 * meaning (Joint Convention 1997, "Agency", Art. 37(1)); where those words limit the definition to
 * that article (Lanzarote 2007, Art. 19(2): "For the purpose of the present article"), or only say
 * what it includes, the note says so (lr17, D6).
 */
function carriedSaid(carried: readonly Carried[]): string {
  if (carried.length === 0) return '';
  const term = (c: Carried) => `‘${c.definition.term!.value.trim()}’`;
  if (carried.length === 1) {
    const { verb, limit } = ownSaid(carried[0].own, 'it');
    return ` Definition ${term(carried[0])} is not printed from its declaration: the text’s own words ${verb}, in ${carried[0].heading}${limit}.`;
  }
  const all = carried.every((c) => c.own.kind === 'defines');
  const item = (c: Carried) => {
    const { verb, limit } = ownSaid(c.own, 'it');
    return `${term(c)} in ${c.heading}${all ? '' : ` (they ${verb})`}${limit}`;
  };
  return ` Definitions ${andList(carried.map(term))} are not printed from their declarations: the text’s own words ${all ? 'define' : 'state'} them (${carried.map(item).join('; ')}).`;
}

/**
 * The `define`s printed whose term another article's words also define for their own purposes, add
 * to, or name in brackets, in words other than the declaration's: both stand in the export, and the
 * note says what that article does (lr17, D6: "For the purposes of this Article, “Incident” includes
 * only …" is no reason to drop the general definition).
 */
function alsoSaid(also: readonly Carried[]): string {
  return also.map((c) => {
    const term = `‘${c.definition.term!.value.trim()}’`;
    const does = c.own.kind === 'includes' ? `says in its own words what ${term} includes` : c.own.kind === 'named' ? `uses ${term} in brackets for what its own words describe` : `defines ${term} in its own words`;
    return ` ${capitalFirst(c.heading)} also ${does}${ownSaid(c.own, term).limit}; the definition the transcription declares is printed as well.`;
  }).join('');
}

/** The definitions printed nowhere: where the text has them is not known, and no printed provision is said to hold them. */
function unplacedSaid(named: readonly string[]): string {
  if (named.length === 0) return '';
  const definitions = named.map((d) => d.replace(/ \(definitions\)$/u, ''));
  const one = definitions.length === 1 && /^Definition /.test(definitions[0]);
  return ` ${andList(definitions)}, which the transcription holds as ${one ? 'a declaration' : 'declarations'} (\`define\`), ${one ? 'is' : 'are'} not printed: this export does not know ${one ? 'its' : 'their'} place in the text.`;
}

/** The note's entries for some generated articles: one per declaration (or group a kind renders together), the header's by topic. */
function entriesOf(placed: readonly Placed[]): { entries: string[]; declarations: number; header: string[] } {
  // An article per declaration, or one for all of a kind (the same `from`); the header's final clauses by topic.
  const groups = new Map<Exclude<GeneratedFrom, { kind: 'header' }>, string[]>();
  const header: string[] = [];
  for (const { article, from } of placed) {
    if (!from) continue;
    if (from.kind === 'header') header.push(lowerFirst(article.heading));
    else groups.set(from, [...(groups.get(from) ?? []), article.heading]);
  }
  let declarations = 0;
  const entries: string[] = [];
  for (const [from, headings] of groups) {
    // A body's heading is its name, written as the source writes it; other headings are topics ("Exchange of information").
    const topics = [...new Set(from.kind === 'GovernanceBody' ? headings : headings.map(lowerFirst))];
    declarations += from.nodes.length;
    const names = from.nodes.flatMap((node) => rowOf(from.kind).declares(node).filter((d) => d.node === node).map((d) => `‘${d.name}’`));
    const noun = kindNoun(from.kind, from.nodes.length);
    const named = names.length > 0 ? `${noun} ${andList(names)}` : from.nodes.length === 1 ? noun : `${from.nodes.length} ${noun.toLowerCase()}`;
    // "Definitions ‘Incident’ and ‘Agency’", not "… (definitions)": the topic is said where the kind does not say it.
    const about = topics.join('; ');
    entries.push(about.toLowerCase() === noun.toLowerCase() ? named : `${named} (${about})`);
  }
  return { entries, declarations, header };
}

/** A kind's row, typed loosely: the note reads only its display name and what it declares. */
function rowOf(kind: keyof typeof declarationRows) {
  return declarationRows[kind] as unknown as { readonly display: string; declares(node: unknown): { readonly name: string; readonly node: unknown }[] };
}

/** "Channel", "Incident protocol", "Definitions": the row's display name without its article. */
function kindNoun(kind: keyof typeof declarationRows, count: number): string {
  const noun = rowOf(kind).display.replace(/^(?:an?|the)\s+/, '');
  return capitalFirst(count === 1 ? noun : noun.replace(/y$/, 'ie') + 's');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

const capitalFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Exchange of information" → "exchange of information"; "CSIRT cooperation" stays as written. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
