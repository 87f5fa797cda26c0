/**
 * Defined terms: a term that prose treats as defined but nothing defines, a definition nothing
 * uses, and a term defined twice.
 *
 * "Treats as defined" is deliberately narrow, to avoid false alarms on ordinary capitalised
 * words: a quoted phrase of at most six words, each capitalised or a small joining word
 * (`the "Sharing Platform"`, `“Competent Authority”`), that is not the name or title of
 * anything declared in the document, and whose surrounding words do not give its source or
 * define it in place (support/term-provenance.ts).
 */
import { termForms } from '../support/term-forms';
import type { Position, Range } from '../../ast/positions';
import type { SemanticModel } from '../../model/semantic-model';
import type { DeclaredSymbol } from '../../model/symbols';
import { referenceContext } from '../support/conflict-prose';
import { deleteDeclarationEdit, removalFixes } from '../support/ordinary-helpers';
import { provenance } from '../support/term-provenance';
import { isTopLevelBoundary, topLevelDeclarationEdit } from '../support/top-level-insertion';
import { quoteInput } from '../../util/bounded-text';
import { maxPhraseLength, PhraseMatcher } from '../../util/phrase-matcher';
import { proseMemoOf } from '../../util/prose-memo';
import { maybeUsedInAnotherForm } from '../support/term-variants';
import { defineRule, type CodeFix } from '../rule';

const joiningWords = 'of|and|the|for|on|in|to|a|an|or|de|du|des|la|le|et';
const capitalised = String.raw`\p{Lu}[\p{L}\p{N}'’\-]*`;
const phrase = String.raw`${capitalised}(?: (?:(?:${joiningWords}) )*${capitalised}){0,5}`;
/** A quote (plain, escaped inside a one-line string, or typographic), the phrase, its closing quote. */
const quotedPhrase = new RegExp(String.raw`(?:\\"|"|“)(${phrase})(?:\\"|"|”)`, 'gu');

interface QuotedTerm {
  readonly term: string;
  readonly range: Range;
  /** The prose before the opening quote and after the closing one (up to 200 characters each). */
  readonly before: string;
  readonly after: string;
}

/** Quoted capitalised phrases in every piece of prose, with their ranges (quotes excluded). */
export function quotedTerms(model: SemanticModel): QuotedTerm[] {
  const result: QuotedTerm[] = [];
  const memo = proseMemoOf(model);
  for (const { text } of model.prose()) {
    // The source as written (its offsets are the document's); a pure function of it and its delimiter, remembered across edits.
    const offset = model.lines.offsetAt(text.range.start);
    const found = memo.get(text.multiline ? 'quoted-phrases-3' : 'quoted-phrases-1', model.exactSource(text), text.multiline ? quotedIn3 : quotedIn1);
    for (const q of found) result.push({ term: q.term, range: model.lines.range(offset + q.start, offset + q.end), before: q.before, after: q.after });
  }
  return result;
}

interface QuotedPhrase {
  readonly term: string;
  readonly start: number;
  readonly end: number;
  readonly before: string;
  readonly after: string;
}

const quotedIn1 = (raw: string) => quotedPhrases(raw, 1);
const quotedIn3 = (raw: string) => quotedPhrases(raw, 3);

