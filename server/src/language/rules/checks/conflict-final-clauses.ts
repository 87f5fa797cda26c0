/**
 * Final clauses that contradict each other or the instrument's type: reservations and a depositary
 * in a bilateral treaty, consent against entry into force, amendment against consent, the
 * language clause (CF07, CF08, CF09, CF22, CF23), and `registration none` on a treaty of a UN
 * Member (the conflicting half of MC10; its own file, treaty-registration-none.ts, beside the
 * reading of Art. 102 it shares with `missing-registration`). A multilateral treaty without a depositary (the
 * other half of CF08) is a missing clause: `missing-depositary` (MC06) reports it.
 */
import type { Name } from '../../ast/nodes';
import type { Range } from '../../ast/positions';
import type { SemanticModel } from '../../model/semantic-model';
import { removeListItem, removeStatementEdit } from '../support/conflict-edits';
import { namedPartyRemedy, signatureAmongAlternatives, signatureRemedy } from '../support/signature-remedy';
import { removalFixes } from '../support/ordinary-helpers';
import { defineRule, type CodeFix } from '../rule';
import { consentLaw, viennaCitation, VIENNA_1986_SOURCE } from '../support/vienna-convention';
import { consentForms } from '../support/tacit-acceptance';
import { tacitTracks, tacitTracksMessage } from '../support/tacit-tracks';
import { organTrackMessage, organTracks, organTrackProvisions } from '../support/organ-tracks';
import { shareBindsAll, shareBindsAllMessage } from '../support/share-binds-all';
import { amendmentAwaitsOwnProcedures } from '../support/amendment-own-procedures';
import { singleSpaced } from '../../util/single-spaced';
import { treatyRegistrationNone } from './treaty-registration-none';
import { provisionalOnlyPermitted } from '../support/provisional-application';
import { concludedText } from '../../model/conclusion';
import { consentLists } from '../../ast/consent-lists';
import { bilateralTreatyDepositary } from './bilateral-treaty-depositary';

/** VCLT Art. 14: ratification, acceptance and approval are the consents that follow signature. */
const laterConsent = /^(?:ratif|approv|accept)/i;

function laterConsentMeans(model: SemanticModel): readonly Name[] {
  return (model.ast.instrument?.consent?.means ?? []).filter((m) => laterConsent.test(m.text));
}

export const bilateralTreatyReservations = defineRule({
  code: 'bilateral-treaty-reservations',
  catalogueId: 'CF07',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'A bilateral treaty takes no reservations: delete the reservations clause and settle the point in the text.',
  rationale:
    'A "reservation" to a bilateral treaty is in substance a proposal to amend it, a new offer the other party must accept: between two parties any modification needs the other\'s agreement (VCLT Arts. 39, 11), and the VCLT\'s reservations regime (Arts. 19–23) works on multilateral treaties. A clause permitting reservations has nothing to work on; the practice is to delete it, not to write that none are permitted. (ILC Guide to Practice 1.6.1 states the bilateral point; its text was not read, so that authority is not confirmed.)',
  source: 'VCLT Arts. 2(1)(d), 11, 20(2), 39 (read: Dutch treaty series BWBV0003441); ILC Guide to Practice on Reservations to Treaties (2011), guideline 1.6.1 (not read)',
  sourceStatus: 'unconfirmed',
  example: {
    trigger: 'treaty "Treaty" {\n  status binding\n  reservations permitted\n}\nparty EE "Estonia"\nparty FI "Finland"\n',
    fix: 'treaty "Treaty" {\n  status binding\n}\nparty EE "Estonia"\nparty FI "Finland"\n',
  },
  check({ model, report }) {
    const reservations = model.ast.instrument?.reservations;
    if (model.legalNature !== 'treaty' || !model.isBilateral || !reservations?.value) return;
    const value = reservations.value;
    const text = 'multiline' in value ? value.value.trim() : value.text;
    // `reservations none` says nothing the bilateral form does not already imply: harmless.
    if (/^none$/i.test(text)) return;
    report({
      range: value.range,
      message: 'A reservation to a bilateral treaty is a new offer to negotiate, not a reservation: delete the reservations clause and settle the point in the text.',
      fixes: removalFixes(removeStatementEdit(model, reservations), 'Delete the reservations statement (no reservations to this bilateral treaty)', { preferred: true }),
    });
  },
});

/** A clause that applies the treaty provisionally pending ratification (VCLT Art. 25). */
const provisionalApplication = /\bprovisional(?:ly)?\s+appl(?:y|ied|ies|ication)\b|\bappl(?:y|ied|ies)\s+provisionally\b/i;

