/**
 * Checks on the final-clause formulas real instruments use (review §3 items 2 and 4): the
 * testimonium against the language clause (its originals against the signatories and the
 * depositary are testimonium-originals.ts); provisional
 * application and its end; an exchange of notes whose reply does not answer the note it names;
 * provisions incorporated from a parent that does not have them. Consent thresholds nobody can
 * meet are consent-threshold.ts.
 */
import type { Instrument, Note, Timing } from '../../ast/nodes';
import { officialLanguages } from '../../data/official-languages';
import { topicFromName } from '../../model/topics';
import type { PartyFacts } from '../../model/semantic-model';
import { documentProvides } from '../support/applicability';
import { clauseTestimonium } from '../support/testimonium';
import { viennaCitation, VIENNA_1986_SOURCE } from '../support/vienna-convention';
import { defineRule } from '../rule';
import { concludedText } from '../../model/conclusion';
import { provisionalOnlyPermitted, statesProvisionalEnd } from '../support/provisional-application';
import { signatoryLanguageMessage } from '../support/signatory-language-words';
import { consentThresholdUnreachable } from './consent-threshold';
import { testimoniumOriginals } from './testimonium-originals';

export const testimoniumLanguages = defineRule({
  code: 'testimonium-languages',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'The final formula and the language statement name different languages: make them agree.',
  rationale:
    'The languages in which a treaty is authenticated are those of its authentic texts: "When a treaty has been authenticated in two or more languages, the text is equally authoritative in each language" (VCLT Art. 33(1)), and a version in another language is authentic "only if the treaty so provides or the parties so agree" (Art. 33(2)). The final formula ("Done at … in the English and French languages, both texts being equally authentic") is where the text says so; the `languages` statement records the same thing for the checks and the export. If they differ, either a text that is meant to be authentic is left out, or a translation is presented as authentic.',
  source: 'VCLT Arts. 10, 33(1)–(2) (read: Dutch treaty series BWBV0003441); Budapest Convention final formula (read: BWBV0001839); ' + VIENNA_1986_SOURCE,
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Convention" {\n  status binding\n  languages English authentic\n}\nclause FinalFormula "Final formula" """\n  DONE at Budapest, this 23rd day of November 2001, in English and in French, both texts being equally authentic.\n"""\n',
    fix: 'treaty "Convention" {\n  status binding\n  languages English, French authentic\n}\nclause FinalFormula "Final formula" """\n  DONE at Budapest, this 23rd day of November 2001, in English and in French, both texts being equally authentic.\n"""\n',
  },
  check({ model, report }) {
    const header = model.ast.instrument;
    const statement = header?.languages;
    const named = clauseTestimonium(model)?.languages;
    if (!statement || statement.languages.length === 0 || !named) return;
    const listed = new Set(statement.languages.map((l) => l.text.toLowerCase()));
    const said = new Set(named.names.map((n) => n.toLowerCase()));
    const onlyFormula = named.names.filter((n) => !listed.has(n.toLowerCase()));
    const onlyStatement = statement.languages.map((l) => l.text).filter((l) => !said.has(l.toLowerCase()));
    if (onlyFormula.length === 0 && onlyStatement.length === 0) return;
    const parts = [
      onlyFormula.length > 0 ? `the final formula names ${onlyFormula.join(', ')}, which the \`languages\` statement does not list` : '',
      onlyStatement.length > 0 ? `the \`languages\` statement lists ${onlyStatement.join(', ')}, which the final formula does not name` : '',
    ].filter(Boolean);
    report({
      range: named.range,
      message: `The authentic texts are stated twice and differently: ${parts.join('; ')}. Make them agree (${viennaCitation(model, 'Art. 33')}).`,
      related: [{ uri: model.uri, range: statement.range, message: 'The languages statement' }],
    });
  },
});

export const textNotInSignatoryLanguage = defineRule({
  code: 'text-not-in-signatory-language',
  family: 'conflict',
  defaultSeverity: 'info',
  message: 'The text is authentic in one signatory\'s official language but in none of another\'s: check that this is what both want (raised only for the States whose official languages Entente lists).',
  rationale:
    'Which languages a treaty is authenticated in is for the parties (VCLT Art. 33); many are done in one neutral language only (the Netherlands–Sweden agreement of 1984 in English). When the text is authentic in the official language of one signatory, though, the other usually expects its own language too (Finland, for instance, has two national languages, Finnish and Swedish). This note is raised only then, only in a bilateral treaty (multilateral texts are done in the languages of the organisation or conference), only for signatories whose official languages Entente lists, and only as a note: the table of official languages was written from general knowledge and could not be confirmed against a source. A language counts for a signatory only where it is one of that signatory\'s official languages, English as any other: a text in English alone between two States neither of which has English as an official language (Netherlands–Sweden 1984) serves neither and raises nothing; between the Netherlands and Ireland, whose official languages include English, it serves Ireland only, and the note is raised ("DONE at The Hague, 21 July, 1980, in duplicate in the English language", Netherlands–Ireland cultural Agreement 1980; eighty-sixth run, defect 3); between Ireland and Malta it serves both, and a text in English and Estonian serves Estonia and Ireland: neither raises anything. (Until that run English was never counted as a signatory\'s language, so the Netherlands–Ireland text raised nothing and an Estonian–English text was said to be in no official language of Ireland.) The States listed are the EU and EEA Member States, Switzerland and Ukraine (data/official-languages.ts); for any other State nothing is raised, whatever its languages, and silence is no finding that the text serves both signatories: the Netherlands–Antigua and Barbuda tax information Agreement of 2009, "DONE … in the English language", raises nothing, while the Netherlands–Ireland road transport Agreement of 1983, done in English too, raises the note for the Netherlands (ninety-first run, defect 3). The table is not extended to a State whose official languages no source the table accepts gives: the United Kingdom has no official language in a written constitution, and no constitution of Antigua and Barbuda or of another Commonwealth Caribbean State was read for it. On a concluded text the note asks nothing: the text was established as authentic and definitive in the languages the signatories chose (VCLT Art. 10), so it says which are whose as an observation, and no profile makes it more than a note there (Netherlands–Ireland 2005, "DONE … in the English language only", a warning under `strict` until the ninety-ninth run, defect 2).',
  source: 'VCLT Art. 33 (read: Dutch treaty series BWBV0003441); official languages of the States listed in data/official-languages.ts (not read: general knowledge)',
  sourceStatus: 'unconfirmed',
  example: {
    trigger: 'treaty "Agreement" {\n  status binding\n  languages Estonian, English authentic\n}\nparty EE "Estonia" { kind state jurisdiction EE }\nparty FI "Finland" { kind state jurisdiction FI }\n',
    fix: 'treaty "Agreement" {\n  status binding\n  languages Estonian, Finnish, English authentic\n}\nparty EE "Estonia" { kind state jurisdiction EE }\nparty FI "Finland" { kind state jurisdiction FI }\n',
  },
  check({ model, report }) {
    const statement = model.ast.instrument?.languages;
    // Multilateral texts are done in the languages of the organisation or conference, not in each
    // party's; and only a treaty's texts are authentic texts (VCLT Art. 33).
    if (!statement || statement.languages.length === 0 || model.legalNature !== 'treaty' || !model.isBilateral) return;
    // A language serves a signatory only if it is one of its official languages, English included:
    // between States of other languages an English text serves neither and raises nothing (Netherlands–
    // Sweden 1984); between the Netherlands and Ireland it serves Ireland only (eighty-sixth run, defect 3),
    // and an English and Estonian text serves both Estonia and Ireland.
    const texts = new Set(statement.languages.map((l) => l.text.toLowerCase()));
    const known = model.signatories.filter((p) => !p.classOf && p.jurisdiction && officialLanguages[p.jurisdiction]);
    const own = (p: PartyFacts) => officialLanguages[p.jurisdiction!].filter((l) => texts.has(l.toLowerCase()));
    const served = known.filter((p) => own(p).length > 0);
    if (served.length === 0) return;
    for (const party of known) {
      if (own(party).length > 0) continue;
      const theirs = officialLanguages[party.jurisdiction!];
      report({
        range: statement.keyword,
        message: signatoryLanguageMessage(served.map((p) => ({ id: p.id, languages: own(p) })), party.id, theirs, statement.languages.map((l) => l.text), concludedText(model.ast) !== undefined),
      });
    }
  },
});

export const provisionalApplicationEnd = defineRule({
  code: 'provisional-application-end',
  family: 'conflict',
  defaultSeverity: 'info',
  message: 'Say how provisional application may end before entry into force: `provisional application … with notice of …`, or a clause on its termination.',
  rationale:
    'Provisional application ends when the treaty enters into force ("pending its entry into force", VCLT Art. 25(1)). Before that, "unless the treaty otherwise provides or the negotiating States have otherwise agreed", it "shall be terminated" for a State that "notifies the other States between which the treaty is being applied provisionally of its intention not to become a party to the treaty" (Art. 25(2)); the Convention sets no notice period. Treaties applied provisionally for long periods often say more: a notice period, or a date by which provisional application lapses. The default is law, so this is a note, not a defect. A clause that limits provisional application in time states its end as well — "shall provisionally apply the provisions of the present Agreement for a period not exceeding one year from the date on which the Agreement is signed" (Netherlands–UN and ten organisations, technical assistance to Surinam and the Netherlands Antilles, 1967, Art. VII(1)(b); hundred-and-twentieth run, defect 3), or "until" a date other than entry into force — and then nothing is reported: the finding never says the text states no earlier end where a clause does. On a concluded text nothing is added to what was signed: the finding states the default rule as the law where the text is silent, says that nothing is to be changed, and stays a note under every profile (Netherlands–US Weapons Production notes 1960: "I suggest that the parties to the present Agreement shall apply its provisions from the date of Your Excellency\'s reply", with no stated end; eightieth run, defect 4).',
  source: 'VCLT Art. 25(1)–(2) (read: Dutch treaty series BWBV0003441); for a treaty to which an international organisation is a party, the 1986 Vienna Convention Art. 25(2), not in force (read: BWBV0002302); Netherlands–US Agreement (2012) Art. 20(2) (read: BWBV0006073); Netherlands–UN and ten organisations Agreement (1967) Art. VII(1)(b) (read: BWBV0004484)',
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Agreement" {\n  status binding\n  effect on first day of second month after last notification\n  provisional application on signature\n}\n',
    fix: 'treaty "Agreement" {\n  status binding\n  effect on first day of second month after last notification\n  provisional application on signature with notice of 30 days\n}\n',
  },
  check({ model, report }) {
    // The default rule is treaty law: a memorandum that is no treaty is told to drop the provisional
    // application instead (`mou-treaty-procedure`), and while the status is open it waits for it.
    if (model.legalNature !== 'treaty') return;
    const provisional = model.ast.instrument?.provisionalApplication;
    if (!provisional || provisional.endsOnNotice || provisional.untilDate) return;
    // A clause that states an end (by notice, a period, a date) is the text's answer: "the text
    // states no earlier end" would be false of it (hundred-and-twentieth run, defect 3).
    if (model.ast.clauses.some((c) => statesProvisionalEnd(model.clauseText(c) ?? ''))) return;
    // Whose law of treaties states the default rule, and how far it binds, turns on the parties (support/vienna-convention.ts).
    const rule = `it is terminated for a Party that notifies the others of its intention not to become a party, with no notice period (${viennaCitation(model, 'Art. 25(2)')})`;
    // On a signed text nothing is added: the finding says what the law is where the text is silent,
    // as the other notes on a concluded text do (eightieth run, defect 4); it stays a note under
    // every profile (analysis/concluded-text-severity.ts).
    const concluded = concludedText(model.ast);
    // A text that only permits provisional application does not say it was applied: the end is
    // stated as a condition (ninety-seventh run, defect 3).
    const opening = !provisionalOnlyPermitted(provisional)
      ? 'Provisional application ends on entry into force'
      : concluded
        ? 'If the treaty was applied provisionally, as the text permits (it does not say that it was), that application ends on entry into force'
        : 'If the treaty is applied provisionally, as the text permits, that application ends on entry into force';
    report({
      range: provisional.keyword,
      message: concluded
        ? `${opening}, and the text states no earlier end, so the default rule governs: ${rule}. The text is concluded (${concluded.evidence}): nothing in it is to be changed, and no clause is missing: where the text is silent that rule applies, and once the treaty is in force its provisional application is over.`
        : `${opening}; say whether a Party may end it earlier and how (\`with notice of …\`), or the default rule governs: ${rule}.`,
    });
  },
});

/**
 * Entry into force at signature: `effect on signature` or `effect after [last] signature`, with
 * no period and no first-day rounding. Both spellings state the date of the last signature
 * (VCLT Art. 24(1): "in such manner and upon such date as it may provide"; the date hints count
 * from the last of the signature dates for both).
 */
function entryIntoForceAtSignature(effect: Timing): boolean {
  return effect.event?.value === 'signature' && !effect.delay && !effect.firstDay;
}

/**
 * Whether every signature falls on one day, so that the last signature is the first: one
 * signature statement without further signings, or further signings all dated that day. Where
 * the signatories sign on different days, or the dates are not all given, or the treaty is opened
 * for signature over a period, the last signature may come later than the first, and provisional
 * application from each signature until then (VCLT Art. 25(1)) is meaningful.
 */
function signedOnOneDay(header: Instrument): boolean {
  const signature = header.signature;
  if (!signature) return header.openedForSignature === undefined;
  if (signature.more.length === 0) return true;
  const dates = [signature.date, ...signature.more.map((m) => m.date)];
  return dates.every((d) => d?.time !== undefined && d.time === dates[0]?.time);
}

export const provisionalApplicationNothingPending = defineRule({
  code: 'provisional-application-nothing-pending',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'The treaty enters into force when provisional application would begin: there is nothing to apply provisionally. Remove the provisional application, or let entry into force follow ratification or notification.',
  rationale:
    'A treaty is applied provisionally "pending its entry into force" (VCLT Art. 25(1)): it is the way to apply it from signature while ratification or internal procedures are still to come. If the treaty enters into force on signature, or on a date no later than provisional application would begin, there is no time between the two, and the statement is either redundant or a sign that the entry-into-force clause should say "after ratification". `effect on signature` and `effect after last signature` state the same date, the last signature: when every signature falls on one day (one signature statement, or several dated the same day) both are reported; when the signatories sign on different days (or the dates are not all given, or the treaty is opened for signature over a period), provisional application from each signature until the last one is meaningful and neither is reported.',
  source: 'VCLT Arts. 24(1), 25(1) (read: Dutch treaty series BWBV0003441); own consistency check',
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Agreement" {\n  status binding\n  effect on signature\n  provisional application on signature\n}\n',
    fix: 'treaty "Agreement" {\n  status binding\n  effect after last notification\n  provisional application on signature\n}\n',
  },
  check({ model, report }) {
    const header = model.ast.instrument;
    const provisional = header?.provisionalApplication;
    const effect = header?.effect;
    if (!provisional || !effect) return;
    const sameDay = effect.date?.time !== undefined && provisional.date?.time !== undefined && effect.date.time <= provisional.date.time;
    if (!sameDay && !(entryIntoForceAtSignature(effect) && signedOnOneDay(header))) return;
    const atSignature = effect.afterLast ? 'on the last signature, which is the day it is signed' : 'on signature';
    report({
      range: provisional.keyword,
      message: sameDay
        ? `The treaty enters into force on ${effect.date!.text}, no later than provisional application would begin (${provisional.date!.text}): there is nothing to apply provisionally.`
        : `The treaty enters into force ${atSignature}, so there is nothing to apply provisionally pending its entry into force: remove the provisional application, or let entry into force follow ratification or notification (\`effect after last notification\`).`,
      related: [{ uri: model.uri, range: effect.range, message: 'Entry into force' }],
    });
  },
});

function noteName(note: Note): string {
  return note.id?.text ?? 'the note';
}

export const exchangeReplyMismatch = defineRule({
  code: 'exchange-reply-mismatch',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'A reply answers the note it names: it comes from that note\'s addressee, goes to its author, and is dated on or after it.',
  rationale:
    'A treaty constituted by an exchange of notes or letters exists when the reply accepts the proposal: consent "is expressed by that exchange" (VCLT Art. 13). The reply is therefore the addressee\'s answer to the author of the proposal, on or after the proposal\'s date ("I have the honour to acknowledge receipt of your Note of today\'s date … and to confirm"); a reply from someone else, to someone else, or dated before the proposal does not complete the exchange the text describes.',
  source: 'VCLT Art. 13 (read: Dutch treaty series BWBV0003441); Netherlands–Australia exchange of letters (1977), letters No. I and II (read: BWBV0003467)',
  sourceStatus: 'verified',
  example: {
    trigger:
      'treaty "Agreement" {\n  status binding\n  form exchange-of-notes\n  effect on reply\n}\nparty US "United States"\nparty NL "Netherlands"\nnote Proposal from US to NL on 1959-10-08\nnote Reply from US to NL on 1959-10-08 answering Proposal\n',
    fix: 'treaty "Agreement" {\n  status binding\n  form exchange-of-notes\n  effect on reply\n}\nparty US "United States"\nparty NL "Netherlands"\nnote Proposal from US to NL on 1959-10-08\nnote Reply from NL to US on 1959-10-08 answering Proposal\n',
  },
  check({ model, report }) {
    const byId = new Map(model.ast.notes.filter((n) => n.id).map((n) => [n.id!.text, n]));
    for (const reply of model.ast.notes) {
      const proposal = reply.answers ? byId.get(reply.answers.text) : undefined;
      if (!proposal || proposal === reply) continue;
      const related = [{ uri: model.uri, range: proposal.id?.range ?? proposal.range, message: `${noteName(proposal)} is declared here` }];
      if (reply.author && proposal.addressee && reply.author.text !== proposal.addressee.text) {
        report({ range: reply.author.range, message: `${noteName(reply)} answers ${noteName(proposal)}, which was addressed to ${proposal.addressee.text}: the reply comes from ${proposal.addressee.text}, not ${reply.author.text}.`, related });
      }
      if (reply.addressee && proposal.author && reply.addressee.text !== proposal.author.text) {
        report({ range: reply.addressee.range, message: `${noteName(reply)} answers ${noteName(proposal)}, which came from ${proposal.author.text}: the reply goes to ${proposal.author.text}, not ${reply.addressee.text}.`, related });
      }
      if (reply.date?.time !== undefined && proposal.date?.time !== undefined && reply.date.time < proposal.date.time) {
        report({ range: reply.date.range, message: `${noteName(reply)} is dated ${reply.date.text}, before the note it answers (${proposal.date.text}): check both dates against the signed texts — a reply cannot accept a proposal not yet made, but the letters of a real exchange are sometimes agreed texts dated where each was signed.`, related });
      }
    }
  },
});

export const termsOutsideExchange = defineRule({
  code: 'terms-outside-exchange',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'A note carries the terms only in an exchange of notes or letters: add `form exchange-of-notes` (or `exchange-of-letters`) to the header, or remove `with terms`.',
  rationale:
    '`note … with terms` prints the provisions of the instrument inside that note, numbered as its paragraphs, so that the proposal is one note that can be signed and the reply accepts it: the agreement an exchange constitutes (VCLT Art. 13). The header says how the instrument is made: without `form exchange-of-notes` (or `exchange-of-letters`) it is not an exchange, its provisions are printed as the articles of an instrument that is signed, and `with terms` changes nothing: the note is printed as written, with none of the terms the drafter meant it to carry. Either the instrument is an exchange and the header says so, or the note carries nothing.',
  source: 'VCLT Art. 13 (read: Dutch treaty series BWBV0003441); export review 3, "After the review", item 5',
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Agreement" {\n  status binding\n  effect on reply\n}\nparty EE "Estonia"\nparty FI "Finland"\nnote Proposal from EE to FI on 2027-04-12 with terms """\n  I have the honour to propose the following terms:\n"""\nnote Reply from FI to EE on 2027-05-03 answering Proposal\n',
    fix: 'treaty "Agreement" {\n  status binding\n  form exchange-of-notes\n  effect on reply\n}\nparty EE "Estonia"\nparty FI "Finland"\nnote Proposal from EE to FI on 2027-04-12 with terms """\n  I have the honour to propose the following terms:\n"""\nnote Reply from FI to EE on 2027-05-03 answering Proposal\n',
  },
  check({ model, report }) {
    if (model.ast.instrument?.form !== undefined) return;
    for (const note of model.ast.notes) {
      if (note.carries?.value !== 'terms') continue;
      report({
        range: note.carries.range,
        message: `${noteName(note)} is said to carry the terms, but the header does not make the instrument an exchange (no \`form exchange-of-notes\` or \`exchange-of-letters\`): the export prints the provisions as articles and the note without them. Add the form to the header, or remove \`with terms\`.`,
      });
    }
  },
});

export const incorporatedProvisionMissing = defineRule({
  code: 'incorporated-provision-missing',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'The instrument incorporates a provision that its parent does not have: correct the subject, or state the provision here.',
  rationale:
    'A protocol may apply provisions of its parent "mutatis mutandis" (Additional Protocol to the Convention on Cybercrime, ETS 189, Art. 8(1): "Articles 1, 12, 13, 22, 41, 44, 45 and 46 of the Convention shall apply, mutatis mutandis, to this Protocol"), and the checks credit the protocol with what it incorporates. That holds only if the parent has such a provision: a subject the parent does not regulate leaves the protocol silent on it. Where the parent is written as an Entente file, the checker reads it and reports a subject it has no provision on: no header statement, no clause about it, and no declaration that states it (definitions for `definitions`, a duty to designate or an assistance block\'s central authorities for `central-authority`, a 24/7 contact or designation for `contact-24-7`, contacts or designations for `points-of-contact`, an assistance block for `mutual-assistance`, exercises, incident protocols, joint bodies). Subjects are the clause topics; an unknown word is reported by `value-out-of-range`.',
  source: 'Additional Protocol to the Convention on Cybercrime (ETS 189) Art. 8(1) (read: Dutch treaty series BWBV0004845)',
  sourceStatus: 'verified',
  example: {
    trigger: 'protocol "Protocol" {\n  status binding\n  incorporates costs from "convention.entente"\n}\n',
    fix: 'protocol "Protocol" {\n  status binding\n  incorporates disputes from "convention.entente"\n}\n',
    files: { 'convention.entente': 'treaty "Convention" {\n  status binding\n  disputes by negotiation\n}\n' },
  },
  check({ model, report }) {
    for (const incorporation of model.ast.instrument?.incorporations ?? []) {
      const source = incorporation.source;
      const parent = source ? model.incorporatedFiles.find((f) => f.path === source)?.model : undefined;
      if (!source || !parent) continue;
      for (const word of incorporation.topics) {
        const topic = topicFromName(word.text);
        if (!topic || documentProvides(model, parent, topic)) continue;
        report({
          range: word.range,
          message: `"${source.value}" has no provision on ${word.text} to incorporate (no header statement, clause or declaration on it): correct the subject, or state the provision in this instrument.`,
        });
      }
    }
  },
});

export const finalClauseFormulaRules = [
  termsOutsideExchange,
  testimoniumOriginals,
  testimoniumLanguages,
  textNotInSignatoryLanguage,
  provisionalApplicationEnd,
  provisionalApplicationNothingPending,
  consentThresholdUnreachable,
  exchangeReplyMismatch,
  incorporatedProvisionMissing,
];
