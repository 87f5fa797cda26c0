import type { IncidentProtocol, Notification } from '../../ast/nodes';
import { amendingInstrumentNote } from '../../model/conclusion';
import type { SemanticModel } from '../../model/semantic-model';
/**
 * Missing terms of operational cooperation (catalogue MC21, MC23–MC26): the elements of an
 * incident-notification protocol, liability for exercises and seconded staff or equipment,
 * intellectual property in joint work and shared tools, the terms of each exercise, and the
 * governance body of a framework instrument.
 */
import type { Range } from '../../ast/positions';
import { libraryFixes } from '../support/fixes';
import { coversTopic, instrumentLevelRule } from '../support/applicability';
import { liabilityInWords } from '../support/liability-in-words';
import { personnelActivity, sentOnRequest } from '../support/personnel-activities';
import { defineRule } from '../rule';
import { andList } from '../../util/word-list';
import { matchesOf } from '../../util/all-matches';

export const missingIncidentNotificationTerms = defineRule({
  code: 'missing-incident-notification-terms',
  catalogueId: 'MC21',
  family: 'missing-clause',
  librarySatisfiable: true,
  defaultSeverity: 'warning',
  // On a signed text no term can be added by an edit: the finding says what a reviewer can do.
  onConcludedText: 'where the text states the term in words the transcription left out, transcribe them; otherwise the gap is for an amending instrument or the next draft.',
  message: 'Complete the incident protocol: it needs a trigger (`when …`), a deadline (`notify within …`), the content (`content "…"`) and a channel (`via …`).',
  rationale:
    'An incident-notification commitment works only if it says what triggers it, by when, with what content and through which channel, as the statutory schemes it sits beside do (NIS2 Art. 23(3)–(4): a defined significant incident, early warning, notification, final report; GDPR Art. 33(3): the minimum content). Those schemes are cited as models of completeness only: they bind entities and controllers towards their own authorities, not the parties\' notifications to each other. "By when" may be a standard rather than a period, as in the incident treaties in force: "the State Party … shall: (a) forthwith notify … those States which are or may be physically affected" (Convention on Early Notification of a Nuclear Accident 1986, Art. 2(a)); a Party shall "then, without delay, inform all States whose interests are affected" (OPRC 1990, Art. 5(1)(c)). `notify forthwith` (or `immediately`, `promptly`, `without-delay`, `without-undue-delay`) therefore states the deadline; the check never asks for a number of hours the text does not have. The content is asked of every protocol, with or without a channel; the channel is asked only of a step among the parties (a step addressed only to non-parties or to States described in the text\'s words, "other States it deems likely to be affected by such damage", UNCLOS 1982 Art. 198, names no route of its own). A step that passes on a report it has received asks no content of its own: "Whenever a Party receives a report under the provisions of the present Article, that Party shall relay the report without delay to: (a) the Administration of the ship involved; and (b) any other State which may be affected" (MARPOL 1973 Art. 8(3)) sends the report, whose content the text fixes where it is made ("Reports shall in any case include: (a) identity of ships involved; …", Protocol I Art. III; sixty-fifth run, item 1); a trigger whose every condition names such a report, one the instrument fixes ("a report under the provisions of the present Article", "reports made under Article 4", "a report received from another Party"), is read so. A report under national law ("the receipt of a report from an operator of essential services") is not: between the Parties nothing then says what the notification contains, and its content is asked (lr15, D4). Nor is a report under another instrument, which binds its addressees towards their own authorities and not one Party towards the other: "a report under that law", "under Article 4 of the NIS2 Directive", "referred to in Article 23 of Directive (EU) 2022/2555", "from a State Party to the Budapest Convention"; a provision of this text cited by number ("under Article 8", "under paragraph 2 of Article 8 of this Convention") is this text\'s (lr16, D2). A step on an event of its own is asked its content even where the notifier is the Party that received a report: OPRC 1990 Art. 5(1)(c) informs affected States of the incident "together with (i) details of its assessments and any action it has taken …", its own content. On a concluded text the finding stays a warning, as every missing term of a signed text does (analysis/concluded-text-severity.ts), and says what can be done: transcribe the words the text has, or leave the gap to an amending instrument. A clause tagged `about incident-notification` is taken to state the terms in the text\'s own words, which the checker does not read: the protocol is then not asked again (forty-fifth run, item 3: UNCLOS Art. 198 tagged so was not asked its content; untagged, it is).',
  source: 'NIS2 Directive (EU) 2022/2555 Art. 23(3)–(4) (read: EUR-Lex consolidated text); GDPR Art. 33(3) (read: OJ L 119/2016, Formex text), as models; Convention on Early Notification of a Nuclear Accident 1986, Art. 2 (read: BWBV0002139), and OPRC 1990, Art. 5(1)(c) (read: BWBV0002364); UNCLOS 1982 Art. 198 (read: BWBV0003172); MARPOL 1973 Art. 8(3) and Protocol I Art. III (read: BWBV0003241), in statengeneraal/laws-markdown',
  sourceStatus: 'verified',
  example: {
    trigger: 'protocol Major {\n  notify within 24 hours\n}\n',
    fix: 'participant EE "Estonia"\nchannel Intel between EE\nprotocol Major {\n  when severity high\n  notify within 24 hours via Intel\n  content "nature of the incident, indicators, systems affected"\n}\n',
  },
  check({ model, report }) {
    if (coversTopic(model, 'incident-notification')) return;
    for (const protocol of model.ast.protocols) {
      if (!protocol.id) continue;
      const deadlines = [...protocol.notifications, ...protocol.reports].map((n) => n.deadline);
      const missing: string[] = [];
      if (protocol.triggers.length === 0) missing.push('a trigger (`when …`)');
      // A standard is a deadline: real incident treaties state one, never hours ("forthwith notify",
      // Early Notification 1986 Art. 2(a); "without delay, inform", OPRC 1990 Art. 5(1)(c)).
      if (!protocol.notifications.some((n) => n.deadline?.within || n.deadline?.standard)) missing.push('a deadline (`notify within …`, or a standard such as `notify forthwith`)');
      // A step that passes on a report received ("Whenever a Party receives a report under the
      // provisions of the present Article, that Party shall relay the report without delay",
      // MARPOL 1973 Art. 8(3)) sends that report: its content is the report's, fixed where the
      // report is made (Protocol I Art. III), not a second list (sixty-fifth run, item 1).
      if (!protocol.content && !relaysReportReceived(protocol)) missing.push('the content (`content "…"`)');
      // "directly or through the International Atomic Energy Agency" (Early Notification 1986, Art. 2) is the route the text chooses.
      // A channel is a route among parties: a step whose recipients include a non-party or States
      // described in the text's words ("inform all States whose interests are affected", OPRC 1990
      // Art. 5(1)(c), which names no route) is not asked for one; a protocol of such steps only, none.
      const amongParties = protocol.notifications.length === 0 || protocol.notifications.some((n) => !reachesNonParties(model, n));
      if (amongParties && !deadlines.some((d) => d?.via) && !protocol.notifications.some((n) => n.relay)) missing.push('a channel (`via <channel>`, or the organisation it goes through: `through …`)');
      if (missing.length === 0) continue;
      // No library clause: the finding asks to complete a protocol the instrument states, and a
      // notification clause would add a second regime beside it, with deadlines of its own (24
      // hours where the protocol says 72, or says "immediately"; quick-fix review, item 6).
      report({ range: protocol.id.range, message: `Incident protocol ${protocol.id.text} lacks ${andList(missing)}.` });
    }
  },
});

