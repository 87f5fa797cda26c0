/**
 * A costs clause that names other costs, beside a body whose meetings nothing pays for
 * (`missing-body-costs`, info). `missing-costs` asks for a costs clause where the instrument sets
 * up something costly and has none; once there is one, on any subject, it is satisfied. This note
 * says where that clause's words stop short of the meetings of a body the instrument sets up
 * (thirty-fourth real-instrument run, point 2). No catalogue id: MC22 is `missing-costs`, and a
 * setting that raises MC22 to an error must not raise this note with it.
 *
 * A note, not a warning: the reviewers of ETS 156 (Art. 25) and of NL–Norway 2015 (Arts. 26–29)
 * judged a `missing-costs` warning wrong there, Convention 108's (Art. 17) expected none and CETS
 * 198's (Art. 44) only a debatable one. The note states no default for the meetings: that each
 * delegation pays its own way is practice, not a rule of treaty law (seventy-first run, defect 3);
 * it says where the words belong (the costs clause, the body's own article, or financial rules).
 * On a concluded text it stays a note under every profile (analysis/concluded-text-severity.ts).
 */
import type { Clause, GovernanceBody } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { incorporatesTopic, standaloneInstrument, takesFromTreaty } from '../support/applicability';
import { costlyBodies } from '../support/costly-activities';
import { bodyWork } from '../support/body-work';
import { bodyCostsReached, bodyOwnClause, costsClauses, costsNamedBy } from '../support/costs-reach';
import { servicedBodyConcludedNote, servicedBodyQuestion, servicingOrganisation } from '../support/organisation-serviced-body';
import { defineRule, type RelatedInformation } from '../rule';
import { andList } from '../../util/word-list';
import { concludedText } from '../../model/conclusion';
import { concludedCostsNote } from '../support/concluded-costs-note';

/**
 * Whether the costs are (also) settled in another text the checker does not read here: the treaty
 * an arrangement implements, or a text whose costs provisions it incorporates.
 */
function costsSettledElsewhere(model: SemanticModel): boolean {
  if (takesFromTreaty(model, 'costs') || incorporatesTopic(model, 'costs')) return true;
  const treaty = model.implementedFile?.model;
  return treaty !== undefined && treaty.clauses.some((clause) => model.topicsOf(clause).has('costs'));
}

function clauseName(clause: Clause): string {
  return clause.id?.text ?? (clause.heading ? `"${clause.heading.value}"` : 'without a name');
}

/**
 * "The costs clause Art25 reaches "the cost of carrying out any action under Articles 9 and 10", not
 * the meetings of body MonitoringCommittee: …"; with only a heading to go by, or several clauses,
 * the clauses are named and the related information says what each reaches.
 */
function message(model: SemanticModel, body: GovernanceBody, clauses: readonly Clause[]): string {
  // A body an organisation that is not a party services: no default of the parties' costs is
  // stated, only the question (support/organisation-serviced-body.ts; forty-seventh run, item 2).
  const serviced = servicingOrganisation(model, body);
  const meetings = serviced ? servicedBodyQuestion(bodyWork(model, body), serviced, partiesWord(model)) : bodyWork(model, body);
  const own = bodyOwnClause(model, body);
  const costsClause = clauses.length > 1 ? 'one of the costs clauses' : 'the costs clause';
  const where = own && !clauses.includes(own) ? `in ${clauseName(own)} (the body's own article) or in ${costsClause}` : `in ${costsClause} or in a sentence of their own`;
  // No default is stated: that each delegation pays its own way is practice, not a rule of treaty
  // law; the text may also give the body's finances to financial rules (OSPAR Art. 10(5); seventy-first run, defect 3).
  // A signed text takes no sentence: the note after the message says what its reviewer can do (lr22, D7).
  const what = serviced || concludedText(model.ast) ? '' : `: say who bears them ${where}${financialRulesOption(model, ', or give them to financial rules that the PARTIES adopt or the body adopts')}`;
  if (clauses.length > 1) return `The costs clauses ${andList(clauses.map(clauseName))} do not reach ${meetings}${what}.`;
  const named = costsNamedBy(model, clauses[0]);
  const clause = clauseName(clauses[0]);
  if (named && !named.heading) return `The costs clause ${clause} reaches "${named.words}", not ${meetings}${what}.`;
  return `The costs clause ${clause}${named && clause !== `"${named.words}"` ? ` ("${named.words}")` : ''} does not reach ${meetings}${what}.`;
}

