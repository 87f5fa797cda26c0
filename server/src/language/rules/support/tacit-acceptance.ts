/**
 * Tacit acceptance of amendments, in the words of an `amendment by …` procedure: a track on which
 * an amendment binds a Party that has done nothing (no ratification, acceptance or approval of its
 * own), and which of the mechanisms the text uses, since the message must say who is then bound
 * (`treaty-amendment-by-decision`, CF22). Three mechanisms, and they bind different Parties:
 * - an individual opt-out: the amendment binds each Party that has not itself objected or declared
 *   that it does not accept it, whatever the others do (Helsinki 1992 Art. 26(4); CETS 198 Art.
 *   54(7)–(9); London Protocol 1996 Art. 22(4); FAL 1965 Art. IX);
 * - a share that stops it: it is deemed accepted unless a named share of the Parties objects
 *   (OPRC 1990 Art. 14(2)(f)(ii), (g)(ii); FAL 1965 Art. VII(2)(b), (d));
 * - a veto: approved if no Party objects, then binding on all (CWC 1993 Art. XV(5)(d), (g); ATP 1970
 *   Art. 18(5)).
 * Read: VCLT Arts. 39–40 (BWBV0003441); London Protocol 1996 Art. 22(4) (BWBV0003139); FAL 1965
 * Arts. VII(2), IX (BWBV0003243); and the texts cited at each form below.
 */
import { matchesOf } from '../../util/all-matches';
import { singleSpaced } from '../../util/single-spaced';

/**
 * Words of non-acceptance by notification or declaration, as the texts write objection: "make a
 * declaration that they are not able to accept the amendment" (London Protocol 1996, Art. 22(4)),
 * "have notified the Secretary-General in writing that they do not accept the proposal" (FAL 1965,
 * Art. VII(2)(b)), "make a declaration that they do not accept the revision or amendment" (FAL Art.
 * IX). A notification or declaration of acceptance, or one that they do not "apply" something, is
 * not: the verb must be one of consent, negated.
 */
const declinesAcceptance = String.raw`(?:declar\w*|notif\w*|stat(?:e|es|ed|ing|ement)|inform\w*)\b[^.;]{0,60}?\b(?:(?:do|does|did|are|is|were|will|would|shall)\s+not|not\s+able|unable|cannot|can\s+not)\b[^.;]{0,20}?\b(?:accept|approv|ratif|be\s+bound)`;

/**
 * The words between the entry into force and the condition, which must not bind only those that
 * consented: "in force for the Contracting Parties which have accepted it on the sixtieth day …"
 * (London Protocol Art. 21(3)) is the ratification track, not the tacit one after it.
 */
const gap = (max: number) => String.raw`(?:(?!\b(?:which|that|who)\s+ha(?:ve|s)\s+(?:ratified|accepted|approved|deposited)\b)[^.;]){0,${max}}?`;

/**
 * A track of the procedure on which an amendment takes effect for every Party that has not objected
 * (tacit acceptance), whatever the other tracks require: amendments to Annex I "shall become
 * effective for those Parties to this Convention which have not submitted a notification" that
 * they are unable to approve them (Helsinki Industrial Accidents Convention 1992, Art. 26(4)(b)–(c);
 * thirty-sixth run); an amendment to the Appendix "shall enter into force for those Parties which
 * have not notified an objection", unless one third object (CETS 198, Art. 54(7)–(9)). Such a
 * Party is bound by the amendment without any act of its own, while the treaty's other amendments
 * wait for its ratification, acceptance or approval: the words on ratification elsewhere in the
 * procedure do not reach that track. The effect and the silence must be in one sentence, so that
 * a Party "that has not yet ratified" or an adoption "unless a Party objects" at the meeting is
 * not read as tacit acceptance. The silence may follow another condition and a period: an
 * amendment to an Appendix "shall enter into force on the expiry of a period of two hundred days
 * after its adoption for those Contracting Parties which are bound by that Appendix and have not
 * within that period notified the Depositary Government in writing that they are unable to accept
 * that amendment" (OSPAR 1992, Art. 19(3), read: BWBV0001119; seventy-first run, defect 2). Only the
 * amendment procedure is read: the same words in Art. 13(2) bind a Party to a Commission decision,
 * which amends nothing. What is notified must not be the Party's acceptance: "not binding on those
 * Parties which … have not … notified the Depositary in writing that they accept it", or "has not
 * notified its acceptance", is consent by notification, the opposite of tacit acceptance (treaty
 * lawyer lr17, D4). A notification referred to by its paragraph ("have not submitted a notification
 * in accordance with paragraph 4(b)", Helsinki Art. 26(4)(c)) stays an opt-out.
 */
