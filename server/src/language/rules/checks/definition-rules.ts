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
import type { Declaration, Text } from '../../ast/nodes';
import type { Position, Range } from '../../ast/positions';
import { rowOf } from '../../constructs/table';
import type { ReferenceContext } from '../../model/instrument-references';
import { amendingInstrumentNote, concludedNote, concludedText } from '../../model/conclusion';
import { omittedParts, omittedSummary } from '../../model/excerpt';
import { termKey } from '../../model/linker';
import type { SemanticModel } from '../../model/semantic-model';
import { referenceContext } from '../support/conflict-prose';
import { deleteDeclarationEdit, removalFixes } from '../support/ordinary-helpers';
import { provenance, type Provenance } from '../support/term-provenance';
import { citesOwnHeading, numberedHeadings } from '../support/term-own-headings';
import { isTopLevelBoundary, topLevelDeclarationEdit } from '../support/top-level-insertion';
import { quoteInput } from '../../util/bounded-text';
import { keyOfParts } from '../../util/same-values';
import { maxPhraseLength } from '../../util/phrase-matcher';
import { combinedParts, declarationParts, sameWords, sameWordsMoved } from '../../model/document-change';
import { proseMemoOf } from '../../util/prose-memo';
import { lowerFirst, termUse } from '../support/term-use';
import { definesAt } from '../support/term-naming';
import { describeVariant, termVariants, type TermVariant } from '../support/term-variants';
import { maybeUsedInAnotherForm } from '../support/term-loose-forms';
import { defineRule, type CodeFix } from '../rule';
import { duplicateTerm } from './duplicate-term';
import { matchesOf } from '../../util/all-matches';
import { singleSpaced } from '../../util/single-spaced';

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
  return quotedTermsOfTexts(model, model.prose().map(({ text }) => text));
}

/** The quoted phrases of one declaration's prose. */
function quotedTermsIn(model: SemanticModel, d: Declaration): QuotedTerm[] {
  const texts: Text[] = [];
  for (const text of rowOf(d).prose(d)) if (text) texts.push(text);
  return texts.length === 0 ? [] : quotedTermsOfTexts(model, texts);
}