/** Financial rules are a multilateral body's instrument (OSPAR Art. 10(5)); a bilateral text settles its meetings in its own words. */
function financialRulesOption(model: SemanticModel, words: string): string {
  return model.isMultilateral ? words.replace('PARTIES', partiesWord(model)) : '';
}

/**
 * On a signed text, missing-costs' words (lr22, D7: the note asked to "say who bears them in the
 * costs clause" beside "record it for a later agreement"). A multilateral text's bodies are often paid
 * from an organisation's budget or by the Parties' financial rules, so no default is stated there
 * (seventy-first run, defect 3); a bilateral one's meetings are the two Parties' own.
 */
function concludedBodyCostsNote(model: SemanticModel): string {
  if (!model.isMultilateral) return concludedCostsNote(partiesWord(model));
  const parties = partiesWord(model);
  return `nothing is to be added to the signed text. If another instrument or a decision of the ${parties} allocates these costs (financial rules, a budget, a protocol), cite it in the review of this text; if an allocation is still wanted, the ${parties} can agree it in a later agreement or in financial rules they adopt.`;
}

function partiesWord(model: SemanticModel): string {
  return model.wording === 'treaty' ? 'Parties' : 'Participants';
}

function related(model: SemanticModel, clauses: readonly Clause[]): RelatedInformation[] {
  return clauses.map((clause) => {
    const named = costsNamedBy(model, clause);
    return {
      uri: model.uri,
      range: clause.id?.range ?? clause.range,
      message: named && !named.heading ? `This costs clause reaches "${named.words}".` : 'This costs clause names other costs.',
    };
  });
}

