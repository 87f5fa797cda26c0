/**
 * EU adequacy decisions (GDPR Art. 45; Law Enforcement Directive Art. 36) with their scope.
 *
 * Art. 45(1) allows a decision for "the third country, a territory or one or more specified
 * sectors within that third country", and Art. 45(3) makes each decision "specify its territorial
 * and sectoral application" (GDPR text read: research/sources/gdpr-2016-679.md). So a decision
 * covers only the recipients it names: the Canadian one only organisations subject to PIPEDA, the
 * Japanese one only APPI business operators, the US one only organisations certified under the
 * EU–US Data Privacy Framework. None of those three covers a public authority.
 *
 * Source of the list and the scopes: research/sources/adequacy-decisions.md — the Commission's
 * adequacy page (stored copy of early 2022, verified); Decision 2002/2/EC recital (5) (verified);
 * Decision (EU) 2019/419 Art. 1(1) and recital (10) (verified: "personal information handling
 * business operators", public-sector processing not covered); Decision (EU) 2023/1795 Art. 1 in a
 * near-verbatim reproduction (organisations on the "Data Privacy Framework List"); the UK renewal
 * of 19 December 2025 (until 27 December 2031) from secondary reports only. Decision numbers
 * marked `numberUnconfirmed` were given from memory. The list changes: `adequacyListAsOf` says
 * when it was last checked, and the transfer messages say "known to Entente as of" that month.
 *
 * Added in December 2026 (the who-is-bound review, item 2):
 * - Brazil: Commission Implementing Decision (EU) 2026/179 of 26 January 2026 on the adequate
 *   level of protection of personal data by Brazil, OJ L, 2026/179, 28.1.2026 — its title, date
 *   and OJ reference read in the primary text (EUR-Lex, ELI dec_impl/2026/179/oj, stored copy;
 *   also BOE DOUE-L-2026-80106); its Article 1 NOT read. Its scope — controllers and processors
 *   subject to the LGPD (Law No 13.709/2018), public sector included, not processing the LGPD
 *   excludes (public safety, national defence, State security, investigation and prosecution of
 *   criminal offences, LGPD Art. 4(III)) — from secondary pages only (Baker Botts, Deleporte
 *   Wentz, EDPB Opinion 28/2025 as summarised by Pearl Cohen).
 * - The European Patent Organisation: Commission Implementing Decision (EU) 2025/1382 of 15 July
 *   2025, OJ L 18.7.2025 — title, number and date read in reproductions of the OJ text (Romanian,
 *   lex24.ro; Polish, inforlex.pl), its articles not read; adoption also in secondary pages
 *   (Covington Global Policy Watch; EPO news release). The first decision for an international
 *   organisation: the language has no code for one organisation (`INT` is every organisation), so
 *   it is recognised by its name (`organisationAdequacy`).
 * Whether the Commission adopted other decisions between early 2022 and December 2026 was not
 * checked beyond these (and the UK renewal): a recipient not on the list may have one.
 */

import { nameBeginsWith } from '../util/name-begins-with';

export const adequacyListAsOf = 'December 2026 (Commission adequacy page, copy of early 2022; UK renewal of 19 December 2025 from secondary reports; Brazil (EU) 2026/179 and the European Patent Organisation (EU) 2025/1382 added in December 2026)';

/** The month the list was last updated, for messages: "no EU adequacy decision known to Entente as of …". */
export const adequacyListMonth = 'December 2026';

/** Which recipients in the country a decision covers. */
export type AdequacyScope =
  /** The whole country or territory (no sectoral limit established). */
  | 'general'
  /** Canada: recipients subject to PIPEDA — private-sector organisations in commercial activities. */
  | 'pipeda-organisations'
  /** Japan: "personal information handling business operators" under the APPI (private sector). */
  | 'appi-business-operators'
  /** United States: organisations certified under the EU–US Data Privacy Framework. */
  | 'dpf-certified-organisations'
  /**
   * Brazil: controllers and processors subject to the LGPD, private and public sector, not
   * processing the LGPD excludes (public safety, defence, State security, criminal investigation).
   */
  | 'lgpd-controllers';

