/**
 * The header statements that say how this instrument stands to other instruments, as final
 * clauses: the provisions of another instrument it applies (`incorporates`), the treaty it is
 * concluded under (`implements`) and the arrangements concluded under it (`implemented by`).
 * Rendered in the instrument's own wording (header-clauses.ts holds the table that places them).
 */
import type { Instrument } from '../ast/nodes';
import type { Paragraph, RenderContext } from './construct';
import { withThe } from '../util/with-the';
import { capitalise } from '../util/capitalise';

/** "the Agreement between … on Cooperation in Cyber Defence" → "Agreement": how the text refers back to it. */
export function lastWordOfTitle(title: string): string {
  return /^(?:the\s+)?(\p{L}+)/u.exec(title)?.[1] ?? 'instrument';
}

export { withThe };

/** `incorporates amendment, disputes from "…" "Articles 20, 21 and 23 of the Convention"`: they apply "mutatis mutandis" (the statement's meaning, ETS 189 Art. 8(1)). */
export function incorporation(h: Instrument, r: RenderContext): Paragraph[] {
  return h.incorporations.map((i) => {
    if (i.articles?.value.trim()) return `${capitalise(r.phrase(i.articles))} ${r.will} apply, mutatis mutandis, to this ${r.self}.`;
    const topics = i.topics.length > 0 ? r.list(i.topics.map((t) => t.text.replace(/-/g, ' '))) : r.placeholder('subjects of the provisions');
    const source = i.source ? r.instrumentTitle(i.source) : r.placeholder('title of the instrument whose provisions apply');
    return `The provisions of ${source} on ${topics} ${r.will} apply, mutatis mutandis, to this ${r.self}.`;
  });
}

const inheritedWords: Readonly<Record<string, string>> = {
  status: 'its status',
  effect: 'entry into force',
  duration: 'duration',
  termination: 'termination',
  amendment: 'amendment',
  disputes: 'the settlement of disputes',
  costs: 'costs',
  'final-clauses': 'entry into force, duration, termination, amendment and the settlement of disputes',
};

/** `implements "gsa.entente" article 7 with duration`: the treaty it is concluded under, and what it takes from it. */
export function implementsClause(h: Instrument, r: RenderContext): Paragraph[] {
  const i = h.implements;
  if (!i) return [];
  const treaty = i.file ? r.instrumentTitle(i.file) : i.agreement ? withThe(r.agreementName(i.agreement)) : r.placeholder('title of the treaty it implements');
  const article = i.article ? `Article ${'multiline' in i.article ? r.phrase(i.article) : i.article.text} of ` : '';
  const inherited = i.inherits.map((w) => inheritedWords[w.value ?? ''] ?? r.placeholder('subject taken from the treaty'));
  const provisions = inherited.length > 0 ? ` The provisions of that ${lastWordOfTitle(treaty)} on ${r.list(inherited)} apply to this ${r.self}.` : '';
  return [`This ${r.self} is concluded under ${article}${treaty}.${provisions}`];
}

/** `amends "…"`: the treaty it amends, by its title; nothing more is said for the drafter (what it changes is in its articles). */
export function amendsClause(h: Instrument, r: RenderContext): Paragraph[] {
  const treaty = h.amends?.treaty ? r.instrumentTitle(h.amends.treaty) : r.placeholder('title of the treaty it amends');
  return h.amends ? [`This ${r.self} amends ${treaty}.`] : [];
}

/** `implemented by "mou.entente" article 7`: the arrangements concluded under this treaty, by their titles. */
export function implementedBy(h: Instrument, r: RenderContext): Paragraph[] {
  return h.implementedBy.map((b) => {
    const titles = b.files.length > 0 ? r.list(b.files.map((f) => r.instrumentTitle(f))) : r.placeholder('titles of the implementing arrangements');
    const article = b.article ? ` under Article ${'multiline' in b.article ? r.phrase(b.article) : b.article.text} of this ${r.self}` : '';
    return `${capitalise(titles)} ${b.files.length > 1 ? 'are' : 'is'} concluded${article} in implementation of this ${r.self}.`;
  });
}