/** The quoted phrases of one prose source whose delimiters are `delimiter` characters long, offsets within it. */
function quotedPhrases(raw: string, delimiter: number): readonly QuotedPhrase[] {
  // Blank the delimiters out so they cannot pair with a quote inside the prose.
  const inner = ' '.repeat(delimiter) + raw.slice(delimiter, raw.length - delimiter) + ' '.repeat(delimiter);
  const found: QuotedPhrase[] = [];
  const prose = (s: string) => s.replace(/\\"/g, '"').replace(/\s+/g, ' ');
  for (const match of inner.matchAll(quotedPhrase)) {
    const start = match.index + match[0].indexOf(match[1]);
    found.push({
      term: match[1],
      start,
      end: start + match[1].length,
      before: prose(inner.slice(Math.max(0, match.index - 200), match.index)),
      after: prose(inner.slice(match.index + match[0].length, match.index + match[0].length + 200)),
    });
  }
  return found;
}

/** Names and titles declared in the document: a quoted name is a reference to it, not a term. */
function declaredNames(model: SemanticModel): Set<string> {
  const ast = model.ast;
  const texts = [
    ...ast.instruments.map((i) => i.title),
    ...ast.parties.flatMap((p) => [p.name, ...p.contacts.map((c) => c.name)]),
    ...ast.securityAgreements.map((a) => a.name),
    ...ast.bodies.map((b) => b.name),
    ...ast.clauses.map((c) => c.heading),
  ];
  return new Set(texts.filter((t) => t !== undefined).map((t) => t.value));
}

/**
 * Where a new definition goes: after the last definition, else at the end of the document —
 * either only where it stands between declarations (top-level-insertion.ts); no fix otherwise.
 */
function definitionInsertion(model: SemanticModel, term: string): CodeFix | undefined {
  // A complete definition only: `define` recovered from broken text (no quoted term or meaning)
  // may end in the middle of what the drafter wrote.
  const complete = model.ast.definitions.filter((d) => d.term !== undefined && d.meaning !== undefined);
  const last = complete[complete.length - 1];
  const snippet = `define "${term}" means "\${1:…}"`;
  // Defining a term makes it a term of this instrument (it may have been another instrument's).
  const title = `Define "${quoteInput(term)}" as a term of this instrument`;
  const next = last ? last.range.end.line + 1 : model.lines.lineCount;
  if (next < model.lines.lineCount && isTopLevelBoundary(model, model.lines.lineStart(next), `${snippet}\n`)) {
    const position: Position = { line: next, character: 0 };
    return { title, edits: [{ range: { start: position, end: position }, newText: `${snippet}\n` }], effect: 'legal', snippet: true, preferred: true };
  }
  const edit = topLevelDeclarationEdit(model, `${snippet}\n`, false);
  return edit ? { title, edits: [edit], effect: 'legal', snippet: true, preferred: true } : undefined;
}

export const undefinedTerm = defineRule({
  code: 'undefined-term',
  family: 'definition',
  defaultSeverity: 'warning',
  message: 'Define this term with `define "…" means "…"`, or drop the quotation marks.',
  rationale:
    'A capitalised term in quotation marks reads as a defined term; if the instrument never defines it, the parties may read it differently, which is exactly what definitions exist to prevent. Not reported: a term of another instrument quoted with its source ("Significant Incident" within the meaning of NIS2; "Essential Entity" as defined in Article 3 of Directive (EU) 2022/2555), a term the text defines where it stands ((hereinafter referred to as the "Bank"), the Canadian Space Agency ("CSA"), "Partner State" means …), a quoted title of an instrument, and a marking or label the text prescribes (marked "Netherlands RESTRICTED", Enclosure "A"). A term said to be defined in this instrument itself ("as defined in this Memorandum") still needs its definition.',
  source: 'Entente language reference (definitions)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'clause Platform """\n  The Participants will exchange information through the "Sharing Platform".\n"""\n',
    fix: 'define "Sharing Platform" means "the MISP instance operated by CERT-EE"\nclause Platform """\n  The Participants will exchange information through the "Sharing Platform".\n"""\n',
  },
  check({ model, report }) {
    const names = declaredNames(model);
    const context = referenceContext(model);
    for (const { term, range, before, after } of quotedTerms(model)) {
      // "The Parties" where "Parties" is defined: the article is not part of the term.
      const bare = term.replace(/^(?:The|the)\s+(?=\p{Lu})/u, '');
      if ([term, bare].some((t) => model.resolve('term', t) || names.has(t) || pluralOfDefined(model, t))) continue;
      // A term of another instrument quoted with its source, a definition in place, a label.
      if (provenance(before, term, after, context) !== 'none') continue;
      const fix = definitionInsertion(model, term);
      report({ range, message: `"${quoteInput(term)}" reads as a defined term but is not defined: add \`define "${quoteInput(term)}" means "…"\`, or drop the quotation marks.`, fixes: fix ? [fix] : [] });
    }
  },
});

/** "Incidents" in quotation marks where "Incident" is defined: a plural of the term, not a new one. */
function pluralOfDefined(model: SemanticModel, term: string): boolean {
  return [term.replace(/s$/, ''), term.replace(/es$/, '')].some((singular) => singular !== term && model.resolve('term', singular) !== undefined);
}

