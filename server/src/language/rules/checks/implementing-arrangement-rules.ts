/**
 * An implementing arrangement silent on its own term, exit, amendment and disputes. The generic
 * final-clause checks (MC02–MC05) leave such an arrangement to this one: a treaty lawyer reads the
 * silence as "governed by the treaty it implements", not as a gap, and would at most suggest
 * saying so. It is a declaration check, like `undeclared-status`: what is asked is that the
 * header say what the arrangement takes from its treaty (`implements … with …`), not a clause
 * from the library. A protocol whose own words make it "an integral part of" another treaty is
 * read the same way by `integral-part-final-clauses` (fifty-seventh run, item 1).
 */
import type { Instrument } from '../../ast/nodes';
import type { ClauseTopic } from '../../model/topics';
import type { SemanticModel } from '../../model/semantic-model';
import { coversTopic, standaloneInstrument, takesFromTreaty } from '../support/applicability';
import { finalClausesBorrowedFrom } from '../support/implementing-arrangement';
import { amendedTreaty } from '../support/amended-treaty';
import { integralPartOf, type IntegralTie } from '../support/part-of-another-treaty';
import { defineRule, type Rule } from '../rule';
import { orList } from '../../util/word-list';

export interface SilentItem {
  readonly topic: ClauseTopic;
  readonly words: string;
  readonly statedInHeader: (instrument: Instrument) => boolean;
}

const items: readonly SilentItem[] = [
  { topic: 'duration', words: 'duration', statedInHeader: (i) => i.duration !== undefined },
  { topic: 'termination', words: 'termination', statedInHeader: (i) => i.termination !== undefined },
  { topic: 'amendment', words: 'amendment procedure', statedInHeader: (i) => i.amendment !== undefined },
  { topic: 'disputes', words: 'dispute settlement', statedInHeader: (i) => i.disputes !== undefined },
];

function says(model: SemanticModel, instrument: Instrument, item: SilentItem): boolean {
  return item.statedInHeader(instrument) || coversTopic(model, item.topic) || takesFromTreaty(model, item.topic);
}

/** What the arrangement is silent on, as the generic checks would have asked it. */
export function silentOn(model: SemanticModel, instrument: Instrument): SilentItem[] {
  const exit = items.find((i) => i.topic === 'termination')!;
  return items.filter((item) => {
    if (says(model, instrument, item)) return false;
    // An exit clause is enough: the arrangement lasts until it is used (or the treaty ends).
    if (item.topic === 'duration') return !says(model, instrument, exit);
    // Whose exit rule applies (VCLT Art. 56, or the text alone) waits for the status (`undeclared-status`).
    if (item.topic === 'termination') return model.legalNature !== undefined;
    return true;
  });
}

