/**
 * The RenderContext every construct row renders with (constructs/construct.ts): the
 * instrument's own words (treaty or MoU), party and body names in place of identifiers, dates
 * and quantities in words, placeholders for what the document lacks, cross-references resolved
 * after numbering, and the clause library's approved wording filled in for this document.
 */
import type { Cadence, Clause, ContactRef, DateValue, Deadline, Declaration, Instrument, Name, Text } from '../ast/nodes';
import type { GovernanceBody, NonParty, SecurityAgreement } from '../ast/nodes';
import { splitParagraphs } from '../constructs/clause';
import type { Paragraph, RenderContext } from '../constructs/construct';
import { documentValues, formatDate, formatQuantity, instrumentSelfName, joinNames } from '../library/document-values';
import type { LibraryClause } from '../library/library-types';
import { placeholderPattern } from '../library/render-clause';
import { citingTexts, provisionKey, provisionReferencePattern } from '../model/provision-names';
import type { SemanticModel } from '../model/semantic-model';
import { isStateKind } from '../ast/vocabulary';
import { classPartyNames } from './class-party-names';
import { exchangeDesignation, isExchange } from './exchange';
import { drafterCovers } from './drafter-topics';
import { inLettersDesignation } from './library-designation';
import { placeholder, reference, visibleText } from './inline';
import { ordinal, withArticle } from './words';
import { namesAFile } from '../util/file-or-title';
import { withThe } from '../util/with-the';

