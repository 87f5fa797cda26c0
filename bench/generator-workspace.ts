// The benchmark's workspace: shared registries (partners, security agreements) and bilateral
// memoranda and annexes that `use` them, for the 200-file against 2-file figures.
import { carriesSets, categories, euMembers, levels, purposes, q, rng, sectors, severities, states, tlpRules, wrap, type State } from './generator-data';

// ── Workspaces ────────────────────────────────────────────────────────────────────────────────

/**
 * A workspace of `count` files: `registry/partners.entente` (every partner's record and duty
 * contacts), `registry/agreements.entente` (security agreements with equivalence tables) and
 * bilateral instruments — memoranda, treaties and annexes — that `use` them. Returns
 * [{ path, text }]; `opened` names the file the benchmark opens (it uses only the partners
 * registry, so the same file also makes a two-file workspace with it).
 */
export interface WorkspaceFile {
  path: string;
  text: string;
}

export function generateWorkspace(count: number, { seed = 7 }: { seed?: number } = {}): { files: WorkspaceFile[]; opened: string } {
  const r = rng(seed);
  const files: WorkspaceFile[] = [];
  const partners = [
    '// Partner registry: one record per partner, `use`d by every instrument that names it.',
    '',
    ...states.flatMap(([code, short, formal, cert, domain, phone]) => [
      `party ${code} ${q(formal)} {`,
      '  kind state',
      `  jurisdiction ${code}`,
      `  represented by ${q(`Ministry of Foreign Affairs of ${short}`)}`,
      `  contact Duty ${q(`${cert} duty officer`)} available 24/7 email ${q(`duty@${domain}`)} phone ${q(`${phone} 600 ${1000 + r.int(9000)}`)}`,
      `  contact Policy ${q(`Cyber Diplomacy Department of ${short}`)} available office-hours email ${q(`cyber@mfa.${domain.split('.').pop()}`)}`,
      ...(euMembers.has(code) ? ['  regimes GDPR'] : []),
      '}',
      '',
    ]),
  ];
  files.push({ path: 'registry/partners.entente', text: partners.join('\n') });
  const agreements = ['// Security agreements between partners, with their classification equivalence tables.', '', 'use "partners.entente"', ''];
  for (let i = 0; i + 1 < states.length; i += 2) {
    const [a, b] = [states[i], states[i + 1]];
    agreements.push(
      `security-agreement GSA${a[0]}${b[0]} ${q(`Agreement between ${a[2]} and ${b[2]} on the Mutual Protection of Classified Information`)} between ${a[0]}, ${b[0]} up to SECRET {`,
      ...levels.map(([level, k]) => `  level ${level} equals ${a[0]} ${q(a[6][k])}, ${b[0]} ${q(b[6][k])}`),
      '  breach procedure "the Party that detects a compromise informs the originating Party without delay"',
      '}',
      '',
    );
  }
  files.push({ path: 'registry/agreements.entente', text: agreements.join('\n') });

  let n = 0;
  while (files.length < count) {
    n++;
    // Every third instrument is between the two partners of a security agreement and has a
    // classified channel under it (so it uses the agreements registry too).
    const classified = n % 3 === 0;
    const pair = 2 * ((n / 3) % Math.floor(states.length / 2));
    const a = classified ? states[pair] : states[r.int(states.length)];
    let b = classified ? states[pair + 1] : states[r.int(states.length)];
    if (b === a) b = states[(states.indexOf(a) + 1) % states.length];
    const name = `mou-${String(n).padStart(3, '0')}-${a[0].toLowerCase()}-${b[0].toLowerCase()}.entente`;
    files.push({ path: `instruments/${name}`, text: bilateralMou(a, b, r, n, classified ? `GSA${a[0]}${b[0]}` : undefined) });
    if (files.length < count && n % 4 === 0) {
      files.push({ path: `instruments/annex-${String(n).padStart(3, '0')}.entente`, text: annex(name, a, b, n) });
    }
  }
  return { files, opened: files[2].path };
}

