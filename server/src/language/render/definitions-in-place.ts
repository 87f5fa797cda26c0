/**
 * The definitions a transcription holds as `define` statements, printed in the article whose words
 * announce them. ITPGRFA 2001, Art. 2: "For the purpose of this Treaty, the following terms shall
 * have the meanings hereunder assigned to them. These definitions are not intended to cover trade
 * in commodities:", then eight definitions ("“In situ conservation” means the conservation of
 * ecosystems …"; read: BWBV0001763). Transcribed as that chapeau in a clause about definitions and
 * the eight as `define`s, the export printed the chapeau and no definition: the clause "covers" the
 * definitions (constructs/drafter-replaced.ts), so no article was generated from them — rightly, in
 * a text its drafter numbers — and none was named in the note of a concluded text either (the
 * fifty-eighth run, item 3: "the printed Art. 2 announces definitions and has none").
 *
 * So where a clause on definitions (tagged `about definitions`, or headed "Definitions", "Use of
 * terms") ends announcing them (its words end with ":") and no such clause holds any of them (no
 * defined term between quotation marks, no meaning word for word), the `define`s are printed after
 * its words, in the source's order, one paragraph each: the term in quotation marks, "means", and
 * the meaning as written. On a concluded text the meaning's own punctuation is kept and none added
 * (its words are the text's); in a draft, as the generated "Definitions" article punctuates them
 * (";" after each, "." after the last). A clause that holds its definitions in its own words (most
 * transcriptions), or that refers elsewhere for them, is printed as written and nothing is added.
 */
import type { Clause, Definition } from '../ast/nodes';
import type { Article, Paragraph, RenderContext } from '../constructs/construct';
import type { SemanticModel } from '../model/semantic-model';
import { headingTopics } from './drafter-topics';
import { visibleText } from './inline';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Whether a clause is on definitions: by its tag or its heading. */
function onDefinitions(model: SemanticModel, clause: Clause): boolean {
  return model.topicsOf(clause).has('definitions') || (clause.heading !== undefined && headingTopics(clause.heading.value).includes('definitions'));
}

/** Whether the words hold a definition: its term between quotation marks, or its meaning as written. */
function holdsAny(words: string, definitions: readonly Definition[]): boolean {
  const text = oneLine(words);
  return definitions.some((d) => {
    const term = oneLine(d.term!.value);
    const meaning = d.meaning ? oneLine(d.meaning.value) : '';
    return new RegExp(`["“”'‘’\`]${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["“”'‘’]`).test(text) || (meaning.length > 0 && text.includes(meaning));
  });
}

/** The clause the `define`s are printed in, or undefined where none announces them without holding them. */
export function definitionsHolder(model: SemanticModel, clauses: readonly Clause[]): Clause | undefined {
  const definitions = model.ast.definitions.filter((d) => d.term?.value.trim());
  if (definitions.length === 0) return undefined;
  const onThem = clauses.filter((c) => onDefinitions(model, c));
  if (onThem.some((c) => holdsAny(model.clauseText(c) ?? '', definitions))) return undefined;
  return onThem.find((c) => /:\s*$/.test(model.clauseText(c) ?? ''));
}

/** The clause's article with the `define`s after its words. */
export function withDefinitions(article: Article, model: SemanticModel, r: RenderContext, concluded: boolean): Article {
  const definitions = model.ast.definitions.filter((d) => d.term?.value.trim());
  // Concluded: the meaning as written, its full stop too (r.phrase drops it); a draft's as the generated article punctuates it.
  const meaning = (d: Definition) => (!d.meaning ? r.placeholder('meaning to be defined') : concluded ? visibleText(d.meaning.value).replace(/\s+/g, ' ').trim() : r.phrase(d.meaning));
  const texts = definitions.map((d) => `“${r.phrase(d.term!)}” means ${meaning(d)}`);
  const punctuated = concluded ? texts : texts.map((t, i) => `${t}${i === texts.length - 1 ? '.' : ';'}`);
  const paragraphs: Paragraph[] = punctuated.map((text) => ({ text, label: '' }));
  return { ...article, paragraphs: [...article.paragraphs, ...paragraphs] };
}
