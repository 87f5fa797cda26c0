/**
 * An instrument that amends another treaty (`amends "…"`) and is silent on its own term, exit,
 * amendment and disputes (eighty-fifth run, item 1: the Netherlands–Israel Convention of 2001
 * "concerning revision of the Convention … signed at Jerusalem on April 25, 1984"). The articles of
 * the treaty it replaces or inserts become part of that treaty's text, whose final clauses govern
 * them: the generic final-clause checks leave it to this one, which says so at info level, with the
 * rule's qualifications (treaty lawyer lr19, D4, D5): only for the parties bound by the amending
 * agreement (VCLT Art. 40(4)), an agreement between some of the parties only being a modification
 * under Art. 41's conditions; what it adds apart from the treaty's articles ends with the treaty
 * only as its own words say. Its own consent and entry into force are still asked by the generic
 * checks (VCLT Art. 39).
 */
import { standaloneInstrument } from '../support/applicability';
import { amendedTreaty } from '../support/amended-treaty';
import { implementedTreaty } from '../support/implementing-arrangement';
import { silentOn } from './implementing-arrangement-rules';
import { defineRule, type Rule } from '../rule';
import { orList } from '../../util/word-list';
import { namedAsBetweenTheseParties } from '../support/between-these-parties';

export const amendingInstrumentFinalClauses = defineRule({
  code: 'amending-instrument-final-clauses',
  family: 'declaration',
  defaultSeverity: 'info',
  message:
    'This instrument amends another treaty and has no duration, termination, amendment or dispute clause of its own: the articles of that treaty it replaces or inserts become part of its text for the parties bound by this instrument, governed by its final clauses. Check that the amended treaty has them; give this instrument clauses of its own where what it adds is to last, end or be amended apart from that treaty.',
  rationale:
    'A treaty "may be amended by agreement between the parties", and "The rules laid down in Part II apply to such an agreement except in so far as the treaty may otherwise provide" (VCLT Art. 39): the amending agreement is concluded and enters into force as a treaty of its own — it needs its own consent and entry into force, and the checks still ask for them. The articles of the treaty it replaces or inserts become part of the treaty\'s text, and the treaty\'s own duration, denunciation, amendment and dispute clauses govern them as they govern the rest of it. That holds only for the parties bound by the amending agreement: unless the treaty otherwise provides (Art. 40(1)), it "does not bind any State already a party to the treaty which does not become a party to the amending agreement" (Art. 40(4)), and two or more of the parties to a multilateral treaty may "modify the treaty as between themselves alone" only if the treaty provides for such a modification, or if it is not prohibited and "does not affect the enjoyment by the other parties of their rights under the treaty or the performance of their obligations" and does not relate to a provision "derogation from which is incompatible with the effective execution of the object and purpose of the treaty as a whole", the other parties to be notified of the intention to conclude it and of the modification unless, the treaty providing for the modification, it otherwise provides (Art. 41(1)–(2)); an amendment proposed as between all the parties is instead notified to all the contracting States, each entitled to take part in its negotiation and conclusion (Art. 40(2)). Arts. 40 and 41 govern multilateral treaties only ("the amendment of multilateral treaties shall be governed by the following paragraphs", Art. 40(1); "Two or more of the parties to a multilateral treaty", Art. 41(1)); a treaty between two parties is amended by their agreement (Art. 39). Entente does not know the amended treaty\'s parties, nor whether it is multilateral, so the finding states those articles as a condition, opening with "If that treaty is multilateral" (lr19, D4: an Estonian–Latvian protocol to a five-party Convention; lr20, D5: an Estonian–Finnish protocol to a bilateral agreement named by its date drew the paragraph on non-accepting parties unconditionally), except where the amended treaty is named as one between this text\'s own Parties ("the Convention between the Kingdom of the Netherlands and the State of Israel"), which all its parties then amend (Art. 39). What the instrument adds apart from the treaty\'s articles (a pilot exercise for five years) ends with the treaty, or not, as its own words say ("shall form an integral part of the Convention"): the finding does not say that a Party denouncing the treaty takes it along, which no provision of the VCLT states of a separate agreement (Art. 44(1) concerns denouncing part of one treaty; lr19, D5), and it asks for clauses of its own where what it adds is to last, end or be amended apart from the treaty. Real amending instruments are written that way: the Netherlands–Israel Convention of 17 July 2001 "concerning revision of the Convention between the Kingdom of the Netherlands and the State of Israel signed at Jerusalem on April 25, 1984" has as final clause only its entry into force "on the first day of the third month after the date of the last notification" (Art. III); its preamble is "Guided by the wish to revise certain provisions of the Convention" (eighty-fifth run, item 1). Reading such a text as a free-standing treaty — "not subject to denunciation or withdrawal unless" the parties intended it (Art. 56(1)) — misstates its position. So the missing-duration, missing-termination, missing-discontinuation, missing-amendment and missing-dispute-settlement checks leave an instrument that declares `amends "<the treaty\'s title or file>"` to this note, which names the clauses it is silent on and asks the reviewer to check. It asks a reviewer to check, and reports no defect: no profile makes it more than a note. Where the title reads as amending ("revision of the Convention", "Protocol amending the Agreement") and the header does not say `amends`, those checks still ask, and their message suggests the statement: a title alone does not show that nothing of the text is to stand apart from the treaty.',
  source:
    'VCLT Arts. 39, 40(1), 40(2), 40(4), 41, 56(1) (read: Dutch treaty series BWBV0003441); Netherlands–Israel Convention on social security concerning revision of the Convention of 25 April 1984 (2001), title, preamble, Art. III (read: BWBV0002973)',
  sourceStatus: 'verified',
  findingCeilings: [{ severity: 'info', where: 'in every case (it asks the reviewer to check the amended treaty, and reports no defect)' }],
  example: {
    trigger:
      'treaty "Convention concerning revision of the Convention signed at Jerusalem on April 25, 1984" {\n  status binding\n  amends "Convention on social security signed at Jerusalem on April 25, 1984"\n  consent by notification\n  effect on first day of third month after last notification\n}\n',
    fix: 'treaty "Convention concerning revision of the Convention signed at Jerusalem on April 25, 1984" {\n  status binding\n  amends "Convention on social security signed at Jerusalem on April 25, 1984"\n  incorporates duration, termination, amendment, disputes from "Convention on social security signed at Jerusalem on April 25, 1984"\n  consent by notification\n  effect on first day of third month after last notification\n}\n',
  },
  check({ model, report }) {
    const instrument = standaloneInstrument(model);
    const treaty = amendedTreaty(model);
    // An implementing arrangement is reported by `implementing-arrangement-final-clauses`.
    if (!instrument || !treaty || model.isPoliticalDeclaration || implementedTreaty(model)) return;
    const silent = silentOn(model, instrument);
    if (silent.length === 0) return;
    const kind = instrument.kind.text;
    // Conditional throughout: Entente does not know the amended treaty's parties (VCLT Arts. 40(4), 41; lr19, D4), nor
    // whether it is multilateral, which alone brings Arts. 40–41 in (Art. 40(1): "the amendment of multilateral treaties";
    // Art. 41(1): "the parties to a multilateral treaty"; lr20, D5: an EE–FI protocol to a bilateral agreement), and
    // cites each article only for what it says (lr19, D5: not Art. 40(5)(a), on later parties, nor Art. 44(1)).
    // A treaty named as one between this text's own Parties ("the Convention between the Kingdom of
    // the Netherlands and the State of Israel") is amended by all its parties (Art. 39): no condition.
    const ownParties = namedAsBetweenTheseParties(model, treaty.name);
    const reach = ownParties
      ? `made between that treaty's own parties, it amends it (Art. 39), and the articles of that treaty it replaces or inserts become part of that treaty's text, governed by its final clauses.`
      : `the articles of that treaty it replaces or inserts become part of that treaty's text, governed by its final clauses, for the parties bound by this ${kind}. If that treaty is multilateral, then, unless it provides otherwise, this ${kind} does not bind a party to that treaty that does not become a party to it (Art. 40(1), (4)); and, concluded between some of that treaty's parties only, rather than as an amendment open to all of them (Art. 40(2)), it modifies the treaty as between them alone, and may do so only where the treaty provides for such a modification, or does not prohibit it and the modification neither affects the other parties' rights or obligations nor relates to a provision derogation from which is incompatible with the object and purpose of the treaty as a whole, the other parties to be notified unless a treaty that provides for the modification says otherwise (Art. 41).`;
    report({
      range: instrument.kind.range,
      message: `This ${kind} amends ${treaty.name} and has no ${orList(silent.map((s) => s.words))} of its own. It is a treaty of its own for its conclusion and entry into force (VCLT Art. 39); ${reach} Whether what it adds apart from the treaty's articles ends with the treaty depends on its own words (that it forms an integral part of the treaty, for instance). Check that the amended treaty has those clauses; this ${kind} need state only its own consent and entry into force unless what it adds is to last, end or be amended apart from that treaty.`,
      profileCeiling: 'info',
      related: [{ uri: model.uri, range: treaty.range, message: 'the treaty it amends is named here' }],
    });
  },
});

export const amendingInstrumentRules: Rule[] = [amendingInstrumentFinalClauses];
