/**
 * Where a quoted capitalised term comes from, read from the words around it. undefined-term
 * reports a term that reads as defined but is defined nowhere; it must not report:
 *
 * - a term of another instrument, quoted with its source: `"Significant Incident" within the
 *   meaning of NIS2`, `"Essential Entity" as defined in Article 3 of Directive (EU) 2022/2555`,
 *   `("Personal Data", as defined in the GDPR)`, `within the meaning of the Convention, a
 *   "Service Provider"`, `NIS2's "Significant Incident"`;
 * - a term the text defines where it stands: `(hereinafter referred to as the "Bank")`,
 *   `the Canadian Space Agency ("CSA")`, `"Partner State" means …`, `the term "NATO" denotes …`,
 *   `designated as the "Netherlands Executive Agent"`.
 *
 * Nor the text's own expression quoted to be widened ("Any reference to a “Contracting State” or
 * “State” in this Convention shall apply equally to …", Child Support Convention 2007, Art. 59(5)).
 *
 * Nor words quoted to be read otherwise or replaced — "instead of “Member States” has to be read:
 * Contracting States" (Croatia–Curaçao savings income Convention 2013, Art. 2(2)), "for “X” read
 * “Y”", "references to “X” shall be read as", "the words “X” shall be replaced by" — which name
 * another text's words in order to change them, not a term of this instrument.
 *
 * Nor a proper name the text introduces as a name: "the pigtrap situated at the facilities named
 * “Noord-Holland”" (NL–UK gas pipeline Agreement 2005, Art. 1) quotes the name of a site, which
 * cannot be defined and whose quotation marks are the treaty's own. "named" and "called" introduce
 * such a name; "known as", "designated as" and "referred to as" are read below as a definition in
 * place (they also introduce the words a text will use), which keeps them unreported the same way.
 *
 * Nor a quoted title of an instrument ("Transfer of Resident Rules") or of a publication cited by
 * its edition, date or publisher ("April 1996 edition of “Nuclear Power Reactors in the World”",
 * "the publication “…” of April 1996", "“…” (IAEA, April 1996)"), or the quoted end of a treaty's
 * title cited with its place and date ("… Organization “INTERIM EUTELSAT”, done at Paris on 13 May
 * 1977"), which is a citation; nor an organisation's name in apposition to its full name
 * ("Satellite Organization “INTERIM EUTELSAT”"); nor a heading quoted as one ("under the heading
 * “…”", "headed “…”"); nor
 * one word set off among kinds in a list that ends "and other …" ("foundations, “Anstalten” and
 * other persons"), which names a kind (a legal form of another system), not a term.
 *
 * A source that is this instrument itself ("as defined in this Memorandum") is no source: the
 * instrument must then define the term, so it is still reported. So is a label of a single
 * letter or digit (`Enclosure "A"`), or a marking the text prescribes (`marked "Netherlands
 * RESTRICTED"`), which is not a term at all.
 */
import { findReferences, type ReferenceContext } from '../../model/instrument-references';
import { inclusiveConnector } from '../../util/definition-connectors';

export type Provenance = 'other-instrument' | 'defined-in-place' | 'proper-name' | 'named-process' | 'label' | 'heading' | 'kind-in-list' | 'word-replaced' | 'none';

