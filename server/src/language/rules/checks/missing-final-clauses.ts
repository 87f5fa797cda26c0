/**
 * Missing final clauses every instrument needs, treaty or MoU (catalogue MC01–MC05, MC22):
 * how it takes effect, how long it lasts, how one leaves it, how it is amended, how disputes
 * are settled, and who pays for what it sets up that costs money (asked only then). Each is
 * satisfied by a header statement or a clause on the topic.
 *
 * MC03 has two severities in the catalogue (error for a treaty, warning for an MoU) while a
 * rule has one default severity, so it is two rules with the same catalogue id:
 * `missing-termination` for treaties and `missing-discontinuation` for everything else.
 */
import type { Instrument } from '../../ast/nodes';
import { missingCosts } from './missing-costs';
import type { SemanticModel } from '../../model/semantic-model';
import { exitSettledInWords, takesEffectWithAnother } from '../support/final-clause-fit';
import { coversTopic, instrumentLevelRule, signatoryWord } from '../support/applicability';
import { concludedText, consentFollowsConclusion } from '../../model/conclusion';
import { amendmentByTheGeneralLaw, amendmentClausesForPartOnly, partAmendedInWords, partialAmendmentConcludedNote, partialAmendmentMessage } from '../support/partial-amendment';
import { datedOperation, onePerformance, operationDates, performedInstrument, performedOrOnePerformance } from '../support/performed-instrument';
import { memberStatesUnderUnionAct } from '../support/union-membership';
import { unionActDisputesMessage } from '../support/union-act-disputes';
import { concludedBeforeTheConvention, negotiators, treatyLawParties, viennaCitation, VIENNA_1986_SOURCE } from '../support/vienna-convention';
import { disputesOnConcludedText } from '../support/disputes-on-concluded-text';
import { consentLists } from '../../ast/consent-lists';
import { permanenceInWords, permanenceTerminationMessage } from '../support/permanence-in-words';
import { endsByNonRenewal, endsWithItsTerm } from '../support/term-ends';
import { effectOnConcludedText } from '../support/facts-of-conclusion';
import { termClause, termClauseMessage } from '../support/term-in-words';
import { endInClauseWords, settledExitMessage } from '../support/end-in-words';

const isTreaty = (model: SemanticModel) => model.legalNature === 'treaty';

const all = () => true;

/**
 * A concluded bilateral treaty: silent on amendment, its two parties amend it by agreement under
 * the rules for concluding treaties (VCLT Art. 39: "A treaty may be amended by agreement between
 * the parties"), which is what the clause a drafter would add says; nothing of Art. 40's procedure
 * for multilateral treaties arises. OECD-model tax conventions have no amendment article
 * (Netherlands–Bangladesh 1993, BWBV0001126; sixtieth run, item 2).
 */
function amendedByAgreement(model: SemanticModel): boolean {
  return isTreaty(model) && concludedText(model.ast) !== undefined;
}

/**
 * A treaty constituted by an exchange of notes or letters whose exchange is the consent (VCLT
 * Art. 13): silent on entry into force, it enters into force on the exchange (Art. 24(2)), which is
 * what `missing-exchange-entry-into-force` says, as a warning. Where the header puts consent later
 * (ratification, notification), Art. 24(2) waits for that, and `missing-entry-into-force` asks.
 */
function inForceOnTheExchange(model: SemanticModel): boolean {
  return isTreaty(model) && model.isExchange && !consentFollowsConclusion(model.ast);
}

export const missingEntryIntoForce = instrumentLevelRule({
  code: 'missing-entry-into-force',
  catalogueId: 'MC01',
  defaultSeverity: 'error',
  message: 'State when the instrument takes effect: add `effect on signature` (or a date, or `after` ratification) to the header, or a clause on entry into force.',
  rationale:
    'Without a provision on entry into force (coming into effect, for an MoU) nobody can say from when the commitments apply. A treaty "enters into force in such manner and upon such date as it may provide or as the negotiating States may agree" (VCLT Art. 24(1)); failing that, only once every negotiating State has consented (Art. 24(2)), which is rarely what the drafters meant. The VCLT does not govern an MoU: for an MoU the check asks for the same practical certainty, on no rule of law. A clause or a note that says it in words ("This Agreement shall enter into force …", "… shall constitute an agreement between the two Governments, which shall enter into force on the date of the reply") counts as a tagged clause does. A treaty constituted by an exchange of notes or letters whose exchange is the consent is reported by `missing-exchange-entry-into-force` instead, as a warning: there Art. 24(2) puts it in force on the reply, as the Governments ordinarily mean; an arrangement made by an exchange of letters is still asked here, and offered `effect on reply`. An instrument whose status is undeclared or undetermined is not checked until the status is settled (`undeclared-status`, `status-undetermined`): an error here would presume the answer. A treaty with no final clause at all whose own words date its operation from soon after signature ("Cessation of hostilities … is to take place at 00.01 GMT on Saturday 18 August 1962", three days after signature; twenty-ninth run) is still reported, the text being silent, but the message gives the reading of Art. 24(2) with Art. 12(1)(b), in force on signature, and the fix is `effect on signature`, never a notification procedure its dated operation rules out.',
  source: 'VCLT Arts. 12(1)(b), 24(1)–(2) (read: Dutch treaty series BWBV0003441), for treaties; Indonesia–Netherlands memorandum on the cessation of hostilities (1962), para. 1 (read: BWBV0004397, Annex A); for MoUs no legal authority is claimed (the same certainty as a matter of practice); ' + VIENNA_1986_SOURCE,
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" {\n  status non-binding\n}\n',
    fix: 'memorandum "MoU" {\n  status non-binding\n  effect on signature\n}\n',
  },
  topic: 'entry-into-force',
  // On a signed text when it took effect is a fact of its conclusion (treaty lawyer lr31, D2).
  onConcludedText: effectOnConcludedText,
  // Not while the status is undeclared or undetermined: whether the VCLT's rule or mere practice
  // applies turns on it (`undeclared-status` asks first), and a political declaration has none.
  applies: (model) => model.legalNature !== undefined && !inForceOnTheExchange(model),
  // Said in a clause or a note ("This Agreement … shall enter into force") counts through
  // `coversTopic` (support/own-final-clauses.ts), as a tagged clause does.
  stated: (instrument) => instrument.effect !== undefined,
  // A treaty whose own words date its operation days after signature was in force on signature
  // (VCLT Art. 24(2) with Art. 12(1)(b)): a notification procedure would contradict its text.
  headerStatement: (model) => (model.isExchange && !consentFollowsConclusion(model.ast) ? 'effect on reply' : datedOperation(model) ? 'effect on signature' : isTreaty(model) ? 'effect 30 days after last notification' : 'effect on signature'),
  // Nor the library's clause, which waits for notifications of internal procedures.
  libraryFits: (model) => datedOperation(model) === undefined,
  describe: (model) => {
    const operation = datedOperation(model);
    if (operation && operation.signed === undefined) return `State when the treaty enters into force: its own words date its operation (${operationDates(operation)}), and a treaty "enters into force in such manner and upon such date as it may provide" (${viennaCitation(model, 'Art. 24(1)')}): to have it in force by then, add \`effect on signature\` (or a date). No entry into force after ratification or notifications is offered: it could come after the dates the text sets.`;
    if (operation) return `State when the treaty enters into force: its own words date its operation (${operationDates(operation)}) from soon after signature, so, silent, it enters into force on signature, when the consent of ${negotiators(model)} is established (${viennaCitation(model, 'Arts. 24(2), 12(1)(b)')}); add \`effect on signature\` to say so.`;
    if (model.isExchange && !consentFollowsConclusion(model.ast)) return 'State when the arrangement made by the exchange comes into effect: add `effect on reply` to the header ("which will come into effect on the date of your reply"), or say it in the letters.';
    return isTreaty(model)
      ? 'State how the treaty enters into force: add `effect … after last notification` (or ratification) to the header, or a clause on entry into force.'
      : 'State when the instrument comes into effect: add `effect on signature` (or a date) to the header, or a clause on coming into effect.';
  },
});

