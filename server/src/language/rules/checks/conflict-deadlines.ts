/**
 * Statutory reporting duties and who they bind (replacing the retired CF11
 * `deadline-exceeds-statute`, see rules/retired.ts).
 *
 * NIS2, DORA, the GDPR and CIRCIA bind entities towards their own CSIRT, competent or supervisory
 * authority; none sets a deadline for notifications between the parties of a cooperation
 * instrument, and an instrument cannot shorten or extend them. Two things remain worth saying:
 * - `regime-not-binding-on-party`: a declared regime that cannot bind the party (a State "bound by
 *   NIS2", a supervisor "bound by DORA", CERT-EU "bound by the GDPR");
 * - `statutory-reporting-not-reserved`: two reporting duties side by side — a party bound by a
 *   statute (as the drafter declares) and the instrument's own incident protocol — with nothing
 *   saying that the protocol leaves the statutory duty unaffected, so a reader may take one for
 *   the other.
 */
import { declarationsBesides } from '../support/rule-inputs';
import type { Declaration, IncidentProtocol, Party } from '../../ast/nodes';
import { combinedParts, sameWords } from '../../model/document-change';
import { isStateKind, type Regime } from '../../ast/vocabulary';
import { reportingDuties, type ReportingDuty } from '../../data/reporting-duties';
import { bindingRegimes, regimeMisfit } from '../../model/applicability';
import type { PartyFacts, SemanticModel } from '../../model/semantic-model';
import { defineDeclarationRule, defineRule, type RelatedInformation } from '../rule';
import { clausesSay } from '../support/instrument-prose';

export const regimeNotBindingOnParty = defineDeclarationRule({
  code: 'regime-not-binding-on-party',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'Declare only the regimes that bind this party itself: a State, an authority that receives reports, or a Union body is not bound the way an entity is.',
  rationale:
    'A `regimes` declaration says that a statute binds the party, and the checks on incident reporting and personal-data transfers rely on it. NIS2 binds essential and important entities (Arts. 2–3), which Member States identify under their transposing law: a State transposes the Directive and is not one of them, and Union institutions and bodies fall under Regulation (EU) 2023/2841 instead. DORA Art. 19 binds financial entities (Art. 2(1)(a)–(t) and (2)) towards their competent authority: the supervisor or CSIRT that receives those reports is not bound by them. The GDPR does not apply to Union institutions and bodies (Art. 2(3)); Regulation (EU) 2018/1725 does, and binds nobody else — though the operational personal data of Europol are governed by its own Regulation (EU) 2016/794, and those of Eurojust by Regulation (EU) 2018/1727 with Chapter IX of Regulation (EU) 2018/1725 (its Art. 26(1); both read in secondary material or reproductions). The Law Enforcement Directive binds competent authorities in criminal matters: a public authority competent for criminal matters, or another body entrusted by Member State law with public authority and public powers for those purposes (Art. 3(7)), which a company normally is not. CIRCIA binds covered entities, which report to CISA. Where a regime reaches: the GDPR binds controllers established in the Union or the EEA (Art. 3(1)) and, beyond, only those offering goods or services to, or monitoring, data subjects in the Union (Art. 3(2)) — not a third country\'s public authority in its public tasks (the United Kingdom\'s since 31 December 2020, the end of the transition after its withdrawal on 31 January 2020), and not an international organisation, which Chapter V (Arts. 44–50) treats as a destination of transfers; the Law Enforcement Directive binds the competent authorities of the Member States and, through the Schengen acquis, of Iceland, Liechtenstein, Norway and Switzerland, not a third country\'s police; NIS2 is addressed to the Member States (Art. 46) and binds each as to the result (TFEU Art. 288(3)), not a third State or its bodies, and is not part of the EEA Agreement (a company in Norway, Iceland or Liechtenstein is bound only as a provider Art. 26 reaches; elsewhere outside the Union a company\'s declaration is trusted as such a provider). A declaration that fails these tests is left out of the transfer and reporting rules: the party then exports under none of the Union\'s transfer rules, as any third-country body or international organisation does (who-is-bound review, items 3, 8, 9, 13, 17).',
  source: 'NIS2 Arts. 2(1)–(7), 3, 23(1) (read: EUR-Lex consolidated text of 27.12.2022); DORA Arts. 2(1)–(2), 19(1) (read: a verbatim reproduction of the Official Journal text); GDPR Art. 2(2)(d), 2(3) (read: the Official Journal text, Publications Office Formex, OJ L 119/2016); Regulation (EU) 2023/2841 Arts. 1, 3(1) (read: reproductions of the OJ text); Regulation (EU) 2016/794 and the operational data of Europol (read: Europol\'s data-protection pages, not the Regulation\'s text); Regulation (EU) 2018/1727 Art. 26(1) (read: a reproduction of the consolidated text, fantasticsearch.net); GDPR Arts. 3(1)–(2), 44 (read: Formex consolidated text of 2016); TFEU Art. 288(3) (read: Dutch text BWBV0001506 in statengeneraal/laws-markdown, snapshot 2014-10-03); NIS2 Arts. 26, 46, Directive 2016/680 Art. 3(7) and the Schengen association of IS, LI, NO, CH (from memory, not read); NIS2 outside the EEA Agreement, the United Kingdom\'s withdrawal and transition dates (secondary sources as the who-is-bound review lists them)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Republic of Estonia" {\n  kind state\n  jurisdiction EE\n  regimes NIS2\n}\n',
    fix: 'participant EE "Republic of Estonia" {\n  kind state\n  jurisdiction EE\n}\n',
  },
  perDeclaration: {
    check({ model, report }, declaration) {
      if (declaration.type !== 'Party') return;
      const facts = declaration.id ? model.party(declaration.id.text) : undefined;
      if (!facts) return;
      for (const word of declaration.regimes) {
        const reason = word.value ? regimeMisfit(facts, word.value) : undefined;
        if (!reason) continue;
        report({
          range: word.range,
          message: `${facts.id} is declared bound by ${word.text}, but ${reason}. Remove ${word.text} from ${facts.id}'s regimes, or declare the entity that is bound as a party of its own.`,
        });
      }
    },
  },
});