/**
 * A term with its first letter in lower case ("Persoonsgegevens" → "persoonsgegevens"), or
 * undefined when it does not start with a capital followed by a lower-case letter (an acronym, a
 * term already in lower case).
 */
function lowerFirst(term: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}/u.test(term)) return undefined;
  return term[0].toLocaleLowerCase('en') + term.slice(1);
}

/** Several words, the first capitalised and the rest lower case: "Liaison officer". */
function sentenceCase(term: string): boolean {
  const words = term.split(/\s+/u);
  return words.length >= 2 && lowerFirst(words[0]) !== undefined && words.slice(1).every((w) => /^[\p{Ll}\p{N}]/u.test(w));
}

interface TermUse {
  readonly terms: readonly DeclaredSymbol[];
  /** Terms used as written (a plural counts). */
  readonly used: ReadonlySet<string>;
  /** Terms the text uses only with their first letter in lower case. */
  readonly lowerOnly: ReadonlySet<string>;
}

/**
 * Which defined terms the text uses, in one pass over the references and one over the prose
 * (asking per term was quadratic in the number of definitions). A sentence-case term ("Liaison
 * officer" means …) is capitalised only because it opens the list item, and its lower-case form
 * ("the liaison officer", NL–Slovakia 2009 Art. 1) is a use. A Title Case term ("Sending Party")
 * is not used by "the sending Party" (NL–US 2012). For a single word the lower-case form is noted
 * apart: in English drafting the capital marks the defined sense ("Incident" against
 * a generic "incident"), while in a language that does not capitalise nouns ("Persoonsgegevens"
 * means …, NL–US 2010 Art. 1(2)) it only opens the list item.
 */
function termUse(model: SemanticModel): TermUse {
  // unused-term and term-used-in-lower-case both ask: the pass over the prose runs once per model.
  let use = termUses.get(model);
  if (!use) termUses.set(model, (use = measureTermUse(model)));
  return use;
}

const termUses = new WeakMap<SemanticModel, TermUse>();

function measureTermUse(model: SemanticModel): TermUse {
  const terms = model.symbols.filter((s) => s.kind === 'term' && model.resolve('term', s.name) === s);
  const used = new Set<string>();
  const lowerUsed = new Set<string>();
  if (terms.length === 0) return { terms, used, lowerOnly: lowerUsed };
  // The pass over the prose below finds every use the term references are made of (the same
  // texts, the same exclusion of the definition's own text), and reads what follows each one.
  const names = new Set(terms.map((s) => s.name));
  /** A phrase searched for → the term it is a use of, and whether it is the lower-case form of a term that is not in sentence case. */
  const phrases = new Map<string, { term: string; lowerOnly: boolean }>(terms.map((s) => [s.name, { term: s.name, lowerOnly: false }]));
  for (const name of names) {
    // A Title Case term ("Sending Party") keeps its capitals: "the sending Party" is not it.
    const single = !/\s/u.test(name);
    const lower = single || sentenceCase(name) ? lowerFirst(name) : undefined;
    if (lower && !names.has(lower)) phrases.set(lower, { term: name, lowerOnly: single });
    for (const form of termForms(name)) if (!names.has(form) && !phrases.has(form)) phrases.set(form, { term: name, lowerOnly: false });
  }
  // References are exact words (navigation and rename need that); a plural ("Incidents" for
  // "Incident") is still a use of the definition, as in any drafted text.
  const searched = [...phrases.keys()];
  let matcher: PhraseMatcher | undefined;
  // Which phrases a text holds is a pure function of the text and the phrases searched (in their
  // order): remembered across edits, so a keystroke searches only the prose it changed.
  const memo = proseMemoOf(model);
  const space = memo.space(`term-occurrences\u0004${searched.join('\u0002')}`);
  const occurrences = (text: string): readonly string[] =>
    memo.get(space, text, (stored) =>
      (matcher ??= new PhraseMatcher(searched, { plural: true }))
        .occurrences(stored)
        .filter((m) => !definesAt(stored, m.start, m.end))
        .map((m) => m.phrase),
    );
  const definitionOf = new Map(terms.map((s) => [s.name, s.node]));
  const note = (phrase: string) => {
    const { term, lowerOnly } = phrases.get(phrase)!;
    (lowerOnly ? lowerUsed : used).add(term);
    return term;
  };
  for (const { text, owner } of model.prose()) {
    for (const phrase of occurrences(text.value)) {
      const { term } = phrases.get(phrase)!;
      if (definitionOf.get(term) !== owner) note(phrase);
    }
  }
  for (const clause of model.ast.clauses) {
    if (clause.body) continue;
    for (const phrase of occurrences(model.clauseText(clause) ?? '')) note(phrase);
  }
  return { terms, used, lowerOnly: new Set([...lowerUsed].filter((t) => !used.has(t))) };
}