function quotedTermsOfTexts(model: SemanticModel, texts: readonly Text[]): QuotedTerm[] {
  const result: QuotedTerm[] = [];
  const memo = proseMemoOf(model);
  for (const text of texts) {
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
  const prose = (s: string) => singleSpaced(s.replace(/\\"/g, '"'));
  for (const match of matchesOf(inner, quotedPhrase)) {
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
function declaredNames(model: SemanticModel): { names: NameSet; titles: readonly string[]; key: string } {
  const titles = model.ast.instruments.flatMap((i) => (i.title ? [i.title.value] : []));
  // Each declaration's names kept with its node, put together only when one changed: a
  // keystroke in a clause's prose leaves the set of every name as it was.
  const declared = combinedParts('declared-names', model, '', namesIn, (parts) => {
    const names = new Set(parts.flatMap((part) => (part ? (JSON.parse(part) as string[]) : [])));
    return { names, key: JSON.stringify([...names]) };
  }, sameWords);
  return { names: { has: (name) => titles.includes(name) || declared.names.has(name) }, titles, key: declared.key };
}

type NameSet = { has(name: string): boolean };

/** The names a declaration gives (a party's and its contacts', an agreement's, a body's, a clause's heading), as a JSON list, or '' for none. */
function namesIn(d: Declaration): string {
  const texts =
    d.type === 'Party' ? [d.name, ...d.contacts.map((c) => c.name)]
    : d.type === 'SecurityAgreement' || d.type === 'GovernanceBody' ? [d.name]
    : d.type === 'Clause' ? [d.heading]
    : [];
  const names = texts.flatMap((t) => (t ? [t.value] : []));
  return names.length > 0 ? JSON.stringify(names) : '';
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
  findingCeilings: [
    { severity: 'info', where: 'on a draft where the term is quoted only as the name of a process, programme or scheme ("the “X” process"), which may name an existing one (treaty lawyer lr17, D9)' },
    { severity: 'info', where: 'on a concluded text, where the term bears the ordinary meaning of its words in their context (VCLT Art. 31(1); treaty lawyer lr29, D9)' },
  ],
  message: 'Define this term with `define "…" means "…"`, or drop the quotation marks.',
  rationale:
    'A capitalised term in quotation marks reads as a defined term; if the instrument never defines it, the parties may read it differently, which is exactly what definitions exist to prevent. Not reported: a term of another instrument quoted with its source ("Significant Incident" within the meaning of NIS2; "Essential Entity" as defined in Article 3 of Directive (EU) 2022/2555), a term the text defines where it stands ((hereinafter referred to as the "Bank"), the Canadian Space Agency ("CSA"), "Partner State" means …, and a glossary entry "“Partner State”: …" that opens its item — a colon after a quotation in running prose introduces what follows and defines nothing), a proper name the text introduces as a name ("the pigtrap situated at the facilities named “Noord-Holland”", NL–UK gas pipeline Agreement 2005, Art. 1; "called “X”"; "known as", "designated as" and "referred to as" are read as a definition in place), a proper name followed at once by its translation or gloss in brackets (\'the competent institution shall be the “Sociale Verzekeringsbank” (Social Insurance Bank)\', NL–South Africa social security Agreement 2001, Art. 4(1)(b); eighty-fifth run, item 4: the gloss a name of two or more capitalised words, other than the quotation\'s; a bracket that cites a part of the text, "(Annex B)", "(Article 3)", a lower-case phrase or a single word is no gloss), a quoted title of an instrument or of a publication cited as one ("Table 1 of the International Atomic Energy Agency’s April 1996 edition of “Nuclear Power Reactors in the World”", CTBT 1996, Annex 2; "entitled “X”"; "“X”, 1996 edition"; "the publication “X” of April 1996"; "“X” (IAEA, April 1996)": a text dates and attributes the works it cites; treaty lawyer lr10, defect 6), a heading quoted as a heading ("the provisions set forth in Annex I to Resolution 222 A (IX) of the Economic and Social Council under the heading “Participation of Requesting Governments”", Netherlands–UN and ten organisations technical assistance Agreement 1967, Art. II(1), read: BWBV0004484; hundred-and-twentieth run, defect 4; "headed “X”", "captioned “X”" — "headed by the “X”" names who leads, and the same words quoted elsewhere without the heading are still a term), the quoted end of a treaty\'s title cited with the place and date of its conclusion and an organisation\'s name in apposition to its full name ("the Agreement on the Constitution of a Provisional European Telecommunications Satellite Organization “INTERIM EUTELSAT”, done at Paris on 13 May 1977", EUTELSAT Convention 1982/1999, Art. I(b); seventieth run, defect 1: "done at", "signed at" or "opened for signature at" with a place and a date; a name of two or more capitalised words ending in "Organization", "Agency", "Union" or another kind of body, where the quotation is itself in capitals or follows "Organization" — "the Organization “X”", "“X”, done at the request of …" and "through its Competent Authority “Major Incidents”" (a body of a Party, the quotation the object of the verb: treaty lawyer lr16, D4) are still read as terms), a quoted proper name between "the" and the noun that says what it names ("the Ministerial declarations, recommendations and resolutions of the “Environment for Europe” process", Protocol on Water and Health 1999, preamble, read: BWBV0004373; seventy-fourth run, defect 1; "the “Blue Angel” scheme"; a process, programme, initiative, conference, campaign, project, scheme, network, partnership, strategy, exercise or system — "a “Significant Incident” process" and "the “Significant Incident” report" are still terms; this holds on a concluded text, where the words can only name an existing process; on a draft they may as well be an undefined procedure of the instrument ("report … under the “Significant Incident” process", treaty lawyer lr17, D9), and a term quoted only so is a note, never raised above info, that says what to do in either case), a marking or label the text prescribes (marked "Netherlands RESTRICTED", Enclosure "A"), a heading of the text\'s own provision cited with that provision\'s number ("except for the purposes of paragraphs 8 “Communication of information and confidentiality” and 13 “Costs”" beside paragraph 13 headed "13. Costs", NL–UK Mutual Agreement on Art. 25(5) arbitration 2008, para. 18: a cross-reference; sixty-first run, defect 1 — a quotation of the same words without the number is still a term), and words of another text quoted to be read otherwise ("instead of “Member States” has to be read: Contracting States", Croatia–Curaçao savings income Convention 2013, Art. 2(2); "for “X” read “Y”", "the words “X” shall be replaced by"). A term said to be defined in this instrument itself ("as defined in this Memorandum") still needs its definition, and so does a quoted capitalised phrase with no such introduction. On a concluded text the message does not ask for a definition or for the quotation marks to go: it says that the term bears the ordinary meaning of its words in their context (VCLT Art. 31(1)) unless it names a work the text cites, and that the point is for an amending instrument; nothing being wrong with the signed text, the finding is a note there ("Chain of Custody", NL–Special Court for Sierra Leone archives notes 2010, read: BWBV0004843; treaty lawyer lr29, D9). A term is reported once, at its first undefined occurrence, with the other places as related information: one definition closes them all, and a `define` that transcribes an article beside the article quotes the same words twice.',
  source: 'Entente language reference (definitions)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'clause Platform """\n  The Participants will exchange information through the "Sharing Platform".\n"""\n',
    fix: 'define "Sharing Platform" means "the MISP instance operated by CERT-EE"\nclause Platform """\n  The Participants will exchange information through the "Sharing Platform".\n"""\n',
  },
  check({ model, report }) {
    const { names, titles, key } = declaredNames(model);
    const context = referenceContext(model);
    // Which quoted phrases of a declaration read as undefined terms depends on it and on the
    // terms, names and reference context of the document: kept per declaration under those. The
    // fix, which depends on where the definitions end, is made afresh. The key is the last one
    // while they are the same (it names every declared name: written as JSON on each keystroke,
    // it was a third of the rule's time at 10k lines).
    const facts = keyOfParts('undefined-term', [termKey(model), titles, key, context.selfNouns, context.signatories]);
    // The numbered headings are among the declared names, so `key` covers them.
    const headings = numberedHeadings(model);
    const found = declarationParts('undefined-term', model, facts, (d) => undefinedTerms(model, quotedTermsIn(model, d), names, context, headings), sameWordsMoved);
    const concluded = concludedText(model.ast) !== undefined;
    // One finding per term, at its first undefined occurrence: the gap is the term's, one
    // definition closes it everywhere, and the other places are listed as related information.
    // A `define` that transcribes an article beside the article itself quotes the same words
    // twice (NL–UK gas pipeline Agreement 2005, Art. 1): one slip, reported once.
    const occurrences = new Map<string, { term: string; range: Range; process: boolean }[]>();
    for (const terms of found) {
      for (const { term, range, process } of terms) {
        // "the “X” process" on a signed text can only name an existing process (lr17, D9).
        if (process && concluded) continue;
        // "The Parties" where "Parties" is defined: the article is not part of the term.
        const bare = term.replace(/^(?:The|the)\s+(?=\p{Lu})/u, '');
        const places = occurrences.get(bare) ?? [];
        places.push({ term, range, process });
        occurrences.set(bare, places);
      }
    }
    for (const places of occurrences.values()) {
      const [first, ...others] = [...places].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
      const term = first.term;
      const fix = definitionInsertion(model, term);
      const also = others.length === 0 ? '' : ` (quoted so in ${others.length + 1} places)`;
      // A concluded text is not to be given a definition or lose its quotation marks: say what
      // holds in its silence, then the concluded-text note (treaty lawyer lr10, defect 6, as lr9,
      // defect 8 for the relation clause).
      // Only quoted as the name of a process, programme or scheme in a draft: the words cannot tell
      // an existing process from an undefined procedure of the instrument, so the note asks (lr17, D9).
      if (places.every((p) => p.process)) {
        report({
          range: first.range,
          message: `"${quoteInput(term)}" is quoted as the name of a process, programme or scheme${also}: if it names an existing one, nothing to do; if it is a procedure or term of this instrument, define it (\`define "${quoteInput(term)}" means "…"\`).`,
          related: others.map((o) => ({ uri: model.uri, range: o.range, message: `"${quoteInput(o.term)}" quoted here too` })),
          fixes: fix ? [fix] : [],
          profileCeiling: 'info',
        });
        continue;
      }
      report({
        range: first.range,
        message: concluded
          ? `"${quoteInput(term)}" reads as a defined term but the text does not define it${also}: it bears the ordinary meaning of its words in their context, unless it is the title or a term of a work the text cites.`
          : `"${quoteInput(term)}" reads as a defined term but is not defined${also}: add \`define "${quoteInput(term)}" means "…"\`, or drop the quotation marks.`,
        related: others.map((o) => ({ uri: model.uri, range: o.range, message: `"${quoteInput(o.term)}" quoted here too` })),
        fixes: fix ? [fix] : [],
        // Signed, the words bear their ordinary meaning: nothing is wrong, so a note (lr29, D9).
        ...(concluded ? { onConcludedText: amendingInstrumentNote, profileCeiling: 'info' as const } : {}),
      });
    }
  },
});

/** The quoted terms that are neither defined, nor the name of something declared, nor another instrument's or defined in place. */
function undefinedTerms(model: SemanticModel, quoted: readonly QuotedTerm[], names: NameSet, context: ReferenceContext, headings: ReadonlySet<string>): (QuotedTerm & { readonly process: boolean })[] {
  return quoted.flatMap((q) => {
    const read = quotedTermProvenance(model, q, names, context, headings);
    return read === 'none' || read === 'named-process' ? [{ ...q, process: read === 'named-process' }] : [];
  });
}

/** How a quoted term reads: 'none' where nothing explains it; undefined where it is defined, a declared name or a term of treaty law. */
function quotedTermProvenance(model: SemanticModel, { term, before, after }: QuotedTerm, names: NameSet, context: ReferenceContext, headings: ReadonlySet<string>): Provenance | undefined {
  // "paragraphs 8 … and 13 “Costs”" beside a clause "13. Costs": the text's own heading, cited.
  if (citesOwnHeading(before, term, headings)) return undefined;
  // "The Parties" where "Parties" is defined: the article is not part of the term.
  const bare = term.replace(/^(?:The|the)\s+(?=\p{Lu})/u, '');
  if ([term, bare].some((t) => model.resolve('term', t) || names.has(t) || pluralOfDefined(model, t))) return undefined;
  if (treatyLawTerms.has(bare)) return undefined;
  // A term of another instrument quoted with its source, a definition in place, a label.
  return provenance(before, term, after, context);
}

/**
 * The terms of treaty law that treaties use without defining them: "contracting State" and
 * "party" are the Vienna Convention's ("“contracting State” means a State which has consented to
 * be bound by the treaty", "“party” means a State which has consented to be bound by the treaty
 * and for which the treaty is in force", VCLT Art. 2(1)(f)–(g)), and "State" is the subject of
 * international law they rest on. Quoted, they name those terms ("Any reference to a “Contracting
 * State” or “State” in this Convention shall apply equally to …", Child Support Convention 2007,
 * Art. 59(5); forty-sixth run, items 1–2); a text that gives one a meaning of its own defines it,
 * and that definition is read as any other. A party's role in the text ("Requesting State",
 * "Member State") is not among them: it is the text's to define.
 */
const treatyLawTerms: ReadonlySet<string> = new Set([
  ...['Party', 'Parties', 'State', 'States', 'Contracting State', 'Contracting States', 'Contracting Party', 'Contracting Parties'],
  ...['State Party', 'States Parties', 'High Contracting Party', 'High Contracting Parties'],
]);

/** "Incidents" in quotation marks where "Incident" is defined: a plural of the term, not a new one. */
function pluralOfDefined(model: SemanticModel, term: string): boolean {
  return [term.replace(/s$/, ''), term.replace(/es$/, '')].some((singular) => singular !== term && model.resolve('term', singular) !== undefined);
}

export const unusedTerm = defineRule({
  code: 'unused-term',
  family: 'definition',
  defaultSeverity: 'warning',
  message: 'Use this defined term in the text, or delete the definition.',
  rationale:
    'A definition nobody uses is dead text, and often the sign that the prose uses another word for the same thing (a definition of "Incident" while the clauses speak of "Cyber Incidents"). A plural is a use. A term in sentence case ("Liaison officer" means …) is capitalised only because it opens the list item, and the text uses it in lower case ("the liaison officer", NL–Slovakia Agreement on Europol liaison officers 2009, Arts. 1–8): that is a use too, and so it is where its other capitals are those of another defined term it refers to ("“Premises of the Centre” means …" beside "“Centre” means …", then "The premises of the Centre shall be inviolable": NL–CTA seat Agreement 1984, Arts. 1(d), 3; thirty-third run), but not where that term is its head ("Sending Party" beside "Party"). An acronym keeps its capitals in either style: "Geographical scope of EMEP", used as "the geographical scope of EMEP", is in sentence case (EMEP Protocol 1984, Arts. 1(4), 3(2)–(3), 10(1)(a), read: BWBV0002931; fifty-ninth run), while a term whose only other word is an acronym ("Lead CERT") shows no style and keeps its capital. A term in Title Case ("Sending Party") is not used by "the sending Party" where the definitions are written in Title Case (Netherlands–United States Agreement 2012, Art. 1); where most of them are in sentence case, the first capital only opens the item too, and a use that differs only in that letter is a use ("the assisting State Party", "this Convention" for "Assisting State Party", "This Convention": Tampere Convention 1998, Arts. 1, 6(1)). A Title Case term is used in the lower-case form its definition quotes ("“Sentencing State” means the State in which the sentence was imposed … With regard to the Kingdom of the Netherlands, “sentencing State” means …", then "the sentencing State" 33 times: NL–Cuba Convention on the transfer of sentenced persons 2013, Art. 1(e)). A short form the definition introduces is a use of it: "“financial intelligence unit” (hereinafter referred to as “FIU”)", then "FIU" throughout (CoE Warsaw Convention CETS 198 2005, Arts. 1(f), 46). A single word used only with a lower-case first letter is `term-used-in-lower-case` (info) instead, unless the text\'s own definition of it opens a list item or a sentence ("1. “Funds” means …", "d) ``Child\" shall mean …": Financing of Terrorism Convention 1999, Art. 1; Trafficking in Persons Protocol 2000, Art. 3), where the capital is the item\'s and the lower-case form is a use — as it is where at least two of the list\'s terms of several words, and more of them than in Title Case, are in sentence case ("Sanitation" beside "Drinking water", "Water-related disease": Protocol on Water and Health 1999, Art. 2; seventy-fourth run, defect 4) — and so is a Title Case term where the text writes at least two of its Title Case terms, and more of them than as defined, only in that form (one such term is no practice: it stays unused): whether its capital marks the defined sense depends on the language and the drafting convention. So is a term of several capitalised words that the text writes only with all of them lowered ("Space Segment" defined, "space segment" written: EUTELSAT Convention 1982/1999, preamble, Arts. III(a)(i), III(b); seventieth run, defect 3): the text writes the words, and "never used" would be untrue; only the first letter lowered ("the sending Party") is not that form. A leading article or demonstrative of the term ("The Arrangement", "The Basic Principles", "This Convention") takes its capital from the item, not from the term: "the Arrangement" is a use whatever the style of the list (EUTELSAT Convention 1982/1999, Art. I(k)–(l), then Arts. II(c), III(a), V; seventieth run, defect 2). Other forms count as uses: a term defined in lower case opening a sentence ("Personal data may be exchanged …", NL–Japan 2009, Art. 9(4)), the plural of the head noun or of coordinated nouns ("irregular operations of insider trading", CoE Convention on Insider Trading 1989, Art. 2; "public collective investment funds or schemes", NL–Samoa 2009, Art. 4), a determiner inside the term written as the possessive of the person the sentence speaks of, or the reverse ("member of his family", "members of his/her family", "a member of his or her family", "the members of their families" for "member of the family": NL–South Africa social security Agreement 2001, Art. 1(2), Arts. 5–9, 12; eighty-fifth run, item 3 — never before a name, "of the Centre", and never another noun or order: "member of the household" and "family member" are not uses), a modifier coordinated with others before the words they share ("illegal, irregular or suspicious sports betting" uses "irregular sports betting", CoE Macolin Convention 2014, Art. 9(1)(a); "irregular or suspicious betting" does not), and a term that runs over a line break of the prose. The article that states the definition ("For the purpose of this Agreement, the Greater North Sea and its wider Approaches means …", Bonn Agreement 1983, Art. 2), transcribed beside the `define`, is not a use; nor is the full name that the same sentence abbreviates as the term ("the Council Directive number 2011/16/EU of 15 February 2011 … (hereinafter referred to as the ‘Directive’)", Germany–Netherlands tax-rulings memorandum 2015, preamble, a term used nowhere else; twenty-third run); nor is the short name as the head of an instrument’s title, which names an instrument by its title rather than by the term: followed by its parties ("The Convention between the Kingdom of the Netherlands and the Czechoslovak Republic …"), a subject in title case ("the Convention on Cybercrime", "for the Protection of …"), or a lower-case subject with the instrument’s particulars ("the Convention on mutual administrative assistance in tax matters, closed in Strasbourg on 25 January 1988": another convention; Czech Republic–Netherlands tax information arrangement 2015, preamble, where ‘the Convention’ is used nowhere else; twenty-sixth run), while "the Convention of 1974", "Article 26 of the Convention", "the Convention on request" and anything after "this" or "the said" are uses; nor is the term in quotation marks, the article inside them or not (‘the Convention’), which names it rather than uses it ("the “contracting party” being a Member State of the European Union means: the Republic of Croatia", Croatia–Curaçao Convention 2013, Art. 2(1)(c), a term used nowhere else). Where the text never writes the term but writes a close variant of it (a word singular or plural, a hyphen for a space, without its article: "Competitions organiser" defined, "competition organiser(s)" written twelve times, CoE Macolin Convention 2014, Arts. 3.3, 7, 12), the finding stays, since the defined form is unused, but it names the variants, each with its count (a form that differs only in the first letter counted with them), and asks for the definition and its uses to be aligned: deleting the definition would leave those uses undefined, so no deletion is offered.',
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
    // A term too long to search for (maxPhraseLength) is not said to be unused.
    const unused = terms.filter((s) => !used.has(s.name) && !lowerOnly.has(s.name) && s.name.length <= maxPhraseLength);
    const variants = unused.length > 0 ? termVariants(model, unused) : new Map<string, TermVariant>();
    for (const symbol of unused) {
      const variant = variants.get(symbol.name);
      if (variant) {
        // The text relies on the definition under another form: deleting it would leave those uses undefined.
        report({
          range: symbol.nameRange,
          message: `"${quoteInput(symbol.name)}" is never written as defined, but the text writes ${describeVariant(variant)}: align the definition and its uses on one form; do not delete the definition, which those uses rely on.`,
          // On a signed text: for the next draft or an amending instrument (r113 D2); not the excerpt's finding below.
          ...(concludedText(model.ast) ? { onConcludedText: amendingInstrumentNote } : {}),
        });
        continue;
      }
      // An excerpt (`omitted "…"`) holds only some articles: the term may be used in those left out.
      // Said so, and nothing deleted: the definition is the text's (analysis/excerpt-severity.ts makes it info).
      const parts = omittedParts(model);
      if (parts.length > 0) {
        // Many parts (the header lists them): their count and the first few, not the whole list in every finding (sixty-sixth run, item 3).
        const { count, list } = omittedSummary(parts);
        const excerpt = count <= 3 ? `this transcription is an excerpt (omitted ${list}), which may use it` : `this transcription is an excerpt, and the ${count} parts it omits may use it (${list})`;
        report({ range: symbol.nameRange, message: `"${quoteInput(symbol.name)}" is not used in the transcribed articles; ${excerpt}.` });
        continue;
      }
      // Where no deletion is offered, a concluded text says so here as the withheld deletion says it
      // on the others (analysis/concluded-text-fixes.ts): one wording for every such finding of a text.
      const concluded = deletable(symbol) ? undefined : concludedText(model.ast);
      report({
        range: symbol.nameRange,
        message: `"${quoteInput(symbol.name)}" is defined but never used: use it in the text, or delete the definition.${concluded ? ` ${concludedNote(concluded)}` : ''}`,
        tags: ['unnecessary'],
        // A definition is part of the signed text, and "never used" is the checker's reading: no
        // deletion where the text may use the term in another form (support/term-loose-forms.ts).
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
    'Where defined terms are capitalised ("Incident" means …), a lower-case "incident" reads as the ordinary word, and the definition may not govern it. Where the capital only opens the item of the definitions list — in a language that does not capitalise nouns ("Persoonsgegevens" means …, then "persoonsgegevens" throughout: Netherlands–United States Agreement on serious crime 2010, Art. 1(2)) — the lower-case uses are the defined term and nothing needs to change. So for a Title Case term in a text that writes at least two of its Title Case terms, and more of them than as defined, only with the first letter lowered ("Administering State" defined, "the administering State" written; where the definition itself quotes “administering State”, that is the term and nothing is reported). The checker cannot tell the two apart, so it says so at info level rather than calling the definition unused. So too for a term of several capitalised words that the text writes only with every one of them lowered ("Space Segment" means …, then "space segment" in the preamble and Arts. III(a)(i), III(b): EUTELSAT Convention 1982/1999, read: BWBV0002146; seventieth run, defect 3), words joined by a slash included ("Critical Infrastructure/Key Resources" written "critical infrastructure/key resources": NL–US homeland security Agreement 2012, preamble, read: BWBV0006073; treaty lawyer lr29, defect D10): the note names the form written. Where the text\'s own definition opens a list item or a sentence ("1. “Funds” means assets of every kind …", "3. “Proceeds” means any funds …", Financing of Terrorism Convention 1999, Art. 1; "d) ``Child\" shall mean any person under eighteen years of age", Trafficking in Persons Protocol 2000, Art. 3; "9.‘‘Permit’’ means …", London Protocol 1996, Art. 1(9), whatever quotation marks the source prints; or, after a list marker, with no marks and a colon: "4. Mitigation: an action aimed at …", ACS Agreement on natural disasters 1999, Art. 1; treaty lawyer lr10, defect 5), the capital is the item\'s, as the sentence-case terms of the same lists show (“State or government facility”), and nothing is noted; so too where the definitions are transcribed without the article\'s words but at least two of the list\'s terms of several words, and more of them than in Title Case, are in sentence case ("Sanitation" and "Local" beside "Drinking water", "Water-related disease", "Public authority", used as "sanitation" and "local": Protocol on Water and Health 1999, Art. 2, read: BWBV0004373; seventy-fourth run, defect 4) — a one-word term shows no style of its own, and its list\'s does; a term capitalised where nothing requires it ("For the purposes of this Agreement, “Incident” means …") is still noted. On a concluded text the note never asks for the uses to be rewritten: it says that, where the capital only opens the entry, the lower-case uses are the defined term, and that a capital meant to mark the defined sense is a point for an amending instrument or the next draft (treaty lawyer lr9, defect 9).',
  source: 'Entente language reference (definitions)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'define "Incident" means "an event that compromises a network"\nclause Notice """\n  Each Participant will report each incident promptly.\n"""\n',
    fix: 'define "Incident" means "an event that compromises a network"\nclause Notice """\n  Each Participant will report each Incident promptly.\n"""\n',
  },
  check({ model, report }) {
    const { terms, lowerOnly, lowerForms } = termUse(model);
    // A concluded text is not to be rewritten: no "write the uses as defined", but what the signed
    // words mean either way, and the concluded-text sentence (treaty lawyer lr9, defect 9: London
    // Protocol 1996, Art. 1(9), where the capital opens the entry).
    const concluded = concludedText(model.ast);
    for (const symbol of terms) {
      if (!lowerOnly.has(symbol.name)) continue;
      // A term of several words written with all of them lowered ("space segment"): its capitals, not one.
      const every = lowerForms.get(symbol.name);
      const used = `"${quoteInput(symbol.name)}" is used only as "${quoteInput(every ?? lowerFirst(symbol.name) ?? symbol.name)}"`;
      report({
        range: symbol.nameRange,
        message: every
          ? concluded
            ? `${used}: whether those words bear the defined meaning is read from their context; where the text's capitals do not mark its defined terms, they are the defined term. The text is concluded (${concluded.evidence}): its words are not to be changed; if the capitals were meant to mark the defined sense, the point is for an amending instrument or the next draft.`
            : `${used}: if the capitals mark the defined sense, write the uses as defined; if they do not, nothing needs to change.`
          : concluded
            ? `${used}: where the capital only opens the entry of the definitions list, those uses are the defined term. The text is concluded (${concluded.evidence}): its words are not to be changed; if the capital was meant to mark the defined sense, the point is for an amending instrument or the next draft.`
            : `${used}: if the capital marks the defined sense, write the uses as defined; if it only opens the definitions list, nothing needs to change.`,
      });
    }
  },
});

export const definitionRules = [undefinedTerm, unusedTerm, termUsedInLowerCase, duplicateTerm];
