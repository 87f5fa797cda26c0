// The benchmark's content: one data model of a multilateral cyber-security treaty, rendered three
// ways — as Entente, as YAML (validated by bench/instrument.schema.json) and as JSON — so every
// server and every baseline sees the same entities and the same prose. Deterministic (a seeded
// generator); no dependencies, so the bench, its test and a reader can all import it.
//
//   generateModel({ lines })      → the data model, sized so its Entente text has about `lines` lines
//   toEntente(model)              → the instrument as Entente source
//   toJson(model) / toYaml(model) → the same content as JSON / YAML
//   sizeMatchedJson(model, n)     → JSON of exactly n characters made of the model's own declarations
//   generateWorkspace(n)          → n files: shared registries plus bilateral instruments that `use` them
//
// The Entente text is laid out as a treaty is: header, parties, security agreements, assistance,
// bodies, then chapters (a definition, channels, protocols, exercises, cooperation, clauses with
// long prose that uses the defined terms). The JSON and YAML group the same entities by kind.
//
// This file builds the model; generator-model.ts holds its types, generator-data.ts the reference
// data (States, sectors, prose, final clauses), generator-render.ts the Entente, JSON and YAML
// writers, generator-workspace.ts the 200-file workspace. Everything is exported from here.

import { coreTerms, euMembers, finalClauses, headings, levels, notBudapestParties, purposes, quantity, rng, sectors, sectorScope, sentences, severities, severityMeaning, states, subjectMeaning, subjects, tlpRules, carriesSets, categories, wrap } from './generator-data';
import { documentOrder, type Assistance, type Channel, type Collection, type Item, type Model, type Party } from './generator-model';
import { render } from './generator-render';

export * from './generator-model';
export { sizeMatchedJson, toEntente, toJson, toYaml } from './generator-render';
export { generateWorkspace, type WorkspaceFile } from './generator-workspace';

// ── The data model ────────────────────────────────────────────────────────────────────────────

/**
 * A multilateral treaty whose Entente text has about `lines` lines (at least a few hundred: the
 * header, parties and registers come first). `seed` varies the content, not its shape.
 */