const sourcePhrase = String.raw`(?:within\s+the\s+meaning\s+of|in\s+the\s+sense\s+of|(?:as\s+)?(?:defined|used|referred\s+to|understood|designated|described)\s+(?:in|by|under)|(?:as\s+)?(?:defined|used)\s+for\s+the\s+purposes\s+of)`;
const sourceAfter = new RegExp(String.raw`^\s*[,(]?\s*${sourcePhrase}\s+`, 'iu');
const sourceBefore = new RegExp(String.raw`${sourcePhrase}\s+([^,;:.()]{1,120}?)\s*,?\s*(?:(?:the|an?|any|each|every|such)\s+)?$`, 'iu');
const definedHere = [
  // "(hereinafter referred to as the "Bank")", "hereinafter also "Canada"", "referred to collectively as the "Parties"".
  /(?:hereinafter|hereafter|below)\s+(?:(?:also|collectively|individually|jointly)\s+)?(?:(?:referred\s+to|called|named|designated|known)\s+)?(?:(?:collectively|individually|jointly)\s+)?(?:as\s+)?(?:(?:the|an?)\s+)?$/iu,
  /referred\s+to\s+(?:(?:collectively|individually|jointly)\s+)?as\s+(?:(?:the|an?)\s+)?$/iu,
  /\b(?:designated|known|identified)\s+(?:as\s+)?(?:(?:the|an?)\s+)?$/iu,
  /\b(?:collectively|individually|jointly)\s+as\s+(?:(?:the|an?)\s+)?$/iu,
  // A term of a Party's own law: "identified by each Party in its laws … as "Critical Infrastructure"".
  /\b(?:laws?|legislation|regulations?|policies)\b[^.;]{0,60}\bas\s+(?:(?:the|an?)\s+)?$/iu,
  // "the term "NATO" denotes", "Definition of the Term "Refugee"".
  /\bthe\s+terms?\s+$/iu,
  // An alias in parentheses right after the full name: "the Canadian Space Agency ("CSA")".
  /[\p{L}\p{N}).]\s*\(\s*(?:the\s+)?$/iu,
];
// An inclusive connector ("includes", "shall comprise", "shall be deemed to include") defines the
// term in place as "means" does: util/definition-connectors.ts.
const definesAfter = new RegExp(
  String.raw`^\s*(?:\)\s*)?(?:(?:,?\s*for\s+the\s+purposes?\s+of\s+this\s+[\p{L}-]+,?\s*(?:[\p{L}-]+\s+)?)?(?:shall\s+(?:also\s+)?mean|means|mean|denotes|${inclusiveConnector}|refers\s+to|has\s+the\s+meaning)\b)`,
  'iu',
);
/**
 * A glossary entry, "“Sharing Platform”: the MISP instance …": a colon defines only the quoted
 * words that open their item (the prose, a sentence, or a list item "(a)", "1.", "-"). In running
 * prose a colon after a quotation introduces what follows it — "which appear in Table 1 of the
 * December 1995 edition of “Nuclear Research Reactors in the World”: Algeria, Argentina, …" (CTBT
 * 1996, Annex 2; fifty-fourth run, item 1) — and defines nothing.
 */
const glossaryColonAfter = /^\s*:/u;
const opensItem = /(?:^|[.;:]|\(\s*[\p{L}\p{N}]{1,4}\s*\)|(?:^|\s)[\p{L}\p{N}]{1,4}[.)]|[-–•*])\s*$/u;
/**
 * A quoted title cited as a publication: its edition, issue or volume ("Table 1 of the
 * International Atomic Energy Agency's April 1996 edition of “Nuclear Power Reactors in the
 * World”", CTBT 1996, Annex 2), a title introduced as one ("a report entitled “…”", "the
 * publication “…”", "edition of the publication “…”"), or a title followed by its edition, its
 * date or its publisher ("“…”, 1996 edition", "“…”, published by the Agency", "“…” of April
 * 1996", "“…” (IAEA, April 1996)"). A citation, not a term of the instrument: a text defines its
 * terms, it dates and attributes the works it cites (fifty-fourth run, item 1; treaty lawyer lr10,
 * defect 6). A date or a publisher alone marks the citation; a parenthesis without a year ("“…”
 * (the Bank)") is an alias, read below.
 */
const publicationBefore = /\b(?:(?:edition|issue|volume)\s+of(?:\s+the)?|entitled|titled|publications?)\s+$/iu;
/**
 * A heading quoted as a heading: "the provisions set forth in Annex I to Resolution 222 A (IX) of
 * the Economic and Social Council under the heading “Participation of Requesting Governments”"
 * (Netherlands–UN and ten organisations, technical assistance 1967, Art. II(1), read: BWBV0004484;
 * hundred-and-twentieth run, defect 4), "a section headed “…”", "the chapter captioned “…”". The
 * words name a part of a text by its heading, as "entitled" names a work by its title: no term of
 * this instrument. Not "headed by", which says who leads a body, nor "the title “…”", which may be
 * a person's title.
 */
