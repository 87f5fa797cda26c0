/**
 * The legal framework a cooperation instrument sits in, as a legal adviser checks it (review §3,
 * items 1, 5 and 11): how it relates to the parties' other obligations and to Union law, the
 * status of personnel sent to another State's territory (missing-status-of-personnel.ts), and the
 * protection of information that must outlive the instrument. None of these is in the original catalogue (MC01–MC26).
 */
import { coversTopic, librarySatisfies, standaloneInstrument } from '../support/applicability';
import { saysInProse } from '../support/instrument-prose';
import { formsPartOfAnotherTreaty } from '../support/part-of-another-treaty';
import { amendedTreaty } from '../support/amended-treaty';
import { unionLawClause, unionLawWords } from '../support/union-law-wording';
import { implementedTreaty } from '../support/implementing-arrangement';
import { libraryFixes } from '../support/fixes';
import { classifiedChannel, sensitiveChannel, survivalStated } from '../support/survival';
import type { PartyFacts, SemanticModel } from '../../model/semantic-model';
import { isUnionBodyParty } from '../../model/union-body-party';
import { concludedText, conclusionOf } from '../../model/conclusion';
import { isClassOfStates, outsiderWords, unionMatters, unionParties, unionPredated, type UnionMatters } from '../support/union-matters';
import { beforeAccession, lisbonUnsureSentence, memberStateTreatyWords, noUnionWords } from '../support/union-law-words';
import { grandfatheredBefore, lisbonInForce } from '../../data/union-rules';
import { transferRules, type TransferRegime } from '../../model/applicability';
import { keptInForce } from '../support/kept-in-force';
import { missingStatusOfPersonnel } from './missing-status-of-personnel';
import { defineRule, type CodeFix, type Rule } from '../rule';
import { insertsUnionLawSentence, withPriorityEffect } from '../support/priority-effect';
import { madeUnderUnionAct, unionMembership } from '../support/union-membership';
import { viennaCitation } from '../support/vienna-convention';
import { relationWords } from '../support/replaces-earlier-treaty';
import { economicUnionCarveOut, economicUnionWords, relationReach, supplementsAnother } from '../support/relation-in-words';
import { adequacyWords } from '../support/union-adequacy-words';

// ── Relation to other obligations (review §3 item 1(a)) ─────────────────────────────────────

/**
 * Why the parties have other obligations this instrument meets: EU membership, treaties it cites.
 * Membership is today's, and also that of a former Member State on the day the instrument was
 * concluded (the United Kingdom in 1986), so that a note never names one party alone as bound by
 * Union law where both were Member States. Where the instrument says it is made under an act of
 * Union law, it has stated its relation to that law, and Union law is no reason.
 */
function otherObligations(model: SemanticModel): string[] {
  const reasons: string[] = [];
  // A text made under an act of Union law, or whose most-favoured-nation terms yield to an economic
  // union's advantages (NL–Thailand 1972, Protocol; ninety-seventh run, defect 1), has said how it
  // relates to Union (Community) law.
  if (!madeUnderUnionAct(model) && !saysInProse(model, economicUnionCarveOut, economicUnionWords)) reasons.push(...unionMembership(model));
  for (const a of model.ast.securityAgreements) if (a.concluded) reasons.push(`the security agreement${a.id ? ` ${a.id.text}` : ''} in force is cited`);
  for (const block of model.ast.assistance) {
    // `under "…"` is the text's own rule for mutual legal assistance ("shall not affect the
    // obligations under any other treaty … that governs or will govern … mutual legal assistance",
    // UNCAC 2003, Art. 46(6)–(7)): that relation is settled, and only the rest of the cooperation
    // the text organises is left to VCLT Art. 30 (thirty-second run, item 2).
    if (block.mlaTreaty && model.ast.channels.length > 0) reasons.push('its own words settle its relation to mutual legal assistance treaties, not that of the rest of the cooperation it provides for');
    if (block.basis.some((b) => b.text.startsWith('budapest'))) reasons.push('the Budapest Convention applies between the parties');
  }
  return [...new Set(reasons)];
}

