/**
 * The status of personnel sent to another State's territory (review §3 item 5): what law they are
 * under there, or the treaty that gives them another status — an example that fits what is
 * declared (a SOFA only where armed forces are named).
 */
import { amendingInstrumentNote } from '../../model/conclusion';
import { coversTopic } from '../support/applicability';
import { saysInProse } from '../support/instrument-prose';
import { libraryFixes } from '../support/fixes';
import type { SemanticModel } from '../../model/semantic-model';
import { personnelActivity, sentOnRequest } from '../support/personnel-activities';
import { defineRule } from '../rule';

/** An exercise on a host's territory: "hosted by", "deployed to", "on the territory of". */
const onTerritory = /\b(?:hosted\s+(?:by|in|at)|host\s+(?:nation|State|country|Party)|deploy(?:s|ed|ment)?\s+(?:to|in|on)|on\s+the\s+territory|in\s+the\s+territory|on[\s-]site\s+in|stationed)\b/iu;
/**
 * A provision that sets the personnel's status: a SOFA, privileges or immunities, jurisdiction,
 * exemptions granted to them, the status or legal protection they "shall enjoy", their being
 * "regarded as officials of" the host (Second Additional Protocol 2001, Art. 21), or their being
 * subject to the host's jurisdiction or law (a status: no other is given).
 */
const statusProvision = new RegExp(
  [
    String.raw`\bstatus\s+of\s+(?:(?:their|the|its)\s+)?(?:forces|(?:seconded\s+|exchange\s+|visiting\s+|sending\s+State['’]s\s+)?(?:personnel|staff|officers|experts|analysts))`,
    String.raw`\bSOFA\b`,
    String.raw`\bprivileges\s+(?:and|or)\s+immunities\b`,
    String.raw`\b(?:criminal|civil|disciplinary)\s+jurisdiction\b`,
    String.raw`\bsubject\s+to\s+the\s+jurisdiction\s+of\b`,
    String.raw`\benjoy\s+(?:the\s+)?(?:same\s+)?(?:status|legal\s+protection)\b`,
    String.raw`\bregarded\s+as\s+officials\s+of\b`,
    // "accord to the experts and their families exemption from Customs duties", "exempt the experts
    // from personal income tax" (NL–Zambia 1979, Art. II(a), (c), (g)).
    String.raw`\b(?:experts?|personnel|staff|officials?|officers?)\b[^.;]{0,60}?\bexempt(?:ion|ed)?\s+from\b`,
    String.raw`\bexempt\s+(?:the\s+)?(?:experts?|personnel|staff|officials?|officers?)\b`,
  ].join('|'),
  'iu',
);

/**
 * The State where the personnel are, described: "the State in whose territory they are present",
 * "the State in the territory of which they are present", "the State in which they serve" — the
 * host (treaty lawyer lr22, D5); not "the State from which they are sent" nor "whose nationals they are".
 */
const statePresentIn = String.raw`the\s+State\s+(?:(?:in|on)\s+whose\s+territory|(?:in|on)\s+the\s+territory\s+of\s+which|(?:in|to|where)\s+(?:which\s+)?[^.;,]{0,40}?\b(?:present|stationed|deployed|seconded|sent|posted|assigned|serv(?:e|es|ing)|work(?:s|ing)?|operat(?:e|es|ing)|perform(?:s|ing)?|carr(?:y|ies|ying)\s+out))\b`;
/** The host, named: a State's name (a capital), the host, receiving or other Party or State, or the State they are in — not "the Parties", "both Parties", "their respective countries". */
const host = String.raw`(?:the\s+(?:[Hh]ost|[Rr]eceiving|other\s+(?:Contracting\s+)?(?:Party|State|Participant|Government))\b|${statePresentIn}|(?!(?:the\s+)?(?:(?:Contracting\s+)?Part(?:y|ies)|Participants?|Sending|Governments?\b|States?\b))(?:the\s+)?\p{Lu})`;
/** The laws of the host, or those in force there: "the laws, regulations and orders as may be in force from time to time in Zambia", "the jurisdiction and laws of the host Party". */
const hostLaws = String.raw`the\s+(?:[Jj]urisdiction\s+and\s+(?:the\s+)?)?[Ll]aws?(?:(?:,\s*|\s+and\s+)(?:regulations|rules|orders|customs|jurisdiction)){0,3}\s+(?:of\s+|(?:as\s+may\s+be\s+|which\s+are\s+|that\s+are\s+)?in\s+force\s+(?:from\s+time\s+to\s+time\s+)?in\s+)${host}`;