export const missingExchangeEntryIntoForce = instrumentLevelRule({
  code: 'missing-exchange-entry-into-force',
  catalogueId: 'MC01',
  defaultSeverity: 'warning',
  message: 'Say when the agreement constituted by the exchange enters into force: add `effect on reply` to the header, or write it in the notes ("which shall enter into force on the date of the reply").',
  rationale:
    'Catalogue MC01 asks for an error where the entry into force is not stated, because a treaty silent on it enters into force only "as soon as consent to be bound by the treaty has been established for all the negotiating States" (VCLT Art. 24(2)), which for a treaty subject to ratification is rarely what the drafters meant. A treaty constituted by an exchange of notes or letters is different: "The consent of States to be bound by a treaty constituted by instruments exchanged between them is expressed by that exchange when: (a) the instruments provide that their exchange shall have that effect" (Art. 13), so consent is established for both by the reply, and Art. 24(2) puts the agreement in force on the exchange — what Governments that exchange notes ordinarily mean (eighteenth real-instrument run: the Netherlands–United States notes of 11 July 1991 on the transfer of sentenced persons, both dated that day, say nothing on it). The law fills the gap as intended, so this is a warning, not the error of `missing-entry-into-force`: the text should still say it, because practice varies (the Netherlands–Sweden notes of 1995 enter into force "on the fifteenth day after the date of receipt" of the reply) and a reader should not need Art. 24(2) to find the date. The formula is `effect on reply` ("which shall enter into force on the date of the reply"). Where the header makes consent follow the exchange (ratification, acceptance, approval, or entry into force after a notification), Art. 24(2) waits for that consent and `missing-entry-into-force` reports it as an error; an arrangement made by an exchange of letters, which the VCLT does not govern, is reported there too.',
  source: 'VCLT Arts. 13, 24(1)–(2) (read: Dutch treaty series BWBV0003441); Netherlands–Sweden exchange of notes of 1995 on the Europol Drugs Unit (read: BWBV0001194); Netherlands–United States exchange of notes of 11 July 1991 (read: BWBV0001046)',
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Agreement constituted by an Exchange of Notes" {\n  status binding\n  form exchange-of-notes\n}\n',
    fix: 'treaty "Agreement constituted by an Exchange of Notes" {\n  status binding\n  form exchange-of-notes\n  effect on reply\n}\n',
  },
  topic: 'entry-into-force',
  // On a signed text when it took effect is a fact of its conclusion (treaty lawyer lr31, D2).
  onConcludedText: effectOnConcludedText,
  applies: inForceOnTheExchange,
  stated: (instrument) => instrument.effect !== undefined,
  headerStatement: () => 'effect on reply',
});

/**
 * A treaty that can be left (termination, withdrawal, denunciation) needs no duration clause:
 * silence on duration plus an exit clause is the ordinary pattern of multilateral conventions and
 * many bilateral agreements, and it means the treaty lasts until terminated.
 */
/**
 * Whether the instrument is not a (declared or presumed) MoU and says how a party leaves it
 * (termination, withdrawal, denunciation): then it runs until a party does — a treaty that
 * provides for denunciation, or a memorandum of undetermined status that "may be terminated at any
 * time on three months' notice" (Benelux crisis-management memorandum 2006, Art. 11), is of
 * unlimited duration on either reading. A declared MoU is still asked: stating its term ("will
 * remain in effect until discontinued") is the practice its guidance follows.
 */
function exitClauseSettlesDuration(model: SemanticModel, instrument: Instrument): boolean {
  return model.legalNature !== 'mou' && (instrument.termination !== undefined || coversTopic(model, 'termination'));
}

