/**
 * Missing final clauses that depend on the kind of instrument (catalogue MC06–MC11): the
 * treaty-only machinery (depositary, consent to be bound, reservations, Art. 102
 * registration), the language clause of a text in several languages, and the statement of
 * non-binding status an MoU needs.
 */
import type { Instrument } from '../../ast/nodes';
import type { StatusClause } from '../../ast/header-nodes';
import type { SemanticModel } from '../../model/semantic-model';
import type { PartyFacts } from '../../model/party-facts';
import { instrumentLevelRule } from '../support/applicability';
import { missingLanguageClause } from './missing-language-clause';
import { depositaryClauseFits, registrationClauseFits, takesEffectWithAnother } from '../support/final-clause-fit';
import { outsideArticle102, registrationBinds, unMembership, unMembershipWhenEntered } from '../support/un-membership-then';
import { concludedText } from '../../model/conclusion';
import { memberStates } from '../support/member-states';
import { datedOperation, operationDates } from '../support/performed-instrument';
import { registrationLeftOpen } from '../support/union-act-registration';
import { contracting, viennaCitation, VIENNA_1986_SOURCE } from '../support/vienna-convention';
import { adoptedReservationNote, reservationMoment } from '../support/reservation-moment';
import { reservationsInWords } from '../support/reservations-in-words';
import { adoptedBy, adoptingOrgan } from '../support/adopted-within-organisation';
import { closedPlurilateral, entryIntoForceNeedsEveryone, nothingToDeposit } from '../support/closed-plurilateral';
import { consentFixedByDateOnConcludedText, consentOnConcludedText, consentSilenceOnConcludedText } from '../support/consent-on-concluded-text';
import { icaoRegistration } from '../support/icao-registration';
import { registrationWhileProvisional } from '../support/provisional-application';

const isTreaty = (model: SemanticModel) => model.legalNature === 'treaty';
const isMultilateralTreaty = (model: SemanticModel) => isTreaty(model) && model.isMultilateral;

/** Three parties: the smallest multilateral treaty, for the examples. */
const threeParties = 'party EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nparty LV "Latvia" { kind state }\n';

export const missingDepositary = instrumentLevelRule({
  code: 'missing-depositary',
  catalogueId: 'MC06',
  // A warning, not an error: the VCLT lets the negotiating States designate a depositary ("may",
  // Art. 76(1)) and provides for the case where there is none (Art. 78(a)); a closed trilateral
  // treaty can exchange its instruments directly (Art. 16(a)). The gap is practical, not a defect
  // in law.
  defaultSeverity: 'warning',
  message: 'Designate the depositary of this multilateral treaty: add `depositary "…"` (a State, an organisation or its chief officer) to the header, or a clause saying how instruments and notifications are exchanged.',
  rationale:
    'A multilateral treaty usually names a depositary to keep the original, receive signatures, instruments and notifications, inform the parties and register the treaty (VCLT Art. 77(1)). The VCLT does not require one: the depositary "may" be designated in the treaty or in some other manner (Art. 76(1)), and where there is none, notifications go directly to the States concerned (Art. 78(a)) and instruments are exchanged between them (Art. 16(a)). Without either, nobody is charged with receiving the instruments that bring the treaty into force, above all for States that join later. Bilateral treaties do without one: the parties notify each other. So does a treaty with nothing to deposit: every party named and none able to join, consent by signature alone and entry into force on signature — no instrument of ratification, acceptance, approval or accession is exchanged or deposited (Art. 16), and notifications go direct (Art. 78(a)); the finding is not raised there (the Agreement between the Governments of Cambodia, Laos, Thailand, Vietnam and the Netherlands on the Netherlands contribution to the Mekong Committee (1962) "shall enter into force on the day on which it has been signed on behalf of each of the five Contracting Parties", Art. 7, and was done "in five identical copies"; hundred-and-sixteenth run, defect 1). On a concluded text nothing is to be added: the message states the rule that governs without a depositary (Arts. 16(a), (c), 78(a)), offers no fix, and no profile makes it more than a note.',
  source: 'VCLT Arts. 16, 76(1), 77(1), 78 (read: Dutch treaty series BWBV0003441); 1986 Vienna Convention Art. 79(a) (read: BWBV0002302); Mekong contribution Agreement (1962) Art. 7 and final formula (read: BWBV0004401)',
  sourceStatus: 'verified',
  example: {
    trigger: `treaty "Convention" {\n  consent by ratification\n  effect after last ratification\n}\n${threeParties}`,
    fix: `treaty "Convention" {\n  consent by ratification\n  effect after last ratification\n  depositary "Secretary General of the Council of Europe"\n}\n${threeParties}`,
  },
  topic: 'depositary',
  // Nothing to deposit, nothing for a depositary to do (support/closed-plurilateral.ts; hundred-and-sixteenth run, defect 1).
  applies: (model) => isMultilateralTreaty(model) && !nothingToDeposit(model),
  // "in a single copy which shall be deposited with the Government of France": the custodian of the
  // original is the depositary (VCLT Art. 77(1)(a)).
  stated: (instrument) => instrument.depositary !== undefined || instrument.signature?.depositedWith !== undefined,
  libraryFits: (_model, instrument) => depositaryClauseFits(instrument),
  // A signed text takes no clause by the drafter's edit: the message states the law without a
  // depositary, and no profile makes that more than a note (hundred-and-sixteenth run, defect 1).
  describe: (model) =>
    concludedText(model.ast)
      ? `The treaty names no depositary; if it does, in words the transcription has not declared, declare it in the header (\`depositary "…"\`). Without one, instruments of ratification, acceptance, approval or accession establish consent on their exchange between the contracting ${contracting(model)} or, if so agreed, their notification to them, and notifications and communications go direct to those for which they are intended (${viennaCitation(model, 'Arts. 16(a), (c), 78(a)', 'Arts. 16(a), (c), 79(a)')}).`
      : undefined,
  onConcludedText: 'nothing in it is to be changed.',
  profileCeiling: (model) => (concludedText(model.ast) ? 'info' : undefined),
  findingCeilings: [{ severity: 'info', where: 'on a concluded text (the law without a depositary governs it, VCLT Arts. 16, 78(a))' }],
});