const reporting: readonly Regime[] = ['NIS2', 'DORA', 'GDPR', 'CIRCIA'];

/** The parties a protocol may concern: the signatories and anyone it notifies. */
function concernedParties(model: SemanticModel): PartyFacts[] {
  const ids = new Set(model.signatories.map((p) => p.id));
  for (const id of notifiedIds(model)) ids.add(id);
  return [...ids].map((id) => model.party(id)).filter((p): p is PartyFacts => p !== undefined);
}

/**
 * Every name the protocols notify, each once, in the order of the text: one list per declaration
 * (model/document-change.ts), joined again only when one of them changed, so after a keystroke
 * in a clause the protocols are not walked again, nor their thousands of recipients counted again.
 */
function notifiedIds(model: SemanticModel): readonly string[] {
  return combinedParts('notified-ids', model, '', recipientsOf, (parts) => [...new Set(parts.flatMap((p) => p ?? []))], sameWords);
}

function recipientsOf(d: Declaration): readonly string[] | undefined {
  if (d.type !== 'IncidentProtocol') return undefined;
  const ids: string[] = [];
  for (const n of d.notifications) for (const r of n.recipients) ids.push(r.text);
  return ids.length > 0 ? ids : undefined;
}

/** The reporting regimes that bind a party, DORA displacing NIS2 reporting for a financial entity (NIS2 Art. 4(1)). */
function reportingRegimes(party: PartyFacts): Regime[] {
  // A State declared under the GDPR says where its bodies' processing stands; the Art. 33 duty is
  // each controller's, not the State's.
  const isState = isStateKind(party.effective.kind?.value);
  // A national CSIRT is where NIS2 entities send their Art. 23 notifications ("to its CSIRT or …
  // competent authority"): telling it to report to its CSIRT misreads its role (who-is-bound
  // review, item 13). Whether it is also a public administration entity bound elsewhere, the
  // language cannot say, so the note is withheld rather than guessed.
  const isCsirt = party.effective.kind?.value === 'national-cert';
  const bound = bindingRegimes(party).filter((r) => reporting.includes(r) && !(isState && r === 'GDPR') && !(isCsirt && r === 'NIS2'));
  return bound.includes('DORA') ? bound.filter((r) => r !== 'NIS2') : bound;
}