/**
 * Words of a trigger that name a report the notifier has received, not an event it reports on: "a
 * report under the provisions of the present Article" (MARPOL 1973 Art. 8(3)), "the receipt of a
 * report", "a report received from …", "reports made under Article 4". An incident "to be
 * reported", "reportable", or a report the step itself makes ("an incident report is due") is not.
 */
const reportReceived = /\b(?:(?:receives?|receiving|received|receipt\s+of)\s+(?:an?\s+|the\s+|any\s+|such\s+)?(?:[\w-]+\s+){0,2}?reports?\b|reports?\s+(?:(?:so\s+)?received|made\s+(?:under|pursuant|in\s+accordance)|submitted\s+(?:under|pursuant|to\s+it)|transmitted\s+to\s+it|referred\s+to\s+in|under\s+(?:the\s+provisions\s+of\s+)?(?:the\s+present|this|that|article|paragraph)\b|pursuant\s+to|from\s+(?:the|an?|any)\b))/iu;

/**
 * Words that make the report received one whose content the instrument itself fixes, as MARPOL's
 * "a report under the provisions of the present Article" does (Protocol I Art. III): a report made
 * under, pursuant to or in accordance with the instrument or one of its provisions, one "referred
 * to in" it, or one received from another Party. "The receipt of a report from an operator of
 * essential services" is a report under national law: between the Parties nothing then says what
 * the notification contains, and its content is asked as of a fresh notification (lr15, D4). So is
 * a report under another instrument, which binds its own addressees, not the Parties towards each
 * other: "a report under that law", "under Article 4 of the NIS2 Directive", "referred to in Article
 * 23 of Directive (EU) 2022/2555", "from a State Party to the Budapest Convention" (lr16, D2).
 */
