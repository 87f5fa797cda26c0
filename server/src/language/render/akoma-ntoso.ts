/**
 * The instrument as Akoma Ntoso 3.0 XML (OASIS LegalDocML): an `act` (name "treaty") for a binding
 * instrument, a `doc` (name "memorandumOfUnderstanding", "arrangement"…) for a non-binding one,
 * since AKN's `act` is for normative acts. Metadata: FRBR Work, Expression (the language rendered,
 * English) and Manifestation; references (TLC) for the parties, the organisations named, the roles
 * and the defined terms, each eId unique (akn-references.ts). Content: `preface` with the title,
 * `preamble` with the parties marked as `party` and the enacting formula (or the drafter's own
 * preamble as written), numbered `article`s (treaty, in `body`) or `paragraph`s (MoU, in
 * `mainBody`) with `num` and `heading` (no `num` where the drafter's heading carries the
 * designation), the provisions outside a drafter's numbering in an `hcontainer` (its `intro`
 * saying they are proposed), a concluded text's note on what is not printed as an editorial `note`
 * in the metadata's `notes` (AKN's place for notes that are not the text's own), defined terms as
 * `def` where defined and `term` where used, and `conclusions` with the final formula, a
 * `signature` per party and the drafter's clauses that follow the signatures as `tblock`s. A
 * placeholder is an `inline` named "placeholder".
 */
import { asWritten, paragraphLabel, type ListItem, type Paragraph, type RenderedArticle, type RenderedInstrument } from './instrument-model';
import { segments } from './inline';
import { aknReferences } from './akn-references';
import { languageCode, slug, withArticle } from './words';
import { escapeRegExp } from '../util/escape-regexp';
import { matchesOf } from '../util/all-matches';
import { opensSignatoryLine } from './printed-signatures';
import { listParts } from './list-parts';

export const aknNamespace = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

