/**
 * The words of `missing-union-law-clause` on a Member State's treaty with an outsider, as the text's
 * state requires them (treaty lawyer lr10, defects 10 and 11).
 *
 * - A draft is still to be concluded: "check the Union's competence and any Council authorisation".
 *   A concluded text was concluded: the Union's competence, and whether a Council authorisation
 *   was needed, are questions of the day the Member State consented to be bound (a signature
 *   subject to ratification does not express consent to be bound, VCLT Art. 14(1), and obliges the signatory only not to defeat the treaty's object and purpose, Art. 18(a); the exclusivity of Union
 *   competence where common rules may be affected is judged when the Member State assumes the
 *   obligation: TFEU Art. 3(2), ERTA case 22/70, from memory), so the note asks about that day.
 * - A disconnection clause governs the mutual relations of the Member States that are parties to
 *   one multilateral treaty ("In their mutual relations, Parties which are members of the European
 *   Economic Community shall apply Community rules …", Insider Trading Convention 1989, Art. 16
 *   bis; read: BWBV0002781): a bilateral treaty with a third country has no such relations, and is
 *   not given the example.
 * - Criminal matters of a text signed before the Treaty of Lisbon took effect (1 December 2009),
 *   whose consent the header does not date, are predated only if the Member State consented
 *   before that day: said conditionally (`lisbonUnsure`, support/union-matters.ts), even where the
 *   text was signed before the Union existed (lr12, defect 10).
 * - A treaty a State signed before its accession is shielded by TFEU Art. 351 only if it consented
 *   to be bound before that day: said conditionally where the header does not date consent
 *   (`beforeAccession`; lr12, defect 8).
 */
import { accessionWords } from '../../data/union-membership';
import { lisbonInForce, unionFounded } from '../../data/union-rules';
import { conclusionOf, concludedText } from '../../model/conclusion';
import type { PartyFacts, SemanticModel } from '../../model/semantic-model';
import { isClassOfStates, outsiderWords, unionPredated } from './union-matters';

/** The opening sentence: what an EU Member State's treaty on matters Union rules cover asks. */
export function memberStateTreatyWords(model: SemanticModel, outsiders: readonly PartyFacts[], live: readonly string[]): string {
  const example = model.isMultilateral ? ' (for example a disconnection clause, for the Member States’ mutual relations)' : '';
  if (!concludedText(model.ast)) {
    return `An EU Member State concludes this treaty with ${outsiderWords(outsiders)} on matters Union rules cover (${live.join('; ')}): check the Union’s competence and any Council authorisation, and say how Union law applies${example}.`;
  }
  const conclusion = conclusionOf(model.ast);
  const dated = !conclusion
    ? ''
    : conclusion.consent === 'given'
      ? ` (it was concluded on ${conclusion.iso}, ${conclusion.what})`
      : ` (${conclusion.what} is ${conclusion.iso}; ${conclusion.consent === 'later' ? 'consent follows it' : 'the header does not say whether signature bound the Parties'})`;
  return `An EU Member State made this treaty with ${outsiderWords(outsiders)} on matters Union rules cover (${live.join('; ')}): whether the Union had competence, and whether a Council authorisation was needed, turn on the day the Member State consented to be bound${dated}; check both as of that day, and how Union law applies to the treaty${example}. If a clause says so, untagged, tag it \`about union-law\`.`;
}

/** The conditional sentence on criminal matters of a text signed before the Treaty of Lisbon, consent undated. */
export function lisbonUnsureSentence(model: SemanticModel, members: readonly PartyFacts[], unsure: ReadonlySet<string>): string {
  const conclusion = conclusionOf(model.ast);
  if (unsure.size === 0 || !conclusion) return '';
  const ids = [...new Set(members.filter((p) => !isClassOfStates(p)).map((p) => p.id))];
  const who = ids.length > 0 ? ids.join(' or ') : 'the Member State';
  return ` As to ${[...unsure].join('; ')}: it was ${conclusion.verb} before the Treaty of Lisbon took effect on ${lisbonInForce.words}; if ${who} consented to be bound before that day, judicial cooperation in criminal matters then fell under Title VI of the Treaty on European Union${unionPredated(model) === 'unknown' ? ` (before ${unionFounded.words}, under no Union rule: the European Union did not yet exist)` : ''}, and the check is for an instrument that amends or replaces it.`;
}

