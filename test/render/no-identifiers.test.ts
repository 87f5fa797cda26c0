/**
 * "Names, never identifiers": every rendered text of every sample, template and transcribed real
 * instrument, in every format, is scanned for the document's own identifiers (party, contact,
 * channel, protocol, exercise, body, agreement and clause ids), rule codes and catalogue ids,
 * and the spellings of closed values and suggested words (`with-clients`, `article-102`,
 * `budapest-35`, `TOP-SECRET`, `equally-valid`…). What the drafter wrote in quotes (names, prose)
 * is taken out before the scan: "CERT-EE" in a party's name is a name, not the id `EE`. Only the
 * text a reader sees is scanned (markup and attributes removed). The note a concluded text's export
 * prints after the text (render/unprinted-note.ts) is not scanned: outside the text, it names the
 * declarations it does not print by their names in the source, so that the drafter finds them.
 */
import assert from 'node:assert/strict';
import { XMLParser } from 'fast-xml-parser';
import { slotTable, symbolKinds } from '../../server/src/language/constructs/table';
import { topicFromName } from '../../server/src/language/ast/topics';
import * as vocabularies from '../../server/src/language/ast/vocabulary';
import type { Vocabulary } from '../../server/src/language/ast/vocabulary';
import { allRules, type EntenteService } from '../../server/src/language';
import { readDocx } from './docx-reader';
import { openRealInstrument, openSample, openTemplates, realInstrumentNames, sampleNames, type Opened } from './render-fixtures';

/** Every string literal of a parsed document (objects shaped like Text): the drafter's own words. */
function collect(node: unknown, texts: Set<string>, seen = new Set<unknown>()): void {
  if (!node || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  const record = node as Record<string, unknown>;
  if (typeof record.value === 'string' && typeof record.multiline === 'boolean') texts.add(record.value);
  for (const value of Object.values(record)) collect(value, texts, seen);
}

/**
 * The drafter's strings, and every identifier the document declares or refers to (declared in it
 * or in the files it uses, resolved or not: `EE.Hotline`, `SteeringGroup`). Defined terms are
 * words meant for the text; a clause id that names its topic (`clause Costs`) is the heading too.
 */
function documentWords(service: EntenteService, uri: string): { texts: string[]; ids: string[] } {
  const model = service.model(uri)!;
  const texts = new Set<string>();
  collect(model.ast, texts);
  for (const used of model.usedFiles) collect(used.model, texts);
  collect(model.parentFile?.model, texts);
  for (const party of model.signatories) collect(party.effective, texts);
  const ids = new Set<string>();
  for (const kind of Object.keys(symbolKinds) as (keyof typeof symbolKinds)[]) {
    if (kind === 'term') continue;
    for (const symbol of model.visible(kind)) {
      // An id that is one plain word (`clause Costs`, `channel Exchange`, `protocol Incident`) cannot
      // be told from that word in a sentence ("Classified information …"); every other id can.
      if (/^[A-Z][a-z]+$/.test(symbol.name) || (kind === 'clause' && topicFromName(symbol.name))) continue;
      for (const part of [symbol.name, ...symbol.name.split('.')]) ids.add(part);
    }
  }
  for (const ref of model.references) if (ref.kind !== 'term' && ref.kind !== 'file' && ref.kind !== 'library-clause') for (const part of [ref.name, ...ref.name.split('.')]) ids.add(part);
  // A word the drafter also writes in prose ("the ESA Convention", "Claims") is the drafter's word
  // wherever it shows; an id that is only an id (`EE`, `ThreatIntel`, `SteeringGroup`) must never show.
  const proseWords = new Set([...texts].flatMap((t) => t.split(/[^\p{L}\p{N}.-]+/u)).map((w) => w.replace(/[.]+$/, '')));
  return {
    // A paragraph's list items ("a) Exchange of information: …", "(b) …") are printed as list items,
    // apart from the paragraph that introduces them ("13.2. … capacity-building, …:", ITPGRFA 2001):
    // each is the drafter's words on its own.
    texts: [...texts].flatMap((t) => t.split(/\n\s*\n|\n(?=\s*\(?\d+[.)]\s)|\n(?=\s*\(?[a-z]\)\s)/)).map((t) => t.replace(/^\s*\(?(?:\d+[.)]|[a-z]\))\s+/, '').replace(/\s*\n\s*/g, ' ').trim().replace(/[.;]$/, '')).filter(Boolean),
    ids: [...ids].filter((n) => /^[A-Za-z][\w.-]*$/.test(n) && !proseWords.has(n)),
  };
}

