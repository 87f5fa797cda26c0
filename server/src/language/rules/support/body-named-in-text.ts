/**
 * Whether the instrument's own text names a governance body: a body its clauses name is the body
 * the text sets up and works through, in use whether or not the declaration lists members, a
 * mandate or an escalation (seventy-eighth run: OPCAT's Subcommittee on Prevention, "A
 * Subcommittee on Prevention of Torture … (hereinafter referred to as the Subcommittee on
 * Prevention) shall be established and shall carry out the functions laid down in the present
 * Protocol", Art. 2(1), named in nearly every article of Parts II, III and VI; its members "serve
 * in their individual capacity" (Art. 5(6)), so no party is a member; read: Dutch treaty series
 * BWBV0004712).
 *
 * What counts as naming it, read from the body's declared title ("Subcommittee on Prevention of
 * Torture … of the Committee against Torture"; a leading "the" aside):
 * - the title, word for word, where the text does not go on with more of a name after it ("Joint
 *   Committee" in "the Joint Committee on Trade" is another body's);
 * - or a shorter form, as texts shorten a body's name: the title's leading capitalised words and
 *   as many more of its words as the text goes on with, stopping where the title goes on with "of",
 *   "on", "for" or "against" ("the Subcommittee", "the Subcommittee on Prevention"), after "the",
 *   "a" or another determiner ("A Subcommittee on Prevention … shall be established"). A name the
 *   text carries on with other capitalised words ("the Subcommittee on Accreditation", "the
 *   Committee of the Parties" for a "Committee of Experts") is another body's, and a title whose
 *   next word is an ordinary one ("Idle group", "Joint Committee") has no shorter form: "the Idle",
 *   "the Joint" name nothing;
 * - capitals as the title has them: "a subcommittee" is no name;
 * - in the text of a clause (its own or a library clause, and the parent's, which an annex shares),
 *   or in the prose of another declaration (another body's mandate, a channel's purpose, a
 *   definition); the body's own declaration never counts: its title alone uses nothing (and a
 *   mandate of its own already puts it to use).
 * Not another body's name (treaty lawyer lr18, D1): the title at the end of a longer name ("the
 * NATO Cyber Defence Steering Committee" for a "Steering Committee"), a body the sentence puts under
 * another instrument or organisation ("the Committee established by the Council of Europe", "the
 * Joint Committee established under the Agreement of 2010") or winds up ("… is dissolved"), and no
 * shorter form where another declared body's title opens with the same words.
 * The declared id (`SPT`) is Entente's name, not the text's, and is not looked for.
 */
import type { Declaration, GovernanceBody } from '../../ast/nodes';
import { rowOf } from '../../constructs/table';
import type { SemanticModel } from '../../model/semantic-model';
import { quoteInput } from '../../util/bounded-text';
import { escapeRegExp } from '../../util/escape-regexp';

/** The words and single marks of a text: "Subcommittee's" is "Subcommittee", "'", "s"; "EU–US" is one word. */
const tokenPattern = /[\p{L}\p{N}]+(?:[-–/][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const tokens = (text: string): string[] => text.match(tokenPattern) ?? [];

const capitalised = (token: string | undefined): boolean => token !== undefined && /^\p{Lu}/u.test(token);
/** The words that join the parts of a body's name: "Committee of Experts", "Subcommittee on Prevention". */
const connectives: ReadonlySet<string> = new Set(['of', 'on', 'for', 'against']);
/** Words before a body's name that make it a name in the sentence: "the Subcommittee", "A Subcommittee … shall be established". */
const determiners: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'such', 'said', 'any', 'each', 'its', 'their']);


/** How far after the leading words the text is read for the rest of the name (characters). */
const nameReach = 400;

/** A body's title as the text would write it: its words, a leading "the" left out; and its leading capitalised words. */
export interface BodyTitle {
  readonly words: readonly string[];
  /** The leading capitalised words ("Subcommittee"); for a title in lower case ("expert commission"), its first word, and no shorter form. */
  readonly head: readonly string[];
  readonly capitalised: boolean;
  /** The leading words as a whole in a text, each run of white space between them any run. */
  readonly headPattern: RegExp;
}

