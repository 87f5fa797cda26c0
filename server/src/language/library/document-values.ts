/**
 * The placeholder values a document already knows: the instrument's words for "Participant"
 * and "Party", its own name ("Memorandum", "Agreement"…), its title and its signatories. A
 * clause or template placeholder with one of these names is filled from the document instead
 * of becoming a tab stop the drafter has to type.
 */
import type { InstrumentKind } from '../ast/vocabulary';
import type { SemanticModel } from '../model/semantic-model';
import type { Wording } from './library-types';

/** How each instrument kind calls itself in its own text ("this Memorandum", "this Agreement"). */
const selfName: Readonly<Record<InstrumentKind, string>> = {
  // A binding instrument of kind `treaty` is conventionally called "Agreement" in its own text.
  treaty: 'Agreement',
  memorandum: 'Memorandum',
  arrangement: 'Arrangement',
  framework: 'Framework',
  protocol: 'Protocol',
  annex: 'Annex',
};

/** The words that change with the wording: "Participant(s)" in an MoU, "Party/Parties" in a treaty. */
export function wordingValues(wording: Wording): Record<string, string> {
  const singular = wording === 'treaty' ? 'Party' : 'Participant';
  const plural = wording === 'treaty' ? 'Parties' : 'Participants';
  return {
    participant: singular,
    Participant: singular,
    participants: plural,
    Participants: plural,
    instrument: wording === 'treaty' ? 'Agreement' : 'Memorandum',
    Instrument: wording === 'treaty' ? 'Agreement' : 'Memorandum',
  };
}

/**
 * Values known from the document. Without a model only the wording words are known (from the
 * clause's own wording), so a clause rendered for a preview still reads naturally.
 */
export function documentValues(model: SemanticModel | undefined, fallbackWording: Wording): Record<string, string> {
  if (!model) return wordingValues(fallbackWording);
  const values = wordingValues(model.wording);
  const instrument = model.ast.instrument;
  const kind = instrument?.kind.value;
  if (kind) {
    values.instrument = selfName[kind];
    values.Instrument = selfName[kind];
  }
  if (instrument?.title?.value) values.title = instrument.title.value;
  const names: string[] = [];
  model.signatories.forEach((party, index) => {
    const n = index + 1;
    const name = party.effective.name?.value;
    values[`party${n}.id`] = party.id;
    values[`party${n}`] = name ?? party.id;
    if (name) values[`party${n}.name`] = name;
    if (party.jurisdiction) values[`party${n}.jurisdiction`] = party.jurisdiction;
    names.push(name ?? party.id);
  });
  if (names.length > 0) values.partyNames = joinNames(names);
  return values;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
