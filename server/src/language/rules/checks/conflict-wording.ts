/**
 * CF01 and CF04: an instrument written in the other kind's words. Wording is the main evidence
 * of whether the signatories meant to be bound, so mixed wording makes the status ambiguous
 * (USDOS Guidance on Non-Binding Documents; DFAT; FCDO). The vocabulary is `model/wording.ts`.
 *
 * Only the instrument's own voice is judged (model/prose-voice.ts): what it cites, quotes or
 * reports of another instrument is not its wording. And only against the status it declares
 * (`declaredWording`): without one, the wording is evidence for the status question, not a defect.
 *
 * Two sorts of wording are checked: words in prose (clause bodies, purposes, headings, the title)
 * and the keywords that have a treaty and an MoU form (`party`/`participant`, `done`,
 * `authentic`/`equally-valid`). A finding offers the other vocabulary's word as a fix only where
 * the rewrite keeps the legal meaning ("shall" as the Participants' operative verb → "will");
 * where the rewrite depends on what the word means ("obligations" that may be real legal
 * obligations, "the agreement" that may name a binding instrument), it is reported without a fix
 * and the message says what to decide.
 */
import type { Range } from '../../ast/positions';
import type { Wording } from '../../library/library-types';
import type { SemanticModel } from '../../model/semantic-model';
import { findWording, type WordingMatch } from '../../model/wording';
import { removeStatementEdit } from '../support/conflict-edits';
import { removalFixes } from '../support/ordinary-helpers';
import { declarationParts, sameWords, sameWordsMoved } from '../../model/document-change';
import { keyOfParts } from '../../util/same-values';
import { combinedWhenChanged } from '../../util/declaration-memo';
import { declarationSpans, declaredWording, mayHoldWording, spanFacts, spanRange, titleSpans, type ProseSpan } from '../support/conflict-prose';
import type { Declaration } from '../../ast/nodes';
import { anotherAuthorsText, sentenceIndex, unilateralLetters } from '../support/wording-rewrites';
import { defineRule, type CodeFix, type Finding } from '../rule';
import { implementedTreaty } from '../support/implementing-arrangement';
import { escapeRegExp } from '../../util/escape-regexp';
import { concludedText } from '../../model/conclusion';
import { matchesOf } from '../../util/all-matches';
import { singleSpaced } from '../../util/single-spaced';

interface WordingFinding {
  readonly range: Range;
  /** The vocabulary row the words are (model/wording-table.ts); none for a keyword. */
  readonly entry?: string;
  readonly written: string;
  /** The other vocabulary's word; undefined when the rewrite depends on meaning (`unclear` says why). */
  readonly replacement: string | undefined;
  readonly unclear?: string;
  readonly binding: boolean;
  /** Why the words matter, where the row says it (wording.ts). */
  readonly why?: string;
  /**
   * What the fix rewrites: this word and the same word elsewhere in its sentence, so that a
   * sentence is never half converted; empty in another author's text, which is never rewritten
   * (support/wording-rewrites.ts), and where a rewrite would not fit the sentence.
   */
  readonly rewrite: readonly { readonly range: Range; readonly newText: string }[];
  /** The words the fix replaces and their replacement, where the words around the match change too ("is entered into force" → "has come into effect"; model/wording-grammar.ts). */
  readonly fitted?: { readonly written: string; readonly text: string };
  /** No word-for-word rewrite fits the sentence ("was entered into force"): the message says so and no fix is offered. */
  readonly unfit?: boolean;
}

/**
 * Every word of `belongsTo`'s vocabulary in the instrument's own voice in the prose of the
 * document: the title's, then each declaration's, kept per declaration (util/declaration-memo.ts)
 * while what a span depends on besides its text is the same (the reference context, the masked
 * names, and which texts are another author's).
 */
