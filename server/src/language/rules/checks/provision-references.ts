/**
 * Cross-references between the provisions of a drafted text (export review 3, item 6): a `§Name`
 * that names no provision of the instrument, and, in a drafted exchange whose proposal carries the
 * terms (`note … with terms`), a bare "paragraph 9" — the renderer numbers those terms, so adding
 * one clause before the one meant silently moves the number onto another provision.
 */
import type { Clause, Text } from '../../ast/nodes';
import type { Range } from '../../ast/positions';
import { concludedText } from '../../model/conclusion';
import { declarationParts, sameWordsMoved } from '../../model/document-change';
import { citationName, citedDeclaration, citingTexts, provisionKey, provisionReferencePattern, sometimesPrintedKinds, type CitableKind, type ExportNumbering } from '../../model/provision-names';
import type { SemanticModel } from '../../model/semantic-model';
import { articleNumber } from '../../util/article-number';
import { defineRule } from '../rule';
import { matchesOf } from '../../util/all-matches';
import { singleSpaced } from '../../util/single-spaced';

/**
 * What `read` finds in each text whose `§Name` the renderer resolves (model/provision-names.ts):
 * the header's prose, read each time, then every declaration's, kept per declaration and patched
 * from the last tree (model/document-change.ts), so a keystroke reads again only the edited
 * declaration. `read` must be a function of the text node alone (its source, `exactSource`, is the
 * same string while the node is kept) and give offsets inside the text, not in the document, which
 * moves under a kept node when a line before it changes length. A declaration an edit moves to
 * other lines takes its origin's findings, their text nodes moved as far (`sameWordsMoved`).
 */
function foundInTexts<T>(name: string, model: SemanticModel, read: (model: SemanticModel, text: Text) => readonly T[]): (readonly T[])[] {
  const found: (readonly T[])[] = [];
  if (model.ast.instrument) for (const text of citingTexts(model.ast.instrument)) found.push(headerRead(name, text, () => read(model, text)));
  const parts = declarationParts(name, model, '', (d) => citingTexts(d).flatMap((text) => read(model, text)), sameWordsMoved);
  for (let i = 0; i < parts.length; i++) if (parts[i].length > 0) found.push(parts[i]);
  return found;
}

/**
 * What `read` found in a text of the header, kept with the text's node under the reading's name: a
 * keystroke below the header keeps its nodes (model/document-change.ts), and the reservations'
 * prose was scanned again for numbers and names on every one. Exact for the reason the
 * declarations' findings are kept: `read` is a function of the text node alone.
 */
const headerFindings = new Map<string, WeakMap<Text, readonly unknown[]>>();

function headerRead<T>(name: string, text: Text, read: () => readonly T[]): readonly T[] {
  let kept = headerFindings.get(name);
  if (!kept) headerFindings.set(name, (kept = new WeakMap()));
  let found = kept.get(text) as readonly T[] | undefined;
  if (!found) kept.set(text, (found = read()));
  return found;
}

/** The document's range of `length` characters at `index` in a text's source. */
function rangeIn(model: SemanticModel, text: Text, index: number, length: number): Range {
  const from = model.lines.offsetAt(text.range.start);
  return model.lines.range(from + index, from + index + length);
}

/** Every `§Name` of a text, at its offset in the text's source. */
function namesCited(model: SemanticModel, text: Text): { name: string; text: Text; index: number; length: number }[] {
  if (!text.value.includes('§')) return [];
  return matchesOf(model.exactSource(text), provisionReferencePattern).map((match) => ({ name: match[1], text, index: match.index!, length: match[0].length }));
}

