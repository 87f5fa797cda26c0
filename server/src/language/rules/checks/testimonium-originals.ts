/**
 * The number of originals in the final formula against the signatories and whoever keeps the
 * originals none of them keeps (VCLT Arts. 10, 76–77): `testimonium-originals`.
 */
import { concludedText } from '../../model/conclusion';
import type { SemanticModel } from '../../model/semantic-model';
import { coversTopic, signatoryWord, standaloneInstrument } from '../support/applicability';
import { namedDepositaries } from '../support/depositaries';
import { openToOthers } from '../support/open-to-others';
import { readTestimonium } from '../support/testimonium';
import { viennaCitation } from '../support/vienna-convention';
import { defineRule } from '../rule';

const PRACTICE_SOURCE =
  'VCLT Arts. 10, 76(1), 77(1)(a)–(b) (read: Dutch treaty series BWBV0003441); final formulas read in the Dutch treaty series: Netherlands–US (2012) "DONE at Washington … in duplicate in the English language" (BWBV0006073), Netherlands–Sweden (1984) "DONE in duplicate at The Hague" (BWBV0002448), Budapest Convention "in English and in French, both texts being equally authentic, in a single copy which shall be deposited in the archives of the Council of Europe" (BWBV0001839), ESA States–ESA (2002) "in a single copy … which shall be deposited with the Government of France" (BWBV0001724), Convention on mutual administrative assistance in tax matters as amended "in two copies of which one shall be deposited in the archives of the Council of Europe and the other in the archives of OECD" (BWBV0005131), UNESCO Convention concerning the international exchange of publications (1958) "in two authentic copies … which shall be deposited in the Archives of the United Nations Educational, Scientific and Cultural Organization" (BWBV0005158), Netherlands (Aruba)–Association of Caribbean States associate membership Agreement (1999) "in three copies …, one for each Party, the third to be deposited with the Government of the Republic of Colombia as depositary State of the Convention establishing the Association of Caribbean States" (BWBV0001896; the Netherlands Antilles Agreement of 1998 alike, BWBV0001901), Netherlands–Indonesia Agreement concerning West New Guinea (1962) "in three identical copies, of which one shall be deposited with the Secretary-General and one shall be furnished to the Government of each of the Contracting Parties" (BWBV0004397)';


const countWords = ['', 'a single original', 'duplicate', 'triplicate', 'quadruplicate', 'quintuplicate'];