export const implementingArrangementFinalClauses = defineRule({
  code: 'implementing-arrangement-final-clauses',
  family: 'declaration',
  defaultSeverity: 'info',
  message:
    'This arrangement implements a treaty and has no duration, termination, amendment or dispute clause of its own: say that those of the treaty govern it (`implements … with duration, termination, amendment, disputes`), or give it its own.',
  rationale:
    'An arrangement concluded under a treaty, or "in implementation of" one of its articles, exists only to carry that treaty out. Where it is silent on its term, its exit, its amendment and its disputes, a treaty lawyer reads it as governed by the treaty: it can last no longer than the treaty (once a treaty is terminated its parties are released "from any obligation further to perform the treaty", VCLT Art. 70(1)(a), and there is nothing left to implement); it is amended as it was made, by agreement of those who concluded it (for a binding one, "A treaty may be amended by agreement between the parties", VCLT Art. 39); and differences over its application are differences over the application of the treaty, settled as that treaty provides, if it does. Real implementing arrangements are written that way: the Netherlands–Sweden memorandum of 1984 has no term and is "effective from the date of the entry into force of the Agreement" (Section 8), under Art. 7 of the Agreement ("Details of the implementation … will be the subject of separate arrangements"); the Netherlands–US exchange of notes of 1959 is "an agreement for the implementation of Article III of the Agreement of 1955" with no final clause; the Netherlands–US Security Procedures of 1982 were "developed to implement the provisions of the General Security of Information Agreement" and state no term, exit, amendment or disputes. The missing-duration, missing-termination, missing-discontinuation, missing-amendment and missing-dispute-settlement checks therefore leave an arrangement that `implements` a treaty (by file, by a declared agreement, or by the treaty\'s title when it is not transcribed), or says in its own clauses that it is "in implementation of Article … of the …" or "developed to implement the provisions of the …", or that its procedures "shall apply in fulfillment of the provisions of the Protocol on Inspection of the CFE Treaty" (Netherlands–US notes of 1991 on CFE inspections, para. II; thirty-eighth run), or makes its formula of assent "For the purpose of applying the Convention … in accordance with the provisions of Article 28(1) of the Convention" (Netherlands–United Kingdom Administrative Agreement on social security 2008, made under the Convention\'s Art. 28(1), "The competent authorities of the two Parties shall establish an administrative agreement"; twenty-ninth run), to this check, which suggests saying so at info level. An arrangement that means to outlive its treaty, or to be ended or amended separately, needs its own clauses. An instrument that `implements` an act of the Union, named by its title ("Council Directive 68/414/EEC …", "Regulation (EU) 2016/679 …"), is not left to this check: a Directive or Regulation is not a treaty and has no term, denunciation or amendment clause to lend, and an agreement between Governments that a Directive envisages is a treaty of its own, whose silence on termination VCLT Art. 56 governs; the generic checks ask it as they ask any treaty (the Netherlands–Denmark Agreement on oil stocks of 2006, whose preamble has regard to Council Directive 68/414/EEC and to "Article 6, paragraph 2, of the Directive which envisages the establishment of stocks within the territory of a Member" State, has its own termination clause, Art. 11; hundred-and-eighteenth run, defect 1).',
  source:
    'VCLT Arts. 39, 70(1)(a) (read: Dutch treaty series BWBV0003441); Netherlands–Sweden Agreement (1984) Art. 7 and memorandum Section 8 (read: BWBV0002448); Netherlands–US exchange of notes of 8 October 1959, Procedures para. 1 and note Nr. II (read: BWBV0005280); Netherlands–US Security Procedures for Industrial Operations (1982) para. 1.A (read: BWBV0003739); Netherlands–US exchange of notes on CFE inspections (1991), para. II (read: BWBV0002239); Netherlands–United Kingdom Administrative Agreement (2008) preamble (read: BWBV0003213) and Convention on Social Security (2005) Arts. 28(1), 31 (read: BWBV0001782); Netherlands–Denmark Agreement on oil stocks (2006), preamble and Art. 11 (read: BWBV0002089); VCLT Art. 56 (read: BWBV0003441). That an implementing arrangement silent on its term lasts no longer than its treaty is the reading of these texts, not a rule any of them states',
  sourceStatus: 'verified',
  example: {
    trigger:
      'arrangement "Security Procedures" {\n  status binding\n  implements GSOIA\n  effect on signature\n}\nparty NL "Ministry of Defence" { kind government-agency jurisdiction NL contact Mod "Ministry of Defence" }\nparty US "Department of Defense" { kind government-agency jurisdiction US contact DoD "Department of Defense" }\nsecurity-agreement GSOIA between NL, US { concluded on 1960-08-18 }\n',
    fix:
      'arrangement "Security Procedures" {\n  status binding\n  implements GSOIA with duration, termination, amendment, disputes\n  effect on signature\n}\nparty NL "Ministry of Defence" { kind government-agency jurisdiction NL contact Mod "Ministry of Defence" }\nparty US "Department of Defense" { kind government-agency jurisdiction US contact DoD "Department of Defense" }\nsecurity-agreement GSOIA between NL, US { concluded on 1960-08-18 }\n',
  },
  check({ model, report }) {
    const instrument = standaloneInstrument(model);
    // An act of the Union is not a treaty and lends no final clauses: the generic checks ask (r118, defect 1).
    const treaty = finalClausesBorrowedFrom(model);
    if (!instrument || !treaty) return;
    const silent = silentOn(model, instrument);
    if (silent.length === 0) return;
    const consequences = [
      silent.some((s) => s.topic === 'duration' || s.topic === 'termination') ? 'it lasts no longer than that treaty' : undefined,
      silent.some((s) => s.topic === 'amendment') ? 'it is amended as it was made, by agreement of those who concluded it' : undefined,
      silent.some((s) => s.topic === 'disputes') ? 'differences over its application are settled as that treaty provides, if it does' : undefined,
    ].filter((c): c is string => c !== undefined);
    const withItems = silent.map((s) => s.topic).join(', ');
    report({
      range: instrument.kind.range,
      message: `This ${instrument.kind.text} implements ${treaty.name} and has no ${orList(silent.map((s) => s.words))} of its own: read as governed by that treaty, ${consequences.join('; ')}. Say which applies: the treaty's clauses (\`implements … with ${withItems}\`), or its own.`,
      related: [{ uri: model.uri, range: treaty.range, message: 'the treaty it implements is named here' }],
    });
  },
});