/**
 * A sentence that keeps statutory reporting apart from the instrument: "This paragraph does not
 * affect any duty … to notify incidents under its national law or under European Union law",
 * "without prejudice to the obligations … to notify incidents under their national law".
 */
const saving = /without prejudice to|\b(?:does|do|shall|will) not (?:affect|prejudice|replace)|\bis in addition to\b|\bunaffected\b/i;
const duty = /notif|report/i;
const law = /\blaw\b|directive|regulation|statut|\bNIS ?2\b|\bDORA\b|\bGDPR\b|\bCIRCIA\b|\blegal (?:obligation|duty|duties)/i;

export function reservesStatutoryReporting(model: SemanticModel): boolean {
  // A pure function of each text: after an edit only the edited clause or protocol is read again.
  return clausesSay(model, 'statutory-reservation', savesStatutoryReporting, { parent: true, alsoOwn: (d) => (d.type === 'IncidentProtocol' ? d.content?.value : undefined) });
}

/** A sentence of the text keeps a duty to notify or report under the law ("without prejudice to … notify … under national law"). */
function savesStatutoryReporting(text: string): boolean {
  // A sentence's match of `saving` is one of the text (its words hold no sentence end): the text is
  // split only where one is (most texts save nothing).
  return saving.test(text) && text.split(/(?<=[.;])\s+/).some((s) => saving.test(s) && duty.test(s) && law.test(s));
}

function dutyText(duty: ReportingDuty): string {
  const stages = duty.stages.map((s) => `${s.text} (${s.pinpoint})`);
  const list = stages.length > 1 ? `${stages.slice(0, -1).join(', ')} and ${stages[stages.length - 1]}` : stages[0];
  return `${duty.instrument} obliges ${duty.bound} to send ${duty.recipient}, for ${duty.trigger}, ${list}${duty.caveat ? ` (${duty.caveat})` : ''}`;
}

function regimeWord(party: PartyFacts, regime: Regime): { declaration: Party; range: RelatedInformation['range'] } | undefined {
  for (const declaration of [party.local, party.record]) {
    const word = declaration?.regimes.find((r) => r.value === regime);
    if (declaration && word) return { declaration, range: word.range };
  }
  return undefined;
}

function reservationClause(model: SemanticModel): string {
  return model.wording === 'treaty'
    ? '\nclause StatutoryReporting "Statutory reporting" """\n  This Agreement shall be without prejudice to the obligations of the Parties, and of the entities under their jurisdiction, to notify incidents under their national law or under European Union law.\n"""\n'
    : '\nclause StatutoryReporting "Statutory reporting" """\n  This arrangement does not affect any duty of a Participant to notify incidents under its national law or under European Union law.\n"""\n';
}

function firstProtocolRange(protocol: IncidentProtocol) {
  return protocol.id?.range ?? protocol.notifications[0]?.range ?? protocol.range;
}