export const bodyCostsNotCovered = defineRule({
  code: 'missing-body-costs',
  family: 'missing-clause',
  defaultSeverity: 'info',
  message: "The costs clause does not reach the meetings of this body: say who bears them, in that clause or in the body's own article, or give them to financial rules the parties or the body adopt.",
  rationale:
    'A costs clause allocates the costs of what it names. "Unless otherwise agreed by the Parties concerned, the cost of carrying out any action under Articles 9 and 10 shall be borne by the intervening State, and the cost of carrying out action under Articles 4 and 5 shall normally be borne by the Party which renders assistance" (Council of Europe Agreement on illicit traffic by sea, ETS 156, Art. 25(1)) settles the costs of boarding and assistance, not of the monitoring committee of experts of Art. 32; where the meetings of a body are meant to be paid for in a particular way, the model is a sentence of their own: "Except where assumed by the Council of Europe, expenses incurred in carrying out the provisions of paragraph 1 shall be borne by the Parties in the manner to be determined by them" (Budapest Convention, Art. 46(4), paragraph 1 being the periodic consultations of the Parties). `missing-costs` asks only whether there is a costs clause at all; this note says where the clause there is names something else, and points at it. It is a note, not a warning: the reviewers of ETS 156 and of the Netherlands–Norway prison agreement (2015) judged a `missing-costs` warning wrong there, Convention 108\'s expected none and CETS 198\'s only a debatable one (thirty-fourth run, point 2). It states no default for the meetings — that each delegation pays its own way is practice, not a rule of treaty law — and says where the words belong: in the costs clause, in the body\'s own article (which it names), or in financial rules the parties or the body adopt (seventy-first run, defect 3). It is silent where a sentence on costs names the body (or its acronym), speaks of meetings, stands in the body\'s own article or its mandate, gives the body\'s finances to financial rules, regulations or arrangements in the body\'s own article or in a sentence naming it ("The Commission shall draw up its Financial Regulations which shall be adopted by unanimous vote of the Contracting Parties", OSPAR Convention 1992, Art. 10(5), in the article that establishes the Commission: its finances, meetings included, are provided for by delegation; seventy-first run, defect 3), refers by number to a paragraph or sub-paragraph of its own clause that does ("The costs incurred by the Agency in carrying out the functions referred to in sub-paragraphs (i) and (ii) above shall be borne by the Agency as part of its regular budget", sub-paragraph (i) being "convene, prepare and service the meetings of the Contracting Parties", Convention on Nuclear Safety 1994, Art. 28(2); forty-second run, item 1 — but not one that names only other work, sub-paragraph (ii) alone, "transmit to the Contracting Parties information", nor a sub-paragraph of another article; nor "Financial Rules" the parties adopt at a meeting, which the meeting does not make rules on its costs: "At the preparatory meeting held pursuant to Article 21 the Contracting Parties shall prepare and adopt by consensus Rules of Procedure and Financial Rules", CNS Art. 22(1), is the occasion of their adoption, and "the Financial Rules of the Trust Fund for technical assistance" adopted there are not the meetings\' — an independent lawyer\'s check of that run), or allocates the costs of the instrument as a whole ("its own costs for personnel and equipment when performing activities under this Agreement", Netherlands–Switzerland 2007, Art. XIV(1); "its own costs of discharging its responsibilities under this Agreement", Netherlands–US 2012, Art. 10(1); "the annual expenditure of the Agreement", Bonn Agreement 1983, Art. 15(2); "The operation of the Organisation shall be financed by voluntary contributions", Global Water Partnership Statutes, Art. 14(1); "Each Participant will bear its own costs"); and where the body is one `missing-costs` does not count (left to implementing procedures, or established by another act), or the costs come from a treaty implemented or a text incorporated. No fix is offered: a second, general costs clause would read against the one the text has ("borne by the intervening State" beside "each Party shall bear its own costs"), and the words belong in that clause or in the body\'s article. On a concluded text the note asks for no sentence and says what its reviewer can do, in the words of `missing-costs` (lr22, D7): nothing is to be added to the signed text; an allocation made in another instrument is cited in the review; one still wanted is agreed in a later one (a protocol, an exchange of notes, or financial rules the parties adopt); and on a bilateral text, unless the parties agreed otherwise elsewhere, that in practice each usually bears what it spends, and the host of a meeting the cost of hosting it (practice, not a default rule of law; hundred-and-eleventh run, defect 3); and no profile makes it more than a note there (`strict` made it a warning on the concluded OSPAR Convention, seventy-first run, defect 3). Where the body is entrusted to an international organisation that is not a party (its members appointed by that organisation\'s organ, or its sessions convened at its headquarters or where its organ directs: Convention on the Marking of Plastic Explosives 1991, Art. V(1), (4), which the note quotes whole), the note presumes no allocation between that organisation and the parties: it asks whether that organisation or the parties bear them (forty-seventh run, item 2). The `treaty-review` profile leaves it a note; `strict` makes it a warning on a draft, as it does every note, never an error.',
  source:
    'Agreement on illicit traffic by sea implementing Article 17 of the UN Convention against illicit traffic in narcotic drugs (ETS 156) Arts. 25, 32 (read: Dutch treaty series BWBV0004141); OSPAR Convention (1992) Arts. 10(5), 12(3) (read: BWBV0001119); Budapest Convention Art. 46(1), (4) (read: BWBV0001839); Netherlands–Norway Agreement on the use of a prison (2015) Arts. 26–29, 33 (read: BWBV0006451); Convention 108 Arts. 17–18 (read: BWBV0002783); CETS 198 Arts. 44, 48 (read: BWBV0003045); Convention on Nuclear Safety 1994 Arts. 20–22, 28 (read: BWBV0001256); the near misses as cited for missing-costs',
  sourceStatus: 'verified',
  onConcludedText: 'nothing is to be added to the signed text; if an allocation is still wanted, the parties can agree it in a later agreement (a protocol, an exchange of notes) or in financial rules they adopt.',
  example: {
    trigger:
      'treaty "Agreement" {\n  status binding\n}\nparty NL "Netherlands" { kind state }\nparty NO "Norway" { kind state }\nbody Board members NL, NO meets annually\nclause Costs about costs "The cost of carrying out any action under Article 9 shall be borne by the intervening State."\n',
    fix:
      'treaty "Agreement" {\n  status binding\n}\nparty NL "Netherlands" { kind state }\nparty NO "Norway" { kind state }\nbody Board members NL, NO meets annually\nclause Costs about costs "The cost of carrying out any action under Article 9 shall be borne by the intervening State. Each Party shall bear its own costs of the meetings of the Board."\n',
  },
  check({ model, report }) {
    const instrument = standaloneInstrument(model);
    // A political declaration sets up nothing anyone pays for; missing-costs asks where there is no costs clause.
    if (!instrument || model.isPoliticalDeclaration) return;
    const bodies = costlyBodies(model);
    if (bodies.length === 0) return;
    const clauses = costsClauses(model);
    if (clauses.length === 0 || costsSettledElsewhere(model)) return;
    for (const body of bodies) {
      if (bodyCostsReached(model, body)) continue;
      const serviced = servicingOrganisation(model, body) !== undefined;
      report({
        range: body.id?.range ?? body.range,
        message: message(model, body, clauses),
        related: related(model, clauses),
        onConcludedText: serviced ? servicedBodyConcludedNote : concludedBodyCostsNote(model),
      });
    }
  },
});

export const bodyCostsRules = [bodyCostsNotCovered];