const headingBefore = /\b(?:under\s+the\s+(?:heading|title|caption)|(?:the|its|their)\s+(?:heading|caption)|headed|captioned)\s+$/iu;
const month = 'January|February|March|April|May|June|July|August|September|October|November|December';
const publicationAfter = new RegExp(
  String.raw`^\s*(?:(?:,\s*|\(\s*)(?:(?:\p{L}+\s+)?\d{4}\s+edition|edition\s+of\s+\d{4}|published\s+by)\b|,?\s*(?:of|dated)\s+(?:\d{1,2}\s+)?(?:${month})\s+\d{4}\b|\(\s*[^()]{0,60}?\b(?:${month})?\s*\d{4}\s*\))`,
  'iu',
);
/**
 * A quotation that ends the title of an instrument the text cites by its place and date of
 * conclusion: "the Agreement on the Constitution of a Provisional European Telecommunications
 * Satellite Organization “INTERIM EUTELSAT”, done at Paris on 13 May 1977" (EUTELSAT Convention
 * 1982/1999, Art. I(b), read: BWBV0002146; seventieth run, defect 1). A treaty is cited by where and
 * when it was done, signed or opened for signature, as a publication by its edition: the quoted
 * words are part of that title, not a term of this text. A place and a date are both needed: "the
 * “Sharing Platform”, done at the request of a Party" uses a term.
 */
