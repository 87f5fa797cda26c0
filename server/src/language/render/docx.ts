/**
 * The instrument as a Word document, built with the `docx` library (plain ECMAScript: it runs
 * in Node and in a browser, no file system): the Title style for the title, Word's Heading 1 for
 * each article or paragraph heading, numbered automatically by a Word list ("Article 1",
 * "Article 2"… — renumbered by Word when the drafter inserts an article) unless the drafter's
 * headings carry their own numbers (then printed as written, with no list), the provisions
 * outside a drafter's numbering as Heading 2 under their own heading and an italic line saying
 * they are proposed, a concluded text's note on what is not printed last, in a style of its own
 * (Editorial Note, not the text's Normal), numbered paragraphs
 * within an article and lettered items, a table-of-contents field Word fills on opening, a header
 * with the title and the DRAFT mark, a footer with "Page X of Y", and the signature blocks as a
 * table with a column per signatory. Placeholders are highlighted.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageNumber,
  Paragraph as WordParagraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { asWritten, numbersParagraphs, type ListItem, type Paragraph, type RenderedArticle, type RenderedInstrument } from './instrument-model';
import { segments } from './inline';
import { listParts } from './list-parts';

/** The list references of the document's numbering. */
const articles = 'articles';
const paragraphs = 'paragraphs';

function runs(text: string, options: { bold?: boolean } = {}): TextRun[] {
  return segments(text).map((s) => new TextRun({ text: s.text, bold: options.bold, ...(s.placeholder ? { highlight: 'yellow' as const } : {}) }));
}

/**
 * The paragraph style of the letter a reply reproduces ("which reads as follows: “…”",
 * render/reply-quotation.ts): Word's own built-in style, Quote (id and name), so a ministry's
 * template restyles it as it restyles its headings — attaching the template, or pasting into a
 * document made from it, gives the quotation the ministry's indent and font. Defined here as the
 * letters set a quotation: one indent further in than the letter's own paragraphs, in the letter's roman (Word's own
 * Quote is italic and centred, which no letter of the corpus prints). Its paragraphs carry no
 * indent of their own, which would override the template's.
 */
const quoteStyle = 'Quote';
/** One indent in from the letter's own paragraphs (567 twips, 1 cm, from the margin), and 1 cm from the right margin. */
const quoteIndent = 1134;

/**
 * The style of the note a concluded text's export prints after the text, naming what it does not
 * print (render/unprinted-note.ts): a style of its own, so that nobody takes it for a paragraph of
 * the text, and a ministry's template can hide it or restyle it; smaller, grey, ruled off above.
 */
const editorialNoteStyle = 'EditorialNote';

/**
 * The style of what an editorial mark introduces — a concluded text's definitions as transcribed,
 * under "[Definitions as transcribed …]" (render/definitions-insertion.ts): the note's small grey
 * type, indented, without its rule, so that the insertion reads as one block apart from the text.
 */
const editorialInsertionStyle = 'EditorialInsertion';

/** A label as written, then a tab to the text's indent: "1.", "(a)", "III."; nothing where the drafter wrote none. */
function labelled(label: string, text: string, depth: number, after: number, quoted = false): WordParagraph {
  const lead = label ? [new TextRun({ text: label }), new TextRun({ text: '\t' })] : [];
  // A quoted paragraph takes its indent from the Quote style, a quoted item its own indent beyond it.
  if (quoted) return new WordParagraph({ style: quoteStyle, children: [...lead, ...runs(text)], ...(depth > 0 ? { indent: { left: quoteIndent + 567 * depth, hanging: label ? 567 : 0 } } : {}), spacing: { after } });
  const indent = { left: 567 * (depth + 1), hanging: label ? 567 : 0 };
  return new WordParagraph({ children: [...lead, ...runs(text)], indent, spacing: { after } });
}

/**
 * A drafter's items, each label as written, the items under an item one indent further in. A
 * paragraph after the items of the element the list is under (render/list-parts.ts) stands at that
 * element's text indent, one less than the items': at theirs, with no label, it read as the last
 * item's second paragraph; its own list is at the items' indent, as the element's is.
 */
function writtenItems(items: readonly ListItem[], depth: number, quoted = false): WordParagraph[] {
  return listParts(items).flatMap((part) =>
    part.kind === 'items'
      ? part.items.flatMap((i) => [labelled(i.label, i.text, depth, 80, quoted), ...writtenItems(i.items ?? [], depth + 1, quoted)])
      : [labelled('', part.paragraph.text, depth - 1, 80, quoted), ...writtenItems(part.paragraph.items ?? [], depth, quoted)],
  );
}