export const unknownProvisionReference = defineRule({
  code: 'unknown-provision-reference',
  family: 'reference',
  defaultSeverity: 'error',
  message: 'Name a provision of this instrument after §: a clause, a channel, a security agreement, a governance body, an incident protocol or an exercise the export prints as a provision, by its id; a header statement by its keyword (§amendment, §disputes); or the assistance block (§assistance).',
  rationale:
    '`§Name` in a clause or a note cites the provision so named, and the export writes its number in its place ("paragraph 9", "Article 9"), which moves with the provision when clauses are added or removed. A name the instrument does not declare cites nothing: the export prints a blank ("[cross-reference]") where the number should be. The names are the ids of the clauses, channels, security agreements, governance bodies, incident protocols and exercises, and the keywords of the header statements the export turns into provisions (`amendment`, `disputes`, `duration`, `termination`, `registration`…). A body, a protocol or an exercise is cited only where the export prints it as a provision of its own: a body and a protocol are an article (or paragraph) each unless a drafter\'s clause says what it would and is printed instead; an exercise is one only while it is the only exercise — several share one article, a paragraph each, and none has a number of its own. A concluded text\'s export prints its own clauses only, no provision generated from the declarations or the header: there only a clause can be cited.',
  source: 'Entente language reference (cross-references by name); export review 3, item 6',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'memorandum "M" {\n  status non-binding\n  amendment by written decision\n}\nclause Costs "Costs" about costs """\n  Each Participant will bear its own costs; see §amendmnt.\n"""\n',
    fix: 'memorandum "M" {\n  status non-binding\n  amendment by written decision\n}\nclause Costs "Costs" about costs """\n  Each Participant will bear its own costs; see §amendment.\n"""\n',
  },
  check({ model, report, exportCitations, replacingClauses }) {
    for (const cited of foundInTexts('provision-names-cited', model, namesCited)) {
      for (const { name, text, index, length } of cited) {
        const key = provisionKey(model, name);
        if (key === undefined) {
          report({ range: rangeIn(model, text, index, length), message: `§${name} names no provision of this instrument (no clause, channel, security agreement, governance body, incident protocol or exercise ${name}, and no header statement \`${name.toLowerCase()}\`): the export prints a blank where its number should be. Correct the name.` });
          continue;
        }
        // A concluded text's export prints no provision generated from the declarations (render/unprinted-note.ts): only its clauses have numbers.
        const concluded = concludedText(model.ast);
        if (concluded && !exportCitations().has(key)) {
          report({ range: rangeIn(model, text, index, length), message: `§${name} cites no provision of the text: the text is concluded (${concluded.evidence}), and its export prints the text’s own provisions only, none generated from the declarations — a blank would stand where its number should be. Cite a clause of the text by its name (§Id).` });
          continue;
        }
        // Asked of the renderer only for the kinds it prints as a provision in some texts and not in others.
        const declaration = citedDeclaration(model, name);
        if (declaration && sometimesPrintedKinds.has(declaration.kind) && !exportCitations().has(key)) {
          // A body, a protocol or an exercise (`sometimesPrintedKinds`), never a contact.
          const node = declaration.target.node;
          const instead = node.type === 'Contact' ? [] : replacingClauses(node);
          report({ range: rangeIn(model, text, index, length), message: notPrinted(model, name, declaration.kind, instead, exportCitations()) });
        }
      }
    }
  },
});

/**
 * Why a body, a protocol or an exercise the export does not print as a provision has no number to
 * cite; where the drafter's own clause is printed instead, which clause, as the export prints it.
 */
function notPrinted(model: SemanticModel, name: string, kind: CitableKind, instead: readonly Clause[], citations: ReadonlyMap<string, string>): string {
  const exercises = model.ast.declarations.filter((d) => d.type === 'Exercise').length;
  if (kind === 'exercise' && exercises > 1) {
    return `§${name} cites no provision: the export prints the ${exercises} exercises as paragraphs of one article ("Joint exercises"), and one exercise of several has no number of its own — a blank would stand where its number should be. Name the exercise in words, or cite a clause of yours on exercises by its name (§Id).`;
  }
  const noun = kind === 'body' ? 'governance body' : kind === 'protocol' ? 'incident protocol' : 'exercise';
  const blank = 'a blank would stand where its number should be';
  if (instead.length === 0) return `§${name} cites no provision: a clause of yours says what ${noun} ${name} would, and the export prints that clause instead of an article for ${name} — ${blank}. Cite that clause by its name (§Id).`;
  const described = instead.map((c) => describedClause(c, citations));
  const cite = instead.flatMap((c) => (c.id ? [`§${c.id.text}`] : []));
  const which = instead.length === 1 ? `your clause ${described[0]} says` : `your clauses ${listed(described)} say`;
  const them = instead.length === 1 ? 'that clause' : 'those clauses';
  const advice = cite.length === 0 ? `Give ${them} an id and cite it (§Id).` : `Cite ${instead.length === 1 ? 'it' : 'the one meant'}: ${listed(cite, 'or')}.`;
  return `§${name} cites no provision: ${which} what ${noun} ${name} would, and the export prints ${them} instead of an article for ${name} — ${blank}. ${advice}`;
}