/** Closed values and suggested words that are spellings of the language, not English. */
const closedSpellings: string[] = (() => {
  const words = new Set<string>();
  for (const value of Object.values(vocabularies)) {
    const vocab = value as Vocabulary<string>;
    if (vocab && Array.isArray((vocab as { values?: unknown }).values)) for (const v of vocab.values) words.add(v);
  }
  for (const slot of Object.values(slotTable)) if (slot.kind === 'suggested') for (const w of Object.keys(slot.words)) words.add(w);
  // TLP labels are written as TLP 2.0 writes them ("TLP:AMBER"): that is the marking itself, not a code.
  return [...words].filter((w) => /[-_/\d]/.test(w) && !w.startsWith('TLP:') && w !== '24/7');
})();
const ruleCodes = allRules.flatMap((r) => [r.code, ...(r.catalogueId ? [r.catalogueId] : [])]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const xml = new XMLParser({ ignoreAttributes: true, preserveOrder: true, trimValues: false, processEntities: true, htmlEntities: true });

/** The text a reader sees in an XML or HTML rendering. */
function visibleXmlText(source: string): string {
  const parts: string[] = [];
  const walk = (nodes: unknown[]) => {
    for (const n of nodes as Record<string, unknown>[]) {
      for (const [key, value] of Object.entries(n)) {
        if (key === '#text') parts.push(String(value));
        else if (key !== 'meta' && key !== 'style' && key !== 'title' && Array.isArray(value)) walk(value);
      }
    }
  };
  walk(xml.parse(source) as unknown[]);
  return parts.join(' ');
}

function scan(rendered: string, words: { texts: string[]; ids: string[] }): string[] {
  // "IN WITNESS WHEREOF" is the final formula's own capitals, not a party called IN.
  let rest = rendered.replace(/\s+/g, ' ').replace(/\\/g, '').replace(/IN WITNESS WHEREOF/g, ' ');
  // The drafter's own words, longest first, are not the renderer's: remove them before scanning.
  for (const text of [...words.texts].sort((a, b) => b.length - a.length)) if (text.length > 1) rest = rest.split(text).join(' ');
  const found: string[] = [];
  for (const id of words.ids) if (new RegExp(`(?<![\\w-])${escape(id)}(?![\\w-])`).test(rest)) found.push(`identifier ${id}`);
  for (const code of ruleCodes) if (new RegExp(`(?<![\\w-])${escape(code)}(?![\\w-])`).test(rest)) found.push(`rule code ${code}`);
  for (const word of closedSpellings) if (new RegExp(`(?<![\\w-])${escape(word)}(?![\\w-])`).test(rest)) found.push(`closed value ${word}`);
  return found;
}

/** The renderings, each without the note outside the text (in Akoma Ntoso it is in `meta`, which is not scanned). */
async function renderings({ service, uri }: Opened): Promise<Record<string, string>> {
  const bytes = await service.renderDocx(uri);
  const docx = bytes ? await readDocx(bytes) : undefined;
  const noted = service.renderModel(uri)?.unprinted !== undefined;
  const without = (text: string, note: RegExp, format: string) => {
    assert.equal(note.test(text), noted, `${format}: the note is there exactly when something is not printed`);
    return text.replace(note, '');
  };
  return {
    markdown: without(service.render(uri, 'markdown')!, /\n---\n\n> \*Not part of the text\.\* [^\n]*\n$/, 'markdown'),
    html: visibleXmlText(without(service.render(uri, 'html')!, /<aside class="editorial-note" role="note" aria-label="Not part of the text">[^]*?<\/aside>/, 'html').replace(/^<!DOCTYPE html>/, '').replace(/<(meta|br)([^>]*)>/g, '')),
    akn: visibleXmlText(service.render(uri, 'akn')!),
    docx: docx ? [docx.header, docx.footer, ...docx.body.map((b) => (b.kind === 'p' ? (b.style === 'EditorialNote' ? '' : b.text) : b.rows.flat().join(' ')))].join('\n') : '',
  };
}

describe('rendering: names, never identifiers or codes', () => {
  it('knows what to look for (the scan can fail)', () => {
    assert.ok(closedSpellings.includes('with-clients') && closedSpellings.includes('article-102') && closedSpellings.includes('budapest-35') && closedSpellings.includes('TOP-SECRET'), closedSpellings.join());
    assert.ok(ruleCodes.includes('missing-costs') && ruleCodes.includes('MC22'));
    const words = { texts: ['CERT-EE duty officer'], ids: ['EE', 'ThreatIntel'] };
    assert.deepEqual(scan('the CERT-EE duty officer', words), []);
    assert.deepEqual(scan('through ThreatIntel, marked with-clients under missing-costs', words), ['identifier ThreatIntel', 'rule code missing-costs', 'closed value with-clients']);
    assert.deepEqual(scan('Registration: article-102. EE.Hotline', { texts: [], ids: ['EE'] }), ['identifier EE', 'closed value article-102']);
  });

  const all: (() => Opened[])[] = [
    () => sampleNames.map(openSample),
    () => openTemplates(),
    () => realInstrumentNames.map(openRealInstrument),
  ];
  for (const [index, what] of ['samples', 'templates', 'real instruments'].entries()) {
    it(`no identifier, rule code or closed-value spelling in any rendering of the ${what}`, async function () {
      this.timeout(300_000); // every format of every file: grows with the corpus (timed out at 30 s under load)
      const problems: string[] = [];
      const opened = all[index]();
      assert.ok(opened.length >= 5, `${what}: only ${opened.length}`);
      for (const doc of opened) {
        const words = documentWords(doc.service, doc.uri);
        for (const [format, text] of Object.entries(await renderings(doc))) {
          assert.ok(text.length > 200, `${doc.name} as ${format} is nearly empty`);
          for (const found of scan(text, words)) problems.push(`${doc.name} (${format}): ${found}`);
        }
      }
      assert.deepEqual(problems, []);
    });
  }
});