export const testimoniumOriginals = defineRule({
  code: 'testimonium-originals',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'Make the number of originals fit the signatories: one original for each signatory ("in duplicate" for two), or a single original deposited with the depositary.',
  rationale:
    'The signature of the authentic text establishes it (VCLT Art. 10), and each signatory keeps an original unless one original is kept for all: then a depositary has "custody of the original text" and prepares "certified copies … transmitting them to the parties and to the States entitled to become parties" (Art. 77(1)(a)–(b)). Practice follows that: bilateral treaties are done "in duplicate" (Netherlands–US 2012, Netherlands–Sweden 1984), a multilateral treaty open to other States "in a single copy which shall be deposited in the archives of" its depositary (Budapest Convention, ESA 2002). A formula with fewer originals than signatories leaves one without its original, unless a depositary keeps an original for those that have none and sends them true copies (the three Benelux States, one side of the Implementing Protocol with Bosnia and Herzegovina of 2013, done "in duplicate" with Belgium as depositary, which "shall issue each Party with a true copy of the original", Art. 16); a single original that nobody keeps has no custodian; several originals of a treaty that other States may still join leave the new ones without one, unless each original is deposited with one of several depositaries ("The depositary may be one or more States, an international organization or the chief administrative officer of the organization", Art. 76(1)): the Convention on mutual administrative assistance in tax matters (1988, as amended 2010) is done "in two copies of which one shall be deposited in the archives of the Council of Europe and the other in the archives of OECD", whose Secretaries General are its "Depositaries" (Art. 2(3)); or unless every original is deposited with the one depositary, as conventions adopted by an organ of an international organisation are: the UNESCO Convention concerning the international exchange of publications (1958) is done "in two authentic copies bearing the signatures of the President of the tenth session of the General Conference and of the Director-General …, which shall be deposited in the Archives of the United Nations Educational, Scientific and Cultural Organization and certified true copies of which shall be delivered to all States referred to in Articles 14 and 15" (final formula): no State keeps an original, and every State, a later one too, receives a certified copy (`deposited with "…"` says so in the header). The depositary may also be given by a clause the text tags `about depositary` rather than by the header — a protocol whose final clauses are its parent convention\'s: "the provisions of the Convention relating to its protocols shall apply with respect to this Protocol" (Protocol Concerning Pollution from Land-Based Sources and Activities to the Cartagena Convention, 1999, Art. II(1), and "the Depositary" in Art. XVII(3); sixtieth run, item 1): that depositary keeps the original, as `missing-depositary` accepts. More originals than signatories are as regular where the text says who keeps the others: "in three copies …, one for each Party, the third to be deposited with the Government of the Republic of Colombia as depositary State of the Convention establishing the Association of Caribbean States" (Netherlands (Aruba)–Association of Caribbean States 1999, final formula; the Netherlands Antilles Agreement of 1998 alike), "in three identical copies, of which one shall be deposited with the Secretary-General and one shall be furnished to the Government of each of the Contracting Parties" (Netherlands–Indonesia, West New Guinea, 1962): every signatory keeps its original and the extra one has a custodian, so an extra original deposited with someone (`deposited with "…"`, a `depositary`, a clause tagged `about depositary`, or a formula that says "deposited" or "archives") is accepted; only one that nobody is said to keep is reported (hundred-and-seventeenth run, defect 1: the Aruba Agreement\'s three copies were reported and `in duplicate` advised). A text in several languages may have one set of originals per language ("in four originals, two in English and two in Estonian"): that count is accepted. An exchange of notes has no such formula (each note is an original) and is not checked. On a concluded text the formula is the signed text\'s record of its originals: the finding asks the reviewer to check the transcription against it, never to write another count, and no profile makes it more than a note there (hundred-and-seventeenth run, defect 1).',
  findingCeilings: [{ severity: 'info', where: 'on a concluded text, whose final formula records the originals as signed (hundred-and-seventeenth run, defect 1)' }],
  source: PRACTICE_SOURCE,
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Agreement" {\n  status binding\n  done at "Tallinn" on 2027-03-01 in duplicate\n}\nparty EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nparty LV "Latvia" { kind state }\n',
    fix: 'treaty "Agreement" {\n  status binding\n  done at "Tallinn" on 2027-03-01 in triplicate\n}\nparty EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nparty LV "Latvia" { kind state }\n',
  },
  check({ model, report }) {
    const header = standaloneInstrument(model);
    if (!header || model.isExchange || model.isPoliticalDeclaration) return;
    const testimonium = readTestimonium(model);
    const originals = testimonium?.originals;
    if (!testimonium || !originals) return;
    const { count, range } = originals;
    // A concluded text's formula is the record of its originals as signed: the finding asks that the
    // transcription be checked against it, never that another count be written, and is a note
    // (hundred-and-seventeenth run, defect 1: "Write `in duplicate`" on the Aruba Agreement of 1999).
    const concluded = concludedText(model.ast) !== undefined;
    const say = (message: string) => report({ range, message, ...(concluded ? { profileCeiling: 'info' as const } : {}) });
    const record = 'the formula stands as signed; if the transcription reads it right, record who keeps the originals (`deposited with "…"`, a `depositary`, or the clause that names the depositary, tagged `about depositary`)';
    // Someone named to keep the originals no signatory keeps: a depositary, or the formula's own "deposited".
    const kept = () => header.depositary !== undefined || testimonium.deposited || depositaryByReference(model);
    if (count === 1) {
      if (kept()) return;
      say(concluded
        ? `The final formula, as transcribed, gives a single original, and nobody is named to keep it: check it against the signed text; ${record}, who sends the ${signatoryWord(model)} certified copies${depositaryFunctions(model)}.`
        : `The text is done in a single original, but nobody is named to keep it: say where it is deposited (\`deposited with "…"\`, a \`depositary\`, or a clause that names the depositary, tagged \`about depositary\`), so that the ${signatoryWord(model)} receive certified copies${depositaryFunctions(model)}.`);
      return;
    }
    if (openToOthers(model)) {
      // One original for each depositary is the text's own design, not a formula that leaves
      // later States without one: they receive certified copies from the depositaries either way
      // (VCLT Arts. 76(1), 77(1)(b)). "in two copies of which one shall be deposited in the
      // archives of the Council of Europe and the other in the archives of OECD" (Convention on
      // mutual administrative assistance in tax matters, final formula; thirty-seventh run).
      const depositaries = namedDepositaries(model);
      if (count === depositaries) return;
      // Every original deposited with the one depositary or archive: no signatory keeps one, and
      // every State receives a certified copy, those that join later too (Art. 77(1)(a)–(b)). "DONE
      // at Paris, this fifth day of December 1958, in two authentic copies bearing the signatures of
      // the President of the tenth session of the General Conference and of the Director-General …,
      // which shall be deposited in the Archives of the United Nations Educational, Scientific and
      // Cultural Organization and certified true copies of which shall be delivered to all States
      // referred to in Articles 14 and 15" (UNESCO Convention concerning the international exchange
      // of publications 1958, final formula; fifty-eighth run, item 1). Where several depositaries
      // are named, the count of originals against them above decides.
      if (testimonium.allDeposited && depositaries <= 1) return;
      say(concluded
        ? `The treaty is open to further States, and the final formula, as transcribed, gives ${count} originals and does not say that all of them are deposited: check it against the signed text; ${record}, who sends certified copies to every State entitled to become a party${depositaryFunctions(model)}.`
        : `The treaty is open to further States, yet it is done in ${count} originals and the text does not say that all of them are deposited: the States that join later would have none. Do it in a single original deposited with the depositary (or say that the originals are deposited with it: \`deposited with "…"\`), who sends certified copies to every State entitled to become a party${depositaryFunctions(model)}.`);
      return;
    }
    const signatories = model.signatories.filter((p) => !p.classOf);
    if (signatories.length < 2 || signatories.length !== model.signatories.length) return;
    const languages = Math.max(1, header.languages?.languages.length ?? 1);
    if (count === signatories.length || count === signatories.length * languages) return;
    // Fewer originals than signatories with a depositary: it keeps an original for those that
    // have none and issues them true copies: "The Kingdom of Belgium is depositary of this
    // Implementing Protocol for the Benelux countries. The depositary shall issue each Party with
    // a true copy of the original" (Benelux–Bosnia and Herzegovina Implementing Protocol 2013,
    // done in duplicate, Art. 16; thirteenth real-instrument run). More originals than signatories
    // with someone to keep the others: "in three copies …, one for each Party, the third to be
    // deposited with the Government of the Republic of Colombia as depositary State of the
    // Convention" (Netherlands (Aruba)–ACS 1999, BWBV0001896); "in three identical copies, of which
    // one shall be deposited with the Secretary-General and one shall be furnished to the
    // Government of each of the Contracting Parties" (Netherlands–Indonesia 1962, BWBV0004397).
    if (kept()) return;
    const ids = signatories.map((p) => p.id).join(', ');
    const fewer = count < signatories.length;
    const want = countWords[signatories.length] ?? `${signatories.length} originals`;
    say(concluded
      ? `The final formula, as transcribed, gives ${count} originals for ${signatories.length} signatories (${ids}) and names nobody to keep ${fewer ? 'an original for those that have none' : 'the originals no signatory keeps'}: check the count against the signed text; ${record}.`
      : `The text is done in ${count} originals but has ${signatories.length} signatories (${ids}): ${fewer ? 'one of them would keep no original' : 'there are more originals than signatories, and nobody is named to keep the others'}. Write \`in ${want === 'a single original' ? 'single original' : want}\` (one original for each signatory), ${fewer ? 'or do it in a single original deposited with a depositary' : 'or say who keeps the others (`deposited with "…"`)'}.`);
  },
});

/**
 * The depositary's functions as the law of treaties states them (VCLT Art. 77(1)(a)–(b); the 1986
 * text's Art. 78), cited only on a treaty: a memorandum that is no treaty keeps its original as it says.
 */
function depositaryFunctions(model: SemanticModel): string {
  return model.legalNature === 'treaty' ? ` (${viennaCitation(model, 'Art. 77(1)(a)–(b)', 'Art. 78(1)(a)–(b)')})` : '';
}

/**
 * A depositary the text names through a clause rather than the header: a clause tagged `about
 * depositary`, the parent's clause of an annex, a provision incorporated from another file — what
 * `missing-depositary` credits (support/applicability.ts, `coversTopic`). The Wider Caribbean LBS
 * Protocol (Oranjestad 1999) is done "in a single copy" and names no depositary of its own: "the
 * provisions of the Convention relating to its protocols shall apply to this Protocol" (Art. II(1),
 * tagged depositary), and it refers to "the Depositary" (Art. XVII(3)); the Convention's depositary
 * keeps the original and sends certified copies (VCLT Art. 77(1)(a)–(b); sixtieth run, item 1).
 */
function depositaryByReference(model: SemanticModel): boolean {
  return coversTopic(model, 'depositary');
}