export const signatureAndRatification = defineRule({
  code: 'signature-and-ratification',
  catalogueId: 'CF09',
  family: 'conflict',
  defaultSeverity: 'error',
  message: 'Choose one: entry into force on signature, or signature subject to ratification; to apply the treaty from signature pending ratification, state `provisional application on signature` and let it enter into force after ratification.',
  rationale:
    'Consent by definitive signature binds on signature; signature subject to ratification binds only once ratified (VCLT Arts. 12(1), 14(1)). A treaty that enters into force on signature yet needs ratification states two contradictory consent mechanisms. The legitimate way to apply a treaty from signature while ratification is pending is provisional application (VCLT Art. 25: "A treaty or a part of a treaty is applied provisionally pending its entry into force if: (a) the treaty itself so provides"), as in the Netherlands–US agreement of 2012, Art. 20(2) ("shall be applied provisionally upon signature"). Written `provisional application on signature`, it leaves entry into force to follow ratification: the check then reports only an entry into force still stated on signature, which provisional application does not need. A clause providing for provisional application, with no header statement, is taken as that intent and not reported.',
  source: 'VCLT Arts. 12(1), 14(1), 25 (read: Dutch treaty series BWBV0003441); Netherlands–US Agreement on science and technology cooperation (2012) Art. 20 (read: BWBV0006073); ' + VIENNA_1986_SOURCE,
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Treaty" {\n  status binding\n  effect on signature\n  consent by ratification\n}\n',
    fix: 'treaty "Treaty" {\n  status binding\n  effect after last ratification\n  consent by ratification\n}\n',
  },
  check({ model, report }) {
    const header = model.ast.instrument;
    const effect = header?.effect;
    // A non-binding MoU has no consent to be bound to reconcile: mou-treaty-procedure reports its
    // ratification, approval or acceptance, and provisional application is itself a treaty procedure.
    if (!header || effect?.event?.value !== 'signature' || model.legalNature === 'mou') return;
    const provisional = header.provisionalApplication;
    if (!provisional && model.ast.clauses.some((clause) => provisionalApplication.test(model.clauseText(clause) ?? ''))) return;
    // Each list of alternatives on its own: `ratification for NL, signature for US` binds the United
    // States on signature, the Netherlands only on ratification (ast/consent-lists.ts).
    for (const { means, party } of consentLists(header.consent)) {
      means.forEach((m, index) => {
        if (!laterConsent.test(m.text)) return;
        const later = party ? `${party.text}'s consent is by ${m.text}` : `consent is also by ${m.text}`;
        const remedy = party
          ? `let it enter into force once each Party has consented (\`effect after last consent-to-be-bound\`), or let ${party.text} consent by signature`
          : `let it ${provisional ? 'enter into force' : 'take effect'} after the last ${m.text}${provisional ? ' (provisional application covers the time before)' : ''}, or drop ${m.text}`;
        report({
          range: m.range,
          message: provisional
            ? `The treaty ${provisionalOnlyPermitted(provisional) ? 'may be' : 'is'} applied provisionally from signature and ${later}, yet it also enters into force on signature: ${remedy}.`
            : `The instrument takes effect on signature but ${later}: ${remedy}; if it is to apply from signature pending ${m.text}, state \`provisional application on signature\` (${viennaCitation(model, 'Art. 25')}).`,
          related: [
            { uri: model.uri, range: effect.event!.range, message: 'It takes effect on signature here.' },
            ...(provisional ? [{ uri: model.uri, range: provisional.keyword, message: 'Provisional application pending entry into force.' }] : []),
          ],
          fixes: signatureAndRatificationFixes(model, effect.range, means, m, index, party !== undefined),
        });
      });
    }
  },
});

/**
 * `consent by signature, ratification` with an entry into force that counts only ratifications
 * (hundredth run, defect 1). The list means alternatives: the export says consent "shall be expressed
 * by signature or ratification", so signature binds on its own (VCLT Art. 12(1)(a)), yet a State so
 * bound never counts towards entry into force. The NATO Ottawa Agreement 1951 "shall be open for
 * signature … and shall be subject to ratification" (Art. 26(1)): signature there is no consent. Not
 * where the entry into force counts every consent (`consent-to-be-bound`), or signature, nor a
 * notification, which may be of internal procedures after a binding signature (Art. 24(1)).
 */
