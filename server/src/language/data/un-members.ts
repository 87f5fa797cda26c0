/**
 * The 193 Member States of the United Nations, as ISO 3166-1 alpha-2 codes: whose treaties
 * Art. 102(1) of the UN Charter obliges to be registered ("Every treaty and every international
 * agreement entered into by any Member of the United Nations … shall as soon as possible be
 * registered with the Secretariat"). Membership is data, not an assumption: a rule asks this
 * list, never the kind of a party.
 *
 * Not Members (observer States and others): the Holy See (VA), the State of Palestine (PS),
 * Kosovo, Taiwan (TW), the Cook Islands (CK) and Niue (NU). Their treaties with each other are
 * not subject to registration; they may be filed and recorded (Regulations to give effect to
 * Art. 102, Art. 10). The European Union (`EU`) and international organisations are not Members.
 *
 * Source: a team data note (un-member-states.tsv, not kept in the repository): the 193 entries
 * of an ISO 3166-1 table whose sovereignty field reads "UN member state" (secondary data; the
 * count 193 matches the membership since South Sudan's admission in 2011). The list below was
 * written independently and compared with that note code by code: identical.
 */
export const unMemberStates: ReadonlySet<string> = new Set(
  (
    'AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL CN CO KM ' +
    'CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU ' +
    'IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN ' +
    'ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST SA SN ' +
    'RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN ' +
    'YE ZM ZW'
  ).split(' '),
);

/**
 * Whether a signatory is a UN Member, as far as the document says: a State or one of its organs
 * (ministry, agency, CERT) is the State of its `jurisdiction`; an international organisation is
 * never a Member. Undefined when the jurisdiction is not declared.
 */
export function isUnMember(party: { readonly kind?: string; readonly jurisdiction?: string }): boolean | undefined {
  if (party.kind === 'international-organisation') return false;
  if (!party.jurisdiction) return undefined;
  return unMemberStates.has(party.jurisdiction.toUpperCase());
}
