/**
 * An instrument that amends another treaty (`amends "…"`) and is silent on its own term, exit,
 * amendment and disputes (eighty-fifth run, item 1: the Netherlands–Israel Convention of 2001
 * "concerning revision of the Convention … signed at Jerusalem on April 25, 1984"). What it adds
 * becomes part of the treaty as amended, whose final clauses govern it: the generic final-clause
 * checks leave it to this one, which says so at info level and never reads it as free-standing.
 * Its own consent and entry into force are still asked by the generic checks (VCLT Art. 39).
 */
import { standaloneInstrument } from '../support/applicability';
import { amendedTreaty } from '../support/amended-treaty';
import { implementedTreaty } from '../support/implementing-arrangement';
import { silentOn } from './implementing-arrangement-rules';
import { defineRule, type Rule } from '../rule';
import { orList } from '../../util/word-list';

export const amendingInstrumentFinalClauses = defineRule({
  code: 'amending-instrument-final-clauses',
  family: 'declaration',
  defaultSeverity: 'info',
  message:
    'This instrument amends another treaty and has no duration, termination, amendment or dispute clause of its own: once in force its provisions are provisions of that treaty as amended, governed by its final clauses. Check that the amended treaty has them; give this instrument clauses of its own only where what it adds is to last, end or be amended apart from that treaty.',
  rationale:
    'A treaty "may be amended by agreement between the parties", and "The rules laid down in Part II apply to such an agreement except in so far as the treaty may otherwise provide" (VCLT Art. 39): the amending agreement is concluded and enters into force as a treaty of its own — it needs its own consent and entry into force, and the checks still ask for them. What it adds, though, becomes part of "the treaty as amended" (Art. 40(5)(a), said there of a State that joins a multilateral treaty later): it has no term, exit or amendment procedure apart from that treaty. A Party that denounces the amended treaty under its own clause takes the amendments with it, since a right of denunciation "may be exercised only with respect to the whole treaty unless the treaty otherwise provides" (Art. 44(1)); the amendments last as long as it does, are themselves amended as it is, and a difference over them is a difference over the treaty, settled as it provides, if it does. Real amending instruments are written that way: the Netherlands–Israel Convention of 17 July 2001 "concerning revision of the Convention between the Kingdom of the Netherlands and the State of Israel signed at Jerusalem on April 25, 1984" has as final clause only its entry into force "on the first day of the third month after the date of the last notification" (Art. III); its preamble is "Guided by the wish to revise certain provisions of the Convention" (eighty-fifth run, item 1). Reading such a text as a free-standing treaty — "not subject to denunciation or withdrawal unless" the parties intended it (Art. 56(1)) — misstates its position. So the missing-duration, missing-termination, missing-discontinuation, missing-amendment and missing-dispute-settlement checks leave an instrument that declares `amends "<the treaty\'s title or file>"` to this note, which names the clauses it is silent on and asks the reviewer to check that the amended treaty has them. Where the title reads as amending ("revision of the Convention", "Protocol amending the Agreement") and the header does not say `amends`, those checks still ask, and their message suggests the statement: a title alone does not show that nothing of the text is to stand apart from the treaty.',
  source:
    'VCLT Arts. 39, 40(5)(a), 44(1), 56(1) (read: Dutch treaty series BWBV0003441); Netherlands–Israel Convention on social security concerning revision of the Convention of 25 April 1984 (2001), title, preamble, Art. III (read: BWBV0002973)',
  sourceStatus: 'verified',
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
    report({
      range: instrument.kind.range,
      message: `This ${kind} amends ${treaty.name} and has no ${orList(silent.map((s) => s.words))} of its own: once in force its provisions are provisions of that treaty as amended (VCLT Arts. 39, 40(5)(a)), which govern them as they govern the rest of it — a Party that denounces that treaty takes them with it (Art. 44(1)). Check that the amended treaty has those clauses; this ${kind} need state only its own consent and entry into force.`,
      related: [{ uri: model.uri, range: treaty.range, message: 'the treaty it amends is named here' }],
    });
  },
});

export const amendingInstrumentRules: Rule[] = [amendingInstrumentFinalClauses];
