/**
 * Whether a channel's stated `purpose` is one of the Law Enforcement Directive's: "the
 * prevention, investigation, detection or prosecution of criminal offences or the execution of
 * criminal penalties" (Directive (EU) 2016/680, Art. 1(1), read in a reproduction of the EUR-Lex
 * text; its scope, Art. 2(1), is processing by competent authorities for those purposes), which
 * the GDPR leaves to the Directive (GDPR Art. 2(2)(d)). The transfer rules then put the Directive
 * first for a sender whose regime is open (a State, a Government, a ministry or agency) — still
 * conditionally, since only a competent authority processes under the Directive, and never for a
 * company or a CSIRT, which stay under the GDPR (`exporterRegime`). Twenty-first and
 * twenty-second real-instrument runs: the NL–US PCSC Agreement's and the Lanzarote Convention's
 * channels, whose purposes are the prevention and investigation of serious crime and the
 * prevention and prosecution of the offences, were analysed under the GDPR first.
 *
 * Read in English and Dutch (the harness's texts): an act of the Directive's (prevent,
 * investigate, detect, prosecute, combat; voorkomen, onderzoeken, opsporen, vervolgen, bestrijden)
 * of criminal offences, crime or terrorism (strafbare feiten, misdrijven, criminaliteit), in the
 * same clause; criminal investigations, proceedings or matters (strafzaken, strafrechtelijk); the
 * execution of sentences or criminal penalties (tenuitvoerlegging van straffen). Bare "offences"
 * count only when prosecuted ("prosecution of the offences established in accordance with this
 * Convention") or met by law enforcement ("to enhance the effectiveness of law enforcement action
 * to combat the offences covered by this Convention", UNTOC 2000, Art. 27(1)): customs or
 * administrative offences may be prevented and investigated outside criminal law, and are not
 * read even then. Not read: the prevention of incidents or threats, network defence, national
 * security (outside Union law, GDPR Art. 2(2)(a)), and a clause that denies the purpose ("will
 * not be used for criminal proceedings").
 *
 * A channel without a `purpose` is read in its exchange words (`exchange … "…"`), where a
 * transcription keeps what the text says the exchange is for: UNTOC's police channel has no
 * purpose statement, only Art. 27(1)'s "law enforcement action to combat the offences", and was
 * analysed under the GDPR first (twenty-eighth real-instrument run, probe 2). A stated purpose
 * governs: the exchange words are not read beside it.
 *
 * Bare "investigations or proceedings" in the exchange words say criminal only in an instrument
 * whose title names a Directive purpose: in the Council of Europe Convention on the Prevention of
 * Terrorism (CETS 196), Art. 22(1)'s "information obtained within the framework of their own
 * investigations" that "might assist the Party receiving the information in initiating or
 * carrying out investigations or proceedings" is sent under its chapter on co-operation "in
 * connection with criminal investigations or criminal or extradition proceedings in respect of
 * the offences set forth in Articles 5 to 7 and 9" (Art. 17(1); BWBV0004604), and its senders are
 * "competent authorities" (twenty-eighth run, after-the-run note; lg26). Elsewhere — a tax or
 * customs treaty, an instrument whose title names no such purpose — they are not read, nor
 * where the words qualify them as tax, customs, administrative, disciplinary or civil.
 */
import type { Channel } from '../../ast/nodes';
import type { LawEnforcementUse } from '../../model/applicability';
import { criminalCooperation } from './channel-kinds';
import { singleSpaced } from '../../util/single-spaced';

const act = String.raw`(?:prevent\w*|investigat\w*|detect\w*|prosecut\w*|combat\w*|suppress\w*|repress\w*|voorkom\w*|voorkoming|onderzoe\w*|opsporing|opspor\w*|vervolg\w*|bestrijd\w*)`;
const crime = String.raw`(?:criminal\s+offen[cs]es?|(?:cyber|computer\s+)?crimes?|cybercrime|terroris[mt]\w*|strafba\w*\s+feit\w*|misdrij\w*|criminaliteit)`;
/** An act of the Directive's and its object, in one clause (no full stop or semicolon between). */
const actOnCrime = new RegExp(String.raw`\b${act}\b[^.;:]{0,120}?\b${crime}`, 'iu');
/** Bare "offences", only when prosecuted. */
const prosecutedOffences = new RegExp(String.raw`\b(?:prosecut\w*|vervolg\w*)\b[^.;:]{0,80}?\boffen[cs]es?\b`, 'iu');
/** The Directive's purposes named by their field. */
const criminalField = /\bcriminal\s+(?:investigations?|proceedings|matters|justice)\b|\bstrafzaken\b|\bstrafrechtelijk\w*\s+(?:onderzoek|procedures?|vervolging|zaken)\b/iu;
/** The execution of criminal penalties. */
const execution = /\b(?:execution|enforcement)\s+of\s+(?:\w+\s+){0,2}(?:sentences?|criminal\s+penalt(?:y|ies))\b|\btenuitvoerlegging\s+van\s+(?:\w+\s+){0,2}(?:straffen|strafvonnissen|vonnissen|vrijheidsstraffen)\b/iu;