export const missingDuration = instrumentLevelRule({
  code: 'missing-duration',
  catalogueId: 'MC02',
  defaultSeverity: 'warning',
  message: 'State how long the instrument lasts: add `duration 5 years` (optionally `renewable`) or `duration indefinite` to the header.',
  rationale:
    'A fixed term, with or without renewal, or an express statement that the instrument is of indefinite duration tells each side how long the commitments run; silence invites argument about whether the instrument has lapsed. A treaty, or an instrument whose status is undetermined, that provides for termination, withdrawal or denunciation is not reported: it lasts until a party leaves under that clause, which is the ordinary pattern (the Budapest Convention has no duration clause and provides for denunciation in Art. 47; the Netherlands–Sweden security agreement of 1984 only for termination on six months\' notice, Art. 11; the Benelux crisis-management memorandum of 2006 may be terminated at any time on three months\' notice, Art. 11). That includes a treaty the parties may end only together ("The two Governments may amend or terminate this Agreement at any time by agreement", NL–UK gas pipeline Agreement 2005, Art. 20(3)): it is of indefinite duration, in force until the parties agree to end it, which they could do under VCLT Art. 54(b) even without the clause; the clause adds that no unilateral exit is meant, and a treaty that provides for its termination is not one of those Art. 56 leaves in doubt. Nothing about how long it lasts is left open, so a duration clause would only restate it (`duration indefinite`). The check stays for MoUs (practice) and for instruments with no exit clause at all. On a concluded treaty with no exit clause the silence is the one `missing-termination` reports, and the law answers it: the treaty remains in force until the parties end it by consent (VCLT Art. 54(b)) or a Party denounces or withdraws where a right to do so is established or implied by the nature of the treaty, on twelve months\' notice (Art. 56), so far as it states customary law for a treaty concluded before the Convention (Art. 4; the twelve-month period is less certain as custom than the rule itself, lr15, D9). There the finding says so and stays a note under every profile: a term (`duration 5 years`) written into a transcription of a 1952 text would be the transcriber\'s invention (sixty-ninth run, item 3: the NL–US Agreement on the Korea operations of 1952); drafts keep the warning and the fix. A term said in the instrument\'s own words ("The arrangement will remain in force for a period of three years", Ireland–Netherlands letters of 1987; "shall remain in force for an indefinite period") counts as the header statement does. An implementing arrangement (`implements …`, or \"in implementation of Article … of the …\" in its own words) that is silent on it is read under its treaty and reported by `implementing-arrangement-final-clauses` at info level instead. So is a protocol whose own words make it part of another treaty ("From the date of its entry into force, this Additional Protocol shall form an integral part of the Agreement", ETS 109, 1982, Art. 3; fifty-seventh run), by `integral-part-final-clauses`: it lasts, ends, is amended and settles disputes with that treaty. A treaty performed by dated acts is treated apart (support/performed-instrument.ts): one with no final clause of its own at all whose own words date its operation within its first year after signature, as the Indonesia–Netherlands memorandum on the cessation of hostilities "constituting an Agreement" (signed 15 August 1962: cessation "at 00.01 GMT on Saturday 18 August 1962", a United Nations force placed "not later than 1 October 1962"; twenty-ninth real-instrument run). Signed, it is not reported: it lasts until it is performed or superseded; in a draft it is reported without a fix, since `duration indefinite` or a fixed term would misstate a transitional instrument. A draft that does not date its signature yet is read the same way where every date it sets falls within a year of the first and none is cited ("the Agreement of 15 August 1955"): a treaty enters into force "in such manner and upon such date as it may provide" (Art. 24(1)), and the drafter writes the days of operation before the day of signature exists (third quick-fix review, item 1). A draft whose object is one performance ("This Agreement pertains only to the transfer of the dollars 92,702.40", NL(Aruba)–US 1994, para. 5) is reported without a fix too: it is spent once performed, and a term would misstate it (item 3). A draft is read on its dates and its words alone: the entry-into-force, consent or amendment clause the checker itself offers on it (`effect on signature`, `amendment by written agreement`) does not take it out of either reading, so a drafter who takes the fixes in turn is not offered a term or an exit at the second step; a duration or termination clause of its own does (fourth quick-fix review, items 1–2).',
  source:
    'Indonesia–Netherlands memorandum on the cessation of hostilities (1962), paras. 1, 7 (read: BWBV0004397, Annex A); Treaty practice read: Budapest Convention Arts. 36–48 (no duration clause, denunciation Art. 47; read: Dutch treaty series BWBV0001839); Netherlands–Sweden Agreement on classified military information (1984) Art. 11 (read: BWBV0002448); NATO Security of Information Agreement (1997) Art. 9 (read: BWBV0001372); Netherlands–United Kingdom gas pipeline Agreement (2005) Art. 20(3) (read: BWBV0001781), with VCLT Arts. 4, 54(b) and 56 (read: BWBV0003441); Netherlands–United States Agreement on the participation of the Netherlands Forces in the Korea operations (1952), Art. 9 and the want of any duration or exit clause (read: BWBV0005174). No authority is claimed for requiring the clause in an MoU (practice); ' + VIENNA_1986_SOURCE,
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" {\n  status non-binding\n}\n',
    fix: 'memorandum "MoU" {\n  status non-binding\n  duration indefinite\n}\n',
  },
  topic: 'duration',
  // A concluded treaty performed by dated acts lasts until performed or superseded (support/performed-instrument.ts).
  applies: (model, instrument) => !exitClauseSettlesDuration(model, instrument) && !performedInstrument(model),
  stated: (instrument) => instrument.duration !== undefined,
  headerStatement: () => 'duration indefinite',
  // A concluded treaty with no exit clause: the law answers its silence, which `missing-termination`
  // reports too; a note, and nothing in the text to change (sixty-ninth run, item 3).
  profileCeiling: (model) => (silentSignedTreaty(model) ? 'info' : undefined),
  findingCeilings: [{ severity: 'info', where: 'on a concluded treaty with no exit clause (the silence `missing-termination` reports; VCLT Arts. 54(b), 56)' }],
  concludedNote: (model) => (silentSignedTreaty(model) ? 'nothing in the text is to be changed.' : undefined),
  // On a draft of such a treaty no term is offered: "indefinite" misstates a transitional instrument.
  // Nor on a draft whose object is one performance ("pertains only to the transfer of the dollars
  // 92,702.40"): a term would misstate it too (fix-review-3, item 3).
  settledInWords: (model, instrument) => takesEffectWithAnother(instrument) || datedOperation(model) !== undefined || onePerformance(model) !== undefined,
  describe: (model) => {
    const operation = datedOperation(model);
    if (operation) return `State how long the treaty lasts, if more than its dated operation (${operationDates(operation)}): silent, it lasts until performed or superseded; no term is offered, since "indefinite" or a fixed term would misstate a transitional instrument.`;
    const performance = onePerformance(model);
    if (performance) return `State how long the treaty lasts, if more than its one performance ("${performance}"): silent, it is spent once that is performed, and the Parties may end it at any time by consent (${viennaCitation(model, 'Art. 54(b)')}); no term is offered, since "indefinite" or a fixed term renewed would misstate it.`;
    return silentSignedTreaty(model)
      ? `The treaty states no duration; if it does, in words the transcription has not declared, declare it in the header (\`duration …\`). Silent, and with no provision on its termination, it remains in force until the Parties end it by consent (${viennaCitation(model, 'Art. 54(b)')}) or a Party denounces or withdraws from it where it is established that the parties intended to admit that possibility or a right to it may be implied by the nature of the treaty, on not less than twelve months' notice (the same Convention, Art. 56): the silence \`missing-termination\` reports.`
      : undefined;
  },
});

/** A concluded treaty (here: one with no exit clause, or missing-duration would not ask). */
function silentSignedTreaty(model: SemanticModel): boolean {
  return isTreaty(model) && concludedText(model.ast) !== undefined;
}