function proseWording(model: SemanticModel, belongsTo: Wording): readonly WordingFinding[] {
  // Only prose whose source holds a form of the vocabulary is masked and read (`mayHoldWording`,
  // a function of the declaration's words alone): in a treaty that is little of it for the MoU
  // words, and where none is, neither are the names to mask nor the reference context.
  const candidates = declarationParts(`wording-may:${belongsTo}`, model, '', (d) => mayHoldWording(model, d, belongsTo), sameWords);
  const titleMay = mayHoldWording(model, undefined, belongsTo);
  if (!titleMay && !candidates.includes(true)) return [];
  const title = titleMay ? spansWording(model, titleSpans(model), belongsTo) : [];
  const facts = keyOfParts(`wording:${belongsTo}`, [spanFacts(model), String(model.isExchange), unilateralLetters(model)]);
  const declarations = model.ast.declarations;
  const read = new Set<Declaration>();
  for (let i = 0; i < declarations.length; i++) if (candidates[i]) read.add(declarations[i]);
  const parts = declarationParts(`wording:${belongsTo}`, model, facts, (d) => (read.has(d) ? spansWording(model, declarationSpans(model, d), belongsTo) : []), sameWordsMoved);
  // The declarations' findings in one list, made again only when some declaration's changed (the
  // same list object after a keystroke that changed none: no pass over every declaration).
  const declared = combinedWhenChanged(`wording-all:${belongsTo}`, model, parts, allFindings);
  return title.length === 0 ? declared : [...title, ...declared];
}

function allFindings(parts: readonly (readonly WordingFinding[])[]): readonly WordingFinding[] {
  const result: WordingFinding[] = [];
  for (const found of parts) for (const f of found) result.push(f);
  return result;
}

function spansWording(model: SemanticModel, spans: readonly ProseSpan[], belongsTo: Wording): WordingFinding[] {
  const result: WordingFinding[] = [];
  for (const span of spans) {
    const matches = findWording(span.text, belongsTo, { title: span.title, context: span.context });
    if (matches.length === 0) continue;
    const withheld = anotherAuthorsText(model, span);
    const sentenceOf = sentenceIndex(span.text);
    const ranges = matches.map((m) => spanRange(model, span, m.start, m.end));
    matches.forEach((m, i) => {
      const written = writtenText(m);
      const together = (o: WordingMatch) => o.replacement === m.replacement && writtenText(o) === written && sentenceOf(o.start) === sentenceOf(m.start);
      const flagged = ranges.filter((_, j) => together(matches[j]));
      // The sentence uses the operative verb again where the check does not judge it ("… and will
      // encourage airlines"): rewriting only the judged ones would leave the parties with duties
      // of two kinds in one sentence. (A noun used again for another instrument, "commitments
      // under the Paris Call", is rightly left as it is.)
      const whole = m.entry.sense !== 'operative' || occurrences(span.text, written).filter((at) => sentenceOf(at) === sentenceOf(m.start)).length === flagged.length;
      const group = matches.filter((o) => together(o));
      // Each occurrence rewritten as its own sentence needs it (model/wording-grammar.ts); if one cannot be, none is.
      const edits = group.every((o) => o.rewrite) ? group.map((o) => ({ range: spanRange(model, span, o.rewrite!.from, o.end), newText: o.rewrite!.text })) : [];
      const rewrite = withheld || m.replacement === undefined || m.entry.noRewrite || !whole ? [] : edits;
      const fitted = m.rewrite && (m.rewrite.from !== m.start || m.rewrite.text !== m.replacement) ? { written: singleSpaced(span.text.slice(m.rewrite.from, m.end)), text: m.rewrite.text } : undefined;
      const unfit = m.replacement !== undefined && m.rewrite === undefined;
      result.push({ range: ranges[i], entry: m.entry.id, written, replacement: m.replacement, unclear: m.unclear, binding: m.entry.binding === true, why: m.entry.why, rewrite, fitted, unfit });
    });
  }
  return result;
}

/** Where a word (or phrase) occurs in a text as whole words, in any case. */
function occurrences(text: string, words: string): number[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(words).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
  return matchesOf(text, pattern).map((m) => m.index);
}

function writtenText(m: WordingMatch): string {
  return singleSpaced(m.written);
}

/** Keywords with a treaty form and an MoU form. */
function keywordWording(model: SemanticModel, belongsTo: Wording): WordingFinding[] {
  const result: WordingFinding[] = [];
  const add = (range: Range, written: string, replacement: string) => result.push({ range, written, replacement, binding: false, rewrite: [{ range, newText: replacement }] });
  const treatyForm = belongsTo === 'treaty';
  for (const party of model.ast.parties) {
    if (party.keyword.value === (treatyForm ? 'party' : 'participant')) add(party.keyword.range, party.keyword.text, treatyForm ? 'participant' : 'party');
  }
  const header = model.ast.instrument;
  const signature = header?.signature?.keyword;
  // "Done at" is treaty wording in an MoU; "signed" is not MoU wording in a treaty (exchanges of
  // notes and treaties opened for signature have no "Done at" formula).
  if (treatyForm && signature?.value === 'done') add(signature.range, signature.text, 'signed');
  const validity = header?.languages?.validity;
  if (validity?.value === (treatyForm ? 'authentic' : 'equally-valid')) add(validity.range, validity.text, treatyForm ? 'equally-valid' : 'authentic');
  return result;
}