function body(p: Paragraph, instance: number, numbered: boolean): (WordParagraph | Table)[] {
  const text = typeof p === 'string' ? p : p.text;
  // An editorial mark inside an article, as the marks between articles: outside the text's words.
  if (typeof p !== 'string' && p.mark) return [new WordParagraph({ style: editorialNoteStyle, children: [new TextRun({ text, italics: true })] }), ...(p.items ?? []).map((i) => new WordParagraph({ style: editorialInsertionStyle, children: runs(i.text) }))];
  // The drafter's paragraphs keep their own labels as text: Word's list numbering would number them again.
  // A paragraph of the letter a reply reproduces is a quotation, in the Quote style.
  // A chapeau's closing words after its list (`wrapUp`) follow the items at the paragraph's indent.
  const wrapUp = typeof p !== 'string' && p.wrapUp ? p.wrapUp : undefined;
  if (typeof p !== 'string' && p.quoted && asWritten(p)) return [labelled(p.label, text, 0, 120, true), ...writtenItems(p.items ?? [], 1, true), ...(wrapUp ? [labelled('', wrapUp, 0, 120, true)] : [])];
  const depth = 0;
  const out: (WordParagraph | Table)[] = asWritten(p)
    ? [labelled(p.label, text, depth, 120), ...writtenItems(p.items ?? [], depth + 1), ...(wrapUp ? [labelled('', wrapUp, depth, 120)] : [])]
    : [new WordParagraph({ children: runs(text), ...(numbered ? { numbering: { reference: paragraphs, level: 0, instance } } : {}), spacing: { after: 120 } })];
  if (typeof p !== 'string') {
    if (!asWritten(p)) for (const item of p.items ?? []) out.push(new WordParagraph({ children: runs(item.text), numbering: { reference: paragraphs, level: 1, instance }, spacing: { after: 80 } }));
    if (!asWritten(p) && wrapUp) out.push(labelled('', wrapUp, depth, 120));
    if (p.table) {
      const row = (cells: readonly string[], header: boolean) =>
        new TableRow({ tableHeader: header, children: cells.map((c) => new TableCell({ children: [new WordParagraph({ children: runs(c, { bold: header }) })] })) });
      out.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(p.table.head, true), ...p.table.rows.map((r) => row(r, false))] }));
    }
  }
  return out;
}

function signatureTable(doc: RenderedInstrument): Table {
  const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const borders = { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder, insideHorizontal: noBorder, insideVertical: noBorder };
  const cell = (block: RenderedInstrument['signatures'][number] | undefined) =>
    new TableCell({
      width: { size: 50, type: WidthType.PERCENTAGE },
      borders,
      children: block
        ? [
            new WordParagraph({ children: runs(block.for, { bold: true }), spacing: { after: 600 } }),
            new WordParagraph({ children: [new TextRun('______________________________')] }),
            new WordParagraph({ children: block.signatory ? runs(block.signatory) : [], spacing: { after: 360 } }),
          ]
        : [new WordParagraph({ children: [] })],
    });
  const rows: TableRow[] = [];
  for (let i = 0; i < doc.signatures.length; i += 2) rows.push(new TableRow({ cantSplit: true, children: [cell(doc.signatures[i]), cell(doc.signatures[i + 1])] }));
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders, rows });
}

/** An article's heading, numbered by the Word list unless the drafter numbered it (or it is outside the numbering), and its paragraphs. */
function article(a: RenderedArticle, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): (WordParagraph | Table)[] {
  const numbering = a.num !== undefined ? { numbering: { reference: articles, level: 0 } } : {};
  const heading = new WordParagraph({ heading: level, alignment: AlignmentType.CENTER, ...numbering, children: [new TextRun({ text: '', break: 1 }), ...runs(a.heading)] });
  const numbered = numbersParagraphs(a);
  // A concluded text's provision without a heading of its own (and without our number): no heading.
  const headed = a.num !== undefined || a.heading !== '';
  return [...(headed ? [heading] : []), ...a.paragraphs.flatMap((p) => body(p, a.number, numbered))];
}