export const signatureNotCounted = defineRule({
  code: 'signature-not-counted',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: '`consent by` lists signature, but the entry into force counts only another act: drop signature if it is subject to that act, or count every consent (`consent-to-be-bound`).',
  rationale:
    'The means of consent in `consent by` are alternatives: `consent by signature, ratification` says that a State consents to be bound by signature or by ratification (VCLT Art. 11: "The consent of a State to be bound by a treaty may be expressed by signature, exchange of instruments constituting a treaty, ratification, acceptance, approval or accession"), and the export writes "shall be expressed by signature or ratification". Signature then binds where "the treaty provides that signature shall have that effect" (Art. 12(1)(a)). A treaty that is signed subject to ratification is consented to by ratification only (Art. 14(1)(a), (c)): the NATO Ottawa Agreement of 1951 "shall be open for signature by Member States of the Organisation and shall be subject to ratification" (Art. 26(1)), and enters into force on the deposit of six instruments of ratification (Art. 26(2)); declared `consent by signature, ratification`, its export said consent may be expressed by signature, and nothing warned (hundredth run, defect 1). The check reports a `consent by` that lists signature beside an entry into force that counts only ratifications, acceptances or approvals: either signature is subject to that act, and it is dropped (`consent by ratification`) — or, where the list does not have that act, replaced by it (`consent by signature, accession` becomes `consent by ratification, accession`: dropping signature would leave a signatory no means of consent, accession being for the States the treaty opens it to, Art. 15; lr24, D3) — or a State may be bound by signature alone, and the entry into force counts every consent (`effect … after last consent-to-be-bound`, as the Budapest Convention counts States that "have expressed their consent to be bound … in accordance with the provisions of paragraphs 1 and 2", Art. 36(3)). It is silent where the entry into force counts every consent or signature, and where it counts notifications, which may follow a binding signature (an entry into force "upon such date as it may provide", Art. 24(1)). Where the entry into force turns on one named Party\'s act (`effect after ratification by NL`; the Netherlands–United States cemeteries Agreement 1970 enters into force on the Netherlands\' notification alone, Art. VII, read: BWBV0004383) only that Party\'s list, or the list for every Party, is read: another Party\'s signature beside its ratification is no consent the entry into force leaves out, since it counts none of that Party\'s acts; and where one list serves every Party the finding advises a list per Party, the named Party\'s without signature, and offers no edit of the shared list, which would take signature from the other Party too. Its other remedy, if that Party may be bound by signature alone, keeps the Party named (`after consent-to-be-bound by NL`): counting every Party\'s consent instead would make the treaty wait for the others\' acts too, rewriting the provision by which "A treaty enters into force in such manner and upon such date as it may provide" (Art. 24(1); lr26, D1). A warning on a draft; on a concluded text a note under every profile, since the header is the transcription\'s reading and only it is to be checked against the text.',
  source: 'VCLT Arts. 11, 12(1), 14(1), 15, 24(1) (read: Dutch treaty series BWBV0003441); Agreement on the status of the North Atlantic Treaty Organisation, national representatives and international staff (Ottawa, 1951) Art. 26 (read: BWBV0005129); Budapest Convention Art. 36 (read: BWBV0001839); Netherlands–United States Agreement concerning American Military Cemeteries (1970) Art. VII (read: BWBV0004383)',
  sourceStatus: 'verified',
  findingCeilings: [{ severity: 'info', where: 'on a concluded text (the header is the transcription\'s reading, to be checked against the text)' }],
  example: {
    trigger: 'treaty "Agreement" {\n  status binding\n  consent by signature, ratification\n  effect after last ratification by 6 States\n}\n',
    fix: 'treaty "Agreement" {\n  status binding\n  consent by ratification\n  effect after last ratification by 6 States\n}\n',
  },
  check({ model, report }) {
    const header = model.ast.instrument;
    const event = header?.effect?.event;
    // Signature among alternatives, in the list of the Party whose act the entry into force counts
    // where it names one (signature-remedy.ts).
    const notifier = header?.effect?.notifier;
    const list = signatureAmongAlternatives(consentLists(header?.consent), notifier);
    const means = list?.means ?? [];
    const index = means.findIndex((m) => /^signature$/i.test(m.text));
    if (!header || !event?.value || index < 0 || model.legalNature === 'mou' || !laterConsent.test(event.value)) return;
    const acts = notifier ? `${notifier.text}'s ${event.value}` : `${event.value}s`;
    const concluded = concludedText(model.ast) !== undefined;
    // One list for every Party beside one named Party's act: no edit of the list, which is every Party's.
    const others = model.ast.parties.flatMap((p) => (p.id && p.id.text !== notifier?.text ? [p.id.text] : []));
    const remedy = notifier && !list?.party ? namedPartyRemedy(means, index, event.value, notifier, others) : signatureRemedy(means, index, event.value, notifier);
    const who = notifier ? notifier.text : 'a State';
    // The act only is replaced, its Party kept: "after ratification by NL" → "after consent-to-be-bound by
    // NL". Counting every Party's consent would make the treaty wait for the others too (lr26, D1).
    const counted = { range: event.range, newText: 'consent-to-be-bound' };
    const countedTitle = notifier ? `Count ${notifier.text}'s consent by any means, signature included, for entry into force` : 'Count every consent, signature included, for entry into force';
    report({
      range: means[index].range,
      message: concluded
        ? `The header lists signature among the means of consent${notifier && list?.party ? ` of ${notifier.text}` : ''}, but the entry into force counts only ${acts}: the list means alternatives, signature binding on its own (${viennaCitation(model, 'Arts. 11, 12(1)')}). Check it against the text: ${remedy.concluded}`
        : `\`consent by\` lists signature${notifier && list?.party ? ` for ${notifier.text}` : ''}, but the entry into force counts only ${acts}: the list means alternatives, so the text says ${who} may consent by signature alone (${viennaCitation(model, 'Arts. 11, 12(1)')}), and ${notifier ? 'the treaty would then never enter into force' : 'such a State would never count'}. ${remedy.draft}`,
      related: [{ uri: model.uri, range: event.range, message: `Entry into force counts only ${acts} here.` }],
      fixes: [
        ...(remedy.fix ? [remedy.fix] : []),
        { title: countedTitle, edits: [counted], effect: 'legal' },
      ],
      profileCeiling: concluded ? 'info' : undefined,
    });
  },
});

/**
 * The remedies for `effect on signature` beside a later means of consent, each keeping what the
 * text states (quick-fix review, item 9). Where signature is itself one of the means ("consent by
 * signature, ratification, acceptance"), the text gives each State a choice: it is bound on
 * signature, or on ratification if it signs subject to it, and enters into force for each as it
 * consents ("upon its signature or, if it is signed subject to ratification or acceptance, on the
 * date of the deposit", Philae Agreement 1970, Art. V): `effect after consent-to-be-bound` says
 * exactly that. Dropping a means would take a way of consenting away from the States (VCLT Arts.
 * 11, 14(1)), and entry into force after the "last" ratification would postpone it for everyone
 * to an act an open treaty never has (Art. 24). Otherwise the two really conflict: a bilateral or
 * closed treaty enters into force after the last such act, or consents without it; a multilateral
 * one enters into force for each State on its own consent.
 */