/**
 * A title as the text would write it. A leading "the" is left out, and so is a note in brackets at
 * its end, which the transcriber adds ("Commission (Article V)") or the text writes after the name
 * ("Group of States against Corruption (GRECO)"): the name is what comes before it.
 */
export function bodyTitle(title: string): BodyTitle | undefined {
  const words = tokens(title.replace(/\s*\([^()]*\)\s*$/u, ''));
  if (words[0]?.toLowerCase() === 'the') words.shift();
  if (words.length === 0 || !/^[\p{L}\p{N}]/u.test(words[0])) return undefined;
  let end = 0;
  while (end < words.length && capitalised(words[end])) end++;
  const head = words.slice(0, Math.max(end, 1));
  return { words, head, capitalised: end > 0, headPattern: new RegExp(`(?<![\\p{L}\\p{N}-])${head.map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`, 'gu') };
}

/** "Subcommittee", for messages: the title's leading words, where a text may name the body by them alone (the title goes on with "of", "on"…). */
export function shortForm(title: BodyTitle): string | undefined {
  return title.capitalised && connectives.has(title.words[title.head.length]) ? title.head.join(' ') : undefined;
}

/**
 * Whether `text` names the body of `title`. A pure function of the two, asked of each clause once
 * per title (the prose memo keeps the answer with the text).
 */
export function namesBody(title: BodyTitle, text: string, shortForms = true): boolean {
  const head = title.headPattern;
  head.lastIndex = 0;
  const reach = Math.max(nameReach, 2 * title.words.join(' ').length);
  for (let found = head.exec(text); found; found = head.exec(text)) {
    const before = text.slice(Math.max(0, found.index - 40), found.index);
    // "the NATO Cyber Defence Steering Committee" is another body's name, not "Steering Committee" (lr18, D1).
    if (title.capitalised && longerNameBefore(before)) continue;
    const end = found.index + found[0].length;
    const after = tokens(text.slice(end, end + reach));
    const rest = title.words.length - title.head.length;
    // The whole title, word for word, and no more of a name after it.
    const whole = isPrefix(title.words.slice(title.head.length), after) && nameGoesOn(after.slice(rest)).length === 0;
    // A shorter form: the text's name is the title's first words, up to where the title goes on with "of", "on"….
    const name = [...title.head, ...nameGoesOn(after)];
    const short = !whole && shortForms && title.capitalised && name.length < title.words.length && isPrefix(name, title.words) && connectives.has(title.words[name.length]) && determined(before);
    if ((whole || short) && !anotherInstrumentsBody(sentenceAround(text, found.index, end), text.slice(end, end + reach))) return true;
  }
  return false;
}

/**
 * Whether the name ends a longer one: a capitalised word just before it that is no determiner
 * ("NATO Cyber Defence Steering Committee"; "The Steering Committee" is the name itself).
 */
function longerNameBefore(before: string): boolean {
  const words = tokens(before);
  const last = words[words.length - 1];
  return capitalised(last) && !determiners.has(last.toLowerCase());
}

/** The sentence (or semicolon clause) the name stands in. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf(';', start - 1)) + 1;
  const stops = [text.indexOf('.', end), text.indexOf(';', end)].filter((i) => i >= 0);
  return text.slice(from, stops.length > 0 ? Math.min(...stops) : text.length);
}

/**
 * A body the sentence puts under another instrument or organisation, or winds up as another's: "the Joint
 * Committee established under the Agreement of 2010 … is dissolved", "the Committee established by
 * the Council of Europe" (lr18, D1). Such a sentence does not set the declared body to work. A body
 * established by this text ("established under this Agreement", "by Article 5", "by the Parties")
 * is the text's own.
 */
