/**
 * The tracks of an `amendment by` procedure, each with the amendments it covers, read in the
 * header's words, so that the `treaty-amendment-by-decision` message says of each tacit track what
 * the header says and no more (treaty lawyer lr10, defects 1–4):
 * - a procedure states its tracks one after another (", and changes …", ", and, for the Convention,
 *   …", ", an amendment to …"): CTBT 1996 Art. VII(1)–(6) and (7)–(8) (read: BWBV0004747); CWC
 *   1993 Art. XV(2)–(3) and (4)–(5) (read: BWBV0001193); FAL 1965 Art. VII for the annex and Art. IX
 *   for the Convention, both binding a silent Government (read: BWBV0003243); the London Protocol
 *   1996 Art. 21 and 22(7) for the articles, Annex 3 and new Annexes, Art. 22(4) for the others
 *   (read: BWBV0003139). Each track is read on its own words, and every tacit one is named;
 * - the amendments a track covers are the words that open it ("changes related only to matters of
 *   an administrative or technical nature to Parts I and III of the Protocol …", CTBT Art. VII(7)),
 *   qualifier included: it belongs to the change, not to the part amended (CWC Art. XV(4): "if
 *   proposed changes are related only to matters of an administrative or technical nature"), so
 *   the amendments of those parts that lack it follow the other procedure;
 * - "the other Annexes" is resolved against the part the header names before ("Annex 3"), since
 *   the message does not carry the header's earlier words (London Protocol Art. 22(4), (7));
 * - a route that follows the tacit one in the same track ("or by decision of the Conference", CTBT
 *   Art. VII(8)(e); "or by a conference … adopting it by a two-thirds majority", FAL Art. VII(3)) is
 *   named with the header's words, and whom it binds is said only where those words say it
 *   ("entering into force for all States Parties", CTBT Art. VII(8)(g)); otherwise the message says
 *   that the header does not say;
 * - no more than the words say (treaty lawyer lr12, defects 3–5, 11): "for all Parties that have
 *   ratified it" is not "all"; a Party ceases to be one by the words, or may be made to by an organ
 *   only where they give it that power; a route with no objection step binds no "one that
 *   objected"; "changes … proposed by the Executive Council" name the organ, not a part.
 */
import { objectingShare, type TacitTrack, tacitScope, tacitTrack } from './tacit-acceptance';
import { matchesOf } from '../../util/all-matches';
import { singleSpaced } from '../../util/single-spaced';

/**
 * Where a new track of the procedure starts: ", and changes …", ", and, for the Convention, …",
 * ", and, for an Appendix, …" (OSPAR 1992 Art. 19, read: BWBV0001119; seventy-first run, defect 2).
 * "for the Parties that have not objected" is whom a track binds, not a new track.
 */
const trackStart = /[,.;]\s*(?:and,?\s+)?(?=for\s+the\s+["“]?(?!(?:Contracting\s+|States?\s+)?(?:Part(?:y|ies)|Governments?|States?|Members?)\b)(?:[A-Z]|annex|appendi)|for\s+(?:an?|any)\s+["“]?(?:annex|appendi)|(?:an?\s+|any\s+)?["“]?(?:changes?|amendments?|revisions?)["”]?\s+(?:to|of|related)\b)/gi;

/** The procedure cut into its tracks, each with its offset in the procedure. */
export function procedureTracks(procedure: string): { readonly start: number; readonly text: string }[] {
  const starts = [0];
  const ends: number[] = [];
  for (const match of matchesOf(procedure, trackStart)) {
    ends.push(match.index);
    starts.push(match.index + match[0].length);
  }
  return starts.map((start, i) => ({ start, text: procedure.slice(start, ends[i] ?? procedure.length) }));
}

/**
 * The words that open a track and name what it amends ("changes related only to … to Parts I and
 * III of the Protocol …", "amendments to Annex I"), up to the words of the procedure.
 */
const subjectWords = /^(?:an?\s+|any\s+)?["“]?(changes?|amendments?|revisions?)["”]?\s+((?:to|of|related)\b.*?)(?=,?\s+(?:by\s+(?:recommendation|decision|proposal|consensus|the|an?)\b|on\s+(?:recommendation|proposal)\b|adopted\b|adoption\b|proposed\b|recommended\b|effective\b|enters?\b|entering\b|(?:in|into)\s+force\b|tacitly\b|considered\b|deemed\b|approved\b|unless\b|subject\s+to\b)|[;.]|$)/i;

