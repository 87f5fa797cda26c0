/**
 * What EDPB Guidelines 2/2020 expect an Art. 46(2)(a) instrument or Art. 46(3)(b) arrangement
 * between public bodies to contain (research/sources/edpb-2-2020.md: ¶¶27–30, 38–40, 60–68 read
 * in a verbatim reproduction; the other elements follow the Guidelines' section headings as
 * reported), and how `missing-transfer-safeguards` (MC20) finds each in the instrument's prose:
 * by the usual words of each element, so a miss is a warning the drafter can answer.
 */
import { reachesChannel, topicScope } from '../../model/topic-scope';
import type { Channel, Clause } from '../../ast/nodes';
import type { ClauseTopic } from '../../ast/topics';
import type { SemanticModel } from '../../model/semantic-model';
import { clauseTopics } from './applicability';
import { oncePer } from '../../util/once-per';
import { singleSpaced } from '../../util/single-spaced';

/** One element EDPB Guidelines 2/2020 expect an Art. 46(2)(a)/(3)(b) instrument to state. */
export interface SafeguardElement {
  readonly name: string;
  readonly found: (prose: string) => boolean;
  /** Where the prose states part of the element, what it leaves out, said in place of the name. */
  readonly partly?: (prose: string) => string | undefined;
}

const has = (...patterns: RegExp[]) => (prose: string) => patterns.every((p) => p.test(prose));

/** Liability, or compensation, for damage owed to the person concerned (the prose is lower case). */
const liableForDamage = /\bliab(?:le|ility)\b[^.;]{0,120}\b(?:persons?|data subjects?|individuals?)\b[^.;]{0,60}\bdamage|\bcompensat\w*[^.;]{0,60}\bdamage/;

/** The person concerned informed on application or request ("upon application … shall be informed of the supplied data"; the prose is lower case). */
const informedOnRequest = /\b(?:up)?on (?:application|request)\b[^.;]{0,80}\bshall be informed\b|\bshall be informed,? (?:up)?on (?:application|request)\b/;