export function renderContext(model: SemanticModel): RenderContext {
  const instrument = model.ast.instrument;
  const treaty = treatyFormulas(model);
  // The signatories are called as the drafter calls them (`party`: "Parties"), whatever the status.
  const treatyNouns = model.wording === 'treaty';
  // An exchange whose letters call the parties "the two Governments" says so in its generated terms too.
  const designation = exchangeDesignation(model);
  const participant = designation?.one ?? (treatyNouns ? 'Party' : 'Participant');
  const participants = designation?.many ?? (treatyNouns ? 'Parties' : 'Participants');
  const self = instrument?.kind.value ? instrumentSelfName(instrument.kind.value, instrument.title?.value) : treaty ? 'Agreement' : 'Memorandum';
  const signatoryIds = model.signatories.map((p) => p.id);
  // Contacts, bodies and agreements are named by many articles: each name is made once per rendering (from the ids alone).
  const contactNames = new Map<string, Map<string, string>>();
  const bodyNames = new Map<string | undefined, string>();
  const agreementNames = new Map<string | undefined, string>();
  // Each security agreement's article names its channels: one pass over the channels, not one per agreement.
  let channelsByAgreement: Map<string, Name[]> | undefined;

  // A party is named in most articles: each name is made once per rendering (it depends on the id alone).
  const partyNames = new Map<string, string>();
  const partyName = (id: Name): string => {
    let known = partyNames.get(id.text);
    if (known === undefined) partyNames.set(id.text, (known = nameOfParty(id)));
    return known;
  };
  const nameOfParty = (id: Name): string => {
    const name = model.party(id.text)?.effective.name?.value;
    if (name) return withArticle(visibleText(name));
    const position = signatoryIds.indexOf(id.text);
    return placeholder(position >= 0 ? `name of the ${ordinal(position + 1)} ${participant}` : `name of a ${participant} not declared in this ${self}`);
  };
  // A single class party ("Any State") is every Party of a multilateral convention; a single named party is not "the Parties".
  const isEveryone = (ids: readonly Name[]): boolean => {
    if (signatoryIds.length === 0 || (signatoryIds.length === 1 && !model.signatories[0].classOf) || ids.length < signatoryIds.length) return false;
    const named = new Set(ids.map((i) => i.text));
    return named.size === signatoryIds.length && signatoryIds.every((id) => named.has(id));
  };
  // A drafter's `§Name` is cited wherever the drafter's prose is printed: a clause, a channel's purpose, a reservation.
  const cite = (text: string) => (text.includes('§') ? text.replace(provisionReferencePattern, (_, name: string) => reference(provisionKey(model, name) ?? `unknown:${name}`)) : text);
  // Only the texts the checks read for `§Name` (model/provision-names.ts, `citingTexts`) cite: a `§` in
  // a place name or a party's name is printed as written, never turned into an unreported blank.
  let citing: ((text: Text) => boolean) | undefined;
  const cited = (text: Text, words: (text: Text) => string = phrase) => ((citing ??= citingIn(model))(text) ? cite(words(text)) : words(text));
  const sentence = (text: Text): string => {
    const value = cited(text);
    return `${value.charAt(0).toUpperCase()}${value.slice(1)}${/[.!?]$/.test(value) ? '' : '.'}`;
  };
  const covered = drafterCovers(model);
  const approved = (id: string, values: Readonly<Record<string, string>> = {}): Paragraph[] | undefined => {
    const clause = model.library.get(id);
    if (!clause) return undefined;
    const known = documentValues(model, clause.wording);
    return libraryParagraphs(clause, { ...known, instrument: self, Instrument: self, ...inLettersDesignation(clause, undefined, known, designation)?.values, ...values });
  };

  return {
    will: treaty ? 'shall' : 'will',
    treaty,
    participants,
    participant,
    self,
    enterIntoForce: treaty ? 'enter into force' : 'come into effect',
    // A class of parties ("Any State which has acceded …") is many States: the text speaks of "any Party".
    signatories: model.signatories.some((p) => p.classOf) ? Math.max(3, signatoryIds.length) : signatoryIds.length,
    classOfStates: model.signatories.some((p) => p.classOf !== undefined && isStateKind(p.effective.kind?.value)),
    signatoryNames: joinNames(model.signatories.map((p) => partyName({ text: p.id, range: model.ast.range })).map((name, i) => (i === 0 ? name : name.replace(/^(Any|Each|All)\s/, (w) => w.toLowerCase())))),
    parent: parentTitle(model),
    partyName,
    nonPartyName: (id: Name) => {
      const nonParty = model.resolve('non-party', id.text)?.node as NonParty | undefined;
      if (!nonParty || model.party(id.text)) return undefined;
      return nonParty.name ? withArticle(visibleText(nonParty.name.value)) : placeholder(`name of ${id.text}`);
    },
    // A class party's label is never the subject of a duty (render/class-party-names.ts).
    names: (ids) => (ids.length === 0 ? placeholder(`the ${participants} concerned`) : isEveryone(ids) ? `the ${participants}` : (classPartyNames(ids, model.signatories, participants) ?? joinNames(ids.map(partyName)))),
    isEveryone,
    list: joinNames,
    sentence,
    phrase: (text: Text) => cited(text),
    heading: (text: Text) => cited(text, headingPhrase),
    quantity: formatQuantity,
    ordinal,
    date: (date: DateValue | undefined, what: string) => (date?.valid ? formatDate(date) : placeholder(what)),
    cadence,
    // A standard is printed in the text's words ("forthwith", "without delay"), never as a period.
    within: (d: Deadline | undefined) => (d?.within ? ` within ${formatQuantity(d.within)}` : d?.standard ? ` ${d.standard.text.replace(/-/g, ' ')}` : ''),
    instrumentTitle: (source: Text) => {
      if (!namesAFile(source.value)) return withThe(phrase(source));
      const files = [model.parentFile, ...model.incorporatedFiles, model.implementedFile, model.amendedFile, ...model.implementingFiles];
      const title = files.find((f) => f?.path.value === source.value)?.model?.instrument?.title?.value.trim();
      return title ? withThe(visibleText(title)) : placeholder('title of the instrument referred to');
    },
    since: (d: Deadline | undefined) => (d?.within && d.start ? ` ${clockStartWords[d.start.value ?? ''] ?? placeholder('event the time runs from')}` : ''),
    via: (d: Deadline | undefined) => (d?.via ? ` through the channel referred to in ${reference(`channel:${d.via.text}`)}` : ''),
    contactName: (ref: ContactRef) => {
      let ofParty = contactNames.get(ref.party.text);
      if (ofParty === undefined) contactNames.set(ref.party.text, (ofParty = new Map()));
      return once(ofParty, ref.contact?.text ?? '', () => contactName(model, ref, partyName));
    },
    bodyName: (id: Name | undefined) =>
      once(bodyNames, id?.text, () => {
        const body = id ? (model.resolve('body', id.text)?.node as GovernanceBody | undefined) : undefined;
        return body?.name ? visibleText(body.name.value) : placeholder('name of the governance body');
      }),
    agreementName: (id: Name | undefined) =>
      once(agreementNames, id?.text, () => {
        const agreement = id ? (model.resolve('security-agreement', id.text)?.node as SecurityAgreement | undefined) : undefined;
        return agreement?.name ? visibleText(agreement.name.value) : placeholder('title of the security agreement');
      }),
    channelsUnder: (agreement: Name) => [...(channelsByAgreement ??= channelsUnderEach(model)).get(agreement.text) ?? []],
    clauseText: (clause: Clause) => {
      const library = model.libraryClause(clause);
      // A clause's own words, where no letters' designation rewrites them, depend on the node, its library entry and the instrument's name alone: kept with the node.
      const keep = clause.body !== undefined && !(library && designation);
      const before = keep ? ownClauseTexts.get(clause) : undefined;
      if (before !== undefined && before.library === library && before.self === self) return before.answer;
      // A library heading speaks of "this Memorandum"; in a Framework it is "this Framework".
      const heading = library?.heading.replace(/\bthis (Memorandum|Agreement|Arrangement)\b/g, `this ${self}`);
      // A library clause in letters that say "the two Governments" says "Governments" too (render/library-designation.ts).
      const letters = library && inLettersDesignation(library, clause.body?.value, documentValues(model, library.wording), designation);
      if (clause.body) {
        const answer = { text: visibleText(letters?.body ?? clause.body.value), heading };
        if (keep) ownClauseTexts.set(clause, { library, self, answer });
        return answer;
      }
      return { text: library ? approvedText(library, { ...documentValues(model, library.wording), instrument: self, Instrument: self, ...letters?.values }) : undefined, heading };
    },
    approved,
    covered,
    letters: isExchange(model),
    placeholder,
    refer: (kind: string, id: Name | undefined) => (id ? reference(`${kind}:${id.text}`) : placeholder(`reference to the ${kind}`)),
    // A name the instrument does not have is a blank to fill (the checks report it: unknown-provision-reference).
    cite,
  };
}