/** A clause as a message names it: its id, and the heading the export prints it under ("Art12 (printed as “Article 12 – Notification”)"). */
function describedClause(clause: Clause, citations: ReadonlyMap<string, string>): string {
  const citation = clause.id ? citations.get(`clause:${clause.id.text}`) : undefined;
  // In a text its drafter numbers the export cites a clause by its heading, which carries the drafter's number.
  const printed = citation?.match(/^the provision “(.*)”$/s)?.[1] ?? citation ?? clause.heading?.value.trim();
  const id = clause.id?.text ?? 'without an id';
  return printed ? `${id} (printed as “${singleSpaced(printed)}”)` : id;
}

function listed(items: readonly string[], last = 'and'): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** "paragraph 9", "paragraphs 2 and 3", "Article 4": a number the reader is sent to. */
const numberCitation = /\b(paragraphs?|Articles?)\s+(\d+)\b((?:\s*(?:,|and|or|to)\s*\d+)*)/giu;
/**
 * What follows a citation of another text: "of the Charter", "of the 1964 Agreement", ", paragraph 1
 * of the Convention", "GDPR", "TFEU" — not "of this Note", "of your Note".
 */
const ofAnotherText = /^\s*(?:\([a-z0-9]+\)\s*)*(?:,?\s+paragraphs?\s+\d+[a-z]?(?:\([a-z0-9]+\))*)?(?:,?\s+of\s+(?!this\b|these\b|which\b|it\b|the\s+present\b|your\b|the\s+(?:Ministry|Embassy|Government)['’]s\b)|\s+\p{Lu}{2,}[a-z]?\b)/u;
/** A paragraph of a cited article ("Article 6, paragraph 1", "Article 4(2), paragraph 3"): the article's, not the text's. */
const ofAnArticle = /\bArticles?\s+\d+[A-Za-z]?(?:\(\w+\))*,?\s*$/u;
/** A clause that numbers its own paragraphs ("1. … 2. …") may cite them: those numbers are the drafter's. */
const ownParagraphs = /^\s*(?:\d+\.|\(\d+\))\s/mu;

export const generatedNumberReference = defineRule({
  code: 'generated-number-reference',
  family: 'reference',
  defaultSeverity: 'warning',
  message: 'Cite the provision by its name (§Costs, §amendment): the export numbers the provisions, and a number written here points at another provision as soon as one is added before it.',
  rationale:
    'Where the export numbers the provisions — the articles of a new treaty, the paragraphs of a new MoU, the terms of a proposal note (`note … with terms`) — it numbers them in the order of the construct table and the clauses: "Article 1 — Definitions", "Article 2 — Exchange of information" … A drafter who writes "as provided in Article 6" cites the number the export gives today; adding one clause or one channel before it moves every later provision down by one, and "Article 6" then cites another provision, without a word (export review 3, item 6: the EE–FI notes with one clause added; the Baltic sample\'s reservation "Article 6, paragraph 1"). A reference by name (`§Network`, `§disputes`) is written by the export as the provision\'s number in every format and follows it. The quick fix writes the name of the provision the number cites today, so the export prints the same words; it is offered only where one provision has that number and a name cites it, and as a factual fix (never applied by fix all), since only the drafter knows the number was the one meant. Citations of another text ("Article 102 of the Charter", "Article 46 GDPR", "paragraph 2 of Article 4 of the Agreement of 3 April 1964"), a paragraph of a cited article ("Article 6, paragraph 1"), a clause\'s own numbered paragraphs, texts whose drafter numbers the provisions (clauses headed "Article 1 …", a transcribed exchange) and concluded texts (their numbers are what was signed) are left alone.',
  source: 'Export review 3, item 6 (the numbers the export gives the provisions)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger:
      'treaty "Agreement" {\n  status binding\n  form exchange-of-notes\n  effect on reply\n  disputes by negotiation\n}\nparty EE "Estonia"\nparty FI "Finland"\nnote Proposal from EE to FI on 2027-04-12 with terms """\n  I have the honour to propose the following terms:\n"""\nnote Reply from FI to EE on 2027-05-03 answering Proposal """\n  I have the honour to accept.\n"""\nclause Costs "Costs" about costs """\n  Each Party shall bear its own costs; a dispute on them is settled under paragraph 3.\n"""\n',
    fix: 'treaty "Agreement" {\n  status binding\n  form exchange-of-notes\n  effect on reply\n  disputes by negotiation\n}\nparty EE "Estonia"\nparty FI "Finland"\nnote Proposal from EE to FI on 2027-04-12 with terms """\n  I have the honour to propose the following terms:\n"""\nnote Reply from FI to EE on 2027-05-03 answering Proposal """\n  I have the honour to accept.\n"""\nclause Costs "Costs" about costs """\n  Each Party shall bear its own costs; a dispute on them is settled under §disputes.\n"""\n',
  },
  check({ model, report, exportNumbering }) {
    // A signed text's numbers are the ones signed: nothing to move, nothing to advise.
    if (concludedText(model.ast)) return;
    const cited = foundInTexts('provision-numbers-cited', model, numbersCited).flat();
    if (cited.length === 0) return;
    // Asked of the renderer only now: most texts cite no number of their own.
    const numbering = exportNumbering();
    if (!numbering) return;
    for (const { match, text } of cited) {
      const word = match[1].toLowerCase();
      // A treaty's provisions are Articles (its "paragraph 2" is a paragraph of the article); an MoU's are paragraphs.
      if (!numbering.terms && !word.startsWith(numbering.unit.toLowerCase())) continue;
      if (word.startsWith('paragraph') && ownParagraphs.test(text.value)) continue;
      const written = singleSpaced(match[0]);
      const range = rangeIn(model, text, match.index!, match[0].length);
      const single = match[3] === '' ? Number(match[2]) : undefined;
      const name = single === undefined ? undefined : nameOf(model, numbering, single);
      report({
        range,
        message: `"${written}" cites a number the export gives: the ${numbering.terms ? 'terms of the proposal are numbered' : `${numbering.unit === 'Article' ? 'articles' : 'paragraphs'} of this text are numbered`} when it is rendered, and a provision added before the one meant moves it. Cite the provision by its name — ${name ? `§${name} for the one numbered ${single} today, ` : ''}§Id for a clause, channel or security agreement, §amendment, §disputes … for a provision generated from the header, §assistance for the mutual assistance block — and the export writes its number.`,
        // The name of the provision the number cites today: the export prints the same words. That the
        // drafter meant that provision is what the checker cannot know (a wrong number would be
        // frozen under a name, its warning gone): a factual fix, offered, never applied unseen.
        fixes: name ? [{ title: `Cite it as §${name} (${numbering.unit} ${single} today)`, edits: [{ range, newText: `§${name}` }], effect: 'factual', preferred: true }] : undefined,
      });
    }
  },
});

/** The citations of a number in a text, each at its offset in the text's source. */
function numbersCited(model: SemanticModel, text: Text): { match: RegExpMatchArray; text: Text }[] {
  if (!/\d/.test(text.value)) return [];
  const source = model.exactSource(text);
  return matchesOf(source, numberCitation)
    .filter((match) => {
      const end = match.index! + match[0].length;
      if (ofAnotherText.test(source.slice(end, end + 80))) return false;
      return !(match[1].toLowerCase().startsWith('paragraph') && ofAnArticle.test(source.slice(Math.max(0, match.index! - 40), match.index!)));
    })
    .map((match) => ({ match, text }));
}

/** The `§Name` of the one provision the export numbers `n` today, where there is one and a name cites it. */
function nameOf(model: SemanticModel, numbering: ExportNumbering, n: number): string | undefined {
  const keys = numbering.provisions.get(n) ?? [];
  for (const key of keys) {
    const name = citationName(model, key);
    if (name) return name;
  }
  return undefined;
}

export const unknownImplementedArticle = defineRule({
  code: 'unknown-implemented-article',
  family: 'reference',
  defaultSeverity: 'warning',
  message: 'Cite an article the implemented instrument has: `implements "…" article N` names the article this arrangement is concluded under, and `implemented by "…" article N` the article of this treaty the arrangements are concluded under.',
  rationale:
    'An implementing arrangement is concluded under an article of its treaty (the Netherlands–Sweden memorandum of 1984 under Article 7 of their Agreement on the protection of classified military information), and `implements "treaty.entente" article 7` records which. Where the treaty\'s file is in the workspace and numbers its articles, an article it does not have is a wrong citation of the legal basis: a typing error, or a number taken from another draft or from before the treaty was renumbered. The articles are those the treaty\'s export numbers (a new treaty: 1 to its last article) or, in a text whose clauses carry their own designations, those its clause headings and the lines of its clauses designate ("Article 7", "Article VI"); a Roman and an Arabic number are the same article, and a point after the number (`article "2.g"`) cites a part of that article. In a text its drafter numbers, only an article beyond the highest one designated is reported: one below it may be written as a declaration rather than a clause (a transcription\'s Article 1 of definitions written as `define`). Nothing is reported where the file is not read, where `implements` names a treaty by its title rather than a file, or where the file numbers no article (an MoU in paragraphs, a text headed by sections). The treaty\'s side, `implemented by "arrangement.entente" article 7`, names an article of the treaty itself ("… concluded under Article 7 of this Agreement", as the export writes it; NL–Sweden 1984: "Details of the implementation and application of the provisions of this Agreement will be the subject of separate arrangements", Art. 7): it is checked against this text\'s own articles in the same way, whether or not the arrangement\'s file is read, and nothing is reported where this text numbers no article.',
  source: 'Entente language reference (`implements "…" article N`, `implemented by "…" article N`)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'arrangement "Security Arrangement" {\n  status binding\n  implements "treaty.entente" article 9\n}\n',
    fix: 'arrangement "Security Arrangement" {\n  status binding\n  implements "treaty.entente" article 2\n}\n',
    files: {
      'treaty.entente':
        'treaty "Agreement" { status binding }\nparty EE "Estonia" { kind state }\nparty LV "Latvia" { kind state }\nclause Art1 "Article 1 – Purpose" """\n  The Parties shall cooperate.\n"""\nclause Art2 "Article 2 – Implementing arrangements" """\n  The Parties may conclude implementing arrangements.\n"""\n',
    },
  },
  check({ model, report, implementedArticles, ownArticles }) {
    const article = model.ast.instrument?.implements?.article;
    const cited = article && citedArticle(article);
    const articles = cited && implementedArticles();
    // No quick fix: which article the arrangement is concluded under is the drafters' fact to state.
    if (cited && articles && !within(cited.number, articles.highest)) {
      report({ range: article.range, message: `"${articles.path}" has no Article ${cited.written}: it has ${articles.described}. Cite the article this arrangement is concluded under.` });
    }
    // `implemented by "…" article N`, the other side: N is an article of this treaty (lc30).
    for (const statement of model.ast.instrument?.implementedBy ?? []) {
      const own = statement.article && citedArticle(statement.article);
      const numbered = own && ownArticles();
      if (!own || !numbered || within(own.number, numbered.highest)) continue;
      const files = statement.files.map((f) => `"${f.value}"`).join(', ') || 'the arrangements';
      report({ range: statement.article!.range, message: `This ${model.ast.instrument!.kind.text} has no Article ${own.written}: it has ${numbered.described}. Cite the article of this ${model.ast.instrument!.kind.text} ${files} ${statement.files.length > 1 ? 'are' : 'is'} concluded under.` });
    }
  },
});

/** The number an `article …` cites, as written; undefined for a letter ("article A") or words, which cannot be compared with the numbers. */
function citedArticle(article: Text | { readonly text: string }): { written: string; number: number } | undefined {
  const written = ('value' in article ? article.value : article.text).trim();
  const number = articleNumber(written);
  return number === undefined ? undefined : { written, number };
}

function within(number: number, highest: number): boolean {
  return number >= 1 && number <= highest;
}

export const provisionReferenceRules = [unknownProvisionReference, generatedNumberReference, unknownImplementedArticle];