function esc(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

type Terms = readonly { readonly term: string; readonly key: string }[];

/** Text with placeholders as `inline` and uses of defined terms as `term`. */
function inline(text: string, terms: Terms): string {
  return segments(text)
    .map((s) => (s.placeholder ? `<inline name="placeholder">${esc(s.text)}</inline>` : markTerms(s.text, terms)))
    .join('');
}

function markTerms(text: string, terms: Terms): string {
  if (terms.length === 0) return esc(text);
  const sorted = [...terms].sort((a, b) => b.term.length - a.term.length);
  const pattern = new RegExp(`\\b(${sorted.map((t) => escapeRegExp(t.term)).join('|')})\\b`, 'g');
  let out = '';
  let last = 0;
  for (const m of matchesOf(text, pattern)) {
    const key = sorted.find((t) => t.term === m[1])!.key;
    out += `${esc(text.slice(last, m.index))}<term refersTo="#${key}">${esc(m[1])}</term>`;
    last = m.index + m[0].length;
  }
  return out + esc(text.slice(last));
}

/** A definition item: `“<def>Term</def>” means …`. */
function definitionItem(text: string, terms: Terms): string {
  const match = /^“([^”]+)”(.*)$/s.exec(text);
  const found = match ? terms.find((t) => t.term === match[1]) : undefined;
  return match && found ? `“<def refersTo="#${found.key}">${esc(match[1])}</def>”${inline(match[2], terms)}` : inline(text, terms);
}

/**
 * A list: the drafter's items with their labels as written (a sub-list inside its item), or generated
 * items lettered (a), (b)…; a chapeau's closing words after the items, its `listWrapUp` (the optional
 * element of a `blockList` after all its items, AKN 3.0 schema: `<xsd:element name="listWrapUp"
 * type="inline"/>`; treaty lawyer lr18, D9). A paragraph after the drafter's items of the element the
 * list is under (render/list-parts.ts) is no `item` of it: a block of that element after the
 * `blockList` — a `p`, or a `blockList` of its own introduced by its words — as the element's content
 * holds any number of blocks (AKN 3.0 `itemType`: `<xsd:sequence minOccurs="1" maxOccurs="unbounded">
 * <xsd:group ref="blockElements"/>`; treaty lawyer lr26, D10). `id` is the first list's eId; the
 * others number on from it ("…__list_2").
 */
function blockList(intro: string, items: readonly ListItem[], id: string, terms: Terms, definitions: boolean, written: boolean, wrapUp?: string): string {
  const parts = written ? listParts(items) : [{ kind: 'items' as const, items }];
  const stem = id.replace(/_1$/u, '');
  let lists = 0;
  const next = () => (lists++ === 0 ? id : `${stem}_${lists}`);
  return parts
    .map((part, i) => {
      // The closing words of a chapeau follow all that is under it: the last list's wrap-up, or a `p` after a last paragraph with none.
      const end = i === parts.length - 1 ? wrapUp : undefined;
      if (part.kind === 'items') return oneList(i === 0 ? intro : '', part.items, next(), terms, definitions, written, end);
      const { text, items: own } = part.paragraph;
      if (own) return oneList(text, own, next(), terms, definitions, written, end);
      return `<p>${definitions ? definitionItem(text, terms) : inline(text, terms)}</p>${end ? `<p>${inline(end, terms)}</p>` : ''}`;
    })
    .join('');
}

/** One `blockList`: its introduction, its items, its wrap-up. */
function oneList(intro: string, items: readonly ListItem[], id: string, terms: Terms, definitions: boolean, written: boolean, wrapUp?: string): string {
  const text = (t: string) => (definitions ? definitionItem(t, terms) : inline(t, terms));
  const seen = new Map<string, number>();
  const entries = items.map((item, i) => {
    const label = written ? item.label : `(${String.fromCharCode(97 + i)})`;
    // eIds name an item by its label ("__item_a", "__item_ii"), by its place where it has none; a
    // label the text writes twice ("(vii)", "(vii)": NL–British Virgin Islands TIEA 2009, Art.
    // 3(1)(a); eighty-first run, item 2) keeps its `num` as written and takes "_2" in its eId.
    const base = `${id}__item_${label.replace(/[^\p{L}\p{N}.]/gu, '').replace(/\.$/, '') || i + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const itemId = count === 1 ? base : `${base}_${count}`;
    const num = label ? `<num>${esc(label)}</num>` : '';
    const inner = written && item.items ? blockList(item.text, item.items, `${itemId}__list_1`, terms, definitions, true) : `<p>${text(item.text)}</p>`;
    return `<item eId="${itemId}">${num}${inner}</item>`;
  });
  const end = wrapUp ? `<listWrapUp>${inline(wrapUp, terms)}</listWrapUp>` : '';
  return `<blockList eId="${id}">${intro ? `<listIntroduction>${inline(intro, terms)}</listIntroduction>` : ''}${entries.join('')}${end}</blockList>`;
}

function blocks(p: Paragraph, id: string, terms: Terms, definitions: boolean): string {
  if (typeof p === 'string') return `<p>${inline(p, terms)}</p>`;
  // An editorial insertion (a concluded text's definitions as transcribed): its lead in a plain
  // paragraph of the editorial note class, never `omissis`, which marks text left out (lr15, D5);
  // the list it introduces marked `status="editorial"` too ("inserted as an editorial process", AKN
  // 3.0 statusType). Its container, made editorial as a whole, is insertion() below.
  if (p.mark) return `<p class="editorialNote">${esc(p.text)}</p>${p.items?.length ? blockList('', p.items, `${id}__list_1`, terms, true, true).replace(/^<blockList /, '<blockList status="editorial" ') : ''}`;
  // A paragraph of the letter a reply reproduces: its blocks marked as the quotation they are.
  if (p.quoted) return writtenBlocks(p, id, terms, definitions).replace(/^<(p|blockList)\b/, '<$1 class="quotation"');
  return writtenBlocks(p, id, terms, definitions);
}

function writtenBlocks(p: Exclude<Paragraph, string>, id: string, terms: Terms, definitions: boolean): string {
  const out: string[] = [];
  if (p.items) out.push(blockList(p.text, p.items, `${id}__list_1`, terms, definitions, asWritten(p), p.wrapUp));
  else out.push(`<p>${definitions && asWritten(p) ? definitionItem(p.text, terms) : inline(p.text, terms)}</p>`);
  if (p.table) {
    const head = `<tr>${p.table.head.map((h) => `<th><p>${inline(h, terms)}</p></th>`).join('')}</tr>`;
    const rows = p.table.rows.map((row) => `<tr>${row.map((cell) => `<td><p>${inline(cell, terms)}</p></td>`).join('')}</tr>`).join('');
    out.push(`<table eId="${id}__table_1">${head}${rows}</table>`);
  }
  return out.join('');
}

/** The `num` of a sub-unit: the drafter's label as written (none where it wrote none), or the renderer's number of a generated paragraph. */
function subNum(a: RenderedArticle, index: number): string {
  const label = paragraphLabel(a, index);
  return label ? `<num>${esc(label)}</num>` : '';
}

/**
 * An editorial insertion, inside a provision or between provisions: a container of its own,
 * `status="editorial"` as a whole, never a numbered paragraph of the text (lr15, D5: as
 * `<paragraph eId="art_1__para_2">` it gave a consumer that keeps what is not editorial, or cites
 * by eId, a paragraph 2 of Article 1 the signed text does not have).
 */
function insertion(p: Paragraph, id: string, terms: Terms): string {
  return `<hcontainer eId="${id}" name="definitionsAsTranscribed" status="editorial"><content>${blocks(p, id, terms, true)}</content></hcontainer>`;
}

/** An article (treaty) or a paragraph (MoU) with its numbered sub-units. */
function unit(a: RenderedArticle, doc: RenderedInstrument): string {
  const treaty = doc.treaty;
  const tag = treaty ? 'article' : 'paragraph';
  const sub = treaty ? 'paragraph' : 'subparagraph';
  const id = `${treaty ? 'art' : 'para'}_${a.number}`;
  // A heading the drafter numbered ("Article 1 – Object and scope") is its own: no `num` of ours before it.
  // A concluded text's provision without a heading of its own has no <heading> (it is optional there).
  const head = `${a.num !== undefined ? `<num>${esc(a.num)}</num>` : ''}${a.heading === '' ? '' : `<heading>${inline(a.heading, doc.terms)}</heading>`}`;
  const definitions = a.role === 'definitions';
  const marked = (p: Paragraph) => typeof p !== 'string' && p.mark === true;
  if (a.paragraphs.length === 1 && paragraphLabel(a, 0) === '' && !marked(a.paragraphs[0])) return `<${tag} eId="${id}">${head}<content>${blocks(a.paragraphs[0], id, doc.terms, definitions)}</content></${tag}>`;
  // The text's own sub-units keep the eIds of their places (a paragraph "2." after an insertion
  // standing for paragraph 1 stays `__para_2`); an insertion takes none of theirs.
  let insertions = 0;
  const parts = a.paragraphs.map((p, i) => {
    if (marked(p)) return insertion(p, `${id}__hcontainer_definitionsAsTranscribed_${++insertions}`, doc.terms);
    const subId = `${id}__${treaty ? 'para' : 'subpara'}_${i + 1}`;
    return `<${sub} eId="${subId}">${subNum(a, i)}<content>${blocks(p, subId, doc.terms, definitions)}</content></${sub}>`;
  });
  return `<${tag} eId="${id}">${head}${parts.join('')}</${tag}>`;
}

/**
 * A drafter's clause that follows the signatures (a protocol, an annex, the statutes) as a `tblock`
 * of the conclusions, with its heading as written and its paragraphs labelled as in the text.
 */
function annexedBlock(a: RenderedArticle, doc: RenderedInstrument): string {
  const id = `tblock_${a.number}`;
  const heading = `<heading>${inline(a.heading, doc.terms)}</heading>`;
  if (a.paragraphs.length === 1 && paragraphLabel(a, 0) === '') return `<tblock eId="${id}">${heading}${blocks(a.paragraphs[0], id, doc.terms, false)}</tblock>`;
  const items = a.paragraphs.map((p, i) => `<item eId="${id}__item_${i + 1}">${subNum(a, i)}${blocks(p, `${id}__item_${i + 1}`, doc.terms, false)}</item>`);
  return `<tblock eId="${id}">${heading}<blockList eId="${id}__list">${items.join('')}</blockList></tblock>`;
}

/** AKN's `doc` name for a non-binding instrument, by its kind. */
const docNames: Readonly<Record<string, string>> = { memorandum: 'memorandumOfUnderstanding', arrangement: 'arrangement', framework: 'frameworkArrangement', annex: 'annex', protocol: 'protocol', treaty: 'instrument' };

export function toAkomaNtoso(instrument: RenderedInstrument): string {
  // From here on each party's, organisation's and term's key is its eId, unique in the document.
  const references = aknReferences(instrument, esc);
  const { doc, role } = references;
  const type = doc.treaty ? 'act' : 'doc';
  const name = doc.treaty ? 'treaty' : (docNames[doc.kind ?? ''] ?? 'instrument');
  const date = doc.signed?.iso ?? '0001-01-01';
  const dateName = doc.signed ? 'signature' : 'undated';
  const number = slug(segments(doc.title).map((s) => s.text).join('')).slice(0, 60);
  const work = `/akn/int/${type}/${name}/${date}/${number}`;
  const expression = `${work}/eng@`;
  const manifestation = `${expression}/!main.xml`;
  const authors = doc.parties.map((p) => `<FRBRauthor href="#${p.key}" as="#${doc.treaty ? 'party' : 'participant'}"/>`);
  const author = authors.length > 0 ? authors : ['<FRBRauthor href="#entente"/>'];
  const core = (self: string, uri: string, extra: string[]) => [`<FRBRthis value="${esc(self)}"/>`, `<FRBRuri value="${esc(uri)}"/>`, ...extra].join('');
  const authoritative = doc.languages.some((l) => languageCode(l) === 'eng');
  const meta = [
    '<meta>',
    '<identification source="#entente">',
    `<FRBRWork>${core(`${work}/!main`, work, [`<FRBRalias value="${esc(segments(doc.title).map((s) => s.text).join(''))}" name="title"/>`, `<FRBRdate date="${date}" name="${dateName}"/>`, ...author, '<FRBRcountry value="int"/>', `<FRBRname value="${esc(name)}"/>`, `<FRBRprescriptive value="${doc.treaty}"/>`])}</FRBRWork>`,
    `<FRBRExpression>${core(`${expression}/!main`, expression, [`<FRBRdate date="${date}" name="${dateName}"/>`, ...author, `<FRBRauthoritative value="${authoritative}"/>`, '<FRBRlanguage language="eng"/>'])}</FRBRExpression>`,
    `<FRBRManifestation>${core(manifestation, `${expression}.akn`, [`<FRBRdate date="${date}" name="${dateName}"/>`, '<FRBRauthor href="#entente"/>', '<FRBRformat value="application/akn+xml"/>'])}</FRBRManifestation>`,
    '</identification>',
    references.xml,
    ...(doc.unprinted ? [`<notes source="#entente"><note eId="editorialNote_1" class="editorial"><heading>${esc(doc.unprinted.title)}</heading><p>${inline(doc.unprinted.text, [])}</p></note></notes>`] : []),
    '</meta>',
  ].join('\n');

  const preface = [`<preface>`, doc.draft ? `<p class="draft">${esc(doc.draft.label)}</p>` : '', `<longTitle eId="longTitle"><p><docTitle>${inline(doc.title, [])}</docTitle></p></longTitle>`, '</preface>'].join('');
  const opened = doc.preamble?.named ? doc.preamble.named.map((i) => doc.parties[i]) : doc.parties;
  const partyList = opened.map((p, i) => {
    const text = i === 0 ? capital(withArticle(p.name)) : withArticle(p.name);
    return `<party refersTo="#${p.key}" as="#${role}">${inline(text, [])}</party>`;
  });
  const joined = partyList.length <= 1 ? partyList.join('') : `${partyList.slice(0, -1).join(', ')} and ${partyList[partyList.length - 1]}`;
  const called = `hereinafter referred to as “the ${doc.treaty ? 'Parties' : 'Participants'}”`;
  // The drafter's own preamble names the parties in its own words: it is printed as written.
  const preamble = doc.preamble
    ? `<preamble>${doc.preamble.parties === undefined ? '' : doc.preamble.unnamed ? `<p>${esc(doc.preamble.parties)}</p>` : `<p>${joined}${doc.preamble.named ? ',' : doc.treaty ? `, ${called},` : ` (${called}),`}</p>`}${doc.preamble.recitals.map((r, i) => blocks(r, `preamble__recital_${i + 1}`, doc.terms, false)).join('')}${doc.preamble.formula !== undefined ? `<formula name="enactingFormula"><p>${esc(doc.preamble.formula)}</p></formula>` : ''}</preamble>`
    : '';
  const bodyTag = doc.treaty ? 'body' : 'mainBody';
  // The mark of articles the transcription leaves out: a container of its own between the articles, its words an `omissis`.
  // The definitions as transcribed that stand before an article (definitions-insertion.ts): a container of their own, editorial.
  const inserted = (a: RenderedArticle, index: number) => {
    const id = `hcontainer_definitionsAsTranscribed_${index + 1}`;
    return a.insertedBefore ? insertion(a.insertedBefore, id, doc.terms) : '';
  };
  const notTranscribed = (id: string, text: string | undefined) => (text ? `<hcontainer eId="${id}" name="notTranscribed"><content><p><omissis>${esc(text)}</omissis></p></content></hcontainer>` : '');
  const units = doc.articles.map((a, index) => notTranscribed(`hcontainer_notTranscribed_${index + 1}`, a.gapBefore) + inserted(a, index) + notTranscribed(`hcontainer_notTranscribedAfterDefinitions_${index + 1}`, a.gapAfterInsertion) + unit(a, doc));
  // What the transcription says it leaves out after the printed articles (`omitted "…"`): the same container, after them.
  // After annexes printed in the conclusions, the marks follow them there.
  const omissis = (text: string) => `<p><omissis>${esc(text)}</omissis></p>`;
  doc.omittedEnd.forEach((omitted, index) => units.push(`<hcontainer eId="hcontainer_omittedEnd_${index + 1}" name="notTranscribed"><content><p><omissis>${esc(omitted)}</omissis></p></content></hcontainer>`));
  // After a final formula or signatures, the marks follow them in the conclusions, where the text has them.
  const afterConclusions = doc.annexed.length > 0 || doc.testimonium.length > 0 || doc.signatures.length > 0;
  if (!afterConclusions) doc.omittedAfter.forEach((omitted, index) => units.push(`<hcontainer eId="hcontainer_omitted_${index + 1}" name="notTranscribed"><content><p><omissis>${esc(omitted)}</omissis></p></content></hcontainer>`));
  if (doc.outside) units.push(`<hcontainer eId="hcontainer_outside" name="outsideNumbering"><heading>${esc(doc.outside.heading)}</heading><intro><p>${esc(doc.outside.lead)}</p></intro>${doc.outside.articles.map((a) => unit(a, doc)).join('')}</hcontainer>`);
  const body = `<${bodyTag}>${units.length > 0 ? units.join('\n') : '<p><inline name="placeholder">[provisions of the instrument]</inline></p>'}</${bodyTag}>`;
  // A signature block the text writes after its formula, on a line of its own, is a `signature` as a
  // generated one is, its words as written (ninety-third run, defect 3; render/formula-lines.ts).
  const formulaParagraph = (t: string, i: number) => (i > 0 && opensSignatoryLine(t) ? `<p><signature>${inline(t, [])}</signature></p>` : `<p>${inline(t, doc.terms)}</p>`);
  const signatures = doc.signatures.map((s, i) => {
    const party = doc.parties[i];
    return `<p><signature><party refersTo="#${party?.key ?? 'entente'}" as="#${role}">${inline(s.for, [])}</party>${s.signatory ? ` <role refersTo="#signatory">${inline(s.signatory, [])}</role>` : ''}</signature></p>`;
  });
  const annexed = [...doc.annexed.map((a) => (a.gapBefore ? omissis(a.gapBefore) : '') + annexedBlock(a, doc)), ...(afterConclusions ? doc.omittedAfter.map(omissis) : [])];
  const conclusions = doc.testimonium.length + signatures.length + annexed.length > 0 ? `<conclusions>${doc.testimonium.map(formulaParagraph).join('')}${signatures.join('')}${annexed.join('')}</conclusions>` : '';

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<akomaNtoso xmlns="${aknNamespace}">`,
    `<${type} name="${name}" contains="originalVersion">`,
    meta,
    preface,
    preamble,
    body,
    conclusions,
    `</${type}>`,
    '</akomaNtoso>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n') + '\n';
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