export const missingRelationToOtherObligations = defineRule({
  code: 'missing-relation-to-other-obligations',
  family: 'missing-clause',
  librarySatisfiable: true,
  defaultSeverity: 'info',
  findingCeilings: [{ severity: 'info', where: 'on a concluded text (no clause can be added to what was signed, and the default rules the note states fill its silence; ninety-fifth run, defects 1–2)' }],
  // On a signed text: nothing to add, and the hedge the other missing-clause findings give on a
  // transcription — a clause that says it, untagged, is credited by its tag (ninety-sixth run, defect 1).
  onConcludedText: 'nothing is to be added to it; if a clause says so, untagged, tag it `about other-obligations`.',
  message: 'Say how this treaty relates to the parties’ other obligations: add a clause that it is without prejudice to their rights and obligations under other agreements (and Union law), or which prevails.',
  rationale:
    'When two treaties on the same subject bind the same States, which prevails is settled by the treaties themselves where they say so ("When a treaty specifies that it is subject to, or that it is not to be considered as incompatible with, an earlier or later treaty, the provisions of that other treaty prevail", VCLT Art. 30(2)), and otherwise by the default rules of Art. 30(3)–(4), all "subject to Article 103 of the Charter" (Art. 30(1)), under which Charter obligations prevail over any other agreement (Charter Art. 103). Parties that are EU Member States, that cite a security agreement in force or that cooperate under the Budapest Convention or an MLA treaty have such other obligations; a savings clause settles the relation in the text, as treaties do: "Nothing in this Convention shall affect other rights, restrictions, obligations and responsibilities of a Party" (Budapest Art. 39(3)), "The present Agreement in no way prevents the Parties from making other Agreements relating to the exchange of classified information" (NATO 1997 Art. 5). Only binding instruments are checked: an MoU creates no obligations that could conflict; an implementing arrangement stands under its treaty, whether it says so in its header (`implements`) or in its words ("in implementation of Article III of the Agreement … dated April 29, 1955", Netherlands–US exchange of notes of 1959, Procedures para. 1); and a treaty that says which treaty it supplements has specified its relation to it ("The purpose of this Protocol is to supplement, as between the Parties to the Protocol, the provisions of the Convention", Additional Protocol ETS 189, Art. 1, with its Art. 8 "Relations between the Convention and this Protocol"). A protocol written in its own file that says it forms "an integral part of" the treaty it belongs to ("This Protocol shall form an integral part of the Treaty") shares that treaty\'s relation to other obligations; a sentence that places a part of this instrument inside it says nothing about other treaties and does not silence the note (fifty-second real-instrument run: "the undersigned have agreed that the following provisions shall form an integral part of the Agreement", Protocol to the Netherlands–Turkey Agreement of 1986, BWBV0002810, read; likewise "This Protocol shall form an integral part of the Agreement between …" transcribed with its Agreement). An instrument that declares the treaty it amends (`amends "…"`) shares that treaty\'s relation clause in the same way: the articles it replaces or inserts become part of that treaty\'s text for the parties bound by it (VCLT Arts. 39, 40(4), 41; eighty-fifth run, item 1; lr19, D5). Likewise an instrument made under an enabling provision of an act of Union law has stated its relation to Union law, and membership of the Union is then no reason for the note: the Netherlands–United Kingdom letters of 1986 are an "Arrangement on the basis of article 36, paragraph 3 of Regulation (EEC) No 1408/71", which lets Member States agree other methods of reimbursement, and they apply Regulation 574/72 "except as provided otherwise" (twentieth real-instrument run; the Regulations themselves were not read); the Netherlands–Portugal arrangement of 1987 says "Having regard to Article 36, paragraph 3 of Regulation (EEC) No. 1408/71". A party for a territory of a Member State\'s realm where the Treaties do not apply, or apply only through the association arrangements of their Part Four, is not named as bound by Union law: by the territory\'s own code (`jurisdiction AW`), and so too where it is written with the State\'s code and its name acts for the territory alone ("The Kingdom of the Netherlands, in respect of Aruba", "The Government of the Faroes"): the Agreement "shall apply only to Aruba" (NL(Aruba)–Faroes TIEA 2009, Art. 1(2), read: BWBV0003498), the overseas countries and territories of Annex II "vormen het onderwerp van de bijzondere associatieregeling omschreven in het vierde deel" and the Treaty "is niet van toepassing op de Faeröer" (TFEU Arts. 198, 355(2), 355(5)(a), Annex II, read: BWBV0001506; hundred-and-fifteenth run, defect 3: "FO acts for or in DK, an EU Member State bound by Union law"). The reverse for a European territory for whose external relations a Member State is responsible: "De bepalingen van de Verdragen zijn van toepassing op de Europese grondgebieden welker buitenlandse betrekkingen door een lidstaat worden behartigd" (TFEU Art. 355(3), read: BWBV0001506), and Gibraltar "is considered to be such a territory" (the Commission\'s answer to question E-001425/2014, read): a party for Gibraltar on a day the United Kingdom was a Member State is named as bound by Union law then, beside the Member State (hundred-and-sixteenth run, defect 5: the NL–Gibraltar TIEA of 2010 named NL alone). A party whose State was a Member State when the instrument was concluded and no longer is (the United Kingdom, 1 January 1973 to 31 January 2020, dates from memory) is named as one then, so that the note never names one party alone as bound by Union law where both were Member States. The day of conclusion is the one every finding reads (model/conclusion.ts): the header\'s, or failing it the text\'s own final formula\'s ("DONE at The Hague, this third day of April 1964"), so that a text dated only by its formula is not called concluded in 1964 and its party "an EU Member State bound by Union law" (hundred-and-ninth run, defect 1). NATO membership is not inferred (the checker has no list of members). Where the text says how its requests relate to mutual legal assistance treaties (`assistance { under "…" }`: "The provisions of this article shall not affect the obligations under any other treaty … that governs or will govern, in whole or in part, mutual legal assistance", UNCAC 2003, Art. 46(6)–(7)), that relation is settled, and the note names what is left: the rest of the cooperation the text provides for (its police and other channels; thirty-second run). Where the text settles its relation to other treaties in its own words for a part of itself ("The provisions of this article shall not affect the obligations under any other treaty … that governs or will govern … mutual legal assistance", UNCAC 2003, Art. 46(6)–(7)), the finding stays and no clause is offered: a general savings clause would extend that rule to the whole text and make it superfluous. The library clause\'s Union-law paragraph is offered only where a named party is a Member State and the text is not open to all States; elsewhere the savings sentence alone (`other-obligations/treaty-plain`; fourth quick-fix review, item 3). A clause by which the text replaces or terminates an earlier agreement ("This Convention shall replace the Agreement … signed at The Hague on 25th April 1963", NL–Israel social security 1984, Art. 33; seventy-sixth run) settles its relation to that agreement, in the terms of the law that governs what it does (lr17, D2): a whole agreement is terminated where all its parties conclude a later one on the same subject-matter and "it appears from the later treaty … that the parties intended that the matter should be governed by that treaty" (VCLT Art. 59(1)(a)), cited as certain only for a bilateral text that names the replaced agreement as one between its own two Parties, and otherwise on that condition (two States may replace a multilateral agreement as between themselves, and it stays in force for its other parties); a replacement "as between the Contracting Parties" (OSPAR 1992) leaves the earlier treaty in force for its parties that are not parties to the later one (Art. 30(4)); a clause that replaces "the provisions of Article 5 of the Agreement" amends it (Art. 39) where all its parties are parties to the later text, and otherwise modifies it as between them only, on the conditions of Art. 41(1) and with the notice of Art. 41(2), which the message states as conditions (lr18, D7: two States may replace an agreement a third State is party to; lr19, D12). Art. 59 is cited only there: the parties\' other obligations are governed by Art. 30 and Charter Art. 103. It says nothing of the parties\' other obligations (other treaties, Union law): the finding then names the clause, does not call the text silent, and asks only about those. So too where the preamble names the agreement under which the parties act ("acting jointly under the Agreement … signed at Brussels on 11 April 1960 concerning the transfer of immigration control to the outer frontiers of Benelux", Benelux–Korea visa Agreement 1970, read: BWBV0004193; eighty-fourth run, defect 4): the finding quotes it and asks only about the rest; it stays a note. The same holds where the preamble names the agreement whose cooperation the text carries further (\"Desiring to further strengthen the cooperation between their respective countries provided for under the Cultural Agreement which was concluded by both parties in The Hague on 8 December 1960\", Netherlands–Egypt Agreement on the Netherlands Institute at Cairo 1983, read: BWBV0002939; eighty-ninth run, defect 4). Words of the text settle the relation whether or not their clause is tagged (ninety-fifth run, defect 1; ninety-sixth run, defect 1): a conflict rule for every other agreement binding on the Parties ("Where any matter is governed by both the present Agreement and other international Agreement binding on both Contracting Parties, nothing in this Agreement shall prevent a national of the one Contracting Party from benefiting by the provisions most favourable to him", Netherlands–Sudan economic and technical co-operation Agreement 1970, Art. XVI, read: BWBV0004242), a conflict between this text and any other agreement with words that say which prevails or that the other is not affected, or this text prevailing over other agreements, answers the note as a savings clause does; a conflict clause that only provides for consultation ("In the event of a conflict between this Agreement and any other international agreement, the Parties shall consult each other") settles nothing, and Art. 30(2)–(4) still decide (treaty lawyer lr22, D6); words about national law, an annex or an amendment of this text do not. A savings or conflict clause answers it only where its other agreements are not narrowed to one subject (ninety-seventh run, defect 1): "Nationals of either Contracting Party shall, as regards the protection of industrial property, enjoy in the territory of the other Contracting Party a protection not less favourable than that enjoyed by its own nationals, without prejudice to the rights provided by relevant international conventions binding the two Contracting Parties" (Netherlands–Thailand Agreement on Economic Co-operation 1972, Art. VI, read: BWBV0003531) saves the industrial-property conventions binding both Parties and says nothing of the rest of their obligations: the finding stays and names the clause and its subject. A clause narrowed to the text\'s own subject ("other Agreements relating to the exchange of classified information", in the Agreement "for the security of information", NATO 1997 Art. 5) reaches every agreement Art. 30 could set against it, which governs "successive treaties relating to the same subject-matter" (Art. 30(1)). A text whose most-favoured-nation terms yield to the advantages a party grants within an economic union ("any reference in the said Agreement to most-favoured nation treatment shall not apply to advantages which either Contracting Party is obliged to grant to nationals of a third state by virtue of an agreement establishing an economic union", the same Agreement\'s Protocol, "an integral part of the said Agreement") has said how it relates to the Union (Community) obligations of a Member State party, and membership is then no reason for the note. A clause by which a later agreement\'s provisions supersede the text\'s own ("If a multilateral agreement or convention, accepted by both Contracting Parties, concerning any matter covered by this Agreement, enters into force, the relevant provisions of that agreement or convention shall supersede the relevant provisions of this Agreement", Netherlands–Syria air services Agreement 2001, Art. 23(2), read: BWBV0001536) specifies that the text is subject to a later treaty (VCLT Art. 30(2)): the finding names it, as it names a replacement clause, and asks only about the rest. So does a clause that ends the text when a later agreement enters into force ("This Agreement shall automatically terminate when a general multilateral agreement on technical cooperation, involving both Governments, comes into force", NL–Sri Lanka technical cooperation Agreement 1981, Art. VII(4), and NL–Yemen Arab Republic 1978, Art. VI(4), read: BWBV0002681, BWBV0003790): the text then ends "in conformity with the provisions of the treaty" (VCLT Art. 54(a)) and no conflict with that agreement is left to Art. 30, but the clause says nothing of the parties\' other obligations (earlier agreements, Union or Community law), so the finding names it and asks only about those (hundred-and-seventh run, defect 2). On a concluded text the finding is a note under every profile, as missing-amendment and missing-costs are there: nothing can be added to the signed text, and the default rules it states fill the silence; it says that a clause the transcription has not tagged is credited by tagging it `about other-obligations`. A draft keeps the profile\'s severity. `missing-union-law-clause` asks a different question — whether the Member State had the competence and any authorisation it needed, a present question about the treaty\'s conformity with Union law — and keeps its severity on a concluded text; it gives the same hedge for a clause on Union law (`about union-law`).',
  source:
    'VCLT Arts. 30(1)–(4), 39, 41, 54(a), 59(1)(a) (read: Dutch treaty series BWBV0003441); TFEU Arts. 198, 355(2), 355(3), 355(5)(a) and Annex II (read: Dutch text BWBV0001506); European Commission, answer to parliamentary question E-001425/2014 on Gibraltar (read: europarl.europa.eu); NL(Aruba)–Faroes TIEA (2009) preamble and Art. 1(2) (read: BWBV0003498); for a treaty to which an international organisation is a party, the 1986 Vienna Convention Art. 30, not in force (read: BWBV0002302); UN Charter Art. 103 (read: BWBV0004143); Budapest Convention Art. 39 (read: BWBV0001839); NATO Security of Information Agreement (1997) Art. 5 (read: BWBV0001372); Additional Protocol to the Convention on Cybercrime (ETS 189) Arts. 1, 8 (read: BWBV0004845); Netherlands–US exchange of notes of 8 October 1959, Procedures para. 1 (read: BWBV0005280); Netherlands–United Kingdom letters under Art. 36(3) of Regulation 1408/71, 1986 (read: BWBV0002523); Netherlands–Portugal arrangement under the same provision, 1987 (read: BWBV0002687); UN Convention against Corruption (2003) Art. 46(6)–(7) (read: BWBV0001830); Netherlands–Sudan economic and technical co-operation Agreement (1970) Art. XVI (read: BWBV0004242); Netherlands–Syria air services Agreement (2001) Art. 23 (read: BWBV0001536); Netherlands–Thailand Agreement on Economic Co-operation (1972) Art. VI and Protocol (read: BWBV0003531); Netherlands–Sri Lanka Agreement on technical cooperation (1981) Art. VII(4) (read: BWBV0002681); Netherlands–Yemen Arab Republic Agreement on technical cooperation (1978) Art. VI(4) (read: BWBV0003790)',
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Agreement" { status binding }\nparty EE "Estonia" { kind state jurisdiction EE }\nparty UA "Ukraine" { kind state jurisdiction UA }\n',
    fix:
      'treaty "Agreement" { status binding }\nparty EE "Estonia" { kind state jurisdiction EE }\nparty UA "Ukraine" { kind state jurisdiction UA }\nclause OtherObligations about other-obligations """\n  This Agreement shall be without prejudice to the rights and obligations of the Parties under other international agreements, including, for Estonia, its obligations under Union law.\n"""\n',
  },
  check({ model, report }) {
    const instrument = standaloneInstrument(model);
    const reasons = relationUnsaid(model);
    if (!instrument || reasons.length === 0) return;
    report({
      range: instrument.kind.range,
      // A concluded text takes no clause: say what holds in its silence (lr9, defect 8).
      message: `${relationWords(model, reasons)} (${viennaCitation(model, 'Art. 30')}; UN Charter Art. 103).${settlesRelationWhereItChooses(model) ? chosenRelationWords(model) : ''}`,
      fixes: relationFixes(model),
      // A signed text takes no relation clause by an edit, and its silence is filled by the default
      // rules the message states: a note under every profile, as missing-amendment and missing-costs
      // are there (ninety-fifth run, defects 1–2: a warning under `strict` on NL–Syria 2001 and NL–Indonesia 1968).
      profileCeiling: concludedText(model.ast) ? 'info' : undefined,
    });
  },
});

