/**
 * Who pays for what the instrument sets up (catalogue MC22): asked only where it sets up something
 * that costs money (exercises, capacity building, technology transfer, a body that meets). A final
 * clause like the others in missing-final-clauses.ts, kept apart for the length of its readings.
 */
import { bodiesOfNonPartyOrganisations, bodyMeetings, costlyActivities, costlyBodies } from '../support/costly-activities';
import { bodyWork } from '../support/body-work';
import { servicedBodyConcludedNote, servicedBodyQuestion } from '../support/organisation-serviced-body';
import { meetingProvisions } from '../support/meeting-provisions';
import { cooperationPaymentProvisions, disputePaymentProvisions, paymentProvisions } from '../support/payment-provisions';
import { financesLeftToTheParties } from '../support/financial-arrangements';
import { costsAllocatedInWords } from '../support/costs-in-words';
import { conventionBodiesAnswers, conventionBodiesConcludedNote, onlyConventionBodies } from '../support/convention-bodies-costs';
import { concludedText } from '../../model/conclusion';
import type { SemanticModel } from '../../model/semantic-model';
import type { Instrument } from '../../ast/nodes';
import { instrumentLevelRule, signatoryWord } from '../support/applicability';
import { concludedCostsNote } from '../support/concluded-costs-note';
import { andList } from '../../util/word-list';
import { occasionalBody, occasionalReason, type OccasionalBody } from '../support/occasional-bodies';