const fixedReportLead = /\b(?:under|pursuant\s+to|in\s+accordance\s+with|referred\s+to\s+in)\s+(?:the\s+provisions\s+of\s+)?/giu;
/** This instrument, or a part of one named by its number ("that Article" only as a part). */
const ownInstrument = /^(?:the\s+present|this)\b|^that\s+(?:articles?|paragraphs?|sub-?paragraphs?|annex(?:es)?|appendix|appendices)\b/iu;
/** A provision cited by number, with the numbers, letters and brackets after it ("Article 23(4)(a) and 5"). */
const citedProvision = /^(?:articles?|paragraphs?|sub-?paragraphs?|annex(?:es)?|appendix|appendices|protocol|regulations?|rules?)\b(?:[\s,]+(?:and\s+|or\s+|to\s+)?(?:\d+[\w.]*|[IVXLC]+\b|\([\w]+\))(?:\s*\([\w]+\))*)*/iu;
/** What an "of" or "to" after a cited provision may name and still be this instrument: another part, this text, or a bare title ("of the Convention"). */
const ownOf = /^(?:of|to)\s+(?:(?:the\s+present|this)\b|(?:the\s+)?(?:Convention|Agreement|Treaty|Protocol|Arrangement|Memorandum)\b(?!\s+(?:on|for|of|between|concerning)\b)|(?=(?:articles?|paragraphs?|sub-?paragraphs?|annex(?:es)?|appendix|appendices|protocol)\b))/iu;
/** Another Party of this instrument, not "a State Party to the Budapest Convention". */
const fromAParty = /\bfrom\s+(?:an(?:other)?|the\s+other|any(?:\s+other)?|a)\s+(?:Contracting\s+|State\s+)?Party\b(?!\s+to\s+(?!(?:the\s+present|this)\b))/iu;

/** Whether the words cite a provision of this instrument: "Article 4", "paragraph 1 of Article 8", not "Article 4 of the NIS2 Directive". */
function citesOwnProvision(words: string): boolean {
  let rest = words;
  for (let part = 0; part < 6; part++) {
    const cited = citedProvision.exec(rest);
    if (!cited) return false;
    rest = rest.slice(cited[0].length).trimStart();
    if (!/^(?:of|to)\b/i.test(rest)) return true;
    if (!ownOf.test(rest)) return false;
    rest = rest.replace(/^(?:of|to)\s+/i, '');
    if (ownInstrument.test(rest) || !citedProvision.test(rest)) return true;
  }
  return false;
}

function reportTheTextFixes(words: string): boolean {
  if (/\b(?:so|thus)\s+received\b/iu.test(words) || fromAParty.test(words)) return true;
  for (const lead of matchesOf(words, fixedReportLead)) {
    const rest = words.slice(lead.index + lead[0].length);
    if (ownInstrument.test(rest) || citesOwnProvision(rest)) return true;
  }
  return false;
}