const tacitAcceptance =
  /\b(?:in(?:to)? force|effective|binding|takes? effect)\b[^.;]{0,160}?\b(?:(?:that|which|who)\s+(?:(?:are|is)\b[^.;]{0,60}?\band\s+)?ha(?:ve|s)\s+not\s+(?:\w+\s+){0,4}?(?:objected|(?:notified|submitted)\b(?![^.;]{0,80}?\b(?:that\s+(?:they|it)\s+(?:accepts?|approves?|ratif\w*|agrees?|consents?)\b|(?:its|their|an?)\s+(?:instrument\s+of\s+)?(?:acceptance|approval|ratification|consent)\b))|made an objection)\b|unless\b[^.;]{0,80}?\bobjects?\b)/i;

/**
 * The same opt-out written as an exception: annex amendments "shall enter into force for each
 * Contracting Party immediately on notification of its acceptance to the Organization or 100 days
 * after the date of their adoption …, if that is later, except for those Contracting Parties which
 * before the end of the 100 days make a declaration that they are not able to accept the amendment"
 * (London Protocol 1996, Art. 22(4); fifty-first run); a revision "shall enter into force for all
 * Contracting Governments except those, which, before its entry into force, make a declaration that
 * they do not accept" it (FAL 1965, Art. IX); "with the exception of those which … have objected to
 * it" (OPRC 1990, Art. 14(2)(g)(ii)); "except for a Party that has notified an objection" (lr16 D1).
 * A Party that does nothing is bound. "Except those which have deposited an instrument of
 * acceptance", or a declaration of acceptance, is not an opt-out.
 */
const exceptThoseWhoDecline = new RegExp(
  String.raw`\b(?:in(?:to)? force|effective|binding|takes? effect)\b${gap(240)}\b(?:except(?:\s+for)?|with\s+the\s+exception\s+of)\s+(?:those|any|the|a|each)\b[^.;]{0,120}?\b(?:${declinesAcceptance}|(?:ha(?:ve|s)\s+(?:\w+\s+){0,2}?)?object(?:ed|s)?\b|(?:notif\w*|made|make|lodged|submitted|communicated|raised)\s+(?:an?\s+|its\s+|their\s+)?objections?\b)`,
  'i',
);

/**
 * The other form of tacit acceptance: the amendment is approved as a whole unless some Party
 * objects, and then binds every Party, the silent ones without any act of their own. A change to
 * the CWC Annexes "shall be considered approved if no State Party objects to it within 90 days"
 * and "shall enter into force for all States Parties" (CWC 1993, Art. XV(5)(d), (g); forty-third
 * run); if no objection is stated, an ATP amendment "shall be deemed to have been accepted" and
 * enters into force six months after it is "deemed to be accepted" (ATP 1970, Art. 18(5)–(6)).
 * Only approval or acceptance counts: a proposal "considered rejected if no State Party objects to
 * the rejection" (CWC Art. XV(5)(d)), an amendment "deemed not to have been accepted" (ATP Art.
 * 18(4)), and an adoption at a meeting "unless a Party objects" or "with no State Party casting a
 * negative vote" (CWC Art. XV(3)(a)), which ratification follows, are not tacit acceptance.
 */
const approvalUnlessObjection =
  /(?<!\bnot\s+(?:be\s+)?)\b(?:considered|deemed)\s+(?:to\s+(?:have\s+been|be)\s+)?(?:approved|accepted)\b|\b(?:approved|accepted)\s+(?:if\s+no|unless)\b[^.;]{0,80}?\bobjects?\b/i;

/**
 * Who may stop an amendment "deemed accepted": each Party for itself ("deemed accepted by each
 * Contracting Party unless it declares that it is not able to accept it", the London Protocol's
 * Art. 22(4) in a transcriber's words; "except those which …"), or any single Party for all ("if no
 * State Party objects", CWC Art. XV(5)(d); "unless a Party objects"). Read in the words after the
 * deeming, in the same sentence.
 */