export const missingTermination = instrumentLevelRule({
  code: 'missing-termination',
  catalogueId: 'MC03',
  defaultSeverity: 'error',
  message: 'State how a Party may terminate or withdraw: add `termination with notice of 6 months` (or `withdrawal`, `denunciation`) to the header, or a clause about termination (for example "shall remain in force until otherwise agreed by the Parties").',
  rationale:
    'A treaty "which contains no provision regarding its termination and which does not provide for denunciation or withdrawal is not subject to denunciation or withdrawal" unless the parties intended it or the nature of the treaty implies it, and then only on "not less than twelve months\' notice" (VCLT Art. 56(1)–(2)). An express clause with a notice period avoids that uncertainty. A fixed term not renewed without a new decision is such a provision: the treaty ends when it expires (Art. 54(a)); a term renewed automatically or tacitly needs a way out (notice of non-renewal, or termination); a term extended for an indefinite period (`renewable tacitly for indefinite period`) needs termination, since notice of non-renewal stops only the extension, and the texts that extend so reserve a right to terminate during it ("each Contracting Party reserving the right to terminate the Agreement upon notice of at least six months", NL–Egypt 1975 Art. VII(2)). A term is such a provision also where it is in a clause the header does not restate — tagged `duration`, or in words ("This Agreement shall remain in force for an initial period of two (2) years. If neither Government declares its intention to the contrary three months before it expires, the Agreement shall each time be tacitly renewed for a further period of two years", Netherlands–Ethiopia technical cooperation Agreement 1993, Art. VI(2)): Art. 56(1) governs only "A treaty which contains no provision regarding its termination", so the finding is a note under every profile that quotes the term and the notice, declares nothing missing in law and asks that the term be stated in the header, where the checks read it; where only a tag is known, it says what follows if the clause sets a term and what if it says no more than that the treaty lasts indefinitely (hundred-and-fourteenth run, defect 3). A clause or a note of the exchange that says it in words of the instrument ("… which shall enter into force on the date of the reply and may be terminated by either Government on six months notice", "Either Party may terminate this Agreement …", "The arrangement will remain in force for a period of three years and thereafter it will continue to be in force from year to year unless either … give at least six months notice of termination", Ireland–Netherlands letters of 1987) counts as a tagged clause does, and so does termination by the parties together ("The two Governments may amend or terminate this Agreement at any time by agreement", NL–UK gas pipeline Agreement 2005, Art. 20(3)): termination "at any time by consent of all the parties" (Art. 54(b)) written into the treaty is a provision regarding its termination, which deliberately withholds a unilateral exit; so does a life tied to another treaty\'s ("which shall enter into force on the date of the entry into force of the CFE Treaty and shall remain in force so long as the Treaty remains in force", NL–US notes of 1991, Note I, para. VI; thirty-eighth run), which ends with that treaty (Art. 54(a)) and is also its duration; the end of anything else (provisional application, a request, another treaty) does not. (MoUs are checked by `missing-discontinuation`, a warning.) An implementing arrangement (`implements …`, or \"in implementation of Article … of the …\" in its own words) that is silent on it is read under its treaty and reported by `implementing-arrangement-final-clauses` at info level instead. So is a protocol whose own words make it part of another treaty ("From the date of its entry into force, this Additional Protocol shall form an integral part of the Agreement", ETS 109, 1982, Art. 3; fifty-seventh run), by `integral-part-final-clauses`: it lasts, ends, is amended and settles disputes with that treaty. A treaty performed by dated acts is treated apart (support/performed-instrument.ts): one with no final clause of its own at all whose own words date its operation within its first year after signature, as the Indonesia–Netherlands memorandum on the cessation of hostilities "constituting an Agreement" (signed 15 August 1962: cessation "at 00.01 GMT on Saturday 18 August 1962", a United Nations force placed "not later than 1 October 1962"; twenty-ninth real-instrument run). Signed, it is not reported: silent, it "is not subject to denunciation or withdrawal" (Art. 56(1)), which is what its parties meant, and a notice period would be bad advice to them; in a draft it is reported without a fix, since a notice period would create the exit Art. 56(1) withholds. So is a signed treaty whose object is one performance: the NL(Aruba)–US Agreement of 1994 "pertains only to the transfer of the dollars 92,702.40 referenced in paragraph 1 above" (para. 5), a transfer, its use and one report within six months (paras. 1–3; thirty-first run); it ends by performance (Art. 54) and is not reported, provided it sets up no body or cooperation and its only channels are reports due once from one sender; a draft is still asked, without a notice period offered (third quick-fix review, item 3). A draft that does not date its signature yet is read as performed by dated acts where every date it sets falls within a year of the first and none is cited (item 1). A draft is read on its dates and its words alone: the entry-into-force, consent or amendment clause the checker itself offers on it (`effect on signature`, `amendment by written agreement`) does not take it out of either reading, so a drafter who takes the fixes in turn is not offered a term or an exit at the second step; a duration or termination clause of its own does (fourth quick-fix review, items 1–2). A treaty whose own words make what it grants or arranges permanent and that is silent on its end is read under Art. 56(1) too: the NL–US Agreement concerning American Military Cemeteries (1970) grants "the full and free use, in perpetuity, … of the land required for a permanent United States military cemetery" (Art. II(1)), its Governments "desiring to … give permanent character to the arrangements" (preamble), and provides no end but the land\'s reversion should it cease to be used for cemeterial purposes (Art. II(6); hundred-and-third run). Such words point to no intention to admit denunciation and to no right implied by the nature of the treaty, so the silence is that rule, not a gap: a note on a concluded text, and on a draft a warning with no notice period offered, which would make revocable at will what the text grants permanently; the message suggests at most a clause that the treaty may be terminated only by agreement, as the parties may at any time (Art. 54(b)). The words read are narrow ("in perpetuity", a "perpetual" use, right, grant or peace, permanent character given to what it arranges, the treaty said to be permanent): a Permanent Representative or a body "of a permanent character" says nothing of the treaty\'s life. Words of indefinite duration alone ("shall be valid for an indefinite period", "of unlimited duration") are not read so: they leave the end open rather than exclude it and are written beside an exit as often as not ("This Convention shall be of unlimited duration" with a right to withdraw on 90 days\' notice, Chemical Weapons Convention 1993, Art. XVI(1)–(2)), so a draft with them alone keeps the error and the notice period.',
  source: 'VCLT Arts. 54, 56 (read: Dutch treaty series BWBV0003441); Netherlands–Ethiopia technical cooperation Agreement (1993), Art. VI(2) (read: BWBV0001078); Netherlands–US exchange of notes on CFE inspections (1991), Note I, para. VI (read: BWBV0002239); Netherlands–US Agreement concerning American Military Cemeteries (1970), preamble, Arts. II(1), II(6), VII (read: BWBV0004383); Chemical Weapons Convention (1993) Art. XVI(1)–(2) (read: BWBV0001193); Indonesia–Netherlands memorandum on the cessation of hostilities (1962), paras. 1, 7 (read: BWBV0004397, Annex A); NL(Aruba)–US forfeited assets Agreement (1994), paras. 1–3, 5 (read: BWBV0003774); Netherlands–Egypt economic and technical cooperation Agreement (1975), Art. VII(2) (read: BWBV0004723); ' + VIENNA_1986_SOURCE,
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Agreement" {\n  effect on signature\n}\n',
    fix: 'treaty "Agreement" {\n  effect on signature\n  termination with notice of 6 months\n}\n',
  },
  topic: 'termination',
  // A concluded treaty performed by dated acts (a cease-fire) is not subject to denunciation, as
  // its parties meant (VCLT Art. 56(1)): nothing to ask (support/performed-instrument.ts).
  // So is one whose object is one performance (a single transfer of funds): it ends by performance (Art. 54).
  applies: (model) => isTreaty(model) && !performedOrOnePerformance(model),
  stated: (instrument) => instrument.termination !== undefined || endsByNonRenewal(instrument) || endsWithItsTerm(instrument),
  headerStatement: (model) => (model.isMultilateral ? 'withdrawal with notice of 12 months' : 'termination with notice of 6 months'),
  // On a draft of one, a notice period would create the exit Art. 56(1) withholds: no fix.
  // So on a draft whose object is one performance: it ends by performance (Art. 54; fix-review-3, item 3).
  // So where the words make what it grants permanent ("in perpetuity"): a notice period would make
  // the grant revocable at will (hundred-and-third run, defect 1).
  settledInWords: (model, instrument) => exitSettledInWords(model, instrument) || datedOperation(model) !== undefined || onePerformance(model) !== undefined || permanenceInWords(model).length > 0,
  // With such words the silence is Art. 56(1)'s rule: a note on a concluded text, and a warning at
  // most on a draft, whose drafter need add nothing for the text to mean it (run 103, defects 1–2).
  // A clause that sets the term is a provision regarding its termination (Art. 54(a)); Art. 56(1)
  // does not apply, and the note asks only that the term be declared (run 114, defect 3).
  profileCeiling: (model) => (permanenceInWords(model).length > 0 ? (concludedText(model.ast) ? 'info' : 'warning') : termClause(model) ? 'info' : undefined),
  concludedNote: (model) => (permanenceInWords(model).length === 0 && termClause(model) ? 'nothing in the text is to be changed.' : undefined),
  findingCeilings: [
    { severity: 'info', where: 'where a clause on the treaty\'s duration (tagged `duration`, or in words) sets its term: a provision regarding its termination (VCLT Arts. 54(a), 56(1); hundred-and-fourteenth run, defect 3)' },
    { severity: 'warning', where: 'on a draft whose own words make what it grants permanent ("in perpetuity"; the silence means no denunciation, VCLT Art. 56(1); hundred-and-third run, defect 1)' },
    { severity: 'info', where: 'on a concluded treaty whose own words make what it grants permanent (the silence is the rule of VCLT Art. 56(1), not a gap; hundred-and-third run, defect 2)' },
  ],
  describe: (model) => {
    const operation = datedOperation(model);
    if (operation) return `Say whether a Party may end the treaty: its own words date its operation (${operationDates(operation)}) and it says nothing on how it ends; silent, it is not subject to denunciation or withdrawal (${viennaCitation(model, 'Art. 56(1)')}), which is what a cease-fire or another transitional instrument means. No notice period is offered: it would create an exit.`;
    const performance = onePerformance(model);
    if (performance)
      return `Say whether a Party may end the treaty before it is performed: its object is one performance ("${performance}"), and silent, it is spent once that is performed, may be ended at any time by consent of the Parties and is not subject to denunciation or withdrawal (${viennaCitation(model, 'Arts. 54(b), 56(1)')}). No notice period is offered: it would create an exit the text does not mean.`;
    const permanent = permanenceInWords(model);
    if (permanent.length > 0) return permanenceTerminationMessage(model, permanent, concludedText(model.ast) !== undefined);
    const term = termClause(model);
    if (term) return termClauseMessage(term, (article) => viennaCitation(model, article));
    // A signed text takes no exit by an edit: say what follows from its silence, in the words of
    // Art. 56 (the treaty lawyers' review of `--profile strict`, December 2026, item 3).
    return concludedText(model.ast)
      ? `The treaty states no termination, denunciation or withdrawal; if it does, in words the transcription has not declared, declare them in the header (\`termination …\`, \`withdrawal …\`). Silent, it is not subject to denunciation or withdrawal unless it is established that the parties intended to admit that possibility or a right to it may be implied by the nature of the treaty, and a Party denouncing or withdrawing on that ground gives not less than twelve months' notice (${viennaCitation(model, 'Art. 56(1)–(2)')}); it may be ended at any time by consent of all the parties (the same Convention, Art. 54(b)).`
      : undefined;
  },
});