function signatureAndRatificationFixes(model: SemanticModel, effectRange: Range, means: readonly Name[], m: Name, index: number, oneParty: boolean): CodeFix[] {
  const onConsent: CodeFix = model.isMultilateral
    ? {
        title: 'Enter into force for each Party on its own consent to be bound (signature, or the later act where it signs subject to it)',
        edits: [{ range: effectRange, newText: 'effect after consent-to-be-bound' }],
        effect: 'legal',
      }
    : {
        title: "Enter into force on the later Party's consent to be bound (signature, or the later act where it signs subject to it)",
        edits: [{ range: effectRange, newText: 'effect after last consent-to-be-bound' }],
        effect: 'legal',
      };
  // One Party's means (`ratification for NL, signature for US`): "after the last ratification" would wait for an act the other never performs.
  if (means.some((other) => /^signature$/i.test(other.text)) || model.isMultilateral || oneParty) return [onConsent];
  const remove = removeListItem(means, index);
  return [
    { title: `Enter into force after the last ${m.text}, not on signature`, edits: [{ range: effectRange, newText: `effect after last ${m.text}` }], effect: 'legal' },
    ...(remove ? [{ title: `Consent to be bound without ${m.text}`, edits: [remove], effect: 'legal' as const }] : []),
  ];
}

const byDecision = /decision|notes|letters|written|exchange|arrangement/i;

/**
 * An amendment adopted by an organ or a meeting ("adoption by the Committee of Ministers",
 * "adopted at a meeting of the Parties by consensus") binds the Parties without their own consent
 * unless a further step follows: ETS 156 Art. 33 has the Committee of Ministers "adopt the
 * amendment" (para. 3) and then forwards it "to the Parties for acceptance" (paras. 4–5), and
 * MARSAMCAR Art. 33 in force only after "instruments of acceptance or approval from all of the
 * Parties" (para. 3; thirty-fourth run). Without that step the adoption is the whole procedure. An
 * adoption "laid down in an instrument open to signature", in force after consent to be bound
 * (IAEA Assistance Convention 1986, Art. 16), has the step in other words.
 */
function adoptedByAnOrgan(procedure: string): boolean {
  return /\badopt/i.test(procedure) && !/consent|instrument|signature/i.test(procedure);
}

/**
 * CF22, re-worded as what it is: advice. The VCLT lets the parties amend "by agreement" in any
 * form the treaty allows (Art. 39); whether an amendment needs parliamentary approval is a matter
 * of each party's constitution and of the amendment's subject, and simplified amendment (of
 * technical annexes by a joint body, say) is common and lawful. The check only asks the drafter to
 * make sure the simpler procedure was meant.
 */