const eachForItself = /^[^.;]{0,200}?\b(?:unless\s+(?:it|that\s+(?:Contracting\s+)?(?:Party|Government|State))\b|except(?:\s+for)?\s+those\b|with\s+the\s+exception\s+of\s+those\b|(?:those|any\s+\w+)\s+(?:which|that|who)\s+do(?:es)?\s+not\s+accept\b)/i;
const anyForAll = /\b(?:if\s+no|unless\s+(?:a|any|one)\b|no\s+objection)[^.;]{0,60}?\bobject/i;

/**
 * The IMO form of tacit acceptance: an amendment "shall be deemed to have been accepted … unless
 * within that period an objection is communicated to the Secretary-General by not less than one
 * third of the Parties", and then enters into force "with respect to all Parties with the
 * exception of those which, before that date, have objected to it" (OPRC 1990, Art. 14(2)(f)(ii),
 * (g)(ii); OPRC-HNS Protocol 2000, Art. 12(2)(f)(ii), (g)(ii)); a transcription says "tacitly …
 * unless one third of the Parties object". A Party that did nothing is bound without its
 * acceptance, as under the two forms above; only a share of the Parties can stop the amendment for
 * all. Read before the veto form, whose "deemed to have been accepted" it shares: there a single
 * objection stops it (ATP Art. 18(5)), here it does not, so "binds every Party" would be false.
 * The share must be named ("one third", "half", "a majority"): an adoption at a meeting "unless
 * one third of the Parties object" that ratification follows is not tacit acceptance, nor is an
 * amendment "not deemed to have been accepted".
 */
const acceptanceUnlessShareObjects =
  /(?<!\bnot\s+(?:be\s+)?)\b(?:tacit(?:ly)?|(?:considered|deemed)\s+(?:to\s+(?:have\s+been|be)\s+)?(?:approved|accepted))\b[^.;]{0,200}?\bunless\b(?:[^.;]{0,80}?\b(?:thirds?|half|quarter|majority|per\s*cent)\b[^.;]{0,80}?\bobject(?:s|ion)?\b|[^.;]{0,80}?\bobjection\b[^.;]{0,120}?\b(?:thirds?|half|quarter|majority|per\s*cent)\b(?:\s+of\s+the\s+(?:States\s+)?Parties)?)/i;

/**
 * The same share written as notifications of non-acceptance: an annex amendment "shall enter into
 * force 15 months after communication of the proposal … unless within 12 months after the
 * communication at least one third of Contracting Governments have notified the Secretary-General in
 * writing that they do not accept the proposal" (FAL 1965, Art. VII(2)(b); those that do not accept
 * "are not bound by that amendment", (d); fifty-first run), or "in force … unless one third of the
 * Parties object".
 */
const shareDeclines = new RegExp(
  String.raw`\b(?:in(?:to)? force|effective|binding|takes? effect)\b${gap(200)}\bunless\b[^.;]{0,80}?\b(?:thirds?|half|quarter|majority|per\s*cent)\b[^.;]{0,160}?\b(?:${declinesAcceptance}|object(?:s|ed|ion)?\b)`,
  'i',
);

/** Who is bound on a tacit track, which decides what the message may say. */
export type TacitMechanism = 'each-for-itself' | 'share' | 'any-for-all' | 'deemed';

export interface TacitTrack {
  readonly mechanism: TacitMechanism;
  /** Where the words of the track are in the procedure, and the words. */
  readonly index: number;
  readonly words: string;
  /**
   * The words as the message quotes them: on an opt-out or a share, to the end of the condition, so
   * that the reader sees what is notified or objected to ("… notified the Depositary Government in
   * writing that they are unable to accept that amendment", not "… notified"; lr17, D4). Readings
   * that start after the match (`alternativeRoute`, the diagnostic's range) keep `words`.
   */
  readonly quoted: string;
}

/**
 * The rest of a condition after the words matched, where they stop short of it: after "notified"
 * or "submitted", what is notified, to the end of the clause (bounded; ", and"/", or"/" or by" begins
 * something else); after "accept", "approve" or "ratify", the object ("it", "that amendment").
 * Otherwise nothing: a share's "unless one third of the Parties object" is whole.
 */