/**
 * Entry into force that itself expresses consent: on signature (VCLT Art. 12(1)), after the
 * deposit or exchange of instruments of ratification, acceptance, approval or accession (Arts. 14–16),
 * or on notification that internal or constitutional procedures are complete ("any other means
 * if so agreed", Art. 11; the notification form of Art. 16(c)).
 */
const consentThroughEffect = /^(?:signature|ratif|accept|approv|accession|notif|consent|reply)/i;

export const missingConsentToBeBound = instrumentLevelRule({
  code: 'missing-consent-to-be-bound',
  catalogueId: 'MC07',
  defaultSeverity: 'error',
  message: 'State how the Parties consent to be bound: add `consent by signature` or `consent by signature, ratification` to the header, or let entry into force follow the consent (`effect after last notification`, `effect after last ratification`).',
  rationale:
    'A State expresses its consent to be bound by signature, exchange of instruments constituting a treaty, ratification, acceptance, approval or accession, "or by any other means if so agreed" (VCLT Art. 11); instruments of ratification, acceptance, approval or accession establish consent on their exchange, deposit or notification (Art. 16). If the treaty is silent, it is unclear whether signature alone binds or ratification is needed. An entry-into-force clause can itself state the means: entry into force on signature makes signature the consent (Art. 12(1)), entry into force after ratification (acceptance, approval) makes that the consent (Art. 14), and entry into force on notification that each Party\'s internal or constitutional procedures are complete is consent by notification, a means "so agreed" (Art. 11, the notification form of Art. 16(c)), also where one named Party notifies and the other consented by signature (Netherlands–Sweden 1984, Art. 9); such a clause satisfies this check, as does entry into force after the expression of consent to be bound (`consent-to-be-bound`). A treaty constituted by an exchange of notes or letters (`form exchange-of-notes`) expresses consent by that exchange (Art. 13: "when … the instruments provide that their exchange shall have that effect"); Art. 13 is about such treaties only, not about notifications of internal procedures. The fix is `consent by signature` where the header fixes the date of entry into force, and where the text has no final clause at all and its own words date its operation from soon after signature (the Indonesia–Netherlands cease-fire memorandum of 15 August 1962, in operation "at 00.01 GMT on Saturday 18 August 1962": "it is otherwise established that the negotiating States were agreed that signature should have that effect", Art. 12(1)(b); twenty-ninth run), or, in a draft that does not date its signature yet, every date it sets within a year of the first and none cited (third quick-fix review, item 1: a ratification or a notification of internal procedures could come after those dates, Art. 24(1); the library clause offered is then consent by signature); otherwise `consent by ratification`, the choice that binds nobody before the drafters decide. On a concluded text nothing is to be written into it: silent, each signatory\'s consent is expressed by the means the negotiating States agreed, which the record of its conclusion shows (signature, Art. 12(1)(b)–(c); ratification, acceptance or approval, Art. 14(1)(b)–(d), (2)); the message says so and no fix is offered, the transcriber declaring `consent by …` only as that record shows. Where the text fixes its own entry into force without any act after signature, the message adds what that points to, conditionally: on a date, consent by signature with entry into force deferred (Arts. 12(1)(b), 24(1)), unless the record shows a ratification or approval, and the finding is then a note under every profile, the dates being all a text can say (the Benelux–Korea visa Agreement, signed at Seoul on 28 April 1970, "shall enter into force on 1 June, 1970", Art. 10; eighty-fourth run, defect 1); on another instrument\'s entry into force, either that it is part of that instrument and consented to with it (a treaty may be embodied in "two or more related instruments", Art. 2(1)(a): the Aruba–BVI Protocol of 2009, "an integral part of the Agreement"), or that its signature bound with entry into force deferred — the NATO SOFA Art. 60 telecommunications Agreement, signed at Bonn on 18 March 1993 by "Representatives duly authorized thereto by their respective Governments", enters into force with the Amending Agreement of the same day (Art. 10(1)). Like every missing clause on a concluded text it is then at most a warning under any profile, and the export is not marked DRAFT for it (sixty-ninth run, item 1).',
  source: 'VCLT Arts. 11, 12(1), 14, 16, 24(1), and Art. 13 for a treaty constituted by an exchange of notes (read: Dutch treaty series BWBV0003441); Netherlands–Sweden Agreement (1984) Art. 9 (read: BWBV0002448); Indonesia–Netherlands memorandum on the cessation of hostilities (1962), para. 1 (read: BWBV0004397, Annex A); Administrative Agreement implementing Art. 60 of the NATO SOFA Supplementary Agreement (Bonn, 1993), Art. 10(1) and final formula (read: BWBV0001080); Agreement between the Benelux countries and the Republic of Korea on the abolition of visas (Seoul, 1970), Art. 10 and final formula (read: BWBV0004193); ' + VIENNA_1986_SOURCE,
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Agreement" {\n  effect on 2027-05-01\n}\n',
    fix: 'treaty "Agreement" {\n  effect on 2027-05-01\n  consent by signature\n}\n',
  },
  topic: 'consent',
  applies: isTreaty,
  // An exchange of notes expresses consent by the exchange itself (VCLT Art. 13).
  stated: (instrument) => instrument.consent !== undefined || instrument.form?.form?.value !== undefined || consentThroughEffect.test(instrument.effect?.event?.value ?? ''),
  // Reached only when the entry into force states no consent: a fixed date usually goes with
  // definitive signature, and so does a text whose own words date its operation days after
  // signature (VCLT Art. 12(1)(b); support/performed-instrument.ts); otherwise the safe default is
  // ratification.
  headerStatement: (model, instrument) => (instrument.effect?.date || datedOperation(model) ? 'consent by signature' : 'consent by ratification'),
  settledInWords: (_model, instrument) => takesEffectWithAnother(instrument),
  // Nor the library's notification clause where the text dates its operation: its clause is consent
  // by signature (fix-review-3, item 1).
  libraryFits: (model) => (datedOperation(model) ? { id: 'consent/treaty-signature' } : true),
  // A concluded text whose header fixes entry into force on a date after signature: its own dates
  // point to consent by signature, which the message says; a note (eighty-fourth run, defect 1).
  profileCeiling: (model, instrument) => (!datedOperation(model) && consentFixedByDateOnConcludedText(model, instrument) ? 'info' : undefined),
  findingCeilings: [{ severity: 'info', where: 'on a concluded text whose header fixes entry into force on a date on or after signature, with no act after signature (it points to consent by signature, VCLT Arts. 12(1)(b), 24(1))' }],
  describe: (model, instrument) => {
    const operation = datedOperation(model);
    if (operation && operation.signed === undefined)
      return `State how the Parties consent to be bound: the text's own words date its operation (${operationDates(operation)}); for signature to bind by then, add \`consent by signature\` (${viennaCitation(model, 'Art. 12(1)(a)')}). Ratification or a notification of internal procedures is not offered: it could come after the dates the text sets (${viennaCitation(model, 'Art. 24(1)')}).`;
    return operation
      ? `State how the Parties consent to be bound: the text's own words date its operation (${operationDates(operation)}) from soon after signature, which shows that signature was meant to bind (${viennaCitation(model, 'Art. 12(1)(b)')}); add \`consent by signature\` to say so.`
      : concludedText(model.ast)
        ? consentSilenceOnConcludedText(model, instrument)
        : undefined;
  },
  // A signed text's consent is a fact of its conclusion, not a clause to add (sixty-ninth run, item 1),
  // also where its own words show that signature bound: no amendment can change how consent was
  // expressed then (treaty lawyer lr31, D2).
  onConcludedText: consentOnConcludedText,
});

