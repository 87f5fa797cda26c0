/**
 * `registration none` on a treaty Art. 102 of the UN Charter reaches (the conflicting half of
 * catalogue MC10; `missing-registration` is the missing half). Whom Art. 102 binds is read in one
 * place, rules/support/un-membership-then.ts, and said in the same sentences as the note, so that
 * the two findings cannot contradict each other on one file (treaty lawyer lr19, D1).
 *
 * An error only where the duty is established: on a draft, a Party that is a UN Member now (it will
 * enter into the treaty as one); on a concluded text, a Party whose admission date Entente has read
 * and whose consent the header dates after the day of admission (on that day itself the condition is
 * stated: lr28 D7). Where no Party is known to have been a Member
 * then, the duty is conditional and the finding is a note that states the condition (lr19, D1: a
 * Swiss–Korean agreement of 1990 was an error, and its message called Switzerland, admitted in 2002,
 * a UN Member).
 */
import { concludedText } from '../../model/conclusion';
import { defineRule } from '../rule';
import { outsideArticle102, registrationParts, unMembersWords, unMembership } from '../support/un-membership-then';
import { governedByDomesticLaw, REGISTRATION_SOURCE } from './missing-treaty-clauses';

/** What a reviewer of a signed text that says it will not be registered does: register it. */
const REGISTRATION_NEEDS_NO_AMENDMENT =
  'nothing in its words is to be changed and no amending instrument is needed: the duty to register is the Charter\'s, not the treaty\'s, and prevails over any conflicting obligation under the treaty (Arts. 102(1), 103). If it has not been registered (the UN Treaty Series shows whether it has), each Party that was a UN Member when it entered into the treaty is bound to have it registered as soon as possible, registration by any one of them relieving the others (Regulations Art. 3(1)).';

/**
 * What `registration none` on a signed text records, and when it is to be changed: a signed treaty
 * can say that it will not be registered; the statement is simply of no effect against the
 * Charter's duty. The transcription records the text's words, so it keeps them; only a header that
 * says more than the text (a text silent on registration) is corrected (treaty lawyer lr20, D4: the
 * finding advised declaring `registration article-102`, which would record the opposite of what the
 * text says).
 */
const TRANSCRIPTION_KEEPS_NONE =
  'A statement in the text that it will not be registered does not relieve a Party that was a UN Member when it entered into the treaty of the Charter\'s duty (Arts. 102(1), 103), and the transcription keeps `registration none` where it records those words of the text; if the text says nothing on registration, remove `registration none`, which records a statement the text does not make.';

/** Art. 102(1)'s words, quoted in the concluded-text messages. */
const ARTICLE_102 = 'every treaty "entered into by any Member of the United Nations after the present Charter comes into force" "shall as soon as possible be registered"';

/**
 * Registration under Art. 102 of the UN Charter stated against the instrument's nature: a treaty
 * of a UN Member that says it will not be registered. (An MoU that says it will be registered is
 * `mou-treaty-procedure`, CF03.)
 */