export interface AdequacyDecision {
  readonly jurisdiction: string;
  readonly country: string;
  readonly decision: string;
  readonly scope: AdequacyScope;
  /** Also an adequacy decision under the Law Enforcement Directive (Art. 36): only the UK. */
  readonly lawEnforcement: boolean;
  /** True when the decision number was given from memory, not read. */
  readonly numberUnconfirmed?: boolean;
  /**
   * A decision not limited to a kind of recipient (so `general` for the transfer rules) that still
   * does not reach every transfer: what it covers or leaves out, with where that was read, as words
   * that follow "the decision". A note
   * that says transfers "rest on" the decision says this with it (lr14, D2).
   */
  readonly limits?: string;
}

export const adequacyDecisions: readonly AdequacyDecision[] = [
  { jurisdiction: 'AD', country: 'Andorra', decision: '2010/625/EU', scope: 'general', lawEnforcement: false, numberUnconfirmed: true },
  { jurisdiction: 'AR', country: 'Argentina', decision: '2003/490/EC', scope: 'general', lawEnforcement: false, numberUnconfirmed: true },
  { jurisdiction: 'BR', country: 'Brazil', decision: '(EU) 2026/179', scope: 'lgpd-controllers', lawEnforcement: false },
  { jurisdiction: 'CA', country: 'Canada', decision: '2002/2/EC', scope: 'pipeda-organisations', lawEnforcement: false },
  { jurisdiction: 'CH', country: 'Switzerland', decision: '2000/518/EC', scope: 'general', lawEnforcement: false, numberUnconfirmed: true },
  { jurisdiction: 'FO', country: 'the Faroe Islands', decision: '2010/146/EU', scope: 'general', lawEnforcement: false, numberUnconfirmed: true },
  // The United Kingdom: the 2021 GDPR decision leaves out personal data transferred for purposes of UK
  // immigration control or otherwise within the immigration exemption of paragraph 4(1) of Schedule 2
  // to the Data Protection Act 2018 — its own Art. 1(2), cited by number and article (treaty lawyer
  // lr15, D7; first found in the UK Information Commissioner's guidance and insideprivacy.com's
  // summary, which the message no longer cites). EUR-Lex is not reachable: the decision's text was not
  // read here, nor the 2025 renewal on this point.
  {
    jurisdiction: 'GB',
    country: 'the United Kingdom',
    decision: '(EU) 2021/1772 and (EU) 2021/1773 (LED), renewed on 19 December 2025 until 27 December 2031',
    scope: 'general',
    lawEnforcement: true,
    numberUnconfirmed: true,
    limits:
      'under the GDPR, as adopted in 2021, does not cover personal data transferred for purposes of United Kingdom immigration control or otherwise within the immigration exemption of paragraph 4(1) of Schedule 2 to the Data Protection Act 2018 (Decision (EU) 2021/1772, Art. 1(2); its text not read here; whether the renewal keeps that exclusion was not read)',
  },
  { jurisdiction: 'GG', country: 'Guernsey', decision: '2003/821/EC', scope: 'general', lawEnforcement: false, numberUnconfirmed: true },
  // Israel: "with regard to automated processing of personal data" (title, read on the EUR-Lex page of
  // the consolidated text, CELEX 02011D0061-20161217); adequate "with regard to automated international
  // transfers … or, where those transfers are not automated, they are subject to further automated
  // processing in the State of Israel" (recital 12, read in a reproduction of the text: proteuscyber.com);
  // Chapter 2 of the Privacy Protection Act does not apply to manual databases (recital 13, same
  // reproduction). Article 1 itself was not read whole. The number is read in the title.
  {
    jurisdiction: 'IL',
    country: 'Israel',
    decision: '2011/61/EU',
    scope: 'general',
    lawEnforcement: false,
    limits:
      'covers only automated transfers, and others whose data are then processed automatically in Israel (Decision 2011/61/EU, on "automated processing of personal data", recital 12)',
  },
  { jurisdiction: 'IM', country: 'the Isle of Man', decision: '2004/411/EC', scope: 'general', lawEnforcement: false, numberUnconfirmed: true },
  { jurisdiction: 'JE', country: 'Jersey', decision: '2008/393/EC', scope: 'general', lawEnforcement: false, numberUnconfirmed: true },
  { jurisdiction: 'JP', country: 'Japan', decision: '(EU) 2019/419', scope: 'appi-business-operators', lawEnforcement: false },
  // The Republic of Korea: "under the Personal Information Protection Act" (title, read on the EUR-Lex
  // page of the Official Journal text, CELEX 32022D0254, which also confirms the number). The
  // exclusions are of kinds of processing, not of recipients (treaty lawyer lr15, D6): processing for
  // missionary activities by religious organisations, for the nomination of candidates by political
  // parties, and of personal credit information under the Credit Information Act by controllers
  // subject to oversight by the Financial Services Commission — the decision's Art. 1, cited by number
  // and article; its text was not read here (EUR-Lex not reachable; first found in the Luxembourg
  // CNPD's summary of 17 December 2021, which had been paraphrased too broadly).
  {
    jurisdiction: 'KR',
    country: 'the Republic of Korea',
    decision: '(EU) 2022/254',
    scope: 'general',
    lawEnforcement: false,
    limits:
      'covers recipients subject to the Personal Information Protection Act, except processing for missionary activities by religious organisations, processing for the nomination of candidates by political parties, and processing of personal credit information under the Credit Information Act by controllers subject to oversight by the Financial Services Commission (Decision (EU) 2022/254, Art. 1; its text not read here)',
  },
  { jurisdiction: 'NZ', country: 'New Zealand', decision: '2013/65/EU', scope: 'general', lawEnforcement: false, numberUnconfirmed: true },
  { jurisdiction: 'US', country: 'the United States', decision: '(EU) 2023/1795 (EU–US Data Privacy Framework)', scope: 'dpf-certified-organisations', lawEnforcement: false },
  { jurisdiction: 'UY', country: 'Uruguay', decision: '2012/484/EU', scope: 'general', lawEnforcement: false, numberUnconfirmed: true },
];