export const missingReservationsClause = instrumentLevelRule({
  code: 'missing-reservations-clause',
  catalogueId: 'MC08',
  defaultSeverity: 'info',
  message: 'Say whether reservations are permitted: add `reservations none`, `reservations permitted` or `reservations "…"` to the header.',
  rationale:
    'When a multilateral treaty says nothing on reservations, the general regime of VCLT Arts. 19–23 applies: any reservation compatible with the object and purpose may be made, and the others may object (Arts. 19(c), 20). Most treaties say which reservations, if any, are allowed: "No other reservation may be made" (Budapest Convention Art. 42). Which answer is right is the Parties\' policy, so the fix offers both header forms, neither preferred: `reservations none` excludes every reservation (Art. 19(a)), which on a convention open to accession reverses the default; `reservations permitted` has the text say that reservations may be made, a general authorisation that may be read as the express one of Art. 20(1), under which a reservation needs no acceptance. A list of the reservations allowed (`reservations "…"`, or the library clause `reservations/treaty-permitted`, Art. 19(b)) is the drafter\'s to write. The message states what silence means: the general regime of Arts. 19–23, only so far as it states customary law for a treaty concluded before the Convention entered into force (Art. 4). Where every party is named and none may join (no class of parties, no accession in the header or the clauses, no opening for signature), or where entry into force waits for every signatory\'s consent and none may accede (`effect … after last …` with no count, among named parties or a closed class: "all signatories have informed the Government of the Federal Republic of Germany", Arolsen Agreement 1993, Art. 3; hundredth run, defect 2), the message adds, conditionally, the rule of Art. 20(2): "When it appears from the limited number of the negotiating States and the object and purpose of a treaty that the application of the treaty in its entirety between all the parties is an essential condition of the consent of each one to be bound by the treaty, a reservation requires acceptance by all the parties"; whether it so appears is not in the words the checker reads (sixty-ninth run, item 5: seven Governments, NATO SOFA Art. 60 telecommunications Agreement 1993). On a concluded text it says so and asks only that words the transcription has not declared be declared. It is then a note under every profile, and it says that a reservation is made when a State signs or expresses its consent (Arts. 2(1)(d), 19), not by amending the text, and that a State joining later may make one; nothing about an amending instrument (lr15, D3). Where an international organisation is a party, it says so of the organisation too, with the act by which an organisation consents in place of ratification: "“reservation” means a unilateral statement, however phrased or named, made by a State or by an international organization when signing, ratifying, formally confirming, accepting, approving or acceding to a treaty", an "act of formal confirmation" being "an international act corresponding to that of ratification by a State" (1986 Vienna Convention, Arts. 2(1)(b bis), (d), 19; seventy-second run, defect 4). A text whose clauses speak of reservations though none is tagged `about reservations` is not silent: "the reservations formulated by Contracting Parties, are set forth in … Annex II" and "a Contracting Party may make a reservation in respect of the application of this new law or regulation" (European Convention on Social and Medical Assistance 1953, ETS 14, Arts. 2(b), 16(b); sixty-fourth run, item 2). The finding names those clauses, says that the general regime governs what they leave open, and no profile raises it above a note. Only words that deal with reservations in the sense of VCLT Art. 2(1)(d) — "a unilateral statement … whereby it purports to exclude or to modify the legal effect of certain provisions of the treaty" — count: a reservation made, formulated, withdrawn, accepted or objected to, reservations permitted or that may (not) be made, a reservation to, in respect of or with regard to the treaty or its provisions. Other uses of the word are not (lr14, D1): a savings clause headed "Reservation of rights" or "the reservation of its sovereign rights", "without any reservation", and the consent formulas "signature without reservation as to ratification" (or "acceptance", "approval"), "subject to reservation of ratification" and "signature with reservation in respect of ratification" (ETS 20 Art. 7). Where the text\'s own preamble says an organ of an international organisation adopted it ("The General Conference of the International Labour Organization, … adopts … the following Convention", ILO Convention No. 181, 1997; a UNESCO convention of 1958 likewise), it is "adopted within an international organization", to which the Vienna Convention applies "without prejudice to any relevant rules of the organization" (VCLT Art. 5): the message then says that whether a reservation may be made at all is for those rules and the organisation\'s practice first, which the checker does not read, and that the general regime fills only what they leave open; it no longer says that a State joining later may make one (eighty-sixth run, defect 2). The reading is narrow: the preamble must open with the organ and say that it adopts this text.',
  source: 'VCLT Arts. 2(1)(d), 5, 19–23, including Art. 20(2) (read: Dutch treaty series BWBV0003441); 1986 Vienna Convention on the Law of Treaties between States and International Organizations Arts. 2(1)(b bis), (d), 19, not in force (read: BWBV0002302); Constitution of the International Labour Organisation Art. 19(4), (5)(a), (d), on how a Convention is authenticated and ratified (read: BWBV0001986); Administrative Agreement implementing Art. 60 of the NATO SOFA Supplementary Agreement (Bonn, 1993), preamble (the seven Governments) and Art. 10 (read: BWBV0001080); Budapest Convention Art. 42 (read: BWBV0001839); European Convention on Social and Medical Assistance (1953, ETS 14) Arts. 2(b), 16(b) (read: BWBV0005096)',
  sourceStatus: 'verified',
  example: {
    trigger: `treaty "Convention" {\n  effect on signature\n}\n${threeParties}`,
    fix: `treaty "Convention" {\n  effect on signature\n  reservations none\n}\n${threeParties}`,
  },
  topic: 'reservations',
  applies: isMultilateralTreaty,
  stated: (instrument) => instrument.reservations !== undefined,
  // Whether reservations may be made is the Parties' policy: silence leaves the general regime
  // (Arts. 19(c), 20), `none` excludes every reservation (Art. 19(a)), `permitted` has the text
  // say that they may be made. Both header forms are offered, neither preferred (third quick-fix
  // review: only `none` was, which reverses the default on conventions open to accession).
  policyChoices: () => [
    { statement: 'reservations none', title: 'Add `reservations none` to the header (a policy choice: no reservation may be made, VCLT Art. 19(a))' },
    { statement: 'reservations permitted', title: 'Add `reservations permitted` to the header (a policy choice: the text says reservations may be made; which, and with what effect, VCLT Arts. 19–23 decide)' },
  ],
  // The library's clauses answer the same question: "No reservations may be made" is `reservations
  // none` in words (Art. 19(a)); the list of permitted reservations is Art. 19(b)'s answer.
  libraryChoices: {
    'reservations/treaty-none': 'a policy choice: no reservation may be made, VCLT Art. 19(a), as `reservations none`',
    'reservations/treaty-permitted': 'a policy choice: only the reservations the clause lists may be made, VCLT Art. 19(b)',
  },
  // Words that deal with reservations, though untagged (ETS 14 Arts. 2(b), 16(b)): the text is not
  // silent, so no profile makes it more than a note, and the message names those clauses and says
  // that the general regime governs what they leave open (sixty-fourth run, item 2).
  // On a concluded text nothing is to be added: a reservation is made "when signing, ratifying,
  // accepting, approving or acceding" (VCLT Arts. 2(1)(d), 19), so a clause added by amendment
  // would govern none already made, and on a closed treaty none to come (lr15, D3): a note only.
  profileCeiling: (model) => (reservationsInWords(model).length > 0 || concludedText(model.ast) ? 'info' : undefined),
  findingCeilings: [
    { severity: 'info', where: 'where clauses speak of reservations though no clause is tagged `about reservations` (the general regime governs the rest, VCLT Arts. 19–23)' },
    { severity: 'info', where: 'on a concluded text (reservations are made on signature or consent, VCLT Arts. 2(1)(d), 19)' },
  ],
  onConcludedText: (model) => {
    const { when, who } = reservationMoment(model);
    // Adopted within an organisation, whether any reservation may be made is for its rules first (VCLT Art. 5; eighty-sixth run, defect 2).
    const adopted = adoptingOrgan(model);
    if (adopted) return adoptedReservationNote(model, adopted);
    return `nothing in it is to be changed. ${when}: any made are in the record of its signature and of each instrument of consent${closedPlurilateral(model) ? '' : `, and ${who} that joins later may make one when it does, under the regime above`}.`;
  },
  describe: (model) => {
    // Every party named and none able to join, or all needed for entry into force: Art. 20(2) may govern (support/closed-plurilateral.ts).
    const limited = closedPlurilateral(model) ? 'every party is named and none may accede' : entryIntoForceNeedsEveryone(model) ? 'the treaty enters into force only once every signatory has consented' : undefined;
    const closed = limited
      ? `; here ${limited}: if it appears from that limited number of negotiating ${contracting(model)} and the object and purpose of the treaty that its application in its entirety between all the parties is an essential condition of the consent of each one to be bound, a reservation requires acceptance by all the parties (the same Convention, Art. 20(2)), and whether it so appears the text alone does not settle`
      : '';
    const general = `a reservation may be made unless the treaty prohibits it, permits only others, or it is incompatible with the object and purpose of the treaty, and the other contracting ${contracting(model)} may accept it or object to it (${viennaCitation(model, 'Arts. 19–23')})${closed}`;
    // A treaty its preamble says an organisation's organ adopted: the Vienna Convention applies to it
    // "without prejudice to any relevant rules of the organization" (Art. 5), so the general regime
    // is not stated as if it alone governed (eighty-sixth run, defect 2: ILO C181, 1997).
    const adopted = adoptingOrgan(model);
    const regime = adopted
      ? `the rules of the organisation come first: the treaty was ${adoptedBy(adopted)}, and the Vienna Convention applies to a treaty adopted within an international organization "without prejudice to any relevant rules of the organization" (${viennaCitation(model, 'Art. 5')}); whether a reservation may be made at all is for those rules and the organisation's practice, which the checker does not read, and only what they leave open falls to the general regime, under which ${general}`
      : `the general regime governs: ${general}`;
    const words = reservationsInWords(model);
    if (words.length > 0) {
      return `The text speaks of reservations (${words.join(', ')}), but no clause is tagged \`about reservations\` and the header declares no rule on them. What the treaty does not settle, ${regime}. If those words are the text's rule on reservations, tag the clause \`about reservations\` or declare \`reservations "…"\` in the header.`;
    }
    return concludedText(model.ast)
      ? `The treaty states no rule on reservations; if it does, in words the transcription has not declared, declare them in the header (\`reservations …\`). Silent, ${regime}.`
      : `Say whether reservations are permitted: add \`reservations none\`, \`reservations permitted\` or \`reservations "…"\` to the header. Where a treaty is silent, ${regime}.`;
  },
});