const singular: Record<string, string> = { change: 'a change', amendment: 'an amendment', revision: 'a revision' };

/** The part a heading names: ", for the Convention, by a conference …" (FAL 1965 Art. IX). */
const heading = /^for\s+the\s+["“]?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})["”]?\s*,/;

/** "Annexes" → "Annex", "Appendices" → "Appendix", "Parts" → "Part". */
function singularOf(plural: string): string {
  return plural.replace(/ices$/i, 'ix').replace(/xes$/i, 'x').replace(/s$/i, '');
}

/**
 * "the other Annexes" against the part named before it in the procedure: "an Annex other than
 * Annex 3" (London Protocol 1996 Art. 22(4), (7)). Without one, the words say what "other" means.
 */
function resolveOther(words: string, before: string): string {
  return words.replace(/\bthe\s+other\s+([A-Za-z]+)\b/i, (whole, plural: string) => {
    const one = singularOf(plural);
    if (one === plural) return whole;
    const named = matchesOf(before, new RegExp(String.raw`\b${one}\s+((?:\d+|[IVXLC]+|[A-Z])\b(?:\s*(?:,|and|or)\s*(?:\d+|[IVXLC]+|[A-Z])\b)*)`, 'g')).map((m) => `${one} ${m[1]}`);
    return named.length > 0 ? `an ${one} other than ${[...new Set(named)].join(' or ')}`.replace(/^an (?=[^AEIOUaeiou])/, 'a ') : `the ${plural} other than those named before in the header's summary`;
  });
}