/** An adequacy decision for an international organisation, recognised by the organisation's name. */
export interface OrganisationAdequacy {
  readonly organisation: string;
  readonly decision: string;
  /** Names and acronyms, matched at the start of a party's name as whole phrases (`nameBeginsWith`). */
  readonly names: readonly string[];
}

export const organisationAdequacyDecisions: readonly OrganisationAdequacy[] = [
  {
    organisation: 'the European Patent Organisation',
    decision: '(EU) 2025/1382',
    // The Office is the Organisation's organ that processes the data (European Patent Convention Art. 4(2), from memory).
    names: ['European Patent Organisation', 'European Patent Organization', 'European Patent Office', 'EPOrg', 'EPO'],
  },
];

/** The GDPR adequacy decision covering the international organisation the name names, if any. */
export function organisationAdequacy(name: string | undefined): OrganisationAdequacy | undefined {
  return organisationAdequacyDecisions.find((d) => nameBeginsWith(name, d.names) !== undefined);
}

const byJurisdiction = new Map(adequacyDecisions.map((d) => [d.jurisdiction, d]));

export function adequacyDecision(jurisdiction: string | undefined): AdequacyDecision | undefined {
  return jurisdiction ? byJurisdiction.get(jurisdiction) : undefined;
}

/** What a sector-limited decision covers, in words for a message. */
export const scopeDescription: Readonly<Record<Exclude<AdequacyScope, 'general'>, { covers: string; excludes: string }>> = {
  'pipeda-organisations': {
    covers: 'recipients subject to PIPEDA (private-sector organisations in commercial activities)',
    excludes: 'federal public bodies under the Privacy Act and the provincial public sector (Decision 2002/2/EC, recital 5)',
  },
  'appi-business-operators': {
    covers: 'personal information handling business operators under the APPI (the private sector)',
    excludes: 'Japanese public-sector bodies (Decision (EU) 2019/419, recital 10)',
  },
  'dpf-certified-organisations': {
    covers: 'US organisations certified under the EU–US Data Privacy Framework',
    excludes: 'US public authorities and organisations that are not certified',
  },
  'lgpd-controllers': {
    covers: 'controllers and processors subject to the LGPD, public authorities included',
    excludes: 'processing the LGPD excludes: public safety, national defence, State security and the investigation and prosecution of criminal offences (LGPD Art. 4(III); scope read in secondary pages only)',
  },
};
