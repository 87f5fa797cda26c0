/**
 * Acceptance by a share of the Parties that binds them all: an amendment "shall enter into force one
 * hundred and twenty days after the Depositary has received notices of acceptance from two-thirds of
 * those States which, at the time of adoption by the Assembly of Parties, were Parties. Upon its
 * entry into force, the amendment shall become binding upon all Parties" (EUTELSAT Convention 1982
 * as amended 1999, Art. XIV(b), read: BWBV0002146; seventieth run, defect 7). Each accepting Party
 * consents, but up to a third of the Parties are bound without an act of their own: the text
 * displaces the residual rule ("The amending agreement does not bind any State already a party to
 * the treaty which does not become a party to the amending agreement", VCLT Art. 40(4), read:
 * BWBV0003441), as Art. 39 lets it. Read narrowly, for `treaty-amendment-by-decision`:
 * - the share is of acceptances, ratifications or approvals ("acceptance by two-thirds", "after
 *   three-quarters of the Parties have deposited instruments of ratification"), never of a vote
 *   ("adopted by a two-thirds majority of the Parties present and voting"), and never "all";
 * - the binding words name all the Parties ("binding upon all Parties", "in force for all the
 *   Parties", "shall bind all the States"), in the share's sentence or the one after it, with no clause
 *   or exception after them: in force "for those Parties which have accepted it", "for all Parties
 *   that have ratified it", "binding on those States Parties which have expressed their consent to be
 *   bound by it" bind only those Parties, as Art. 40(4) does, and stay silent.
 */
import { matchesOf } from '../../util/all-matches';

/** A share of the Parties, in words or figures; "all" is no share. */
const share = String.raw`(?:(?:not\s+less\s+than|at\s+least|more\s+than)\s+)?(?:(?:one|two|three|four|a)[\s-]+(?:thirds?|half|quarters?|fourths?|fifths?)|(?:a\s+|an\s+absolute\s+|a\s+simple\s+)?majority|\d+(?:\s*per\s*cent|\s*%)?|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)(?:-\w+)?)`;

/** Words of a Party's own consent to the amendment. */
const consentWords = String.raw`(?:accept\w*|ratif\w*|approv\w*|consent\s+to\s+be\s+bound)`;

/**
 * The share of consents: "acceptance by two-thirds of the Parties", "notices of acceptance from
 * two-thirds of those States", "after two thirds of the Parties have accepted it" / "have deposited
 * instruments of acceptance". A share followed by "vote", "voting" or "present" is a vote's.
 */
const shareOfConsents = new RegExp(
  String.raw`\b${consentWords}\b(?:(?!\b(?:adopt\w*|vot\w*|all)\b)[^.;]){0,80}?\b(?:by|from|of)\s+(?:the\s+)?(${share})\s+(?!(?:of\s+(?:the\s+)?)?(?:(?:States\s+|Contracting\s+)?Parties\s+)?(?:present|vot))|\b(?:when|after|once|upon|on)\s+(?:the\s+)?(${share})\s+of\s+(?:the\s+|those\s+)?[^.;]{0,60}?\b(?:have|has|had)\s+(?:deposited\s+(?:their\s+|the\s+)?instruments?\s+of\s+|notified\s+(?:their\s+)?|expressed\s+their\s+)?${consentWords}`,
  'i',
);

/** All the Parties bound: "binding upon all Parties", "in force for all the Parties", "bind all the States". */
const bindsAll = /\b(?:binding\s+(?:up)?on|bind|(?:in(?:to)?\s+force|effective|take\s+effect|takes\s+effect)\s+(?:for|in\s+respect\s+of|with\s+respect\s+to))\s+all\s+(?:the\s+)?(?:States\s+|Contracting\s+|Member\s+)?(?:Parties|Governments|States|Members)\b/gi;

/** Any clause or exception after "all … Parties" that narrows it ("that have ratified it", "except those …"). */
const narrowed = /^\s*,?\s*(?:that|which|who|having|except|save|other\s+than|excluding|not\s+having|to\s+which|for\s+which)\b/i;