/** The core content (Guidelines 2/2020 ¶¶27–30, 38–40, 45–47, 51, 61–68; the section headings for the rest). */
export const coreElements: readonly SafeguardElement[] = [
  { name: 'purpose limitation', found: has(/\bpurposes?\b/) },
  { name: 'data minimisation and accuracy', found: has(/minimi[sz]|adequate, relevant|limited to what is necessary|\baccura(?:te|cy)/) },
  // "Must be destroyed as soon as the recipient … no longer has any need for them", "the time
  // limits after which such data must be destroyed" (NL–UAE customs 2015, Art. 18(1), (6)) state it;
  // destruction when the agreement ends, or of data that should not have been sent ("destroy
  // non-communicable data"), or protection against "unauthorised destruction", do not: they say
  // nothing of keeping data no longer than necessary (GDPR Art. 5(1)(e)).
  {
    name: 'storage limitation',
    found: has(
      /\bretain|retention|storage limitation|no longer (?:than|needed|necessary|required)|no longer (?:has |have )?(?:any )?need\b|(?:kept|stored) for|(?:delete|erase|destroy)[a-z]* (?:\w+ )?(?:after|when|once|at the latest|as soon as)(?! (?:the |this )?(?:agreement|arrangement|memorandum|treaty|convention|termination|expiry))|(?:time limits?|periods?) (?:after which|for|within which) [^.;]{0,40}(?:destr|delet|eras)/,
    ),
  },
  { name: 'security and confidentiality', found: has(/secur|technical and organi[sz]ational measures|confidential|unauthori[sz]ed (?:access|disclosure)|accidental or unlawful/) },
  {
    name: 'restriction of onward transfers (¶38)',
    found: has(/onward|further transfer|transfer(?:red)? the data (?:on|further)|disclos\w* (?:them |it |the data )?to (?:a )?third|(?:exchanged|shared|transferred|disclosed|provided) with (?:other )?(?:government )?authorities in third countr/),
  },
  { name: 'sensitive data', found: has(/special categor|sensitive (?:personal )?data|racial or ethnic|(?:data|information) (?:concerning|about|on|relating to) (?:\w+ )?health|health data|biometric|genetic/) },
  // "An automated system which filters those sensitive PNR codes" is not a decision about a person.
  { name: 'automated decisions', found: has(/automated (?:individual )?decision|decisions? (?:based|taken|made) (?:solely |only )?(?:on|by) automated|solely on (?:the basis of )?automated|automated processing/) },
  // "To establish the existence of an automated personal data file, its main purposes, as well as
  // the identity … of the controller" (Convention 108 Art. 8(a); NL–US customs 1996, Annex
  // Principle 4(a)): transparency on request.
  // Information on request is part of it, not the whole: "Upon application the person concerned
  // shall be informed of the supplied data relating to him and of the use to which such data are to
  // be put" (NL TIEAs, Protocol Art. 1(e); seventy-fifth run, defect 1) leaves out the general
  // notice (¶28), the individual information by the sending body (¶29) and publication (¶30).
  {
    name: 'transparency towards data subjects (¶¶27–30)',
    found: has(/transparen|information notice|inform(?:ation to)? data subjects|obtain information|publicly available|publish|publication|establish the existence of/),
    partly: (prose) =>
      informedOnRequest.test(prose)
        ? 'transparency towards data subjects (¶¶27–30) beyond information on request: no general information notice (¶28), no individual information by the sending body (¶29) and no commitment to make the instrument available (¶30)'
        : undefined,
  },
  // Access is the data subject's: "Upon application the person concerned shall be informed of the
  // supplied data relating to him" (NL TIEAs, Protocol Art. 1(e)), "shall be informed, upon request,
  // of the personal data present about him" (NL–UAE 2015, Art. 18(5)), "communication to him of such
  // data" (NL–US 1996, Annex; Convention 108 Art. 8(b)); protection "against unauthorised access" is
  // security, not a right of the person: it credited access on the NL TIEAs rather than Art. 1(e)
  // did, and would on a text without (e) (forty-first run, point 1).
  {
    name: 'data-subject rights of access, rectification and erasure',
    found: has(/(?<!unauthori[sz]ed |unlawful |accidental )\baccess\b|disclosed to the (?:individual|data subject|person concerned)|(?:person concerned|data subjects?|individuals?) shall be informed[^.;]{0,40} of the (?:\w+ ){0,2}data|communication to (?:him|her|them) of (?:such|the|those) data/, /rectif|erasure|\berase|\bobject|\bcorrect(?:ion|ed|ing)?\b/),
  },
  // Liability of the receiving body to the person damaged is the compensation of ¶47, not the rest
  // of redress: "The receiving authority shall bear liability in accordance with its domestic laws
  // in relation to any person suffering unlawful damage as a result of supply of data" (NL TIEAs,
  // Protocol Art. 1(f); forty-first run) states no way to complain and no independent body (¶46).
  {
    name: 'redress (¶¶45–47)',
    found: has(/redress|remed(?:y|ies)|complain/),
    partly: (prose) =>
      liableForDamage.test(prose)
        ? 'redress (¶¶45–47) beyond the receiving side’s liability for damage: no way to complain to it and no administrative redress before an independent body (¶46)'
        : undefined,
  },
  // ¶51 asks for "independent supervision monitoring the proper application of the agreement":
  // supervision said to be independent ("The supervisory authorities shall exercise their functions
  // in complete independence", ETS 181, Art. 1(3); "judicial or other independent supervision"), or
  // a data-protection authority's. Oversight, supervision or independence alone is not: "including
  // the determination of any appeal or the oversight of the above" (OECD-model TIEAs, Art. 8(1);
  // NL–Anguilla 2009, forty-first run) is oversight of the tax administration; "exercise oversight
  // for activities carried out under this Agreement" (NL–US 2012, Art. 5(1)(b)) the Agreement Managers'
  // own; "under the supervision of the competent authority" (a controlled delivery) the sender's;
  // "the supervisory authorities" of NL–US 1989 supervise securities markets; and "an independent
  // right of residence" (Benelux–Kazakhstan 2015) is no body at all. A complaint to a supervisory
  // authority (the GDPR's, independent by its Art. 52) or a commissioner "who oversees compliance
  // independently" is oversight (the samples pl-ua and md-ro).
  {
    name: 'independent oversight (¶51)',
    found: has(
      /independent (?:\w+ ){0,3}(?:oversight|supervis|authorit|bod(?:y|ies)|commission|monitor)|in complete independence|acts? independently|(?:oversee|supervise|monitor)s? [^.;]{0,40}\bindependently|complain\w* (?:\w+ ){0,2}(?:to|with|before) (?:the |an? )?(?:\w+ ){0,3}supervisory authorit|(?:supervised|monitored|overseen) by (?:an? |the )?(?:independent|data protection|(?:privacy |information )?commissioner)|data protection (?:supervisory )?(?:authorit|commission|supervisor|board)|(?:privacy|information) commissioner/,
    ),
  },
];

/** What an administrative arrangement under Art. 46(3)(b) needs in addition (¶¶66, 68). */
export const arrangementElements: readonly SafeguardElement[] = [
  {
    name: 'authorisation by the competent supervisory authority (Art. 46(3)(b); ¶66)',
    found: (prose) => /authori[sz]/.test(prose) && /supervisory|data protection|protection of personal data|46\(3\)\(b\)|proteção de dados|protection des données|datenschutz/.test(prose),
  },
  { name: "the recipient's assurance that the rights are provided by its domestic law (¶68)", found: has(/(?:domestic|national) law|\blaw of \w+|\bits law/, /\brights?\b|\baccess\b|redress|remed/) },
];