export const missingDiscontinuation = instrumentLevelRule({
  code: 'missing-discontinuation',
  catalogueId: 'MC03',
  defaultSeverity: 'warning',
  message: 'State how a Participant may end its participation: add `discontinue with notice of 6 months` (or `termination with notice of …`) to the header.',
  rationale:
    'An MoU is a political commitment, not a treaty (DFAT: it embodies "a political commitment without creating (of its own force) legal rights or obligations"), so the VCLT, and its rule for treaties silent on termination (Art. 56), does not govern it. How a Participant leaves is then a matter only of what the text says, and US guidance asks that ambiguity about such a document be avoided. A notice period keeps the exit orderly, as MoU-form instruments provide (e.g. the Netherlands–Sweden implementing memorandum of 1984, "Amendment and Termination"). This check prefers no word: "discontinue" and "terminate" both state the exit. Catalogue MC03 asks for an error on a treaty and a warning on an MoU; treaties are checked by `missing-termination`. An instrument whose status is undeclared or undetermined is checked by neither until the status is settled (`undeclared-status`, `status-undetermined`): whether VCLT Art. 56 or only the text governs the exit turns on it, and a memorandum whose text points to a treaty is not presumed an MoU. An implementing arrangement silent on its exit is reported by `implementing-arrangement-final-clauses` instead (info): it ends with its treaty at the latest. An instrument whose own words make it "an integral part of" another treaty is reported by `integral-part-final-clauses` instead (info). A clause on the instrument\'s life (tagged `duration` or `termination`) that says how it ends settles the exit, and nothing is asked: "The agreement of cooperation will not end before the partners and the NUFFIC in mutual consultation will have completed the last project ever started under this Cooperative Relationship" (Brawijaya–Wageningen Letter of Intent 1979, point 4) ends it jointly, on completion, and not before; a unilateral exit on six months\' notice is what it excludes (treaty lawyer lr29, D7). A clause on duration that says no more (a term), or a life tied to another instrument, still leaves the exit unsaid, but no notice period is suggested beside those words, and on a signed text the finding is a note.',
  source:
    'DFAT, Australia’s practice for concluding less-than-treaty status instruments (read: dfat.gov.au, definition); US Department of State, Guidance on Non-Binding Documents (read: archived state.gov, 2008); Netherlands–Sweden memorandum of 29 October 1984 implementing the Agreement on classified military information, section "Amendment and Termination" (read: Dutch treaty series BWBV0002448); Brawijaya–Wageningen Letter of Intent (1979), point 4 (read: BWBV0003313)',
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" {\n  status non-binding\n}\n',
    fix: 'memorandum "MoU" {\n  status non-binding\n  discontinue with notice of 6 months\n}\n',
  },
  topic: 'termination',
  // MoUs only: the exit of an instrument of open status is asked once the status is settled.
  applies: (model) => model.legalNature === 'mou',
  // A clause on its life that says how it ends ("will not end before … completed the last project",
  // Brawijaya–Wageningen 1979, point 4) settles the exit: nothing is asked (lr29, D7).
  stated: (instrument, model) => instrument.termination !== undefined || endsByNonRenewal(instrument) || endsWithItsTerm(instrument) || endInClauseWords(model) !== undefined,
  headerStatement: () => 'discontinue with notice of 6 months',
  settledInWords: exitSettledInWords,
  // Where its own words on its life leave no place for a notice period, none is suggested; signed,
  // the finding is a note with the concluded-text sentence (lr29, D7).
  describe: (model, instrument) => (exitSettledInWords(model, instrument) ? settledExitMessage(model, takesEffectWithAnother(instrument)) : undefined),
  profileCeiling: (model, instrument) => (exitSettledInWords(model, instrument) && concludedText(model.ast) ? 'info' : undefined),
  concludedNote: (model, instrument) => (exitSettledInWords(model, instrument) ? 'nothing in the text is to be changed; an exit is a point for an amending instrument or the next draft.' : undefined),
  findingCeilings: [{ severity: 'info', where: 'on a concluded memorandum whose own words on its life (a clause on its duration, or its taking effect with another instrument) leave no place for a notice period (treaty lawyer lr29, D7)' }],
});