const establishedByAnother = /^\s*,?\s*(?:which\s+(?:was|is|has\s+been)\s+)?(?:established|set\s+up|created|constituted)\s+(?:by|under|pursuant\s+to|in\s+accordance\s+with)\s+(?!(?:this|these|the\s+present)\b|(?:Article|Art\.|Section|paragraph|Annex)\b|(?:the\s+)?(?:Contracting\s+)?(?:Parties|Participants|Sides)\b)/iu;
const woundUp = /\b(?:(?:is|are|shall\s+be|will\s+be|be|hereby)\s+(?:hereby\s+)?(?:dissolved|abolished|wound\s+up)|shall\s+cease\s+to\s+(?:exist|function)|ceases?\s+to\s+(?:exist|function)|shall\s+not\s+be\s+(?:established|set\s+up))\b/iu;

/**
 * A sentence that speaks of another instrument or an earlier body: "under the Agreement of 2010",
 * "the former Joint Committee", "established by the Council of Europe". Winding-up words count only
 * with it: "The Joint Committee shall cease to function on the termination of this Agreement" ends
 * the text's own body, and names it (treaty lawyer lr19, D7).
 */
const anotherInstrument =
  /\b(?:former|previous|earlier|existing)\b|\b(?:Agreement|Convention|Treaty|Protocol|Memorandum|Arrangement|Exchange\s+of\s+Notes)\s+(?:of|signed|dated|concluded)\b|\b(?:1[89]|20)\d\d\s+(?:Agreement|Convention|Treaty|Protocol|Memorandum|Arrangement)\b|\b(?:established|set\s+up|created|constituted)\s+(?:by|under|pursuant\s+to|in\s+accordance\s+with)\s+(?!(?:this|these|the\s+present)\b|(?:Article|Art\.|Section|paragraph|Annex)\b|(?:the\s+)?(?:Contracting\s+)?(?:Parties|Participants|Sides)\b)/iu;

function anotherInstrumentsBody(sentence: string, after: string): boolean {
  return establishedByAnother.test(afterName(after)) || (woundUp.test(sentence) && anotherInstrument.test(sentence));
}

/** The words after the name's own words: the part of `after` past the capitalised run and its connectives. */
function afterName(after: string): string {
  return after.replace(/^(?:\s*(?:[\p{Lu}][\p{L}\p{N}-]*|of|on|for|against|the)\b)*/u, '');
}

/**
 * The words that carry on a name after its leading words: capitalised words, and a connective
 * ("of", "on") followed by one (after "the": "of the Parties"). "and", commas and lower-case words
 * end it: "the Subcommittee on Prevention and the States Parties" is the Subcommittee on Prevention.
 */
function nameGoesOn(next: readonly string[]): string[] {
  const more: string[] = [];
  let i = 0;
  for (;;) {
    if (capitalised(next[i])) {
      more.push(next[i++]);
      continue;
    }
    if (next[i] !== undefined && connectives.has(next[i])) {
      const the = next[i + 1] === 'the' ? 1 : 0;
      if (capitalised(next[i + 1 + the])) {
        more.push(...next.slice(i, i + 2 + the));
        i += 2 + the;
        continue;
      }
    }
    return more;
  }
}

function isPrefix(name: readonly string[], words: readonly string[]): boolean {
  if (name.length > words.length) return false;
  for (let i = 0; i < name.length; i++) if (name[i] !== words[i]) return false;
  return true;
}

/** Whether the word before the name is a determiner ("the", "A"). */
function determined(before: string): boolean {
  const words = tokens(before);
  const last = words[words.length - 1];
  return last !== undefined && determiners.has(last.toLowerCase());
}

/**
 * Whether the instrument's text names `body` (see the file's comment). Only its title is looked
 * for; a body with none is named by nothing. Linear in the instrument's prose, read only for a body
 * nothing else puts to use; each declaration's answer is kept with its node (a node's text never
 * changes), so after a keystroke only the edited declaration is read again.
 */