/** Where the registration rules' authorities were read. */
export const REGISTRATION_SOURCE =
  'UN Charter Arts. 102, 103 and 110(3) (read: Dutch treaty series BWBV0004143); Charter for the Kingdom of the Netherlands (Statuut) preamble, Arts. 1, 3(1)(b), 25(1) (read: BWBR0002154); the Kingdom in respect of a territory, and the Faroese and Greenland Governments on behalf of the Kingdom of Denmark (read: BWBV0003498, BWBV0003499, BWBV0003509, titles and preambles); its entry into force on 24 October 1945 (read: UN Dag Hammarskjöld Library, ask.un.org/faq/14595); Regulations to give effect to Art. 102 (GA res. 97(I), as amended) Arts. 1 and 3 (read: treaties.un.org, Regulations page), Art. 4(1)(a) on registration ex officio by the United Nations where it is a party (read: treaties.un.org, registration overview in French, which states it; Art. 3(2) read on the Regulations page), Art. 10 on filing and recording (content from the UN Treaty Collection introduction, wording not read)';

export { unMembership } from '../support/un-membership-then';

/** A choice of a domestic law makes the text a contract, to which Art. 102 does not apply (CF05 reports it). */
export function governedByDomesticLaw(model: SemanticModel): boolean {
  const law = model.ast.instrument?.governingLaw?.law;
  if (!law) return false;
  const text = 'value' in law ? law.value.trim() : law.text;
  return !/^(?:international|international[\s-]law|public[\s-]international[\s-]law)$/i.test(text);
}