/**
 * Where the text settles its relation where it chooses (UNCAC Art. 46(6)–(7)): on a draft, why no
 * clause is offered and what to write; on a signed text only what holds for the rest, since nothing
 * is to be added to it (lr22, D8: "write one for the rest" beside "nothing is to be added to it").
 */
function chosenRelationWords(model: SemanticModel): string {
  // The message has just cited the rule on successive treaties: a signed text is left to it for the rest.
  if (concludedText(model.ast)) return ' The text settles its relation to other treaties where it chooses, and for the rest that rule applies.';
  return ` No clause is offered: the text settles its relation to other treaties where it chooses, and a general savings clause would reach those provisions too: write one for the rest in the text’s own terms, or leave the rest to the default rules (${viennaCitation(model, 'Art. 30')}).`;
}

/** Why the treaty should say how it relates to the parties' other obligations; empty when it need not, or does. */
function relationUnsaid(model: SemanticModel): string[] {
  const instrument = standaloneInstrument(model);
  // An implementing arrangement stands under its treaty, whose savings clause (or lack of one) is the treaty's.
  if (!instrument || model.legalNature !== 'treaty' || instrument.implements) return [];
  // A savings clause, or a conflict rule for every other agreement binding on the Parties, untagged
  // (NL–Sudan 1970, Art. XVI; ninety-sixth run, defect 1) — not one narrowed to a subject, which the
  // message names (NL–Thailand 1972, Art. VI; ninety-seventh run, defect 1).
  if (coversTopic(model, 'other-obligations') || relationReach(model) === 'general') return [];
  // One concluded in implementation of another treaty stands under it, as an `implements` does,
  // and one that supplements another treaty has said how it relates to it.
  if (implementedTreaty(model) || saysInProse(model, supplementsAnother, /supplement/u)) return [];
  // A protocol that forms "an integral part of the Treaty" shares that treaty's relation clause;
  // a part of this instrument said to be integral to it does not (fifty-second run, item 2).
  // So does one that amends another treaty (`amends "…"`): the articles it replaces or inserts are
  // part of that treaty for the parties bound by it (VCLT Arts. 39, 40(4), 41; eighty-fifth run, item 1; lr19, D5).
  if (formsPartOfAnotherTreaty(model) || amendedTreaty(model)) return [];
  return otherObligations(model);
}