/**
 * The personnel left under the host's law, which is a status (no other is given): "shall remain
 * subject to the laws of the receiving State". Without the `i` flag, so that the capital of a
 * State's name is one ("the laws of physics", "in force in their respective countries" are not
 * the host's law).
 */
const underHostLaw = new RegExp(String.raw`\b(?:be|remain|are)\s+subject\s+to\s+${hostLaws}`, 'u');

/**
 * A duty to respect or comply with the host's law, which does not set a status (treaty lawyer lr21,
 * defect 3): the NATO SOFA has the duty "to respect the law of the receiving State" (Art. II) beside
 * the status it gives (Art. VII), and NL–Zambia 1979's "The experts shall comply with the laws,
 * regulations and orders as may be in force from time to time in Zambia unless otherwise provided
 * for in this Agreement" (Art. III(1)) stands beside the exemptions and liability of Art. II. The
 * finding stays, and says so.
 */
const conductUnderHostLaw = new RegExp(String.raw`\b(?:[Rr]espect|[Cc]omply\s+with|[Oo]bserve|[Aa]bide\s+by)\s+${hostLaws}`, 'u');

/** A word each branch of `statusProvision` needs (same flags). */
const statusWords = /status|SOFA|immunities|jurisdiction|enjoy|officials|exempt/iu;

/** Where personnel go to another party's territory: the cooperation, exercise or assistance on request, and why. */
interface PersonnelAbroad {
  readonly range: import('../../ast/positions').Range;
  readonly what: string;
  readonly sent: 'cooperation' | 'exercise' | 'assistance';
}

function personnelAbroad(model: SemanticModel): PersonnelAbroad[] {
  const result: PersonnelAbroad[] = [];
  const jurisdictions = (ids: readonly { text: string }[]) => new Set(ids.map((i) => model.party(i.text)?.jurisdiction ?? i.text));
  for (const c of model.ast.cooperations) {
    const activity = c.activities.find((a) => personnelActivity.test(a.text));
    if (!activity) continue;
    const sides = jurisdictions([...c.providers, ...c.beneficiaries]);
    if (sides.size < 2 && c.providers.length + c.beneficiaries.length > 0) continue;
    result.push({ range: activity.range, what: `${activity.text} under ${c.id?.text ?? 'this cooperation'}`, sent: 'cooperation' });
  }
  for (const e of model.ast.exercises) {
    if (!e.scope || !onTerritory.test(e.scope.value)) continue;
    result.push({ range: e.id?.range ?? e.range, what: `exercise ${e.id?.text ?? ''} on a host's territory`.replace('  ', ' '), sent: 'exercise' });
  }
  // Response personnel sent on request into the requesting State's territory (OPRC-HNS Art. 5(1), (3)(b)).
  for (const { channel, personnel } of sentOnRequest(model)) if (personnel) result.push({ range: channel.range, what: `assistance sent on request on channel ${channel.text}`, sent: 'assistance' });
  return result;
}

/** Words that put armed forces in the instrument: its title, its parties, the activities' and exercises' own words. */
const forcesWords = /\b(?:armed\s+forces|military|defen[cs]e|army|navy|air\s+force|troops|soldiers)\b/iu;

function speaksOfForces(model: SemanticModel): boolean {
  const texts = [
    model.ast.instrument?.title?.value,
    ...model.ast.parties.flatMap((p) => [p.name?.value, p.representative?.value]),
    ...model.ast.cooperations.map((c) => c.description?.value),
    ...model.ast.exercises.map((e) => e.scope?.value),
  ];
  return texts.some((t) => t !== undefined && forcesWords.test(t));
}