function toEndOfCondition(words: string, procedure: string, end: number): string {
  const rest = procedure.slice(end);
  if (/\b(?:notified|submitted|notif(?:y|ies))$/iu.test(words)) {
    const tail = /^[^.;]*?(?=,\s+(?:and|or|but|provided)\b|\s+or\s+(?:by|on|at|after)\b|[.;]|$)/u.exec(rest)![0].replace(/[\s,]+$/u, '');
    if (tail.length <= 160) return tail;
    const cut = tail.slice(0, 160);
    return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))} …`;
  }
  if (/\b(?:accept|approve|ratify|be\s+bound)$/iu.test(words)) return /^\s+(?:it|them|(?:that|the|this|such)\s+(?:amendments?|proposals?|revisions?|changes?))\b/iu.exec(rest)?.[0] ?? '';
  return '';
}

/** The first of several matches in the procedure (the track the text states first). */
function first(procedure: string, patterns: readonly RegExp[]): RegExpExecArray | null {
  let found: RegExpExecArray | null = null;
  for (const pattern of patterns) {
    const match = pattern.exec(procedure);
    if (match && (!found || match.index < found.index)) found = match;
  }
  return found;
}

/**
 * The share track's words. Where words of entry into force open an explicit track and the tacit one
 * follows in the same sentence ("entering into force on acceptance by two-thirds of the Parties for
 * Articles and listed Annex paragraphs and by tacit acceptance unless more than one third object for
 * the rest of the Annex", SAR 1979 Art. III(2)(e)–(h), read: BWBV0003096; fifty-ninth run, item 3),
 * the tacit words inside are the track: the span from "into force" would take the explicit track's
 * share ("two-thirds") for the objecting one ("more than one third") and its part for the tacit one.
 */
function tightestShare(procedure: string): RegExpExecArray | null {
  const deemed = acceptanceUnlessShareObjects.exec(procedure);
  const declines = shareDeclines.exec(procedure);
  if (deemed && declines && declines.index < deemed.index && deemed.index + deemed[0].length <= declines.index + declines[0].length) return deemed;
  return first(procedure, [acceptanceUnlessShareObjects, shareDeclines]);
}

/**
 * Entry into force for a Party that waits for that Party's own instrument of consent, written after
 * a deeming: an amendment not rejected within twenty-four months "shall be deemed to have been
 * accepted and shall enter into force in respect of a Party ninety days after that Party had
 * deposited with the Secretary-General an instrument expressing its consent to be bound by that
 * amendment" (UN Illicit Traffic Convention 1988, Art. 31(1), read: BWBV0001103; sixty-sixth run).
 * The deeming there only adopts the text: no Party is bound until it consents, as under the residual
 * rule ("The amending agreement does not bind any State already a party to the treaty which does
 * not become a party to the amending agreement", VCLT Art. 40(4)), so the track is not tacit
 * acceptance. An alternative by lapse of time alone ("on its acceptance or 100 days after adoption")
 * binds a silent Party after the period and keeps the track tacit; one qualified "whichever is
 * later" or "if that is later" does not: both must have happened, so the Party's own instrument is
 * still needed (lr15 D1). The London Protocol 1996 Art. 22(4), "on notification of its acceptance
 * … or 100 days after the date of their adoption …, if that is later", is tacit only through its
 * opt-out, "except for those Contracting Parties which … make a declaration that they are not able
 * to accept" (read: BWBV0003139), which `exceptThoseWhoDecline` reads. A bare "its acceptance"
 * after a deeming of each Party's own acceptance ("deemed accepted by a Party unless it notifies an
 * objection …, in force for each Party on its acceptance or ninety days after adoption, whichever is
 * later") takes in the acceptance deemed: the silent Party is bound once the period has run, so
 * the track stays tacit (lr16 D1). Only an instrument or a notification of its own ("the deposit of
 * its instrument of acceptance", "notification of its acceptance") needs an act of the Party.
 */
const ownConsent = /\b(?:in(?:to)?\s+force|effective|binding|takes?\s+effect)\s+(?:in\s+respect\s+of|with\s+respect\s+to|for)\s+(?:a|each|every|any|that|the)\s+(?:Contracting\s+|State\s+)?Party\b[^.;]{0,160}?\b(?:that\s+(?:Contracting\s+|State\s+)?Party\s+ha(?:s|d|ve)\s+(?:deposited|notified|expressed|ratified|accepted|approved)\b|(?:deposit|notification)\s+(?:by\s+it\s+)?of\s+its\s+(?:own\s+)?(?:instrument|ratification|acceptance|approval|consent)\b|(?:instrument|notification)\s+(?:expressing|of)\s+its\s+(?:consent|ratification|acceptance|approval)\b|its\s+(?:ratification|acceptance|approval|consent\s+to\s+be\s+bound)\b)/i;
const lapseOfTime = /\bor\s+(?:\w+\s+){0,4}?(?:days?|weeks?|months?|years?)\s+after\b/i;
const laterOfBoth = /\b(?:whichever\s+(?:\w+\s+){0,2}?(?:is|be|occurs|comes)\s+(?:the\s+)?later|if\s+(?:(?:that|this|it)\s+(?:is|be)\s+)?later|the\s+later\s+of)\b/i;

/** A deeming of each Party's own acceptance: "deemed accepted by a Party", "deemed accepted … unless it objects". */
const deemedForEachParty = /^(?:considered|deemed)\s+(?:to\s+(?:have\s+been|be)\s+)?(?:approved|accepted)\s+(?:by\s+(?:a|each|every|any|that)\s+(?:Contracting\s+|State\s+)?Party\b|[^.;]{0,60}?\bunless\s+(?:it|that\s+(?:Contracting\s+|State\s+)?Party)\b)/i;
/** A Party's acceptance or approval named bare, not as an instrument or notification of it. */
const bareOwnAct = /(?<!\bof\s)\bits\s+(?:acceptance|approval)$/i;

/** Whether the words after a deeming, to the end of their sentence, bring the amendment into force for a Party only on its own consent. */
function waitsForOwnConsent(procedure: string, at: number): boolean {
  const sentence = /^[^.;]*/.exec(procedure.slice(at).replace(/["“”]/g, ''))![0];
  const consent = ownConsent.exec(sentence);
  if (consent === null) return false;
  // "deemed accepted by a Party …, in force for each Party on its acceptance": the deemed acceptance is its acceptance.
  if (bareOwnAct.test(consent[0]) && deemedForEachParty.test(sentence)) return false;
  const rest = sentence.slice(consent.index);
  return !lapseOfTime.test(rest) || laterOfBoth.test(rest);
}

/**
 * A second share beside the first, of tonnage: "by not less than one-third of the Parties or by the
 * Parties the combined merchant fleets of which constitute not less than fifty per cent of the gross
 * tonnage of the world's merchant fleet" (MARPOL 1973 Art. 16(2)(f)(iii), read: BWBV0003241; treaty
 * lawyer lr31, D8): either stops the amendment, and the message names both.
 */
const orByTonnage = /^\s+or\s+by\s+the\s+Parties\s+[^,;.]{1,200}?(?=\s+whichever\b|\s*[,;.]|\s*$)/iu;

/** The tacit-acceptance track of an amendment procedure, if it has one. */
export function tacitTrack(procedure: string): TacitTrack | undefined {
  const optOut = first(procedure, [tacitAcceptance, exceptThoseWhoDecline]);
  const found = tightestShare(procedure);
  // "deemed accepted unless one third object" and then in force for a Party only on its own
  // instrument: adopted, not tacitly accepted (Art. 31(1) of the 1988 Convention, in the share's form).
  const share = found && !(acceptanceUnlessShareObjects.test(found[0]) && waitsForOwnConsent(procedure, found.index)) ? found : null;
  // Two tracks ("for the annex … unless one third …, and, for the Convention, … except those which
  // declare …", FAL Arts. VII(2)(b), IX): the one stated first. The same words read both ways ("in
  // force … unless one third of the Parties object"): the share, which says who can stop it.
  const condition = (m: RegExpExecArray) => m[0] + toEndOfCondition(m[0], procedure, m.index + m[0].length);
  if (share && (!optOut || share.index <= optOut.index + optOut[0].length)) {
    const also = orByTonnage.exec(procedure.slice(share.index + share[0].length))?.[0] ?? '';
    return { mechanism: 'share', index: share.index, words: share[0] + also, quoted: condition(share) + also };
  }
  if (optOut) return { mechanism: 'each-for-itself', index: optOut.index, words: optOut[0], quoted: condition(optOut) };
  const veto = approvalUnlessObjection.exec(procedure);
  if (!veto || waitsForOwnConsent(procedure, veto.index)) return undefined;
  const after = procedure.slice(veto.index);
  const mechanism: TacitMechanism = eachForItself.test(after) ? 'each-for-itself' : anyForAll.test(/^[^.;]*/.exec(after)![0]) ? 'any-for-all' : 'deemed';
  return { mechanism, index: veto.index, words: veto[0], quoted: veto[0] };
}

/**
 * Who can stop an amendment accepted unless a share of the Parties objects, in the words that name
 * the share ("unless one third of the Parties object": "one third of the Parties object"); where
 * the share is not a plain fraction or majority, the text is pointed to rather than paraphrased.
 */
export function objectingShare(words: string): string {
  const named = /\b(?:(?:not\s+less\s+than|at\s+least|more\s+than)\s+)?(?:(?:one|two|three|a|\d+)[\s-]+(?:thirds?|half|quarter)|a\s+majority|\d+\s*per\s*cent)\b/i.exec(words);
  if (!named) return 'the share of the Parties the text names objects';
  const alternative = /\bor\s+by\s+(the\s+Parties\s+[^,;.]+)$/iu.exec(words);
  return `${named[0]} of the Parties${alternative ? ` or ${alternative[1]}` : ''} object`;
}

/**
 * The amendments a tacit track covers, in the header's words, where they name a part of the
 * instrument: "for the “annex”" (FAL 1965 Art. VII(2)(b)), "to the other Annexes" (London Protocol
 * 1996 Art. 22(4)), "for the categories of offences in the appendix and Article 13" (CETS 198 Art.
 * 54(6)), "for an appendix" (OPRC 1990 Art. 14(2)(f)), "to Annex I" (Helsinki 1992 Art. 26(4)).
 * Read in the track's words, else the last such words before them; the quotation marks of a term
 * reference are dropped, since the result is the header's paraphrase, not the treaty's words
 * (lr9, defects 2–3). A citation is not a scope: "provided for in Article 20.d of the Statute",
 * "pursuant to Article 12" name no part amended. Undefined where the header names no part: the
 * message then claims no scope.
 */
const scopeWords = /(?<!\b(?:pursuant|according|subject|referred|due|prior|provided|as)\s+)\b(?:for|to)\s+((?=(?:the|an?|any|its|this|other|categories|["“]?(?:annex(?:es)?|appendix|appendices|Parts?|Articles?))\b|["“])(?:[\w"“”'’-]+\s+){0,6}?["“]?(?:annex(?:es)?|appendix|appendices|Parts?|Articles?)\b[^,;.]*?)(?=\s*[,;.]|\s+by\s*$|\s+(?:(?:by\s+)?tacit(?:ly)?|adopted|effective|enters?|entering|in\s+force|into\s+force|by\s+recommendation|on\s+recommendation|considered|deemed|approved|unless)\b|$)/gi;

function lastScope(text: string): string | undefined {
  let found: string | undefined;
  for (const match of matchesOf(text, scopeWords)) found = match[1];
  return found;
}

/**
 * A scope written right after the track's words, with no stop between: "by tacit acceptance unless
 * more than one third object for the rest of the Annex" (SAR 1979 Art. III(2)(f), (h); fifty-ninth
 * run, item 3). After a comma the words may open the next track (", for the Convention, …").
 */
function followingScope(procedure: string, track: TacitTrack): string | undefined {
  const after = procedure.slice(track.index + track.words.length);
  const lead = /^\s+(?=(?:for|to)\s)/.exec(after);
  if (!lead) return undefined;
  return matchesOf(after, scopeWords).find((m) => m.index === lead[0].length)?.[1];
}

export function tacitScope(procedure: string, track: TacitTrack): string | undefined {
  const scope = lastScope(track.words) ?? followingScope(procedure, track) ?? lastScope(procedure.slice(0, track.index));
  return scope === undefined ? undefined : singleSpaced(scope.replace(/["“”]/g, '')).trim();
}

/** The header's forms of consent to be bound, as a list ("signature, acceptance or accession"). */
export function consentForms(means: readonly string[]): string | undefined {
  const forms = means.map((m) => m.trim().replace(/-/g, ' ')).filter((m) => m.length > 0);
  if (forms.length === 0) return undefined;
  return forms.length === 1 ? forms[0] : `${forms.slice(0, -1).join(', ')} or ${forms[forms.length - 1]}`;
}