/** What a track amends, in the header's words: "a change of an administrative or technical nature to the Annexes". */
export function trackSubject(track: string, before: string, tacit: TacitTrack): string | undefined {
  const opening = subjectWords.exec(track.trim());
  if (opening) {
    let rest = singleSpaced(resolveOther(opening[2].replace(/["“”]/g, ''), before)).trim();
    // A qualifier of nature written after the part ("changes to the Annexes of an administrative
    // or technical nature") is the change's (CWC Art. XV(4)), and is put before the part.
    const trailing = /^(to\s.+?)\s+((?:related\s+only\s+to\s+matters\s+)?of\s+an?\s+[\w\s,-]+?\s+nature)$/i.exec(rest);
    if (trailing) rest = `${trailing[2]} ${trailing[1]}`;
    // "a change …, or any change to the Annex on Chemicals," before its verb.
    return `${singular[singularOf(opening[1]).toLowerCase()]} ${rest}${rest.includes(',') ? ',' : ''}`;
  }
  const named = heading.exec(track.trim());
  const scope = tacitScope(track, tacit) ?? (named ? `the ${named[1]}` : undefined);
  return scope ? `an amendment to ${resolveOther(scope, before)}` : undefined;
}

/**
 * A qualifier of the change that leaves amendments of the same parts to the other procedure ("of
 * an administrative or technical nature", "related only to matters of …"); "amendments to Annex I
 * only" names the part, and every amendment of it is on the track.
 */
export const qualified = (subject: string) => /\bof\s+an?\s+[\w\s,-]+?\s+nature\b|\b(?:related|relating)\s+(?:only|solely|exclusively)\s+to\s+(?:matters|questions)\b/i.test(subject);

/** Any other clause or exception that narrows "all": "that have not objected", "except those which …". */
const narrowed = /^\s*,?\s*(?:that|which|who|having|except|save|other\s+than|excluding|not\s+having)\b/i;

/**
 * Another route in the same track after the tacit one, with its own decision ("or by decision of
 * the Conference", "or by a conference … adopting it by a two-thirds majority"). A bare "or by a
 * Conference of Parties" that names no decision is not read as one (OPRC 1990's header, where it is
 * the alternative to the whole procedure).
 */
export function alternativeRoute(track: string, after: number): { readonly words: string; readonly bindsAll: boolean; readonly afterObjection: boolean } | undefined {
  const match = /,?\s*\bor,?\s+(.*?)\s*$/i.exec(track.slice(after));
  if (!match || !/\b(?:decision|decides?|adopt\w*|majority|vote)\b/i.test(match[1])) return undefined;
  const words = singleSpaced(match[1].replace(/["“”]/g, '').replace(/[,\s]+$/, ''));
  // "for all … Parties that have ratified it", "all Parties except …" are not all (lr12, defect 3).
  const all = /\bfor\s+all\s+(?:the\s+)?(?:States\s+|Contracting\s+)?(?:Parties|Governments|States)\b|\bfor\s+all\b|\ball\s+(?:the\s+)?(?:States\s+|Contracting\s+)?(?:Parties|Governments|States)\b|\bevery\s+(?:State\s+|Contracting\s+)?Party\b/gi;
  const found = matchesOf(words, all);
  const bindsAll = found.length > 0 && found.every((m) => !narrowed.test(words.slice(m.index + m[0].length)));
  // Whether the route follows an objection ("if a State Party objects, by decision of the
  // Conference", CTBT Art. VII(8)(e)); a conference route with no objection step (FAL Art. VII(3))
  // does not (lr12, defect 5).
  const afterObjection = /\bobject(?:s|ed|ion)?\b/i.test(words);
  return { words, bindsAll, afterObjection };
}

export interface ReadTrack {
  readonly tacit: TacitTrack;
  readonly subject: string | undefined;
  readonly alternative: ReturnType<typeof alternativeRoute>;
  /** The organ on whose recommendation the track runs ("on recommendation of the Executive Council"). */
  readonly recommendedBy?: string;
  /** The organ that proposes the amendments the track covers ("changes to the Annexes proposed by the Executive Council"). */
  readonly proposedBy?: string;
  /** The track's words on a Party that does not accept ceasing to be a Party (FAL 1965 Art. IX). */
  readonly ceases?: Ceasing;
}

/**
 * What the words say of a Party that does not accept ceasing to be one (treaty lawyer lr12, defect
 * 4): `condition`, the words that make it depend on a decision, `byOrgan` where an organ decides
 * ("where the conference so determines at adoption …"; FAL 1965 Art. IX: "The Conference may by a
 * two-thirds majority vote determine at the time of its adoption …", read: BWBV0003243), absent
 * where it ceases by the words themselves; `within`, the period in which it may still accept and stay ("that does not accept
 * within one year after entry into force"; IX: "which does not accept … within a period of one
 * year after the revision or amendment enters into force"); `when`, when it ceases where no such
 * period is given ("ceasing to be a Party one year after entry into force").
 */
export interface Ceasing {
  readonly condition?: string;
  readonly byOrgan: boolean;
  readonly within?: string;
  readonly when?: string;
}

/**
 * The organ whose recommendation opens the tacit track, named before the tacit words: "on
 * recommendation of the Executive Council considered approved" (CTBT 1996 Art. VII(8)(d); CWC 1993
 * Art. XV(5)(d): "If the Executive Council recommends to all States Parties that the proposal be
 * adopted, it shall be considered approved …"), "recommended by the Executive Council". A proposal by
 * an organ is not its recommendation.
 */
export function recommendingOrgan(before: string): string | undefined {
  const named = /\b(?:(?:on|by|upon)\s+(?:the\s+)?recommendation\s+of|recommended\s+by)\s+(?:the\s+)?((?:[A-Z][\w-]*\s+)*[A-Z][\w-]*)/.exec(before);
  return named ? `the ${named[1]}` : undefined;
}

/**
 * The organ that proposes what the track covers: "changes to the Annexes proposed by the Executive
 * Council" (treaty lawyer lr12, defect 11). A Party or State that proposes is no organ: not named.
 */
export function proposingOrgan(before: string): string | undefined {
  const named = /\bproposed\s+by\s+(?:the\s+)?((?:[A-Z][\w-]*\s+)*[A-Z][\w-]*)/.exec(before);
  return named && !/\b(?:Part(?:y|ies)|States?|Governments?|Members?)$/.test(named[1]) ? `the ${named[1]}` : undefined;
}

/** Words by which a Party that does not accept ceases to be a Party: "cease to be a Party" (FAL 1965 Art. IX). */
const ceasesToBeParty = /\bceas(?:e|es|ing)\s+to\s+be\s+(?:a\s+)?Part(?:y|ies)\b/i;
/**
 * Words that make ceasing depend on a decision: "where the conference so determines …", "the
 * Conference may … determine" (`organ` where an organ decides; otherwise a condition all the same).
 */
const organNoun = String.raw`(?:the\s+)?(?:[Cc]onference|[Aa]ssembly|[Cc]ouncil|[Mm]eeting|[Cc]ommittee|[Cc]ommission|[Bb]oard)(?:\s+of\s+the\s+(?:States\s+|Contracting\s+)?Parties)?`;
const ceasingPower = new RegExp(String.raw`\b(?:where|if|when|provided\s+that)\s+[^,;]*?\bso\s+(?:determines|decides)\b|\b(?:the\s+)?\w+(?:\s+of\s+the\s+Parties)?\s+may\b[^,;]*?\b(?:determine|decide)\b`);
const byOrgan = new RegExp(String.raw`^(?:(?:where|if|when|provided\s+that)\s+${organNoun}\s|${organNoun}\s+may\b)`);
/** The period in which it may still accept: "that does not accept within one year after …", "unless it accepts it within …". */
const acceptWithin = /\b(?:(?:that|which|who)\s+does\s+not|unless\s+it)\s+accepts?\s+(?:it\s+|the\s+amendment\s+)?(within\s+[^,;]*?)(?=\s+ceas|[,;]|$)/i;
/** When it ceases, where the words say: "ceasing to be a Party one year after entry into force". */
const ceasesWhen = /\bceas(?:e|es|ing)\s+to\s+be\s+(?:a\s+)?Part(?:y|ies)\s+((?:\w+\s+){1,3}after\s+[^,;]*?)(?=\s+(?:where|if|when|unless)\b|[,;]|$)/i;

function ceasing(words: string): Ceasing | undefined {
  if (!ceasesToBeParty.test(words)) return undefined;
  const condition = ceasingPower.exec(words)?.[0].trim();
  return { condition, byOrgan: condition !== undefined && byOrgan.test(condition), within: acceptWithin.exec(words)?.[1].trim(), when: ceasesWhen.exec(words)?.[1].trim() };
}

/**
 * Whom the procedure's tracks that are not tacit bind, where their words say it: "in force for all
 * States Parties … after deposit of the instruments of ratification or acceptance by all those
 * States Parties casting a positive vote" (CTBT 1996 Art. VII(6); CWC 1993 Art. XV(3)) binds every
 * State Party, one that abstained or was absent included, once those voting for it have ratified.
 * "for all Parties that have ratified it" binds only those (treaty lawyer lr12, defect 3; the
 * residual rule, VCLT Art. 40(4), read: BWBV0003441): a restrictive clause or an exception after "for
 * all … Parties" ("that have ratified it", "having accepted it", "except those which …") is not "all".
 */
export type OtherBinds = 'voters-ratify' | 'all' | { readonly consenting: string };

const forAll = /\bfor\s+all\s+(?:the\s+)?(?:States\s+|Contracting\s+)?(?:Parties|Governments|States)\b/gi;
const consentVerb = String.raw`(?:ratified|accepted|approved|ratify|ratifies|accept|accepts|approve|approves)`;
/** "that have ratified it", "which have ratified or accepted it", "having accepted it". */
const consenting = new RegExp(String.raw`^\s*,?\s*(?:(?:that|which|who)\s+(?:have\s+|has\s+)?|having\s+)(${consentVerb}(?:(?:\s*,\s*|\s+or\s+|\s+and\s+)${consentVerb})*)\s+(?:it|them|the\s+amendments?|that\s+amendment)\b`, 'i');

const past: Record<string, string> = { ratify: 'ratified', ratifies: 'ratified', accept: 'accepted', accepts: 'accepted', approve: 'approved', approves: 'approved' };

export function otherProcedureBinds(parts: readonly string[]): OtherBinds | undefined {
  const voters = /\b(?:ratif\w*|accept\w*|approv\w*)\b[^;]*?\bby\s+all\s+those\s+(?:States\s+|Contracting\s+)?(?:Parties|Governments|States)\s+(?:casting\s+a\s+positive\s+vote|(?:that\s+|which\s+)?vot(?:ed|ing)\s+(?:for|in\s+favour))/i;
  const readings = parts.flatMap((part) => matchesOf(part, forAll).map((m) => ({ part, after: part.slice(m.index + m[0].length) })));
  if (readings.length === 0) return undefined;
  const restricted = readings.map(({ after }) => consenting.exec(after));
  if (restricted.every((r) => r !== null)) {
    const verbs = restricted[0]![1].replace(/\w+/g, (w) => past[w.toLowerCase()] ?? w.toLowerCase());
    return { consenting: verbs };
  }
  // Some "for all" narrowed another way, or read one way here and another there: nothing is said.
  if (readings.some(({ after }) => narrowed.test(after))) return undefined;
  return readings.some(({ part }) => voters.test(part)) ? 'voters-ratify' : 'all';
}

/** Every tacit track of the procedure, in order, and whether it also has tracks that are not tacit. */
export function tacitTracks(procedure: string): { readonly tracks: readonly ReadTrack[]; readonly otherProcedure: boolean; readonly otherBinds?: OtherBinds } {
  const parts = procedureTracks(procedure);
  const tracks: ReadTrack[] = [];
  for (const part of parts) {
    const tacit = tacitTrack(part.text);
    if (!tacit) continue;
    const located = { ...tacit, index: tacit.index + part.start };
    tracks.push({
      tacit: located,
      subject: trackSubject(part.text, procedure.slice(0, part.start), tacit),
      alternative: alternativeRoute(part.text, tacit.index + tacit.words.length),
      recommendedBy: recommendingOrgan(part.text.slice(0, tacit.index)),
      proposedBy: proposingOrgan(part.text.slice(0, tacit.index)),
      ceases: ceasing(part.text.slice(tacit.index)),
    });
  }
  // A procedure stated in one run of words keeps its other provisions on the other procedure
  // (OPRC 1990: articles by acceptance, appendices tacitly); one whose every track is tacit (FAL
  // 1965: the annex, Art. VII, and the Convention, Art. IX) has no other procedure to point to.
  // A part with no words of adoption or entry into force ("proposal" before ", for the annex, …")
  // is the start of the next track, not another procedure.
  const others = parts.filter((part) => !tacitTrack(part.text) && /\b(?:ratif\w*|accept\w*|approv\w*|in(?:to)?\s+force|effective|consent)\b/i.test(part.text));
  return { tracks, otherProcedure: parts.length === 1 || others.length > 0, otherBinds: otherProcedureBinds(others.map((part) => part.text)) };
}

/** A threshold of acceptances before an opt-out track takes effect: "one year after acceptance by two thirds" (FAL 1965 Art. IX). */
const acceptedByShare = /\bafter\s+(?:the\s+)?acceptance\s+(?:of\s+(?:it|them|the\s+\w+)\s+)?by\s+((?:not\s+less\s+than\s+|at\s+least\s+)?(?:(?:one|two|three|a)[\s-]+(?:thirds?|half|quarter)|a\s+majority))/i;

/** What one tacit track does, and to whom, in the mechanism's terms (see tacit-acceptance.ts). */
function effect(track: ReadTrack): string {
  // The organ's recommendation opens the track (CTBT Art. VII(8)(d), CWC Art. XV(5)(d)), or its
  // proposal does; a Party that does not accept ceases to be one, or may be made to by an organ, only
  // as the words say (FAL Art. IX).
  const organ = track.recommendedBy ? `, and only where ${track.recommendedBy} recommends its adoption` : track.proposedBy ? `, and only where ${track.proposedBy} proposes it` : '';
  const recommended = `${bare(track, track.subject ?? 'an amendment')}${organ}`;
  return track.ceases ? `${recommended}, and the header's summary says that ${ceasingWords(track.ceases)}` : recommended;
}

/** What the words say of ceasing to be a Party, and no more (treaty lawyer lr12, defect 4). */
function ceasingWords(c: Ceasing): string {
  // The header's words, without quotation marks: they are not the treaty's (lr9, defect 3).
  const who = `a Party that declares non-acceptance${c.within ? ` and does not accept it ${c.within}` : ''}`;
  const organ = c.byOrgan && c.condition ? new RegExp(organNoun).exec(c.condition)?.[0].replace(/^(?!the\s)/i, 'the ') : undefined;
  if (organ) return `${who} may be made by ${organ} to cease to be a Party`;
  if (c.condition) return `${who} may cease to be a Party (in its words: ${c.condition})`;
  return `${who} ceases to be a Party${c.when ? ` ${c.when}` : ''}`;
}

function bare(track: ReadTrack, subject: string): string {
  const { mechanism, words } = track.tacit;
  if (mechanism === 'share') {
    return `${subject} is deemed accepted unless ${objectingShare(words)} within the period the treaty sets, and it then binds every Party that has not objected before it enters into force, without that Party's ratification, acceptance or approval`;
  }
  if (mechanism === 'each-for-itself') {
    const once = acceptedByShare.exec(words);
    return `${subject} takes effect${once ? `, after ${once[1]} of the Parties have accepted it,` : ''} for each Party that has not objected, without its ratification, acceptance or approval`;
  }
  if (mechanism === 'any-for-all') {
    return `${track.alternative ? `${subject} binds every Party if no Party objects to it` : `${subject} to which no Party objects binds every Party`}, without its ratification, acceptance or approval`;
  }
  return `${subject} is deemed accepted and binds a Party that has done nothing, without its ratification, acceptance or approval`;
}

/** The other route of the same track, and whom it binds only where the header says so. */
function alternative(track: ReadTrack): string {
  const route = track.alternative;
  if (!route) return '';
  const noun = /^(?:an?|any)\s+(\w+)/.exec(track.subject ?? '')?.[1] ?? 'amendment';

  return `; the header's summary names another route (${route.words}), and ${route.bindsAll ? `on it the ${noun} binds every Party${route.afterObjection ? ', one that objected included' : ''}` : `does not say whom ${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun} made that way binds`}`;
}

/** A clause the instrument tags `about amendment`: its heading and its text. */
export interface AmendmentProvision {
  readonly heading: string;
  readonly text: string;
}

/**
 * The provisions of the text that a track comes from, so that the message points to the treaty and
 * not only to the header's summary (lr10: "Art. 22(4), (7)"): the tagged clauses whose words amend
 * the part the track names ("amendments to the Annexes", London Protocol Art. 22; "revision or
 * amendment of the present Convention", FAL Art. IX), else all of them; none where none is tagged.
 */
function provisionsOf(track: ReadTrack, provisions: readonly AmendmentProvision[]): string {
  if (provisions.length === 0) return '';
  const part = /\b(?:to|of|for)\s+(?:the\s+|this\s+|an?\s+|any\s+)?(?:other\s+)?(Annex|Appendi|Part|Article|Protocol|Convention|Treaty|Agreement)/i.exec(track.subject ?? '')?.[1];
  const amends = part ? new RegExp(String.raw`\b(?:amendments?|changes?|revisions?)\s+(?:to|of)\s+(?:the\s+(?:present\s+)?|this\s+|an?\s+)?${part}`, 'i') : undefined;
  const matching = amends ? provisions.filter((p) => amends.test(p.text)) : [];
  return `${(matching.length > 0 ? matching : provisions).map((p) => p.heading).join(', ')}; `;
}

/**
 * The part of the `treaty-amendment-by-decision` message that says what each tacit track does,
 * after the header's consent forms and before the Vienna Convention: one track in one sentence,
 * several numbered, each with its own words, and the rest left to the other procedure only where
 * there is one.
 */
export function tacitTracksMessage(read: ReturnType<typeof tacitTracks>, provisions: readonly AmendmentProvision[] = []): string {
  const { tracks, otherProcedure, otherBinds } = read;
  const subjects = tracks.map((t) => t.subject).filter((s): s is string => s !== undefined);
  // Whom the other procedure binds, where the header says it (CTBT Art. VII(6), CWC Art. XV(3)).
  const binds = otherBinds === 'voters-ratify'
    ? ', on which an amendment binds every Party, one that did not vote for it included, once those that voted for it have ratified or accepted it'
    : otherBinds === 'all'
      ? ', on which, in the header\'s words, an amendment enters into force for all the Parties'
      : typeof otherBinds === 'object'
        ? `, on which, in the header's words, an amendment enters into force for all Parties that have ${otherBinds.consenting} it, and so binds only those Parties`
        : '';
  // What the summary names and no more: it may name one tacit track of several (MARPOL 1973 Art.
  // 16(2)(f)(ii)–(iv) makes the Annexes and Protocol I tacit too, where the header named only the
  // Appendices; sixty-fifth run, item 3), so which procedure governs the other provisions is left
  // to the clause the message cites.
  const clause = provisions.length > 0 ? provisions.map((p) => p.heading).join(', ') : 'the amendment clause';
  const rest = !otherProcedure || subjects.length === 0
    ? ''
    : subjects.some(qualified)
      ? `; other amendments, of those parts or of other provisions, are not on this track: the header's summary names another procedure${binds}, and which procedure governs each is for ${clause} to say`
      : `; the header's summary also names another procedure${binds}, and which procedure amends each of the instrument's other provisions is for ${clause} to say`;
  if (tracks.length === 1) {
    const [track] = tracks;
    return `Under the tacit-acceptance track of the amendment procedure (${provisionsOf(track, provisions)}in the header's summary: ${track.tacit.quoted}), ${effect(track)} (tacit acceptance)${alternative(track)}${rest}`;
  }
  const each = tracks.map((t, i) => `(${i + 1}) ${effect(t)} (${provisionsOf(t, provisions)}in the header's summary: ${t.tacit.quoted})${alternative(t)}`);
  return `The amendment procedure has ${tracks.length} tracks of tacit acceptance: ${each.join('; ')}${rest}`;
}