export const treatyAmendmentByDecision = defineRule({
  code: 'treaty-amendment-by-decision',
  catalogueId: 'CF22',
  family: 'conflict',
  defaultSeverity: 'info',
  message: 'The treaty needs a Party\'s consent to be bound (ratification, acceptance, approval or signature) but may be amended by a simpler procedure: check that each Party\'s constitutional law allows amendments in that form, or make them subject to the same procedure.',
  rationale:
    'A treaty "may be amended by agreement between the parties", and the rules on concluding treaties apply to that agreement "except in so far as the treaty may otherwise provide" (VCLT Art. 39): a treaty may lawfully provide for amendment by written decision, an exchange of notes or a joint body, and it is common for technical annexes. An exchange of notes that takes effect only once each Party has completed its own procedures is not such a procedure, and is not reported: an amendment by exchange of diplomatic notes "shall take effect on the date on which the two Governments have notified each other in writing that the required procedures have been fulfilled", the formula by which the same Agreement "shall come into force" (Netherlands–India Technical Cooperation Agreement 1983, Art. 8), or "Amendments shall take effect on the date on which the two Governments have given each other written notification that the legally required procedures have been fulfilled" (Netherlands–Bhutan sustainable development Agreement 1994, Art. VII(5)): each Party\'s notification is its own act, and its constitution decides what procedures it requires; the header\'s words (`after constitutional procedures`) or every sentence of a clause tagged `about amendment` that amends in the header\'s form must say so, so that a track that amends another part without that act keeps the note (hundred-and-sixth run, defect 1). Adoption by an organ or a meeting of the Parties counts as such a procedure unless the text adds an acceptance, approval or ratification by the Parties, or lays the amendment down in an instrument for their consent: the Committee of Ministers "may adopt the amendment", which is then "forwarded to the Parties for acceptance" and comes into force once "all the Parties have informed the Secretary General of their acceptance" (ETS 156, Art. 33(3)–(5)); an amendment "adopted at a meeting of the Parties by consensus" enters into force on "instruments of acceptance or approval from all of the Parties" (San José Agreement 2003, Art. 33(2)–(3)); neither is reported, and either would be without its acceptance step (thirty-fourth run). Tacit acceptance is such a procedure too, even beside a track that needs ratification: amendments to Annex I "shall become effective for those Parties to this Convention which have not submitted a notification" that they are unable to approve them (Helsinki Industrial Accidents Convention 1992, Art. 26(4)(b)–(c), while other amendments are submitted "for ratification, acceptance or approval", Art. 26(3)); an amendment to the Appendix enters into force "for those Parties which have not notified an objection" (CETS 198, Art. 54(7)–(9)); an amendment to which no objection is stated "shall be deemed to have been accepted" (ATP 1970, Art. 18(5)); a change to the Annexes "shall be considered approved if no State Party objects to it within 90 days" and then "shall enter into force for all States Parties" (CWC 1993, Art. XV(5)(d), (g), while amendments to the Convention enter into force "for all States Parties" once ratified or accepted by "all those States Parties casting a positive vote", Art. XV(3); forty-third run); an amendment to an appendix "shall be deemed to have been accepted … unless within that period an objection is communicated to the Secretary-General by not less than one third of the Parties" and enters into force "with respect to all Parties with the exception of those which … have objected to it" (OPRC 1990, Art. 14(2)(f)(ii), (g)(ii); OPRC-HNS Protocol 2000, Art. 12(2)(f)(ii), (g)(ii)): the message then says that the amendment is deemed accepted unless the share the text names objects within the period, and binds every Party that has not objected before it enters into force, never that it binds every Party, since a single objection does not stop it; each binds a Party that has done nothing, and the note is raised on that track (thirty-sixth run). The texts write the opt-out and the share in their own formulas too: Annex amendments enter into force for each Party \"100 days after the date of their adoption … except for those Contracting Parties which before the end of the 100 days make a declaration that they are not able to accept the amendment\" (London Protocol 1996, Art. 22(4)); a revision enters into force \"for all Contracting Governments except those, which, before its entry into force, make a declaration that they do not accept\" it (FAL 1965, Art. IX); an Annex amendment enters into force \"unless within 12 months … at least one third of Contracting Governments have notified the Secretary-General in writing that they do not accept the proposal\", and those that do not accept \"are not bound\" (Art. VII(2)(b), (d)). Who is bound is said by the mechanism: under an individual opt-out, each Party that has not objected, whatever the others do; under a share, every Party that has not objected unless the share objects; under a veto (\"if no State Party objects\"), every Party; where the words name none of these, only that a Party that has done nothing is bound (fifty-first run). Whether an amendment of a ratified treaty needs parliamentary approval again is a question of each party\'s constitutional law and of what the amendment changes, not of international law. Where the treaty needs ratification and its amendments do not, this note asks the drafter to confirm that the simpler procedure was meant and is available to every party. The message states the header\'s own forms of consent to be bound, never that the treaty is subject to ratification where signature alone, acceptance or accession may bind (FAL 1965 Art. X: \"signature without reservation as to acceptance\", acceptance, accession); it names the part the tacit track covers where the header names one (FAL\'s annex, Art. VII(2)(b); the London Protocol\'s Annexes, Art. 22(4); CETS 198\'s appendix and Art. 13, Art. 54(6)–(9)) and, where the header names another procedure too, says so and leaves which procedure amends the other provisions to the amendment clause it cites, since a summary may name one tacit track of several (MARPOL 1973 Art. 16(2)(f)(ii)–(iv): amendments to an Annex and to Protocol I are "deemed to have been accepted" by the Appendix procedure too, unless the appropriate body determines otherwise; sixty-fifth run, item 3); and it cites the header\'s summary of the procedure without quotation marks, since those are not the treaty\'s words (treaty lawyer lr9, defects 1–3). The procedure is read track by track (", and changes …", ", and, for the Convention, …"), and every tacit track is named with what it covers in the header\'s words: the CTBT\'s changes "related only to matters of an administrative or technical nature" to Parts I and III of the Protocol and Annexes 1 and 2 (Art. VII(7)), whose substantive amendments follow Art. VII(1)–(6), so that the message says that other amendments, of those parts or of other provisions, are made by the other procedure; a qualifier of nature written after the part is the change\'s, not the part\'s (CWC Art. XV(4): "if proposed changes are related only to matters of an administrative or technical nature"); FAL\'s annex track (Art. VII(2)) and Convention track (Art. IX, in force "for all Contracting Governments except those, which … make a declaration that they do not accept"), with no other procedure to point to; "the other Annexes" resolved against the part the header names before ("an Annex other than Annex 3", London Protocol Art. 22(4), (7)). A route that follows the tacit one in the same track and names a decision ("or by decision of the Conference", CTBT Art. VII(8)(e); "or by a conference … adopting it by a two-thirds majority", FAL Art. VII(3)) is named in the header\'s words; that it binds an objecting Party is said only where those words say so ("entering into force for all States Parties", CTBT Art. VII(8)(g), CWC Art. XV(5)(g)), and otherwise the message says that the header does not say whom it binds; where the text has clauses tagged `about amendment`, the message names the one whose words amend the part the track covers ("amendments to the Annexes", London Protocol Art. 22; "revision or amendment of the present Convention", FAL Art. IX), else all of them (treaty lawyer lr10, defects 1–4). Whom the other procedure binds is said where the header says it: amendments "enter into force for all States Parties" after ratification or acceptance "by all those States Parties casting a positive vote" (CTBT Art. VII(6); CWC Art. XV(3)) bind a State that abstained or was absent without its ratifying, and the message says so; a tacit track opened by an organ\'s recommendation ("If the Executive Council recommends to all States Parties that the proposal be adopted, it shall be considered approved …", CTBT Art. VII(8)(d), CWC Art. XV(5)(d)) runs only where that organ recommends adoption; and where the track lets the conference decide that a Government declaring non-acceptance "shall … cease to be a Party" (FAL Art. IX), the message says it (treaty lawyer lr11, defects 1–3). Where two tracks are written in one sentence, the tacit one is read in its own words and its part may follow them: "entering into force on acceptance by two-thirds of the Parties for Articles and listed Annex paragraphs and by tacit acceptance unless more than one third object for the rest of the Annex" is an amendment to the Annex other than the listed paragraphs, deemed accepted unless "more than one third of the Parties" object (SAR Convention 1979, Art. III(2)(e)–(h); fifty-ninth run, item 3), never the explicit track\'s part or share. A track on which a named organ adopts the amendment and no act of the Parties follows, beside a track that needs their acceptance, is noted on that track: "Amendments to the Annex shall be adopted by consensus of the Executive Body" (EMEP Protocol 1984, Art. 4(3)), the Annex being the scale of mandatory contributions, while other amendments enter into force for the Parties "which have accepted" them (Art. 6(3); fifty-ninth run, item 4). It says no more than those words: "for all Parties that have ratified it" binds only the Parties that ratify, as under the residual rule ("The amending agreement does not bind any State already a party to the treaty which does not become a party to the amending agreement", VCLT Art. 40(4)), and a "for all" narrowed by any other clause or exception is not said to bind all; a Party ceases to be one by the words themselves unless they give an organ that power ("The Conference may by a two-thirds majority vote determine at the time of its adoption …", FAL Art. IX), and the period in which it may still accept and stay ("within a period of one year after the revision or amendment enters into force", the same) is given where the header gives it; a route with no objection step is not said to bind "one that objected"; an annex amendment adopted by a conference that "shall enter into force six months after" notice (FAL Art. VII(3)) is not said to bind every Government, since the text does not say so and a Government that finds it impracticable to comply with an amended Standard, or deems differing procedures necessary, notifies its differences from it (Art. VIII(1)–(2)): the message says that the header does not say whom it binds (the opt-out of Art. VII(2)(d) is not stated for it either); and the organ that proposes a track\'s changes ("changes to the Annexes proposed by the Executive Council") is named, not read into what they amend (treaty lawyer lr12, defects 3–5, 11). A deeming that brings the amendment into force for a Party only on that Party\'s own instrument of consent is no tacit acceptance and is not reported: a proposal not rejected within twenty-four months "shall be deemed to have been accepted and shall enter into force in respect of a Party ninety days after that Party had deposited with the Secretary-General an instrument expressing its consent to be bound by that amendment" (UN Illicit Traffic Convention 1988, Art. 31(1); sixty-sixth run): the deeming adopts the text, and no Party is bound without its own act, as under VCLT Art. 40(4); in force for each Party "immediately on notification of its acceptance to the Organization or 100 days after the date of their adoption …, if that is later" (London Protocol 1996 Art. 22(4)) binds a silent Party after the period and stays tacit. Where each Party\'s own acceptance is deemed ("deemed accepted by a Party unless it notifies an objection …, in force for each Party on its acceptance or ninety days after adoption, whichever is later"), its acceptance includes the one deemed and the track is tacit; so is one with an objection exception ("except for a Party that has notified an objection"), an opt-out (treaty lawyer lr16, D1). The opt-out may follow another condition and a period: an Appendix amendment enters into force after two hundred days "for those Contracting Parties which are bound by that Appendix and have not within that period notified the Depositary Government in writing that they are unable to accept that amendment" (OSPAR 1992, Art. 19(3); seventy-first run, defect 2); the same words for Commission decisions (Art. 13(2)) are not read, since a decision amends nothing. Acceptance by a share of the Parties that then binds them all is reported too: an amendment \"shall enter into force one hundred and twenty days after the Depositary has received notices of acceptance from two-thirds of those States which, at the time of adoption by the Assembly of Parties, were Parties. Upon its entry into force, the amendment shall become binding upon all Parties\" (EUTELSAT Convention 1982 as amended 1999, Art. XIV(b); seventieth run, defect 7) binds up to a third of the Parties without an act of their own, in place of the residual rule of Art. 40(4); the message names the share in the header\'s words and says that a Party that has not accepted is bound. The share must be of acceptances, ratifications or approvals (a vote \"of the Parties present and voting\" is no share of consents), it must not be all the Parties, and the words binding all must stand in the share\'s sentence or the next with no clause or exception after them: entry into force \"for those Parties which have accepted it\" or \"for all Parties that have ratified it\" binds only those Parties, as Art. 40(4) does, and is not reported; nor is a route whose next words bring the amendment into force \"for any other Party on the deposit of its instrument of acceptance\", which shows that a Party that has not accepted is bound only on its own act (treaty lawyer lr16, D5). A track is named by its part with or without a comma after it, or by the changes it covers: ", and, for the Annexes, by decision of the Programme Board by a two-thirds majority" and ", and changes to the Annexes by decision of the Programme Board" after "approval of all parties" are such organ tracks (the ESRO Ariane Arrangement 1973 lets the Programme Board revise the Annexes, Art. XXII(2), Annex A "by a unanimous decision of the Programme Board", para. 5, while its Articles are amended only with every party\'s approval, Art. XXII(1); eighty-third run, defect 3). Amendment "by written agreement" is not reported: it is Art. 39\'s general rule itself, an agreement to which the rules of Part II apply (ratification included, where a party requires it), and what missing-amendment proposes for a treaty.',
  source: 'VCLT Arts. 11, 39, 40 (read: Dutch treaty series BWBV0003441); practice: Netherlands–US Agreement (2012) Art. 19(3), annexes amended "on a date to be determined by the Parties" (read: BWBV0006073); ETS 156 Art. 33 (read: BWBV0004141); San José Agreement 2003 Art. 33 (read: BWBV0004611); Helsinki Industrial Accidents Convention 1992 Art. 26 (read: BWBV0001834); CETS 198 Art. 54 (read: BWBV0003045); ATP 1970 Art. 18 (read: BWBV0004371); CWC 1993 Art. XV (read: BWBV0001193); CTBT 1996 Art. VII (read: BWBV0004747); OPRC 1990 Art. 14 (read: BWBV0002364); OPRC-HNS Protocol 2000 Art. 12 (read: BWBV0004763); London Protocol 1996 Arts. 21, 22(4), (7) (read: BWBV0003139); FAL Convention 1965 Arts. VII(2)–(3), VIII, IX (read: BWBV0003243); SAR Convention 1979 Art. III(2) (read: BWBV0003096); EMEP Protocol 1984 Arts. 4(3), 6(3) (read: BWBV0002931); ESRO Ariane Arrangement 1973 Art. XXII, Annex A para. 5 (read: BWBV0003413); Netherlands–India Technical Cooperation Agreement 1983 Art. 8 (read: BWBV0002676); Netherlands–Bhutan Agreement on co-operation for sustainable development 1994 Art. VII(1), (5) (read: BWBV0001235); MARPOL 1973 Art. 16(2) (read: BWBV0003241); UN Illicit Traffic Convention 1988 Art. 31 (read: BWBV0001103); EUTELSAT Convention 1982 as amended 1999 Art. XIV(b) (read: BWBV0002146); OSPAR Convention 1992 Arts. 13(2), 19 (read: BWBV0001119); ' + VIENNA_1986_SOURCE,
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Treaty" {\n  status binding\n  consent by ratification\n  amendment by written decision\n}\n',
    fix: 'treaty "Treaty" {\n  status binding\n  consent by ratification\n  amendment by ratification\n}\n',
  },
  check({ model, report }) {
    const header = model.ast.instrument;
    const amendment = header?.amendment;
    if (model.legalNature !== 'treaty' || !header || !amendment || amendment.words.length === 0) return;
    const needsRatification = laterConsentMeans(model).length > 0 || laterConsent.test(header.effect?.event?.value ?? '');
    // An amendment "by agreement between the parties" is Art. 39's general rule, to which the rules
    // of Part II apply (ratification among them, where the parties require it): "written agreement"
    // names that agreement, not a procedure that dispenses with ratification.
    const simpler = (byDecision.test(amendment.procedure) || adoptedByAnOrgan(amendment.procedure)) && !/ratif|approv|accept|same|\bagreement\b/i.test(amendment.procedure);
    if (!needsRatification) return;
    // Notes that take effect once each Party notifies that its required procedures are fulfilled
    // wait for its own act (NL–India 1983, Art. 8; hundred-and-sixth run, defect 1).
    if (simpler && amendmentAwaitsOwnProcedures(model, amendment.procedure)) return;
    const words = amendment.words;
    const related = header.consent ? [{ uri: model.uri, range: header.consent.range, message: 'Consent to the treaty itself.' }] : [];
    // The header's own forms of consent, never "subject to ratification" where signature alone, acceptance
    // or accession may bind (FAL 1965 Art. X; lr9, defect 1).
    const forms = consentForms((header.consent?.means ?? []).map((m) => m.text));
    // Each Party's own means where the header gives them (`notification for NL, signature for US`), never one Party's as the other's.
    const byParty = consentLists(header.consent).flatMap(({ means, party }, i) => (party ? [`${i === 0 ? '' : ' and '}${party.text} ${i === 0 ? 'consents to be bound by the treaty ' : ''}by ${consentForms(means.map((m) => m.text)) ?? 'a formal act'}`] : []));
    const consent = byParty.length > 0 ? byParty.join('') : forms ? `A Party's consent to be bound by the treaty is given by ${forms}` : 'A Party\'s consent to be bound by the treaty is given by a formal act';
    if (simpler) {
      report({
        range: { start: words[0].range.start, end: words[words.length - 1].range.end },
        message: `${consent}, but the amendment procedure the header states (${amendment.procedure}) would amend it without such an act: lawful if the treaty so provides (${viennaCitation(model, 'Art. 39')}); check that ${consentLaw(model)} allows amendments in this form, or make them subject to the same consent.`,
        related,
      });
      return;
    }
    const read = tacitTracks(amendment.procedure);
    const provisions = model.clausesAbout('amendment').flatMap((clause) => (clause.heading ? [{ heading: clause.heading.value, text: singleSpaced(model.clauseText(clause) ?? '') }] : []));
    // A track on which an organ adopts the amendment with no act of the Parties after it, beside
    // one that needs their acceptance (EMEP 1984 Arts. 4(3), 6(3); fifty-ninth run, item 4).
    const [organ] = read.tracks.length === 0 ? organTracks(amendment.procedure) : [];
    if (organ) {
      const cited = organTrackProvisions(model, organ);
      report({
        range: wordsSpanning(words, organ.index, organ.index + organ.words.length),
        message: `${consent}. ${organTrackMessage(organ, cited.length > 0 ? `${cited.join(', ')}; ` : '', provisions.length > 0 ? provisions.map((p) => p.heading).join(', ') : undefined)}: lawful if the treaty so provides (${viennaCitation(model, 'Art. 39')}); check that ${consentLaw(model)} allows amendments to bind it in this form.`,
        related,
      });
      return;
    }
    if (read.tracks.length === 0) {
      // Acceptance by a share of the Parties, then binding on them all (EUTELSAT 1982 as amended,
      // Art. XIV(b); seventieth run, defect 7); "for those Parties which have accepted it" is silent.
      const route = shareBindsAll(amendment.procedure);
      if (!route) return;
      report({
        range: wordsSpanning(words, route.index, route.index + route.words.length),
        message: `${consent}. ${shareBindsAllMessage(route, provisions.length > 0 ? `${provisions.map((p) => p.heading).join(', ')}; ` : '')}: lawful where the treaty so provides, and otherwise an amending agreement binds only the Parties that become parties to it (${viennaCitation(model, 'Arts. 39, 40(4)')}); check that ${consentLaw(model)} allows an amendment to bind it this way.`,
        related,
      });
      return;
    }
    const { tacit } = read.tracks[0];
    const range = wordsSpanning(words, tacit.index, tacit.index + tacit.words.length);
    // Each tacit track with what it covers, in the header's words, cited without quotation marks
    // (lr9, defects 2–3); its other route and whom that binds only as the header says (lr10, 1–4).
    const tail = read.tracks.length > 1
      ? `lawful if the treaty so provides (${viennaCitation(model, 'Art. 39')}); check that ${consentLaw(model)} allows amendments to bind it in these forms.`
      : tacit.mechanism === 'share'
        ? `lawful where the treaty so provides (${viennaCitation(model, 'Art. 39')}); check that ${consentLaw(model)} allows an amendment to bind it this way.`
        : `lawful if the treaty so provides (${viennaCitation(model, 'Art. 39')}); check that ${consentLaw(model)} allows amendments to bind it in this form.`;
    report({ range, message: `${consent}. ${tacitTracksMessage(read, provisions)}: ${tail}`, related });
  },
});