/** Named bases whose content EDPB 2/2020 does not govern: a derogation, SCCs, BCRs, an adequacy decision. */
export const otherBasis = /49|derogation|standard[-_]?(?:data[-_]?protection[-_]?)?(?:contractual[-_]?)?clauses|\bscc|binding[-_]?corporate|\bbcr|\bdpf\b|privacy[-_]?framework|adequacy/i;
export const arrangement = /administrative|arrangement|46[-_(]*3/i;

/** Clauses on the protection of the information exchanged: read whole. */
const protectionTopics: ReadonlySet<ClauseTopic> = new Set<ClauseTopic>(['data-protection', 'transfer-safeguards', 'confidentiality', 'purpose-limitation']);
const mentionsPersonalData = /personal data|personal information|data subjects?/i;
const preambleName = /\bpreamble\b/i;

/**
 * The prose that may state safeguards: the channel's safeguards text, the clauses on the
 * protection of the information exchanged (by topic), and the other clauses that speak of
 * personal data or data subjects — retention or security may sit in a clause of its own. Not the
 * preamble or the definitions, which state no safeguard, nor clauses on other matters: the words
 * of a customs treaty's preamble ("the accurate assessment of customs duties", "public health")
 * and of its definition of a controlled delivery ("under the supervision of the competent
 * authority") are not accuracy, sensitive data and oversight (ninth real-instrument run,
 * NL–Japan 2009).
 */
export function safeguardProse(model: SemanticModel, channel: Channel): string {
  // A clause whose protection topics are scoped to other channels (`about data-protection for X`) is not this channel's.
  const clauses = scopedProtection(model) ? scopedClauseProse(model, channel.id?.text ?? '') : clauseProse(model);
  return singleSpaced([channel.safeguardsText?.value, clauses].filter((t): t is string => !!t).join('\n')).toLowerCase();
}

/** The clauses' part of `safeguardProse`: the same for every channel, so chosen once per model. */
const clauseProse = oncePer((model: SemanticModel): string => scopedClauseProse(model, undefined));

/** The clauses' part for one channel, where some clause scopes a protection topic to channels. */
function scopedClauseProse(model: SemanticModel, channel: string | undefined): string {
  return clauseTexts(model, channel).join('\n');
}

function clauseTexts(model: SemanticModel, channel: string | undefined): string[] {
  const texts: string[] = [];
  for (const clause of [...model.ast.clauses, ...(model.parentFile?.model?.clauses ?? [])]) {
    const text = model.clauseText(clause);
    if (text && readForSafeguards(model, clause, text, channel)) texts.push(text);
  }
  return texts;
}

/** The texts `safeguardProse` reads, as written: the channel's safeguards text first, then the clauses read for it. */
export function safeguardTexts(model: SemanticModel, channel: Channel): string[] {
  const clauses = clauseTexts(model, scopedProtection(model) ? (channel.id?.text ?? '') : undefined);
  return channel.safeguardsText ? [channel.safeguardsText.value, ...clauses] : clauses;
}

const scopedProtection = oncePer((model: SemanticModel): boolean =>
  [...model.ast.clauses, ...(model.parentFile?.model?.clauses ?? [])].some((clause) => [...protectionTopics].some((t) => topicScope(clause, t) !== undefined)),
);

function readForSafeguards(model: SemanticModel, clause: Clause, text: string, channel: string | undefined): boolean {
  const topics = clauseTopics(model, clause);
  const protection = [...topics].filter((t) => protectionTopics.has(t));
  if (protection.some((t) => reachesChannel(clause, t, channel))) return true;
  // On the protection of other channels' information only: not read for this one, whatever its words.
  if (protection.length > 0) return false;
  const preamble = [clause.id?.text, clause.heading?.value].some((name) => name !== undefined && preambleName.test(name.trim()));
  if (preamble || topics.has('definitions')) return false;
  return mentionsPersonalData.test(text);
}

/**
 * Elements the channel states in its own statements: its `purpose` (the purpose the data may be
 * used for) and an onward-sharing rule that excludes onward transfer or subjects it to the
 * sender's prior consent (¶38).
 */
export function statedByChannel(channel: Channel): ReadonlySet<string> {
  const stated = new Set<string>();
  if (channel.purpose) stated.add('purpose limitation');
  if (channel.onwardSharing?.value && ['none', 'within-organisation', 'with-consent', 'with-written-consent'].includes(channel.onwardSharing.value)) stated.add('restriction of onward transfers (¶38)');
  return stated;
}