function relationFixes(model: SemanticModel): CodeFix[] {
  if (settlesRelationWhereItChooses(model)) return [];
  return libraryFixes(model, 'other-obligations').map((fix) => withPriorityEffect(model, fix));
}

/**
 * The text settles its relation to other treaties where it chooses: "The provisions of this
 * article shall not affect the obligations under any other treaty …", paragraphs 9–29 applying
 * where no treaty binds (UNCAC 2003, Art. 46(6)–(7), the assistance block's `under`). A general
 * savings clause would extend that rule to the whole text, letting any two Parties' other
 * agreement prevail over its mandatory duties (VCLT Art. 30(2)), and make the text's own rule
 * superfluous (fourth quick-fix review, item 3): the finding stays, no clause is offered.
 */
function settlesRelationWhereItChooses(model: SemanticModel): boolean {
  return model.ast.assistance.some((block) => block.mlaTreaty !== undefined);
}

/**
 * Whether the relation finding's fix on this text already writes the Union-law sentence (the
 * library clause's paragraph 2): the Union-law finding then offers no second copy of it (export
 * review 3, item 8: applying both fixes wrote the sentence twice).
 */
function relationFixWritesUnionLaw(model: SemanticModel): boolean {
  // A concluded text is offered neither (analysis/concluded-text-fixes.ts): nothing to point to.
  return !concludedText(model.ast) && relationUnsaid(model).length > 0 && relationFixes(model).some(insertsUnionLawSentence);
}

// ── EU Member States and Union competence (review §3 item 1(b)) ─────────────────────────────

const missingUnionLawClauseCode = { code: 'missing-union-law-clause' };