/**
 * The treaty that would give the personnel another status, as what is declared makes it fit: a
 * status-of-forces agreement only where the instrument speaks of armed forces (its title, its
 * parties, the activities' own words: a defence MoU's exchange personnel, NL–US 1978 Annex VIII);
 * for response personnel sent on request, the privileges and immunities of the IAEA Assistance
 * Convention (Art. 8); otherwise a treaty on officials working in the other State (NL–Finland
 * customs 1984, Art. 9; Second Additional Protocol to the MLA Convention 2001, Arts. 21–22), not
 * NL–Moldova 2014, whose qualified diplomatic privileges for officers at Europol fit neither customs
 * exchanges nor a crisis liaison (lf3, item 2). The fortieth run's six findings were told of SOFAs (lc30).
 */
function otherStatus(model: SemanticModel, where: PersonnelAbroad): string {
  const examples: string[] = [];
  if (speaksOfForces(model)) examples.push('for armed forces, a status-of-forces agreement such as the NATO SOFA or the PfP SOFA');
  if (where.sent === 'assistance') examples.push('for assistance personnel, the privileges and immunities a treaty such as the IAEA Assistance Convention 1986 gives them, Art. 8');
  else if (examples.length === 0) examples.push('a treaty with the host State on the status of officials working in its territory, as the Netherlands–Finland customs agreement of 1984 gives customs officials present in the other State "the same legal protection as applies to the customs authorities of the State in the territory of which they are present", Art. 9, or the Second Additional Protocol to the European Convention on Mutual Assistance in Criminal Matters 2001 regards officials operating in another Party as its officials with respect to offences committed against them or by them, Art. 21, and settles civil liability for damage they cause, Art. 22');
  return examples.join('; ');
}