const concludedAtAfter = /^\s*,?\s*(?:done|signed|concluded|adopted|opened\s+for\s+signature)\s+(?:at|in)\s+\p{Lu}[^;:.“”"]{0,80}?\s+on\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:day\s+)?(?:of\s+)?\p{L}+,?\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4})\b/u;
/**
 * A quotation in apposition to the full name of an organisation: "the Provisional European
 * Telecommunications Satellite Organization “INTERIM EUTELSAT”" (the same Art. I(b); the
 * Convention's title writes "Organization “EUTELSAT”" so) gives the organisation's name, as
 * "named “X”" does. Only after a name of at least two capitalised words ending in the kind of body:
 * "the Organization “X”" may be a term of the text. And only where the quotation is itself a name:
 * set in capitals as an acronym or a name is ("INTERIM EUTELSAT", "ECSO"), or after
 * "Organization" itself. After "Competent Authority", "Joint Commission", "Cooperation Centre" —
 * the generic titles and defined terms of cyber drafts — quoted words are as often the object of
 * the verb ("notify through its Competent Authority “Major Incidents” affecting the other Party",
 * treaty lawyer lr16, D4), and never after a possessive ("its", "each Party's"): a body of a Party
 * is not a name in apposition.
 */
const organisationBefore = /(?:^|[^\p{L}'’-])([\p{L}'’-]+\s+)?\p{Lu}[\p{L}'’-]*\s+(Organi[sz]ation|Agency|Union|Centre|Center|Institute|Bank|Fund|Foundation|Corporation|Company|Association|Commission|Authority|Federation)\s*$/u;
const possessiveWord = /^(?:its|their|his|her|our|your|whose|[\p{L}-]+['’]s?)$/iu;
const nameInCapitals = /^[\p{Lu}\p{N}][\p{Lu}\p{N}&.'’\s-]*$/u;
function inApposition(rawBefore: string, term: string): boolean {
  const found = organisationBefore.exec(rawBefore);
  if (!found) return false;
  if (found[1] !== undefined && possessiveWord.test(found[1].trim())) return false;
  return nameInCapitals.test(term) || /^Organi[sz]ation$/u.test(found[2]);
}
/**
 * A quoted proper name followed by the noun that says what it names: "the Ministerial
 * declarations, recommendations and resolutions of the “Environment for Europe” process" (Protocol
 * on Water and Health 1999, preamble, BWBV0004373; seventy-fourth run, defect 1; the PRTR Protocol
 * 2003 cites the same process), "low-VOC-content products (e.g. the "Blue Angel" scheme)" (both
 * read in the series). The quotation marks set off the name of a process, programme or scheme
 * that the article "the" and the noun after it designate; no definition could serve, and nobody
 * reads a name differently. Only with "the" before and one of these nouns right after: "a
 * “Significant Incident” process" uses a term, and so do "the “Significant Incident” report" and
 * "the “Significant Incident” processed by …". The words cannot tell an existing process's name
 * from an undefined procedure of the instrument ("report … under the “Significant Incident”
 * process" in a draft; treaty lawyer lr17, D9): read as `named-process`, which a concluded text
 * takes as a name (it can only name an existing process) and a draft is asked about at info.
 */
const classingNounAfter = /^\s+(?:process|programme|program|initiative|conference|campaign|project|scheme|network|partnership|strategy|exercise|system)\b(?![-'’])/iu;
const definiteBefore = /(?:^|[^\p{L}])the\s+$/iu;
/** The other terms of a list: "“Contractors” and “subcontractors” include", "“Parties” and individually as a “Party”". */
const otherQuotedTerms = /^(?:\s*(?:,|or|and|and\/or)\s*[“"][^”"]{1,80}[”"])+/u;
const instrumentTitle = /\b(?:Agreements?|Conventions?|Treaty|Protocol|Charter|Act|Code|Rules|Regulations?|Directive|Decision|Memorandum|Arrangement|Declaration|Manual|Guidelines|Framework)$/u;

/**
 * A name introduced by "named" or "called" ("the facilities named “Noord-Holland”", "a body called
 * the “Joint Group”"). Not "so-called", which distances the writer from a phrase rather than naming
 * anything, and not "hereinafter called", which defines (above).
 */
const namedBefore = /(?<![\p{L}-])(?:named|called)\s+(?:(?:the|an?)\s+)?$/iu;

/** Words quoted to be changed: "instead of “X”", "in place of “X”", "the words “X”", "references to “X”". */
const replacedBefore = /\b(?:instead\s+of|in\s+place\s+of|the\s+words?|the\s+expressions?|references?\s+to)\s+$/iu;
/**
 * The text's own expression quoted to widen or apply it, with an article: "Any reference to a
 * “Contracting State” or “State” in this Convention shall apply equally to a Regional Economic
 * Integration Organisation" (Child Support Convention 2007, Art. 59(5); forty-sixth run, items
 * 1–2), like "references to “States Parties” under this Convention shall apply to such
 * organizations" (UNTOC Art. 2(j)), which `replacedBefore` reads. With the article the quoted
 * words name an expression only where the sentence says where it stands ("in this Convention") or
 * what becomes of it ("shall apply equally to", "shall be read as including"): "with reference to
 * the “Chain of Custody” of the archives" uses a term.
 */
const ownReferenceBefore = /\breferences?\s+to\s+(?:an?|the)\s+$/iu;
const ownReferenceAfter =
  /^\s*(?:(?:in|under|throughout)\s+(?:this|the\s+present)\s+[\p{L}-]+|(?:shall|is\s+to|are\s+to)\s+(?:also\s+)?(?:apply|be\s+read|be\s+construed|be\s+understood|be\s+deemed|include)\b)/iu;
/** "“X” has to be read", "“X” shall be read as", "“X” is replaced by", "“X” read “Y”" (the amending formula). */
const readOtherwiseAfter = /^\s*(?:(?:has|have|is|are|shall|should|must)\s+(?:to\s+)?be\s+(?:read|replaced|substituted|understood\s+as)\b|read\s*[“"])/iu;

/** What the words around a quoted term say about where it comes from. */
export function provenance(rawBefore: string, term: string, rawAfter: string, context: ReferenceContext): Provenance {
  if (/^[\p{L}\p{N}]$/u.test(term)) return 'label';
  // What the text says the words are: a marking ("bearing the classification "DIENSTGEHEIM"",
  // "marked or stamped in English "Netherlands RESTRICTED"").
  if (/\b(?:classifications?|classified|marked|markings?|stamped|labelled|labeled|bearing)\b[^.;]{0,40}$/iu.test(rawBefore)) return 'label';
  // One word set off in a list of kinds that ends "and other …": the name of a kind, often a
  // legal form of another legal system ("companies, partnerships, trusts, foundations, “Anstalten”
  // and other persons", NL–Samoa tax information exchange Agreement 2009, Art. 5(4)(b), after the
  // OECD model), not a term of the instrument.
  if (/^\p{L}[\p{L}-]*$/u.test(term) && /\p{Ll}[\p{L}-]*,\s*$/u.test(rawBefore) && /^\s*(?:,\s*\p{Ll}[\p{L}-]*\s*)*(?:and|or)\s+other\s+\p{Ll}/u.test(rawAfter)) return 'kind-in-list';
  if (replacedBefore.test(rawBefore) || readOtherwiseAfter.test(rawAfter)) return 'word-replaced';
  // A quoted title of an instrument ("Transfer of Resident Rules") is a citation, not a term.
  if (instrumentTitle.test(term)) return 'other-instrument';
  if (publicationBefore.test(rawBefore) || publicationAfter.test(rawAfter) || concludedAtAfter.test(rawAfter)) return 'other-instrument';
  if (headingBefore.test(rawBefore)) return 'heading';
  if (inApposition(rawBefore, term) || glossedName(term, rawAfter)) return 'proper-name';
  // Either the name of an existing process or a term of the instrument (lr17, D9): the caller decides.
  if (definiteBefore.test(rawBefore) && classingNounAfter.test(rawAfter)) return 'named-process';
  const after = rawAfter.replace(otherQuotedTerms, '');
  const before = rawBefore.replace(/(?:[“"][^”"]{1,80}[”"]\s*(?:,|or|and|and\/or)\s*)+$/u, '');
  if (ownReferenceBefore.test(before) && ownReferenceAfter.test(after)) return 'word-replaced';
  if (definedHere.some((p) => p.test(before)) || definesAfter.test(after) || (glossaryColonAfter.test(after) && opensItem.test(before))) return 'defined-in-place';
  if (namedBefore.test(before)) return 'proper-name';
  const following = sourceAfter.exec(after);
  if (following && !isSelf(after.slice(following[0].length), context)) return 'other-instrument';
  const preceding = sourceBefore.exec(before);
  if (preceding && !isSelf(preceding[1], context)) return 'other-instrument';
  // "NIS2's "Significant Incident"", "the Convention's "service provider"".
  const possessive = /(\S+(?:\s+\S+){0,5})['’]s\s+$/u.exec(before);
  if (possessive) {
    const words = possessive[1].split(/\s+/u);
    for (let k = 1; k <= words.length; k++) if (referencesOther(words.slice(-k).join(' '), context)) return 'other-instrument';
  }
  return 'none';
}

/**
 * A proper name followed at once by its translation or gloss in brackets: 'shall be the
 * "Sociale Verzekeringsbank" (Social Insurance Bank)' (NL–South Africa social security 2001, Art.
 * 4(1)(b); eighty-fifth run, item 4). The gloss is itself a name of two or more words, each
 * capitalised but for the small words between them, and other words than the quotation's; a
 * bracket that cites a provision or a part of the text ("(Annex B)", "(Article 3)", "(see …)"), a
 * lower-case phrase ("(the platform)") or one word (an acronym: read elsewhere) is no gloss, and
 * the quotation is still read as a term.
 */
const glossAfter = /^\s*\(\s*(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|for|and|the|on|in|to|de|du|des|van|der)\s+)*\p{Lu}[\p{L}'’.-]*)+)\s*\)/u;
const citedPart = /\b(?:Annex(?:es)?|Articles?|Appendix|Appendices|Sections?|Paragraphs?|Parts?|Schedules?|Forms?|Tables?|Chapters?|Rules?|Regulations?|Protocols?)\b|\b\p{Lu}\b/u;

function glossedName(term: string, rawAfter: string): boolean {
  const gloss = glossAfter.exec(rawAfter)?.[1];
  return gloss !== undefined && !citedPart.test(gloss) && gloss.toLocaleLowerCase('en') !== term.toLocaleLowerCase('en');
}

/** "this Memorandum", "the present Agreement", or the instrument's own name. */
function isSelf(source: string, context: ReferenceContext): boolean {
  const phrase = source.trim();
  if (/^(?:this|these|the\s+present)\b/iu.test(phrase)) return true;
  const head = /^(?:the\s+)?([\p{L}-]+(?:\s+of\s+Understanding)?)/u.exec(phrase)?.[1];
  return head !== undefined && context.selfNouns.some((n) => n.toLowerCase() === head.toLowerCase());
}

function referencesOther(phrase: string, context: ReferenceContext): boolean {
  const text = phrase.trim();
  if (/^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(text) && !context.signatories.includes(text)) return true;
  const refs = findReferences(text, context);
  return refs.some((r) => r.to === 'other' && r.end === text.length);
}