/** The United Nations itself, not a specialised agency (which registers under Regulations Art. 4(2), not 4(1)). */
function isTheUnitedNations(party: PartyFacts): boolean {
  const name = party.effective.name?.value.trim() ?? '';
  return party.effective.kind?.value === 'international-organisation' && /^(?:the\s+)?United\s+Nations(?:\s+Organi[sz]ation)?$/i.test(name);
}

/**
 * What a reviewer of a signed text does about registration: no clause is missing, since the duty
 * is the Charter's (Art. 102(1)), not the treaty's; if the treaty is unregistered, each Party that
 * was a UN Member when it entered into the treaty (lr17, D1) is bound to have it registered "as soon as possible" (a duty, not an option: lr16,
 * D6), and registration by one relieves the others (Regulations Art. 3(1)); no amending instrument is
 * needed (lr15, D2). Where the United Nations is a party it registers ex officio.
 */
function registrationOnConcludedText(model: SemanticModel): string {
  if (model.signatories.some(isTheUnitedNations)) return 'nothing in it is to be changed, and no clause is missing: the United Nations registers it ex officio (Regulations to give effect to Art. 102, Art. 4(1)(a)).';
  if (registrationLeftOpen(model)) return 'nothing in it is to be changed; if the Parties hold it to be such an agreement and it has not been registered, each of them that was a UN Member when it entered into it is bound to have it registered as soon as possible (Art. 102(1)), registration by any one of them relieving the others, and no amending instrument is needed.';
  return 'nothing in it is to be changed, and no clause is missing: the duty to register is the Charter\'s (Art. 102(1)), not the treaty\'s. If it has not been registered (the UN Treaty Series shows whether it has), each Party that was a UN Member when it entered into the treaty is bound to have it registered as soon as possible (Art. 102(1): every treaty "entered into by any Member of the United Nations after the present Charter comes into force" "shall as soon as possible be registered"); no amending instrument is needed.';
}