/**
 * Whether the words right after a term (`end`) define it (`… means`, `… shall mean`, `… has the
 * meaning`): the article that defines a term, transcribed beside the `define`, is not a use of it
 * ("For the purpose of this Agreement, the Greater North Sea and its wider Approaches means the
 * area of sea comprising: …", Bonn Agreement 1983, Art. 2 as amended, a term no other provision
 * uses; thirteenth real-instruments run). So is a list of terms each followed by a colon, the term
 * opening its item: "7. Risk: relationship between the frequency and the consequences …" (ACS
 * Agreement on natural disasters 1999, Art. 1; sixteenth run). A colon after a term inside a
 * sentence is not a definition.
 */
function definesAt(text: string, start: number, end: number): boolean {
  if (definingWords.test(text.slice(end, end + 40))) return true;
  if (!/^["”’'»)]*\s*:/u.test(text.slice(end, end + 8))) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return listItemOpening.test(text.slice(lineStart, start));
}

const definingWords = /^["”’'»)]*\s*(?:means|shall\s+mean|mean|has\s+the\s+meaning|shall\s+have\s+the\s+meaning|is\s+defined\s+as)\b/u;

/** What may come before a term that opens a list item: indentation, a number or letter ("7.", "(b)", "iv)"), a quotation mark. */
const listItemOpening = /^\s*(?:(?:\(?(?:\d{1,3}|[a-z]|[ivxl]{1,6})[.)])\s+)?["“‘']?$/iu;

export const unusedTerm = defineRule({
  code: 'unused-term',
  family: 'definition',
  defaultSeverity: 'warning',
  message: 'Use this defined term in the text, or delete the definition.',
  rationale:
    'A definition nobody uses is dead text, and often the sign that the prose uses another word for the same thing (a definition of "Incident" while the clauses speak of "Cyber Incidents"). A plural is a use. A term in sentence case ("Liaison officer" means …) is capitalised only because it opens the list item, and the text uses it in lower case ("the liaison officer", NL–Slovakia Agreement on Europol liaison officers 2009, Arts. 1–8): that is a use too. A term in Title Case ("Sending Party") is not used by "the sending Party" (Netherlands–United States Agreement 2012). A single word used only with a lower-case first letter is `term-used-in-lower-case` (info) instead: whether its capital marks the defined sense depends on the language and the drafting convention. Other forms count as uses: a term defined in lower case opening a sentence ("Personal data may be exchanged …", NL–Japan 2009, Art. 9(4)), the plural of the head noun or of coordinated nouns ("irregular operations of insider trading", CoE Convention on Insider Trading 1989, Art. 2; "public collective investment funds or schemes", NL–Samoa 2009, Art. 4). The article that states the definition ("For the purpose of this Agreement, the Greater North Sea and its wider Approaches means …", Bonn Agreement 1983, Art. 2), transcribed beside the `define`, is not a use.',
  source: 'Entente language reference (definitions)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'define "Incident" means "an event that compromises a network"\nclause Notice """\n  Each Participant will report breaches promptly.\n"""\n',
    fix: 'define "Incident" means "an event that compromises a network"\nclause Notice """\n  Each Participant will report each Incident promptly.\n"""\n',
  },
  check({ model, report }) {
    const { terms, used, lowerOnly } = termUse(model);
    // A term defined twice stays defined when one definition is deleted
    // (duplicate-term reports the second): no deletion is offered for it.
    const definitions = new Map<string, number>();
    for (const d of model.ast.definitions) if (d.term) definitions.set(d.term.value, (definitions.get(d.term.value) ?? 0) + 1);
    const deletable = (symbol: (typeof terms)[number]) =>
      (definitions.get(symbol.name) ?? 0) <= 1 && !(symbol.node.type === 'Definition' && maybeUsedInAnotherForm(model, symbol.name, symbol.node, definesAt));
    for (const symbol of terms) {
      // A term too long to search for (maxPhraseLength) is not said to be unused.
      if (used.has(symbol.name) || lowerOnly.has(symbol.name) || symbol.name.length > maxPhraseLength) continue;
      report({
        range: symbol.nameRange,
        message: `"${quoteInput(symbol.name)}" is defined but never used: use it in the text, or delete the definition.`,
        tags: ['unnecessary'],
        // A definition is part of the signed text, and "never used" is the checker's reading: no
        // deletion where the text may use the term in another form (support/term-variants.ts).
        fixes: removalFixes(deletable(symbol) ? deleteDeclarationEdit(model, symbol.range) : undefined, `Delete the definition of "${quoteInput(symbol.name)}" from the instrument`, { preferred: false }),
      });
    }
  },
});

export const termUsedInLowerCase = defineRule({
  code: 'term-used-in-lower-case',
  family: 'definition',
  defaultSeverity: 'info',
  message: 'The defined term appears only with a lower-case first letter: if those uses mean the defined term and your drafting capitalises defined terms, write them as defined.',
  rationale:
    'Where defined terms are capitalised ("Incident" means …), a lower-case "incident" reads as the ordinary word, and the definition may not govern it. Where the capital only opens the item of the definitions list — in a language that does not capitalise nouns ("Persoonsgegevens" means …, then "persoonsgegevens" throughout: Netherlands–United States Agreement on serious crime 2010, Art. 1(2)) — the lower-case uses are the defined term and nothing needs to change. The checker cannot tell the two apart, so it says so at info level rather than calling the definition unused.',
  source: 'Entente language reference (definitions)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'define "Incident" means "an event that compromises a network"\nclause Notice """\n  Each Participant will report each incident promptly.\n"""\n',
    fix: 'define "Incident" means "an event that compromises a network"\nclause Notice """\n  Each Participant will report each Incident promptly.\n"""\n',
  },
  check({ model, report }) {
    const { terms, lowerOnly } = termUse(model);
    for (const symbol of terms) {
      if (!lowerOnly.has(symbol.name)) continue;
      report({
        range: symbol.nameRange,
        message: `"${quoteInput(symbol.name)}" is used only as "${quoteInput(lowerFirst(symbol.name) ?? symbol.name)}": if the capital marks the defined sense, write the uses as defined; if it only opens the definitions list, nothing needs to change.`,
      });
    }
  },
});

export const duplicateTerm = defineRule({
  code: 'duplicate-term',
  family: 'definition',
  defaultSeverity: 'error',
  message: 'Define each term once: merge the two definitions.',
  rationale: 'Two definitions of one term leave the reader to guess which applies; a court would have to choose between them.',
  source: 'Entente language reference (definitions)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'define "Incident" means "an event that compromises a network"\ndefine "Incident" means "any breach of security"\nclause Notice "Notice" """Each Incident will be reported."""\n',
    fix: 'define "Incident" means "an event that compromises a network"\nclause Notice "Notice" """Each Incident will be reported."""\n',
  },
  check({ model, report }) {
    const seen = new Map<string, DeclaredSymbol>();
    for (const symbol of model.symbols) {
      if (symbol.kind !== 'term') continue;
      const first = seen.get(symbol.name);
      if (!first) {
        seen.set(symbol.name, symbol);
        continue;
      }
      report({
        range: symbol.nameRange,
        message: `"${quoteInput(symbol.name)}" is already defined: merge the two definitions into one.`,
        related: [{ uri: model.uri, range: first.nameRange, message: `First definition of "${quoteInput(symbol.name)}"` }],
      });
    }
  },
});

export const definitionRules = [undefinedTerm, unusedTerm, termUsedInLowerCase, duplicateTerm];