export function docxDocument(doc: RenderedInstrument): Document {
  const title = segments(doc.title).map((s) => s.text).join('');
  const children: (WordParagraph | Table | TableOfContents)[] = [];
  if (doc.draft) children.push(new WordParagraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: doc.draft.label, bold: true, color: '9A0000' })] }));
  children.push(new WordParagraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: runs(doc.title) }));
  if (doc.parentTitle) children.push(new WordParagraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'Annex to ', italics: true }), ...runs(doc.parentTitle)] }));
  if (doc.articles.length > 0) children.push(new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-1' }));
  if (doc.preamble) {
    const { parties, recitals, formula } = doc.preamble;
    if (parties !== undefined) children.push(new WordParagraph({ children: runs(parties), spacing: { before: 240, after: 120 } }));
    for (const recital of recitals) children.push(...(typeof recital === 'string' ? [new WordParagraph({ children: runs(recital) })] : body(recital, 0, false)));
    if (formula !== undefined) children.push(new WordParagraph({ children: [new TextRun({ text: formula, italics: true })], spacing: { after: 240 } }));
  }
  for (const a of doc.articles) {
    // The mark of articles the transcription leaves out, in the note's style (Editorial Note): outside the text's words.
    if (a.gapBefore) children.push(new WordParagraph({ style: editorialNoteStyle, children: [new TextRun({ text: a.gapBefore, italics: true })] }));
    if (a.insertedBefore) children.push(...body(a.insertedBefore, a.number, false));
    if (a.gapAfterInsertion) children.push(new WordParagraph({ style: editorialNoteStyle, children: [new TextRun({ text: a.gapAfterInsertion, italics: true })] }));
    children.push(...article(a, HeadingLevel.HEADING_1));
  }
  if (doc.outside) {
    children.push(new WordParagraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun({ text: '', break: 1 }), new TextRun({ text: doc.outside.heading, italics: true })] }));
    children.push(new WordParagraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: doc.outside.lead, italics: true })], spacing: { after: 120 } }));
    for (const a of doc.outside.articles) children.push(...article(a, HeadingLevel.HEADING_2));
  }
  for (const omitted of doc.omittedEnd) children.push(new WordParagraph({ style: editorialNoteStyle, children: [new TextRun({ text: omitted, italics: true })] }));
  for (const t of doc.testimonium) children.push(new WordParagraph({ children: runs(t), spacing: { before: 240 } }));
  if (doc.signatures.length > 0) children.push(signatureTable(doc));
  for (const a of doc.annexed) {
    if (a.gapBefore) children.push(new WordParagraph({ style: editorialNoteStyle, children: [new TextRun({ text: a.gapBefore, italics: true })] }));
    children.push(...article(a, HeadingLevel.HEADING_1));
  }
  for (const omitted of doc.omittedAfter) children.push(new WordParagraph({ style: editorialNoteStyle, children: [new TextRun({ text: omitted, italics: true })] }));
  if (doc.unprinted) children.push(new WordParagraph({ style: editorialNoteStyle, children: [new TextRun({ text: `${doc.unprinted.title}. `, bold: true }), ...runs(doc.unprinted.text)] }));

  const headerText = doc.draft ? `${title} — ${doc.draft.label}` : title;
  return new Document({
    creator: 'Entente',
    title,
    description: doc.draft ? doc.draft.label : `${doc.self} rendered from its Entente source`,
    features: { updateFields: true },
    styles: {
      paragraphStyles: [
        { id: quoteStyle, name: quoteStyle, basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: { indent: { left: quoteIndent, right: 567 } } },
        {
          id: editorialNoteStyle,
          name: 'Editorial Note',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 18, color: '444444' },
          paragraph: { spacing: { before: 720 }, border: { top: { style: BorderStyle.SINGLE, size: 6, color: '555555', space: 6 } } },
        },
        { id: editorialInsertionStyle, name: 'Editorial Insertion', basedOn: 'Normal', next: 'Normal', run: { size: 18, color: '444444' }, paragraph: { indent: { left: 567 }, spacing: { before: 60, after: 60 } } },
      ],
    },
    numbering: {
      config: [
        { reference: articles, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: `${doc.unit} %1`, suffix: LevelSuffix.NOTHING, alignment: AlignmentType.CENTER }] },
        {
          reference: paragraphs,
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 1134, hanging: 567 } } } },
          ],
        },
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: [new WordParagraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: headerText, size: 16, ...(doc.draft ? { color: '9A0000' } : {}) })] })] }) },
        footers: {
          default: new Footer({
            children: [new WordParagraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 })] })],
          }),
        },
        children,
      },
    ],
  });
}

/** The .docx file's bytes. */
export function toDocx(doc: RenderedInstrument): Promise<Uint8Array> {
  return Packer.pack(docxDocument(doc), 'uint8array');
}