function replaceFix(f: WordingFinding): CodeFix {
  // The words that show whether the text binds: changing them is a legal change, made one by one.
  const all = f.rewrite.length > 1 ? ` here and the other ${f.rewrite.length - 1} in the sentence` : '';
  return {
    title: `Replace '${f.fitted?.written ?? f.written}' with '${f.fitted?.text ?? f.replacement}'${all} (changes the wording that shows whether the text binds)`,
    edits: f.rewrite,
    effect: 'legal',
    preferred: true,
  };
}

function toFinding(f: WordingFinding, message: string): Finding {
  return { range: f.range, message, fixes: f.replacement === undefined || f.rewrite.length === 0 ? [] : [replaceFix(f)] };
}

/**
 * On a signed memorandum the treaty words are evidence about its status, not a draft to rewrite:
 * the finding asks the reviewer to confirm the status declared, never to write other words (the
 * treaty lawyers' review of `--profile strict`, December 2026, item 2; at most a warning there,
 * analysis/concluded-text-severity.ts). The legal fixes are withheld as on every concluded text.
 */
function onSignedText(model: SemanticModel, finding: Finding, what: string, where: 'text' | 'header' = 'text'): Finding {
  if (!concludedText(model.ast)) return finding;
  // A header keyword is the transcription's word for what the signed text says, not the text's own.
  const message =
    where === 'text'
      ? `The signed text uses treaty wording (${what}): confirm that the status declared (non-binding) is right.`
      : `The header of this signed text uses treaty wording (${what}): confirm that the signed text says so and that the status declared (non-binding) is right.`;
  return { ...finding, message };
}

/**
 * What a reviewer of a signed treaty does with its MoU words: "will" in a treaty is a drafting
 * convention, not a defect, so no amending instrument is called for (treaty lawyer lr30, D9).
 */
const treatyWordingOnConcludedText = 'no rewrite is offered, and none is called for: the point is for the next draft.';

/** What a reviewer of a signed memorandum does with its treaty words (rules/rule.ts, `onConcludedText`). */
const wordingOnConcludedText = 'its words stand as signed and are evidence about its status; no rewrite is offered.';

/** What to write instead, as the sentence needs it: "'has come into effect' for 'is entered into force'". */
function instead(f: WordingFinding): string {
  if (f.fitted) return f.fitted.written === f.written ? `'${f.fitted.text}'` : `'${f.fitted.text}' for '${f.fitted.written}'`;
  if (f.unfit) return `'${f.replacement}' in a form that fits the sentence (no rewrite is offered: the words around it must change too)`;
  return `'${f.replacement}'`;
}

/** A treaty word in an MoU whose meaning decides the rewrite: reported, with what to decide instead of a fix. */
function unclearMessage(f: WordingFinding): string {
  return `'${f.written}' reads as treaty wording in a non-binding MoU, but ${f.unclear}. No automatic rewrite is offered, because the right one depends on what is meant.`;
}

/** An MoU whose divisions are headed "Article 1" … "Article N", and its own references to them. */
interface ArticleDivisions {
  readonly headings: readonly WordingFinding[];
  readonly references: readonly WordingFinding[];
  readonly members: ReadonlySet<WordingFinding>;
}

const articleWord = /^articles?$/i;
const articleHeading = /^\s*articles?\s+[\p{L}\p{N}]/iu;
/** A heading that numbers a division with another word than "Article": "Section 3", "Paragraph 2", "Part I". */
const otherDivisionHeading = /^\s*(?:sections?|paragraphs?|parts?|clauses?|chapters?|§)\s*[\p{N}IVXLC]/iu;

/**
 * Whether a bare "Article N" in this MoU cites the treaty it is made under rather than naming its
 * own divisions: the MoU applies a treaty (it `implements` one, or says it is made "for the purpose
 * of applying the … in accordance with Article N of the …": support/implementing-arrangement.ts)
 * and heads its own divisions with another word, never "Article". "As regards Article 3 b" and
 * "For Articles 7 to 13" in the NL–UK administrative agreement of 2008 (Section 2), whose own
 * divisions are Sections, cite the Convention on Social Security it implements: rewritten
 * "Paragraph 3 b" they would cite a provision of neither text (twenty-ninth run, point 10a, probe
 * 4: the text read as non-binding). An MoU that calls its own divisions Articles is still asked to
 * call them paragraphs, and bare "Article N" there stays reported, as it does in an MoU made under
 * no treaty.
 */