/**
 * That the treaty predates the Union, by the day of consent (lr11, defect 8): said outright where
 * the header dates consent before 1 November 1993, conditionally where it dates none.
 */
export function noUnionWords(model: SemanticModel, members: readonly PartyFacts[]): string {
  const predated = unionPredated(model);
  if (predated === 'before') return `, and before the European Union existed (the Treaty on European Union took effect on ${unionFounded.words})`;
  if (predated !== 'unknown') return '';
  const ids = [...new Set(members.filter((p) => !isClassOfStates(p)).map((p) => p.id))];
  return `; if ${ids.length > 0 ? ids.join(' or ') : 'the Member State'} consented to be bound before ${unionFounded.words}, that was before the European Union existed (the Treaty on European Union took effect on that day)`;
}

/**
 * A treaty a Member State concluded before its accession (Croatia–Serbia, 2010): "De rechten en
 * verplichtingen voortvloeiende uit overeenkomsten … voor de toetredende staten, vóór de datum van
 * hun toetreding gesloten tussen één of meer lidstaten enerzijds en één of meer derde staten
 * anderzijds, worden door de bepalingen van de Verdragen niet aangetast", and the Member State
 * "maakt … gebruik van alle passende middelen om de vastgestelde onverenigbaarheid op te heffen"
 * (TFEU Art. 351, read: Dutch text BWBV0001506).
 *
 * Dated by consent (treaty lawyer lr12, defect 8): a State that signed before its accession and
 * whose consent the header does not date (`unsure`) is shielded by Art. 351 only if it consented
 * before that day; if it consented on or after it, it assumed the obligations as a Member State,
 * and the Union's competence and any Council authorisation are questions of that day. Said
 * conditionally, as the Lisbon and pre-Union branches are.
 */
export function beforeAccession(model: SemanticModel, acceded: readonly PartyFacts[], unsure: readonly PartyFacts[], outsiders: readonly PartyFacts[], matters: readonly string[]): string {
  const since = (p: PartyFacts) => `${p.id} (a Member State since ${accessionWords(p.jurisdiction ?? '') ?? 'its accession'})`;
  const conclusion = conclusionOf(model.ast);
  const day = conclusion?.iso;
  const art351 = 'the Treaties do not affect the rights and obligations under it, and where it is incompatible with them the Member State must take all appropriate steps to eliminate the incompatibility (TFEU Art. 351)';
  const sentences: string[] = [];
  if (acceded.length > 0) {
    const verb = conclusion && conclusion.consent !== 'given' ? `${conclusion.verb} this treaty with ${outsiderWords(outsiders)}${day ? ` on ${day}` : ''} and consented to be bound by it` : `concluded this treaty with ${outsiderWords(outsiders)}${day ? ` on ${day}` : ''}`;
    sentences.push(`${acceded.map(since).join(', ')} ${verb}, before ${acceded.length > 1 ? 'their' : 'its'} accession to the Union, on matters Union rules now cover (${matters.join('; ')}): ${art351} — check it against Union law on those matters.`);
  }
  if (unsure.length > 0) {
    const ids = unsure.map((p) => p.id);
    const dates = [...new Set(unsure.map((p) => accessionWords(p.jurisdiction ?? '') ?? 'its accession'))];
    const accession = dates.length === 1 ? dates[0] : `${unsure.length > 1 ? 'their' : 'its'} accession`;
    sentences.push(
      `${unsure.map(since).join(', ')} ${conclusion?.verb ?? 'signed'} this treaty with ${outsiderWords(outsiders)}${day ? ` on ${day}` : ''}, before ${unsure.length > 1 ? 'their' : 'its'} accession to the Union, on matters Union rules now cover (${matters.join('; ')}), and the header does not date ${unsure.length > 1 ? 'their' : 'its'} consent to be bound (VCLT Art. 14(1)). If ${ids.join(' or ')} consented to be bound before ${accession}, ${art351} — check it against Union law on those matters; if on or after that day, ${unsure.length > 1 ? 'each' : 'it'} assumed the obligations as a Member State: check the Union’s competence and any Council authorisation as of that day, and how Union law applies to the treaty.`,
    );
  }
  return sentences.join(' ');
}