export const missingRegistration = instrumentLevelRule({
  code: 'missing-registration',
  catalogueId: 'MC10',
  defaultSeverity: 'info',
  message: 'Say how the treaty will be registered with the UN Secretariat: add `registration article-102` to the header, or a clause naming the Party (or the depositary) that registers it.',
  rationale:
    'Every treaty and international agreement entered into by a Member of the United Nations "shall as soon as possible be registered with the Secretariat" once in force (UN Charter Art. 102(1); Regulations Art. 1(1)–(2)), and a party to an unregistered treaty cannot invoke it before any UN organ (Art. 102(2)). Registration by one party, or by the depositary, relieves the others (Regulations Art. 3(1)), so the clause usually says who registers. A treaty that names a depositary has said it: registering the treaty is one of the depositary\'s functions (VCLT Art. 77(1)(g)), and "the designation of a depositary shall constitute authorization for it" to transmit the treaty for registration (Art. 80(2)). Registration waits for entry into force (Regulations Art. 1(2), first sentence), except that "a treaty or international agreement that is being provisionally applied prior to its entry into force may be registered as provisionally applied" (Art. 1(2), second sentence, as amended): for a treaty with `provisional application`, the message says so; a signed treaty that entered into force on signature is asked how it is to be registered, not how it will be "once in force" (NL–CTA seat Agreement 1984, Art. 22(1); thirty-third run). Where the United Nations is a party it registers the treaty ex officio (Regulations Art. 4(1)(a)), which relieves the other parties (Art. 3(2)): the message says so, and no profile raises the note above info, since nobody has anything to do (NL–UN IRMCT headquarters Agreement 2015; forty-sixth run). Registration is a duty, not an option: "none" is not an answer for a treaty of a UN Member (`treaty-registration-none`). A treaty none of whose parties is a UN Member is not subject to Art. 102 (it may be filed and recorded, Regulations Art. 10), and this check leaves it alone. MoUs are never registered. Where every party is a Member State and the instrument is made under an act of Union law (competent authorities waiving reimbursement "on the basis of the provisions of article 70, paragraph 3 of the Regulation", Ireland–Netherlands letters of 1987; thirtieth run), the note asks rather than asserts: whether such an arrangement is an "international agreement" within Art. 102 or an arrangement governed by Union law alone is not settled by its words, and no fix is offered, since `registration article-102` would commit the parties to register it. Not where the instrument is a treaty by its form: States or Governments as the Parties, consent or entry into force by their own procedures or notifications, or an exit by notice (NL–Cyprus 2008, Arts. 8, 9(1), and NL–Ireland 2005, Arts. 9, 10(1), on the reciprocal holding of oil stocks, whose preamble cites "Article 7 of the Directive which envisages the establishment of stocks … under agreements between Governments"): the note states the duty of Art. 102 as for any treaty (ninety-ninth run, defect 1). On a concluded text the note asks for no clause and no header statement the text does not support: only that words naming who registers, if the text has them, be declared (lr14, D5). No profile raises that note above info, and it says that no clause is missing and no amending instrument is needed: the duty is the Charter\'s, and if the treaty has not been registered, each Party that was a UN Member when it entered into the treaty is bound to have it registered as soon as possible, registration by any one of them relieving the others (lr15, D2; lr16, D6). Art. 102(1) reaches only a treaty "entered into by any Member of the United Nations after the present Charter comes into force": one the header shows was consented to before the Charter came into force (24 October 1945, on the deposit of the ratifications Art. 110(3) requires; no State was a Member before it) is left alone, even if after the Charter was signed on 26 June 1945, and a State admitted later is not bound by it for its earlier treaties (lr17, D1; lr18, D4). A State enters into a treaty when it consents to be bound, not when it signs it subject to ratification (VCLT Arts. 2(1)(b), 14(1)): a treaty signed before 24 October 1945 whose consents the header does not date gets the note, with the condition (lr19, D3), and so does `treaty-registration-none`, which reads the same facts the same way. Entente reads the header\'s dates of signature and consent, the same for every Party: a Party\'s later accession is not examined. On a concluded text the message names as bound only the Parties known to have been Members when they entered into it: their State\'s date of admission read in an official list (the Yearbook of the United Nations rosters of 1968, 1971 and 1974; the UN\'s list of Member States; press release GA/10041 for Switzerland), or, for the Republic of Korea (17 September 1991) and Mozambique (16 September 1975), in secondary sources that agree, none of them an official list (data/un-admissions.ts; r109 D3, r110 D3) and the header dating their consent after the day of admission (a signature after it does: consent is given by the signature or after it, VCLT Arts. 12, 14; the NL–Mozambique Agreement signed at Maputo in 1984, r110 D3); a signature on that day itself may have been given before the admission that day, so the condition is stated, with the day (treaty lawyer lr28, D7: the General Assembly admitted the Republic of Korea on 17 September 1991, the first day of its session). It says that Art. 102 does not bind a Party whose consent the header dates before its State\'s admission (the Benelux–Korea visa Agreement, signed at Seoul on 28 April 1970, the Republic of Korea admitted on 17 September 1991), states the condition for every other Party, and raises nothing where no Party was a Member then (eighty-fourth run, defect 2). Where no Party is known to have been a Member then, the note opens with the condition, not with the duty (lr19, D9). On a draft the Members of today are named: they will enter into it as Members. A Party for a territory is the State that enters into treaties for it, and Art. 102 binds that State (hundred-and-fifteenth run, defect 1): "The Kingdom of the Netherlands, in respect of Aruba" (`jurisdiction AW`; so too Curaçao, Sint Maarten, the Caribbean Netherlands, and the Netherlands Antilles, `ANHH`) is the Kingdom, whose foreign relations are its own affair (Charter for the Kingdom of the Netherlands Arts. 1, 3(1)(b), 25(1)); the Governments of the Faroes and of Greenland conclude "on behalf of the Kingdom of Denmark" (NL(Aruba)–Faroes and NL(Aruba)–Greenland TIEAs of 2009, preambles); the message names the Party with that State (data/realms.ts). The French territories are not linked: how their treaties are made was not read. An aeronautical agreement that names the Convention on International Civil Aviation is told of that Convention\'s own registration: "Subject to the provisions of the preceding Article, any contracting State may make arrangements not inconsistent with the provisions of this Convention. Any such arrangement shall be forthwith registered with the Council, which shall make it public as soon as possible" (Chicago Convention Art. 83; NL–Norway air services 1962, Art. 2(3); ninety-second run, defect 2). Art. 83 stands in Chapter XVII, "Other aeronautical agreements and arrangements", beside the registration of the "aeronautical agreements" existing in 1944 (Art. 81) and the abrogation of inconsistent ones (Art. 82): it reaches aeronautical arrangements, not every treaty of a contracting State nor every text that names the Convention (lr21, D2). So the sentence is added only where the title makes the text an aeronautical agreement (air services, air transport, aviation, airlines, aircraft, airports) or its clauses make air services the instrument\'s object (traffic rights, the designation or operating authorisation of airlines), not "air transport" named among protected sectors (treaty lawyer lr22, D1), and it states the condition that a Party is a contracting State, which the checker does not know; a cyber agreement that keeps the Convention\'s obligations unaffected is not told of it.',
  source: `${REGISTRATION_SOURCE}; VCLT Arts. 2(1)(b), 14(1), 77(1)(g), 80(2) (read: Dutch treaty series BWBV0003441); Convention on International Civil Aviation (Chicago, 1944) Chapter XVII, Arts. 81–83 (read: BWBV0005507); dates of admission to the United Nations: Yearbook of the United Nations 1968, 1971 (Oman) and 1974, Appendix I, Roster of the United Nations (read: docslib.org copies), the UN list "United Nations Member States", p. 6 (read: Wikisource transcription), press release GA/10041 of 10 September 2002 (read: press.un.org); for the Republic of Korea and Mozambique, secondary sources: "Korea and the United Nations" (English Wikipedia, read in copies), filaw.com's list of Member States, a UPI report of 18 September 1991, nationsencyclopedia.com, US Mission cable USUN 3710 of 19 August 1975, and the Yearbook rosters as at 31 December 1975 and 1976 (read: vdocuments.net, docslib.org copies)`,
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Agreement" {\n  effect on signature\n}\n',
    fix: 'treaty "Agreement" {\n  effect on signature\n  registration article-102\n}\n',
  },
  topic: 'registration',
  // Not where every signatory is known to be outside the UN, or to have been when it entered into the
  // treaty: Art. 102 does not reach them (eighty-fourth run, defect 2). Nor to a treaty the header
  // shows was consented to before the Charter came into force (Art. 102(1): "after the present
  // Charter comes into force"; Art. 110(3); lr17, D1; lr18, D4; lr19, D3). The same test as
  // treaty-registration-none's (support/un-membership-then.ts).
  applies: (model) => isTreaty(model) && !outsideArticle102(model),
  // A depositary registers: "registering the treaty with the Secretariat of the United Nations"
  // is among its functions, and "the designation of a depositary shall constitute authorization
  // for it" to transmit the treaty for registration (VCLT Arts. 77(1)(g), 80(2); seventeenth run:
  // the Budapest Convention and fourteen other multilateral texts were asked for a clause).
  stated: (instrument) => instrument.registration !== undefined || instrument.depositary !== undefined,
  // Between Member States' authorities under a Union act, whether Art. 102 reaches the arrangement is
  // open (thirtieth run, item 4): a fix would commit the parties to register it; the message asks.
  // Not for a treaty by its form (ninety-ninth run, defect 1; support/union-act-registration.ts).
  headerStatement: (model) => (registrationLeftOpen(model) ? undefined : 'registration article-102'),
  libraryFits: (model, instrument) => !registrationLeftOpen(model) && registrationClauseFits(model, instrument),
  // The United Nations, a party, registers ex officio, which relieves the other parties (Regulations
  // Arts. 4(1)(a), 3(2)): the message says a clause "may" say so, and a profile that raised it to
  // a warning would ask for something nobody has to do (forty-sixth run, item 5).
  // On a concluded text nothing is missing either: Art. 102(1) binds each Member directly, and the
  // remedy, if the treaty is unregistered, is to register it, not to amend it (lr15, D2).
  profileCeiling: (model) => (model.signatories.some(isTheUnitedNations) || concludedText(model.ast) ? 'info' : undefined),
  findingCeilings: [
    { severity: 'info', where: 'where the United Nations is a party (it registers ex officio, Regulations Art. 4(1)(a))' },
    { severity: 'info', where: 'on a concluded text (the duty to register is the Charter\'s, Art. 102(1), and needs no clause)' },
  ],
  onConcludedText: registrationOnConcludedText,
  describe: (model, instrument) => {
    const { members } = unMembership(model);
    if (members.length > 0 && registrationLeftOpen(model)) {
      return `Say whether and by whom the instrument will be registered with the UN Secretariat: ${memberStates(model, members, 'a UN Member', 'present', true)}, so Art. 102 of the UN Charter asks it of every international agreement they enter into; this one is made between Member States under an act of Union law, and whether it is such an agreement or an arrangement under Union law alone is for the parties to settle (no fix is offered: \`registration article-102\` would commit them to register it).`;
    }
    const who = registrationBinds(model);
    // The United Nations registers ex officio an agreement to which it is a party, and that
    // relieves the other parties (Regulations Arts. 4(1)(a), 3(2); forty-fifth run, point 3).
    const un = model.signatories.find(isTheUnitedNations);
    const exOfficio = un ? ` The United Nations (${un.id}) is a Party, and registers it ex officio (Regulations to give effect to Art. 102, Art. 4(1)(a)), which relieves the other Parties (Art. 3(2)): a clause may say so.` : '';
    // Regulations Art. 1(2), second sentence (as amended): a provisionally applied treaty may be registered before it is in force.
    const provisional = registrationWhileProvisional(instrument.provisionalApplication, concludedText(model.ast) !== undefined);
    // A signed treaty that entered into force on signature is in force already: "once in force"
    // would misdate it (NL–CTA seat Agreement 1984, Art. 22(1); thirty-third run, point 7).
    const add = ' Add `registration article-102` to the header, or a clause naming the Party (or the depositary) that registers it.';
    // A concluded text is not asked how it "will be registered … once in force": it says nothing of
    // registration, and the duty is the Parties' once it is in force (sixty-second run, D4: a
    // text signed in 1990). One in force on signature is in force already (thirty-third run, point 7).
    if (concludedText(model.ast)) {
      const when = instrument.effect?.event?.value === 'signature' ? 'it is to be registered with the UN Secretariat (it entered into force on signature)' : 'registration with the UN Secretariat falls to the Parties once it is in force';
      // No Party known to have been a Member when it entered into it: the duty is only conditional,
      // and the message does not open by stating it (lr19, D9).
      const known = unMembershipWhenEntered(model).members.length > 0;
      // No clause can be added to a signed text, and `registration article-102` would declare words
      // it does not have: only words not yet declared are asked for (lr14, D5).
      const relieves = un ? '' : ' Registration by any one Party, or by a depositary, relieves the others (Regulations to give effect to Art. 102, Art. 3(1)).';
      const declare = ` If the text names who registers it, in words the transcription has not declared, declare them (\`registration article-102\`).${relieves}`;
      if (!known) return `The text does not say who registers the treaty; if a Party was a UN Member when it entered into it, ${when}.${who.replace(' If any Party was a UN Member when it entered into the treaty, Art. 102 of the UN Charter requires it.', '')}${exOfficio}${provisional}${icaoRegistration(model)}${declare}`;
      return `The text does not say who registers the treaty; ${when}:${who.replace(/^ If/, ' if')}${exOfficio}${provisional}${icaoRegistration(model)}${declare}`;
    }
    return `Say how the treaty will be registered with the UN Secretariat once in force:${who}${exOfficio}${provisional}${icaoRegistration(model)}${add}`;
  },
});