export const statutoryReportingNotReserved = defineRule({
  code: 'statutory-reporting-not-reserved',
  family: 'conflict',
  defaultSeverity: 'info',
  message: 'Say that the incident protocol leaves the statutory reporting duty of the parties bound by it unaffected: that duty runs separately, to another recipient.',
  rationale:
    'Where a party is an entity bound by a reporting statute (as the drafter declares with `regimes`), it owes its own authority a report on its own schedule: under NIS2 Art. 23(4) an early warning within 24 hours and a notification within 72 hours of becoming aware of a significant incident and a final report one month after the notification, to its CSIRT or competent authority; under DORA Art. 19 and Delegated Regulation (EU) 2025/301 Art. 5(1) an initial notification within 4 hours of classifying a major ICT-related incident and at the latest 24 hours after becoming aware of it, an intermediate report within 72 hours of the initial notification and a final report one month after the latest intermediate report, to its competent authority; under GDPR Art. 33 a notification to the supervisory authority within 72 hours of becoming aware of a personal-data breach where feasible. (CIRCIA is not reported: its deadlines apply only once CISA’s final rule takes effect, which nobody found published as of late 2026.) A cooperation instrument neither shortens nor extends those duties, and they set no deadline for the notifications it provides for; saying so (as ¶4 of the library clause incident-notification/mou does) keeps a reader from taking the protocol for the statutory report. An instrument may still align its deadlines with the statute: then count them from the same events.',
  source: 'NIS2 Arts. 4(1), 23(1), (4) (read: EUR-Lex consolidated text of 27.12.2022); DORA Art. 19(1), (4) (read: a verbatim reproduction of the Official Journal text); Delegated Regulation (EU) 2025/301 Art. 5(1) (read: a reproduction of the Official Journal text; the end of 5(1)(c) not read); GDPR Art. 33(1) (read: the Official Journal text, Publications Office Formex, OJ L 119/2016)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant BANK "Example Bank" {\n  kind company\n  jurisdiction EE\n  regimes DORA\n}\nprotocol Major {\n  notify BANK within 24 hours\n}\n',
    fix: 'participant BANK "Example Bank" {\n  kind company\n  jurisdiction EE\n  regimes DORA\n}\nprotocol Major {\n  notify BANK within 24 hours\n}\nclause StatutoryReporting """\n  This arrangement does not affect any duty of a Participant to notify incidents under its national law or under European Union law.\n"""\n',
  },
  // Decided by the protocols, the parties (their regimes) and whether some clause or protocol keeps
  // statutory reporting unaffected (analysis/reused-findings.ts).
  inputs: (model) => [declarationsBesides(model, 'Clause'), reservesStatutoryReporting(model)],
  check({ model, report }) {
    const protocol = model.ast.protocols[0];
    if (!protocol || reservesStatutoryReporting(model)) return;
    const byRegime = new Map<Regime, PartyFacts[]>();
    for (const party of concernedParties(model)) for (const r of reportingRegimes(party)) byRegime.set(r, [...(byRegime.get(r) ?? []), party]);
    const end = model.lines.positionAt(model.text.length);
    for (const [regime, parties] of byRegime) {
      const duty = reportingDuties[regime];
      // CIRCIA's final rule was not shown to be in effect: its deadlines bind nobody yet.
      if (!duty?.inEffect) continue;
      const names = parties.map((p) => p.id);
      const who = names.length === 1 ? `${names[0]} is declared bound by ${regime}` : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} are declared bound by ${regime}`;
      report({
        range: firstProtocolRange(protocol),
        message: `${who}: ${dutyText(duty)}. That duty runs separately from this protocol and to another recipient; say that the protocol leaves it unaffected. If the protocol is meant to align with it, count its deadlines from the same events.`,
        related: parties.flatMap((p) => {
          const word = regimeWord(p, regime);
          const uri = word?.declaration === p.local ? model.uri : p.recordUri;
          return word && uri ? [{ uri, range: word.range, message: `${p.id} is declared bound by ${regime} here.` }] : [];
        }),
        fixes: [{ title: 'Add a clause keeping statutory reporting unaffected', edits: [{ range: { start: end, end }, newText: reservationClause(model) }], effect: 'legal' }],
      });
    }
  },
});

export const deadlineRules = [regimeNotBindingOnParty, statutoryReportingNotReserved];