/**
 * The range of the words that hold characters [start, end) of their procedure, which joins them
 * with a space where the text has one (build-header.ts): a quoted procedure is one word,
 * underlined whole.
 */
function wordsSpanning(words: readonly Name[], start: number, end: number): Range {
  let offset = 0;
  let first: Name | undefined;
  let last: Name | undefined;
  for (const [i, word] of words.entries()) {
    const previous = words[i - 1]?.range.end;
    if (previous && (previous.line !== word.range.start.line || previous.character !== word.range.start.character)) offset += 1;
    const wordEnd = offset + word.text.length;
    if (wordEnd > start && offset < end) {
      first ??= word;
      last = word;
    }
    offset = wordEnd;
  }
  return { start: (first ?? words[0]).range.start, end: (last ?? words[words.length - 1]).range.end };
}

export const prevailingLanguageNotListed = defineRule({
  code: 'prevailing-language-not-listed',
  catalogueId: 'CF23',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'The prevailing language must be one of the languages of the text.',
  rationale:
    'A text that "prevails" in case of divergence must be one of the texts signed; naming another language leaves no text to prevail and breaks the language clause (cf. VCLT Art. 33).',
  source: 'VCLT Art. 33(1) (read: Dutch treaty series BWBV0003441); own consistency check',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'memorandum "MoU" {\n  languages English, Estonian equally-valid prevailing French\n}\n',
    fix: 'memorandum "MoU" {\n  languages English, Estonian equally-valid prevailing English\n}\n',
  },
  check({ model, report }) {
    const languages = model.ast.instrument?.languages;
    const prevailing = languages?.prevailing;
    if (!languages || !prevailing || languages.languages.length === 0) return;
    if (languages.languages.some((l) => l.text.toLowerCase() === prevailing.text.toLowerCase())) return;
    const first = languages.languages[0].text;
    report({
      range: prevailing.range,
      message: `'${prevailing.text}' is not among the languages of the text (${languages.languages.map((l) => l.text).join(', ')}): name one of them as prevailing.`,
      fixes: [{ title: `Make the ${first} text prevail in case of divergence`, edits: [{ range: prevailing.range, newText: first }], effect: 'legal', preferred: true }],
    });
  },
});

export const finalClauseConflictRules = [
  treatyRegistrationNone,
  bilateralTreatyReservations,
  bilateralTreatyDepositary,
  signatureAndRatification,
  signatureNotCounted,
  treatyAmendmentByDecision,
  prevailingLanguageNotListed,
];