export const missingAmendment = instrumentLevelRule({
  code: 'missing-amendment',
  catalogueId: 'MC04',
  defaultSeverity: 'warning',
  message: 'State how the instrument is amended: add `amendment by written decision` (MoU) or `amendment by written agreement` (treaty) to the header.',
  rationale:
    'Without an amendment procedure every change is argued over. A treaty "may be amended by agreement between the parties" under the rules for concluding treaties "except in so far as the treaty may otherwise provide" (VCLT Art. 39), and a multilateral treaty silent on the point falls under the default procedure of Art. 40; stating the procedure (often the same consent procedure as the treaty itself, often a simpler one for technical annexes) settles it. MoUs are amended by mutual written decision of the Participants, as a matter of practice. An exchange of notes or letters (`form exchange-of-notes`) is not asked: it is changed as it was made, by a further exchange (Arts. 13, 39). An implementing arrangement (`implements …`, or \"in implementation of Article … of the …\" in its own words) that is silent on it is read under its treaty and reported by `implementing-arrangement-final-clauses` at info level instead. So is a protocol whose own words make it part of another treaty ("From the date of its entry into force, this Additional Protocol shall form an integral part of the Agreement", ETS 109, 1982, Art. 3; fifty-seventh run), by `integral-part-final-clauses`: it lasts, ends, is amended and settles disputes with that treaty. A multilateral treaty is offered the library\'s multilateral clause (proposal through the depositary, adoption, entry into force), never the bilateral "mutual written consent of the Parties" nor header words such as `amendment by ratification`, which say nothing of proposal, adoption or for whom an amendment enters into force (Art. 40(2), (4)). Where the text gives a procedure for a part of itself only — "The annex may be amended by the addition of relevant treaties …", deemed adopted unless one third of the States Parties object, in force for those that ratify it (International Convention for the Suppression of the Financing of Terrorism 1999, Art. 23) — the finding says that the rest has none and that Art. 40 (Art. 39 for a bilateral treaty) then governs it, and offers no fix: a clause on amending the whole instrument would override the procedure the text has for its annex. The finding stays, because the articles are still without a procedure; where that is deliberate, as in the UN suppression conventions, nothing needs to change. On a concluded text the finding is a note under every profile and gives no drafting advice: it says what the silence means in law — the rest is amended by agreement between the parties (Art. 39) and, for a multilateral treaty, a proposal to amend it "as between all the parties must be notified to all the contracting States", each of which may take part in the decision on it and in "the negotiation and conclusion of any agreement for the amendment of the treaty", and "The amending agreement does not bind any State already a party to the treaty which does not become a party to the amending agreement" (Art. 40(2), (4)) — and that the part\'s own procedure reaches that part only (Convention on the Marking of Plastic Explosives 1991, Arts. VI(3)–(4), VII, which amend its Technical Annex only; treaty lawyer lr7, defect 1). A protocol annexed to a treaty that is not itself a protocol is such a part: "The Protocol and its Annex constitute an administrative arrangement and may be amended or supplemented by the governments of the Parties to this Agreement" (European Agreement on the Exchange of Tissue-Typing Reagents 1974, Art. 4(4); fifty-seventh run, item 2) gives the Agreement\'s articles no procedure. A text that provides for amending a part shows that its drafters turned to amendment and left the rest to the general law; the reviewers of the Hague Child Support Convention 2007 ("at most info") and of the Financing Convention ("whether it is a defect is doubtful") judged the same structure so. A concluded treaty silent on amendment altogether is a note under every profile, which states the law that fills the silence and advises no change. A bilateral one: \"A treaty may be amended by agreement between the parties\" (Art. 39), and between two parties that agreement is all an amendment clause would say; OECD-model tax conventions have none (Netherlands–Bangladesh 1993, read: BWBV0001126; sixtieth run, item 2). A multilateral one: the same agreement, and, unless the treaty provides otherwise, a proposal to amend it as between all the parties is notified to all the contracting States, each of which may take part in the decision and the negotiation, and the amending agreement binds no State already a party that does not become a party to it (Art. 40(2), (4)); for a treaty between States concluded before the Convention entered into force (Art. 4) the message states the general rule and cites Arts. 39–40 only for comparison. The silence there is no more than the silence on reservations, which the general regime fills and `missing-reservations-clause` leaves a note (European Convention on Social and Medical Assistance 1953, ETS 14, Arts. 1–24, no amendment article, read: BWBV0005096; sixty-fourth run, item 1). A draft is still asked, at warning. A treaty performed by dated acts is treated apart (support/performed-instrument.ts): one with no final clause of its own at all whose own words date its operation within its first year after signature, as the Indonesia–Netherlands memorandum on the cessation of hostilities "constituting an Agreement" (signed 15 August 1962: cessation "at 00.01 GMT on Saturday 18 August 1962", a United Nations force placed "not later than 1 October 1962"; twenty-ninth real-instrument run). Signed, it is not reported: it "may be amended by agreement between the parties" (Art. 39), and an amendment clause in a cease-fire is noise; a draft is still asked. The same holds for a signed treaty whose object is one performance ("This Agreement pertains only to the transfer of the dollars 92,702.40", NL(Aruba)–US 1994, para. 5; thirty-first run).',
  source: 'VCLT Arts. 39–40 (read: Dutch treaty series BWBV0003441); Indonesia–Netherlands memorandum on the cessation of hostilities (1962) (read: BWBV0004397, Annex A); NL(Aruba)–US forfeited assets Agreement (1994), para. 5 (read: BWBV0003774); International Convention for the Suppression of the Financing of Terrorism (1999) Art. 23 (read: BWBV0001518); Convention on the Marking of Plastic Explosives (1991) Arts. VI–VII (read: BWBV0003003); European Agreement on the Exchange of Tissue-Typing Reagents (1974) Art. 4(4) (read: BWBV0004016); Netherlands–Bangladesh double taxation Convention (1993) (read: BWBV0001126); European Convention on Social and Medical Assistance (1953, ETS 14), Arts. 1–24 (read: BWBV0005096); for MoUs no legal authority is claimed (practice); ' + VIENNA_1986_SOURCE,
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" {\n  status non-binding\n}\n',
    fix: 'memorandum "MoU" {\n  status non-binding\n  amendment by written decision\n}\n',
  },
  topic: 'amendment',
  findingCeilings: [
    { severity: 'info', where: 'on a concluded text that provides a procedure for amending a part of itself only (the rest falls under VCLT Arts. 39–40; lr7, defect 1)' },
    { severity: 'info', where: 'on a concluded treaty silent on amendment (amended by agreement between the parties, VCLT Arts. 39–40; sixtieth run, item 2; sixty-fourth run, item 1)' },
  ],
  // An exchange of notes or letters is changed as it was made, by a further exchange: the form is
  // its amendment procedure (VCLT Arts. 13, 39; the Netherlands–Sweden notes of 1995 are prolonged
  // "by a further exchange of notes").
  // A concluded treaty performed by dated acts is amended by agreement (Art. 39): nothing to ask.
  applies: (model, instrument) => instrument.form?.form?.value === undefined && !performedOrOnePerformance(model),
  stated: (instrument) => instrument.amendment !== undefined,
  // A multilateral treaty is not given a header statement: "by ratification" or "by written
  // agreement" says nothing of proposal, adoption or for whom an amendment enters into force (VCLT
  // Art. 40(2), (4)); the library's multilateral clause states a procedure (twenty-fourth run, item 2).
  headerStatement: (model, instrument) => {
    if (!isTreaty(model)) return 'amendment by written decision';
    if (model.isMultilateral) return undefined;
    // Every Party ratifies (`ratification for NL, signature for US` does not: the United States would be asked an act it never performs).
    const lists = consentLists(instrument.consent);
    const ratified = lists.length > 0 && lists.every((list) => list.means.some((m) => m.text === 'ratification'));
    return ratified ? 'amendment by ratification' : 'amendment by written agreement';
  },
  // A procedure for the annex only (Financing of Terrorism Convention 1999, Art. 23): a fix that
  // states amendment for the whole instrument would override it; the message says what is missing.
  settledInWords: (model) => partAmendedInWords(model) !== undefined,
  // Clauses tagged amendment that amend the annex only (Plastic Explosives 1991, Arts. VI–VII) do
  // not state how the articles are amended (forty-seventh run, item 3).
  coveredOnlyInPart: (model) => amendmentClausesForPartOnly(model),
  // On a concluded text a procedure for a part only is a choice the drafters made: they turned to
  // amendment and left the rest to the general law, which the finding states; nothing can be done to
  // the text, so it is a note under every profile (treaty lawyer lr7, defect 1; the reviewers of
  // HCCH 2007 "at most info", of the Financing Convention "whether it is a defect is doubtful").
  // So is a concluded treaty silent on amendment: the general law supplies the procedure (VCLT
  // Art. 39; for a multilateral treaty Art. 40(2), (4), which is what most multilateral amendment
  // clauses say too), and no edit can supply another (sixtieth run, item 2, bilateral; sixty-fourth
  // run, item 1: ETS 14 of 1953, as missing-reservations-clause leaves the silence a note).
  profileCeiling: (model) => (concludedText(model.ast) && (partAmendedInWords(model) || amendedByAgreement(model)) ? 'info' : undefined),
  concludedNote: (model) => {
    const partial = partAmendedInWords(model);
    if (partial) return partialAmendmentConcludedNote(model, partial);
    if (!amendedByAgreement(model)) return undefined;
    return model.isBilateral
      ? `silent on amendment, it is amended by agreement between the two parties (${viennaCitation(model, 'Art. 39')}). Nothing in the text is to be changed.`
      : `silent on amendment, ${amendmentByTheGeneralLaw(model)}. Nothing in the text is to be changed.`;
  },
  describe: (model) => {
    const partial = partAmendedInWords(model);
    if (partial) return partialAmendmentMessage(model, partial);
    if (amendedByAgreement(model)) return "The treaty states no amendment procedure; if it does, in words the transcription has not declared, declare them in the header (`amendment by …`).";
    if (!isTreaty(model) || !model.isMultilateral) return 'State how the instrument is amended: add `amendment by written decision` (MoU) or `amendment by written agreement` (treaty) to the header.';
    const how = "State how the treaty is amended: who may propose an amendment, how it is adopted and for whom it enters into force (a clause, or `amendment by …` in the text's words)";
    // Concluded between States before the Vienna Convention was in force (Art. 4): the general rule,
    // not Art. 40's procedure, whose paras. 2–5 are not claimed as custom (fifty-sixth run, item 2).
    return treatyLawParties(model) === 'states' && concludedBeforeTheConvention(model)
      ? `${how}; a multilateral treaty silent on it can be amended by agreement between the parties, and an amendment binds only the parties that accept it (the general rule; compare ${viennaCitation(model, 'Arts. 39–40')}).`
      : `${how}; a multilateral treaty silent on it falls under the default rule (${viennaCitation(model, 'Art. 40')}).`;
  },
});

