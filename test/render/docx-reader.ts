/**
 * Reads a .docx back the way Word would see it: unzips it (JSZip) and parses its parts with a
 * real XML parser (fast-xml-parser), then lists the body's paragraphs (style, list numbering,
 * text, highlighted runs) and tables, the header and footer texts with their fields, the list
 * definitions and the settings. Tests and the golden dump read this, never the raw bytes.
 */
import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';

type Node = Record<string, unknown>;
const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@', trimValues: false, parseTagValue: false });

export interface DocxParagraph {
  readonly kind: 'p';
  readonly style: string | undefined;
  readonly numId: string | undefined;
  readonly level: string | undefined;
  /** The left indent written on the paragraph itself, in twips (a nested item's is one step, 567, further in than its parent's). */
  readonly indent: number | undefined;
  readonly text: string;
  readonly highlighted: string[];
}
export interface DocxTable {
  readonly kind: 'table';
  readonly rows: string[][];
}
export interface DocxContent {
  readonly body: (DocxParagraph | DocxTable)[];
  readonly fieldCodes: string[];
  readonly header: string;
  readonly footer: string;
  readonly footerFields: string[];
  /** numId → the level texts of its abstract list ("Article %1"). */
  readonly lists: Map<string, string[]>;
  readonly updateFields: boolean;
}

const name = (n: Node) => Object.keys(n).find((k) => k !== ':@')!;
const children = (n: Node): Node[] => (n[name(n)] as Node[]) ?? [];
const attr = (n: Node, a: string) => (n[':@'] as Record<string, string> | undefined)?.[`@${a}`];
const find = (nodes: Node[], tag: string) => nodes.filter((n) => name(n) === tag);

function walk(nodes: Node[], visit: (n: Node) => boolean | void): void {
  for (const n of nodes) {
    if (visit(n) === false) continue;
    const kids = n[name(n)];
    if (Array.isArray(kids)) walk(kids as Node[], visit);
  }
}

function text(nodes: Node[]): string {
  let out = '';
  walk(nodes, (n) => {
    const tag = name(n);
    if (tag === 'w:t') out += children(n).map((c) => String((c as Record<string, unknown>)['#text'] ?? '')).join('');
    if (tag === 'w:br') out += '\n';
    if (tag === 'w:instrText') return false;
  });
  return out;
}

function paragraph(p: Node): DocxParagraph {
  const ppr = find(children(p), 'w:pPr')[0];
  const props = ppr ? children(ppr) : [];
  const numPr = find(props, 'w:numPr')[0];
  const highlighted: string[] = [];
  for (const r of find(children(p), 'w:r')) {
    const rpr = find(children(r), 'w:rPr')[0];
    if (rpr && find(children(rpr), 'w:highlight').length > 0) highlighted.push(text([r]));
  }
  return {
    kind: 'p',
    style: attr(find(props, 'w:pStyle')[0] ?? {}, 'w:val'),
    numId: numPr ? attr(find(children(numPr), 'w:numId')[0] ?? {}, 'w:val') : undefined,
    level: numPr ? attr(find(children(numPr), 'w:ilvl')[0] ?? {}, 'w:val') : undefined,
    indent: indentOf(props),
    text: text([p]),
    highlighted,
  };
}

function indentOf(props: Node[]): number | undefined {
  const ind = find(props, 'w:ind')[0];
  const left = ind ? attr(ind, 'w:left') ?? attr(ind, 'w:start') : undefined;
  return left === undefined ? undefined : Number(left);
}

async function part(zip: JSZip, path: string): Promise<Node[]> {
  const file = zip.file(path);
  return file ? (parser.parse(await file.async('string')) as Node[]) : [];
}

function fieldCodes(nodes: Node[]): string[] {
  const codes: string[] = [];
  walk(nodes, (n) => {
    if (name(n) === 'w:instrText') codes.push(text(children(n).length ? [{ 'w:t': children(n) }] : []).trim());
    if (name(n) === 'w:fldSimple') codes.push(String(attr(n, 'w:instr') ?? '').trim());
  });
  return codes.filter(Boolean);
}

export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const document = await part(zip, 'word/document.xml');
  const body: (DocxParagraph | DocxTable)[] = [];
  walk(document, (n) => {
    const tag = name(n);
    if (tag === 'w:p') {
      body.push(paragraph(n));
      return false;
    }
    if (tag === 'w:tbl') {
      body.push({ kind: 'table', rows: find(children(n), 'w:tr').map((tr) => find(children(tr), 'w:tc').map((tc) => find(children(tc), 'w:p').map((p) => text([p])).join('\n'))) });
      return false;
    }
  });
  const header = await part(zip, 'word/header1.xml');
  const footer = await part(zip, 'word/footer1.xml');
  const numbering = await part(zip, 'word/numbering.xml');
  const abstract = new Map<string, string[]>();
  walk(numbering, (n) => {
    if (name(n) === 'w:abstractNum') abstract.set(String(attr(n, 'w:abstractNumId')), find(children(n), 'w:lvl').map((l) => String(attr(find(children(l), 'w:lvlText')[0] ?? {}, 'w:val') ?? '')));
  });
  const lists = new Map<string, string[]>();
  walk(numbering, (n) => {
    if (name(n) === 'w:num') lists.set(String(attr(n, 'w:numId')), abstract.get(String(attr(find(children(n), 'w:abstractNumId')[0] ?? {}, 'w:val'))) ?? []);
  });
  const settings = await part(zip, 'word/settings.xml');
  let updateFields = false;
  walk(settings, (n) => {
    if (name(n) === 'w:updateFields') updateFields = attr(n, 'w:val') !== 'false';
  });
  return { body, fieldCodes: fieldCodes(document), header: text(header), footer: text(footer), footerFields: fieldCodes(footer), lists, updateFields };
}

/** A readable dump for golden files: one line per paragraph or table row. */
export function dumpDocx(content: DocxContent): string {
  const lines: string[] = [`header: ${content.header}`, `footer: ${content.footer} [${content.footerFields.join(', ')}]`, `fields: ${content.fieldCodes.filter((c) => !c.startsWith('PAGEREF')).join(', ')}`];
  for (const item of content.body) {
    if (item.kind === 'table') for (const row of item.rows) lines.push(`| ${row.map((c) => c.replace(/\n/g, ' / ')).join(' | ')} |`);
    else {
      const list = item.numId ? ` ${content.lists.get(item.numId)?.[Number(item.level ?? 0)] ?? '?'}` : '';
      lines.push(`[${item.style ?? 'Normal'}${list}] ${item.text.replace(/\n/g, ' / ')}`);
    }
  }
  return lines.join('\n') + '\n';
}
