/**
 * Whether an instrument binds is a question of its signatories' intent, read from the text as a
 * whole; its title does not decide it (VCLT Art. 2(1)(a): "whatever its particular designation").
 * This file collects the evidence both ways, in one place, for every check that has to say
 * something about an instrument whose status is undetermined, undeclared or in doubt:
 *
 * - treaty signals: consent to be bound by ratification, acceptance, approval or accession;
 *   entry into force on notification of completed internal or constitutional procedures; a
 *   depositary; registration under Art. 102 of the UN Charter; reservations; "governed by
 *   international law"; third-party dispute settlement; and in the prose "shall", "Parties",
 *   "enter into force", instruments of ratification, constitutional procedures, publication in a
 *   treaty series, the formula of assent "have agreed as follows", "obligations" under the
 *   instrument itself and "obliged to" (each unless its clause denies it: "Neither Participant is
 *   obliged to …"; twenty-third real-instrument run, probe 5);
 * - MoU signals: "will", "Participants", "come into effect", "equally valid", "constitute an
 *   understanding" (what an MoU calls itself), discontinuation, an
 *   express statement of non-binding status, and the absence of treaty final clauses. ("will" is a
 *   weak signal: treaties use it too, e.g. Netherlands–Sweden 1984 Arts. 6–7; consultation-only
 *   dispute settlement is no signal at all, treaties use it, e.g. Netherlands–US 2012 Art. 17(1).)
 *
 * The test is the signatories' intention to be legally bound and governed by international law
 * (22 CFR 181.2(a)(1)); the title does not decide (VCLT Art. 2(1)(a)). The vocabulary of each form
 * is drafting-rules.md §A: of its rows only DFAT's "agreement"/"arrangement" has been read in the
 * guidance itself, so the words are listed as evidence, never as a rule. No single signal decides;
 * the list is for the drafter and the legal adviser to weigh, and never steers only one way.
 */
import type { Instrument } from '../ast/header-nodes';
import type { Clause, EntenteDocument } from '../ast/nodes';
import { rowOf } from '../constructs/table';
import { matchesOf } from '../util/all-matches';

export type StatusDirection = 'treaty' | 'mou';

export interface StatusSignal {
  readonly points: StatusDirection;
  /** What was found, as the drafter would say it: `consent by ratification`, `'shall' (3 times)`. */
  readonly label: string;
}

export interface StatusSignals {
  readonly treaty: readonly StatusSignal[];
  readonly mou: readonly StatusSignal[];
}

/** What an instrument may call itself, for "obligations under this …". */
const selfName = String.raw`(?:this|the\s+present)\s+(?:Memorandum(?:\s+of\s+Understanding)?|Arrangement|Agreement|Convention|Protocol|Treaty|Framework|Declaration|Understanding|Exchange\s+of\s+(?:Notes|Letters)|instrument)`;

/**
 * Prose patterns, tested on the instrument's own prose with quoted passages blanked out. A row
 * marked `unlessDenied` does not count where its clause denies it ("Neither Participant is
 * obliged to …", "no obligations under this Memorandum").
 */
