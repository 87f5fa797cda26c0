/**
 * The consent article where the Parties do not consent alike. `consent by notification for NL,
 * signature for US` names each Party's means: "The consent of the Government of the Kingdom of
 * the Netherlands to be bound by this Agreement shall be expressed by notification; that of the
 * Government of the United States of America, by signature." One list beside an entry into force
 * on one named Party's notification (`consent by approval` with `effect after notification by NL`)
 * is no sentence at all: "the consent of each Party … shall be expressed by approval" was wrong for
 * the United States, whose act after signing the NL–US American Military Cemeteries Agreement 1970
 * the text nowhere names (Art. VII; hundred-and-third run, defect 4), so the export leaves a
 * blank for the drafter to state each Party's means.
 */
import type { ConsentClause, Instrument } from '../ast/nodes';
import type { Paragraph, RenderContext } from './construct';
import { accessionInvitation, accessionOpening, consentByParty, consentLists, type ConsentList } from '../ast/consent-lists';
import { accessionCondition } from './consenting-states';
import { capitalise } from '../util/capitalise';

/**
 * The consent article's paragraphs where the means differ by Party or may, or undefined where one
 * list is every Party's. `meansOf` words one list of alternatives ("signature or ratification").
 */
export function consentByPartySentences(c: ConsentClause, h: Instrument, r: RenderContext, meansOf: (means: readonly string[]) => string): Paragraph[] | undefined {
  if (consentByParty(c)) {
    const lists = consentLists(c);
    const accedes = (list: ConsentList) => list.party !== undefined && list.means.length > 0 && list.means.every((m) => /^accession$/i.test(m.text));
    const [first, ...others] = lists
      .filter((list) => !accedes(list))
      .map((list) => ({
        who: list.party ? inSentence(r.partyName(list.party)) : r.placeholder(r.participant),
        by: list.means.length > 0 ? meansOf(list.means.map((m) => m.value ?? m.text)) : r.placeholder('means of consent to be bound'),
      }));
    const consents = first ? [`The consent of ${first.who} to be bound by this ${r.self} shall be expressed by ${first.by}${others.map((o) => `; that of ${o.who}, by ${o.by}`).join('')}.`] : [];
    // Those whose only means is accession, as the text words it: "Any State not represented at the
    // Tenth Session of the Hague Conference on Private International Law may accede to the present
    // Convention" (Hague Service Convention 1965, Art. 28; read: BWBV0002015). The texts attach
    // conditions to that right — "after it has entered into force in accordance with the first
    // paragraph of article 27" (ibid.); "The accession will have effect only as regards the relations
    // between the acceding State and such Contracting States as will have declared their acceptance of
    // the accession" (Hague Evidence Convention 1970, Art. 39; read: BWBV0001993) — which no header
    // statement states but when accession opens. Without a blank the sentence granted a present,
    // unconditional right to accede (treaty lawyer lr26, D7); `accession after entry-into-force`
    // states Art. 28's condition in its words, and the blank stays where the header states none.
    const accessions = lists.filter(accedes).map((list) => `${capitalise(r.partyName(list.party!))} may accede to this ${r.self} ${accessionCondition(accessionOpening(c, list.means), accessionInvitation(c, list.means), r)}.`);
    return [...consents, ...accessions];
  }
  const notifier = h.effect?.notifier;
  // The act the header declares, not always a notification (`after ratification by NL`; lr26, D2).
  if (notifier) return [r.placeholder(`each ${r.participant}’s means of consent to be bound: the entry into force follows the ${namedActWords(h.effect?.event?.value)} of ${r.partyName(notifier)} alone`)];
  return undefined;
}

/** The declared act in "follows the … of <Party> alone": `consent-to-be-bound` as words, an unstated act as a blank's words. */
const namedActWords = (event: string | undefined) => (event === 'consent-to-be-bound' ? 'expression of consent to be bound' : event ?? 'act');

/** A party's name inside a sentence: "Any State …" becomes "any State …" (render-context.ts does so for the signatories' names). */
const inSentence = (name: string) => name.replace(/^(The|Any|Each|All)\s/, (w) => w.toLowerCase());