export const missingCosts = instrumentLevelRule({
  code: 'missing-costs',
  catalogueId: 'MC22',
  defaultSeverity: 'warning',
  message: 'Say who bears the costs of what the instrument sets up: add a clause about costs (each side bears its own costs, or a cost share).',
  rationale:
    'Where an instrument sets up activities that cost money, it says who pays for them, and cooperation instruments do: "Each Contracting Party shall cover its own costs for personnel and equipment when performing activities under this Agreement" (military exercises, Netherlands–Switzerland 2007, Art. XIV(1)); "Subject to the availability of funds …, each Party shall bear its own costs of discharging its responsibilities under this Agreement and for associated Projects" (Netherlands–US 2012, Art. 10(1)); "Costs incurred as a result of the participation of Exchange Personnel under this Annex shall be borne by the Party providing the Exchange Personnel" (secondments, Netherlands–US 1978 memorandum, Annex VIII, IV); "expenses incurred in carrying out" the periodic consultations of the Parties "shall be borne by the Parties in the manner to be determined by them" (meetings of a joint body, Budapest Convention Art. 46(4)). The check therefore applies where the instrument declares exercises, capacity building (training, secondments, deployments), technology transfer or a body it establishes (whose meetings cost money), whatever its status. It does not apply to an instrument that sets up none of these, treaty or MoU: a convention of criminal law (Budapest, its Additional Protocol), a multilateral security-of-information agreement (NATO 1997, ESA 2002: each Party bears the cost of its own security measures as a matter of course) or a political declaration has no general cost clause, and a lawyer would not ask for one; nor would a lawyer ask it of a memorandum that records negotiations, a study and an evaluation and routes the requests made under a treaty signed with it, whose costs that treaty allocates ("indirect costs incurred in providing assistance shall be borne by the requested Party, and direct costs incurred in providing assistance … shall be borne by the requesting Party", Netherlands–Guernsey tax information exchange agreement 2008, Art. 8, and the memorandum of understanding signed with it, which sends "Formal communications, including requests for information, made in connection with or pursuant to the provisions of the Agreements entered into" to the addresses it gives; twentieth real-instrument run). Channels and mutual assistance are not counted for the same reason: in an exchange each side bears its own part unless the text says otherwise, and the costs of requests are the business of the treaty they are made under. Until the twentieth run the check applied to every MoU, on the strength of the cost-share section of NATO Centre of Excellence memoranda cited in secondary material (not read); an MoU that sets up costly activities is still asked. A bilateral security agreement may still settle the point ("No compensation will be paid between the two Governments for costs arising in connection with the carrying out of security measures", Netherlands–Sweden 1984, Art. 6): good practice, which the check does not demand. Where the text already allocates payments between the signatories in its own words (third-party compensation paid by one, refunded by the other "without delay" or "shared equally", Netherlands–Somalia letters 2008; twenty-third run), the finding stays — those rules settle liability, not who bears the costs of the activities — but it names them, and no library clause is offered: a general "each Party shall bear its own costs" would read against them. Nor is a library clause that puts every activity under a funds condition offered where the text already states firm duties (a time limit, a payment, a duty to provide or act: "undertake … to provide each other with the greatest possible measure of mutual assistance", CoE insider trading Convention 1989, Art. 2; "shall make available", Association of Caribbean States Agreement 1999, Art. 3(3)): it would amend them (VCLT Art. 26; second quick-fix review). A body whose creation and operation the instrument leaves to procedures for its implementation is not counted: its costs are settled there ("these Procedures shall contain provisions governing: … (c) the creation and operation of the Advisory Committee provided for in Article III.C. above", NATO Agreement on the communication of technical information for defence purposes, 1970, Art. IV). Nor is a body the instrument joins rather than sets up, where its own words say another act established it: the Criminal Law Convention on Corruption (ETS 173) only gives GRECO a task ("shall monitor the implementation of this Convention", Art. 24) and recalls "Resolution (98) 7 authorising the partial and enlarged agreement establishing the “Group of States against Corruption – GRECO”" (preamble; thirty-first run); its costs are governed by the act that established it. A body the text itself establishes stays counted, and so does one named after a party that is a State; an organ of an international organisation that is itself a party ("Executive Council of the OPCW", Netherlands–OPCW facility agreement 1998, Sections 16–17) is the organisation\'s, not set up by the text. Nor is cooperation whose own description gives financial assistance: the funding is what is given, not an expense left to allocate ("so that States Parties may receive, upon request, the training and technical assistance necessary …, including technical, financial and material assistance in those matters identified in articles 29 and 30 of the Convention", UN Firearms Protocol 2001, Art. 14, under a Convention whose Art. 30(2)(c) funds such assistance by "voluntary contributions to an account specifically designated for that purpose in a United Nations funding mechanism" and applies "mutatis mutandis", Art. 1(2); thirty-eighth run); training or technical assistance alone stays counted. A body the text sets up but entrusts to an international organisation that is not a party — its members appointed by that organisation or its organ, or, where the Parties are not its members, its sessions held at that organisation\'s headquarters — is not a meeting of the Parties\' delegates: "an International Explosives Technical Commission … consisting of not less than fifteen nor more than nineteen members appointed by the Council of the International Civil Aviation Organization", and "Sessions of the Commission shall be convened, at least once a year at the Headquarters of the International Civil Aviation Organization, or at such places and times as may be directed or approved by the Council" (Convention on the Marking of Plastic Explosives 1991, Art. V(1), (4); forty-seventh run, item 2; the message quotes these words whole, treaty lawyer lr7, defect 2). Such an organisation may carry the costs in its own budget ("The costs incurred by the Agency in carrying out the functions referred to in sub-paragraphs (i) and (ii) above shall be borne by the Agency as part of its regular budget", Convention on Nuclear Safety 1994, Art. 28(2)) or the Parties may ("Except where assumed by the Council of Europe, expenses incurred in carrying out the provisions of paragraph 1 shall be borne by the Parties in the manner to be determined by them", Budapest Art. 46(4)); the finding asks which, as a note, states no default (not "each bears its own costs", not "each then bears what it spends") and offers no clause. A power of the Parties, or of their body, to establish the financial arrangements is the text\'s costs mechanism, as "in the manner to be determined by them" is: "Consider establishing financial arrangements by consensus and technical assistance mechanisms to facilitate the implementation of this Protocol" (Meeting of the Parties, PRTR Protocol 2003, Art. 17(2)(h); forty-ninth run, item 1); a secretariat acting "on the basis of available resources" (Art. 21(d)) or financial assistance given to others is not. So is leaving each signatory\'s contributions to the arrangements that carry the cooperation out: "supplementary arrangements covering the specific projects involved, which will set forth the nature and amounts of the contributions to be made by each Government" (Netherlands–US Weapons Production notes 1960, para. 8; eightieth run, defect 1); said the other way round, "the contributions to a project … shall in each case be laid down in an arrangement to be established by the two competent authorities" (Netherlands–Zambia technical cooperation Agreement 1979, Art. I(2); ninety-third run, defect 4) is the same mechanism, while contributions to a report or a plan are not. A clause that says in its own words who bears costs counts as one tagged `about costs`, tagged or not ("Each Party shall bear its own costs", costs "borne by the Party providing the Exchange Personnel"; ninety-third run, defect 4), and so does a share in equal parts ("shall be borne in equal parts by the Contracting Parties", "shall be shared equally by the Parties", Cospas-Sarsat Programme Agreement 1988, Art. 6.2, read: BWBV0002153), and so do costs "for the account of" a signatory ("The costs resulting from the application of this Article are for the account of the state which in its own interest sends out its representatives and specialists in the veterinary sphere", Netherlands–Poland veterinary Convention 1978, Art. 4(3), read: BWBV0003961; hundred-and-thirteenth run, defect 3), unless its sentence is about the settlement of a dispute ("Each Government shall bear its own costs" in an arbitration clause, Netherlands–United Kingdom gas pipeline Agreement 2005, Art. 18(2)) or goes on with one ("Each Contracting Party shall bear the cost of its own arbitrator … The cost of the chairman and the remaining costs shall be borne in equal parts by the Contracting Parties", Netherlands–Singapore Agreement 1972, Art. XV(8), read: BWBV0003393, where every "borne in equal parts" of the treaty series read shares an arbitration\'s costs), or puts the costs on someone who is not a signatory (an applicant, a third party, an employer). Where such a dispute\'s costs are the only payments the text allocates, the finding quotes them as the dispute\'s and asks who bears the costs of what the text sets up; it does not quote them as payments the text allocates for the cooperation (closing note of issue 11; Netherlands–Singapore 1972, Art. XV(8), and Netherlands–Sudan 1970, Art. XVII(7), read without the transcriber\'s `costs` tag). And what the cooperation\'s own words give for nothing is a cost its provider bears, the allocation a costs clause would make: "will furnish without cost to the Government of the United States of America for defense purposes technical information …, and will grant … a royalty-free license" (para. 7); a transfer so given is not counted. The same sentence\'s "without the payment of royalties or other compensation to others" limits the licence and is no payment between the Governments: it is not quoted as one. Nor does a duty towards the public allocate a payment between the signatories: "access to information contained in its register is free of charge" (Art. 11(3)) is not quoted as one. Nor does compensation a State owes the nationals it deprives of their investments: "the measures are accompanied by provisions for the payment of just compensation. Such compensation shall be paid and made transferable … to the country of the nationals affected" (Netherlands–Singapore economic cooperation Agreement 1972, Art. IX(c); hundred-and-fifth run, defect 4) is not quoted as one. Where the text says what the host of a meeting provides ("The country in which a particular meeting will take place will provide the Chairman and the secretariat for that meeting", Netherlands–US 1978 memorandum, Annex III para. F), the finding quotes it and asks only who bears the meetings\' other costs (lr8). A costs clause on any subject satisfies this check; `missing-body-costs` (info) says where its words do not reach the meetings of a body (thirty-fourth run, point 2). On a concluded text no costs clause can be added to what was signed, but who pays can still be agreed beside it: the finding does not ask for a clause, says that nothing is to be added to the text, that an allocation made in another instrument (an implementing arrangement, a protocol, an exchange of notes: "the contributions to a project … shall in each case be laid down in an arrangement to be established by the two competent authorities", Netherlands–Zambia 1979, Art. I(2)) is to be cited in the review of the text, that one still wanted can be agreed in a later instrument, and that otherwise, unless the Parties have agreed otherwise elsewhere, in practice each usually bears what it spends, and the host of a meeting the cost of hosting it, as the host provides "the Chairman and the secretariat for that meeting" under the Netherlands–US 1978 memorandum (Annex III para. F): practice, not a default rule of law, which no source read states (lr21, D5; hundred-and-eleventh run, defect 3); and it is a note under every profile, as a concluded treaty\'s silence on amendment or on disputes is: nothing in the text is to be changed, and the silence has a meaning in law, so a warning (an error under `strict`) would ask the reviewer of a signed text for an edit that cannot be made (ninety-third run, defect 1: the Joint Committee of the Netherlands–Oman Agreement 1987, Art. 5, meeting "alternately in the Sultanate of Oman and the Kingdom of the Netherlands"; the same point in the ninetieth and ninety-first runs). A draft keeps the warning: there the clause can still be written. An open multilateral convention whose only costly things are the meetings of its own bodies is another case: its bodies are usually paid for outside its text, from the budget of the organisation that convenes them or provides their secretariat, or under the financial arrangements the Parties decide at their meeting, and "each Party bears its own costs, or a cost share" are not the only answers. The Istanbul Convention (CETS 210, 2011) says only "The Committee of the Parties shall be convened by the Secretary General of the Council of Europe" (Art. 67(2)), its Appendix naming the "staff members of the Council of Europe and interpreters employed by the Council of Europe accompanying GREVIO during its country visits" (seventy-third run, defect 3); the Protocol on Water and Health (1999) gives the secretariat to "The Executive Secretary of the Economic Commission for Europe and the Regional Director of the Regional Office for Europe of the World Health Organization", among its functions "The convening and preparing of meetings of the Parties" and "such other functions as may be determined by the Meeting of the Parties on the basis of available resources" (Art. 17(1)(a), (c); seventy-fourth run, defect 2). The finding there names those answers and quotes the words that tie the meetings to an organisation; on a draft it asks for a clause saying which (Budapest Art. 46(4) is the model); on a concluded text it is a note under every profile: the silence is usual in such a convention, nothing is added to the text, and the reviewer looks for the organisation\'s budget or the Parties\' decision before recording anything in a later agreement. A bilateral or closed agreement, or a convention that also sets up exercises, training or other activities of the Parties, keeps the ordinary message (each bears its own costs, or a cost share): those costs are the Parties\' own to allocate. The finding names what the body does that costs money, by its own words and those of the clauses that name it: its meetings, and its visits where it makes them ("The Committee shall, by means of visits, examine the treatment of persons deprived of their liberty", "The Committee shall meet in camera", European Convention for the Prevention of Torture 1987, Arts. 1, 6(1); eightieth run, defect 3); it names the organisation by what the text has it do (convene the meetings, provide the secretariat: "The Secretariat of the Committee shall be provided by the Secretary General of the Council of Europe", Art. 6(3)), offers the Parties\' decision at their meeting only where the text sets up a meeting of the Parties (the CPT has none), and cites the article as the text numbers it, not by the transcription\'s id. A body the text only permits the Parties to establish is no standing cost: "For this purpose the Contracting Parties may establish a Joint Committee" and "The Joint Committee shall meet at the request of either Contracting Party" (Netherlands–Jordan road transport Agreement 1975, Art. 9(2)–(3); ninetieth run, defect 1) set up nothing that meets of its own accord, and the Parties can agree who pays when they establish it or ask it to meet. A body the text establishes that meets only at a Party\'s request is: it exists, and its meetings, when asked for, are costs the text creates, so a draft keeps the warning (lr21, D4: "The Contracting Parties agree to establish a Mixed Commission" which "shall meet at the request of one of the Contracting Parties", Netherlands–Sudan economic and technical co-operation Agreement 1970, Art. XIV, read: BWBV0004242). A body whose members are one Party alone — a national committee, "Each contracting party shall set up in its own country a committee … The members of the said committee shall be appointed by the appropriate ministers in each country" (Netherlands–Indonesia cultural co-operation Agreement 1968, Art. V, read: BWBV0004208; ninety-fifth run, defect 3) — is that Party\'s own: its meetings are nothing to allocate between the Parties, and it is not counted, here or by `missing-body-costs`; a joint body with members of two Parties or more is. Where such bodies are all the text sets up that costs money, the finding is a note under every profile and says why, quoting the permissive words ("may establish", "may, by mutual agreement, set up", "may be established"); a "may" about something else ("The Joint Committee may establish working groups") is no permission, a sentence that establishes the body ("shall establish", "is hereby established") outweighs one, and a body the text establishes that meets on a cadence keeps the warning.',
  source:
    'Netherlands–Switzerland Agreement on military exercises (2007) Art. XIV(1) (read: Dutch treaty series BWBV0001997); Netherlands–US Agreement on science and technology cooperation (2012) Art. 10(1)–(2) (read: BWBV0006073); Netherlands–US memorandum on defence cooperation (1978), Annex III para. F and Annex VIII, IV "Costs" (read: BWBV0003739); Budapest Convention Art. 46(4) (read: BWBV0001839); Netherlands–Sweden Agreement (1984) Art. 6 (read: BWBV0002448); NATO Agreement on the communication of technical information for defence purposes (1970) Art. IV (read: BWBV0004399); Netherlands–Guernsey tax information exchange agreement (2008) Art. 8 and the memorandum of understanding printed with it (read: BWBV0003161); Criminal Law Convention on Corruption (ETS 173) preamble, Art. 24 (read: BWBV0001532); UN Firearms Protocol (2001) Arts. 1(2), 14 (read: BWBV0001710) and UN Convention against Transnational Organized Crime (2000) Art. 30(2) (read: BWBV0001668); Convention on the Marking of Plastic Explosives for the Purpose of Detection (1991) preamble, Art. V (read: BWBV0003003); Convention on Nuclear Safety (1994) Art. 28 (read: BWBV0001256); PRTR Protocol (2003) Arts. 11(3), 17(2)(h), 21(d) (read: BWBV0002912); Istanbul Convention (CETS 210, 2011) Arts. 66–68 and the Appendix (read: BWBV0006074); Protocol on Water and Health (1999) Arts. 16–17 (read: BWBV0004373); Netherlands–US exchange of notes on a Weapons Production Program (1960) paras. 7–8 (read: BWBV0005257); European Convention for the Prevention of Torture (1987) Arts. 1, 6, 7 (read: BWBV0002785); Netherlands–Zambia technical cooperation Agreement (1979) Art. I(2) (read: BWBV0003785); Netherlands–Oman Agreement on economic and technological cooperation (1987) Art. 5 (read: BWBV0002678); Netherlands–Jordan Agreement on International Road Transport (1975) Art. 9 (read: BWBV0003547); Netherlands–Singapore Agreement on economic cooperation (1972) Arts. IX, XV(8) (read: BWBV0003393); International Cospas-Sarsat Programme Agreement (1988) Art. 6.2 (read: BWBV0002153)',
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" {\n  status non-binding\n}\nparticipant EE "Estonia"\nexercise Shield annually led by EE\n',
    fix: 'memorandum "MoU" {\n  status non-binding\n}\nparticipant EE "Estonia"\nexercise Shield annually led by EE\nclause Costs about costs "Each Participant will bear its own costs."\n',
  },
  topic: 'costs',
  // A signed text cannot take a costs clause, but who pays can be agreed later; or nothing is done,
  // and without an allocation no side owes another what it spent (thirty-fourth run, point 5).
  // lr21, D5: nothing is added to the text; an allocation made elsewhere is recorded; the default said plainly.
  onConcludedText: (model) => concludedCostsNote(signatoryWord(model), costlyBodies(model).length > 0),
  applies: (model) => costlyActivities(model).length > 0,
  // The Parties' body is to establish the financial arrangements: the text's costs mechanism
  // (PRTR Protocol Art. 17(2)(h); forty-ninth run, item 1).
  // So is a clause that says in its own words who bears costs, untagged ("Each Party shall bear its
  // own costs"; ninety-third run, defect 4: a faithful transcription without tags).
  stated: (_instrument, model) => financesLeftToTheParties(model) || costsAllocatedInWords(model),
  // A body an organisation that is not a party services (Plastic Explosives 1991, Art. V): no
  // default of the Parties' costs fits it, so no clause stating one is offered, the finding only
  // asks who funds it (a note), and on a concluded text it does not say "each then bears what it
  // spends" (forty-seventh run, item 2).
  libraryFits: (model) => !onlyServicedBodies(model),
  // A concluded text takes no costs clause by an edit, and its silence is filled: without an
  // allocation no side owes another what it spent. The finding says so and what can still be done
  // beside the text, a note under every profile, as missing-amendment and missing-dispute-settlement
  // are where the general law fills the silence (ninety-third run, defect 1; ninetieth run, defect 1;
  // ninety-first run, defect 2). The concluded open convention whose only costly things are its
  // bodies' meetings (seventy-third run, defect 3; seventy-fourth run, defect 2) is one such case.
  // A draft keeps the warning.
  // Bodies the text only permits the Parties to set up ("may establish a Joint Committee") are all
  // it sets up that costs money: no standing cost, a note on a draft too (NL–Jordan road transport
  // 1975, Art. 9(2)–(3); ninetieth run, defect 1). Not one it establishes that meets on request (lr21, D4).
  profileCeiling: (model) => (onlyServicedBodies(model) || concludedText(model.ast) || onlyOccasionalBodies(model) ? 'info' : undefined),
  findingCeilings: [
    { severity: 'info', where: "where the only costly things are bodies the text only permits the Parties to establish (\"may establish a Joint Committee\"): their meetings are no standing cost (ninetieth run, defect 1; a body the text establishes that meets on request is, lr21, D4)" },
    { severity: 'info', where: 'where every body that costs something is serviced by an organisation that is not a party (the finding only asks who funds it)' },
    { severity: 'info', where: 'on a concluded text (no costs clause can be added to what was signed, and without an allocation each side in practice bears what it spends; ninety-third run, defect 1)' },
  ],
  concludedNote: (model) =>
    onlyServicedBodies(model) ? servicedBodyConcludedNote : conventionBodiesOnly(model) ? conventionBodiesConcludedNote(model) : undefined,
  describe: (model, instrument) => {
    const occasional = onlyOccasionalBodies(model);
    const described = description(model, instrument);
    return occasional ? `${described} ${occasionalNote(model, occasional)}` : described;
  },
});