function citesTreatyArticles(model: SemanticModel): boolean {
  if (implementedTreaty(model) === undefined) return false;
  const headings = model.ast.clauses.flatMap((c) => (c.heading ? [c.heading.value] : []));
  return headings.some((h) => otherDivisionHeading.test(h)) && !headings.some((h) => articleHeading.test(h));
}

/**
 * Where two or more clause headings read "Article N", the MoU numbers its divisions as a treaty
 * does: one drafting point, reported once for the instrument with every place as related
 * information, and one fix that renames the headings and the text's own references to them
 * together (twenty-third real-instrument run: the DE–NL tax-rulings MoU's eight headings gave
 * eight warnings, and each fix alone left "Paragraph 2" cited as "Article 2"). Only words the
 * check rewrites are gathered: a citation of another instrument's article is not reported at all,
 * and one whose "of" the checker cannot place keeps its own finding without a fix.
 */
function articleDivisions(model: SemanticModel, found: readonly WordingFinding[]): ArticleDivisions | undefined {
  const headingRanges = model.ast.clauses.flatMap((c) => (c.heading && articleHeading.test(c.heading.value) ? [c.heading.range] : []));
  const rewritten = found.filter((f) => articleWord.test(f.written) && f.replacement !== undefined && !f.binding && f.rewrite.length > 0);
  const headings = rewritten.filter((f) => headingRanges.some((h) => within(f.range, h)));
  if (headings.length < 2) return undefined;
  const references = rewritten.filter((f) => !headings.includes(f) && f.replacement === headings[0].replacement);
  return { headings, references, members: new Set([...headings, ...references]) };
}