/**
 * A protocol that says it "shall form an integral part of the Agreement" and is silent on its term,
 * exit, amendment and disputes (Additional Protocol to the European Agreement on the Exchange of
 * Therapeutic Substances of Human Origin 1982, Art. 3; fifty-seventh run, item 1). Where something
 * beside those words ties it to the Agreement (the same Parties, the Agreement's provisions applied to
 * it, a bilateral package entering into force together), its final clauses are the Agreement's and
 * the generic final-clause checks leave it to this one. Where only the words do, they settle nothing
 * of the kind (treaty lawyer lr13, defect 4): the note says what is open, and on a draft the generic
 * checks still ask (support/part-of-another-treaty.ts, `governedAsIntegralPart`).
 */
const tiedBecause: Record<IntegralTie, (name: string) => string> = {
  participation: (name) => `it lasts, ends and is amended with ${name}, since no State may become a Party to ${name} without becoming a Party to it, and a difference over it is settled as that treaty provides, if it does`,
  provisions: (name) => `${name}'s provisions apply to it as the text says, its final clauses among them, so far as they fit`,
  'entry-into-force': (name) => `it lasts, ends and is amended with ${name}, with which it enters into force between the same two Parties, and a difference over it is settled as that treaty provides, if it does`,
};

export const integralPartFinalClauses = defineRule({
  code: 'integral-part-final-clauses',
  family: 'declaration',
  defaultSeverity: 'info',
  message:
    'This protocol forms an integral part of another treaty and has no duration, termination, amendment or dispute clause of its own: check that the treaty\'s final clauses govern it, and say so (`incorporates duration, termination, amendment, disputes from "<the treaty\'s file or title>"`); where nothing but the words "integral part" ties it to the treaty, say whether a Party may denounce it without denouncing the treaty.',
  rationale:
    'A protocol whose own words make it "an integral part of" another treaty, and that is bound to it by more than those words, lives inside that treaty: "From the date of its entry into force, this Additional Protocol shall form an integral part of the Agreement. From that date, no State may become a Contracting Party to the Agreement without at the same time becoming a Contracting Party to the Additional Protocol" (Additional Protocol to the European Agreement on the Exchange of Therapeutic Substances of Human Origin, 1982, Art. 3; it enters into force only once every Party to the Agreement has accepted it, Art. 2; fifty-seventh real-instrument run). Such a protocol has the treaty\'s Parties and no life apart from it: it ends for a Party when that Party\'s denunciation of the treaty takes effect (a right to denounce "may be exercised only with respect to the whole treaty unless the treaty otherwise provides", VCLT Art. 44(1)), lasts as long as the treaty, is amended as the treaty is, and a difference over it is a difference over the treaty, settled as that treaty provides, if it does. The same holds where the treaty\'s provisions are applied to it "accordingly" or "mutatis mutandis", and for a bilateral protocol that enters into force "on the same date as the Agreement" (the Aruba–British Virgin Islands Protocol of 2009, Art. 5). The words "integral part" alone settle none of this (treaty lawyer lr13, defect 4): an optional protocol only some Parties to the treaty ratify is a treaty between them, and a protocol whose articles are "additional articles to the Convention" may still carry its own "Any Party may at any time denounce this Protocol" (Additional Protocol to the Convention on Human Rights and Biomedicine concerning Transplantation, 2002, Arts. 28 and 33). Whether a Party may leave such a protocol alone is then open (a treaty silent on it "is not subject to denunciation or withdrawal unless" the parties intended it or its nature implies it, VCLT Art. 56(1)), and whether the treaty\'s amendment clause reaches it is a matter of construction. So the missing-duration, missing-termination, missing-discontinuation, missing-amendment and missing-dispute-settlement checks leave a tied protocol, and any concluded one, to this check, which asks at info level to check that the treaty\'s clauses are there and to say so with `incorporates … from` (the treaty\'s file, or its title when it is not transcribed); on a draft that has only the words, they still ask, and this check asks the drafter to say whether a Party may denounce the protocol without denouncing the treaty. The sentence counts where its subject is the instrument itself ("this Protocol", "this Additional Protocol", "the provisions of this Protocol"; "shall form", "shall constitute", "shall be regarded as", "forms", "constitutes" an integral part), or the instrument is the antecedent of a relative clause saying it ("No State may become a Contracting Party to the Agreement without at the same time becoming a Contracting Party to this Additional Protocol, which forms an integral part of the Agreement", Additional Protocol to the European Agreement on the Exchange of Tissue-typing Reagents, 1976, Art. 3; eighty-ninth run), and what it is part of is another instrument ("the Agreement", "the Convention", "the Treaty"); "The Annex to this Protocol shall form an integral part of this Protocol" is said of the annex, and so is "the Annex to this Protocol, which forms … A protocol that only "supplements" a treaty, or applies "in relation to" it, remains an instrument with final clauses of its own and is still asked by those checks.',
  source:
    'Additional Protocol to the European Agreement on the Exchange of Therapeutic Substances of Human Origin (1982), Arts. 2–3 (read: Dutch treaty series BWBV0002618); Additional Protocol to the Convention on Human Rights and Biomedicine concerning Transplantation (2002), Arts. 28, 33 (read: BWBV0005628); Protocol between the Netherlands in respect of Aruba and the British Virgin Islands (2009), Art. 5 (read: BWBV0003537); VCLT Arts. 44(1), 56(1)–(2) (read: BWBV0003441)',
  sourceStatus: 'verified',
  example: {
    trigger:
      'protocol "Additional Protocol to the Agreement" {\n  status binding\n  consent by acceptance\n  effect on first day of month following last acceptance\n}\nclause Art3 "Article 3" """\n  This Additional Protocol shall form an integral part of the Agreement. No State may become a Contracting Party to the Agreement without at the same time becoming a Contracting Party to the Additional Protocol.\n"""\n',
    fix: 'protocol "Additional Protocol to the Agreement" {\n  status binding\n  consent by acceptance\n  effect on first day of month following last acceptance\n  incorporates duration, termination, amendment, disputes from "European Agreement of 15 December 1958"\n}\nclause Art3 "Article 3" """\n  This Additional Protocol shall form an integral part of the Agreement. No State may become a Contracting Party to the Agreement without at the same time becoming a Contracting Party to the Additional Protocol.\n"""\n',
  },
  check({ model, report }) {
    const instrument = standaloneInstrument(model);
    // An implementing arrangement is reported by `implementing-arrangement-final-clauses`, and one
    // that declares the treaty it amends by `amending-instrument-final-clauses` (one note, not two).
    if (!instrument || model.isPoliticalDeclaration || finalClausesBorrowedFrom(model) || amendedTreaty(model)) return;
    const part = integralPartOf(model);
    if (!part) return;
    const silent = silentOn(model, instrument);
    if (silent.length === 0) return;
    const withItems = silent.map((s) => s.topic).join(', ');
    const kind = instrument.kind.text;
    const declare = `\`incorporates ${withItems} from "<the treaty's file or title>"\``;
    const untied = () => {
      const open = `This ${kind} says it forms an integral part of ${part.name} and has no ${orList(silent.map((s) => s.words))} of its own, but nothing else in its words ties it to ${part.name}, and those words alone do not settle whether it lasts, ends and is amended with it (a treaty silent on denunciation admits it only where the parties intended it or its nature implies it, VCLT Art. 56(1)).`;
      return model.concludedOn !== undefined
        ? `${open} Check how its Parties read it, and where ${part.name}'s final clauses govern it, declare them (${declare}).`
        : `${open} Say whether a Party may denounce this ${kind} without denouncing ${part.name}, and whether ${part.name}'s amendment and dispute clauses apply to it (then declare them: ${declare}); or give it clauses of its own.`;
    };
    report({
      range: instrument.kind.range,
      message: part.tie
        ? `This ${kind} forms an integral part of ${part.name} and has no ${orList(silent.map((s) => s.words))} of its own: ${tiedBecause[part.tie](part.name)}. Check that ${part.name}'s final clauses cover it, and declare it (${declare}).`
        : untied(),
      related: [{ uri: model.uri, range: part.range, message: `it says it forms an integral part of ${part.name} here` }],
    });
  },
});

export const implementingArrangementRules: Rule[] = [implementingArrangementFinalClauses, integralPartFinalClauses];