export const missingStatusOfPersonnel = defineRule({
  code: 'missing-status-of-personnel',
  family: 'missing-clause',
  librarySatisfiable: true,
  defaultSeverity: 'info',
  // Its findings on a signed text read as requests to redraft it without this (hundred-and-thirteenth run, defect 2).
  onConcludedText: amendingInstrumentNote,
  message: 'Personnel go to another State’s territory: say what status they have there — that they remain subject to the host’s law, or the treaty that gives them another status (for armed forces, a status-of-forces agreement) — and, for an MoU, that it confers no privileges or immunities.',
  rationale:
    'Personnel sent to work on another State\'s territory (secondments, exchanges, deployed exercises) are subject to the host State\'s law unless a treaty gives them another status: the NATO SOFA exists because "the forces of one Party may be sent … to serve in the territory of another Party" and defines their status, criminal and disciplinary jurisdiction (Art. VII(1)) and their duty "to respect the law of the receiving State" (Art. II). Instruments refer to such a treaty: "The status of the Sending State’s personnel while in the territory of the Receiving State shall be governed by the … PfP SOFA" (Netherlands–Switzerland 2007, Art. VI(1)); "The status of Exchange Personnel while in the Host country shall be governed by the … NATO SOFA" (Netherlands–US defence MoU, Annex VIII, Section VI). An MoU cannot itself confer privileges or immunities: it creates no legal obligations, so a status other than the host\'s law must come from a treaty. The rule looks for secondments, personnel exchanges, deployments or liaison officers between parties in different States, and exercises whose scope places them on a host\'s territory. Response personnel sent on request count too: a channel of assistance in kind given "upon the request of any Party affected", in a text that facilitates "the expeditious movement into, through, and out of its territory of personnel" (OPRC-HNS Protocol 2000, Art. 5(1), (3)(b); thirty-ninth run, item 6), where the IAEA Assistance Convention 1986 gives such personnel privileges and immunities and their duty to respect the requesting State\'s laws (Art. 8(2), (7)). Civilian officials get another status by a treaty with the host State: customs officials present in the other State "shall enjoy the same legal protection as applies to the customs authorities of the State in the territory of which they are present" and, "with respect to legal consequences for offences committed against them or which they might commit", "shall be treated in a manner similar to that applied to the customs authorities" of that State (Netherlands–Finland customs agreement 1984, Art. 9); officials operating in another Party in cross-border observations, controlled deliveries, covert investigations or joint investigation teams "shall be regarded as officials of the Party of operation with respect to offences committed against them or by them" (Second Additional Protocol to the European Convention on Mutual Assistance in Criminal Matters 2001, Art. 21), and their Party "shall be liable for any damage caused by them during their operations, in accordance with the law of the Party in whose territory they are operating" (Art. 22(1)). The message names the kind of treaty that fits what is declared: a status-of-forces agreement only where the instrument speaks of armed forces or defence (its title, its parties, the activities\' and exercises\' own words), the IAEA Assistance Convention for assistance sent on request, and otherwise a treaty on the status of officials in the host State. A clause that sets the status in its own words counts, tagged or not (ninety-third run, defect 4): privileges or immunities, criminal, civil or disciplinary jurisdiction, "subject to the jurisdiction of", the status or legal protection the personnel "shall enjoy", their being "regarded as officials of" the host, exemptions granted to them ("accord to the experts and their families exemption from Customs duties, taxes and other related charges", "exempt the experts and their families from national service obligations", Netherlands–Zambia technical cooperation Agreement 1979, Art. II(a), (g)), or their remaining "subject to the laws of" the host, which leaves them no other status. A bare duty to respect or comply with the host\'s law does not count (treaty lawyer lr21, defect 3): it is a duty of conduct, not a status — the NATO SOFA states it (Art. II) beside the status it gives (Art. VII), and the Netherlands–Zambia Agreement\'s "The experts shall comply with the laws, regulations and orders as may be in force from time to time in Zambia unless otherwise provided for in this Agreement" (Art. III(1)) stands beside the status Art. II gives; the finding then stays, and says that the duty is not a status. The host is named by a capital (a State\'s name), as the host, receiving or other State or Party, or as the State where the personnel are ("remain subject to the laws of the State in whose territory they are present", "subject to the jurisdiction and laws of the host Party": treaty lawyer lr22, D5), not as "the Parties", so that "the laws of physics", "the laws of the Parties" or "the laws in force in their respective countries" are not the host\'s law.',
  source:
    'NATO SOFA (London, 1951), preamble, Arts. II, VII(1) (read: Dutch treaty series BWBV0004785); Netherlands–Switzerland Agreement on military exercises (2007) Art. VI(1) (read: BWBV0001997); Netherlands–US defence cooperation MoU (1978), Annex VIII Section VI (read: BWBV0003739); OPRC-HNS Protocol (2000) Art. 5(1), (3)(b) (read: BWBV0004763); IAEA Assistance Convention (1986) Art. 8 (read: BWBV0002141); Netherlands–Finland Agreement on mutual assistance in customs matters (1984) Art. 9 (read: BWBV0002208); Second Additional Protocol to the European Convention on Mutual Assistance in Criminal Matters (2001) Arts. 17–22 (read: BWBV0003125); Netherlands–Zambia technical cooperation Agreement (1979) Arts. II, III(1) (read: BWBV0003785)',
  sourceStatus: 'verified',
  example: {
    trigger:
      'memorandum "MoU" { status non-binding }\nparticipant EE "CERT-EE" { jurisdiction EE }\nparticipant FI "NCSC-FI" { jurisdiction FI }\ncapacity-building Exchange by EE for FI { activities secondments }\n',
    fix:
      'memorandum "MoU" { status non-binding }\nparticipant EE "CERT-EE" { jurisdiction EE }\nparticipant FI "NCSC-FI" { jurisdiction FI }\ncapacity-building Exchange by EE for FI { activities secondments }\nclause Status about status-of-personnel """\n  Seconded personnel will remain subject to the laws of the host country and will respect them. This Memorandum confers no privileges or immunities.\n"""\n',
  },
  check({ model, report }) {
    if (coversTopic(model, 'status-of-personnel') || saysInProse(model, statusProvision, statusWords) || saysInProse(model, underHostLaw, /subject/u)) return;
    const conduct = saysInProse(model, conductUnderHostLaw, /[Ll]aw/u)
      ? ' The text has them respect or comply with the host’s law: that is a duty of conduct, not a status (the NATO SOFA states that duty, Art. II, beside the status it gives, Art. VII); if no other status is intended, say that they remain subject to the host’s law.'
      : '';
    for (const where of personnelAbroad(model)) {
      report({
        range: where.range,
        message: `Personnel go to another State’s territory (${where.what}): say what status they have there — that they remain subject to the host’s law, or the treaty that gives them another status (${otherStatus(model, where)})${model.legalNature === 'mou' ? '; this MoU cannot confer privileges or immunities' : ''}.${conduct}`,
        fixes: libraryFixes(model, 'status-of-personnel'),
      });
    }
  },
});

// ── Survival of protection after termination (review §3 item 11) ──────────────────────────