/**
 * Whether the protocol only passes on a report received: every condition of its trigger is such a
 * report (a severity may qualify it). One condition that is an event of its own ("oil pollution
 * incident", OPRC 1990 Art. 5(1), whose Party informs "together with … details of its assessments",
 * its own content) and the content is asked as of any fresh notification.
 */
function relaysReportReceived(protocol: IncidentProtocol): boolean {
  const conditions = protocol.triggers.filter((t) => t.attribute.text !== 'severity');
  return conditions.length > 0 && conditions.every((t) => t.value !== undefined && 'value' in t.value && reportReceived.test(t.value.value) && reportTheTextFixes(t.value.value));
}

/** Whether a notification's recipients include a declared non-party or others described in the text's words. */
function reachesNonParties(model: SemanticModel, n: Notification): boolean {
  return n.describedRecipients.length > 0 || n.recipients.some((id) => !model.party(id.text) && model.resolve('non-party', id.text) !== undefined);
}

/** Cooperation activities that put people or property at risk: personnel sent to the other side, lent equipment. */
const liabilityActivity = (activity: string) => personnelActivity.test(activity) || /^equipment(?:-[\w-]+)?$/i.test(activity);
/** Activities that create or share intellectual property. */
const ipActivities = /^(research|joint-research|joint-development|research-and-development|r-and-d|tool-sharing|software-sharing|standards)$/i;

export const missingLiability = defineRule({
  code: 'missing-liability',
  catalogueId: 'MC23',
  family: 'missing-clause',
  librarySatisfiable: true,
  defaultSeverity: 'info',
  // Its findings on a signed text read as requests to redraft it without this (hundred-and-thirteenth run, defect 2).
  onConcludedText: amendingInstrumentNote,
  message: 'Say who bears claims for damage or injury in exercises, secondments, deployments or equipment loans: add a clause about liability (in an MoU, claims settled by consultation, not a waiver).',
  rationale:
    'Joint exercises, personnel sent to work with the other side (secondments, personnel exchanges, deployments, liaison officers, embedded or visiting experts: the activities missing-status-of-personnel also looks for) and lent equipment can cause damage or injury, and the instrument should say how claims are dealt with. A treaty can settle them itself, typically by a waiver ("Each Contracting Party waives all its claims against any other Contracting Party for damage to any property owned by it …", NATO SOFA 1951, Art. VIII(1)); a waiver or an indemnity is a legal act, so a non-binding MoU cannot make one (mou-binding-commitment, CF21): its paragraph says that each Participant deals with claims arising from its own personnel and that other claims are settled by consultation, and it refers to the treaty that governs the status of personnel (a SOFA, as the Netherlands–Switzerland agreement of 2007 does, Art. VI(1)). Assistance sent on request into the requesting State is such a deployment in substance: a channel on which "advisory services, technical support and equipment" are given "upon the request of any Party affected", in a text that moves "personnel, cargoes, materials and equipment" into "its territory" for it (OPRC-HNS Protocol 2000, Art. 5(1), (3); OPRC 1990, Art. 7(1), (3); thirty-ninth run, item 5), is asked who bears the claims, as the IAEA Assistance Convention 1986 settles them (Art. 10(2): no proceedings against the assisting party, third-party claims assumed, compensation for death, injury and damaged equipment). A clause that says it in its own words counts as one tagged `about liability`: a signatory that "shall be liable" in a sentence on damage, loss, injury or claims (not "liable to" a penalty or a duty, nor "liable for the customs duties", a fiscal liability), claims against someone that are to be borne, excluded, waived or dealt with, a signatory that waives its claims (not "Nothing … shall mean that a Party waives its claims", which preserves them; treaty lawyer lr21, defect 6) — "the Government of Zambia shall be liable in his place and any claim against the expert shall to that extent be excluded" (Netherlands–Zambia technical cooperation Agreement 1979, Art. II(i); ninety-third run, defect 4: a faithful transcription without tags was told the text is silent).',
  source: 'NATO Status of Forces Agreement (1951) Art. VIII(1) (read: Dutch treaty series BWBV0004785); Netherlands–Switzerland Agreement (2007) Art. VI(1) (read: BWBV0001997); OPRC-HNS Protocol (2000) Art. 5(1), (3) (read: BWBV0004763); OPRC (1990) Art. 7(3) (read: BWBV0002364); IAEA Assistance Convention (1986) Art. 10 (read: BWBV0002141); Netherlands–Zambia technical cooperation Agreement (1979) Art. II(i) (read: BWBV0003785)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia"\nexercise Shield annually led by EE\n',
    fix: 'participant EE "Estonia"\nexercise Shield annually led by EE\nclause Liability about liability "Each Participant will deal with claims arising from the acts of its own personnel; other claims will be settled by consultation between the Participants."\n',
  },
  check({ model, report }) {
    const triggers: { range: Range; what: string }[] = [];
    for (const exercise of model.ast.exercises) if (exercise.id) triggers.push({ range: exercise.id.range, what: `exercise ${exercise.id.text}` });
    for (const cooperation of model.ast.cooperations) {
      for (const activity of cooperation.activities) if (liabilityActivity(activity.text)) triggers.push({ range: activity.range, what: activity.text });
    }
    // Services, equipment and people sent on request into the requesting State (OPRC-HNS Art. 5(1), (3)).
    for (const { channel } of sentOnRequest(model)) triggers.push({ range: channel.range, what: `the assistance sent on request on channel ${channel.text}` });
    // A clause that says it in words counts as one tagged `about liability` (ninety-third run, defect 4).
    if (triggers.length === 0 || coversTopic(model, 'liability') || liabilityInWords(model)) return;
    // One clause settles liability for all of them: one finding, the others as related places.
    const [first, ...others] = triggers;
    report({
      range: first.range,
      message: `Say who bears claims arising from ${andList(triggers.map((t) => t.what))}: add a clause about liability${model.legalNature === 'mou' ? ' (in an MoU: each Participant deals with claims arising from its own personnel and other claims are settled by consultation; a waiver of claims belongs in a binding instrument)' : ''}.`,
      related: others.map((t) => ({ uri: model.uri, range: t.range, message: `${t.what} also needs it` })),
      fixes: libraryFixes(model, 'liability'),
    });
  },
});