export const missingUnionLawClause = defineRule({
  code: 'missing-union-law-clause',
  family: 'missing-clause',
  // Not the analysis's generic silencing by `satisfies`: the library's union-law clauses answer a
  // Member State's treaty, not a mixed agreement's (who-is-bound review, item 6, probe 18); the
  // check asks `librarySatisfies` itself where they do.
  defaultSeverity: 'info',
  findingCeilings: [{ severity: 'info', where: 'where the treaty was concluded before the Union rules on its matters took effect, or before the Union existed (the note then says what is true today), or may have been (criminal matters of a text signed before the Treaty of Lisbon, consent undated; a treaty signed before the Member State\'s accession, consent undated)' }],
  message: 'An EU Member State concludes this treaty with a third country or an international organisation on a matter Union rules cover: check the Union’s competence (and any Council authorisation) and say how Union law applies (in a multilateral treaty, for example in a disconnection clause).',
  rationale:
        'What the check reads: three matters only, the cyber-security and data matters Entente is written for — transfers of personal data to a third country or an international organisation (GDPR Chapter V; Chapter V of the Law Enforcement Directive), electronic evidence and mutual legal assistance, and CSIRT information sharing (NIS2 Arts. 10(7), 17). It reads no other matter a Member State\'s treaty may deal with (visas and entry, customs, transport, taxation …), whether or not Union rules cover it: its silence on such a treaty is no finding that Union law does not apply, and the reviewer judges it (hundred-and-seventeenth run, defect 5: the Benelux States–South Africa Agreement of 2013 on visas for holders of diplomatic, official and service passports, three Member States and a third country, draws nothing). Where Union rules cover a matter, a Member State\'s agreement with a third country or an international organisation (such as NATO, which is not a third country, and which the message names as what it is) may touch the Union\'s competence: the Union may itself "conclude international agreements … with third countries or international organisations" on participation in the CSIRTs network and EU-CyCLONe (NIS2 Art. 17), CSIRTs exchange with third countries "including personal data in accordance with Union data protection law" (NIS2 Art. 10(7)), transfers of personal data to third countries are governed by GDPR Chapter V (and, for law-enforcement processing, Chapter V of the Law Enforcement Directive), and a third country\'s demand for data is recognised only "if based on an international agreement, such as a mutual legal assistance treaty, in force between the requesting third country and the Union or a Member State" (GDPR Art. 48). Personal data sent by a party whose processing is outside Union law (`regimes outside-union-law`: national security, defence, GDPR Art. 2(2)(a)) is no Chapter V transfer and is not counted; a law-enforcement sender\'s transfers are the Law Enforcement Directive\'s (GDPR Art. 2(2)(d)). Personal data count with the transfer rules’ own test of a third country (`isChapterVDestination`): the EU/EEA for the GDPR, and Switzerland too for the Law Enforcement Directive (Schengen association, unconfirmed), so a note never calls a third country what those rules let pass (seventeenth real-instrument run); a sender whose regime is not declared is said to transfer under Chapter V of the GDPR or of the Directive, whichever governs its processing (eighteenth run). Where the Union itself is a party beside its Member States and third countries — a mixed agreement — its competence is settled by its participation, but how Union law applies between the Union and its Member States, and among the Member States, is not: the Council of Europe writes a disconnection clause for it ("In their mutual relations, Parties which are members of the European Economic Community shall apply Community rules and shall therefore not apply the rules arising from this Convention except in so far as there is no Community rule governing the particular subject concerned", Insider Trading Convention 1989, Art. 16 bis), and the seventeenth run found the Macolin Convention of 2014, open to the Union and its Member States, without one. A party that is a class of States ("The member States of the Council of Europe") has no jurisdiction, and the checker cannot know from a description who is in it: beside the Union such a class may hold Member States and third countries, and the note says so conditionally; without the Union as a party a class counts as neither. A mixed agreement is answered only by a disconnection clause (Member States applying Union rules "in their mutual relations"): the library clause "A Party that is a Member State of the European Union shall apply this Convention in accordance with its obligations under Union law" is no disconnection clause — it conditions the Member States\' performance towards every Party, third States included, on Union law — so it is not offered there and does not silence the note (who-is-bound review, item 6, probe 18); the library has no disconnection clause, so no fix is offered for a mixed agreement. Membership is asked on the day of conclusion (model/conclusion.ts; data/union-membership.ts): a State that was a Member State then is no third country (the United Kingdom in 2019, before its withdrawal on 31 January 2020 and the end of the transition on 31 December 2020), and a treaty a Member State concluded before its accession is reported under TFEU Art. 351 ("De rechten en verplichtingen voortvloeiende uit overeenkomsten … voor de toetredende staten, vóór de datum van hun toetreding gesloten … worden door de bepalingen van de Verdragen niet aangetast"; the Member State removes incompatibilities), read in the Dutch text, without a Council authorisation that could not have been given, and without a clause to insert. NIS2 is not cited for a treaty concluded before its adoption on 14 December 2022. Nor is a treaty asked for a competence or an authorisation under rules that took effect after it was concluded (fifty-second real-instrument run: double-taxation agreements of the Netherlands with Turkey, 1986, and Nigeria, 1991, were told to check "any Council authorisation" on transfers of personal data, when neither the GDPR nor the Union existed): transfers of personal data count as such a matter when the treaty was concluded before the day the grandfathering clause of each regime the sender may be under names — "International agreements involving the transfer of personal data to third countries or international organisations which were concluded by Member States prior to 24 May 2016, and which comply with Union law as applicable prior to that date, shall remain in force until amended, replaced or revoked" (GDPR Art. 96; the Regulation was "Done at Brussels, 27 April 2016" and applies "from 25 May 2018", Art. 99(2)), and Art. 61 of the Law Enforcement Directive for 6 May 2016 — and every matter does when the treaty was concluded before the Union existed (the Treaty on European Union, signed at Maastricht on 7 February 1992, took effect on 1 November 1993). Where every matter is such, the note says what is true today instead: when the text was concluded (or signed, where consent followed), that the article keeps it in force on the conditions the transfer rules state, and that an instrument amending or replacing it is concluded under those rules, where the Union\'s competence and a Council authorisation are to be checked; it stays a note under every profile, since it says the text stands. Where other matters remain, they alone are named for the check, and the predated ones are dated in a sentence of their own. Mutual legal assistance and electronic evidence in a treaty concluded before the Treaty of Lisbon took effect (1 December 2009: the consolidated TFEU, BWBV0001506, read, marks its amendments "per 1 december 2009"), when judicial cooperation in criminal matters fell under Title VI of the Treaty on European Union (from memory), are dated the same way (lr9, defect 7), by the day the Member State consented to be bound, not by a signature subject to ratification, which does not express consent to be bound (VCLT Art. 14(1)) and obliges the signatory only to refrain from acts that would defeat the object and purpose of the treaty (Art. 18(a)): where the header dates consent at signature, or fixes an entry into force before 1 December 2009, the matter is predated; where the text was signed before that day and the header dates no consent, the note says it conditionally ("if NL consented to be bound before that day …"; lr10, defect 10). The founding of the Union is dated the same way (lr11, defect 8): a text signed before 1 November 1993 predates the Union outright only where the header dates consent before that day; where it dates none, the note says "if NL consented to be bound before 1 November 1993, that was before the European Union existed", and criminal matters keep the Lisbon condition ("if NL consented to be bound before that day [1 December 2009] …"): a signature of 1992 no more shows consent before 1 December 2009 than one of 2008 (lr12, defect 10). Membership itself, and TFEU Art. 351, are dated the same way (lr12, defect 8): Art. 351 protects agreements "voor de toetredende staten, vóór de datum van hun toetreding gesloten", and a State that signed before its accession but consented on or after it assumed the obligations as a Member State; where the header does not date consent against the accession day the note says both conditionally ("If HR consented to be bound before 1 July 2013, … (TFEU Art. 351); if on or after that day, it assumed the obligations as a Member State: check the Union’s competence and any Council authorisation as of that day"). On a concluded text the note does not say that the Member State "concludes" the treaty: it says that competence and any Council authorisation turn on the day the Member State consented to be bound, and asks about that day. The example of a disconnection clause is given for a multilateral treaty only: it governs the Member States\' mutual relations, which a bilateral treaty with a third country does not have (lr10, defect 11). A transfer is dated by the day its clause names, not by when the rules "took effect" (the Directive was in force on 5 May 2016, from memory; lr9, defect 5); where one regime\'s day has passed and the other\'s not (a sender of open regime, signed between 6 and 24 May 2016), the check stays and the note adds that GDPR Art. 96 keeps the treaty in force for processing under the GDPR and LED Art. 61 does not (lr9, defect 4). The EEA line holds for personal data only: for criminal cooperation, mutual legal assistance and CSIRT exchange an EEA EFTA State or Switzerland is a third country, since the EEA Agreement carries neither justice and home affairs nor NIS2 (item 19; NIS2\'s absence from the EEA from the secondary sources the review lists). The countries of a Member State\'s realm outside the Union (Aruba, Curaçao, Sint Maarten, the Caribbean Netherlands; Greenland, the Faroe Islands; the French overseas collectivities: data/realms.ts, from memory) are no third countries to that State (item 12). Gibraltar, a European territory for whose external relations the United Kingdom was responsible, is named with what it was and is — the Treaties applied there while the United Kingdom was a Member State (TFEU Art. 355(3), read: BWBV0001506; the Commission\'s answer to question E-001425/2014, read), and it has been outside the Union since the United Kingdom withdrew — never as "a third country" on a treaty of 2010 (hundred-and-sixteenth run, defect 4). The rule is a prompt, at info level: it does not decide the question. The exclusivity of Union competence where common rules may be affected (TFEU Art. 3(2), the ERTA case 22/70 and Opinion 1/13), the e-evidence Regulation (EU) 2023/1543 and Directive 2014/41/EU on the European Investigation Order were not read for this rule: that part is not confirmed here. Where the third country has an adequacy decision on Entente\'s list not limited to a kind of recipient (New Zealand, Switzerland …), the note says that transfers under the GDPR rest on it (GDPR Art. 45), so that it is not read as a missing basis (sixty-second run, D3); a decision of limited scope (Canada, Japan, the United States, Brazil) is left to the transfer rules. Where such a decision does not reach every transfer, the note says so far as it covers them, what it leaves out, and that the rest need another basis (lr14, D2): Israel\'s decision is "with regard to automated processing of personal data" and covers "automated international transfers" and transfers not automated that are "subject to further automated processing in the State of Israel" (Decision 2011/61/EU, title and recital 12, read on the EUR-Lex page of the consolidated text and in a reproduction); the Republic of Korea\'s leaves out processing for missionary activities by religious organisations, processing for the nomination of candidates by political parties, and processing of personal credit information under the Credit Information Act by controllers subject to oversight by the Financial Services Commission (Decision (EU) 2022/254, Art. 1; its text not read here) — kinds of processing, not every transfer to those recipients; the United Kingdom\'s GDPR decision of 2021 does not cover personal data transferred for purposes of United Kingdom immigration control or otherwise within the immigration exemption of paragraph 4(1) of Schedule 2 to the Data Protection Act 2018 (Decision (EU) 2021/1772, Art. 1(2); its text not read here; the renewal not read on this point). Transfers a decision does not cover need appropriate safeguards (Art. 46) or a derogation (Art. 49), and a public authority in the exercise of its public powers may rely only on Art. 49(1)(d)–(g), not on consent, a contract or compelling legitimate interests (Art. 49(3)). On a concluded text the note says, as the other missing-clause findings do, that a clause of the text on how Union law applies which the transcription has not tagged is credited by tagging it `about union-law`; unlike missing-relation-to-other-obligations it keeps the profile\'s severity there, since whether the Member State had the competence and any authorisation it needed is a question about the treaty as it stands, not a silence the default rules fill (ninety-fifth run, defect 2; rf94).',
  source:
    'NIS2 Arts. 10(7), 17 (read: EUR-Lex consolidated text of 27.12.2022); GDPR Chapter V, Art. 48 (read: Publications Office Formex, OJ L 119); Insider Trading Convention (1989) Art. 16 bis (read: Dutch treaty series BWBV0002781); VCLT Arts. 14(1), 18(a) (read: BWBV0003441); TFEU Art. 351 (read: Dutch text BWBV0001506, statengeneraal/laws-markdown, snapshot 2014-10-03); GDPR Arts. 96, 99 and its date (read: Formex text of the Official Journal, maastrichtlawtech/eur-lex-visualiser, src/__fixtures__/gdpr.fmx.xml); Treaty on European Union, date of signature (read: Rijkswet of 17 December 1992, BWBR0005772) and Art. 54(2) on its entry into force (read: BWBV0001507), the day 1 November 1993 from memory; Law Enforcement Directive Art. 61 (not read in its text: its rule as the EDPB recalls it); accession dates other than Croatia\'s, the United Kingdom\'s withdrawal dates, the realms of NL, DK and FR (from memory or the who-is-bound review\'s secondary sources, not read); TFEU Art. 3(2), ERTA (22/70), Opinion 1/13, Regulation (EU) 2023/1543, Directive 2014/41/EU (not read: unconfirmed); the adequacy limits of Decisions (EU) 2022/254, Art. 1, and (EU) 2021/1772, Art. 1(2), cited by number and article (their texts not read here: EUR-Lex not reachable); GDPR Art. 49(3) (read: Formex text, as for Chapter V)',
  sourceStatus: 'unconfirmed',
  example: {
    trigger:
      'treaty "Agreement" { status binding }\nparty EE "Estonia" { kind state jurisdiction EE }\nparty UA "Ukraine" { kind state jurisdiction UA }\nchannel Intel between EE, UA { carries indicators, personal-data }\nclause Relation about other-obligations """\n  This Agreement shall not affect the rights and obligations of the Parties under other international agreements.\n"""\n',
    fix:
      'treaty "Agreement" { status binding }\nparty EE "Estonia" { kind state jurisdiction EE }\nparty UA "Ukraine" { kind state jurisdiction UA }\nchannel Intel between EE, UA { carries indicators, personal-data }\nclause Relation about other-obligations """\n  This Agreement shall not affect the rights and obligations of the Parties under other international agreements.\n"""\nclause UnionLaw about union-law """\n  Estonia shall apply this Agreement in accordance with its obligations under Union law, including Union data protection law.\n"""\n',
  },
  check({ model, report }) {
    const instrument = standaloneInstrument(model);
    if (!instrument || model.legalNature !== 'treaty') return;
    const union = unionParties(model);
    // A mixed agreement is answered only by a disconnection clause: a clause keeping Union law for
    // the Member States towards every Party is another rule, and no answer (who-is-bound review,
    // item 6, probe 18: the library clause silenced the note it does not answer).
    if (union.length > 0 ? saysInProse(model, disconnectionClause, disconnectionWords) : librarySatisfies(model, missingUnionLawClauseCode) || coversTopic(model, 'union-law') || saysInProse(model, unionLawClause, unionLawWords)) return;
    const { matters, outsiders, accededLater, accessionUnsure, members, predated, predatedSenders, partlyPredated, lisbonUnsure } = unionMatters(model);
    if (matters.length === 0) return;
    const declaredMembers = members.filter((p) => !isClassOfStates(p));
    if (union.length === 0 && accededLater.length + accessionUnsure.length > 0 && accededLater.length + accessionUnsure.length === declaredMembers.length) {
      // Concluded before accession: TFEU Art. 351 (read), not a Council authorisation that could
      // not have been given then; no clause is offered for a text concluded years ago (item 12).
      // Signed before accession, consent undated: said conditionally, a note (lr12, defect 8).
      report({ range: instrument.kind.range, message: beforeAccession(model, accededLater, accessionUnsure, outsiders, matters), ...(accessionUnsure.length > 0 ? { profileCeiling: 'info' as const } : {}) });
      return;
    }
    const live = matters.filter((m) => !predated.has(m));
    if (union.length === 0 && live.length === 0) {
      // Concluded before the Union rules it names (or the Union) existed: no competence or
      // authorisation to check for the text as concluded; what is true today, a note at most.
      report({ range: instrument.kind.range, message: beforeUnionRules(model, outsiders, matters, predatedSenders), profileCeiling: 'info' });
      return;
    }
    if (union.length === 0) {
      const sharedSentence = relationFixWritesUnionLaw(model);
      report({
        range: instrument.kind.range,
        message: `${memberStateTreatyWords(model, outsiders, live)}${adequacyWords(outsiders, live)}${lisbonUnsureSentence(model, members, lisbonUnsure)}${predatedSentence(model, matters.filter((m) => predated.has(m)), predatedSenders)}${partlySentence(model, partlyPredated)}${sharedSentence ? ' The fix offered for the relation to other agreements writes the library’s Union-law sentence as its paragraph 2; no second copy is offered here.' : ''}`,
        fixes: sharedSentence ? [] : libraryFixes(model, 'union-law'),
        // Conditional on a consent the header does not date: a note, as the predated case (lr10, defect 10).
        ...(live.every((m) => lisbonUnsure.has(m)) ? { profileCeiling: 'info' as const } : {}),
      });
      return;
    }
    // No fix: the library has no disconnection clause, and the clause it has changes what the
    // Member States owe the third Parties (item 6).
    report({ range: instrument.kind.range, message: mixedAgreement(model, union, outsiders, matters) });
  },
});

