/**
 * The Entente token vocabulary.
 *
 * Keywords are reserved words with `longer_alt: Identifier`, so `within-organisation` lexes as
 * one identifier and not as the keyword `within` followed by junk. Closed values (instrument
 * status, TLP labels, party kinds, units…) are deliberately *not* keywords: they lex as
 * identifiers and are validated when the AST is built, which keeps the grammar small, lets a
 * misspelt value parse (and be reported precisely) and lets completion offer the closed set.
 */
import { createToken, Lexer, type TokenType } from 'chevrotain';
import { misplacedCategories, misplacedCategoriesOf, startsStatementOf } from './misplaced-statements';
import { escapeRegExp } from '../util/escape-regexp';

/**
 * Recovery categories. The grammar has explicit junk rules (see grammar-document.ts) so that
 * stray text is skipped in linear time and everything after it still parses:
 * - `NotTopLevel`: every token that cannot start a top-level declaration;
 * - `Stray`: every token that can start neither a declaration nor a block item, nor close a block.
 */
export const NotTopLevel = createToken({ name: 'NotTopLevel', pattern: Lexer.NA });
export const Stray = createToken({ name: 'Stray', pattern: Lexer.NA });
/** Any word, keyword or not: where free words are read (clause topics), keywords are words too. */
export const AnyWord = createToken({ name: 'AnyWord', pattern: Lexer.NA });
/**
 * A word of the free words of a header statement (`amendment by mutual consent of the Parties`):
 * anything up to the end of the statement, which is the next keyword that starts a header
 * statement or a declaration, or a brace. Newlines carry no meaning, so such a keyword can only
 * be read as the start of what it starts (`amendment by written agreement consent by
 * ratification` would otherwise read two ways); written in quotes it is a word (`"consent"`).
 * Every other token is one: names, the other keywords (`within`, `under`, `procedure`, `from`),
 * text in quotes, numbers, dates and `,` `.` `:`.
 */
export const FreeWord = createToken({ name: 'FreeWord', pattern: Lexer.NA });
const stray = [NotTopLevel, Stray];
const strayWord = [...stray, FreeWord];

/**
 * Identifier characters: ASCII letters, digits, `_`, `-`, plus every BMP code point from
 * U+00C0 upward so that Estonian, French, Cyrillic or Arabic ids lex. A plain character class
 * (no `u` flag) keeps Chevrotain's first-character optimisation available.
 */