export const treatyRegistrationNone = defineRule({
  code: 'treaty-registration-none',
  // No catalogue id of its own, so settings for MC10 leave it alone: it states a legal duty.
  family: 'conflict',
  defaultSeverity: 'error',
  message: 'A treaty entered into by a UN Member must be registered with the UN Secretariat (UN Charter Art. 102): replace `registration none` by `registration article-102`, or, if the signatories do not mean to be bound, make the instrument non-binding.',
  rationale:
    'UN Charter Art. 102(1) obliges every Member to register "every treaty and every international agreement" it enters into, "as soon as possible" once in force (Regulations Art. 1(1)–(2)); the sanction is that the treaty cannot be invoked before any UN organ (Art. 102(2)). A treaty with at least one Member among its parties therefore cannot lawfully say it will not be registered. Only instruments outside Art. 102 may: a non-binding MoU, a treaty between parties none of which is a Member (filed and recorded at most, Regulations Art. 10), or a treaty entered into before the Charter came into force on 24 October 1945 (Art. 110(3)), since Art. 102(1) reaches only one "entered into by any Member of the United Nations after the present Charter comes into force" and no State was a Member before that day (lr17, D1; lr18, D4). A State enters into a treaty when it consents to be bound (VCLT Arts. 2(1)(b), 14(1)), so the day compared with 24 October 1945 and with each State\'s admission is the day of consent as the header dates it: a signature subject to ratification before the day, with the ratifications undated, leaves the question open, and the finding says so rather than go silent (lr19, D3). On a draft, the Parties that are UN Members now will enter into it as Members: an error. On a concluded text, this rule reads the same facts as `missing-registration`, in the same words: a Party is named as bound only where its State\'s date of admission has been read in an official list (the Yearbook of the United Nations rosters of 1968, 1971 and 1974; the UN\'s list of Member States; press release GA/10041 for Switzerland), or, for the Republic of Korea (17 September 1991) and Mozambique (16 September 1975), in secondary sources that agree, none of them an official list (data/un-admissions.ts; r109 D3, r110 D3) and the header dates its consent after the day of admission (a signature after it does: consent is given by the signature or after it, VCLT Arts. 12, 14; the NL–Mozambique Agreement signed at Maputo in 1984, r110 D3); a signature on that day itself may have been given before the admission that day, so the condition is stated, with the day (treaty lawyer lr28, D7: the General Assembly admitted the Republic of Korea on 17 September 1991, the first day of its session), and named as not bound where the header dates its consent before that date. Nothing is reported where no Party was a Member then; where some Party is known to have been one, it is an error; where no Party is known to have been one but some may have been (an admission date not read, a consent undated), the duty is only conditional, and the finding is a note that states the condition and names no Party as a Member (lr19, D1, D10). On a concluded text it offers no fix and no amendment: the duty is the Charter\'s and prevails over a conflicting obligation under the treaty (Art. 103), so the remedy is to register the treaty, not to change its words (lr18, D5). Nor does it advise declaring `registration article-102` there: a signed treaty can say that it will not be registered, to no effect against the Charter\'s duty, and the transcription records the text\'s words; it is to drop `registration none` only where the text says nothing on registration (lr20, D4). UN membership is read from each signatory\'s `jurisdiction` (an international organisation is not a Member); a treaty whose signatories declare no jurisdiction is not reported, and one governed by a domestic law is `domestic-governing-law`\'s finding.',
  source: `${REGISTRATION_SOURCE}; VCLT Arts. 2(1)(b), 11, 12(1), 14(1) (read: Dutch treaty series BWBV0003441); dates of admission to the United Nations: Yearbook of the United Nations 1968, 1971 (Oman) and 1974, Appendix I, Roster of the United Nations (read: docslib.org copies), the UN list "United Nations Member States", p. 6 (read: Wikisource transcription), press release GA/10041 of 10 September 2002 (read: press.un.org); for the Republic of Korea and Mozambique, secondary sources: "Korea and the United Nations" (English Wikipedia, read in copies), filaw.com's list of Member States, a UPI report of 18 September 1991, nationsencyclopedia.com, US Mission cable USUN 3710 of 19 August 1975, and the Yearbook rosters as at 31 December 1975 and 1976 (read: vdocuments.net, docslib.org copies)`,
  sourceStatus: 'verified',
  findingCeilings: [{ severity: 'info', where: 'on a concluded text where no Party is known to have been a UN Member when it entered into the treaty (the duty is then conditional, and the finding states the condition)' }],
  example: {
    trigger: 'treaty "Agreement" {\n  status binding\n  registration none\n}\nparty EE "Estonia" { kind state jurisdiction EE }\nparty FI "Finland" { kind state jurisdiction FI }\n',
    fix: 'treaty "Agreement" {\n  status binding\n  registration article-102\n}\nparty EE "Estonia" { kind state jurisdiction EE }\nparty FI "Finland" { kind state jurisdiction FI }\n',
  },
  check({ model, report }) {
    const registration = model.ast.instrument?.registration;
    const value = registration?.value;
    if (model.legalNature !== 'treaty' || !registration || !value || governedByDomesticLaw(model)) return;
    const text = 'value' in value ? value.value.trim() : value.text;
    if (!/^none$/i.test(text)) return;
    // No UN Member among the signatories today, or none when they entered into it (as the note reads it).
    if (unMembership(model).members.length === 0 || outsideArticle102(model)) return;
    const fixes = [{ title: 'Register the treaty under Art. 102 of the UN Charter', edits: [{ range: value.range, newText: 'article-102' }], effect: 'legal' as const }];
    if (!concludedText(model.ast)) {
      const { members } = unMembership(model);
      report({
        range: value.range,
        message: `${members.join(', ')} ${members.length === 1 ? 'is a UN Member' : 'are UN Members'}: UN Charter Art. 102(1) obliges ${members.length === 1 ? 'it' : 'them'} to register this treaty with the UN Secretariat once it is in force. Write \`registration article-102\` (or a clause saying who registers), or, if the signatories do not mean to be bound, make the instrument non-binding.`,
        fixes,
      });
      return;
    }
    const { membership: m, notBound, condition, charter, admittedThatDay } = registrationParts(model);
    const others = [notBound, charter].filter((s): s is string => s !== undefined);
    if (m.members.length > 0) {
      const duty = `UN Charter Art. 102(1) obliges ${m.members.length === 1 ? 'it' : 'each of them'} to have it registered with the UN Secretariat as soon as possible (${ARTICLE_102})`;
      report({
        range: value.range,
        message: [`${unMembersWords(model, m.members, 'a UN Member on entering into the treaty', 'past')}: ${duty}.`, ...others, ...(condition ? [condition] : []), TRANSCRIPTION_KEEPS_NONE].join(' '),
        fixes,
        // On a concluded text the remedy is registration, not an amendment: the duty is the
        // Charter's and holds whatever the treaty says (Arts. 102(1), 103; lr18, D5), as
        // `missing-registration` says on the same texts (lr15, D2).
        onConcludedText: REGISTRATION_NEEDS_NO_AMENDMENT,
      });
      return;
    }
    // No Party known to have been a Member when it entered into the treaty: the duty is
    // conditional, and nobody is named as a Member (lr19, D1).
    const who = m.unsure.length === 0 ? 'no Party' : m.unsure.length === 1 ? `${m.unsure[0]}` : `none of ${m.unsure.join(', ')}`;
    const opening = m.unsure.length === 1 ? `\`registration none\` is right only if ${who} was not a UN Member when it entered into the treaty${admittedThatDay}` : `\`registration none\` is right only if ${who} was a UN Member when it entered into the treaty${admittedThatDay}`;
    report({
      range: value.range,
      message: [`${opening}: UN Charter Art. 102(1) obliges each Party that was a Member then to have it registered with the UN Secretariat as soon as possible (${ARTICLE_102}), and neither the header's dates nor the admission dates Entente has read show that any Party was.`, ...others, `If one was, it is bound to have the treaty registered whatever the text says. ${TRANSCRIPTION_KEEPS_NONE}`].join(' '),
      fixes,
      profileCeiling: 'info',
      onConcludedText: REGISTRATION_NEEDS_NO_AMENDMENT,
    });
  },
});