export const missingDisputeSettlement = instrumentLevelRule({
  code: 'missing-dispute-settlement',
  catalogueId: 'MC05',
  defaultSeverity: 'warning',
  message: 'State how disputes are settled: add `disputes by consultation` (MoU) or `disputes by negotiation` (treaty) to the header.',
  rationale:
    'A treaty usually provides for negotiation, then arbitration or the International Court of Justice ("through negotiation or any other peaceful means of their choice, including … an arbitral tribunal … or … the International Court of Justice", Budapest Convention Art. 45(2)); some treaties settle disputes only by consultation (Netherlands–US 2012, Art. 17(1)). An MoU settles differences only by consultation between the Participants, never by a tribunal or third party; that MoU practice is stated in the FCDO specimen paragraphs and US guidance, which have not been read. An implementing arrangement (`implements …`, or \"in implementation of Article … of the …\" in its own words) that is silent on it is read under its treaty and reported by `implementing-arrangement-final-clauses` at info level instead. So is a protocol whose own words make it part of another treaty ("From the date of its entry into force, this Additional Protocol shall form an integral part of the Agreement", ETS 109, 1982, Art. 3; fifty-seventh run), by `integral-part-final-clauses`: it lasts, ends, is amended and settles disputes with that treaty. Where every party is a Member State and the instrument is made under an act of Union law (an arrangement between competent authorities "on the basis of the provisions of article 70, paragraph 3 of the Regulation", Ireland–Netherlands letters of 1987; thirtieth run), the message does not suggest arbitration or the International Court of Justice: "De lidstaten verbinden zich, een geschil betreffende de uitlegging of de toepassing van de Verdragen niet op andere wijze te doen beslechten dan in de Verdragen is voorgeschreven" (Art. 344 TFEU), and the Court of Justice hears a dispute between Member States on the subject matter of the Treaties submitted to it under a special agreement (Art. 273 TFEU); a negotiation clause between the parties is still possible, so the finding stays, naming them as they are declared — the Parties where they are the States themselves (NL–Sweden 2003), the authorities where they act for their States (IE–NL letters 1987; eighty-seventh run, item 2) — and on a concluded text the Parties are said to choose among the means the Treaties leave open, negotiation included, not any peaceful means (lr6 item 2). A party that has left the Union since (the United Kingdom, NL–UK letters of 1986) was bound by that rule when the instrument was concluded and is not today: the message says so, with the date it left. On a concluded text the finding is a note under every profile: nothing can be added to the signed text by an edit, the message says what the Parties can still do (amend it, or agree a procedure for one dispute) and that meanwhile any dispute is to be settled by peaceful means (UN Charter Art. 2(3)), of the Parties\' own choice (cf. Art. 33(1), whose obligation reaches only disputes likely to endanger international peace; lr15, D8), and the text stands as in force, as a concluded treaty silent on amendment is a note (NL–Japan science and technology Agreement 1996, read: BWBV0001290; sixty-eighth run, item 2). Where the text\'s own preamble says an organ of an international organisation adopted it ("The General Conference of the International Labour Organization, … adopts, this nineteenth day of June … the following Convention", ILO Convention No. 181, 1997; the same for a UNESCO convention of 1958), it is "adopted within an international organization", to which the Vienna Convention applies "without prejudice to any relevant rules of the organization" (VCLT Art. 5): the concluded-text note then says that the organisation\'s rules on disputes come first, and offers the Parties\' other courses only subject to them. For the ILO it quotes the rules it has read: "Any question or dispute relating to the interpretation of this Constitution or of any subsequent Convention concluded by the Members in pursuance of the provisions of this Constitution shall be referred for decision to the International Court of Justice" (ILO Constitution Art. 37(1)), and a Member\'s right to complain that another "is not securing the effective observance of any Convention which both have ratified" (Art. 26(1)); of another organisation it says that the checker does not read its rules (eighty-sixth run, defect 2). The reading is narrow: the preamble must open with the organ ("The General Conference of the … Organization") and say that it adopts this text; "The States Parties to this Convention" and a Conference of the Parties are not read so. A draft is still asked, at warning.',
  source: 'Budapest Convention Art. 45(2) (read: Dutch treaty series BWBV0001839); Netherlands–US Agreement (2012) Art. 17(1) (read: BWBV0006073); TFEU Arts. 273, 344 (read: Dutch text, BWBV0001506); FCDO Treaties and MoUs Guidance (2021), specimen paragraphs (not read); for a concluded treaty: VCLT Arts. 5, 39–41 (read: Dutch treaty series BWBV0003441), Constitution of the International Labour Organisation Arts. 26(1), 37(1) (read: BWBV0001986), Constitution of UNESCO Art. XIV(2) (read: BWBV0003155), UN Charter Arts. 2(3), 33(1) (read: BWBV0004143); ' + VIENNA_1986_SOURCE,
  sourceStatus: 'unconfirmed',
  example: {
    trigger: 'memorandum "MoU" {\n  status non-binding\n}\n',
    fix: 'memorandum "MoU" {\n  status non-binding\n  disputes by consultation\n}\n',
  },
  topic: 'disputes',
  // A signed text takes no disputes clause by an edit (OPRC 1990 has none; the treaty lawyers' open
  // items of December 2026, item 1): say what the Parties can still do, never "add a clause"
  // (support/disputes-on-concluded-text.ts: treaty law only on a treaty, never on a memorandum).
  onConcludedText: disputesOnConcludedText,
  // On a concluded text the finding says what the Parties can still do — choose the peaceful means of
  // settlement (UN Charter Arts. 2(3), 33(1)), or add a procedure by amendment or special agreement — and
  // that the text stands as in force: a note under every profile, as missing-amendment is where the
  // general law fills the silence (sixty-eighth run, item 2: NL–Japan 1996). A draft keeps the warning.
  profileCeiling: (model) => (concludedText(model.ast) ? 'info' : undefined),
  findingCeilings: [{ severity: 'info', where: 'on a concluded text (disputes are settled by peaceful means, UN Charter Art. 2(3), and the text stands as in force; sixty-eighth run, item 2)' }],
  applies: all,
  stated: (instrument) => instrument.disputes !== undefined,
  headerStatement: (model) => (isTreaty(model) ? 'disputes by negotiation' : 'disputes by consultation'),
  describe: (model) =>
    // Between Member States under a Union act, arbitration or another court would be a method of
    // settlement Art. 344 TFEU excludes for disputes on the Treaties (thirtieth run, item 3).
    memberStatesUnderUnionAct(model)
      ? unionActDisputesMessage(model)
      : // A transcription can still declare what the signed text says and the header does not.
      concludedText(model.ast)
      ? `The text states no procedure for settling disputes between the ${signatoryWord(model)}; if it does, in words the transcription has not declared, declare them in the header (\`disputes by …\`).`
      : isTreaty(model)
      ? 'State how disputes are settled: add `disputes by negotiation` (or arbitration, the ICJ) to the header, or a disputes clause.'
      : 'State how differences are settled: add `disputes by consultation` to the header (consultation only, no tribunal), or a disputes clause.',
});

export const finalClauseRules = [
  missingEntryIntoForce,
  missingExchangeEntryIntoForce,
  missingDuration,
  missingTermination,
  missingDiscontinuation,
  missingAmendment,
  missingDisputeSettlement,
  missingCosts,
];