/**
 * A disconnection clause: Union rules applied by the Member States "in their mutual relations"
 * (Insider Trading Convention 1989, Art. 16 bis, read), or a clause that says it is one.
 */
const disconnectionClause = /\bin\s+their\s+mutual\s+relations\b[^.]{0,200}?\b(?:Community|Union)\b|\b(?:Community|Union)\b[^.]{0,200}?\bin\s+their\s+mutual\s+relations\b|\bdisconnection\s+clause\b/iu;
const disconnectionWords = /mutual|disconnection/iu;

/**
 * A treaty a Member State concluded before the Union rules on its matters took effect (or before
 * the Union existed): NL–Nigeria 1991 and NL–Turkey 1986 on the exchange of tax information
 * (fifty-second run). The Union's competence and a Council authorisation are not asked of the text
 * as concluded (whether it complied with Union law as it then stood is Art. 96's condition); what is true today is that GDPR Art. 96 ("International agreements involving the
 * transfer of personal data to third countries … which were concluded by Member States prior to 24
 * May 2016, and which comply with Union law as applicable prior to that date, shall remain in force
 * until amended, replaced or revoked", read) and LED Art. 61 keep it in force, said on the
 * conditions the transfer rules state (`keptInForce`), and that an instrument amending or replacing
 * it is concluded under those rules.
 */
