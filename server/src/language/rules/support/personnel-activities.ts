/**
 * The cooperation activities (`activities …` of a capacity-building or technology-transfer
 * block) that send one party's people to work where another is: one list for the rules that
 * ask what happens to them — their status (missing-status-of-personnel) and the claims they may
 * cause or suffer (missing-liability), which the tenth real-instrument run found asking about
 * secondments only while the status rule also knew deployments and liaison officers.
 */
export const personnelActivity = /^(?:secondments?|seconded-staff|exchanges?-of-personnel|personnel-exchanges?|staff-exchanges?|exchange-personnel|deployments?|liaison-officers?|embedded-(?:experts?|staff|analysts?)|visiting-experts?)$/i;