export function generateModel({ lines, seed = 11 }: { lines: number; seed?: number }): Model {
  if (!Number.isFinite(lines) || lines < 200) throw new Error(`generateModel: lines must be at least 200, got ${lines}`);
  const r = rng(seed);
  const partyCount = Math.min(states.length, Math.max(8, Math.round(8 + lines / 1500)));
  // The Convention's mutual assistance rests on the Budapest Convention, so its parties are
  // Parties to it, as the drafters of such a convention would see to (budapest-state-not-party).
  const chosen = states.filter((s) => !notBudapestParties.has(s[0])).slice(0, partyCount);
  const model: Model = {
    $schema: './instrument.schema.json',
    instrument: {
      kind: 'treaty',
      title: `Convention on Cooperation in Cyber Security and on Cross-Border Incident Response (benchmark, ${lines} lines)`,
      status: 'binding',
      languages: { languages: ['English', 'French', 'Spanish'], authenticity: 'authentic', prevailing: 'English' },
      signature: { wording: 'done', place: 'Geneva', date: '2027-06-15' },
      consent: ['signature', 'ratification', 'acceptance', 'approval', 'accession'],
      effect: { after: quantity(90, 'days'), last: true, event: 'consent-to-be-bound', byParties: 5 },
      duration: 'indefinite',
      termination: { wording: 'denunciation', notice: quantity(12, 'months') },
      amendment: ['ratification'],
      disputes: { means: ['negotiation', 'arbitration'], forum: 'Permanent Court of Arbitration' },
      governingLaw: 'international',
      depositary: 'Secretary-General of the United Nations',
      registration: 'article-102',
      reservations: 'only those provided for in §assistance, paragraph 1 (hours of the 24/7 Network) and paragraph 2 (preservation periods), by written notification to the Depositary',
    },
    parties: [],
    securityAgreements: [],
    assistance: undefined,
    bodies: [],
    definitions: [],
    channels: [],
    protocols: [],
    exercises: [],
    cooperation: [],
    clauses: [],
  };
  // Document order for the Entente rendering: [collection, index] pairs.
  const order: [Collection, number][] = [];
  // Lines of Entente written so far, counted as toEntente lays them out.
  let written = 2 + 15;
  let previousOneLiner: Collection | undefined;
  const add = <C extends Collection>(collection: C, item: Item<C>): Item<C> => {
    const rendered = render(collection, item).join('\n').split('\n').length;
    const oneLiner = rendered === 1 ? collection : undefined;
    // toEntente puts a blank line between blocks and none between one-liners of a kind.
    written += rendered + (oneLiner && previousOneLiner === oneLiner ? 0 : 1);
    previousOneLiner = oneLiner;
    if (collection === 'assistance') {
      model.assistance = item as Assistance;
      order.push([collection, 0]);
      return item;
    }
    const list = model[collection as Exclude<Collection, 'assistance'>] as Item<C>[];
    list.push(item);
    order.push([collection, list.length - 1]);
    return item;
  };

  for (const [code, short, formal, cert, domain, phone] of chosen) {
    const party: Party = {
      id: code,
      name: `${formal}`,
      kind: 'state',
      jurisdiction: code,
      representedBy: `Ministry of Foreign Affairs of ${short}`,
      contacts: [
        { id: 'Duty', name: `${cert} duty officer`, availability: '24/7', email: `duty@${domain}`, phone: `${phone} ${100 + r.int(900)} ${1000 + r.int(9000)}` },
        { id: 'Policy', name: `Cyber Diplomacy Department, Ministry of Foreign Affairs of ${short}`, availability: 'office-hours', email: `cyber.policy@mfa.${domain.split('.').pop()}` },
      ],
    };
    if (r.chance(0.4)) party.contacts.push({ id: 'Legal', name: `Central Authority for Mutual Legal Assistance of ${short}`, availability: 'office-hours', email: `mla@justice.${domain.split('.').pop()}`, phone: `${phone} ${100 + r.int(900)} ${1000 + r.int(9000)}` });
    // A State is bound by the GDPR as a controller; NIS2 binds the entities it identifies, not the
    // State that transposes it (regime-not-binding-on-party), so a drafter does not declare it here.
    if (euMembers.has(code)) party.regimes = ['GDPR'];
    add('parties', party);
  }
  const partyIds = chosen.map((s) => s[0]);
  const markingOf = new Map(chosen.map((s) => [s[0], s[6]]));
  const nameOf = new Map(chosen.map((s) => [s[0], s[1]]));
  const markings = (p: string) => markingOf.get(p) ?? ['SECRET', 'CONFIDENTIAL', 'RESTRICTED'];
  /** A run of `n` consecutive parties from `start`, round the table. */
  const group = (start: number, n: number) => Array.from({ length: Math.min(n, partyIds.length) }, (_, k) => partyIds[(start + k) % partyIds.length]);

  // Security agreements with equivalence tables: each covers a group of neighbouring parties.
  const agreementSize = 4;
  const agreementCount = Math.ceil(partyIds.length / 2);
  for (let a = 0; a < agreementCount; a++) {
    const between = group(a * 2, agreementSize);
    add('securityAgreements', {
      id: `GSA${a + 1}`,
      title: `Agreement between ${between.map((p) => nameOf.get(p)).join(', ')} on the Mutual Protection of Classified Information`,
      between,
      upTo: 'SECRET',
      levels: levels.map(([level, k]) => ({ level, equals: between.map((p) => ({ party: p, marking: markings(p)[k] })) })),
      breachProcedure: wrap(
        'The Party that detects a compromise of Classified Information shall inform the Originating Party without delay, investigate the circumstances and report the outcome and the measures taken to prevent a recurrence.',
      ),
    });
  }

  add('assistance', {
    basis: ['budapest-35', 'budapest-29', 'mutual-legal-assistance'],
    preservationDays: 90,
    centralAuthorities: partyIds.map((p) => ({ party: p, authority: `Ministry of Justice of ${nameOf.get(p)}` })),
    under: 'European Convention on Mutual Assistance in Criminal Matters (1959)',
  });

  const bodyOf = (id: string, name: string, members: string[], months: number, chair: string, mandate: string) => add('bodies', { id, name, members, meets: { every: quantity(months, 'months') }, chair, mandate });
  bodyOf('Committee', 'Committee of the Parties', partyIds, 12, partyIds[0], 'review the operation of this Convention, facilitate the exchange of information on Significant Incidents and propose amendments');
  bodyOf('Network247', 'Network of 24/7 Points of Contact', partyIds, 3, partyIds[1], 'ensure the provision of immediate assistance for the investigation of Cross-Border Incidents and the preservation of Computer Data and Traffic Data');

  // The diplomatic channel: every party's policy and legal contacts.
  add('channels', {
    id: 'Diplomatic',
    between: partyIds,
    carries: ['threat-assessments', 'best-practice'],
    marking: 'TLP:GREEN',
    onwardSharing: { rule: 'community' },
    purpose: 'consultation of the Parties on the implementation of this Convention and on Significant Incidents of common concern',
    contacts: model.parties.flatMap((p) => p.contacts.filter((c) => c.id !== 'Duty').map((c) => `${p.id}.${c.id}`)),
    breachProcedure: 'the Receiving Party shall inform the Originating Party and the Committee of the Parties without delay',
  });

  for (const [term, meaning] of coreTerms) {
    add('definitions', { term, meaning });
  }

  // Chapters until the text is long enough: the last one ends within half a chapter of the
  // target, counting the final clauses that follow.
  const reserve = finalClauses.reduce((n, [id, heading, about, text]) => n + 1 + render('clauses', { id, heading, about, text: wrap(text) }).join('\n').split('\n').length, 0);
  const bodyStart = written;
  let chapter = 0;
  while (chapter === 0 || written + reserve + (written - bodyStart) / chapter / 2 < lines) {
    chapter++;
    // A new defined term every other chapter (about one per 200 lines, as in a heavily defined
    // convention); the next chapter uses it again.
    const termIndex = Math.floor((chapter - 1) / 2);
    const sector = sectors[termIndex % sectors.length];
    const subject = subjects[Math.floor(termIndex / sectors.length) % subjects.length];
    const round = Math.floor(termIndex / (sectors.length * subjects.length));
    const term = round === 0 ? `${sector} ${subject}` : `${sector} ${subject} of Tier ${round + 1}`;
    const scope = sectorScope(sector);
    if (chapter % 2 === 1) add('definitions', { term, meaning: `${subjectMeaning[subject]} ${scope}` });
    const tag = `C${chapter}`;
    const start = r.int(partyIds.length);

    // Two channels: one under TLP, one classified or carrying personal data.
    const members = group(start, 2 + r.int(4));
    const [tlp, onward] = r.pick(tlpRules);
    const channel: Channel = {
      id: `Intel${tag}`,
      between: members,
      carries: r.pick(carriesSets),
      marking: tlp,
      onwardSharing: { rule: onward },
      purpose: `${r.pick(purposes)}, in particular concerning the ${term}`,
      contacts: members.map((p) => `${p}.Duty`),
      breachProcedure: `the Receiving Party shall notify the Originating Party within 24 hours of an unauthorised disclosure and stop any further dissemination`,
    };
    add('channels', channel);
    // A classified channel between the members of one security agreement.
    const agreement = model.securityAgreements[chapter % model.securityAgreements.length];
    const classified: Channel = {
      id: `Secure${tag}`,
      between: agreement.between.slice(0, 2 + (chapter % 3)),
      carries: ['threat-assessments', 'classified', 'indicators'],
      classification: { level: r.pick(['RESTRICTED', 'CONFIDENTIAL', 'SECRET']), under: agreement.id },
      onwardSharing: { rule: 'with-consent' },
      purpose: `the exchange of Classified Information on threats to ${scope}`,
      contacts: agreement.between.slice(0, 2 + (chapter % 3)).map((p) => `${p}.Duty`),
      breachProcedure: `as set out in ${agreement.id}; the Parties concerned shall also inform the Committee of the Parties`,
    };
    add('channels', classified);

    // A protocol on each channel.
    for (const [via, on] of [
      [channel, 'high'],
      [classified, 'critical'],
    ] as [Channel, string][]) {
      const notified = via.between.slice(1);
      const severity = on === 'high' ? r.pick(severities) : on;
      // Deadlines run from a stated event, as NIS2 Art. 23(4) words them: the notification from
      // awareness, the final report from the notification.
      add('protocols', {
        id: `${via === channel ? 'Notify' : 'Alert'}${tag}`,
        when: [
          { key: 'severity', value: severity },
          { key: 'category', value: r.pick(categories) },
        ],
        notify: { parties: notified, within: quantity(24, 'hours'), start: 'awareness', via: via.id },
        reports: [
          { kind: 'interim', within: quantity(72, 'hours'), start: 'awareness', via: via.id },
          { kind: 'final', within: quantity(1, 'months'), start: 'notification' },
        ],
        escalate: { to: 'Committee', within: quantity(48, 'hours'), start: 'notification' },
        ...(severityMeaning[severity] ? { threshold: wrap(severityMeaning[severity](scope)) } : {}),
        content: `the Parties affected, the nature and source of the Incident, the systems of ${scope} affected, the indicators observed and the measures taken`,
        contacts: notified.map((p) => `${p}.Duty`),
      });
    }

    // An exercise every other chapter, cooperation every fifth.
    if (chapter % 2 === 0) {
      const led = group(start + 1, 3);
      add('exercises', {
        id: `Exercise${tag}`,
        cadence: r.chance(0.5) ? { every: quantity(r.pick([6, 12, 24]), 'months') } : r.pick(['annually', 'biennially']),
        ledBy: led[0],
        with: led.slice(1),
        scope: wrap(`a ${r.pick(['table-top', 'technical live-fire', 'communication', 'crisis-management'])} exercise for the ${term}: detection, notification through the channels of this Chapter and coordinated response to a Cross-Border Incident affecting ${scope}`),
        first: `20${28 + (chapter % 3)}-${String(1 + (chapter % 12)).padStart(2, '0')}-${String(1 + (chapter % 27)).padStart(2, '0')}`,
        contacts: [`${led[0]}.Duty`],
      });
    }
    if (chapter % 5 === 0) {
      const by = group(start + 2, 1);
      const forParties = group(start + 3, 2);
      const transfer = chapter % 10 === 0;
      add('cooperation', {
        type: transfer ? 'technology-transfer' : 'capacity-building',
        id: `${transfer ? 'Tools' : 'Training'}${tag}`,
        by,
        for: forParties,
        activities: transfer ? ['tool-sharing', 'joint-development'] : ['training', 'secondments'],
        description: wrap(
          `${nameOf.get(by[0])} shall offer places on its courses on the ${term} to personnel of ${forParties.map((p) => nameOf.get(p)).join(' and ')} and shall accept secondees in its national Coordination Centre for periods of up to six months.`,
        ),
        intellectualProperty: 'results developed jointly shall be owned jointly by the Parties concerned; course material remains the property of the providing Party',
      });
    }

    // Three to five articles of prose that use the chapter's term and the core terms.
    const articles = 3 + r.int(3);
    for (let k = 1; k <= articles; k++) {
      const count = 3 + r.int(4);
      const body = [];
      for (let s = 0; s < count; s++) body.push(r.pick(sentences)({ term, scope }));
      const heading = r.pick(headings).replace('{s}', sector.toLowerCase()).replace('{t}', term);
      const text = wrap(body.join(' '));
      add('clauses', { id: `Art${chapter}x${k}`, heading, about: k === 1 ? ['incident-notification'] : k === 2 ? ['confidentiality'] : ['purpose'], text });
    }
  }

  // The final clauses; the status of personnel only where personnel are seconded.
  const seconded = model.cooperation.some((c) => c.activities.includes('secondments'));
  for (const [id, heading, about, text] of finalClauses) {
    if (id !== 'StatusOfPersonnel' || seconded) add('clauses', { id, heading, about, text: wrap(text) });
  }
  documentOrder.set(model, order);
  return model;
}

/** Entity counts of a model, to compare with what a parser found in its Entente text. */
export function countEntities(model: Model): Record<string, number> {
  return {
    parties: model.parties.length,
    securityAgreements: model.securityAgreements.length,
    channels: model.channels.length,
    protocols: model.protocols.length,
    exercises: model.exercises.length,
    cooperations: model.cooperation.length,
    bodies: model.bodies.length,
    definitions: model.definitions.length,
    clauses: model.clauses.length,
    assistance: model.assistance ? 1 : 0,
  };
}