function within(inner: Range, outer: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

function divisionsFinding(model: SemanticModel, { headings, references }: ArticleDivisions): Finding {
  const [first] = headings;
  const replacement = first.replacement!;
  const places = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const cited = references.length > 0 ? ` and stands in ${places(references.length, 'reference')} to them` : '';
  const andReferences = references.length > 0 ? ` and the ${places(references.length, 'reference')} to them` : '';
  const related = [...headings.slice(1), ...references].map((f) => ({
    uri: model.uri,
    range: f.range,
    message: headings.includes(f) ? `'${f.written}' heads this division too.` : `'${f.written}' refers to a division here.`,
  }));
  const seen = new Set<string>();
  // Each word keeps its own case ("article 2" in a sentence becomes "paragraph 2") and its fitted
  // form ("an Article" → "a Paragraph": wording-grammar.ts).
  const edits = [...headings, ...references]
    .flatMap((f) => f.rewrite)
    .filter(({ range: r }) => !seen.has(`${r.start.line}:${r.start.character}`) && seen.add(`${r.start.line}:${r.start.character}`));
  return {
    range: first.range,
    message: `'${first.written}' heads ${places(headings.length, 'division')} of this MoU${cited}: treaty wording. A non-binding MoU numbers its divisions as paragraphs: write '${replacement}' in the headings${references.length > 0 ? ' and the references' : ''} together.`,
    related,
    fixes: [
      {
        title: `Replace '${first.written}' with '${replacement}' in the ${places(headings.length, 'heading')}${andReferences} (changes the wording that shows whether the text binds)`,
        edits,
        effect: 'legal',
        preferred: true,
      },
    ],
  };
}

export const mouBindingWording = defineRule({
  code: 'mou-binding-wording',
  catalogueId: 'CF01',
  family: 'conflict',
  defaultSeverity: 'error',
  onConcludedText: wordingOnConcludedText,
  message: "Write 'will' / 'come into effect': 'shall' and 'enter into force' make a non-binding MoU read as a treaty.",
  rationale:
    "'Shall' as the instrument's operative verb and 'enter into force' said of the instrument itself are the clearest signs of an intention to create legal obligations; the other mandatory verbs — 'must', 'is/are obliged to', 'is/are obligated to', 'is/are required to' — are as strong (\"the competent authorities are obliged to contact each other\", Germany–Netherlands tax-rulings memorandum 2015, Art. 2(4); twenty-third real-instrument run), and DFAT's verified rule is about mandatory language, not one word; a denial (\"Neither Participant is obliged to …\") is left alone. In an MoU that declares `status non-binding` they contradict the status clause and invite the argument that the instrument is a treaty after all; the title does not decide. Only the MoU's own voice is judged: citations and reported speech of other instruments (\"under Article 23 of Directive (EU) 2022/2555, essential and important entities shall submit …\", \"pending the entry into force of the Agreement on …\") are left alone, and the fix would misstate the law there. A use whose sense cannot be told (\"Under Article 35 of the Convention, the Participants shall …\"; \"the entry into force of the agreement\") is reported as a warning under mou-treaty-wording, without a rewrite. The rewrite keeps the sentence English (model/wording-grammar.ts): after \"has\" or \"have\" it writes the participle (\"has come into effect\"), the non-native passive \"This Arrangement is entered into force for an indefinite period\" (Czech Republic–Netherlands tax information arrangement 2015, Art. 8(2); twenty-sixth real-instrument run) becomes \"has come into effect\", with its auxiliary, and \"an Article\" becomes \"a Paragraph\"; where no word-for-word rewrite fits (\"was entered into force\", which may mean the event or the state after it; \"once entered into force\") the finding stays and no fix is offered. Sources: USDOS and DFAT were read in part (verified: USDOS, 'certain formal, stylistic, and linguistic features tend to be associated with agreements binding under international law'; DFAT, 'Australia's practice is to use non-mandatory language in less-than-treaty status instruments'); the FCDO terminology table that lists shall/will and enter into force/come into effect was not read, so the rows themselves could not be confirmed.",
  source: 'USDOS Guidance on Non-Binding Documents (archived state.gov page, 2008, opening paragraphs); DFAT Guidance Note on less-than-treaty status instruments (opening sections); FCDO Treaties and MoUs Guidance (2021), Terminology (not read)',
  sourceStatus: 'unconfirmed',
  example: {
    trigger: 'memorandum "MoU" { status non-binding }\nclause Sharing """The Participants shall share indicators."""\n',
    fix: 'memorandum "MoU" { status non-binding }\nclause Sharing """The Participants will share indicators."""\n',
  },
  check({ model, report }) {
    if (declaredWording(model) !== 'mou') return;
    for (const f of proseWording(model, 'treaty')) {
      // Only the instrument's own binding wording is an error; an undetermined use is a warning (mou-treaty-wording).
      if (f.binding && f.replacement !== undefined) report(onSignedText(model, toFinding(f, `'${f.written}' is treaty wording that signals binding intent: in a non-binding MoU write ${instead(f)}.`), `'${f.written}'`));
    }
  },
});

export const mouTreatyWording = defineRule({
  code: 'mou-treaty-wording',
  catalogueId: 'CF01',
  family: 'conflict',
  defaultSeverity: 'warning',
  onConcludedText: wordingOnConcludedText,
  message: 'Use MoU wording (Participants, paragraph, decide, arrangement, signed at, equally valid) in a non-binding instrument.',
  rationale:
    'Treaty words (Parties, Article, agree, agreement, obligations, undertake, done at, authentic, depositary, reservations) in an MoU that declares `status non-binding` mix the vocabularies and make its status ambiguous. A word counts only in the sense that makes it treaty wording: "Parties" for the signatories of this MoU (not "States Parties to the Convention"), "agreement" as the name of this MoU (not "by mutual agreement", not "the agreement on the protection of classified information"), "obligations" as duties this MoU creates (not "international obligations", not "obligations as States Parties to the Convention"), "authentic" as the status of a text (not "authentic wishes"), "clause" as a division of this MoU (not a contract\'s "security requirements clause"). Citations, quotations, titles, defined terms and denials ("does not create obligations") are left alone; a provision cited "of" another instrument is a citation whatever words stand between "of the" and the instrument\'s name ("Article 9 of the Council Directive number 2011/16/EU", Germany–Netherlands tax-rulings memorandum 2015, preamble), and an "Article N of …" whose "of" is not recognised as this MoU is reported without a rewrite, since "Paragraph 9 of the Council Directive" would cite a provision that does not exist; in an MoU made under a treaty whose own divisions are headed otherwise ("Section 2"), a bare "Article 3 b" cites that treaty and is left alone (NL–UK social security administrative agreement 2008, read as non-binding; twenty-ninth real-instrument run). "Preamble" is not on the list: MoUs have preambles as treaties do, and the row, taken from the FCDO table that was never read, had no verified source. Where the sense cannot be told, the word is reported without a rewrite and the message says what to decide. Sources: DFAT (verified: "terms such as \'agreement\', \'agree\' and \'agreed\' denote a treaty", "arrangement" for the non-binding form) and USDOS (verified: avoid "treaty" or "agreement" in the title); the other rows come from the FCDO terminology table, which was not read, so they could not be confirmed.',
  source: 'DFAT Guidance Note on less-than-treaty status instruments (agree/agreed/agreement rows); USDOS Guidance on Non-Binding Documents (title); FCDO Treaties and MoUs Guidance (2021), Terminology (not read)',
  sourceStatus: 'unconfirmed',
  example: {
    trigger: 'memorandum "MoU" { status non-binding }\nparty EE "Estonia"\nclause Costs """Each Party will bear its own costs."""\n',
    fix: 'memorandum "MoU" { status non-binding }\nparticipant EE "Estonia"\nclause Costs """Each Participant will bear its own costs."""\n',
  },
  check({ model, report }) {
    if (declaredWording(model) !== 'mou') return;
    const found = proseWording(model, 'treaty');
    const divisions = articleDivisions(model, found);
    if (divisions) report(onSignedText(model, divisionsFinding(model, divisions), `'${divisions.headings[0].written}' heading ${divisions.headings.length} divisions`));
    const treatyArticles = citesTreatyArticles(model);
    for (const f of found) {
      if (divisions?.members.has(f)) continue;
      if (treatyArticles && articleWord.test(f.written)) continue;
      if (f.replacement === undefined) report(onSignedText(model, toFinding(f, unclearMessage(f)), `'${f.written}'`));
      else if (!f.binding) report(onSignedText(model, toFinding(f, `'${f.written}' is treaty wording: in a non-binding MoU write ${instead(f)}.`), `'${f.written}'`));
    }
    for (const f of keywordWording(model, 'treaty')) report(onSignedText(model, toFinding(f, `'${f.written}' is treaty wording: in a non-binding MoU write '${f.replacement}'.`), `'${f.written}'`, 'header'));
    const header = model.ast.instrument;
    for (const item of [header?.depositary, header?.reservations]) {
      if (!item) continue;
      const what = item.type === 'Depositary' ? 'A depositary' : 'A reservations clause';
      const finding = {
        range: item.keyword,
        message: `${what} belongs to a treaty; a non-binding MoU has none. Remove it.`,
        fixes: removalFixes(removeStatementEdit(model, item), `Remove the ${item.type.toLowerCase()} statement`, { preferred: true }),
      };
      report(onSignedText(model, finding, what.toLowerCase(), 'header'));
    }
  },
});

export const treatyMouWording = defineRule({
  code: 'treaty-mou-wording',
  catalogueId: 'CF04',
  family: 'conflict',
  defaultSeverity: 'info',
  // Said on every finding on a signed treaty, not only where a rewrite was withheld: a "will" the
  // check offers no rewrite for (its sentence does not take "shall" word for word) otherwise read
  // as a drafting request on a signed text (hundred-and-thirteenth run, defect 2: NL–Bhutan 1994,
  // Art. VI, beside Art. V(1) that carried it).
  onConcludedText: treatyWordingOnConcludedText,
  message: "Use treaty wording (shall, Parties, enter into force, authentic) in a binding instrument.",
  rationale:
    "MoU words ('will' as the Parties' operative verb, 'Participants' for the signatories, 'come into effect' said of the instrument itself, 'commitments' under this instrument, 'equally valid', 'constitute an understanding') in a treaty that declares `status binding` mix the vocabularies. It is a drafting note, not a defect: no source read states the reverse rule (it could not be confirmed), and binding treaties in the Dutch treaty series use operative 'will' (NL–Sweden classified information 1984, Arts. 4, 6, 7, 10) and 'remain in force' (NL–US 2012, Art. 20(4)), their status resting on their final clauses. 'Will' is reported only as the verb by which the signatories commit themselves ('Each Party will share …'): futurity and descriptions ('the information that will be needed', 'the date on which this Convention will come into force'), preambles, statements of legal effect ('This interpretation will apply') among them deeming rules ('the requested Party will be deemed to have consented to the use of a travel document provided by the requesting Party', Benelux–Kazakhstan readmission agreement 2015, Art. 7(5); so 'will be presumed', and 'will be considered', 'regarded', 'treated' or 'taken' to have, to be or as), commitments under other instruments ('commitments under the Paris Call'), and on a concluded treaty 'commitments' under the treaty itself (the word binding multilateral treaties use of their own duties: UNFCCC Art. 4 is headed 'Commitments'; 'will effectively implement their commitments under this Convention', CBD Art. 20(4), copied in ITPGRFA 2001 Art. 18.4 b); 'its commitments under this Protocol', Kyoto Protocol Art. 3(2); the signed words stand, and the note told the reviewer nothing: fifty-eighth run, item 5; a draft is still told), 'remain in effect', 'continue to have effect' and 'signed at' are ordinary treaty English and are left alone, and so are 'shall come into effect' ('This Agreement shall come into effect …', ACS Agreement on natural disasters 1999, Art. 18) and 'come into effect' said of anything but the instrument (this Agreement, Memorandum, Exchange of Notes…, or 'it' standing for it): 'before the extension has to come into effect' (Netherlands–Norway prison agreement 2015, Art. 31(2)) is about an extension, and 'enter into force' would be wrong there. 'Constitute an understanding' is reported wherever it stands: it is how a memorandum of understanding describes itself, and in an instrument declared binding it is the first word a reader weighs on its status (\"this note and the Embassy's note in reply shall constitute an understanding between the two Governments\", Netherlands–United States exchange of notes on sentenced persons 1991, a binding exchange; for an instrument whose status is not declared it is one of the MoU signals undeclared-status and status-undetermined list). So is the instrument called an understanding where its life or what is done under it is spoken of (\"This understanding will remain in operation from 1 January 1986\", Netherlands–United Kingdom letters under Art. 36(3) of Regulation 1408/71, 1986; \"This understanding shall apply as regards the Kingdom of the Netherlands\", Netherlands–Tanzania notes), and the formula by which, in United Kingdom practice, an exchange not meant to bind records itself where a binding one \"constitutes an agreement\" (\"this letter together with your reply to that effect will place on record the understanding of the competent authorities in this matter\", the 1986 letters; A. Aust, Modern Treaty Law and Practice, from memory, not re-read): older binding exchanges use it too, which is why the note is information. That formula is named, not rewritten, since \"constitute an agreement\" does not replace it word for word. Other uses of the word are ordinary treaty English and left alone: \"It is my understanding that …\" is \"I understand that\" (the same 1986 letters, a binding exchange); \"confirm that this understanding is correct\" is what a writer understands (Netherlands–Egypt notes on the Cairo institute); \"this Understanding\" with a capital is a title (the WTO's Dispute Settlement Understanding, a treaty); and \"record their understanding that …\" or \"place on record the understanding that …\" records an interpretation (\"The Contracting Parties record their understanding that …\", Netherlands–Namibia investment agreement), as does \"This understanding …\" right after \"It is understood that …\". \"Will\" after \"it is understood that\" (or \"it being understood that\") is that understanding's future, not the verb by which a Party commits itself, and \"shall\" would not fit there: \"If so, it is understood that the other Contracting Party will agree to hold timely discussions\" (Netherlands–British Virgin Islands tax information exchange agreement 2009, Protocol Art. 5; eighty-first run, item 3), also with an adverb set off by commas (\"It is understood, however, that ISNAR will not claim exemption from taxes which are, in fact, no more than charges for public utility services\", Netherlands–ISNAR headquarters Agreement 1980, Art. 6(1); hundred-and-eighteenth run, defect 2). So is \"will\" after \"it is the understanding of\" a signatory \"that\" (\"it is the understanding of the Government of the Kingdom of the Netherlands, that the Government of the Arab Republic of Egypt will not levy any taxes\", Netherlands–Egypt notes on the Cairo institute 1983), and \"will not have to bear any taxes\", which relieves a Government of a charge (Netherlands–India technical cooperation Agreement 1983, Art. 6). The signatories commit themselves under their names as well as \"Party\": a declared Government and the text's short forms of it are the subject of the operative \"will\" (\"the Netherlands Government will make every effort to obtain an adequate replacement\", \"the Mozambican Government will take over all the allowances\", Netherlands–Mozambique technical cooperation Agreement 1984, Arts. 4(1), 2(l)), and so are the Parties as the agent of a passive (\"All expenditure will be agreed upon by the Contracting Parties\", Netherlands–Guyana Tropenbos Agreement 1989, Art. V), though not after \"as\" (\"as will be agreed by the Parties\"). Those are the only subjects covered: the signatories, by name or as \"Party\", and the Parties as agent. Not the instrument or its provisions (\"This Agreement will be applied provisionally from the date of its signature\", \"the provisions of this Agreement will continue to be effective\", Netherlands–Ethiopia technical cooperation Agreement 1993, Art. VI(1), (3)): final clauses whose \"will\" a reviewer may weigh as the Parties' own, but which have the shape of the statements of legal effect the rule leaves alone (\"This interpretation will apply\"), so they are not reported and are for the reviewer to read; nor personnel or other persons (\"All Netherlands personnel will carry out their assignment according to the job description given to them\", Art. IV(2)), whose conduct the sending Government answers for but who are not the signatories committing themselves (hundred-and-fourteenth run, defect 2); a clause standing without \"that\" after its sentence's own verb describes, and its \"will\" is left alone (\"The ensuing arrangements will stipulate the specific contributions financial and kind - each Contracting Party will make to agreed activities\", Art. IV(4)(a); hundred-and-tenth run, defect 1). A term the text defines is its own vocabulary in the singular as in the plural: a text that defines its signatories as \"the Participants\" writes \"each Participant\" of the same signatories (ESRO Ariane Arrangement 1973, a ratified treaty: preamble, \"hereinafter referred to as „the Participants”\", and Art. III(2), \"the financial contribution of each Participant\"; eighty-third run, defect 1), and neither form is reported.",
  source: 'drafting-rules.md §A, mirroring the FCDO terminology table (not read); A. Aust, Modern Treaty Law and Practice, on MOUs (from memory, not re-read); practice read: NL–Sweden 1984, NL–US 2012, NL–UK letters 1986 (BWBV0002523), NL–UK notes on customs facilities (BWBV0004853), NL–Tanzania notes (BWBV0004503), NL–Egypt notes (BWBV0005151), NL–Namibia investment agreement (BWBV0001679), Benelux–Kazakhstan readmission agreement (BWBV0006473), UNFCCC Art. 4 (BWBV0001115), CBD Art. 20(4) (BWBV0001136), Kyoto Protocol Art. 3(2) (BWBV0001538), ITPGRFA Art. 18.4 b) (BWBV0001763), ESRO Ariane Arrangement 1973 (BWBV0003413), NL–British Virgin Islands TIEA 2009 (BWBV0003536), NL–Mozambique technical cooperation Agreement 1984 (BWBV0002615), NL–Guyana Tropenbos Agreement 1989 (BWBV0002769), NL–India technical cooperation Agreement 1983 (BWBV0002676), NL–Egypt notes on the Cairo institute 1983 (BWBV0002939), NL–Ethiopia technical cooperation Agreement 1993 (BWBV0001078), NL–ISNAR headquarters Agreement 1980 (BWBV0003745) (statengeneraal/laws-markdown @91556a8)',
  sourceStatus: 'unconfirmed',
  example: {
    trigger: 'treaty "Treaty" { status binding }\nparticipant EE "Estonia"\nclause Sharing """Each Party will share indicators."""\n',
    fix: 'treaty "Treaty" { status binding }\nparty EE "Estonia"\nclause Sharing """Each Party shall share indicators."""\n',
  },
  check({ model, report }) {
    if (declaredWording(model) !== 'treaty') return;
    // "Commitments" under a concluded treaty is the word binding multilateral treaties use of their
    // own duties — UNFCCC Art. 4 is headed "Commitments" (BWBV0001115), "will effectively implement
    // their commitments under this Convention" (CBD Art. 20(4), BWBV0001136; ITPGRFA 2001 Art. 18.4 b),
    // BWBV0001763), "its commitments under this Protocol" (Kyoto Protocol Art. 3(2), BWBV0001538) —
    // and the signed words stand: a note on them tells the reviewer nothing (fifty-eighth run, item 5).
    // A draft is still told, where the word can still be chosen.
    const signed = concludedText(model.ast) !== undefined;
    for (const f of [...proseWording(model, 'mou'), ...keywordWording(model, 'mou')]) {
      if (f.replacement === undefined) continue;
      if (signed && f.entry === 'commitments') continue;
      if (f.why !== undefined) report(toFinding(f, `'${f.written}' ${f.why}: a treaty writes ${instead(f)}.`));
      else report(toFinding(f, `'${f.written}' is MoU wording by drafting convention (binding treaties use it too): a treaty usually writes ${instead(f)}.`));
    }
  },
});

export const wordingRules = [mouBindingWording, mouTreatyWording, treatyMouWording];