function beforeUnionRules(model: SemanticModel, outsiders: readonly PartyFacts[], matters: readonly string[], senders: UnionMatters['predatedSenders']): string {
  const { when, noUnion, today } = predatedWords(model, senders);
  return `Union rules now cover what this treaty with ${outsiderWords(outsiders)} deals with (${matters.join('; ')}), but it was ${when} ${beforeWords(model, matters, senders) ?? `before they took effect${noUnion}`}.${adequacyWords(outsiders, matters)}${today} An instrument that amends or replaces it is concluded under those rules: check the Union’s competence and any Council authorisation for it, and say there how Union law applies.`;
}

/** When the text was concluded (or signed, where consent follows), whether before the Union, and what GDPR Art. 96 (LED Art. 61) keeps in force today. */
function predatedWords(model: SemanticModel, senders: UnionMatters['predatedSenders']): { when: string; noUnion: string; today: string } {
  const conclusion = conclusionOf(model.ast);
  const day = conclusion?.day;
  const when = conclusion ? `${conclusion.consent === 'given' ? 'concluded' : conclusion.verb} on ${conclusion.iso} (${conclusion.what})` : 'concluded';
  const noUnion = day ? noUnionWords(model, senders.map((s) => s.sender)) : '';
  const kept = [...new Set(senders.map(({ sender, regimes }) => keptWords(model, sender, regimes)).filter((k): k is string => k !== undefined))];
  return { when, noUnion, today: kept.map((k) => ` ${k}`).join('') };
}

/** Of a treaty on other matters too: the matters it predates the rules on, and what is true of them today. */
function predatedSentence(model: SemanticModel, predated: readonly string[], senders: UnionMatters['predatedSenders']): string {
  if (predated.length === 0) return '';
  const { when, noUnion, today } = predatedWords(model, senders);
  const before = beforeWords(model, predated, senders);
  return before ? ` As to ${predated.join('; ')}, it was ${when} ${before}.${today}` : ` It was ${when} before the Union rules on ${predated.join('; ')} took effect${noUnion}.${today}`;
}

/**
 * What predated matters were concluded before, once the Union existed: the Treaty of Lisbon for criminal matters (lr9,
 * defect 7); for transfers the day GDPR Art. 96 (LED Art. 61) names, not "before they took effect" (defect 5).
 */
function beforeWords(model: SemanticModel, matters: readonly string[], senders: UnionMatters['predatedSenders']): string | undefined {
  const day = conclusionOf(model.ast)?.day;
  if (!day || unionPredated(model) === 'before' || unionPredated(model) === 'unknown') return undefined;
  const parts: string[] = [];
  if (matters.some((m) => /mutual legal assistance/u.test(m))) parts.push(`before the Treaty of Lisbon took effect on ${lisbonInForce.words}, when judicial cooperation in criminal matters fell under Title VI of the Treaty on European Union`);
  const cutoffs = [...new Set(senders.flatMap((s) => s.regimes))].map((r) => grandfatheredBefore[r]).filter((c) => c !== undefined);
  if (cutoffs.length === 1) parts.push(`before ${cutoffs[0]!.date}, the date ${cutoffs[0]!.article} names`);
  else if (cutoffs.length > 1) parts.push(`before ${cutoffs.map((c) => `${c!.date} (${c!.article})`).join(' and ')}, the dates those articles name`);
  return parts.length > 0 ? parts.join(', and ') : undefined;
}

/** Transfers kept in force by GDPR Art. 96, not LED Art. 61 (signed 6–24 May 2016; lr9, defect 4), as possible-transfer-without-safeguards words it. */
function partlySentence(model: SemanticModel, partly: UnionMatters['partlyPredated']): string {
  const { when } = predatedWords(model, []);
  const sentences = partly.map(({ sender, kept, notKept }) => {
    const lead = keptWords(model, sender, kept);
    if (!lead) return '';
    const not = notKept.map((r) => `${grandfatheredBefore[r]?.article ?? transferRules[r].name} does not, for processing under ${transferRules[r].name}: it names agreements concluded before ${grandfatheredBefore[r]?.date ?? 'its date'}, and this one was ${when}.`);
    return ` For processing under ${kept.map((r) => transferRules[r].name).join(' or ')}, ${lead[0]!.toLowerCase()}${lead.slice(1)} ${not.join(' ')}`;
  });
  return [...new Set(sentences)].join('');
}

/** The first regime's Art. 96 (Art. 61) sentence in full, the others' in one sentence each ("says the same of …"). */
function keptWords(model: SemanticModel, sender: PartyFacts, regimes: readonly TransferRegime[]): string | undefined {
  const [first, ...others] = regimes.filter((r) => keptInForce(model, sender, r) !== undefined);
  if (!first) return undefined;
  const lead = keptInForce(model, sender, first)!;
  const same = others.map((r) => ` ${grandfatheredBefore[r]!.article} says the same of agreements concluded before ${grandfatheredBefore[r]!.date}, for processing under it.`);
  return `${lead[0].toUpperCase()}${lead.slice(1)}.${same.join('')}`;
}

/**
 * The Union is a party beside Member States (or classes of States that may hold them) and
 * outsiders: a mixed agreement, the central case for a disconnection clause (seventeenth run, the
 * Macolin Convention). Its competence is settled by its participation; how Union law applies
 * between it and its Member States is not, unless the text says so. What rests on a class of
 * States is said conditionally: the checker cannot know who is in it.
 */
function mixedAgreement(model: SemanticModel, union: readonly PartyFacts[], outsiders: readonly PartyFacts[], matters: readonly string[]): string {
  const unionIds = union.map((p) => p.id).join(', ');
  const members = model.signatories.filter((p) => p.isEU && !isUnionBodyParty(p)).map((p) => p.id);
  const classes = model.signatories.filter(isClassOfStates).map((p) => p.id);
  const declaredOutsiders = outsiders.filter((p) => !isClassOfStates(p));
  const about = `on matters Union rules cover (${matters.join('; ')}): say how Union law applies between the Union and its Member States and among the Member States (for example a disconnection clause).`;
  if (members.length > 0 && declaredOutsiders.length > 0) return `The Union (${unionIds}) and its Member States (${members.join(', ')}) may both be Parties, with ${outsiderWords(declaredOutsiders)}, ${about}`;
  const unknown = [members.length === 0 ? 'EU Member States' : '', declaredOutsiders.length === 0 ? 'third countries' : ''].filter(Boolean).join(' and ');
  const beside = [members.length > 0 ? `its Member State${members.length > 1 ? 's' : ''} ${members.join(', ')}` : '', `${classes.length > 1 ? 'classes' : 'a class'} of States (${classes.join(', ')}) whose members the checker cannot know`].filter(Boolean).join(' and ');
  return `The Union (${unionIds}) is a Party beside ${beside}: if ${classes.length > 1 ? 'they include' : 'it includes'} ${unknown}, the Union and its Member States may both be Parties ${about}`;
}

