/**
 * A track of an `amendment by` procedure on which an organ adopts the amendment and no act of the
 * Parties follows, beside a track that needs their acceptance: "An amendment to the present
 * Protocol, other than an amendment to its Annex, shall be adopted by consensus of the
 * representatives of the Contracting Parties … and shall enter into force for the Contracting
 * Parties … which have accepted it" (EMEP Protocol 1984, Art. 6(3)), while "Amendments to the Annex
 * shall be adopted by consensus of the Executive Body" (Art. 4(3)), the Annex being the scale of the
 * mandatory contributions (Art. 4(1); read: BWBV0002931; fifty-ninth run, item 4). The whole
 * procedure names an acceptance, so `treaty-amendment-by-decision` read it as needing one; the Annex
 * track has none. Read narrowly: the track names the part it amends ("for the Annex"), a named
 * organ adopts or decides ("by consensus of the Executive Body", "adopted by the Meeting of the
 * Parties", "by decision of the Conference of the Parties"), and the track has no words of
 * acceptance, approval, ratification, consent, signature or entry into force for accepting Parties,
 * nor of tacit acceptance (tacit-tracks.ts says what those tracks do).
 */
import type { SemanticModel } from '../../model/semantic-model';
import { singleSpaced } from '../../util/single-spaced';
import { procedureTracks } from './tacit-tracks';
import { tacitTrack } from './tacit-acceptance';
import { matchesOf } from '../../util/all-matches';
import { escapeRegExp } from '../../util/escape-regexp';

/** A new track opened by "and for the Annex" without a comma ("… after acceptance by two-thirds and for the Annex by consensus …"). */
const andForPart = /\s+and,?\s+(?=for\s+the\s+["“]?(?!(?:Contracting\s+|States?\s+)?(?:Part(?:y|ies)|Governments?|States?|Members?)\b)(?:[A-Z]|annex|appendi))/g;

/**
 * The part a track amends, named where it opens: "for the Annex", "for the technical appendices",
 * with or without a comma after it (", and, for the Annexes, by decision of the Programme Board",
 * as the FAL Convention 1965 opens a track, Art. IX; eighty-third run, defect 3), or as the
 * changes it covers ("changes to the Annexes by decision of …", "amendments to Annex I adopted by …").
 */
const partNamed = /^(?:for|(?:an?\s+|any\s+)?["“]?(?:changes?|amendments?|revisions?)["”]?\s+(?:to|of))\s+((?:the\s+|its\s+)?["“]?[^,;]*?)["”]?,?\s+(?=by\b|adopted\b|through\b)/i;

/** An organ that adopts or decides, by its name. */
const organ = String.raw`(?:[A-Z][\w-]*\s+)*?(?:Body|Committee|Commission|Council|Conference|Meeting|Assembly|Board)(?:\s+of\s+the\s+(?:Contracting\s+)?Parties)?`;
const organAdopts = new RegExp(String.raw`\b(?:by\s+(?:consensus|decision|resolution|(?:a\s+)?(?:two-thirds|three-quarters|simple|qualified)\s+majority)\s+of|(?:adopted|decided)\s+(?:by|at)|by)\s+(?:the\s+)?(${organ})\b`);

/** Words of the Parties' consent to an amendment, on the track that needs it. */
const partiesConsent = /\b(?:ratif\w*|accept\w*|approv\w*)\b/i;

/** Words of an act of the Parties after the adoption: then the track is no simpler than the treaty. */
const partiesAct = /\b(?:ratif\w*|accept\w*|approv\w*|consent\w*|signature|instruments?|tacit\w*|object\w*|notif\w*|declar\w*)\b/i;

export interface OrganTrack {
  /** Where the track's words are in the procedure, and the words. */
  readonly index: number;
  readonly words: string;
  /** "the Annex". */
  readonly part: string;
  /** "the Executive Body". */
  readonly organ: string;
}

/** The tracks of the procedure, "and for the Annex" opening one as a comma does. */
function finerTracks(procedure: string): { readonly start: number; readonly text: string }[] {
  return procedureTracks(procedure).flatMap((track) => {
    const starts = [0, ...matchesOf(track.text, andForPart).map((m) => m.index + m[0].length)];
    const ends = matchesOf(track.text, andForPart).map((m) => m.index);
    return starts.map((s, i) => ({ start: track.start + s, text: track.text.slice(s, ends[i] ?? track.text.length) }));
  });
}

/**
 * The organ tracks of a procedure, only where another of its tracks needs the Parties' act: a
 * procedure that is all adoption by an organ is the rule's simpler procedure, said whole.
 */
export function organTracks(procedure: string): readonly OrganTrack[] {
  const tracks = finerTracks(procedure);
  if (tracks.length < 2 || !tracks.some((t) => partiesConsent.test(t.text))) return [];
  return tracks.flatMap((track) => {
    const words = track.text.trim().replace(/[,;.\s]+$/, '');
    const part = partNamed.exec(words);
    const adopts = organAdopts.exec(words);
    if (!part || !adopts || partiesAct.test(words) || tacitTrack(words)) return [];
    return [{ index: track.start + track.text.indexOf(words), words, part: singleSpaced(part[1].replace(/["“”]/g, '')), organ: `the ${singleSpaced(adopts[1])}` }];
  });
}

/**
 * What the organ track does, for the message after the header's consent forms: the part, the organ,
 * no act of the Parties, and the rest left to the procedure that needs it.
 */
export function organTrackMessage(track: OrganTrack, provisions: string, clause = 'the amendment clause'): string {
  // What the summary names and no more: which procedure amends the other provisions is the clause's
  // to say (sixty-fifth run, item 3).
  return `Under one track of the amendment procedure (${provisions}in the header's summary: ${track.words}), an amendment to ${track.part} is adopted by ${track.organ}, and the header's summary names no acceptance, approval or ratification by the Parties after it: it would bind each Party without such an act; the header's summary also names another procedure, with their acceptance, approval or ratification, and which procedure amends each of the instrument's other provisions is for ${clause} to say`;
}

/**
 * The headings of the clauses with a sentence that amends the track's part by its organ ("Amendments
 * to the Annex shall be adopted by consensus of the Executive Body", EMEP Art. 4(3)): not the
 * clause that excepts that part ("other than an amendment to its Annex", Art. 6(3)), which does
 * not name the organ.
 */
export function organTrackProvisions(model: SemanticModel, track: OrganTrack): readonly string[] {
  const noun = /(?:Annex|Appendix|Appendices|Annexes|Part|Schedule)\b/i.exec(track.part)?.[0];
  const organName = track.organ.replace(/^the\s+/, '');
  if (!noun) return [];
  const sentence = new RegExp(String.raw`\bamend\w*\s+(?:to|of)\s+(?:the\s+|its\s+|an?\s+)?${escapeRegExp(noun)}[^.;]*?\b${escapeRegExp(organName)}\b`, 'i');
  return model.ast.clauses.filter((c) => c.heading && sentence.test(singleSpaced(model.clauseText(c) ?? ''))).map((c) => c.heading!.value);
}