/**
 * `status non-binding unstated`: the status is the reader's judgement and the text says nothing
 * of it, so the export writes no status paragraph (grammar/README.md). The declared value is what
 * every other check reads; this one asks what the text says, and the text is silent.
 */
function statusUnstated(instrument: Instrument): StatusClause | undefined {
  return instrument.items.find((i): i is StatusClause => i.type === 'Status' && i.stated?.value === 'unstated');
}

export const missingNonBindingStatement = instrumentLevelRule({
  code: 'missing-non-binding-statement',
  catalogueId: 'MC11',
  defaultSeverity: 'warning',
  message: 'State that the memorandum is not legally binding: add `status non-binding` to the header (the export then writes the status paragraph), or a clause on its status.',
  rationale:
    'The title does not decide whether an instrument binds: the wording and the intent do. US practice asks that "both/all sides should confirm their understanding that the instrument does not give rise to binding obligations under international law", which in a signed document means in its text. `status non-binding` satisfies this check because the export renders it as the status paragraph of the approved library clause `non-binding-status/mou` ("… It is not intended to be legally binding and does not create any legally binding commitment under international or domestic law."); a clause on the status does too. `status non-binding unstated` does not: it records that the text is silent and non-binding is the reader\'s judgement, and the export writes no status paragraph, so the text confirms nothing. A draft is offered to remove `unstated`; a concluded text (DE–NL 2015, Guernsey–NL 2008, Brawijaya–Wageningen 1979, CZ–NL 2015) is reported without a fix, the point being for the next instrument. A memorandum whose text also shows signals of a treaty ("shall", Parties, ratification…) is not presumed an MoU at all: it gets `undeclared-status`, which lists the signals both ways, instead of this check.',
  source:
    'US Department of State, Office of the Legal Adviser, Guidance on Non-Binding Documents (read: archived state.gov/s/l/treaty/guidance, 2008); DFAT, Australia’s practice for concluding less-than-treaty status instruments (read: dfat.gov.au, opening sections)',
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" {\n  effect on signature\n}\n',
    fix: 'memorandum "MoU" {\n  status non-binding\n  effect on signature\n}\n',
  },
  topic: 'non-binding-status',
  // A memorandum presumed an MoU (model.legalNature: nothing in its text points to a treaty) that
  // does not state its status, or whose header says the text is silent on it (`unstated`); one
  // whose text does point to a treaty gets `undeclared-status`.
  applies: (model, instrument) => model.legalNature === 'mou' && (instrument.status === undefined || statusUnstated(instrument) !== undefined),
  stated: (instrument) => instrument.status !== undefined && statusUnstated(instrument) === undefined,
  headerStatement: () => 'status non-binding',
  describe: (model, instrument) => {
    if (!statusUnstated(instrument)) return undefined;
    // A signed text cannot be given the paragraph: its status rests on its words and circumstances,
    // and the advice is for the next instrument (the analysis adds that it is concluded).
    return concludedText(model.ast)
      ? 'The signed text does not say that it is not legally binding: `status non-binding unstated` records a reading of its wording and circumstances, which are all its status rests on.'
      : 'The text does not say that it is not legally binding: `status non-binding unstated` records a reading, and the export writes no status paragraph. Remove `unstated` (the export then writes it), or add a clause on its status.';
  },
  ownFix: (_model, instrument) => {
    const status = statusUnstated(instrument);
    if (!status?.stated || !status.value) return undefined;
    // From the end of the value to the end of `unstated`: the space before it goes with it.
    return {
      title: 'State the status in the text: remove `unstated` (the export then writes the status paragraph)',
      edits: [{ range: { start: status.value.range.end, end: status.stated.range.end }, newText: '' }],
      effect: 'legal',
    };
  },
});

export const treatyClauseRules = [
  missingDepositary,
  missingConsentToBeBound,
  missingReservationsClause,
  missingLanguageClause,
  missingRegistration,
  missingNonBindingStatement,
];