/**
 * Whether generated sentences take treaty formulas ("shall", "enter into force", "IN WITNESS
 * WHEREOF … duly authorised", "Done at"): for a treaty, and for an instrument whose status is
 * open only when its kind is not a memorandum or an arrangement. A memorandum or arrangement of
 * undetermined status gets the MoU's words ("will", "come into effect", "Signed at"): treaty
 * formulas the drafter did not write would be evidence of an intent to be bound the text does not
 * show (export review item 26: NL–US MoU 1978, Benelux crisis MoU 2006).
 */
/**
 * A clause's text and heading where they come from the clause and its library entry alone, by
 * node: a keystroke keeps every clause it did not touch, and the rendering asks each clause's text
 * again (render/kept-articles.ts checks a kept article's answers), which at 100,000 lines was
 * about 3.6 MB of text scanned per refresh. Read-only: the same answer is given to every caller.
 */
const ownClauseTexts = new WeakMap<Clause, { readonly library: LibraryClause | undefined; readonly self: string; readonly answer: { readonly text: string | undefined; readonly heading: string | undefined } }>();

/**
 * Whether a text is one the checks read for `§Name` (model/provision-names.ts, `citingTexts`).
 * Which texts of a node cite depends on the node alone (the prose fields of its kind), and an AST
 * node is never changed once made: each node is read once, and an edit reads only the nodes it
 * made. A text object belongs to one node, and a copy of a node (a moved segment, syntax/shift.ts)
 * is read as a node of its own; so a text is in the set exactly when a node of this document
 * cites it, and a text of an older document is never asked about.
 */
const readForCitations = new WeakSet<Declaration | Instrument>();
const citingTextsRead = new WeakSet<Text>();

/**
 * The parent instrument's title as the text names it: from the parent's file, or as written where
 * the header names the parent by its title (`protocol "…" of "European Agreement on …"`).
 */
function parentTitle(model: SemanticModel): string | undefined {
  const written = model.ast.instrument?.parent;
  const title = written && !namesAFile(written.value) ? written.value : model.parentFile?.model?.instrument?.title?.value;
  return title?.trim() ? withArticle(visibleText(title)) : undefined;
}

function citingIn(model: SemanticModel): (text: Text) => boolean {
  const read = (node: Declaration | Instrument) => {
    if (readForCitations.has(node)) return;
    readForCitations.add(node);
    for (const text of citingTexts(node)) citingTextsRead.add(text);
  };
  if (model.ast.instrument) read(model.ast.instrument);
  for (const declaration of model.ast.declarations) read(declaration);
  return (text) => citingTextsRead.has(text);
}

/** Whether the export writes a treaty's formulas (`RenderContext.treaty`): its provisions are Articles. */
export function treatyFormulas(model: SemanticModel): boolean {
  const nature = model.legalNature;
  if (nature) return nature === 'treaty';
  const kind = model.ast.instrument?.kind.value;
  return model.wording === 'treaty' && kind !== 'memorandum' && kind !== 'arrangement';
}