/** The finding's message before the note on bodies that are no standing cost. */
function description(model: SemanticModel, instrument: Instrument): string {
  // A body is named by what it does that costs money: its meetings, its visits, or both (support/body-work.ts).
  const work = new Map(costlyBodies(model).map((body) => [bodyMeetings(body), bodyWork(model, body)]));
  const activities = costlyActivities(model).map((a) => work.get(a) ?? a);
  const share = `each of the ${signatoryWord(model)} bears its own costs, or a cost share`;
  const serviced = bodiesOfNonPartyOrganisations(model);
  // The text allocates some payments already (compensation, refunds, sharing): the question left
  // is the costs of the activities themselves, and a general clause would read against those
  // rules, so none is offered (support/library-fit.ts).
  // An arbitration's costs ("Each Contracting Party shall bear the cost of its own arbitrator …") are
  // the tribunal's: quoted as such, never as payments the text allocates for the cooperation.
  const payments = cooperationPaymentProvisions(model);
  const ofDisputes = disputePaymentProvisions(model);
  // A signed text takes no clause: the finding says what it lacks, and the note after it what can be done (lr21, D5).
  const concluded = concludedText(model.ast) !== undefined;
  const what = activities.length > 0 ? andList(activities) : `the cooperation this ${instrument.kind.text} records`;
  if (payments.length > 0) {
    const allocated = `The text already allocates some payments (${andList(payments.slice(0, 4).map((p) => `"${p}"`))}) but not who bears the costs of ${what}`;
    return concluded ? `${allocated}.` : `${allocated}: say so in terms consistent with those provisions (no library clause is offered, since a general costs clause could read against them).`;
  }
  if (ofDisputes.length > 0) {
    const only = `The text says who pays only for the settlement of a dispute or legal proceedings (${andList(ofDisputes.slice(0, 2).map((p) => `"${p}"`))}), not who bears the costs of ${what}`;
    return concluded
      ? `${only}.`
      : `${only}: say so in a clause about costs (${share}), in terms that leave a dispute's costs as the text allocates them (no library clause is offered, since a general costs clause could read against them).`;
  }
  // The text says what the host of a meeting provides (the chair, the secretariat): the costs of
  // the meetings are settled in part, and the finding quotes it and asks for the rest (lr8, defect 6).
  const meetings = [...work.values()];
  const provided = meetings.length > 0 && serviced.length === 0 ? meetingProvisions(model) : [];
  if (provided.length > 0) {
    const said = `the text says what is provided for ${meetings.length === 1 ? 'a meeting' : 'the meetings'} (${andList(provided.slice(0, 2).map((p) => `"${p}"`))}) but not who bears their other costs, such as each delegation's travel`;
    return concluded ? `As to the costs of ${andList(activities)}, ${said}.` : `Say who bears the costs of ${andList(activities)}: ${said}: add a clause about costs (${share}).`;
  }
  if (serviced.length > 0) {
    const questions = serviced.map(({ body, serviced: s }) => servicedBodyQuestion(bodyWork(model, body), s, signatoryWord(model))).join('; and of ');
    const others = activities.filter((a) => !serviced.some(({ body }) => bodyWork(model, body) === a));
    return others.length === 0
      ? `Say who bears the costs of ${questions}.`
      : `Say who bears the costs of ${andList(others)}: add a clause about costs (${share}); and of ${questions}.`;
  }
  // An open multilateral convention whose only costly things are its bodies' meetings: the usual
  // answers are the organisation's budget or the Parties' decision, not only a share among them.
  if (conventionBodiesOnly(model)) {
    const answers = `Say who bears the costs of ${andList(activities)}: ${conventionBodiesAnswers(model)}.`;
    // On a signed convention the note after it says what its reviewer can do; no clause is added there.
    if (concludedText(model.ast)) return answers;
    return `${answers} Add a clause saying which ("Except where assumed by the Council of Europe, expenses incurred in carrying out the provisions of paragraph 1 shall be borne by the Parties in the manner to be determined by them", Budapest Convention Art. 46(4)), or that ${share.replace(', or a cost share', '')}.`;
  }
  if (concluded) return `The text does not say who bears the costs of ${what}.`;
  return `Say who bears the costs of ${what}: add a clause about costs (${share}).`;
}