/** The instrument can end: an exit clause, a fixed term, or a clause on termination. */
function canEnd(model: SemanticModel): boolean {
  const instrument = standaloneInstrument(model);
  return instrument !== undefined && (instrument.termination !== undefined || instrument.duration?.term !== undefined || coversTopic(model, 'termination'));
}

export const missingSurvival = defineRule({
  code: 'missing-survival',
  family: 'missing-clause',
  librarySatisfiable: true,
  defaultSeverity: 'warning',
  message: 'Say that classified information exchanged stays protected after the instrument ends: add a clause that the obligation to protect it continues after termination.',
  rationale:
    'When a treaty ends, its parties are released "from any obligation further to perform the treaty" unless "the treaty otherwise provides or the parties otherwise agree" (VCLT Art. 70(1)(a)): without a survival clause the duty to protect classified information received under it ends with it. Security and cooperation agreements provide otherwise: "A State Party denouncing this Agreement shall remain to be bound by its obligation to protect and safeguard classified information to which it has gained access" (ESA 2002, Art. 12(2)); "all Classified Information exchanged or generated under this Agreement shall continue to be protected in the event of the termination" (Netherlands–US 2012, Art. 20(6)); "Such termination shall not affect any obligation or liability which may have been assumed" (Netherlands–Sweden 1984, Art. 11); or they measure the duty by the classification rather than by the instrument, which provides otherwise in the same way: the other Government shall "preserve such security … throughout the period during which the classifying Government may maintain such classifications" (Netherlands–US 1978 memorandum, Art. IV). An MoU, which the VCLT does not govern, needs the same sentence for the same reason. Checked where the instrument can end (a termination, withdrawal, discontinuation or denunciation clause, or a fixed term) and carries classified information; information exchanged under a security agreement in force elsewhere (`concluded …`) stays protected by that agreement. TLP:RED and TLP:AMBER information is `missing-confidentiality-survival`. Suspension (VCLT Arts. 57, 60) is not checked.',
  source:
    'VCLT Art. 70(1) (read: Dutch treaty series BWBV0003441); ESA classified-information Agreement (2002) Art. 12(2) (read: BWBV0001724); Netherlands–US Agreement (2012) Art. 20(6) (read: BWBV0006073); Netherlands–Sweden Agreement (1984) Art. 11 (read: BWBV0002448); Netherlands–US memorandum on defence cooperation (1978) Art. IV (read: BWBV0003739)',
  sourceStatus: 'verified',
  example: {
    trigger:
      'treaty "Agreement" { status binding termination with notice of 6 months }\nparty EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nsecurity-agreement GSA between EE, FI up to SECRET\nchannel Intel between EE, FI { classification SECRET under GSA }\n',
    fix:
      'treaty "Agreement" { status binding termination with notice of 6 months }\nparty EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nsecurity-agreement GSA between EE, FI up to SECRET\nchannel Intel between EE, FI { classification SECRET under GSA }\nclause Survival about survival "Classified information exchanged under this Agreement shall continue to be protected after its termination."\n',
  },
  check({ model, report }) {
    const instrument = standaloneInstrument(model);
    if (!instrument || !canEnd(model) || survivalStated(model)) return;
    const channel = classifiedChannel(model);
    if (!channel) return;
    report({
      range: instrument.kind.range,
      // The release on termination is treaty law: cited on a treaty only, never on a memorandum (the treaty lawyers' open items of 5 December 2026, item 2).
      message: `${channel.id ? `Channel ${channel.id.text}` : 'A channel'} carries classified information, but nothing says it stays protected once the ${instrument.kind.text} ends: add a clause that the obligation to protect it continues after termination${model.legalNature === 'treaty' ? ` (${viennaCitation(model, 'Art. 70(1)')})` : ''}.`,
      related: channel.id ? [{ uri: model.uri, range: channel.id.range, message: 'classified information is exchanged here' }] : [],
      fixes: libraryFixes(model, 'survival'),
    });
  },
});

export const missingConfidentialitySurvival = defineRule({
  code: 'missing-confidentiality-survival',
  family: 'missing-clause',
  librarySatisfiable: true,
  defaultSeverity: 'info',
  message: 'Say that information exchanged under TLP:RED or TLP:AMBER stays confidential after the instrument ends: add a clause that the confidentiality commitments continue after termination.',
  rationale:
    'A TLP label travels with the information, but the commitment to respect it is made in the instrument; once the instrument ends, nothing in it binds the recipient any more unless it says so ("Unless the treaty otherwise provides or the parties otherwise agree", VCLT Art. 70(1); for an MoU, the same by its own terms). Instruments therefore keep confidentiality alive after termination, as the Netherlands–US Agreement of 2012 does for its information (Art. 20(6)) and as the library\'s confidentiality clauses do ("These understandings will continue to apply after this Memorandum is discontinued"). Checked where the instrument can end and a channel is marked TLP:RED, TLP:AMBER+STRICT or TLP:AMBER; information, at info level, because the originator\'s label itself does not lapse with the instrument.',
  source: 'VCLT Art. 70(1) (read: Dutch treaty series BWBV0003441); Netherlands–US Agreement (2012) Art. 20(6) (read: BWBV0006073)',
  sourceStatus: 'verified',
  example: {
    trigger:
      'memorandum "MoU" { status non-binding discontinue with notice of 6 months }\nparticipant EE "CERT-EE"\nparticipant FI "NCSC-FI"\nchannel Intel between EE, FI { marking TLP:AMBER }\n',
    fix:
      'memorandum "MoU" { status non-binding discontinue with notice of 6 months }\nparticipant EE "CERT-EE"\nparticipant FI "NCSC-FI"\nchannel Intel between EE, FI { marking TLP:AMBER }\nclause Survival about survival "Information exchanged will continue to be protected after this Memorandum is discontinued."\n',
  },
  check({ model, report }) {
    const instrument = standaloneInstrument(model);
    if (!instrument || !canEnd(model) || survivalStated(model)) return;
    const channel = sensitiveChannel(model);
    if (!channel?.marking) return;
    report({
      range: channel.marking.range,
      message: `${channel.id ? `Channel ${channel.id.text}` : 'This channel'} carries ${channel.marking.text} information, but nothing says it stays confidential once the ${instrument.kind.text} ends: add a clause that the confidentiality commitments continue after termination.`,
      fixes: libraryFixes(model, 'survival'),
    });
  },
});

export const legalFrameworkRules: Rule[] = [missingRelationToOtherObligations, missingUnionLawClause, missingStatusOfPersonnel, missingSurvival, missingConfidentialitySurvival];
