/**
 * The structure the AKN 3.0 schema requires of the parts the Akoma Ntoso rendering uses, checked
 * on the XML parsed back with a real XML parser (fast-xml-parser): see akoma-ntoso.test.ts.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { aknNamespace } from '../../server/src/language';

export type Node = Record<string, unknown>;
export const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: true });
export const tag = (n: Node) => Object.keys(n).find((k) => k !== ':@')!;
export const kids = (n: Node): Node[] => (Array.isArray(n[tag(n)]) ? (n[tag(n)] as Node[]) : []);
export const attrs = (n: Node) => (n[':@'] as Record<string, string> | undefined) ?? {};
export const elements = (n: Node) => kids(n).filter((k) => tag(k) !== '#text');
export function all(n: Node, out: Node[] = []): Node[] {
  out.push(n);
  for (const k of elements(n)) all(k, out);
  return out;
}
export const textOf = (n: Node): string => kids(n).map((k) => (tag(k) === '#text' ? String(k['#text']) : textOf(k))).join('');

/** The AKN 3.0 structure the renderer must produce; returns what is wrong (empty when valid). */
export function aknProblems(xml: string): string[] {
  const problems: string[] = [];
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`not well-formed: ${wellFormed.err.msg} (line ${wellFormed.err.line})`];
  const roots = (parser.parse(xml) as Node[]).filter((n) => tag(n) !== '?xml');
  const root = roots[0];
  if (roots.length !== 1 || tag(root) !== 'akomaNtoso') return ['the root is not one akomaNtoso element'];
  if (attrs(root).xmlns !== aknNamespace) problems.push(`namespace ${attrs(root).xmlns}`);
  const [type] = elements(root);
  if (!type || !['act', 'doc'].includes(tag(type))) return [...problems, 'no act or doc'];
  if (!attrs(type).name) problems.push(`${tag(type)} has no name attribute`);
  const order = elements(type).map(tag);
  const expected = tag(type) === 'act' ? ['meta', 'coverPage', 'preface', 'preamble', 'body', 'conclusions', 'attachments', 'components'] : ['meta', 'coverPage', 'preface', 'preamble', 'mainBody', 'conclusions', 'attachments', 'components'];
  const positions = order.map((t) => expected.indexOf(t));
  if (positions.some((p) => p < 0) || positions.some((p, i) => i > 0 && p <= positions[i - 1])) problems.push(`parts out of order: ${order.join(', ')}`);
  for (const required of ['meta', tag(type) === 'act' ? 'body' : 'mainBody']) if (!order.includes(required)) problems.push(`no ${required}`);

  const meta = elements(type).find((n) => tag(n) === 'meta');
  // The metadata's parts in schema order; editorial notes (`notes`, each a `note`) after the references, with a source.
  const metaOrder = ['identification', 'publication', 'classification', 'lifecycle', 'workflow', 'analysis', 'temporalData', 'references', 'notes', 'proprietary', 'presentation'];
  const metaParts = meta ? elements(meta).map((n) => metaOrder.indexOf(tag(n))) : [];
  if (metaParts.some((p) => p < 0) || metaParts.some((p, i) => i > 0 && p < metaParts[i - 1])) problems.push(`meta parts out of order: ${meta && elements(meta).map(tag).join(', ')}`);
  for (const notes of meta ? elements(meta).filter((n) => tag(n) === 'notes') : []) {
    if (!attrs(notes).source) problems.push('notes without a source');
    if (elements(notes).length === 0 || elements(notes).some((n) => tag(n) !== 'note')) problems.push('notes holds something other than note');
  }
  const identification = meta && elements(meta).find((n) => tag(n) === 'identification');
  if (!identification || !attrs(identification).source) problems.push('no identification with a source');
  const frbr = (name: string, own: string[]) => {
    const node = identification && elements(identification).find((n) => tag(n) === name);
    if (!node) return problems.push(`no ${name}`);
    const children = elements(node).map(tag);
    const core = ['FRBRthis', 'FRBRuri', 'FRBRalias', 'FRBRdate', 'FRBRauthor', 'componentInfo', 'preservation'];
    const sequence = [...core, ...own];
    const at = children.map((c) => sequence.indexOf(c));
    if (at.some((p) => p < 0) || at.some((p, i) => i > 0 && p < at[i - 1])) problems.push(`${name} children out of order: ${children.join(', ')}`);
    for (const required of ['FRBRthis', 'FRBRuri', 'FRBRdate', 'FRBRauthor', ...own.filter((o) => o === 'FRBRcountry' || o === 'FRBRlanguage')]) if (!children.includes(required)) problems.push(`${name} has no ${required}`);
    for (const d of elements(node).filter((n) => tag(n) === 'FRBRdate')) if (!/^\d{4}-\d{2}-\d{2}$/.test(attrs(d).date ?? '') || !attrs(d).name) problems.push(`${name} has a bad FRBRdate`);
  };
  frbr('FRBRWork', ['FRBRcountry', 'FRBRsubtype', 'FRBRnumber', 'FRBRname', 'FRBRprescriptive', 'FRBRauthoritative']);
  frbr('FRBRExpression', ['FRBRversionNumber', 'FRBRauthoritative', 'FRBRmasterExpression', 'FRBRlanguage', 'FRBRtranslation']);
  frbr('FRBRManifestation', ['FRBRportion', 'FRBRformat', 'FRBRsize']);

  const every = all(type);
  const ids = new Map<string, number>();
  for (const n of every) if (attrs(n).eId) ids.set(attrs(n).eId, (ids.get(attrs(n).eId) ?? 0) + 1);
  for (const [id, count] of ids) if (count > 1) problems.push(`eId ${id} used ${count} times`);
  for (const n of every) {
    for (const key of ['refersTo', 'as', 'href']) {
      const value = attrs(n)[key];
      if (value?.startsWith('#') && !ids.has(value.slice(1))) problems.push(`${tag(n)} ${key}="${value}" points nowhere`);
    }
    if (['article', 'paragraph', 'subparagraph'].includes(tag(n))) {
      const names = elements(n).map(tag);
      // `num` is optional in the schema: a drafter's heading carries its own designation ("Article 1 – …").
      if (names.includes('num') && names[0] !== 'num') problems.push(`${tag(n)} ${attrs(n).eId} does not start with num`);
      if (names.includes('heading') && names.indexOf('heading') !== (names.includes('num') ? 1 : 0)) problems.push(`${tag(n)} ${attrs(n).eId}: heading is not after num`);
      // A provision may hold an editorial insertion (`hcontainer`, a hierarchical element) beside or instead of its sub-units.
      if (!names.includes('content') && !names.some((c) => c === 'paragraph' || c === 'subparagraph' || c === 'hcontainer')) problems.push(`${tag(n)} ${attrs(n).eId} has no content`);
    }
    if (['party', 'term', 'def', 'role'].includes(tag(n)) && !attrs(n).refersTo) problems.push(`${tag(n)} without refersTo`);
    if (tag(n) === 'party' && !attrs(n).as) problems.push('party without as');
    if (tag(n) === 'inline' && !attrs(n).name) problems.push('inline without name');
    if (tag(n) === 'hcontainer' && !attrs(n).name) problems.push('hcontainer without name');
    // An editorial insertion is editorial as a whole, and says nothing is left out (lr15, D5).
    if (attrs(n).status === 'editorial' && all(n).some((k) => tag(k) === 'omissis')) problems.push(`${tag(n)} ${attrs(n).eId}: omissis inside an editorial insertion`);
  }
  return problems;
}