/**
 * Every costly thing the text sets up is a body whose meetings are no standing cost: one the text
 * only permits the Parties to establish (support/occasional-bodies.ts); undefined where anything
 * else costs money.
 */
function onlyOccasionalBodies(model: SemanticModel): readonly OccasionalBody[] | undefined {
  // The bodies an outside organisation services, and an open convention's bodies, have their own note.
  if (onlyServicedBodies(model) || conventionBodiesOnly(model)) return undefined;
  const bodies = costlyBodies(model);
  if (bodies.length === 0 || bodies.length !== costlyActivities(model).length) return undefined;
  const occasional = bodies.map((body) => occasionalBody(model, body));
  return occasional.every((o) => o !== undefined) ? (occasional as OccasionalBody[]) : undefined;
}

/** Why the finding is a note: each body's reason, in the text's words. */
function occasionalNote(model: SemanticModel, bodies: readonly OccasionalBody[]): string {
  const parties = signatoryWord(model);
  const reasons = bodies.map((o) => occasionalReason(o, parties));
  const [its, it] = bodies.length === 1 ? ['its', 'it'] : ['their', 'them'];
  const when = bodies.some((o) => o.permitted !== undefined) ? `set ${it} up or ask ${it} to meet` : `ask ${it} to meet`;
  return `It is a note, not a warning: ${reasons.join('; ')}; ${its} meetings are no standing cost, and the ${parties} can agree who bears them when they ${when}.`;
}

/** An open multilateral convention whose only costly things are its bodies' meetings, none serviced by an outside organisation, with no payment rules. */
function conventionBodiesOnly(model: SemanticModel): boolean {
  return onlyConventionBodies(model) && bodiesOfNonPartyOrganisations(model).length === 0 && paymentProvisions(model).length === 0 && meetingProvisions(model).length === 0;
}

/** Whether every costly thing the text sets up is a body an organisation that is not a party services. */
function onlyServicedBodies(model: SemanticModel): boolean {
  const serviced = bodiesOfNonPartyOrganisations(model);
  return serviced.length > 0 && serviced.length === costlyActivities(model).length && paymentProvisions(model).length === 0;
}