/**
/**
 * Offences met by law enforcement, in one clause: "law enforcement action to combat the offences
 * covered by this Convention" (UNTOC Art. 27(1)); not customs, tax or administrative offences.
 */
const lawEnforcementOnOffences = /\blaw[- ]enforcement\b[^.;:]{0,80}?(?<!\b(?:customs|tax|fiscal|administrative|disciplinary)\s+)\b(?:offen[cs]es?|crimes?)\b/iu;

/**
 * A denial before the words in the same clause ("will not be used for criminal proceedings"): the
 * purpose is excluded, not stated — unless the denial is of every other purpose ("shall not be
 * used for purposes other than the prosecution of …", "niet … anders dan").
 */
const denial = /\b(?:not|never|nor|no|neither|niet|geen|nooit)\b/iu;
const saving = /\b(?:other than|except|save|anders dan|behalve)\b/iu;

/** The words of the channel's purpose that name a purpose of the Law Enforcement Directive, or undefined. */
export function lawEnforcementPurpose(channel: Channel): string | undefined {
  const text = channel.purpose?.value;
  return text ? directivePurposeIn(text, 'purpose') : undefined;
}

/** The words of a text that name a purpose of the Directive, quoted to the end of their phrase. */
function directivePurposeIn(text: string, kind: 'purpose' | 'exchange'): string | undefined {
  for (const pattern of [actOnCrime, prosecutedOffences, criminalField, execution, lawEnforcementOnOffences]) {
    const match = pattern.exec(text);
    if (!match) continue;
    const clauseStart = Math.max(text.lastIndexOf('.', match.index), text.lastIndexOf(';', match.index)) + 1;
    const clause = text.slice(clauseStart, match.index + match[0].length);
    if (denial.test(clause) && !saving.test(clause)) continue;
    return quoted(text, actsBefore(text, match.index), match.index + match[0].length, kind);
  }
  return undefined;
}

/**
 * Why the channel's data may be processed for the Directive's purposes, if they may: its stated
 * purpose (quoted in the message), else, without a purpose, what its exchange words say the
 * exchange is for — in themselves, or as investigations or proceedings of the field the
 * instrument's title names (`title`) — else the criminal evidence it carries.
 */
export function lawEnforcementUse(channel: Channel, title?: string): LawEnforcementUse | undefined {
  const words = lawEnforcementPurpose(channel);
  if (words) return { reason: 'purpose', words };
  const exchangeText = channel.purpose ? undefined : channel.hedgeText?.value;
  const exchange = exchangeText ? directivePurposeIn(exchangeText, 'exchange') : undefined;
  if (exchange) return { reason: 'exchange', words: exchange };
  const field = exchangeText && title ? investigationsOfField(exchangeText, title) : undefined;
  if (field) return { reason: 'exchange', words: field.words, field: field.title };
  return channel.carries.some((c) => c.value !== undefined && criminalCooperation.has(c.value)) ? { reason: 'evidence' } : undefined;
}

/** Bare investigations or proceedings, not qualified as another field's. */
const bareInvestigations = /(?<!\b(?:tax|fiscal|customs|administrative|disciplinary|civil|regulatory|supervisory)\s+)\b(?:investigations?|proceedings)(?:\s+or\s+(?:investigations?|proceedings))?\b/iu;

/** The exchange's investigations or proceedings, where the title names a Directive purpose ("Prevention of Terrorism"). */
function investigationsOfField(exchange: string, title: string): { words: string; title: string } | undefined {
  const match = bareInvestigations.exec(exchange);
  if (!match) return undefined;
  const field = directivePurposeIn(title, 'purpose');
  return field ? { words: match[0], title: field } : undefined;
}

/** Where a list of acts ending at `start` begins: "prevention and prosecution of …", not "prosecution of …". */
function actsBefore(text: string, start: number): number {
  let at = start;
  for (let before = listedAct.exec(text.slice(0, at)); before; before = listedAct.exec(text.slice(0, at))) at = before.index;
  return at;
}

const listedAct = new RegExp(String.raw`\b${act}\s*(?:,|\band\b|\bor\b|\ben\b|\bof\b)\s*$`, 'iu');

/**
 * The words from the act to the end of its noun phrase, for the message: "voorkoming van ernstige
 * en terroristische strafbare feiten", not the match's "… terroristische"; at most about a line.
 * Exchange words run on into who sends to whom and when ("criminal matters to a competent
 * authority in another State Party where they believe …"): there the phrase also ends before a
 * comma or a word that opens another part of the sentence.
 */
function quoted(text: string, start: number, end: number, kind: 'purpose' | 'exchange'): string {
  const phrase = kind === 'purpose' ? /^[^.;:(\n]*/u : /^(?:(?!\s(?:to|where|when|which|that|who|if|unless|in\s+order|so\s+as|as)\s)[^.,;:(\n])*/iu;
  const rest = phrase.exec(text.slice(end))?.[0] ?? '';
  const words = singleSpaced(text.slice(start, end) + rest).trim().replace(/[,\s]+$/u, '');
  return words.length <= 120 ? words : `${words.slice(0, 120).replace(/\s+\S*$/u, '')} …`;
}
