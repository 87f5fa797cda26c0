// Generates a large, realistic, syntactically clean instrument of about `lines` lines: many
// parties with contacts, channels, protocols, exercises, definitions and prose clauses.
export function generateInstrument(lines) {
  const out = [
    'treaty "Convention on Cyber Security Cooperation (benchmark)" {',
    '  status binding',
    '  languages English, French authentic prevailing English',
    '  done at "Strasbourg" on 2027-06-15',
    '  effect 3 months after last ratification by 5 parties',
    '  consent by signature, ratification',
    '  duration indefinite',
    '  denunciation with notice of 12 months',
    '  amendment by protocol subject to ratification',
    '  disputes by negotiation, arbitration',
    '  governing law international',
    '  depositary "Secretary General of the Council of Europe"',
    '  registration article-102',
    '  reservations none',
    '}',
    '',
    'define "Incident" means "an event that compromises the security of a network and information system"',
    '',
  ];
  let i = 0;
  while (out.length < lines) {
    const id = `P${i}`;
    const next = `P${i + 1}`;
    out.push(
      `party ${id} "Republic number ${i}" {`,
      '  kind state',
      `  jurisdiction ${i % 2 === 0 ? 'EE' : 'FI'}`,
      '  represented by "Ministry of Foreign Affairs"',
      `  contact Duty "National CERT ${i}" available 24/7 email "cert${i}@example.org" phone "+372 600 ${String(i).padStart(4, '0')}"`,
      '}',
      `channel Intel${i} between ${id}, ${next} {`,
      '  carries indicators, vulnerabilities, incident-reports',
      '  marking TLP:AMBER',
      '  onward sharing with-clients',
      '  purpose "network defence of the Parties"',
      `  contacts ${id}.Duty`,
      '}',
      `protocol Notify${i} {`,
      '  when severity high',
      `  notify ${next} within 24 hours via Intel${i}`,
      '  report final within 1 month',
      '}',
      `exercise Drill${i} every 12 months led by ${id} with ${next} { scope "table-top" first 2028-01-15 }`,
      `clause Cooperation${i} """`,
      `  The Parties shall cooperate in the prevention of and response to any Incident affecting`,
      `  the networks of party number ${i}, in accordance with their domestic law.`,
      '"""',
      '',
    );
    i++;
  }
  return out.join('\n') + '\n';
}