/** A title cited in a sentence: "the Agreement between …". */

/** Prose as written, on one line, without a final full stop. */
function phrase(text: Text): string {
  return visibleText(text.value).replace(/\s*\n\s*/g, ' ').trim().replace(/[.;,]$/, '');
}

/**
 * A heading as written, on one line, without a closing full stop, semicolon or comma — but a full
 * stop that ends an abbreviation is the heading's words, not its punctuation: "Establishment of
 * EUTELSAT and the Company Eutelsat S.A." (EUTELSAT Convention 1982/1999, Art. II, read:
 * BWBV0002146; seventieth run, defect 4) keeps its "S.A.", as "… Ltd.", "… Inc.", "… U.S." would.
 */
function headingPhrase(text: Text): string {
  const written = visibleText(text.value).replace(/\s*\n\s*/g, ' ').trim();
  return endsInAbbreviation(written) ? written : written.replace(/[.;,]$/, '');
}

/**
 * Whether the text's last word is an abbreviation whose full stop is its own: letters each with a
 * stop ("S.A.", "N.V.", "U.S.", "S.p.A.", "e.g."), or a word always abbreviated so ("Ltd.", "Co.",
 * "Inc.", "No.", "Art.", "etc."). A single letter ("Annex B.") is not: there the stop closes the heading.
 */
export function endsInAbbreviation(text: string): boolean {
  return /(?:^|[\s(])(?:\p{L}{1,3}\.){2,}$/u.test(text) || /(?:^|[\s(])(?:Ltd|Co|Inc|Corp|Bros|Nos?|Arts?|paras?|etc|St|Dr|Mr|Mrs|Ms|Jr|Sr|cf|Esq)\.$/u.test(text);
}

/** The value kept under `key`, or `make`'s (then kept). */
function once<K>(kept: Map<K, string>, key: K, make: () => string): string {
  let value = kept.get(key);
  if (value === undefined) kept.set(key, (value = make()));
  return value;
}

/** `of awareness` as the text says it: "within 24 hours of becoming aware" (NIS2 Art. 23(4)(a)). */
const clockStartWords: Readonly<Record<string, string>> = {
  awareness: 'of becoming aware',
  detection: 'of detection',
  classification: 'of its classification',
  occurrence: 'of its occurrence',
  request: 'of the request',
  receipt: 'of receipt',
  notification: 'of the notification',
  decision: 'of the decision',
};

function cadence(c: Cadence | undefined): string {
  if (!c) return 'periodically';
  if (c.word === 'annually') return 'every year';
  if (c.word === 'biennially') return 'every two years';
  return c.interval ? `every ${formatQuantity(c.interval)}` : 'periodically';
}

function contactName(model: SemanticModel, ref: ContactRef, partyName: (id: Name) => string): string {
  const found = ref.contact ? model.party(ref.party.text)?.contacts.find((c) => c.id?.text === ref.contact!.text) : undefined;
  // A contact is a desk or an officer, described, not named: "the Duty desk", "the CERT-EE duty officer".
  if (found?.name) return /^the\s/i.test(found.name.value) ? visibleText(found.name.value) : `the ${visibleText(found.name.value)}`;
  return placeholder(`point of contact of ${visibleText(partyName(ref.party))}`);
}

/**
 * A library clause's text with the document's values; a placeholder the document cannot fill is
 * shown as a placeholder, never as the library's example default (which would put words in the
 * drafter's mouth: "six months" where the header says nothing).
 */
function approvedText(clause: LibraryClause, known: Readonly<Record<string, string>>): string {
  return clause.text.replace(placeholderPattern, (_, name: string) => (Object.hasOwn(known, name) ? known[name] : placeholder(words(name))));
}

/** `openingDate` → "opening date". */
function words(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[._-]+/g, ' ').toLowerCase();
}

/** The library's text as paragraphs, split as a clause's text is (constructs/clause.ts). */
export function libraryParagraphs(clause: LibraryClause, known: Readonly<Record<string, string>>): Paragraph[] {
  return splitParagraphs(approvedText(clause, known));
}

/** The channels exchanged under each security agreement, by the agreement's identifier, in the text's order. */
function channelsUnderEach(model: SemanticModel): Map<string, Name[]> {
  const under = new Map<string, Name[]>();
  for (const c of model.ast.channels) {
    const agreement = c.securityAgreement?.text;
    if (!c.id || agreement === undefined) continue;
    const list = under.get(agreement);
    if (list) list.push(c.id);
    else under.set(agreement, [c.id]);
  }
  return under;
}