/**
 * Entry into force for the other Parties on their own instrument, after the binding words: "…
 * in force for all Parties ninety days after acceptance by two thirds of the Parties. Thereafter it
 * shall enter into force for any other Party on the deposit of its instrument of acceptance" (lr16
 * D5); ", and thereafter for each other Party on the deposit of its instrument". A Party that has not accepted is then bound only on its own act, and "all Parties" means
 * those that accepted, as under Art. 40(4): the route binds no one without consent.
 */
const othersOnOwnConsent = /\b(?:in(?:to)?\s+force|effective|binding|bind|takes?\s+effect|thereafter|subsequently|afterwards)\s+(?:for|in\s+respect\s+of|with\s+respect\s+to|(?:up)?on)\s+(?:any|each|every|all)\s+(?:the\s+)?other\s+(?:States?\s+|Contracting\s+)?(?:Part(?:y|ies)|States?|Governments?)\b(?:(?!\b(?:without|regardless|irrespective|whether\s+or\s+not|even\s+if|including|included)\b)[^.;]){0,160}?\b(?:deposit\w*\s+(?:by\s+it\s+)?(?:of\s+)?(?:its|their)\b|(?:its|their)\s+(?:own\s+)?(?:instruments?|ratification|acceptance|approval|consent)\b|notification\s+(?:by\s+it\s+)?of\s+(?:its|their)\b|(?:that|which|when\s+it|once\s+it|as\s+it)\s+(?:ratifies|accepts|approves)\b)/i;

export interface ShareBindsAll {
  /** Where the words are in the procedure, and the words (the share's sentence to the binding words). */
  readonly index: number;
  readonly words: string;
  /** The share in the header's words: "two-thirds". */
  readonly share: string;
}

/** The procedure's sentences, with their offsets. */
function sentences(procedure: string): { readonly start: number; readonly text: string }[] {
  return matchesOf(procedure, /[^.;]+[.;]?/g).map((m) => ({ start: m.index, text: m[0] }));
}

/**
 * The procedure's route on which an amendment accepted by a share of the Parties binds them all, if
 * it has one: the binding words with a share of consents in their own sentence ("Area amendments in
 * force for all States Parties one year following ratification or accession by three fourths of the
 * States Parties", UNCLOS 1982 Art. 316(5), read: BWBV0003172), else in the sentence before ("…
 * notices of acceptance from two-thirds … . Upon its entry into force, the amendment shall become
 * binding upon all Parties", EUTELSAT Art. XIV(b)). The share of another sentence's route (Art.
 * 316(1): in force "for the States Parties ratifying or acceding to them" after two thirds) is not
 * this route's.
 */
export function shareBindsAll(procedure: string): ShareBindsAll | undefined {
  const parts = sentences(procedure);
  for (const [i, sentence] of parts.entries()) {
    for (const bind of matchesOf(sentence.text, bindsAll)) {
      const end = bind.index + bind[0].length;
      if (narrowed.test(sentence.text.slice(end))) continue;
      // The rest of the sentence and the next one: "Thereafter … for any other Party on the deposit of its instrument".
      if (othersOnOwnConsent.test(sentence.text.slice(end)) || othersOnOwnConsent.test(parts[i + 1]?.text ?? '')) continue;
      const own = shareOfConsents.exec(sentence.text);
      const before = own ? undefined : parts[i - 1];
      const found = own ?? (before ? shareOfConsents.exec(before.text) : null);
      if (!found) continue;
      // The route's own sentence from its start, so that the words name what it amends ("Area
      // amendments …"); after a share in the sentence before, from the share.
      const from = own ? sentence.start : before!.start + found.index;
      const to = sentence.start + Math.max(end, own ? found.index + found[0].length : 0);
      return { index: from, words: procedure.slice(from, to).trim(), share: (found[1] ?? found[2]).trim() };
    }
  }
  return undefined;
}

/**
 * What the route does, for the message after the header's consent forms: the share in the header's
 * words, who is bound, and Art. 40(4) as the rule the text displaces.
 */
export function shareBindsAllMessage(route: ShareBindsAll, provisions: string): string {
  return `Under the route of the amendment procedure on which a share of the Parties consents (${provisions}in the header's summary: ${route.words.replace(/["“”]/g, '')}), an amendment enters into force once the share the header's summary names (${route.share}) has ratified, accepted or approved it, and then binds every Party, one that has not done so included, without that Party's own ratification, acceptance or approval`;
}