export const missingIntellectualProperty = defineRule({
  code: 'missing-intellectual-property',
  catalogueId: 'MC24',
  family: 'missing-clause',
  librarySatisfiable: true,
  defaultSeverity: 'info',
  message: 'Say who owns and may use the results and tools: add `intellectual property "…"` to the cooperation block.',
  rationale:
    'Joint research and development, and the sharing of tools, create or transfer intellectual property; cooperation agreements say who owns the results and on what terms they may be used: "Rights to such intellectual property shall be allocated as provided in this Annex" (Netherlands–US 2012, Annex I; Art. 12). Property rights are allocated by a binding instrument or a contract; a non-binding MoU can only refer to one.',
  source: 'Netherlands–US Agreement on science and technology cooperation (2012) Art. 12 and Annex I (read: Dutch treaty series BWBV0006073)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland"\ntechnology-transfer Tools from EE to FI { activities tool-sharing }\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\ntechnology-transfer Tools from EE to FI {\n  activities tool-sharing\n  intellectual property "remains with the provider; licensed for the recipient’s defensive use"\n}\n',
  },
  check({ model, report }) {
    if (coversTopic(model, 'intellectual-property')) return;
    for (const cooperation of model.ast.cooperations) {
      if (cooperation.intellectualProperty) continue;
      const technical = cooperation.kind.value === 'technology-transfer' || cooperation.activities.some((a) => ipActivities.test(a.text));
      if (!technical) continue;
      report({
        range: cooperation.id?.range ?? cooperation.kind.range,
        message: `${cooperation.id ? `${cooperation.kind.text} ${cooperation.id.text}` : `This ${cooperation.kind.text} block`} shares tools or creates results but says nothing on intellectual property: add \`intellectual property "…"\`.`,
        fixes: libraryFixes(model, 'intellectual-property'),
      });
    }
  },
});