function bilateralMou(a: State, b: State, r: ReturnType<typeof rng>, n: number, agreement?: string): string {
  const [A, B] = [a[0], b[0]];
  const out = [
    `memorandum ${q(`Memorandum of Understanding between ${a[3]} of ${a[1]} and ${b[3]} of ${b[1]} on Cyber Security Cooperation (${n})`)} {`,
    '  status non-binding',
    '  languages English equally-valid',
    `  signed at ${q(r.pick(['Tallinn', 'Brussels', 'Geneva', 'Vienna', 'Ottawa', 'Tokyo']))} on 2027-0${1 + (n % 9)}-1${n % 10}`,
    '  effect on signature',
    '  duration 5 years renewable for 5 years',
    '  discontinue with notice of 6 months',
    '  amendment by written decision',
    '  disputes by consultation',
    '}',
    '',
    'use "../registry/partners.entente"',
    ...(agreement ? ['use "../registry/agreements.entente"'] : []),
    '',
    `participant ${A}`,
    `participant ${B}`,
    '',
    'define "Incident" means "an event compromising the availability, authenticity, integrity or confidentiality of data or services"',
    '',
  ];
  const channels = 1 + r.int(3);
  for (let c = 1; c <= channels; c++) {
    const [tlp, onward] = r.pick(tlpRules);
    const severity = r.pick(severities);
    out.push(
      `channel Exchange${c} between ${A}, ${B} {`,
      `  carries ${r.pick(carriesSets).join(', ')}`,
      `  marking ${tlp}`,
      `  onward sharing ${onward}`,
      `  purpose ${q(r.pick(purposes).replace(/Significant Incidents|Cross-Border Incidents/g, 'Incidents').replace(/Parties/g, 'Participants'))}`,
      `  contacts ${A}.Duty, ${B}.Duty`,
      '  breach procedure "the receiving Participant informs the originating Participant without delay"',
      '}',
      '',
      `protocol Report${c} {`,
      `  when severity ${severity}, category ${q(r.pick(categories))}`,
      `  notify ${B} within 24 hours of awareness via Exchange${c}`,
      `  report final within 1 month of notification via Exchange${c}`,
      // The MoU defines no "Significant Incident": every severity is said in words.
      `  threshold ${q(severity === 'critical' ? 'an Incident that disrupts the services of both Participants at the same time, or that endangers human life or public safety' : 'an Incident that has caused or is capable of causing severe operational disruption of the services of either Participant, or considerable damage to others')}`,
      '  content "the nature of the Incident, the systems affected and the indicators observed"',
      `  contacts ${B}.Duty`,
      '}',
      '',
    );
  }
  if (agreement) {
    out.push(
      `channel Classified between ${A}, ${B} {`,
      '  carries threat-assessments, classified',
      `  classification CONFIDENTIAL under ${agreement}`,
      '  onward sharing with-consent',
      '  purpose "the exchange of classified threat assessments between the Participants"',
      `  contacts ${A}.Duty, ${B}.Duty`,
      `  breach procedure "as set out in ${agreement}"`,
      '}',
      '',
    );
  }
  out.push(
    `exercise Drill every 12 months led by ${A} with ${B} {`,
    '  scope "a communication drill testing the duty contacts of both Participants"',
    `  first 2028-0${1 + (n % 9)}-15`,
    '}',
    '',
    `body Steering "Joint Steering Group" members ${A}, ${B} meets every 6 months chair ${A} mandate "oversee the implementation of this Memorandum"`,
    '',
  );
  const clauses = 4 + r.int(8);
  for (let k = 1; k <= clauses; k++) {
    const text = wrap(`The Participants will cooperate on the prevention of and response to any Incident affecting ${r.pick(sectors).toLowerCase()} services, in accordance with their domestic law and within the limits of their available resources. `.repeat(2 + r.int(3)).trim());
    out.push(`clause Cooperation${k} "Cooperation ${k}" about purpose """`, ...text.split('\n').map((l) => `  ${l}`), '"""', '');
  }
  out.push(
    'clause Costs "Costs" about costs "Each Participant will bear its own costs."',
    'clause Liability "Claims" about liability "The Participants will settle any claim by consultation."',
    'clause Status "Status" about non-binding-status "This Memorandum is not legally binding and creates no rights or obligations under international law."',
    'clause Survival "Information after discontinuation" about survival "Information exchanged under this Memorandum will continue to be protected in accordance with its markings after this Memorandum is discontinued."',
    '',
  );
  return out.join('\n');
}

function annex(parent: string, a: State, b: State, n: number): string {
  return [
    `annex ${q(`Annex A to memorandum ${n}: exercise programme`)} of ${q(parent)} {`,
    '  status non-binding',
    '  effect on signature',
    '}',
    '',
    `exercise Annual${n} annually led by ${b[0]} with ${a[0]} {`,
    '  scope "a table-top exercise on the escalation of Incidents between the Participants"',
    '  first 2028-05-20',
    '}',
    '',
    `clause ExerciseCosts "Costs of exercises" about costs "The leading Participant will bear the costs of hosting each exercise."`,
    '',
  ].join('\n');
}
