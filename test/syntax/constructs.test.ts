/** One test per construct of the language brief: it parses cleanly and builds the expected AST. */
import assert from 'node:assert/strict';
import { parseClean, textAt } from './parse-helpers';

describe('parser: constructs', () => {
  it('instrument header with every statement', () => {
    const text = `treaty "Agreement on Cyber Defence Cooperation" {
  status binding
  languages English, French authentic prevailing English
  done at "Brussels" on 2027-06-15
  effect 30 days after last notification by 2 parties
  consent by signature, ratification
  duration indefinite
  withdrawal with notice of 12 months
  amendment by written agreement subject to ratification
  disputes by negotiation, arbitration "Permanent Court of Arbitration"
  governing law international
  depositary "Secretary General of the Council of Europe"
  registration article-102
  reservations none
}`;
    const { ast } = parseClean(text);
    const i = ast.instrument!;
    assert.equal(i.kind.value, 'treaty');
    assert.equal(i.title?.value, 'Agreement on Cyber Defence Cooperation');
    assert.equal(i.status?.value, 'binding');
    assert.deepEqual(i.languages?.languages.map((l) => l.text), ['English', 'French']);
    assert.equal(i.languages?.validity?.value, 'authentic');
    assert.equal(i.languages?.prevailing?.text, 'English');
    assert.equal(i.signature?.keyword.value, 'done');
    assert.equal(i.signature?.place?.value, 'Brussels');
    assert.equal(i.signature?.date?.valid, true);
    assert.equal(i.effect?.delay?.days, 30);
    assert.equal(i.effect?.afterLast, true);
    assert.equal(i.effect?.event?.text, 'notification');
    assert.equal(i.effect?.count, 2);
    assert.deepEqual(i.consent?.means.map((m) => m.text), ['signature', 'ratification']);
    assert.equal(i.duration?.indefinite?.value, 'indefinite');
    assert.equal(i.termination?.keyword.value, 'withdrawal');
    assert.equal(i.termination?.notice?.hours, 12 * 720);
    assert.equal(i.amendment?.procedure, 'written agreement subject to ratification');
    assert.deepEqual(i.disputes?.means.map((m) => m.text), ['negotiation', 'arbitration']);
    assert.equal(i.disputes?.forum?.value, 'Permanent Court of Arbitration');
    assert.equal(i.governingLaw?.law && 'text' in i.governingLaw.law ? i.governingLaw.law.text : undefined, 'international');
    assert.equal((i.depositary?.value as { value: string }).value, 'Secretary General of the Council of Europe');
    assert.equal(i.items.length, 13);
    assert.equal(textAt(text, i.kind.range), 'treaty');
  });

  it('memorandum with a fixed renewable term and effect on signature', () => {
    const { ast } = parseClean('memorandum "MoU" { status non-binding effect on signature duration 5 years renewable for 2 years discontinue with notice of 6 months }');
    const i = ast.instrument!;
    assert.equal(i.effect?.event?.text, 'signature');
    assert.equal(i.duration?.term?.amount, 5);
    assert.equal(i.duration?.term?.unit.value, 'year');
    assert.equal(i.duration?.term?.days, 365 * 5);
    assert.equal(i.duration?.renewalTerm?.amount, 2);
    assert.ok(i.duration?.renewable);
  });

  it('every instrument kind, and an annex with its parent', () => {
    for (const kind of ['treaty', 'memorandum', 'arrangement', 'framework', 'protocol']) {
      assert.equal(parseClean(`${kind} "T" { }`).ast.instrument?.kind.value, kind);
    }
    const annex = parseClean('annex "Annex A: Exercises" of "main.entente" { }').ast.instrument!;
    assert.equal(annex.kind.value, 'annex');
    assert.equal(annex.parent?.value, 'main.entente');
  });

  it('parties with contacts, regimes and representation', () => {
    const text = `party EE "Republic of Estonia" {
  kind state
  jurisdiction EE
  represented by "Ministry of Defence"
  contact Duty "CERT-EE" available 24/7 email "cert@cert.ee" phone "+372 663 0299"
  contact Desk "Legal desk" available office-hours
  regimes NIS2, GDPR
}
participant FI`;
    const { ast } = parseClean(text);
    const [ee, fi] = ast.parties;
    assert.equal(ee.keyword.value, 'party');
    assert.equal(ee.kind?.value, 'state');
    assert.equal(ee.jurisdiction?.text, 'EE');
    assert.equal(ee.representative?.value, 'Ministry of Defence');
    assert.equal(ee.contacts.length, 2);
    assert.equal(ee.contacts[0].availability?.value, '24/7');
    assert.equal(ee.contacts[0].email?.value, 'cert@cert.ee');
    assert.equal(ee.contacts[1].availability?.value, 'office-hours');
    assert.deepEqual(ee.regimes.map((r) => r.value), ['NIS2', 'GDPR']);
    assert.equal(fi.keyword.value, 'participant');
    assert.equal(fi.name, undefined);
    assert.equal(textAt(text, ee.contacts[0].id!.range), 'Duty');
  });

  it('security agreement with equivalences and breach procedure', () => {
    const { ast } = parseClean(`security-agreement GSA "General Security Agreement" between EE, FI up to SECRET {
  level SECRET equals EE "SALAJANE", FI "SALAINEN"
  level CONFIDENTIAL equals EE "KONFIDENTSIAALNE", FI "LUOTTAMUKSELLINEN"
  breach procedure "The originating Party is informed without delay."
}`);
    const sa = ast.securityAgreements[0];
    assert.equal(sa.upTo?.value, 'SECRET');
    assert.deepEqual(sa.parties.map((p) => p.text), ['EE', 'FI']);
    assert.equal(sa.equivalences.length, 2);
    assert.deepEqual(sa.equivalences[0].markings.map((m) => [m.party.text, m.marking?.value]), [['EE', 'SALAJANE'], ['FI', 'SALAINEN']]);
    assert.match(sa.breachProcedure?.value ?? '', /without delay/);
  });

  it('channel with every statement', () => {
    const { ast } = parseClean(`channel Intel between EE, FI, LV {
  carries indicators, personal-data, classified
  marking TLP:AMBER+STRICT
  classification SECRET under GSA
  onward sharing with-consent to Europol, ENISA
  purpose "network defence"
  safeguards standard-data-protection-clauses "Annex II clauses"
  recipients "Head of CERT-EE", "Head of NCSC-FI"
  contacts EE.Duty, FI.Desk
  breach procedure """
    Notify the originator within 24 hours.
  """
}`);
    const c = ast.channels[0];
    assert.deepEqual(c.members.map((m) => m.text), ['EE', 'FI', 'LV']);
    assert.deepEqual(c.carries.map((k) => k.value), ['indicators', 'personal-data', 'classified']);
    assert.equal(c.marking?.value, 'TLP:AMBER+STRICT');
    assert.equal(c.classification?.value, 'SECRET');
    assert.equal(c.securityAgreement?.text, 'GSA');
    assert.equal(c.onwardSharing?.value, 'with-consent');
    assert.deepEqual(c.onwardTo.map((n) => n.text), ['Europol', 'ENISA']);
    assert.equal(c.purpose?.value, 'network defence');
    assert.deepEqual(c.safeguards.map((s) => s.text), ['standard-data-protection-clauses']);
    assert.equal(c.safeguardsText?.value, 'Annex II clauses');
    assert.equal(c.recipients.length, 2);
    assert.deepEqual(c.contacts.map((r) => `${r.party.text}.${r.contact?.text}`), ['EE.Duty', 'FI.Desk']);
    assert.equal(c.breachProcedure?.value, 'Notify the originator within 24 hours.');
  });

  it('incident protocol with triggers, notifications, reports and escalation', () => {
    const { ast } = parseClean(`protocol Major {
  when severity high, category "ransomware"
  notify FI, EE within 24 hours via Intel
  report interim within 72 hours
  report final within 1 month via Intel
  escalate to Committee within 2 days
  content "what happened"
}`);
    const p = ast.protocols[0];
    assert.deepEqual(p.triggers.map((t) => t.attribute.text), ['severity', 'category']);
    assert.equal(p.notifications[0].deadline?.within?.hours, 24);
    assert.equal(p.notifications[0].deadline?.via?.text, 'Intel');
    assert.deepEqual(p.notifications[0].recipients.map((r) => r.text), ['FI', 'EE']);
    assert.deepEqual(p.reports.map((r) => [r.stage?.text, r.deadline?.within?.hours]), [['interim', 72], ['final', 720]]);
    assert.equal(p.escalations[0].to?.text, 'Committee');
    assert.equal(p.escalations[0].deadline?.within?.hours, 48);
    assert.equal(p.content?.value, 'what happened');
  });

  it('exercise, cooperation, body, definition', () => {
    const { ast } = parseClean(`exercise Shield every 12 months led by EE with FI, LV { scope "table-top" first 2027-09-15 }
exercise Locked annually led by LV
capacity-building Training by EE for FI { activities training, secondments description "courses" intellectual property "each keeps its own" }
technology-transfer Tools from EE to FI { activities tool-sharing intellectual property joint-ownership }
body Committee "Steering Committee" members EE, FI meets every 6 months chair EE mandate "oversee implementation"
define "Incident" means "an event that compromises a system"`);
    const [shield, locked] = ast.exercises;
    assert.equal(shield.cadence?.interval?.amount, 12);
    assert.equal(shield.lead?.text, 'EE');
    assert.deepEqual(shield.participants.map((p) => p.text), ['FI', 'LV']);
    assert.equal(shield.first?.text, '2027-09-15');
    assert.equal(locked.cadence?.word, 'annually');
    assert.equal(locked.cadence?.interval?.amount, 12);
    const [training, tools] = ast.cooperations;
    assert.equal(training.kind.value, 'capacity-building');
    assert.deepEqual(training.activities.map((a) => a.text), ['training', 'secondments']);
    assert.equal(tools.kind.value, 'technology-transfer');
    assert.deepEqual(tools.providers.map((p) => p.text), ['EE']);
    assert.deepEqual(tools.beneficiaries.map((p) => p.text), ['FI']);
    const body = ast.bodies[0];
    assert.equal(body.meets?.interval?.amount, 6);
    assert.equal(body.chair?.text, 'EE');
    assert.equal(ast.definitions[0].term?.value, 'Incident');
  });

  it('clause topics may be keywords (about termination)', () => {
    const { ast } = parseClean('clause Exit about termination, amendment """Either Participant may discontinue."""');
    assert.deepEqual(ast.clauses[0].topics.map((t) => t.text), ['termination', 'amendment']);
  });

  it('takes prose where a word or a text is allowed (intellectual property, reservations)', () => {
    const { ast } = parseClean(`technology-transfer Tools from EE to FI {
  intellectual property """
    Each Participant retains the intellectual property it brings.
  """
}
treaty "T" { reservations """No reservation may be made to Article 4.""" }`);
    const ip = ast.cooperations[0].intellectualProperty;
    assert.ok(ip && 'value' in ip && ip.value === 'Each Participant retains the intellectual property it brings.');
    const reservations = ast.instrument?.reservations?.value;
    assert.ok(reservations && 'value' in reservations && reservations.multiline);
  });

  it('protocols and exercises name their points of contact', () => {
    const { ast } = parseClean(`protocol Major { notify FI within 24 hours contacts FI.Desk, EE.Duty }
exercise Shield annually led by EE { scope "table-top" contacts EE.Duty }`);
    assert.deepEqual(ast.protocols[0].contacts.map((c) => `${c.party.text}.${c.contact?.text}`), ['FI.Desk', 'EE.Duty']);
    assert.deepEqual(ast.exercises[0].contacts.map((c) => `${c.party.text}.${c.contact?.text}`), ['EE.Duty']);
  });

  it('clauses: in place, headed, with topics, from the library, and edited', () => {
    const { ast } = parseClean(`clause Costs "Each Participant will bear its own costs."
clause Funding "Funding" about costs """
  Each Participant will bear its own costs.
"""
clause Conf from library "confidentiality/mou"
clause Conf2 "Confidentiality" from library "confidentiality/mou" """Edited text."""`);
    const [costs, funding, conf, conf2] = ast.clauses;
    assert.equal(costs.heading, undefined);
    assert.equal(costs.body?.value, 'Each Participant will bear its own costs.');
    assert.equal(funding.heading?.value, 'Funding');
    assert.deepEqual(funding.topics.map((t) => t.text), ['costs']);
    assert.equal(funding.body?.multiline, true);
    assert.equal(conf.libraryRef?.value, 'confidentiality/mou');
    assert.equal(conf.body, undefined);
    assert.equal(conf2.heading?.value, 'Confidentiality');
    assert.equal(conf2.body?.value, 'Edited text.');
  });

  it('use, assistance and comments', () => {
    const { ast } = parseClean(`// a comment
use "registry/partners.entente"
/* a block
   comment */
assistance {
  basis budapest-35, mutual-legal-assistance
  preservation for 90 days
  central authority EE "Ministry of Justice"
  central authority FI "Ministry of Justice of Finland"
  under "Treaty on Mutual Legal Assistance"
}`);
    assert.equal(ast.uses[0].path?.value, 'registry/partners.entente');
    const a = ast.assistance[0];
    assert.deepEqual(a.basis.map((b) => b.text), ['budapest-35', 'mutual-legal-assistance']);
    assert.equal(a.preservation?.days, 90);
    assert.deepEqual(a.centralAuthorities.map((c) => [c.party.text, c.name?.value]), [['EE', 'Ministry of Justice'], ['FI', 'Ministry of Justice of Finland']]);
    assert.equal(a.mlaTreaty?.value, 'Treaty on Mutual Legal Assistance');
    assert.equal(ast.comments.length, 2);
    assert.equal(ast.comments[1].block, true);
  });

  it('Unicode names and escapes', () => {
    const text = `participant Комитет "Министерство \\"цифрового\\" развития"
participant Sécurité "Agence nationale de la sécurité des systèmes d'information"
participant مركز "المركز الوطني للأمن السيبراني"
participant Eesti "Riigi Infosüsteemi Amet \\u00C4"`;
    const { ast } = parseClean(text);
    assert.deepEqual(ast.parties.map((p) => p.id?.text), ['Комитет', 'Sécurité', 'مركز', 'Eesti']);
    assert.equal(ast.parties[0].name?.value, 'Министерство "цифрового" развития');
    assert.equal(ast.parties[3].name?.value, 'Riigi Infosüsteemi Amet Ä');
    assert.equal(textAt(text, ast.parties[2].id!.range), 'مركز');
  });

  it('normalises quantities and validates dates', () => {
    const { ast } = parseClean(`protocol P { notify within 2 weeks report final within 36 hours }
exercise E { first 2027-02-30 }
exercise F { first 2028-02-29 }`);
    assert.equal(ast.protocols[0].notifications[0].deadline?.within?.hours, 336);
    assert.equal(ast.protocols[0].reports[0].deadline?.within?.days, 1.5);
    assert.equal(ast.exercises[0].first?.valid, false);
    assert.equal(ast.exercises[1].first?.valid, true);
  });

  it('keeps an unknown closed value with its text and range', () => {
    const text = 'channel C between A, B { marking TLP:WHITE onward sharing everyone carries gossip }';
    const c = parseClean(text).ast.channels[0];
    assert.equal(c.marking?.value, undefined);
    assert.equal(c.marking?.text, 'TLP:WHITE');
    assert.equal(textAt(text, c.marking!.range), 'TLP:WHITE');
    assert.equal(c.onwardSharing?.value, undefined);
    assert.equal(c.carries[0].value, undefined);
  });

  it('reports positions in UTF-16 code units and handles CRLF', () => {
    const text = 'participant 😀X "x"\r\nparticipant Y "y"';
    const result = parseClean(text.replace('😀X', 'X'));
    assert.equal(result.ast.parties[1].id?.range.start.line, 1);
    const crlf = parseClean('participant A "a"\r\nparticipant B "b"\rparticipant C "c"');
    assert.deepEqual(crlf.ast.parties.map((p) => p.id?.range.start), [
      { line: 0, character: 12 },
      { line: 1, character: 12 },
      { line: 2, character: 12 },
    ]);
  });
});