const proseSignals: readonly { points: StatusDirection; label: string; pattern: RegExp; unlessDenied?: true; asWritten?: true }[] = [
  { points: 'treaty', label: "'shall'", pattern: /\bshall\b/gi },
  // The text calling itself an agreement ("both parties to this agreement", "the functions conferred
  // on him in this agreement": the Indonesia–Netherlands cease-fire memorandum of 1962, paras. 1, 9).
  { points: 'treaty', label: "'this agreement'", pattern: /\b(?:this|the\s+present)\s+agreement\b/gi, asWritten: true },
  { points: 'treaty', label: "'Parties'", pattern: /\b(?:Contracting\s+)?Part(?:y|ies)\b(?<!\b(?:[Tt]hird|[Ww]orking)\s+Part(?:y|ies))/g },
  { points: 'treaty', label: "'enter into force'", pattern: /\b(?:enter(?:s|ed|ing)?|entry)\s+into\s+force\b/gi, asWritten: true },
  { points: 'treaty', label: 'ratification, acceptance, approval or accession', pattern: /\b(?:ratif(?:y|ies|ied|ication)|accession|accede[sd]?|instruments?\s+of\s+(?:acceptance|approval))\b/gi },
  { points: 'treaty', label: 'completion of constitutional or internal procedures', pattern: /\b(?:constitutional|internal(?:\s+legal)?)\s+(?:procedures?|requirements?|formalities)\b|\bprocedures\s+constitutionally\s+required\b/gi },
  { points: 'treaty', label: 'consent to be bound', pattern: /\bconsent\s+to\s+be\s+bound\b/gi },
  { points: 'treaty', label: 'publication in a treaty series', pattern: /\b(?:treaty\s+series|Tractatenblad|Treaty\s+Collection)\b/gi },
  { points: 'treaty', label: 'a depositary', pattern: /\bdeposit(?:ary|ory)\b/gi },
  { points: 'treaty', label: 'registration under Art. 102 of the UN Charter', pattern: /\bregist(?:er|ered|ration)\s+with\s+the\s+Secretariat\b|\bArticle\s+102\s+of\s+the\s+Charter\b/gi },
  // The formula of assent before the operative text ("Have agreed the following:", DE–NL MoU 2015;
  // "Have agreed as follows:", the GWP memorandum 2002, a treaty). "have agreed to introduce …"
  // (Guernsey–NL MoU 2008) reports what was decided, not the formula, and is not read.
  { points: 'treaty', label: "'have agreed as follows'", pattern: /\b(?:have|has)\s+agreed\s+(?:as\s+follows|(?:up)?on\s+the\s+following|the\s+following)\b|\b(?:zijn|is)\s+(?:het\s+)?(?:volgende|als\s+volgt)\s+overeengekomen\b/gi, asWritten: true },
  // Duties the instrument itself creates ("the obligations resulting from this Memorandum", DE–NL
  // Art. 5(1)); obligations under other law ("their obligations under international law") are not.
  { points: 'treaty', label: "'obligations' under the instrument itself", pattern: new RegExp(String.raw`\bobligations?\s+(?:of\s+(?:the|each|either|both)\s+\w+\s+)?(?:(?:resulting|arising|deriving|flowing)\s+(?:from|under)|under)\s+${selfName}\b`, 'giu'), unlessDenied: true },
  // "the competent authorities are obliged to contact each other" (DE–NL Art. 2(4)).
  { points: 'treaty', label: "'obliged to'", pattern: /\bobli(?:ged|gated)\s+to\b/gi, unlessDenied: true },
  { points: 'mou', label: "'will'", pattern: /\bwill\b(?<!\b(?:the|its|their|good|free|political|whose|of)\s+will)/gi },
  { points: 'mou', label: "'Participants'", pattern: /\bParticipants?\b/g },
  { points: 'mou', label: "'come into effect'", pattern: /\b(?:come|comes|came|coming)\s+into\s+(?:effect|operation)\b/gi, asWritten: true },
  { points: 'mou', label: "'equally valid'", pattern: /\bequally\s+valid\b/gi },
  // What an MoU calls itself ("shall constitute an understanding between the two Governments", NL–US notes 1991).
  { points: 'mou', label: "'constitute an understanding'", pattern: /\bconstitut(?:e|es|ed|ing)\s+an\s+understanding\b/gi, asWritten: true },
  { points: 'mou', label: 'a statement that it is not legally binding', pattern: /\bnot\s+(?:intended\s+to\s+be\s+|be\s+)?legally\s+binding\b|\bnon-binding\b/gi },
];

const laterConsent = /^(?:ratif|accept|approv|accession)/i;

/** What the signals are read from: a parsed document and the text of its clauses (library text included). */
export interface SignalSource {
  readonly ast: EntenteDocument;
  clauseText(clause: Clause): string | undefined;
}

/**
 * The evidence both ways, header first, then the prose. Takes the document rather than its linked
 * model so that the model can weigh an annex's parent (of which it holds only the parsed document).
 */
export function statusSignals(source: SignalSource): StatusSignals {
  const found: StatusSignal[] = [];
  const instrument = source.ast.instrument;
  if (instrument) found.push(...headerSignals(instrument));
  // The title's own description: "Memorandum of Understanding … constituting an Agreement between the
  // Republic of Indonesia and the Kingdom of the Netherlands" (1962; twenty-ninth run, probe 1).
  const constituting = /\bconstitut(?:ing|es?)\s+an?\s+(?:agreement|treaty)\b/iu.exec(instrument?.title?.value ?? '');
  if (constituting) found.push({ points: 'treaty', label: `the title's '${constituting[0]}'` });
  const declared = new Set(source.ast.parties.map((p) => p.keyword.text));
  if (declared.has('party') && !declared.has('participant')) found.push({ points: 'treaty', label: 'signatories declared as `party`' });
  if (declared.has('participant') && !declared.has('party')) found.push({ points: 'mou', label: 'signatories declared as `participant`' });
  found.push(...proseSignalsIn(ownProse(source)));
  return { treaty: found.filter((s) => s.points === 'treaty'), mou: found.filter((s) => s.points === 'mou') };
}