export const missingExerciseTerms = defineRule({
  code: 'missing-exercise-terms',
  catalogueId: 'MC25',
  family: 'missing-clause',
  librarySatisfiable: true,
  defaultSeverity: 'info',
  // Its findings on a signed text read as requests to redraft it without this (hundred-and-thirteenth run,
  // defect 2); where the text names what the declaration lacks ("getest door de bevoegde autoriteiten van
  // de drie landen", Benelux crisis MoU 2006, Art. 9), the declaration is the transcription's to complete
  // (treaty lawyer lr31, D6).
  onConcludedText: 'where the text says in words the declaration lacks who conducts the exercise, how often or what it covers, declare them (`led by …`, `every …`, `scope "…"`); otherwise the point is for an amending instrument or the next draft.',
  message: 'Complete the exercise: give its cadence (`every 12 months`, `annually`), its lead (`led by …`) and its `scope "…"`.',
  rationale:
    'An exercise commitment without cadence, lead or scope is a wish. Exercise agreements set the purpose and scope, the fields of cooperation and who concludes the detailed arrangements for each exercise (Netherlands–Switzerland 2007, Arts. II–IV: "Detailed arrangements related to specific exercises … shall be … specified in Technical Arrangements").',
  source: 'Netherlands–Switzerland Agreement concerning military exercises, training and education (2007) Arts. II–IV (read: Dutch treaty series BWBV0001997)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "CERT-EE" { kind national-cert }\nexercise Shield\n',
    fix: 'participant EE "CERT-EE" { kind national-cert }\nexercise Shield annually led by EE { scope "table-top incident response" }\n',
  },
  check({ model, report }) {
    if (coversTopic(model, 'exercises')) return;
    // The library clause sets a cadence and how the lead is chosen for every exercise: where the
    // instrument already states either for one, it would contradict it (quick-fix review, item 11).
    const statesExerciseTerms = model.ast.exercises.some((e) => e.cadence !== undefined || e.lead !== undefined);
    for (const exercise of model.ast.exercises) {
      if (!exercise.id) continue;
      const missing: string[] = [];
      if (!exercise.cadence) missing.push('a cadence (`every 12 months`, `annually`)');
      if (!exercise.lead) missing.push('a lead (`led by …`)');
      if (!exercise.scope) missing.push('a scope (`scope "…"`)');
      if (missing.length === 0) continue;
      report({ range: exercise.id.range, message: `Exercise ${exercise.id.text} lacks ${andList(missing)}.`, fixes: statesExerciseTerms ? [] : libraryFixes(model, 'exercises') });
    }
  },
});

export const missingGovernanceBody = instrumentLevelRule({
  code: 'missing-governance-body',
  catalogueId: 'MC26',
  defaultSeverity: 'info',
  message: 'Set up the body that steers and reviews the framework: add `body … members … meets every …` or a clause about governance.',
  rationale:
    'A framework instrument is implemented through a standing mechanism (a dialogue, a joint working group, a steering committee) that meets regularly and reviews progress: "The Parties shall, as appropriate, consult periodically" (Budapest Convention Art. 46(1)); Executive Agents and Agreement Managers administer the Netherlands–US agreement of 2012 (Arts. 4–5).',
  source: 'Budapest Convention Art. 46(1) (read: Dutch treaty series BWBV0001839); Netherlands–US Agreement on science and technology cooperation (2012) Arts. 4–5 (read: BWBV0006073)',
  sourceStatus: 'verified',
  example: {
    trigger: 'framework "Framework" {\n  status non-binding\n  effect on signature\n}\nparticipant EE "Estonia"\nparticipant IN "India"\n',
    fix: 'framework "Framework" {\n  status non-binding\n  effect on signature\n}\nparticipant EE "Estonia"\nparticipant IN "India"\nbody JWG "Joint Working Group" members EE, IN meets annually\n',
  },
  topic: 'governance',
  applies: (model) => model.kind === 'framework',
  stated: (_instrument, model) => model.ast.bodies.length > 0,
});

export const cooperationRules = [missingIncidentNotificationTerms, missingLiability, missingIntellectualProperty, missingExerciseTerms, missingGovernanceBody];