export function bodyNamedInText(model: SemanticModel, body: GovernanceBody): boolean {
  const value = body.name?.value;
  const title = value === undefined ? undefined : bodyTitle(value);
  if (!title) return false;
  // "the Committee" is no name of one body where another declared body's title opens with the same
  // words ("Committee of Experts", "Committee of the Parties"): only the whole title counts then (lr18, D1).
  const shortForms = !sharesHead(model, body, title);
  const key = `${shortForms ? 's' : 'w'} ${title.words.join(' ')}`;
  for (const d of model.ast.declarations) {
    if (d === body) continue;
    if (d.type === 'Clause' && !d.body) {
      // A library clause: its text is the library's, read each time (few, and short).
      const text = model.clauseText(d);
      if (text !== undefined && namesBody(title, text, shortForms)) return true;
    } else if (keptAnswer(d, key, () => ownText(d), title, shortForms)) return true;
  }
  // The parent's clauses, which an annex shares.
  for (const clause of model.parentFile?.model?.clauses ?? []) {
    if (clause.body ? keptAnswer(clause, key, () => clause.body?.value, title, shortForms) : namesBody(title, model.clauseText(clause) ?? '', shortForms)) return true;
  }
  return false;
}

function sharesHead(model: SemanticModel, body: GovernanceBody, title: BodyTitle): boolean {
  const head = title.head.join(' ');
  return model.ast.bodies.some((other) => {
    if (other === body || other.name === undefined) return false;
    const read = bodyTitle(other.name.value);
    return read !== undefined && read.capitalised && read.head.join(' ') === head;
  });
}

/** Per node, whether its text names each title asked of it lately (a few: a title being typed asks one per keystroke). */
const answersByNode = new WeakMap<object, Map<string, boolean>>();
const titlesKept = 8;

function keptAnswer(node: object, key: string, text: () => string | undefined, title: BodyTitle, shortForms: boolean): boolean {
  let answers = answersByNode.get(node);
  if (!answers) answersByNode.set(node, (answers = new Map()));
  let answer = answers.get(key);
  if (answer === undefined) {
    const said = text();
    answer = said !== undefined && said.length > 0 && namesBody(title, said, shortForms);
    if (answers.size >= titlesKept) answers.clear();
    answers.set(key, answer);
  }
  return answer;
}

/** A declaration's prose: a clause's body, or the pieces of any other's, each apart (so no name runs from one into the next). */
function ownText(d: Declaration): string | undefined {
  if (d.type === 'Clause') return d.body?.value;
  const texts = rowOf(d).prose(d).flatMap((t) => (t && t.value.length > 0 ? [t.value] : []));
  return texts.length === 0 ? undefined : texts.join('\n.\n');
}

/**
 * What unused-declaration says of a body nothing uses: every way to put it to use — each of which
 * silences the finding — and deletion only where the instrument is not to set the body up, never
 * as the first remedy (seventy-eighth run: "give it `members`" is wrong for a body of independent
 * experts, and `mandate` went unsaid). On a concluded text the words are not changed: the
 * declaration is brought into line with them (`onConcludedText`, said after "The text is concluded").
 */
export function unusedBodyFinding(id: string, title: string | undefined, concluded: boolean): { message: string; onConcludedText?: string } {
  const read = title === undefined ? undefined : bodyTitle(title);
  const short = read && shortForm(read);
  const head = short ? ` or "the ${short}"` : '';
  const named = title === undefined ? 'and it has no title a clause could name it by' : `and no clause names it ("${quoteInput(title)}"${head})`;
  const found = `The body '${id}' has no members or mandate, nobody escalates to it, ${named}`;
  if (concluded) {
    return {
      message: `${found}.`,
      onConcludedText: `its words stay, the declaration changes: declare the body under the name the clauses give it, or with the text's words on it (its \`mandate "…"\`, its \`members\`, an escalation to it in a protocol); delete the declaration only if the text sets up no such body.`,
    };
  }
  return { message: `${found}: state what it does with \`mandate "…"\`, list its \`members\`, escalate to it from a protocol, or name it in a clause; delete it only if the instrument is not to set it up.` };
}