function headerSignals(h: Instrument): StatusSignal[] {
  const signals: StatusSignal[] = [];
  const treaty = (label: string) => signals.push({ points: 'treaty', label });
  const mou = (label: string) => signals.push({ points: 'mou', label });
  for (const means of h.consent?.means ?? []) treaty(`consent by ${means.text}`);
  const event = h.effect?.event?.value;
  if (event && laterConsent.test(event)) treaty(`takes effect after ${event}`);
  if (event && /^notif/i.test(event)) treaty('takes effect on notification (the treaty form for completed internal procedures)');
  // The header as written: `done on …` without a place is not `done at` (twenty-ninth run, item 9).
  if (h.signature?.keyword.text === 'done') treaty(`\`${signatureWords(h.signature)}\``);
  if (h.signature?.keyword.text === 'signed') mou(`\`${signatureWords(h.signature)}\``);
  if (h.languages?.validity?.text === 'authentic') treaty('authentic texts');
  if (h.languages?.validity?.text === 'equally-valid') mou('equally valid texts');
  const exit = h.termination?.keyword.text;
  if (exit === 'denunciation' || exit === 'withdrawal') treaty(exit);
  if (exit === 'discontinue') mou('discontinuation');
  if (h.depositary) treaty('a depositary');
  const registration = valueText(h.registration?.value);
  if (registration && !/^none$/i.test(registration)) treaty('registration under Art. 102 of the UN Charter');
  if (/^none$/i.test(registration)) mou('`registration none`');
  if (h.reservations) treaty('a reservations clause');
  if (h.provisionalApplication) treaty('provisional application pending entry into force');
  if (h.subsequentEffect) treaty('entry into force for States that consent later');
  if (event && /^consent/i.test(event)) treaty('takes effect after the expression of consent to be bound');
  if (/^international/i.test(valueText(h.governingLaw?.law))) treaty('governed by international law');
  // Consultation alone is no MoU signal: treaties use it too (NL–US 2012 Art. 17(1); NL–CH 2007 Art. XVII).
  const means = h.disputes?.means.map((m) => m.text) ?? [];
  if (means.some((m) => /arbitra|court|icj|tribunal|judicial/i.test(m))) treaty('disputes referred to a tribunal or court');
  const finalClauses = h.consent || h.depositary || (registration && !/^none$/i.test(registration)) || h.reservations || (event && laterConsent.test(event)) || h.provisionalApplication || h.subsequentEffect;
  if (!finalClauses) mou('no treaty final clauses (consent to be bound, ratification, depositary, registration, reservations)');
  return signals;
}

/** `done at`, `signed by … on`, `done on`: the words the header uses, without the values. */
function signatureWords(signature: NonNullable<Instrument['signature']>): string {
  const keyword = signature.keyword.text;
  if (signature.place !== undefined) return `${keyword} at`;
  if (signature.signer !== undefined) return `${keyword} by … on`;
  return `${keyword} on`;
}

function valueText(value: { text: string } | { value: string } | undefined): string {
  if (!value) return '';
  return 'value' in value ? value.value.trim() : value.text;
}

/** The instrument's own prose, with passages in quotation marks blanked (they cite or define). */
function ownProse(source: SignalSource): string {
  const texts: string[] = [];
  for (const owner of source.ast.declarations) for (const text of rowOf(owner).prose(owner)) if (text) texts.push(text.value);
  // Library clauses taken without a body are part of the text too: their approved wording.
  for (const clause of source.ast.clauses) if (!clause.body) texts.push(source.clauseText(clause) ?? '');
  return texts.map((t) => t.replace(/[“"][^”"]*[”"]/g, (q) => ' '.repeat(q.length))).join('\n');
}

/** A negation between the start of the clause and the words: the clause denies them. */
const denial = /\b(?:no|not|nor|neither|never|none|without)\b|n['’]t\b/iu;

function deniedAt(text: string, index: number): boolean {
  const clauseStart = Math.max(...['.', ';', ':', '!', '?'].map((mark) => text.lastIndexOf(mark, index - 1))) + 1;
  return denial.test(text.slice(clauseStart, index));
}

function proseSignalsIn(text: string): StatusSignal[] {
  const signals: StatusSignal[] = [];
  for (const { points, label, pattern, unlessDenied, asWritten } of proseSignals) {
    const matches = matchesOf(text, pattern).filter((m) => !unlessDenied || !deniedAt(text, m.index));
    const count = matches.length;
    if (count === 0) continue;
    // A phrase with several forms is quoted as the text writes it ("have agreed the following",
    // "come into operation"), never as the pattern's name: a reader looks for the quoted words
    // (twenty-ninth run, item 9).
    const said = asWritten ? [...new Set(matches.map((m) => `'${m[0].replace(/\s+/gu, ' ')}'`))].join(', ') : label;
    signals.push({ points, label: count > 1 ? `${said} (${count} times)` : said });
  }
  return signals;
}

/** "treaty signals: …; MoU signals: …", for a message. */
export function describeStatusSignals(signals: StatusSignals): string {
  const list = (s: readonly StatusSignal[]) => (s.length > 0 ? s.map((x) => x.label).join(', ') : 'none');
  return `signals of a treaty: ${list(signals.treaty)}; signals of an MoU: ${list(signals.mou)}`;
}