export const Identifier = createToken({
  name: 'Identifier',
  categories: [...strayWord, AnyWord],
  pattern: /[A-Za-z_\u00C0-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD][A-Za-z0-9_\-\u00C0-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]*/,
});

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n\f\v\u00A0\uFEFF]+/, group: Lexer.SKIPPED, line_breaks: true });
export const LineComment = createToken({ name: 'LineComment', pattern: /\/\/[^\r\n]*/, group: 'comments' });
export const BlockComment = createToken({ name: 'BlockComment', pattern: /\/\*[\s\S]*?\*\//, group: 'comments', line_breaks: true });
/** A block comment never closed runs to the end of the file, as in every editor; it is reported. */
export const UnterminatedComment = createToken({ name: 'UnterminatedComment', pattern: /\/\*[\s\S]*/, group: 'comments', line_breaks: true });

/** Prose over several lines: `"""…"""`. Escapes are not needed inside. */
export const TripleString = createToken({ name: 'TripleString', categories: stray, pattern: /"""[\s\S]*?"""/, line_breaks: true });
/** A prose block never closed runs to the end of the file; the junk rules report it. */
export const UnterminatedTripleString = createToken({ name: 'UnterminatedTripleString', categories: stray, pattern: /"""[\s\S]*/, line_breaks: true });
/** A one-line string with backslash escapes (`\"`, `\\`, `\n`, `\t`, `\u00E9`). */
export const StringLiteral = createToken({ name: 'StringLiteral', categories: strayWord, pattern: /"(?:[^"\\\r\n]|\\.)*"/ });

/** A string not closed on its line; the junk rules report it. */
export const UnterminatedString = createToken({ name: 'UnterminatedString', categories: stray, pattern: /"(?:[^"\\\r\n]|\\.)*/ });

export const DateLiteral = createToken({ name: 'DateLiteral', categories: strayWord, pattern: /\d{4}-\d{2}-\d{2}/ });
export const TwentyFourSeven = createToken({ name: 'TwentyFourSeven', categories: strayWord, pattern: /24\/7/ });
export const NumberLiteral = createToken({ name: 'NumberLiteral', categories: strayWord, pattern: /\d+(?:\.\d+)?/ });
/** Any `TLP:` marking; whether the label exists in TLP 2.0 is checked later. */
export const TlpLabel = createToken({ name: 'TlpLabel', categories: strayWord, pattern: /TLP:[A-Za-z+]*/ });

export const LCurly = createToken({ name: 'LCurly', categories: stray, pattern: /{/ });
export const RCurly = createToken({ name: 'RCurly', categories: [NotTopLevel], pattern: /}/ });
export const Comma = createToken({ name: 'Comma', categories: strayWord, pattern: /,/ });
export const Dot = createToken({ name: 'Dot', categories: strayWord, pattern: /\./ });
export const Colon = createToken({ name: 'Colon', categories: strayWord, pattern: /:/ });

const keywordTokens: TokenType[] = [];
const roles = new Map<TokenType, KeywordRole>();

/**
 * `top`: starts a declaration; `item`: starts a statement inside a block; `word`: anything else,
 * a `connective` being a word that joins (`of`, `within`, `by`). The role decides how recovery
 * treats the keyword (its categories) and how the TextMate grammar colours it.
 */
export type KeywordRole = 'top' | 'item' | 'word' | 'connective';

function keyword(word: string, role: KeywordRole): TokenType {
  const name = 'Kw_' + word.replace(/-/g, '_');
  // Only a keyword that starts a declaration or a header statement ends the free words of a header statement.
  const free = role !== 'top' && !(role === 'item' && startsStatementOf('headerItem', word)) ? [FreeWord] : [];
  const categories = [...(role === 'top' ? [] : role === 'item' ? [NotTopLevel, ...misplacedCategoriesOf(word)] : stray), AnyWord, ...free];
  const token = createToken({ name, pattern: new RegExp(escapeRegExp(word)), longer_alt: Identifier, label: `'${word}'`, categories });
  keywordTokens.push(token);
  roles.set(token, role);
  return token;
}

/** A keyword's role as tokens.ts declares it. */
export function keywordRole(token: TokenType): KeywordRole | undefined {
  return roles.get(token);
}

// Instrument kinds.
export const Treaty = keyword('treaty', 'top');
export const Memorandum = keyword('memorandum', 'top');
export const Arrangement = keyword('arrangement', 'top');
export const Framework = keyword('framework', 'top');
export const Protocol = keyword('protocol', 'top');
export const Annex = keyword('annex', 'top');
export const Declaration = keyword('declaration', 'top');

// Header statements.
export const Status = keyword('status', 'item');
/**
 * `status non-binding unstated`: a keyword, not a closed word, because the status usually comes
 * first: an identifier allowed after the value would swallow a half-typed statement on the next line.
 */
export const Unstated = keyword('unstated', 'word');
export const Languages = keyword('languages', 'item');
export const Authentic = keyword('authentic', 'word');
export const EquallyValid = keyword('equally-valid', 'word');
export const Prevailing = keyword('prevailing', 'word');
export const Signed = keyword('signed', 'item');
export const Done = keyword('done', 'item');
export const Effect = keyword('effect', 'item');
export const Consent = keyword('consent', 'item');
export const Duration = keyword('duration', 'item');
export const Renewable = keyword('renewable', 'word');
export const Termination = keyword('termination', 'item');
export const Withdrawal = keyword('withdrawal', 'item');
export const Discontinue = keyword('discontinue', 'item');
export const Denunciation = keyword('denunciation', 'item');
export const Notice = keyword('notice', 'word');
export const Amendment = keyword('amendment', 'item');
export const Disputes = keyword('disputes', 'item');
export const Governing = keyword('governing', 'item');
export const Applicable = keyword('applicable', 'item');
export const Law = keyword('law', 'word');
export const Depositary = keyword('depositary', 'item');
export const Registration = keyword('registration', 'item');
export const Reservations = keyword('reservations', 'item');
// Final clauses as real instruments state them (entry into force, provisional application,
// signature and testimonium, form, incorporation by reference).
export const Subsequently = keyword('subsequently', 'item');
export const Provisional = keyword('provisional', 'item');
export const Application = keyword('application', 'word');
export const Opened = keyword('opened', 'item');
export const Issued = keyword('issued', 'item');
export const Form = keyword('form', 'item');
export const Incorporates = keyword('incorporates', 'item');
// A transcription that holds only some of the text: what it leaves out (`omitted "Articles 5 to 42"`).
export const Omitted = keyword('omitted', 'item');
/**
 * `entered into force on 2013-07-01 "Trb. 2013, 123"`: the date a concluded treaty entered into
 * force, recorded by the transcriber from its source (a fact of the treaty's life, not a term of it).
 */
export const Entered = keyword('entered', 'item');
export const Into = keyword('into', 'word');
export const Force = keyword('force', 'word');
export const Following = keyword('following', 'connective');
/** `subsequently 30 days after consent-to-be-bound or on entry-into-force whichever is later` (UNCAC Art. 68(2)). */
export const Or = keyword('or', 'connective');
export const Whichever = keyword('whichever', 'connective');
export const Is = keyword('is', 'connective');
export const Including = keyword('including', 'connective');
export const Until = keyword('until', 'connective');
export const Unless = keyword('unless', 'connective');
export const Least = keyword('least', 'connective');
export const In = keyword('in', 'connective');
/** `meets in principle annually`: the cadence the text gives "in principle" (NL–Jordan 1978, Art. 8). */
export const Principle = keyword('principle', 'connective');
export const Deposited = keyword('deposited', 'word');
export const Answering = keyword('answering', 'connective');

// Declarations.
export const Use = keyword('use', 'top');
export const Party = keyword('party', 'top');
export const Participant = keyword('participant', 'top');
export const SecurityAgreement = keyword('security-agreement', 'top');
export const Channel = keyword('channel', 'top');
export const Exercise = keyword('exercise', 'top');
export const CapacityBuilding = keyword('capacity-building', 'top');
export const TechnologyTransfer = keyword('technology-transfer', 'top');
export const Body = keyword('body', 'top');
export const Define = keyword('define', 'top');
export const Clause = keyword('clause', 'top');
export const Assistance = keyword('assistance', 'top');
export const Note = keyword('note', 'top');
export const Letter = keyword('letter', 'top');

// Party items.
export const Kind = keyword('kind', 'item');
export const Jurisdiction = keyword('jurisdiction', 'item');
export const Represented = keyword('represented', 'item');
export const Contact = keyword('contact', 'item');
export const Available = keyword('available', 'word');
export const Email = keyword('email', 'word');
export const Phone = keyword('phone', 'word');
export const Regimes = keyword('regimes', 'item');
export const Class = keyword('class', 'item');

// Security agreements.
export const Level = keyword('level', 'item');
export const Equals = keyword('equals', 'word');
export const Breach = keyword('breach', 'item');
export const Procedure = keyword('procedure', 'word');
/** `scheme common "NATO"`: whose classification scheme the parties apply. */
export const Scheme = keyword('scheme', 'item');
/** `concluded at "…" on …`: an agreement in force elsewhere, referenced, not written here. */
export const Concluded = keyword('concluded', 'item');

// Channels.
export const Carries = keyword('carries', 'item');
export const Marking = keyword('marking', 'item');
export const Classification = keyword('classification', 'item');
export const Onward = keyword('onward', 'item');
export const Sharing = keyword('sharing', 'word');
export const Purpose = keyword('purpose', 'item');
export const Safeguards = keyword('safeguards', 'item');
export const Recipients = keyword('recipients', 'item');
export const Contacts = keyword('contacts', 'item');
/** `handling legend "…"`: a handling marking other than TLP. */
export const Handling = keyword('handling', 'item');
/** `onward sharing with-consent except …`: recipients that need no consent. */
export const Except = keyword('except', 'connective');
/** `exchange when-practical "…"`: a hedged or conditional exchange. */
export const Exchange = keyword('exchange', 'item');
/** `modality may`: how strongly a channel binds its senders (shall, shall-endeavour, may, as-written). */
export const Modality = keyword('modality', 'item');
/** `deadline "answer a visit request" within 3 working-days of request`: a time limit that is not an incident notification. */
export const Deadline = keyword('deadline', 'item');

// Incident protocols.
export const When = keyword('when', 'item');
export const Notify = keyword('notify', 'item');
/** `inform "all States whose interests are affected …" without-delay`: a notify step in the text's verb (OPRC 1990 Art. 5(1)(c)). */
export const Inform = keyword('inform', 'item');
export const Within = keyword('within', 'connective');
export const Via = keyword('via', 'connective');
/**
 * `notify FI forthwith`: a deadline stated as a standard, in the treaty's own word, not as a
 * period (Early Notification 1986 Art. 2(a) "forthwith notify"; OPRC 1990 Art. 5(1)(c) "without
 * delay, inform"). Keywords, not closed words: written where a recipient's id may stand
 * (`notify forthwith`), an identifier would be read as the recipient.
 */
export const Forthwith = keyword('forthwith', 'word');
export const Immediately = keyword('immediately', 'word');
export const Promptly = keyword('promptly', 'word');
export const WithoutDelay = keyword('without-delay', 'word');
export const WithoutUndueDelay = keyword('without-undue-delay', 'word');
export const Report = keyword('report', 'item');
export const Escalate = keyword('escalate', 'item');
export const Content = keyword('content', 'item');
/** `threshold "…"`: what the severity that triggers a protocol means. */
export const Threshold = keyword('threshold', 'item');

// Exercises, cooperation, governance.
export const Every = keyword('every', 'word');
export const Annually = keyword('annually', 'word');
export const Biennially = keyword('biennially', 'word');
export const Led = keyword('led', 'connective');
export const Scope = keyword('scope', 'item');
export const First = keyword('first', 'item');
export const Activities = keyword('activities', 'item');
export const Description = keyword('description', 'item');
export const Intellectual = keyword('intellectual', 'item');
export const Property = keyword('property', 'word');
export const Members = keyword('members', 'item');
export const Meets = keyword('meets', 'item');
export const Chair = keyword('chair', 'item');
export const Mandate = keyword('mandate', 'item');

// Designations of authorities and points of contact.
export const Designate = keyword('designate', 'top');
/**
 * `non-party IAEA "International Atomic Energy Agency"`: an organisation (or a State) the text
 * names that is not a party (the Agency, the IMO): an addressee or relay of a notification, never
 * bound. Not `organisation`: that word is a drafter's slip for the closed values
 * `international-organisation` and `within-organisation`, which must parse and be reported as such.
 */
export const NonParty = keyword('non-party', 'top');
/** `notify … directly or through IAEA`: the non-party a notification may go (or goes) through. */
export const Through = keyword('through', 'connective');
export const Directly = keyword('directly', 'word');
export const Notified = keyword('notified', 'word');

// Implementing arrangements (header).
export const Implements = keyword('implements', 'item');
export const Implemented = keyword('implemented', 'item');
/** `amends "…"`: the treaty whose provisions this instrument amends (VCLT Art. 39). */
export const Amends = keyword('amends', 'item');
export const Article = keyword('article', 'word');

// Definitions and clauses.
export const Means = keyword('means', 'word');
export const About = keyword('about', 'connective');
export const Library = keyword('library', 'word');

// Legal assistance.
export const Basis = keyword('basis', 'item');
export const Preservation = keyword('preservation', 'item');
export const Central = keyword('central', 'item');
export const Authority = keyword('authority', 'word');

// Connectives.
export const Of = keyword('of', 'connective');
export const At = keyword('at', 'connective');
export const On = keyword('on', 'connective');
export const After = keyword('after', 'connective');
export const Last = keyword('last', 'connective');
export const By = keyword('by', 'connective');
export const For = keyword('for', 'connective');
export const With = keyword('with', 'connective');
/** `done at … without testimonium`: what the text's final formula leaves out. */
export const Without = keyword('without', 'connective');
export const Between = keyword('between', 'connective');
export const Up = keyword('up', 'connective');
export const To = keyword('to', 'connective');
export const Under = keyword('under', 'item');
// `from` also starts a channel's statement of who sends (`from OPCW`), so it is an item keyword.
export const From = keyword('from', 'item');

/** Every keyword, in declaration order (used by completion and the TextMate grammar test). */
export const keywords: readonly TokenType[] = keywordTokens;

/** The words of all keywords, e.g. `security-agreement`. */
export const keywordWords: readonly string[] = keywordTokens.map((t) => String(t.LABEL).slice(1, -1));

/**
 * Lexer order matters: comments before anything starting with `/`, the triple string before
 * the plain string, dates and `24/7` before numbers, `TLP:` before identifiers, and keywords
 * before the identifier they fall back to.
 */
export const allTokens: TokenType[] = [
  NotTopLevel,
  Stray,
  ...misplacedCategories,
  AnyWord,
  FreeWord,
  WhiteSpace,
  LineComment,
  BlockComment,
  UnterminatedComment,
  TripleString,
  UnterminatedTripleString,
  StringLiteral,
  UnterminatedString,
  DateLiteral,
  TwentyFourSeven,
  NumberLiteral,
  TlpLabel,
  LCurly,
  RCurly,
  Comma,
  Dot,
  Colon,
  // Longest first, so `contacts` is not read as `contact` + `s`.
  ...[...keywordTokens].sort((a, b) => String(b.LABEL).length - String(a.LABEL).length),
  Identifier,
];
